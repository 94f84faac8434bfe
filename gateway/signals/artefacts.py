"""Platform artefacts (round 22, issue 12): values in the machine-written records of online platforms that name no
private person — a bot's or a no-reply sender's identity, a calendar's room or group, a test-mode event payload, an
organisation's own field or row.

Each check reads the format's own syntax around a value (a git identity "Name <address>", an iCal ATTENDEE line's
CUTYPE, a JSON key, a CSV row) and clears a value only where that syntax says the value is not a person's; the same
artefacts holding a private person's values stay flagged (a "livemode": true payload, a CUTYPE=INDIVIDUAL attendee,
a person's name in the row). pii.py calls them from its acceptance checks (_nobodys_value, _a_person).

Bounded: every scan reads a fixed window around the value (or, for a payload's body, at most _BODY_REACH characters
once per text, memoised for the scan: scan_scope.per_scan), with no nested quantifier over the user's text.
"""

from __future__ import annotations

import re
from itertools import islice

import regex

from gateway.signals import tables
from gateway.signals.scan_scope import per_scan
from gateway.signals.recognizers import (
    WEBMAIL_PROVIDERS,
    _PHONE_SHAPE,
    _PLAIN_EMAIL,
    _private_here,
    _role_mailbox,
    first_then_surname,
    fictional_number,
    fold_ascii,
    name_lists,
    plain_address,
    reserved_address,
)

# --- A machine's mailbox: a no-reply sender, a bot's account.
# A no-reply local part, in the languages senders write it, alone or with the sending system's words after it
# ("noreply", "no-reply-calendar", "donotreply.billing", "ne-pas-repondre"): nobody reads it, nobody owns it.
_NO_REPLY = re.compile(r"(?:no|do[._-]?not|dont|ne[._-]?pas|no[._-]?responder|nao[._-]?responder|keine)[._-]?"
                       r"(?:reply|repondre|responder|responda|antwort|antworten)(?:[._+-][a-z0-9]+){0,4}")
# A bot's account: "bot" as a word of the local part ("release-bot", "ci.bot", "bot-deploy") or GitHub's "[bot]"
# suffix. Not a word ending in "bot" ("talbot", "abbot": surnames).
_BOT_LOCAL = re.compile(r"(?:[a-z0-9]+[._+-])*(?:bot|[a-z0-9-]+\[bot\])(?:[._+-][a-z0-9]+)*|bot(?:[._+-][a-z0-9]+)+")


def machine_mailbox(address: str) -> bool:
    """`address`'s local part is a no-reply sender's (on any domain) or a bot account's (not at a webmail provider,
    where any name is a private account's)."""
    local, _, domain = plain_address(address).lower().rpartition("@")
    local = local.split("+", 1)[-1] if re.fullmatch(r"\d+\+.+", local) else local  # "41898282+github-actions[bot]"
    if not local or len(local) > 64:  # RFC 5321's longest local part
        return False
    if _NO_REPLY.fullmatch(local):
        return True
    if _BOT_LOCAL.fullmatch(local) is None or domain.split(".")[0] in WEBMAIL_PROVIDERS:
        return False
    parts = [p for p in re.split(r"[._+-]", local.replace("[bot]", "")) if p and p != "bot"]
    return not (len(parts) == 1 and _given_name(parts[0]))  # "jan.bot@": Bot is a surname too


def _given_name(word: str) -> bool:
    """`word` is a listed first name ("Jan" of "Jan Bot", "jan.bot@": a person whose surname is Bot)."""
    return fold_ascii(word) in name_lists()[0]


# A git or mail identity's name that is a bot's: GitHub's "[bot]" suffix, or "Bot" as its last word ("Acme Release
# Bot", "Renovate Bot"); the address in angle brackets after it is the bot's ("dependabot[bot] <support@github.com>").
_BOT_NAME = regex.compile(r"(?:\[bot\]|(?<![\p{L}\p{M}])(?:Bot|bot|BOT))")
_BOT_IDENTITY_BEFORE = regex.compile(r"(?:\[bot\]|(?<![\p{L}\p{M}])(?:Bot|bot|BOT))[ \t]*(?:<|&lt;)\Z")


