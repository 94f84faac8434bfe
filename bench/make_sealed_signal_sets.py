"""A fourth, independent generator of labelled signal sets: `pii_sealed.jsonl`, `complexity_sealed.jsonl`.

The `blind` split (bench/make_blind_signal_sets.py) was looked at once and prompted recognizer
fixes; this generator was written after those fixes, shares no template, word list or value
generator with the three others, and its split is evaluated once (bench/signals_eval.py --split
sealed). Texts are situations rather than artefacts: support-chat transcripts with speaker
labels, WhatsApp exports, HR / insurance / school / travel paperwork (an airline's
SURNAME/FIRSTNAME), classified ads, forum questions, and code or ops snippets. Phone numbers come from
libphonenumber's example numbers of 24 regions with their digits re-drawn, kept only when
still valid, written in its national, international and E.164 forms; IBANs from a second own
BBAN table (other countries than `blind`); cards as printed or keyed; SSNs; names from 19 Faker
locales none of the other generators uses. Labels come from construction; benign prompts hold
public figures, landmarks, citations, code identifiers and numbers of every kind.

    python bench/make_sealed_signal_sets.py [--seed 8675309]
"""

from __future__ import annotations

import argparse
import json
import random
import string
import unicodedata
from pathlib import Path
from typing import Any, Callable

import phonenumbers
from faker import Faker

OUT = Path(__file__).resolve().parent / "data" / "signals"
NAME_LOCALES = ["no_NO", "is_IS", "et_EE", "lv_LV", "sl_SI", "sq_AL", "bs_BA", "az_AZ", "tl_PH", "sw", "zu_ZA",
                "ha_NG", "ig_NG", "tw_GH", "en_BD", "fr_BE", "nl_BE", "es_CL", "uz_UZ"]
PHONE_REGIONS = ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "IT", "PT", "SE", "NO", "DK",
                 "PL", "IN", "AU", "NZ", "ZA", "NG", "KE", "PH"]
FORMATS = [phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
           phonenumbers.PhoneNumberFormat.E164]
# country -> BBAN (n digit, a upper-case letter); other countries than the blind generator's
BBANS = {"DE": "n" * 18, "FR": "n" * 23, "GB": "aaaa" + "n" * 14, "NL": "aaaa" + "n" * 10, "AT": "n" * 16,
         "DK": "n" * 14, "NO": "n" * 11, "SE": "n" * 20, "IE": "aaaa" + "n" * 14, "LU": "n" * 16,
         "CZ": "n" * 20, "SI": "n" * 15, "EE": "n" * 16, "LV": "aaaa" + "n" * 13, "GR": "n" * 23,
         "CY": "n" * 24, "MT": "aaaa" + "n" * 23}


class Draw:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fakers = []
        for i, locale in enumerate(NAME_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed * 7 + i)
            self.fakers.append(fake)

    def person(self) -> tuple[str, str]:
        fake = self.rng.choice(self.fakers)
        return fake.first_name(), fake.last_name()

    def phone(self) -> str:
        while True:
            region = self.rng.choice(PHONE_REGIONS)
            kind = self.rng.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            national = str(example.national_number)
            keep = max(2, len(national) // 3)
            redrawn = national[:keep] + "".join(self.rng.choice(string.digits) for _ in national[keep:])
            number = phonenumbers.parse(f"+{example.country_code}{redrawn}")
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, self.rng.choice(FORMATS))

    def iban(self) -> str:
        country = self.rng.choice(sorted(BBANS))
        bban = "".join(self.rng.choice(string.digits if c == "n" else string.ascii_uppercase) for c in BBANS[country])
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        return self.rng.choice([raw, " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))])

    def card(self) -> str:
        prefix, length = self.rng.choice([("4", 16), ("5" + str(self.rng.randint(1, 5)), 16), ("37", 15),
                                          ("6011", 16), ("4", 16)])
        body = [int(c) for c in prefix] + [self.rng.randrange(10) for _ in range(length - len(prefix) - 1)]
        total = sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d for i, d in enumerate(reversed(body)))
        number = "".join(map(str, body)) + str((10 - total % 10) % 10)
        if length == 15:
            return self.rng.choice([number, f"{number[:4]} {number[4:10]} {number[10:]}"])
        return self.rng.choice([number, " ".join(number[i:i + 4] for i in range(0, 16, 4))])

    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(100, 772) if a != 666])
        return self.rng.choice([f"{area}-{self.rng.randint(10, 99)}-{self.rng.randint(1000, 9999)}",
                                f"{area}{self.rng.randint(10, 99)}{self.rng.randint(1000, 9999)}"])

    def email(self, first: str, last: str) -> str:
        plain = lambda t: "".join(c for c in unicodedata.normalize("NFKD", t).encode("ascii", "ignore")  # noqa: E731
                                  .decode().lower() if c.isalnum())
        local = self.rng.choice([f"{plain(first)}.{plain(last)}", f"{plain(last)}{self.rng.randint(1, 99)}",
                                 f"{plain(first)[:1]}.{plain(last)}"])
        return f"{local}@{self.rng.choice(['online.no', 'abv.bg', 'seznam.cz', 'wp.pl', 'inbox.lv', 'mail.ee', 'me.com', 'aol.com', 'outlook.fr', 'uct.ac.za'])}"

    def dob(self) -> str:
        y, m, d = self.rng.randint(1950, 2006), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}/{m:02d}/{d:02d}", f"{m}-{d}-{y}"])


