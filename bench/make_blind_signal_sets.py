"""A third, independent generator of labelled signal sets: `pii_blind.jsonl`, `complexity_blind.jsonl`.

Written after the last recognizer change, by someone who had not seen its output, and evaluated
once (bench/signals_eval.py --split blind). It shares no template, word list or value generator
with bench/make_signal_sets.py (Faker templates, pools 0-2) or bench/make_wild_signal_sets.py
(hand-written snippets): the texts here are shaped as whole artefacts people paste into a chat
(email threads with headers and quoted replies, JSON/CSV/vCard records, web-form dumps, SMS,
meeting notes, log and stack-trace pastes, markdown tables), in styles from terse to chatty,
with values from its own generators: phone numbers in national and international forms of
thirteen countries, IBANs of thirteen countries (own BBAN table and mod-97), cards of six
brands and groupings, SSNs in five writings, names from Faker locales none of the other
generators uses (Nigerian, Kenyan, Pakistani, Vietnamese, Turkish, Hungarian, Romanian,
Finnish, Indonesian, Croatian, Slovak, Lithuanian, Irish, Portuguese, Colombian, Argentinian,
Filipino), and obfuscated email addresses ("a n n a @ x . io", "anna (at) x (dot) io"),
counted as email addresses like any other. Some values sit in the system prompt, an earlier
turn, a content part, a tool description or a completions prompt. Labels come from construction.

    python bench/make_blind_signal_sets.py [--seed 5150331]
"""

from __future__ import annotations

import argparse
import json
import random
import string
from pathlib import Path
from typing import Any, Callable

from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "signals"
NAME_LOCALES = ["en_NG", "en_KE", "en_PK", "vi_VN", "tr_TR", "hu_HU", "ro_RO", "fi_FI", "id_ID", "hr_HR",
                "sk_SK", "lt_LT", "ga_IE", "pt_PT", "es_CO", "es_AR", "fil_PH"]

# --- values -------------------------------------------------------------------------------------