def bot_name(value: str) -> bool:
    """`value`, found as a person's name, is a bot's display name: its last word is "Bot" or it ends in "[bot]"
    ("Acme Release Bot", "dependabot[bot]"), and it does not open with a first name and a surname."""
    value = value.strip()
    last = _BOT_NAME.search(value, max(0, len(value) - 6))
    if last is None or last.end() != len(value):
        return False
    words = regex.findall(r"[\p{L}\p{M}'’-]+", value)
    if len(words) == 2 and _given_name(words[0]):
        return False  # "Jan Bot": a person whose surname is Bot
    return not (len(words) > 2 and first_then_surname(words[:2]))


# The rest of a bot's name after a span a recognizer cut short ("Grauwald Maschinenbau" of "... Release Bot").
_BOT_NAME_REST = regex.compile(r"(?:[ \t]+[\p{L}\p{M}'’-]+){0,3}?(?:[ \t]+(?:Bot|bot|BOT)|\[bot\])(?![\p{L}\p{M}])")


def bot_name_at(text: str, start: int, end: int) -> bool:
    """[start, end), found as a person's name, is a bot's display name (bot_name), or its first words: at most three
    more words on its line end it in "Bot"."""
    rest = _BOT_NAME_REST.match(text, end, min(len(text), end + 80))
    return bot_name(text[start:end] + (rest.group(0) if rest else ""))


# The rest of a mail or git identity after a name: its last words, then its address in angle brackets.
_IDENTITY_REST = regex.compile(r"(?:[ \t]+[\p{L}\p{M}'’.-]+){0,3}?[ \t]*(?:<|&lt;)([^<>\s@&]{1,64}@[^<>\s&]{1,200})(?:>|&gt;)")


def machine_identity_name(text: str, start: int, end: int) -> bool:
    """[start, end), found as a person's name, is (the first words of) the display name of an identity "Name
    <address>" whose address is a machine's mailbox (machine_mailbox: "Paketwerk Versand <no-reply-versand@...>"):
    the sending system's name. Not a first name and a surname ("Ana Lima <noreply@...>" stays a name)."""
    rest = _IDENTITY_REST.match(text, end, min(len(text), end + 300))
    if rest is None or not machine_mailbox(rest.group(1)):
        return False
    words = regex.findall(r"[\p{L}\p{M}'’-]+", text[start:end])
    return bool(words) and not (len(words) >= 2 and first_then_surname(words[:2]))


def bot_identity_address(text: str, start: int, end: int) -> bool:
    """The address at [start, end) is in angle brackets right after a bot's name (see bot_name): the bot's."""
    before = _BOT_IDENTITY_BEFORE.search(text, max(0, start - 12), start)
    if before is None:
        return False
    line_start, _ = tables.line_around(text, before.start(), before.start(), 120)
    name = regex.split(r"[:：]", regex.sub(r"[ \t]*(?:<|&lt;)\Z", "", text[line_start:before.end()]))[-1]
    return bot_name(name)  # the whole name: "Jan Bot <jan@...>" is a person's


# --- A calendar user that is no person: an iCal ATTENDEE or ORGANIZER whose calendar-user type (RFC 5545 CUTYPE)
# is a room, a resource or a group ("ATTENDEE;CN=Room 4.12;CUTYPE=ROOM:mailto:room-412@...").
_CAL_PROPERTY = re.compile(r"(?:ATTENDEE|ORGANIZER)(?=[;:%])")
_CAL_NOT_PERSON = re.compile(r"CUTYPE(?:=|%3D)\"?(?:ROOM|RESOURCE|GROUP)\b", re.IGNORECASE)
_MAILTO_BEFORE = re.compile(r"(?:mailto|MAILTO)(?::|%3A|%3a)\Z")
_LINE_BREAKS = ("\n", "\\n", "%0A", "%0a")
_CAL_REACH = 400