def user(text: str) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": "user", "content": text}]}


def pii_records(rng: random.Random, dr: Draw) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(category: str, entities: list[str], text_or_body: str | dict[str, Any]) -> None:
        body = user(text_or_body) if isinstance(text_or_body, str) else text_or_body
        out.append({"category": category, "sensitive": bool(entities), "entities": entities, "endpoint": "chat",
                    "body": body})

    for _ in range(30):
        first, last = dr.person()
        p = dr.phone()
        add("phone", ["phone"], rng.choice([
            f"[03/11/24, 18:02] {first}: new number {p}\n[03/11/24, 18:03] me: ok\nwhat did {first} send?",
            f"Agent: can I have a callback number?\nCustomer: sure it's {p}\nAgent: thanks\nsummarize this chat",
            f"selling my bike, 150 obo, serious buyers only {p}. make this ad catchier",
            f"Emergency contact phone: {p}\nRelationship: brother\nis this form complete?",
            f"the clinic left a voicemail from {p}, should I call back today or wait?",
        ]))
    for _ in range(26):
        first, last = dr.person()
        e = dr.email(first, last)
        add("email", ["email"], rng.choice([
            f"Agent: which email is on the account?\nCustomer: {e}\nAgent: found it\nwrite the ticket summary",
            f"post this on the club page: questions? write to {e} before sunday",
            f"I keep getting bounce messages when mailing {e}, what does 550 5.1.1 mean",
            {"model": "auto", "messages": [{"role": "system", "content": f"You draft replies for {e}."},
                                           {"role": "user", "content": "reply yes to the last invite"}]},
        ]))
    for _ in range(40):
        first, last = dr.person()
        add("person", ["person"], rng.choice([
            f"[03/11/24, 09:14] {first} {last}: are we still on for dinner?\nsuggest a reply",
            f"Claim form\nPolicyholder: {first} {last}\nIncident: hail damage to roof\nwrite the claim description",
            f"my son's teacher, {first} {last}, asked for a meeting. how do I prepare?",
            f"write a recommendation letter for {first} {last}, who interned with us for six months",
            f"Passenger {last.upper()}/{first.upper()} MR, seat 14C. what does this boarding pass line mean?",
            f"Employee: {first} {last}\nStart date: 1 March\nManager approval: yes\ncreate an onboarding checklist",
            f"we're naming the new conference room after {first} {last}, our founder's late wife. suggest a plaque text",
            f"Agent: Thank you for calling, this is {first}. How can I help?\nturn this into a script template",
        ]))
    for _ in range(18):
        add("credit_card", ["credit_card"], rng.choice([
            f"Customer: my card {dr.card()} was charged twice\nAgent: checking\nwrite the refund note",
            f"is it safe to email my card number {dr.card()} to the hotel for the deposit?",
            f"Card: {dr.card()}  Exp: 04/28  CVV: {rng.randint(100, 999)} -- which field is the security code?",
        ]))
    for _ in range(18):
        add("ssn", ["ssn"], rng.choice([
            f"Employee onboarding\nSSN: {dr.ssn()}\nW-4 status: single\nwhat else do I need for payroll?",
            f"the credit bureau has my ssn as {dr.ssn()} but one digit is wrong, how do I dispute",
            f"Social Security number {dr.ssn()} - why would the DMV ask for this?",
        ]))
    for _ in range(18):
        add("iban", ["iban"], rng.choice([
            f"Customer: please refund to {dr.iban()}\nAgent: noted\ndraft the confirmation",
            f"my landlord wants the deposit on {dr.iban()}, is that a german bank?",
            f"Payee IBAN: {dr.iban()}\nReference: rent march\ncheck this transfer form",
        ]))
    for _ in range(12):
        add("dob", ["DATE_OF_BIRTH"], rng.choice([
            f"Traveller details\nDate of birth: {dr.dob()}\nNationality: NO\nwhat visa do I need for Japan?",
            f"my daughter's birthday is {dr.dob()}, what school year does that put her in?",
            f"DOB {dr.dob()} - is this person old enough to rent a car in the US?",
        ]))
    for _ in range(12):
        n = rng.randint(2, 9999)
        street = rng.choice(["Oakridge Drive", "Mill Creek Road", "Sunset Boulevard", "Hawthorne Lane", "Elm Court",
                             "Baker Street", "Garden Terrace", "Bay View Avenue"])
        add("address", ["STREET_ADDRESS"], rng.choice([
            f"Customer: the parcel should go to {n} {street}\nAgent: updated\nwrite the note",
            f"I live at {n} {street} and the noise from the bar is unbearable, write a complaint to the council",
            f"Policyholder address: {n} {street}, Tulsa OK\nsummarize the claim",
        ]))

    public = ["Serena Williams", "Neil Armstrong", "Marie Curie", "Nelson Mandela", "Taylor Swift", "Ada Lovelace",
              "Cristiano Ronaldo", "Stephen Hawking", "Angela Merkel", "Leonardo da Vinci"]
    hexs = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
    benign: list[Callable[[], str]] = [
        lambda: f"how did {rng.choice(public)} change their field? 3 bullets",
        lambda: f"quote something {rng.choice(public)} actually said, with the source",
        lambda: "what does John 3:16 say?",
        lambda: f"explain 42 U.S.C. § {rng.randint(1981, 2000)} in plain words",
        lambda: f"solve x^2 + {rng.randint(2, 9)}x - {rng.randint(2, 30)} = 0",
        lambda: f"cron */{rng.randint(2, 30)} * * * * runs how often?",
        lambda: f"docker pull nginx@sha256:{hexs(64)} fails with manifest unknown",
        lambda: f"arn:aws:iam::{rng.randint(100000000000, 999999999999)}:role/deploy cannot assume role, why",
        lambda: f"s3://analytics-{rng.randint(100, 999)}/raw/2024/{rng.randint(1, 12):02d}/ is empty after the job",
        lambda: f"Agent: Thank you for contacting support. How can I help?\nCustomer: my order #{rng.randint(100000, 999999)} "
                f"is late\nsummarize",
        lambda: f"[03/11/24, 09:{rng.randint(10, 59)}] me: running late\nhow do I export a whatsapp chat?",
        lambda: f"the bus leaves at {rng.randint(5, 11)}:{rng.randint(10, 59)} and arrives {rng.randint(12, 22)}:"
                f"{rng.randint(10, 59)}, how long is the ride",
        lambda: f"temperature dropped from {rng.randint(-10, 10)}°C to {rng.randint(-30, -11)}°C overnight, is that normal in Oslo?",
        lambda: f"my steps today: {rng.randint(1000, 30000)}, calories {rng.randint(1200, 3500)}. am I active enough",
        lambda: f"part no. {rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)} "
                f"fits which dishwasher model?",
        lambda: f"chords for the song: Am F C G, capo {rng.randint(1, 7)} - transpose to E",
        lambda: f"H2SO4 + 2 NaOH -> Na2SO4 + 2 H2O: balance check and explain",
        lambda: f"Lakers won {rng.randint(90, 130)}-{rng.randint(80, 129)}, write a two-line recap",
        lambda: f"the Eiffel Tower is {rng.randint(300, 330)} m tall, how many floors would that be",
        lambda: "what's the difference between a Roth IRA and a 401(k)",
        lambda: "Customer: hi\nAgent: hello, how can I help?\nCustomer: just checking opening hours\nclassify the intent",
        lambda: f"postgres://app:{hexs(6)}@db.internal:5432/prod refuses connections, checklist?",
        lambda: "write a polite out-of-office message for the holidays",
        lambda: "is Lake Bled worth a day trip from Ljubljana?",
        lambda: f"ticket PROJ-{rng.randint(100, 9999)} blocked by PROJ-{rng.randint(100, 9999)}, write a status update",
        lambda: f"my IQ test said {rng.randint(90, 140)}, what does that percentile mean",
        lambda: f"{rng.randint(1, 12)}/{rng.randint(1, 28)} is our launch date, write a countdown tweet",
        lambda: "summarize the causes of World War I for a 10 year old",
        lambda: "how do I tell my landlord the heating is broken, polite but firm",
        lambda: f"Plate number {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
                f"{rng.randint(10, 99)} {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}"
                f"{rng.choice(string.ascii_uppercase)} what country format is this?",
    ]
    for _ in range(140):
        add("benign", [], rng.choice(benign)())
    for i, record in enumerate(out):
        record["id"] = f"sealed-pii-{i:04d}"
    return out