class Values:
    """Every personal value this generator writes, from its own generators (Faker only for names)."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fakers = []
        for i, locale in enumerate(NAME_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed + i)
            self.fakers.append(fake)

    def name(self) -> tuple[str, str]:
        fake = self.rng.choice(self.fakers)
        return fake.first_name(), fake.last_name()

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def phone(self) -> str:
        r, d = self.rng, self.digits
        forms: list[Callable[[], str]] = [
            lambda: f"+1 ({r.randint(201, 989)}) {r.randint(201, 999)}-{d(4)}",
            lambda: f"{r.randint(201, 989)}.{r.randint(201, 999)}.{d(4)}",
            lambda: f"1-{r.randint(201, 989)}-{r.randint(201, 999)}-{d(4)}",
            lambda: f"({r.randint(201, 989)}){r.randint(201, 999)}-{d(4)} ext {r.randint(2, 4999)}",
            lambda: f"+44 7{d(3)} {d(6)}", lambda: f"07{d(3)} {d(6)}",
            lambda: f"+49 15{r.randint(1, 9)} {d(8)}", lambda: f"0049 30 {d(8)}",
            lambda: f"+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
            lambda: f"+91 9{d(4)} {d(5)}", lambda: f"+91-{r.randint(70, 99)}{d(3)}-{d(5)}",
            lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(11) 9{d(4)}-{d(4)}",
            lambda: f"+81 90-{d(4)}-{d(4)}", lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"+234 80{r.randint(2, 9)} {d(3)} {d(4)}", lambda: f"+254 7{d(2)} {d(3)} {d(3)}",
            lambda: f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", lambda: f"+36 20 {d(3)} {d(4)}",
            lambda: f"+353 8{r.randint(3, 9)} {d(3)} {d(4)}", lambda: f"+27 8{r.randint(2, 4)} {d(3)} {d(4)}",
        ]
        return r.choice(forms)()

    # country -> BBAN shape (n digit, a upper-case letter, c alphanumeric: written as digits here)
    IBAN_SHAPES = {"TR": "n" * 6 + "c" * 16, "RO": "aaaacccccccccccccccc", "HU": "n" * 24,
                   "FI": "n" * 14, "PT": "n" * 21, "HR": "n" * 17, "SK": "n" * 20, "LT": "n" * 16,
                   "BE": "n" * 12, "CH": "nnnnncccccccccccc", "ES": "n" * 20, "IT": "annnnnnnnnncccccccccccc",
                   "PL": "n" * 24}

    def iban(self) -> str:
        country = self.rng.choice(sorted(self.IBAN_SHAPES))
        shape = self.IBAN_SHAPES[country]
        bban = "".join(self.rng.choice(string.digits if c in "nc" else string.ascii_uppercase) for c in shape)
        if country == "TR":
            bban = bban[:5] + "0" + bban[6:]  # reserved digit
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        style = self.rng.random()
        if style < 0.45:
            return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        if style < 0.6:
            return raw.lower()
        if style < 0.7:
            return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return raw

    def card(self) -> str:
        prefix, length = self.rng.choice([("4", 16), ("4", 16), ("5" + str(self.rng.randint(1, 5)), 16),
                                          (str(self.rng.randint(2221, 2720)), 16), ("3" + self.rng.choice("47"), 15),
                                          ("6011", 16), ("65", 16), (str(self.rng.randint(3528, 3589)), 16),
                                          ("36", 14)])
        body = [int(c) for c in prefix] + [self.rng.randrange(10) for _ in range(length - len(prefix) - 1)]
        total = sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d for i, d in enumerate(reversed(body)))
        number = "".join(map(str, body)) + str((10 - total % 10) % 10)
        if length == 15:
            groups = [number[:4], number[4:10], number[10:]]
        elif length == 14:
            groups = [number[:4], number[4:10], number[10:]]
        else:
            groups = [number[i:i + 4] for i in range(0, 16, 4)]
        return self.rng.choice([" ".join(groups), "-".join(groups), number])

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        return self.rng.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}",
                                f"{area:03d}{group:02d}{serial:04d}", f"{area:03d}-{group:02d}-{serial:04d}",
                                f"{area:03d}.{group:02d}.{serial:04d}"])

    def email(self, first: str, last: str) -> str:
        local = self.rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{self.rng.randint(1, 999)}",
                                 f"{last}.{first[0]}", f"{first}_{last}{self.rng.randint(70, 99)}",
                                 f"{first}+orders"])
        local = "".join(c for c in _ascii(local).lower() if c.isalnum() or c in "._+")
        domain = self.rng.choice(["gmail.com", "hotmail.com", "icloud.com", "mail.ru", "yahoo.com.br", "web.de",
                                  "tutanota.com", "zoho.eu", "ukr.net", "student.uonbi.ac.ke", "bigcorp.com.tr",
                                  "posteo.de", "libero.it", "gmx.at", "protonmail.ch"])
        return f"{local}@{domain}"

    def obfuscated(self, address: str) -> str:
        local, domain = address.split("@")
        style = self.rng.randrange(4)
        if style == 0:
            return " ".join(local) + " @ " + " ".join(domain.replace(".", " . ").split())
        if style == 1:
            return f"{local} (at) {domain.replace('.', ' (dot) ')}"
        if style == 2:
            return f"{local}[at]{domain.replace('.', '[dot]')}"
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"

    def street(self) -> str:
        n = self.rng.randint(3, 4890)
        street = self.rng.choice(["Sycamore", "Pinecrest", "Whitmore", "Larkspur", "Hollis", "Brennan", "Fairview",
                                  "Quarry Hill", "Meadowbrook", "Ashgrove", "Riverside", "Chestnut"])
        suffix = self.rng.choice(["Street", "St.", "Avenue", "Ave", "Road", "Drive", "Lane", "Court", "Boulevard",
                                  "Place", "Terrace", "Way", "Circle", "Parkway"])
        unit = self.rng.choice(["", "", f", Apt {self.rng.randint(1, 60)}", f" Unit {self.rng.randint(1, 12)}B",
                                f", Suite {self.rng.randint(100, 950)}"])
        return f"{n} {street} {suffix}{unit}"

    def date(self) -> str:
        y, m, d = self.rng.randint(1941, 2008), self.rng.randint(1, 12), self.rng.randint(1, 28)
        month = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"][m - 1]
        return self.rng.choice([f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{d} {month} {y}",
                                f"{month} {d}, {y}", f"{month[:3]} {d} {y}"])


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# --- PII records --------------------------------------------------------------------------------


def chat(*turns: tuple[str, str], **extra: Any) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": r, "content": c} for r, c in turns], **extra}


def user(text: str) -> dict[str, Any]:
    return chat(("user", text))


def pii_records(rng: random.Random, v: Values) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(category: str, entities: list[str], body: dict[str, Any], endpoint: str = "chat") -> None:
        out.append({"category": category, "sensitive": bool(entities), "entities": entities,
                    "endpoint": endpoint, "body": body})

    for _ in range(30):  # email addresses in artefacts
        first, last = v.name()
        addr = v.email(first, last)
        shown = addr.upper() if rng.random() < 0.1 else addr
        add("email", ["email"], rng.choice([
            lambda: user(f"-----Original Message-----\nFrom: Accounts Team <billing@vendorhub.example>\n"
                         f"Sent: Tuesday 3:14 PM\nTo: {shown}\nSubject: RE: overdue\n\ncan you draft a polite reply?"),
            lambda: user(f'parse this webhook and tell me what failed:\n{{"event":"signup.failed","reason":'
                         f'"mx lookup timeout","contact":"{shown}","plan":"pro"}}'),
            lambda: user(f"rewrite more formally: hey its me, my new mail is {shown} so use that from now"),
            lambda: chat(("system", f"Escalations go to {shown}. Answer in two sentences."),
                         ("user", "How do I reset two-factor auth?")),
            lambda: user(f"BEGIN:VCARD\nVERSION:3.0\nEMAIL;TYPE=INTERNET:{shown}\nEND:VCARD\nconvert to csv"),
            lambda: user(f"why does my regex reject {shown} ? pattern is ^[a-z]+@[a-z]+\\.[a-z]{{2,3}}$"),
        ])())
    for _ in range(12):  # obfuscated addresses: still an address
        first, last = v.name()
        add("email_obfuscated", ["email"], user(rng.choice([
            "for the bake sale sign-up write to {}",
            "contact (anti-spam): {}",
            "is it safe to post my address like this on a forum? {}",
        ]).format(v.obfuscated(v.email(first, last)))))
    for _ in range(34):  # phone numbers
        p = v.phone()
        first, _ = v.name()
        add("phone", ["phone"], rng.choice([
            lambda: user(f"txt from {p}: running 10 min late. what should i reply"),
            lambda: user(f"TEL;TYPE=CELL:{p}\nis that vcard line valid?"),
            lambda: user(f"| role | on call |\n|---|---|\n| primary | {p} |\n| backup | pager |\nformat as list"),
            lambda: user(f"Hi! Quick one. The courier said call {p} before delivery, what hours are normal for that?"),
            lambda: chat(("user", f"save {first}'s number {p}"), ("assistant", "Saved."),
                         ("user", "now remind me what i asked you to save")),
            lambda: user(f"customer_phone,order_total\n{p},129.90\nsum the totals"),
        ])())
    for _ in range(20):  # card numbers
        c = v.card()
        add("credit_card", ["credit_card"], rng.choice([
            lambda: user(f"why was {c} declined? the bank says nothing is wrong"),
            lambda: user(f'{{"payment": {{"pan": "{c}", "exp": "11/29", "amount": 42.5}}}} - what is wrong with this payload'),
            lambda: user(f"my kid used the card ending... actually full number {c}, how do i dispute?"),
            lambda: chat(("user", [{"type": "text", "text": f"card on file: {c}"},
                                   {"type": "text", "text": "can I change the billing date?"}])),
        ])())
    for _ in range(20):  # SSNs
        s = v.ssn()
        add("ssn", ["ssn"], rng.choice([
            lambda: user(f"W-2 box a (employee's SSN): {s}. which box is wages?"),
            lambda: user(f"SSN# {s} -- is this format right for the i-9?"),
            lambda: user(f"Social Security No {s}\nEmployer EIN 12-3456789\nfill in form 941 with these"),
            lambda: user(f"my social is {s} and the irs site rejects it, why"),
        ])())
    for _ in range(20):  # IBANs
        i = v.iban()
        add("iban", ["iban"], rng.choice([
            lambda: user(f"Bank details for the invoice: IBAN {i}, BIC unknown. Is that enough for SEPA?"),
            lambda: user(f"translate to english: Bitte überweisen Sie den Betrag auf {i}."),
            lambda: user(f"supplier,iban,amount\nNordlys AS,{i},1200.00\nmake a payment file"),
            lambda: chat(("system", f"Refunds are paid to account {i} only."), ("user", "can i get a refund?")),
        ])())
    for _ in range(45):  # private people
        first, last = v.name()
        full = f"{first} {last}"
        add("person", ["person"], rng.choice([
            lambda: user(f"--\n{full}\nProcurement Lead | Halvorsen Logistics\nsummarize the signature block"),
            lambda: user(f"Minutes 14 Oct\nAttendees: {full}, {' '.join(v.name())}\nAction: renew lease\nformat nicely"),
            lambda: user(f"Dear Ms. {last},\nwe regret to inform you... finish this rejection letter kindly"),
            lambda: user(f"my grandmother {first} turns 90 next week, ideas for a toast?"),
            lambda: user(f"{full} (she/her) joined the data team today, write a welcome post"),
            lambda: user(f"id,full_name,dept\n17,{full},Sales\nturn this into json"),
            lambda: user(f"pls cc {full} on the thread and ask about the budget"),
            lambda: chat(("user", f"Mr {last} called twice about the leak in unit 4"), ("assistant", "Noted."),
                         ("user", "draft a reply promising a plumber tomorrow")),
            lambda: user(f'{{"customer": {{"full_name": "{full}", "tier": "gold"}}}} extract the tier'),
            lambda: user(f"write a limerick about my coworker {first} {last} who loves spreadsheets"),
        ])())
    for _ in range(16):  # street addresses
        a = v.street()
        add("address", ["STREET_ADDRESS"], rng.choice([
            lambda: user(f"Shipping address: {a}, Columbus OH 43004. is the zip right?"),
            lambda: user(f"we just moved to {a} - how do I update my voter registration"),
            lambda: user(f"deliver to {a.lower()} after 6pm pls"),
            lambda: user(f"Bill to:\nAcme Holdings\n{a}\nMadison, WI\nformat this as one line"),
        ])())
    for _ in range(14):  # dates of birth
        d = v.date()
        add("dob", ["DATE_OF_BIRTH"], rng.choice([
            lambda: user(f"Date of Birth: {d}\nhow old is that today?"),
            lambda: user(f"patient dob {d}, which vaccines are due?"),
            lambda: user(f"I was born on {d}. what's my zodiac sign"),
        ])())
    for _ in range(10):  # fields a remote route receives besides message text
        first, last = v.name()
        addr = v.email(first, last)
        tool = {"type": "function", "function": {"name": "notify", "description": f"Notify {addr} when done",
                                                 "parameters": {"type": "object", "properties": {}}}}
        add("other_fields", ["email"], rng.choice([
            lambda: chat(("user", "run the nightly export"), tools=[tool]),
            lambda: {"model": "auto", "prompt": f"Subject: welcome\nTo: {addr}\n\nBody:", "max_tokens": 40},
        ])(), endpoint="chat")
    out = [r if "prompt" not in r["body"] else {**r, "endpoint": "completions"} for r in out]

    public = ["Lionel Messi", "Frida Kahlo", "Isaac Newton", "Oprah Winfrey", "Winston Churchill", "Greta Thunberg",
              "Nikola Tesla", "Malala Yousafzai", "Pablo Picasso", "Ruth Bader Ginsburg", "Usain Bolt",
              "Jane Austen", "Mahatma Gandhi", "Steve Jobs", "Simone Biles", "Charles Darwin"]
    fiction = ["Sherlock Holmes", "Hermione Granger", "Atticus Finch", "Elizabeth Bennet", "Darth Vader",
               "Frodo Baggins", "Lisa Simpson", "Jay Gatsby"]
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    benign: list[Callable[[], str]] = [
        lambda: f"in what year did {rng.choice(public)} become famous and why",
        lambda: f"compare {rng.choice(public)} and {rng.choice(public)} in a short table",
        lambda: f"write fan fiction where {rng.choice(fiction)} meets {rng.choice(fiction)}",
        lambda: f"2025-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:"
                f"{rng.randint(10, 59)}.{rng.randint(100, 999)}Z INFO [req {hexs(8)}] GET /api/v2/items/"
                f"{rng.randint(1000, 99999)} 200 {rng.randint(2, 900)}ms\nwhy is this slow sometimes?",
        lambda: f'{rng.randint(11, 199)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} - - '
                f'[12/Mar/2025:{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} +0000] "POST /login '
                f'HTTP/1.1" 401 {rng.randint(100, 999)}\nis this a brute force attempt?',
        lambda: f"Traceback (most recent call last):\n  File \"app/main.py\", line {rng.randint(10, 900)}, in run\n"
                f"    total = compute(batch)\nZeroDivisionError: division by zero\nfix?",
        lambda: f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-api\nspec:\n  replicas: "
                f"{rng.randint(1, 9)}\nwhy won't it scale?",
        lambda: f'{{"name": "frontend-build", "version": "{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",'
                f' "scripts": {{"test": "jest"}}}} add a lint script',
        lambda: f"uuid {hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)} is not found in the table, why?",
        lambda: f"MAC {':'.join(hexs(2) for _ in range(6))} keeps getting a new lease, dhcp issue?",
        lambda: f"VIN 1HGCM8{rng.randint(1000, 9999)}A{rng.randint(100000, 999999)} what car is this",
        lambda: f"tracking 1Z{rng.randint(100, 999)}E{rng.randint(10, 99)}0{rng.randint(100000000, 999999999)} stuck",
        lambda: f"order {rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)} never arrived",
        lambda: f"meeting moved to {rng.randint(9, 16)}:30-{rng.randint(9, 16)}:45, update the invite text",
        lambda: f"coordinates {rng.uniform(-60, 60):.4f}, {rng.uniform(-120, 120):.4f} which country is that",
        lambda: f"population went from {rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)} to "
                f"{rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)}, percent change?",
        lambda: f"final score was {rng.randint(0, 5)}-{rng.randint(0, 5)} after extra time, write a match recap",
        lambda: f"read pages {rng.randint(10, 200)}-{rng.randint(201, 400)} for chapter summary",
        lambda: f"invoice total $ {rng.randint(100, 99999)}.{rng.randint(10, 99)} incl. VAT {rng.randint(5, 25)}%",
        lambda: f"SKU {rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)} out of stock, alternatives?",
        lambda: f"ISBN {rng.choice(['978', '979'])}{rng.randint(1000000000, 9999999999)} which edition is this",
        lambda: "Hi team,\nplease find the Q3 roadmap attached. Feedback by Friday.\nThanks!\nmake this friendlier",
        lambda: "Dear Hiring Manager, I am excited to apply... continue this cover letter for a junior dev role",
        lambda: "what's the difference between Goldman Sachs and Morgan Stanley",
        lambda: "recipe for shakshuka for 4 people, no cilantro",
        lambda: "explain the rules of cricket in 5 bullet points",
        lambda: f"is {rng.randint(1000003, 9999991)} a prime number",
        lambda: f"convert {rng.randint(1, 300)} USD to EUR at 0.92",
        lambda: "git rebase vs merge, when to use which? terse answer",
        lambda: "SELECT id, created_at FROM orders WHERE status = 'open' ORDER BY 2 DESC LIMIT 50; add an index?",
        lambda: "my flight lands at 06:40 at Lisbon, is the metro running then?",
        lambda: "write a haiku about autumn in Kyoto",
        lambda: "summarize the plot of Pride and Prejudice without spoilers",
        lambda: f"CVE-2024-{rng.randint(1000, 49999)} affects which versions of openssl?",
    ]
    for _ in range(150):
        add("benign", [], user(rng.choice(benign)()))
    for i, record in enumerate(out):
        record["id"] = f"blind-pii-{i:04d}"
    return out


# --- complexity records -------------------------------------------------------------------------

EASY_SHORT = ["hello!", "thanks a lot", "what's 15% of 80", "another word for big", "is it affect or effect here: "
              "the rain ___ my mood", "convert 5 feet to cm", "capital of Canada?", "spell 'definitely'",
              "how many days in a leap year", "what time zone is Lisbon in", "good night", "tell me a dad joke",
              "what's the plural of cactus", "is a tomato a vegetable", "name 3 primary colors",
              "translate 'cheers' to italian", "what does ASAP stand for", "round 7.456 to one decimal"]
HARD_SHORT = ["prove there are infinitely many primes of the form 4k+3",
              "derive Black-Scholes from Ito's lemma",
              "write a lock-free MPMC queue with C11 atomics and argue it's linearizable",
              "why does RSA decryption recover the message? full proof",
              "design exactly-once delivery over an at-least-once broker",
              "eigenvalues of [[2,1,0],[1,2,1],[0,1,2]] with derivation",
              "show the halting problem is undecidable",
              "explain how Paxos handles dueling proposers and fix livelock",
              "formalize and prove Dijkstra's algorithm correct",
              "implement a persistent red-black tree in Haskell with deletion",
              "compare MVCC in Postgres vs InnoDB under write skew, with examples",
              "bound the mixing time of a lazy random walk on the hypercube"]
PASTE = ["Meeting transcript. Anna: the banners arrive Monday. Ben: good, then we set up the booth Tuesday. "
         "Anna: the flyers are printed. Ben: we still need tape and two extension cords. ",
         "Product description: This stainless steel water bottle keeps drinks cold for 24 hours and hot for 12. "
         "It holds 750 ml, fits most cup holders and comes in five colors. ",
         "Recipe notes: soak the beans overnight, rinse them, simmer with a bay leaf for an hour, season with salt "
         "at the end, and serve with rice and a squeeze of lime. "]
EASY_ASKS = ["count the sentences", "make the first line bold in markdown", "translate the first sentence to french",
             "what's the third word?", "fix any typos", "give it a title", "turn this into bullet points",
             "how many times does 'the' appear?"]
HARD_ASKS = ["find the concurrency bug, explain the interleaving that triggers it and prove your fix is correct",
             "derive a closed form for the running time and prove it tight",
             "critique the methodology (confounders, power, selection bias) and design a better study",
             "refactor into an event-sourced design with snapshots; discuss consistency trade-offs and migration"]
CODE = ("class Counter:\n    def __init__(self):\n        self.n = 0\n    def incr(self):\n        v = self.n\n"
        "        time.sleep(0)\n        self.n = v + 1\n\nthreads = [Thread(target=c.incr) for _ in range(100)]\n")
STUDY = ("We surveyed 40 volunteers from one gym about a new supplement; 31 reported more energy after two weeks, "
         "so we conclude the supplement improves energy for adults. ")


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, int, bool, dict[str, Any]]] = []
    for text in EASY_SHORT:
        out.append(("easy_short", 0, False, user(text)))
    for text in HARD_SHORT:
        out.append(("hard_short", 1, True, user(text)))
    for _ in range(45):  # long paste, trivial ask
        doc = rng.choice(PASTE) * rng.randint(8, 40)
        ask = rng.choice(EASY_ASKS)
        out.append(("easy_long", 0, True, user(rng.choice([f"{doc}\n{ask}", f"{ask}\n\n{doc}"]))))
    for _ in range(45):  # long context, demanding ask
        doc = rng.choice([CODE * rng.randint(2, 8), STUDY * rng.randint(3, 12), rng.choice(PASTE) * rng.randint(2, 6)])
        out.append(("hard_long", 1, False, user(f"{doc}\n\n{rng.choice(HARD_ASKS)}")))
    for _ in range(40):  # chatty middle ground, with a system prompt
        hard = rng.random() < 0.5
        text = rng.choice([
            "ok so our nightly ETL sometimes double counts rows after a retry. how would you make the load idempotent "
            "end to end, and how do we prove no row is lost or duplicated?",
            "my thesis model overfits badly, 2k samples, 300 features. walk me through a rigorous plan: regularization, "
            "nested cross-validation, and how to report the uncertainty honestly",
            "we need to shard a 4TB postgres table by tenant without downtime. design the migration and the rollback",
        ] if hard else [
            "can you make this text message sound less grumpy: 'fine. see you at 8.'",
            "what should I name my sourdough starter? something funny",
            "my friend's birthday is tomorrow, give me 3 quick card messages",
            "turn 'buy milk, call mom, gym' into a checklist",
        ])
        out.append(("chat", int(hard), False, chat(("system", "You are a helpful assistant."), ("user", text))))
    return [{"id": f"blind-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": body} for i, (c, y, adv, body) in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5150331)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    values = Values(rng, args.seed)
    for name, records in (("pii_blind.jsonl", pii_records(rng, values)), ("complexity_blind.jsonl",
                                                                          complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