def calendar_resource_address(text: str, start: int, end: int) -> bool:
    """[start, end) is the mailto: address of an iCal ATTENDEE or ORGANIZER line whose CUTYPE is ROOM, RESOURCE or
    GROUP: a meeting room's, a resource's or a mailing list's calendar, nobody's own. (An INDIVIDUAL's or an
    untyped attendee's address is judged as any other.)"""
    if _MAILTO_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    lo = max(0, start - _CAL_REACH)
    window = text[lo:start]
    at = max(window.rfind("ATTENDEE"), window.rfind("ORGANIZER"))
    if at < 0 or _CAL_PROPERTY.match(window, at) is None or any(b in window[at:] for b in _LINE_BREAKS):
        return False
    return _CAL_NOT_PERSON.search(window, at) is not None


# --- A test-mode event payload: a platform's event or object that says it is not live ("livemode": false,
# "test_mode": true, "sandbox": true) and whose contact values are all reserved or fictional: a fixture, the whole
# record a stand-in (its name too). One real address or number in it and nothing is cleared.
_TEST_MODE = re.compile(r"\\?[\"'](?:livemode|live_mode|is_live)\\?[\"'][ \t]*:[ \t]*false|"
                        r"\\?[\"'](?:test_mode|testmode|is_test|sandbox|test)\\?[\"'][ \t]*:[ \t]*true")
_BODY_REACH = 4_000  # characters of a body read each way from its test-mode flag
_PHONE_KEY_VALUE = re.compile(r"(?i:(?:phone|tel|telephone|mobile|cell|fax)\w*)\\?[\"']?[ \t]*:[ \t]*\\?[\"']?"
                              r"(\+?[\d(][\d \t().\-/]{4,20}\d)")


@per_scan
def _test_mode_bodies(text: str) -> tuple[tuple[int, int], ...]:
    """[lo, hi) of each outermost JSON object (within _BODY_REACH of its flag) that holds a test-mode flag and whose
    contact values are all reserved or fictional, holding at least one."""
    found: list[tuple[int, int]] = []
    for flag in islice(_TEST_MODE.finditer(text), 16):
        if any(lo <= flag.start() < hi for lo, hi in found):
            continue
        depth, lo = 0, None
        for i in range(flag.start() - 1, max(-1, flag.start() - _BODY_REACH - 1), -1):  # back to the outermost "{"
            ch = text[i]
            if ch in "}]":
                depth += 1
            elif ch in "{[":
                if depth == 0:
                    lo = i
                else:
                    depth -= 1
        if lo is None:
            continue
        depth, hi = 0, None
        for i in range(lo, min(len(text), lo + 2 * _BODY_REACH)):
            ch = text[i]
            if ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
                if depth == 0:
                    hi = i + 1
                    break
        if hi is None or hi <= flag.start():
            continue
        emails = [m.group(0) for m in _PLAIN_EMAIL.finditer(text, lo, hi)]
        phones = [m.group(0) for m in _PHONE_SHAPE.finditer(text, lo, hi)] + [
            m.group(1) for m in _PHONE_KEY_VALUE.finditer(text, lo, hi)]
        if (emails or phones) and all(reserved_address(e) for e in emails) and all(
                fictional_number(p) for p in phones):
            found.append((lo, hi))
    return tuple(found)


def payload_in_test_mode(text: str, start: int, end: int) -> bool:
    """[start, end) lies in a test-mode event payload whose contact values are all reserved or fictional (see
    _TEST_MODE): a platform's fixture ("evt_test_...", "livemode": false, "jenny.rosen@example.com")."""
    return any(lo <= start and end <= hi for lo, hi in _test_mode_bodies(text))


# --- An organisation's own field: the value of a key that names an organisation (a JSON "org", "company",
# "account_name", ...; a vCard's ORG property). A person's first name and surname there stay a name (a sole trader's
# card, a "company" field a person filled with their own name).
_ORG_KEY_BEFORE = regex.compile(
    r"(?:\\?[\"'](?i:org|organi[sz]ation|organi[sz]ation_name|company|company_name|companyname|business|"
    r"business_name|account_name|accountname|merchant|merchant_name|vendor|vendor_name|employer|"
    r"workspace_name|team_name)\\?[\"'][ \t]*:[ \t]*\\?[\"']|(?:^|\n|\\n|\r)ORG(?:;[^:\n\\]{0,80})?:)\Z")