EASY_SHORT = ["yo", "thank you so much!", "what is 12 x 12", "opposite of 'ancient'", "how do you spell receipt",
              "which is bigger, a kilo or a pound", "what day comes after tuesday", "name a fruit that is yellow",
              "translate 'dog' to spanish", "how many legs does a spider have", "is pluto a planet",
              "what's the boiling point of water in f", "define 'ubiquitous'", "who painted the mona lisa"]
HARD_SHORT = ["prove that sqrt(3) is irrational and generalize to non-square n",
              "why is the travelling salesman problem NP-hard? reduction please",
              "design a CRDT for collaborative text editing and prove convergence",
              "derive the Kalman filter update equations",
              "how would you detect and recover from split brain in a 3-node cluster?",
              "prove the master theorem case 2",
              "write a type checker for the simply typed lambda calculus in OCaml",
              "explain why Bellman-Ford detects negative cycles, with proof",
              "design rate limiting for 1M rps across 40 regions with global quotas",
              "show that a bipartite graph has no odd cycles and the converse"]
LONG_DOCS = ["Dear neighbours, the summer street party is on Saturday. Please bring a dish to share, chairs if you "
             "have them, and keep the road clear of cars from noon. Music ends at ten. ",
             "Release notes: fixed a crash when opening large files, improved dark mode contrast, updated "
             "translations for Polish and Greek, and the settings page now remembers the last tab. ",
             "Day 1: arrive in Porto, walk along the river, dinner at a small tasca. Day 2: train to the Douro "
             "valley, vineyard tour, back by evening. Day 3: Livraria Lello and the market. "]
