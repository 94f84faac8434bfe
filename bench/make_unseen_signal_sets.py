"""A fifth, independent generator of labelled signal sets: `pii_unseen.jsonl`, `complexity_unseen.jsonl`.

Written after the fixes the `sealed` split prompted (bench/make_sealed_signal_sets.py), sharing
no template, word list or value generator with the four other generators, and evaluated once
(bench/signals_eval.py --split unseen). What is new here: prompts written in Spanish, German,
French, Portuguese and Italian as well as English (a gateway's users do not all write English);
personal data in earlier turns and assistant turns of longer conversations and in app system
prompts; names with titles, particles, hyphens and apostrophes, and family-name-first order;
dates of birth in words; benign look-alikes that other generators lack (masked cards
"**** **** **** 4242", last-four digits, eponymous diseases and theorems, saints and places
named after people, product model numbers, non-English questions about public figures).
Names come from Faker locales none of the other generators uses; every other value from this
file's own code.

    python bench/make_unseen_signal_sets.py [--seed 24601]
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
NAME_LOCALES = ["es_CA", "it_CH", "mt_MT", "lb_LU", "de_LI", "fr_DZ", "en_TH", "en_MS", "de_LU", "fr_CH"]
TITLES = ["Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Sr.", "Sra.", "Herr", "Frau", "M.", "Mme"]


class Source:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fakers = []
        for i, locale in enumerate(NAME_LOCALES):
            fake = Faker(locale)
            fake.seed_instance(seed + 31 * i)
            self.fakers.append(fake)

    def name(self) -> tuple[str, str]:
        fake = self.rng.choice(self.fakers)
        first, last = fake.first_name(), fake.last_name()
        roll = self.rng.random()
        if roll < 0.1:
            last = f"{last}-{self.rng.choice(self.fakers).last_name()}"
        elif roll < 0.18:
            last = f"{self.rng.choice(['van der', 'de la', 'di', 'von', 'da', 'del'])} {last}"
        elif roll < 0.24:
            last = f"O'{last}"
        return first, last

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def phone(self) -> str:
        r, d = self.rng, self.d
        return r.choice([
            f"+34 6{d(2)} {d(3)} {d(3)}", f"6{d(2)} {d(2)} {d(2)} {d(2)}",  # ES mobile
            f"+39 3{d(2)} {d(3)} {d(4)}", f"3{d(2)} {d(7)}",  # IT mobile
            f"+351 9{d(2)} {d(3)} {d(3)}",  # PT mobile
            f"+49 (0)17{r.randint(0, 9)} {d(7)}", f"017{r.randint(0, 9)}/{d(7)}",  # DE mobile
            f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}", f"07 {d(2)} {d(2)} {d(2)} {d(2)}",  # FR mobile
            f"+1 {r.randint(201, 989)} {r.randint(201, 999)} {d(4)}", f"({r.randint(201, 989)}) {r.randint(201, 999)} {d(4)}",
            f"+44 (0) 20 {d(4)} {d(4)}", f"+52 55 {d(4)} {d(4)}", f"+57 3{d(2)} {d(3)} {d(4)}",
            f"+356 79{d(2)} {d(4)}", f"+352 621 {d(3)} {d(3)}", f"+41 7{r.randint(5, 9)} {d(3)} {d(2)} {d(2)}",
        ])

    def email(self, first: str, last: str) -> str:
        import unicodedata

        ascii_ = lambda t: "".join(c for c in unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()  # noqa: E731
                                   .lower() if c.isalnum())
        local = self.rng.choice([f"{ascii_(first)}.{ascii_(last)}", f"{ascii_(first)}{self.d(2)}",
                                 f"{ascii_(last)}.{ascii_(first)}+news"])
        domain = self.rng.choice(["telefonica.net", "libero.it", "sapo.pt", "orange.fr", "t-online.de", "gmx.ch",
                                  "melita.com", "pt.lu", "hotmail.es", "uol.com.br"])
        return self.rng.choice([local, local.upper() if self.rng.random() < 0.2 else local]) + "@" + domain

    def iban(self) -> str:
        country, shape = self.rng.choice([("ES", 20), ("IT", None), ("PT", 21), ("LU", 16), ("MT", None), ("LI", 17),
                                          ("BE", 12), ("FR", 23)])
        if country == "IT":
            bban = self.rng.choice(string.ascii_uppercase) + self.d(22)
        elif country == "MT":
            bban = "".join(self.rng.choice(string.ascii_uppercase) for _ in range(4)) + self.d(23)
        else:
            bban = self.d(shape)  # type: ignore[arg-type]
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        return self.rng.choice([raw, " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))])

    def card(self) -> str:
        prefix = self.rng.choice(["4", "4", "53", "55", "2" + str(self.rng.randint(221, 720)), "34", "37"])
        length = 15 if prefix in ("34", "37") else 16
        body = [int(c) for c in prefix] + [self.rng.randrange(10) for _ in range(length - len(prefix) - 1)]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x for i, x in enumerate(reversed(body)))
        n = "".join(map(str, body)) + str((10 - total % 10) % 10)
        if length == 15:
            return self.rng.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
        return self.rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])

    def ssn(self) -> str:
        a = self.rng.choice([x for x in range(1, 740) if x != 666])
        return f"{a:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def dob_words(self) -> str:
        day = self.rng.randint(1, 28)
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        month = self.rng.choice(["January", "March", "May", "July", "September", "November", "April", "June"])
        year = self.rng.randint(1945, 2007)
        return self.rng.choice([f"the {day}{suffix} of {month} {year}", f"{month} {day}{suffix}, {year}",
                                f"{day}/{self.rng.randint(1, 12)}/{year}"])


def conv(*turns: tuple[str, str]) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": r, "content": c} for r, c in turns]}


def pii_records(rng: random.Random, src: Source) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(category: str, entities: list[str], body: dict[str, Any]) -> None:
        out.append({"category": category, "sensitive": bool(entities), "entities": entities, "endpoint": "chat",
                    "body": body})

    for _ in range(40):  # other languages
        first, last = src.name()
        full, p, e = f"{first} {last}", src.phone(), src.email(first, last)
        kind, text = rng.choice([
            ("phone", f"¿Puedes escribir un mensaje para {first}? Su móvil es {p}."),
            ("phone", f"Bitte schreib eine kurze SMS an die Nummer {p}, dass ich später komme."),
            ("phone", f"Peux-tu rédiger un message pour le {p} ? Je serai en retard."),
            ("email", f"Manda un correo a {e} confirmando la reserva."),
            ("email", f"Schreib eine höfliche Absage an {e}."),
            ("email", f"Envie um e-mail para {e} sobre a fatura."),
            ("person", f"Scrivi una lettera di raccomandazione per {full}, che ha lavorato con noi due anni."),
            ("person", f"Sehr geehrter Herr {last}, vielen Dank für Ihre Bewerbung. Bitte formuliere den Rest."),
            ("person", f"Mi vecina {first} {last} necesita ayuda con la mudanza, ¿cómo se lo ofrezco?"),
            ("person", f"Bonjour Madame {last}, merci pour votre message. Continue la lettre."),
        ])
        add(f"lang_{kind}", [kind], conv(("user", text)))
    for _ in range(30):  # earlier turns, assistant turns, app system prompts
        first, last = src.name()
        full = f"{first} {last}"
        kind, body = rng.choice([
            ("phone", conv(("user", f"remember that the plumber's number is {src.phone()}"), ("assistant", "Got it."),
                           ("user", "what else should I ask him?"))),
            ("email", conv(("system", f"You are the booking assistant of {src.email(first, last)}."),
                           ("user", "book a table for two tomorrow"))),
            ("person", conv(("user", "who should sign the lease?"), ("assistant", f"The tenant, {full}, signs first."),
                            ("user", "and then?"))),
            ("credit_card", conv(("user", f"use card {src.card()} for the order"), ("assistant", "Done."),
                                 ("user", "what's the delivery time?"))),
            ("iban", conv(("system", f"Payouts go to {src.iban()}."), ("user", "when is the next payout?"))),
            ("person", conv(("system", f"You write emails on behalf of {rng.choice(TITLES)} {full}."),
                            ("user", "decline the meeting politely"))),
        ])
        add(f"context_{kind}", [kind], body)
    for _ in range(36):  # English, new phrasings
        first, last = src.name()
        full = f"{first} {last}"
        kind, text = rng.choice([
            ("person", f"{rng.choice(TITLES)} {full} will present the results on Thursday; draft the intro."),
            ("person", f"Family name first: {last.upper()} {first}. How should I address the envelope?"),
            ("person", f"Can you help me write a eulogy for my uncle, {full}?"),
            ("person", f"Hey {first}! Long time no see. Turn this into a more formal greeting."),
            ("phone", f"My mobile changed to {src.phone()}; please update my profile text."),
            ("ssn", f"The form asks for SSN ({src.ssn()}) and marital status. Which box is which?"),
            ("iban", f"Can you check this IBAN for typos: {src.iban()}"),
            ("credit_card", f"I typed {src.card()} and the site says invalid card. Why?"),
            ("DATE_OF_BIRTH", f"I was born on {src.dob_words()}, how many days until I turn 60?"),
            ("STREET_ADDRESS", f"Please send the invitation to Apt {rng.randint(1, 30)}B, {rng.randint(10, 990)} "
                               f"{rng.choice(['Maple', 'Linden', 'Harbor', 'Aspen', 'Cypress'])} "
                               f"{rng.choice(['Street', 'Avenue', 'Road', 'Lane', 'Drive'])}."),
            ("email", f"Is '{src.email(first, last)}' a valid email address format?"),
        ])
        add(f"en_{kind.lower()}", [kind], conv(("user", text)))

    benign: list[Callable[[], str]] = [
        lambda: f"My card **** **** **** {src.d(4)} was declined, what should I check?",
        lambda: f"the account ending in {src.d(4)} shows a pending charge, is that normal",
        lambda: "¿Quién fue Simón Bolívar y por qué es importante?",
        lambda: "Erkläre mir den Satz des Pythagoras mit einem Beispiel.",
        lambda: "Quels sont les symptômes précoces de la maladie de Parkinson ?",
        lambda: "What are early signs of Alzheimer's disease?",
        lambda: "explain Bayes' theorem with a medical test example",
        lambda: "is San José or Santa Cruz de Tenerife warmer in winter?",
        lambda: "why is the Abbey Road album cover so famous",
        lambda: f"Galaxy S{rng.randint(20, 25)} vs iPhone {rng.randint(13, 16)} battery life",
        lambda: f"model number WM{rng.randint(1000, 9999)}XW-{rng.randint(10, 99)} washer manual?",
        lambda: "Qual è la differenza tra Leonardo da Vinci e Michelangelo come pittori?",
        lambda: "O que é o teorema de Fermat?",
        lambda: "Wie funktioniert die Rentenversicherung in Deutschland?",
        lambda: "¿Cómo preparo una paella para seis personas?",
        lambda: "write a product description for a ceramic mug, 350 ml, dishwasher safe",
        lambda: f"the patch fixes bug #{rng.randint(1000, 99999)} and CVE-2023-{rng.randint(1000, 49999)}",
        lambda: f"lat/long {rng.uniform(35, 60):.5f},{rng.uniform(-10, 30):.5f} — which city is closest?",
        lambda: f"train ICE {rng.randint(500, 1999)} from Köln at {rng.randint(6, 22)}:{rng.randint(10, 59)}, connection to Basel?",
        lambda: f"{rng.randint(2, 40)} x {rng.randint(2, 40)} = ? and show long multiplication",
        lambda: "give me a 3-day itinerary for Lisbon",
        lambda: "what's the Newton–Raphson method, briefly",
        lambda: "Hey! Can you help me plan a birthday party for 10 kids?",
        lambda: "Dear all, the office is closed on Monday. Make this announcement warmer.",
        lambda: f"version {rng.randint(1, 5)}.{rng.randint(0, 40)}.{rng.randint(0, 9)} changelog summary please",
        lambda: "translate 'good luck with the exam' into Portuguese",
        lambda: "who won the Tour de France in 1998?",
        lambda: "recommend three books like One Hundred Years of Solitude",
    ]
    for _ in range(140):
        add("benign", [], conv(("user", rng.choice(benign)())))
    for i, record in enumerate(out):
        record["id"] = f"unseen-pii-{i:04d}"
    return out


EASY = ["hey there", "thx!!", "what's 9 + 10", "how do you say hello in german", "¿qué hora es en Madrid?",
        "is a whale a fish", "fix the spelling: tommorow", "what colour is a flamingo", "name a big cat",
        "wie viele Tage hat der Februar?", "what's the square root of 81", "who invented the telephone"]
HARD = ["prove that every finite integral domain is a field",
        "why does gradient descent converge for convex L-smooth functions? give the rate and proof",
        "design a globally consistent inventory system for flash sales with 100k orders per second",
        "implement Raft log compaction with snapshots and explain the safety argument",
        "Beweise, dass es unendlich viele Primzahlen gibt, und verallgemeinere auf arithmetische Folgen.",
        "derive the Navier-Stokes equations from conservation laws",
        "construct a counterexample showing that pointwise convergence doesn't preserve continuity, then fix it with uniform convergence",
        "how do you make a compacting garbage collector work with a moving, concurrent mutator?"]
CONTEXT = ["Shopping list: apples, oat milk, bread, eggs, coffee, rice, tomatoes, basil, cheese, lemons. ",
           "Our book club meets on the first Tuesday of each month at the library. This month we read a mystery "
           "novel set in Venice. Snacks are welcome. ",
           "La reunión empieza a las diez. Traigan el informe impreso y las notas de la última semana. "]
EASY_Q = ["how many items are there?", "sort alphabetically", "translate to english", "make it a numbered list",
          "what's the first item?", "bold the day of the week"]
HARD_Q = ["model this as an optimization problem and prove your algorithm is optimal",
          "find the hidden assumption, formalize it, and design an experiment that could falsify it",
          "turn this into a fault-tolerant distributed workflow and analyse every failure mode"]


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, int, bool, dict[str, Any]]] = []
    out += [("easy_short", 0, False, conv(("user", t))) for t in EASY]
    out += [("hard_short", 1, True, conv(("user", t))) for t in HARD]
    for _ in range(40):
        out.append(("easy_long", 0, True, conv(("user", f"{rng.choice(CONTEXT) * rng.randint(12, 50)}\n"
                                                         f"{rng.choice(EASY_Q)}"))))
    for _ in range(40):
        out.append(("hard_long", 1, False, conv(("user", f"{rng.choice(CONTEXT) * rng.randint(3, 15)}\n"
                                                          f"{rng.choice(HARD_Q)}"))))
    for _ in range(30):
        hard = rng.random() < 0.5
        turns = (("user", "we run a small SaaS on one postgres box"), ("assistant", "Understood."),
                 ("user", "plan a migration to multi-region active-active with conflict resolution and prove no "
                          "write is lost" if hard else "what's a good name for our status page?"))
        out.append(("multi_turn", int(hard), False, conv(*turns)))
    return [{"id": f"unseen-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": body} for i, (c, y, adv, body) in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=24601)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    src = Source(rng, args.seed)
    for name, records in (("pii_unseen.jsonl", pii_records(rng, src)),
                          ("complexity_unseen.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
