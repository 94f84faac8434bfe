"""Round 24 (issue 12, cenote benign): an organisation's contact line named only by its own name.

A role mailbox (or one with a letter of its role word missing: "suport@") whose domain's label spells a run of
capitalised words before it in its block (all of them written together, or their start of eight letters at least, as
a long name's domain cuts it) is that organisation's mailbox; the block's landline and that run of words are the
organisation's too. A known first name or a first name and a surname as the run (a sole trader's own name), a
person's mailbox, a private cue or a person in the block keep them detected. Our own names and domains."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans, text_types as _types  # noqa: F401 (detector: a fixture)
from timing import scaled

from gateway.signals.pii import PiiDetector


@pytest.mark.parametrize("text", [
    "Tornquist Sadelmakeri can be reached at +46 8 612 4470 or info@tornquistsadelmakeri.se.",
    "Questions? Wellenbrink Polsterei: kontakt@wellenbrinkpolsterei.de or +49 40 3378210",
    "Vorlauf Kaffeerösterei — write to servce@vorlaufkaffeeroester.de for wholesale prices.",  # a letter short, cut
    "Please translate our shop sign:\nHaverkamp Fietsen\nTel: +31 20 624 1180\nE-mail: hallo@haverkampfietsen.nl",
])
def test_an_organisations_own_named_line_is_clean(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text) & {"EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON"}, _spans(detector, text)


@pytest.mark.parametrize("text, kept", [
    # a sole trader's own name: a first name and a surname
    ("Greta Lindqvist can be reached at +46 8 612 4470 or info@lindqvist.se.", "EMAIL_ADDRESS"),
    # a person's mailbox at the organisation's domain
    ("Tornquist Sadelmakeri: anders.berg@tornquistsadelmakeri.se or +46 8 612 4470", "EMAIL_ADDRESS"),
    # a private cue in the block
    ("Tornquist Sadelmakeri can be reached at info@tornquistsadelmakeri.se. My own number is +46 70 123 45 67.",
     "PHONE_NUMBER"),
    # a person in the block
    ("Maria Keller asked Wellenbrink Polsterei (kontakt@wellenbrinkpolsterei.de) to call her on +49 40 3378210.",
     "PERSON"),
    # the domain spells another name: its number stays (round 30: a desk's mailbox, "kontakt@", is nobody's anyway)
    ("Wellenbrink Polsterei: kontakt@sofadoktor.de or +49 40 3378210", "PHONE_NUMBER"),
])
def test_the_near_misses_stay_detected(detector: PiiDetector, text: str, kept: str) -> None:
    assert kept in _types(detector, text)


def test_a_short_label_must_spell_the_whole_run(detector: PiiDetector) -> None:
    # "wellen" (6 letters) is no cut of "Wellenbrink Polsterei": the domain names something else, so this rule does
    # not read the block as the firm's (round 30: a desk's mailbox, "kontakt@", is nobody's anyway: desk_mailbox)
    from gateway.signals.recognizers import named_organisations_block
    text = "Wellenbrink Polsterei: kontakt@wellen.de, ask for the quote"
    assert not named_organisations_block(text, text.index("kontakt"), text.index(","))


def test_the_block_scan_is_bounded() -> None:
    from gateway.signals.recognizers import named_mailbox_owner, named_organisations_block
    for unit in ("Aa Bb info@aabb.de ", "Xx ", "support@x.de ", "A-B "):
        text = unit * (200_000 // len(unit))
        started = time.perf_counter()
        for at in range(0, len(text), 997):
            named_organisations_block(text, at, min(len(text), at + 5))
            named_mailbox_owner(text, at, min(len(text), at + 5))
        assert time.perf_counter() - started < scaled(1.0), unit