_VALUE_END = regex.compile(r"[ \t]*(?:\\?[\"']|;|\r?\n|\\r|\\n|\Z)")


def organisation_field_value(text: str, start: int, end: int) -> bool:
    """[start, end), found as a person's name, is the whole value (or, in a vCard's ORG, the first unit) of a field
    that names an organisation ('"company": "Grauwald Maschinenbau"', "ORG:Kettlewick Outdoor;Support"), and not a
    first name and a surname."""
    if _ORG_KEY_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    if _VALUE_END.match(text, end) is None:
        return False
    words = regex.findall(r"[\p{L}\p{M}'’-]+", text[start:end])
    return bool(words) and not (len(words) == 2 and first_then_surname(words))


# --- An organisation's own row: a delimited row (CSV, TSV, pipe) holding a role mailbox whose every cell that could
# be a person's name (two or more capitalised words, or words of a script without case) is the organisation the
# mailbox's domain is named for ("Lumbrera Seguros" of info@lumbrera.de), or that holds no such cell at all
# (a service account's ticket: "SUP-12,Webhook retries,svc-monitoring,alerts@..."). Its role mailbox and its phone
# numbers are the organisation's (its numbers only where a cell names it). A person's name in the row, or a private
# cue, and nothing is cleared.
_ROW_REACH = 600
_ROW_CELLS = 24
_NAME_LIKE_CELL = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){1,4}|"
                                r"[\p{L}\p{M}]*[\p{Lo}][\p{L}\p{M} \t]*")


def _domain_label(address: str) -> str:
    """The label of an address's domain its organisation is named for ("lumbrera" of "x@mail.lumbrera.co.uk")."""
    parts = address.rpartition("@")[2].lower().split(".")
    if len(parts) > 2 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        return parts[-3].replace("-", "")
    return (parts[-2] if len(parts) >= 2 else parts[0]).replace("-", "")


def _spells(words: list[str], label: str) -> bool:
    """The first words of `words`, run together, are `label` ("Lumbrera Seguros" -> "lumbrera")."""
    folded = [regex.sub(r"[^\p{L}\p{M}\d]", "", w).lower() for w in words]
    return len(label) >= 3 and any("".join(folded[:k]) == label for k in range(1, len(folded) + 1))


def organisation_row_value(text: str, start: int, end: int, entity: str) -> bool:
    """[start, end), found as `entity` (an e-mail address or a phone number), is a cell of an organisation's own
    row (see above)."""
    if entity not in ("EMAIL_ADDRESS", "PHONE_NUMBER"):
        return False
    lo, hi = tables.line_around(text, start, end, _ROW_REACH)
    line = text[lo:hi]
    delimiter = tables.delimiter_of(line)
    if delimiter is None or line.count(delimiter) < 2:
        return False
    row = tables.cells(text, lo, hi, delimiter, columns=_ROW_CELLS, cell_chars=200)
    if row is None or not any(a <= start and end <= b for a, b in row):
        return False
    mailboxes = [plain_address(text[a:b]) for a, b in row if _PLAIN_EMAIL.fullmatch(text[a:b].strip())]
    roles = [m for m in mailboxes if _role_mailbox(m)]
    if not roles or len(roles) != len(mailboxes):
        return False  # a person's own address in the row: the row is about them
    if entity == "EMAIL_ADDRESS" and plain_address(text[start:end]) not in roles:
        return False
    labels = {_domain_label(m) for m in roles}
    owner = False
    for a, b in row:
        cell = text[a:b].strip()
        if "@" in cell or not _NAME_LIKE_CELL.fullmatch(cell):
            continue
        words = regex.findall(r"[\p{L}\p{M}'’-]+", cell)
        if not any(_spells(words, label) for label in labels):
            return False  # a cell that may be a person's name, and no organisation the mailbox is named for
        owner = True
    if entity == "PHONE_NUMBER" and not owner:
        return False  # a number is the organisation's only in a row that names it
    return not _private_here(text, start, end, names=False)


