"""Generate the labelled signal sets in bench/data/signals/ (seeded, reproducible).

    python bench/make_signal_sets.py

Two splits per signal, built from *disjoint* template pools, Faker locales and seeds:
`dev` (tune recognizers, thresholds, train the complexity model) and `heldout` (only measured).
Each record carries the request body as a client would send it, so evaluation goes through
`extract_texts` like production traffic does.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any, Callable

import phonenumbers
from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "signals"
PUBLIC_FIGURES = [line.strip() for line in (Path(__file__).resolve().parents[1] / "gateway" / "signals" / "data"
                  / "public_figures.txt").read_text().splitlines() if line.strip() and not line.startswith("#")]

SPLITS: dict[str, dict[str, Any]] = {
    "dev": {"seed": 1234, "locales": ["en_US"], "pool": 0,
            "iban_locales": ["de_DE", "fr_FR", "en_GB"],
            "phone_regions": ["US", "GB", "DE", "FR", "IN", "AU", "CA"]},
    "heldout": {"seed": 98765, "locales": ["en_GB", "en_IN", "en_AU", "es_ES", "de_DE", "fr_FR", "it_IT"],
                "pool": 1, "iban_locales": ["nl_NL", "es_ES", "it_IT", "de_AT", "fr_CH", "pl_PL"],
                "phone_regions": ["US", "GB", "DE", "FR", "IN", "AU", "CA", "BR", "ES", "IT", "NL", "IE",
                                  "MX", "JP", "ZA", "SG", "KE", "PL", "SE", "NG", "AR", "PH"]},
    # Built after the held-out split had been looked at once: third template pool, new seed and
    # locales, never used for any change. The numbers to quote come from here.
    "final": {"seed": 424242, "locales": ["en_US", "en_NZ", "en_IE", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "en_CA"],
              "pool": 2, "iban_locales": ["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL", "de_AT"],
              "phone_regions": ["US", "GB", "DE", "FR", "IN", "AU", "CA", "BR", "ES", "IT", "NL", "IE", "MX", "JP",
                                "ZA", "SG", "CH", "BE", "NZ", "PT", "SE", "NO", "DK", "FI", "AT"]},
    # Made after the fixes that `final` prompted, run once: pool-2 templates, values and locales new.
    "fresh": {"seed": 777001, "locales": ["en_US", "en_GB", "fr_CA", "es_MX", "de_CH", "da_DK", "cs_CZ", "en_PH"],
              "pool": 2, "iban_locales": ["de_DE", "fr_FR", "en_GB", "nl_NL", "es_ES", "it_IT", "pl_PL", "de_AT",
                                          "da_DK", "fi_FI"],
              "phone_regions": ["US", "GB", "DE", "FR", "IN", "AU", "CA", "BR", "ES", "IT", "NL", "IE", "MX", "JP",
                                "ZA", "SG", "CZ", "DK", "PH", "CH", "HU", "GR", "TR", "KR"]},
}

Record = dict[str, Any]


def chat(*messages: tuple[str, Any]) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": r, "content": c} for r, c in messages]}


class Gen:
    """Random values for one split: names, identifiers, documents."""

    def __init__(self, split: str) -> None:
        cfg = SPLITS[split]
        self.cfg = cfg
        self.pool = cfg["pool"]
        self.rng = random.Random(cfg["seed"])
        Faker.seed(cfg["seed"])
        self.fake = Faker(cfg["locales"])
        self.fake.seed_instance(cfg["seed"])
        self.ibans = [Faker(loc) for loc in cfg["iban_locales"]]
        for i, f in enumerate(self.ibans):
            f.seed_instance(cfg["seed"] + i)
        self.us = Faker("en_US")
        self.us.seed_instance(cfg["seed"] + 7)

    def name(self) -> str:
        return self.fake.name()

    def first(self) -> str:
        return self.fake.first_name()

    def phone(self, international: bool | None = None) -> str:
        """A number phonenumbers considers valid, formatted one of the ways people write them."""
        region = self.rng.choice(self.cfg["phone_regions"])
        kind = self.rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
        example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        national = str(example.national_number)
        for _ in range(50):
            digits = national[:-4] + "".join(self.rng.choice("0123456789") for _ in range(4))
            number = phonenumbers.parse("+" + str(example.country_code) + digits)
            if phonenumbers.is_valid_number(number):
                break
        else:
            number = example
        supported_national = region in SPLITS["dev"]["phone_regions"] + ["BR", "ES", "IT", "NL", "IE", "MX", "JP",
                                                                          "ZA", "SG"]
        intl = international if international is not None else (not supported_national or self.rng.random() < 0.5)
        fmt = phonenumbers.PhoneNumberFormat
        if intl:
            text = phonenumbers.format_number(number, self.rng.choice([fmt.INTERNATIONAL, fmt.E164]))
            return text.replace(" ", self.rng.choice([" ", " ", "-", "."])) if " " in text else text
        text = phonenumbers.format_number(number, fmt.NATIONAL)
        if region == "US" and self.rng.random() < 0.5:
            d = str(number.national_number)
            text = self.rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}",
                                    f"({d[:3]}) {d[3:6]}-{d[6:]}"])
        return text

    def card(self) -> str:
        number = self.us.credit_card_number(card_type=self.rng.choice(["visa", "mastercard", "amex", "discover"]))
        style = self.rng.choice(["plain", "space", "dash"])
        if style == "plain" or len(number) == 15:
            return number
        sep = " " if style == "space" else "-"
        return sep.join(number[i:i + 4] for i in range(0, len(number), 4))

    def ssn(self) -> str:
        ssn = self.us.ssn()
        return self.rng.choice([ssn, ssn, ssn.replace("-", " ")])

    def iban(self) -> str:
        iban = self.rng.choice(self.ibans).iban()
        return iban if self.rng.random() < 0.5 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def email(self) -> str:
        return self.fake.email() if self.rng.random() < 0.6 else self.fake.free_email()

    def address(self) -> str:
        us = self.us
        return f"{us.building_number()} {us.last_name()} {us.street_suffix()}" + (
            f", {us.city()}" if self.rng.random() < 0.5 else "")

    def dob(self) -> str:
        d = self.fake.date_of_birth(minimum_age=18, maximum_age=90)
        fmt = self.rng.choice(["%m/%d/%Y", "%d/%m/%Y", "%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%d.%m.%Y"])
        return d.strftime(fmt)

    def mrn(self) -> str:
        return self.rng.choice(["", "", "A", "MR"]) + str(self.rng.randint(10 ** 5, 10 ** 9))

    def passport(self) -> str:
        letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return self.rng.choice([
            str(self.rng.randint(10 ** 8, 10 ** 9 - 1)),
            self.rng.choice(letters) + str(self.rng.randint(10 ** 7, 10 ** 8 - 1)),
            "".join(self.rng.choice(letters) for _ in range(2)) + str(self.rng.randint(10 ** 6, 10 ** 7 - 1)),
        ])

    def national_id(self) -> tuple[str, str]:
        """(cue as people write it, value)."""
        n = self.rng.randint
        return self.rng.choice([
            ("DNI", f"{n(10 ** 7, 10 ** 8 - 1)}{self.rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}"),
            ("CPF", f"{n(100, 999)}.{n(100, 999)}.{n(100, 999)}-{n(10, 99)}"),
            ("Aadhaar", f"{n(2000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"),
            ("SIN", f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"),
            ("PESEL", str(n(10 ** 10, 10 ** 11 - 1))),
            ("national ID number", str(n(10 ** 8, 10 ** 10))),
            ("BSN", str(n(10 ** 8, 10 ** 9 - 1))),
            ("NRIC", f"S{n(10 ** 6, 10 ** 7 - 1)}D"),
        ])

    def document(self, target_chars: int) -> str:
        """Filler prose. Faker's word list has bare titles ("... cover Mr.") that real prose never
        has without a name after them; those sentences are dropped."""
        parts, size = [], 0
        while size < target_chars:
            sentences = [s for s in (self.us.sentence(nb_words=self.rng.randint(6, 16))
                                     for _ in range(self.rng.randint(4, 9)))
                         if not re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\b", s)]
            p = " ".join(sentences)
            parts.append(p)
            size += len(p) + 2
        return "\n\n".join(parts)

    def order_like(self) -> str:
        """Numbers that look like identifiers but identify no person."""
        n = self.rng.randint
        return self.rng.choice([
            f"order #{n(10 ** 9, 10 ** 10 - 1)}", f"invoice INV-{n(2019, 2026)}-{n(10000, 99999)}",
            f"version {n(1, 9)}.{n(0, 30)}.{n(0, 20)}", f"ISBN 978-{n(0, 9)}-{n(10, 99)}-{n(100000, 999999)}-{n(0, 9)}",
            f"build {n(20200101, 20261231)}.{n(1, 9)}", f"ticket #{n(1000, 99999)}", f"port {n(1024, 65535)}",
            f"SKU {n(10000, 99999)}-{self.rng.choice(['XL', 'M', 'S'])}", f"error code 0x{n(0, 16 ** 8 - 1):08X}",
            f"commit {self.rng.getrandbits(28):07x}", f"tracking number 1Z{n(10 ** 15, 10 ** 16 - 1)}",
            f"transaction id {n(10 ** 11, 10 ** 12 - 1)}", f"the year {n(1900, 2030)}",
            f"${n(1, 999)},{n(100, 999)}.{n(10, 99)}", f"part number {n(100, 999)}-{n(1000, 9999)}-{n(10, 99)}",
            f"timestamp {n(1_600_000_000, 1_800_000_000)}", f"case {n(100000, 999999)}",
        ])


# ------------------------------------------------------------------------------------------ PII
# Each template pool: [dev templates], [heldout templates]. {v} is the sensitive value.
PII_TEMPLATES: dict[str, tuple[str, list[list[str]], Callable[[Gen], str]]] = {
    "email": ("EMAIL_ADDRESS", [
        ["Send the report to {v} by Friday.", "My email is {v}, please add me to the list.",
         "Can you draft a reply to {v} declining the offer?", "Forward the invoice to {v}."],
        ["Loop in {v} on the thread about the launch.", "Contact: {v}", "Please CC {v} when you answer.",
         "The customer wrote from {v} asking for a refund; write a polite answer."],
        ["Subscribe {v} to the weekly digest.", "Why does my reply to {v} bounce?",
         "Draft a welcome email for our new hire, login {v}.", "Reset the password for the user {v}."]], Gen.email),
    "phone": ("PHONE_NUMBER", [
        ["Call me at {v} tomorrow.", "My phone number is {v}.", "Text the driver on {v} when you arrive.",
         "Write an SMS reminder for the client at {v}."],
        ["Reach the landlord on {v} after 6pm.", "Tel: {v}", "Mobile {v} — please ring before noon.",
         "Draft a voicemail script; the callback number is {v}."],
        ["If the courier is late, phone {v}.", "Add {v} as my emergency contact.",
         "Whatsapp me on {v} with the final quote.", "Her cell is {v}; remind her about the dentist."]], Gen.phone),
    "credit_card": ("CREDIT_CARD", [
        ["Charge my card {v} for the order.", "Here is the card number: {v}, exp 04/27.",
         "Is {v} a valid Visa number?"],
        ["Update billing to {v}.", "Payment card {v} was declined, why?", "Use {v} for the subscription."],
        ["Book the hotel with my Mastercard {v}.", "Someone used {v} without my permission; write a dispute.",
         "Store {v} as the default payment method."]], Gen.card),
    "ssn": ("US_SSN", [
        ["My SSN is {v}, fill in the tax form.", "Social security number: {v}", "Verify SSN {v} for the applicant."],
        ["The employee's social security no. is {v}.", "SSN {v} — please add it to the W-2 draft.",
         "Applicant social security number {v}; summarise the file."],
        ["Fill the I-9 with SSN {v}.", "Her SSN: {v}. Is she eligible for benefits?",
         "Payroll needs the social security number {v} corrected."]], Gen.ssn),
    "iban": ("IBAN_CODE", [
        ["Wire the deposit to IBAN {v}.", "My bank account is {v}, set up the transfer.", "Pay {v} 400 EUR."],
        ["Refund goes to {v}.", "Account for payroll: {v}", "Please transfer the rent to {v} monthly."],
        ["Set up a standing order to {v} for 250 EUR.", "Supplier bank details changed to {v} — is that a scam?",
         "My salary should land in {v}."]], Gen.iban),
    "address": ("STREET_ADDRESS", [
        ["Ship the package to {v}.", "I live at {v}, find a pharmacy nearby.", "Her home address is {v}."],
        ["Deliver to {v} between 9 and 5.", "Mail the contract to {v}.", "We moved to {v} last month."],
        ["Our office is at {v}; write directions from the station.", "Send the invitation to {v}.",
         "Is {v} in a flood zone?"]], Gen.address),
    "dob": ("DATE_OF_BIRTH", [
        ["DOB: {v}. Compute my age.", "I was born on {v}, what is my zodiac sign?", "Patient date of birth {v}."],
        ["Date of birth: {v}", "The applicant was born {v}.", "Birthday {v}; check eligibility for the senior plan."],
        ["Member DOB {v}, renew the policy.", "He was born on {v} in Leeds; draft the certificate.",
         "D.O.B. {v} — compute the insurance premium."]], Gen.dob),
    "mrn": ("MEDICAL_RECORD_NUMBER", [
        ["Patient MRN {v} needs a follow-up appointment.", "Medical record number {v}: summarise the chart.",
         "Pull labs for MRN: {v}."],
        ["MRN#{v} — discharge summary please.", "Medical record no. {v} has an allergy flag.",
         "Chart for MRN {v}: list the medications."],
        ["Schedule an MRI for MRN {v}.", "Patient ID {v} reports chest pain; triage.",
         "Medical record number: {v}. Write the referral."]], Gen.mrn),
    "passport": ("PASSPORT", [
        ["My passport number is {v}, fill in the visa form.", "Passport {v} expires next year."],
        ["Passport no. {v} — book the flight.", "Traveller passport #{v}, check visa rules."],
        ["Renew passport {v} before June.", "The guest's passport number: {v}."]], Gen.passport),
}


def _person_prompts(g: Gen) -> list[tuple[str, str]]:
    """Private people, by full name or with a cue; (text, entity)."""
    pools = [
        ["Write a performance review for {n}, who missed two deadlines.", "Draft an email to {n} about the late rent.",
         "{n} was diagnosed with diabetes; write a care plan.", "Dear {n}, your loan application was rejected.",
         "Summarise the complaint {n} filed against her neighbour.", "Schedule a meeting with {n} and me."],
        ["Please write a reference letter for my colleague {n}.", "Our tenant {n} is three months behind.",
         "{n} called in sick again; how should I document it?", "Compose a condolence note to {n}.",
         "Hi {n}, attached is your lab report.", "Translate this note for {n}: the shipment is delayed."],
        ["Prepare talking points for my 1:1 with {n} about her promotion.",
         "{n} is allergic to penicillin; update the plan.",
         "Write a birthday card for {n}.", "Is it legal to fire {n} while she is on leave?",
         "Summarise the voicemail from {n} about the overdue invoice.", "Ask {n} to resend the signed lease."],
    ]
    return [(t.replace("{n}", g.name()), "PERSON") for t in pools[g.pool]]


def pii_records(g: Gen) -> list[Record]:
    records: list[Record] = []

    def add(category: str, body: dict[str, Any], sensitive: bool, entities: list[str], endpoint: str = "chat") -> None:
        records.append({"id": f"pii-{len(records):04d}", "category": category, "sensitive": sensitive,
                        "entities": entities, "endpoint": endpoint, "body": body})

    # Direct: each structured kind in its own templates, several values each.
    for category, (entity, pools, make) in PII_TEMPLATES.items():
        for template in pools[g.pool]:
            for _ in range(3):
                add(category, chat(("user", template.replace("{v}", make(g)))), True, [entity])
    for _ in range(3):
        for text, entity in _person_prompts(g):
            add("person_private", chat(("user", text)), True, [entity])
    for _ in range(14):
        cue, value = g.national_id()
        text = g.rng.choice([f"My {cue} is {value}.", f"{cue}: {value} — fill in the form.",
                             f"Check the applicant's {cue} {value} against the records."])
        add("national_id", chat(("user", text)), True, ["NATIONAL_ID"])
    for _ in range(24):  # many phone formats
        add("phone_formats", chat(("user", g.rng.choice(["Call {v}", "ph. {v}", "You can reach me at {v} anytime.",
                                                          "phone: {v}"]).replace("{v}", g.phone()))), True,
            ["PHONE_NUMBER"])
    structured = [("email", g.email), ("phone", g.phone), ("credit_card", g.card), ("iban", g.iban)]
    # PII only in an earlier turn.
    for _ in range(14):
        cat, make = g.rng.choice(structured)
        add("earlier_turn", chat(("user", f"Here are my details: {make()}. Keep them for later."),
                                 ("assistant", "Noted. What would you like to do next?"),
                                 ("user", g.rng.choice(["Now write a haiku about autumn.", "What's 17 times 23?",
                                                         "Explain recursion simply."]))), True, [cat])
    # PII only in the system message.
    for _ in range(14):
        cat, make = g.rng.choice(structured + [("person", g.name)])
        add("system_only", chat(("system", f"You are the assistant for {make()}. Be concise."),
                                ("user", "What's a good name for a golden retriever?")), True, [cat])
    # Inside long documents (5-40 KB), at a random position.
    for _ in range(14):
        cat, make = g.rng.choice(structured + [("ssn", g.ssn), ("person", lambda: "Dear " + g.name())])
        doc = g.document(g.rng.randint(5_000, 40_000))
        at = g.rng.randint(0, len(doc))
        at = doc.rfind(" ", 0, at) + 1
        doc = doc[:at] + f" {make()} " + doc[at:]
        add("long_document", chat(("user", "Summarise this document:\n\n" + doc)), True, [cat])
    # In multi-part content arrays and tool-call arguments.
    for _ in range(12):
        cat, make = g.rng.choice(structured)
        add("content_parts", {"model": "auto", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "Look at this screenshot."},
            {"type": "image_url", "image_url": {"url": "https://example.com/x.png"}},
            {"type": "text", "text": f"The account in it is {make()}."}]}]}, True, [cat])
    for _ in range(10):
        cat, make = g.rng.choice(structured)
        add("tool_args", {"model": "auto", "messages": [
            {"role": "user", "content": "Book the table for tonight."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
                "name": "book", "arguments": json.dumps({"contact": make(), "party": 4})}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "{\"ok\": true}"}]}, True, [cat])
    for _ in range(8):
        cat, make = g.rng.choice(structured)
        add("completions", {"model": "auto", "prompt": ["Customer record:", f"contact {make()}", "Summary:"]},
            True, [cat], endpoint="completions")
    records.extend(benign_records(g, start=len(records)))
    return records


BENIGN = [
    ["What's the best time of year to visit France?", "Explain the difference between TCP and UDP.",
     "How do I reverse a linked list in Python?", "Write a haiku about the ocean.",
     "What causes inflation?", "Give me three ideas for a team offsite in Portugal.",
     "Summarise the plot of Hamlet.", "How does HTTPS work?", "Suggest a name for a coffee shop in Berlin.",
     "Convert 72 Fahrenheit to Celsius.", "Explain Kubernetes pods and deployments.",
     "Write a SQL query that counts orders per customer.", "What is the GDP of Japan roughly?",
     "Compare React and Vue for a small dashboard.", "Why is the sky blue?"],
    ["Plan a 5-day itinerary for Italy.", "Explain how DNS resolution works.",
     "Write a Rust function that parses a CSV line.", "What are the main causes of World War I?",
     "Give me a recipe for vegetable curry.", "How do vaccines train the immune system?",
     "Describe the architecture of PostgreSQL MVCC.", "What is the capital of Canada?",
     "Explain NATO's role in Europe.", "Draft a product description for noise-cancelling headphones.",
     "How do I configure nginx as a reverse proxy?", "Tips for learning Spanish quickly?",
     "What is a Fourier transform?", "Explain the rules of cricket.", "How does Git rebase differ from merge?"],
    ["Which is healthier, brown rice or quinoa?", "Explain how a hash map handles collisions.",
     "Write a limerick about a cat who codes.", "What's the population of Brazil?", "How do tides work?",
     "Write a bash one-liner to count lines in all .py files.", "Explain the Monty Hall problem.",
     "Suggest five names for a hiking club in Norway.", "What is the difference between RAM and ROM?",
     "Describe the water cycle for a 10-year-old.", "How do I center a div in CSS?", "What is Kubernetes HPA?",
     "Explain the causes of the French Revolution.", "What's a good beginner telescope?",
     "Compare Postgres and SQLite for a mobile app."],
]
PUBLIC = [["Summarise the main achievements of {p}.", "Write a short poem in the style of {p}.",
           "What did {p} contribute to their field?"],
          ["Give me three quotes attributed to {p}.", "Who influenced {p} the most?",
           "Write a two-paragraph biography of {p}."],
          ["Compare the leadership styles of {p} and their peers.", "What is {p} best known for?",
           "Write a quiz question about {p}."]]
IDENTIFIER = [["My {o} hasn't arrived yet, what should I do?", "Upgrade the project to {o} and list breaking changes.",
               "Why would {o} fail in CI?", "Look up {o} in the catalogue."],
              ["Customer asks about {o}; draft a status update.", "Is {o} still supported?",
               "Log line mentions {o} — what does it mean?", "File a bug referencing {o}."],
              ["Cancel {o}, it was a duplicate.", "Explain the release notes for {o}.",
               "The dashboard shows {o}; is that an anomaly?", "Write a changelog entry for {o}."]]


def benign_records(g: Gen, start: int) -> list[Record]:
    records: list[Record] = []

    def add(category: str, body: dict[str, Any], endpoint: str = "chat") -> None:
        records.append({"id": f"pii-{start + len(records):04d}", "category": category, "sensitive": False,
                        "entities": [], "endpoint": endpoint, "body": body})

    for text in BENIGN[g.pool]:
        add("benign_general", chat(("user", text)))
    for _ in range(24):
        add("public_figure", chat(("user", g.rng.choice(PUBLIC[g.pool]).replace("{p}", g.rng.choice(PUBLIC_FIGURES)))))
    for _ in range(40):
        add("identifier_like", chat(("user", g.rng.choice(IDENTIFIER[g.pool]).replace("{o}", g.order_like()))))
    for _ in range(8):
        add("benign_long", chat(("user", "Summarise this report:\n\n" + g.document(g.rng.randint(3_000, 20_000)))))
    for text in BENIGN[g.pool][:8]:
        add("benign_multiturn", chat(("system", "You are a helpful assistant."), ("user", "Hi!"),
                                     ("assistant", "Hello! How can I help?"), ("user", text)))
    code = ["def add(a, b):\n    return a + b\n\nprint(add(2, 3))",
            "for (let i = 0; i < 10; i++) { console.log(i * 2); }",
            "SELECT id, total FROM orders WHERE created_at > '2024-01-01' ORDER BY total DESC LIMIT 20;",
            "fn main() { let v: Vec<u32> = (1..=10).collect(); println!(\"{:?}\", v); }"]
    for snippet in code:
        add("benign_code", chat(("user", f"Review this code:\n```\n{snippet}\n```")))
    return records


# ----------------------------------------------------------------------------------- complexity
COMPLEX_SHORT = [
    ["Prove that there are infinitely many primes.", "Prove that sqrt(2) is irrational.",
     "Derive the closed form of the Fibonacci sequence.", "Design a distributed rate limiter for 1M rps.",
     "Implement a lock-free MPMC queue in C++.", "Prove the halting problem is undecidable.",
     "Find the race condition: two threads increment a shared counter without a lock; fix it.",
     "Derive backpropagation for a two-layer network.", "Design a schema for a multi-tenant billing system.",
     "Optimize an O(n^2) duplicate finder to O(n log n) and prove correctness.",
     "Show that every bounded monotone sequence converges.", "Implement Raft leader election in Go.",
     "Analyze the trade-offs of event sourcing vs CRUD.", "Prove by induction that 1+...+n = n(n+1)/2.",
     "Design a consistent hashing scheme with virtual nodes."],
    ["Prove Fermat's little theorem.", "Show that the set of reals is uncountable.",
     "Derive the variance of a binomial distribution step by step.", "Architect a real-time fraud detection pipeline.",
     "Write a compiler front end for arithmetic expressions with error recovery.",
     "Debug: my Go service deadlocks under load when two mutexes are taken in different orders. Fix it.",
     "Prove that a tree with n nodes has n-1 edges.", "Design an offline-first sync protocol with conflict resolution.",
     "Evaluate the trade-offs between B-trees and LSM trees for a write-heavy workload.",
     "Implement a thread-safe LRU cache with O(1) operations.", "Derive the Black-Scholes PDE.",
     "Show that P(A|B) = P(B|A)P(A)/P(B) and apply it to a diagnostic test.",
     "Build a parser for JSON in C without recursion.", "Prove the AM-GM inequality for n variables.",
     "Plan a zero-downtime migration of a 2 TB Postgres database."],
    ["Prove that the sum of the angles of a triangle is 180 degrees in Euclidean geometry.",
     "Derive the gradient of softmax cross-entropy loss.", "Design a multi-region active-active key-value store.",
     "Implement Dijkstra's algorithm with a binary heap and analyze its complexity.",
     "Find and fix the memory leak in a Node.js server that caches every request body.",
     "Prove that the halting problem reduces to the busy beaver problem.",
     "Analyze the trade-offs between microservices and a modular monolith for a 10-person team.",
     "Show that there is no largest prime, then estimate the density of primes below n.",
     "Design a CRDT for a collaborative text editor and justify convergence.",
     "Implement a bounded blocking queue in Java without using java.util.concurrent.",
     "Optimize this SQL: a correlated subquery over 50M rows times out. Explain the plan.",
     "Derive the closed-form solution of ordinary least squares.",
     "Evaluate whether to shard by tenant or by time for an analytics database.",
     "Write a formal proof that bubble sort terminates and is correct.",
     "Architect an event-driven order pipeline with exactly-once semantics."],
]
SIMPLE_SHORT = [
    ["What is the capital of Peru?", "Translate 'good morning' into French.", "Give me a synonym for happy.",
     "Hello!", "What's 12 + 30?", "Define photosynthesis in one sentence.", "Who wrote Pride and Prejudice?",
     "Fix the typo: 'recieve'.", "Convert 5 km to miles.", "Tell me a joke.", "What day comes after Tuesday?",
     "Spell 'necessary'.", "Is a tomato a fruit? Yes or no.", "Thanks, that's all!", "Name three colors."],
    ["What is the boiling point of water?", "How do you say 'thank you' in Japanese?", "Give me an antonym for cold.",
     "Hi there", "What's 9 times 7?", "Who painted the Mona Lisa?", "Rephrase: 'the meeting got moved'.",
     "Capitalize this: hello world", "What year did WW2 end?", "Suggest a title for a blog post about tea.",
     "When was the Eiffel Tower built?", "List the days of the week.", "What is an adjective?",
     "Shorten this sentence: I am going to go to the store now.", "Recommend a fantasy novel."],
    ["What's the capital of Kenya?", "Translate 'where is the station' into German.", "Hey!",
     "How many legs does a spider have?", "What is 15% of 80?", "Who discovered penicillin?",
     "Make this sentence formal: gonna be late.", "What's the plural of cactus?", "Name a famous opera.",
     "Give me a rhyme for orange.", "What time zone is Chicago in?", "Convert 3 cups to milliliters.",
     "Thank you so much!", "Is Pluto a planet? Yes or no.", "Suggest a color for a kitchen wall."],
]
SIMPLE_LONG_ASK = [
    ["Summarize the memo above in three bullet points.", "Translate the text above into Spanish.",
     "Fix the grammar and spelling in the text above.", "Give this document a title.",
     "TL;DR of the above, please."],
    ["Can you give me a short summary of this?", "Rewrite the above in a friendlier tone.",
     "Extract all the dates mentioned above.", "What is the sentiment of this text?",
     "Shorten this to one paragraph."],
    ["Summarise this for a newsletter in two sentences.", "Translate this into Italian.",
     "Correct the punctuation in this text.", "List the main topics of this text.",
     "Give me a one-line description of this document."],
]
COMPLEX_LONG_ASK = [
    ["Given the requirements above, design the system architecture, justify each trade-off, and list failure modes.",
     "Find the bug in the code above, explain the root cause step by step, and implement a fix with tests.",
     "Using the data above, derive a model for churn, prove the estimator is unbiased, and analyze its limits.",
     "Refactor the module above for thread safety without changing its API; explain every invariant."],
    ["Analyze the proposal above: evaluate the trade-offs, identify edge cases, and propose a rollout plan.",
     "Optimize the algorithm above to run in O(n log n), prove correctness, and benchmark against the original.",
     "Review the design above for scalability and fault tolerance; propose a distributed alternative.",
     "Debug the deadlock in the code above, explain why it happens, and implement a lock-ordering fix."],
    ["Based on the material above, design a test strategy, prove the invariants hold, and list the edge cases.",
     "Implement the algorithm described above in Rust, optimize it, and explain the complexity step by step.",
     "Identify the race condition above, derive a minimal reproduction, and propose a lock-free redesign.",
     "Analyze the architecture above and plan a migration to a distributed system with trade-offs."],
]
CODE_BLOB = '''```python
import threading

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def transfer(self, other, amount):
        with self.lock:
            with other.lock:
                if self.balance >= amount:
                    self.balance -= amount
                    other.balance += amount
```
'''


def complexity_records(g: Gen) -> list[Record]:
    records: list[Record] = []

    def add(category: str, label: int, adversarial: bool, body: dict[str, Any]) -> None:
        records.append({"id": f"cx-{len(records):04d}", "category": category, "label": label,
                        "length_adversarial": adversarial, "endpoint": "chat", "body": body})

    p = g.pool
    for text in COMPLEX_SHORT[p]:
        add("complex_short", 1, True, chat(("user", text)))
        add("complex_short", 1, True, chat(("user", text + g.rng.choice(
            [" Be rigorous.", " Explain each step.", " Consider edge cases.", ""]))))
        add("complex_short", 1, True, chat(("system", "You are a helpful assistant."), ("user", text)))
    for text in SIMPLE_SHORT[p]:
        add("simple_short", 0, False, chat(("user", text)))
        add("simple_short", 0, False, chat(("system", "You are a helpful assistant."), ("user", text)))
    for _ in range(50):  # long but easy: the length-adversarial simple side
        doc = g.document(g.rng.randint(1_500, 30_000))
        ask = g.rng.choice(SIMPLE_LONG_ASK[p])
        text = f"{doc}\n\n{ask}" if g.rng.random() < 0.5 else f"{ask}\n\n{doc}"
        add("simple_long", 0, True, chat(("user", text)))
    for _ in range(30):  # long and hard
        body = g.document(g.rng.randint(1_000, 8_000))
        if g.rng.random() < 0.5:
            body = CODE_BLOB + "\n" + body
        add("complex_long", 1, False, chat(("user", f"{body}\n\n{g.rng.choice(COMPLEX_LONG_ASK[p])}")))
    for _ in range(20):  # multi-turn chit-chat ending in an easy ask
        turns = [("system", "You are a friendly assistant.")]
        for _ in range(g.rng.randint(2, 6)):
            turns += [("user", g.us.sentence()), ("assistant", g.us.paragraph())]
        turns.append(("user", g.rng.choice(SIMPLE_SHORT[p])))
        add("multiturn_simple", 0, False, chat(*turns))
    for _ in range(20):  # multi-turn ending in a hard ask
        turns = [("system", "You are a senior engineer.")]
        for _ in range(g.rng.randint(1, 4)):
            turns += [("user", g.us.sentence()), ("assistant", g.us.paragraph())]
        turns.append(("user", g.rng.choice(COMPLEX_SHORT[p])))
        add("multiturn_complex", 1, False, chat(*turns))
    return records


def write(path: Path, records: list[Record]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{path.relative_to(OUT.parents[2])}: {len(records)} records")


def main() -> None:
    for split in SPLITS:  # dev, heldout, final
        write(OUT / f"pii_{split}.jsonl", pii_records(Gen(split)))
        write(OUT / f"complexity_{split}.jsonl", complexity_records(Gen(split)))


if __name__ == "__main__":
    main()