EASY_TASKS = ["what's the date mentioned?", "shorten to one sentence", "put this in all caps",
              "add an emoji to the end", "which day has the vineyard?", "make it sound more cheerful",
              "list the nouns in the first sentence", "does it mention music?"]
HARD_TASKS = ["identify every race condition this design allows and give a formally verified alternative",
              "derive the asymptotic complexity, then prove a matching lower bound",
              "design a randomized controlled trial that would test this claim and compute the needed sample size",
              "rewrite as a distributed, fault-tolerant service; analyse the CAP trade-offs and the failure modes"]
SNIPPET = ("def transfer(a, b, amt):\n    if a.balance >= amt:\n        a.balance -= amt\n        b.balance += amt\n"
           "# called from many threads without locks\n")
CLAIM = "Sales rose 20% the month we changed the logo, so the new logo caused the increase. "


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, int, bool, dict[str, Any]]] = []
    out += [("easy_short", 0, False, user(t)) for t in EASY_SHORT]
    out += [("hard_short", 1, True, user(t)) for t in HARD_SHORT]
    for _ in range(40):
        doc = rng.choice(LONG_DOCS) * rng.randint(10, 45)
        out.append(("easy_long", 0, True, user(f"{doc}\n\n{rng.choice(EASY_TASKS)}")))
    for _ in range(40):
        doc = rng.choice([SNIPPET * rng.randint(2, 10), CLAIM * rng.randint(3, 15), rng.choice(LONG_DOCS) * 3])
        out.append(("hard_long", 1, False, user(f"{rng.choice(HARD_TASKS)}:\n\n{doc}")))
    for _ in range(36):
        hard = rng.random() < 0.5
        text = rng.choice([
            "Customer: our checkout service times out under load only on fridays\nAgent: what changed?\nCustomer: "
            "nothing we know of. how do we find the root cause systematically and fix it for good?",
            "I'm building a recommendation engine with implicit feedback, 50M users. how do I choose between ALS and "
            "two-tower models, and how do I evaluate offline without leaking the future?",
        ] if hard else [
            "Customer: hi, what time do you close today?\nAgent: 6pm\nCustomer: thanks!\nsummarize in 5 words",
            "give me a cute name for a goldfish",
            "help me word a thank-you text to my neighbour for watering plants",
        ])
        out.append(("chat", int(hard), False, user(text)))
    return [{"id": f"sealed-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": body} for i, (c, y, adv, body) in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=8675309)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    draw = Draw(rng, args.seed)
    for name, records in (("pii_sealed.jsonl", pii_records(rng, draw)),
                          ("complexity_sealed.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