# A role mailbox in a JSON record whose organisation key names the organisation its domain is named for
# ('"org": "Grauwald Maschinenbau", ..., "vat_contact": "accounts@grauwald.io"').
_ORG_KEY_VALUE = regex.compile(
    r"\\?[\"'](?i:org|organi[sz]ation|organi[sz]ation_name|company|company_name|business_name|account_name|"
    r"merchant_name|vendor_name)\\?[\"'][ \t]*:[ \t]*\\?[\"']([^\"'\\\n]{1,80})")
_RECORD_REACH = 400


def organisation_record_mailbox(text: str, start: int, end: int) -> bool:
    """[start, end) is a role mailbox in a JSON record (within _RECORD_REACH characters) whose organisation key's
    value is the organisation the mailbox's domain is named for; no private cue or person's name before it."""
    address = plain_address(text[start:end])
    if not _role_mailbox(address):
        return False
    label = _domain_label(address)
    lo, hi = max(0, start - _RECORD_REACH), min(len(text), end + _RECORD_REACH)
    return any(_spells(regex.findall(r"[\p{L}\p{M}'’-]+", m.group(1)), label)
               for m in islice(_ORG_KEY_VALUE.finditer(text, lo, hi), 8)) and not _private_here(text, start, end)


# --- An organisation's page or desk named in a link's caption: a professional network's page title whose address
# is an organisation's page ("Kettlewick Outdoor | LinkedIn" + "linkedin.com/company/..."), or the support desk a
# contact link's caption signs with ("[Chat with us](https://wa.me/...) – Orbitline Labs support"). A person's
# profile page ("/in/...") and a caption with a person's name alone stay names.
_PAGE_TITLE_AFTER = regex.compile(r"[ \t]*(?:[|–—-][^\n|]{0,60})?\|[ \t]*LinkedIn[ \t]*(?:\r?\n|\\n)[ \t]*"
                                  r"(?:https?://)?(?:[\w-]+\.)?linkedin\.com/(?:company|school|showcase)/")
_DESK_AFTER = regex.compile(r"[ \t]+(?i:support|customer[ \t]+(?:support|service|care)|help[ \t-]?desk|service[ \t]+desk|"
                            r"support[ \t]+team)[ \t]*[.!)]?[ \t]*(?=\r?\n|\\n|\Z)")
_LINK = re.compile(r"https?://|wa\.me/|\btel:|\bsms:|\bmailto:", re.IGNORECASE)


def organisation_page_or_desk(text: str, start: int, end: int) -> bool:
    """[start, end), found as a person's name, is an organisation's: the title of its page on a professional network
    (the page's address on the next line an organisation's page), or a contact link's caption ending in its support
    desk (a link earlier on the line). Never a first name and a surname."""
    words = regex.findall(r"[\p{L}\p{M}'’-]+", text[start:end])
    if not words or (len(words) >= 2 and first_then_surname(words[:2])):
        return False
    if _PAGE_TITLE_AFTER.match(text, end, min(len(text), end + 400)):
        return True
    if _DESK_AFTER.match(text, end, min(len(text), end + 40)) is None:
        return False
    line_start, _ = tables.line_around(text, start, end, 400)
    return _LINK.search(text, line_start, start) is not None


def platform_value(text: str, start: int, end: int, entity: str) -> bool:
    """[start, end), found as `entity`, is a platform artefact's value no private person owns (the checks above)."""
    if entity == "EMAIL_ADDRESS":
        if machine_mailbox(text[start:end]) or bot_identity_address(text, start, end) or calendar_resource_address(
                text, start, end):
            return not _private_here(text, start, end, names=False)
        return payload_in_test_mode(text, start, end) or organisation_row_value(
            text, start, end, entity) or organisation_record_mailbox(text, start, end)
    if entity == "PHONE_NUMBER":
        return payload_in_test_mode(text, start, end) or organisation_row_value(text, start, end, entity)
    return False


def platform_name(text: str, start: int, end: int) -> bool:
    """[start, end), found as a person's name, names no private person in a platform artefact: a bot's display name,
    an organisation's field, or the stand-in of a test-mode payload."""
    return bot_name_at(text, start, end) or machine_identity_name(text, start, end) or organisation_page_or_desk(
        text, start, end) or organisation_field_value(text, start, end) or payload_in_test_mode(
        text, start, end)
