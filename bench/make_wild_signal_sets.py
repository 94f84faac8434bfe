"""A second, independent generator of labelled signal sets: `pii_wild.jsonl`, `complexity_wild.jsonl`.

bench/make_signal_sets.py builds its sets from one template pool and Faker. This file shares
nothing with it: hand-written real-world-style snippets (support tickets, chat messages, form
dumps, log lines, signatures, CSV rows, code with config), typed the way people type (lower case,
abbreviations, missing punctuation), and values from its own generators (Luhn-valid cards,
checksum-valid IBANs, phone numbers in a dozen written forms incl. extensions and unassigned area
codes, SSNs formatted and bare), names from its own international list. Labels come from
construction. It was written after the last signal change and is never used to tune anything:
bench/signals_eval.py --split wild reports it as it is.

    python bench/make_wild_signal_sets.py [--seed 20261203]
"""

from __future__ import annotations

import argparse
import json
import random
import string
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "data" / "signals"

FIRST = ["Aisha", "Tomás", "Ingrid", "Kwame", "Mei", "Dmitri", "Priya", "Rosa", "Hiroshi", "Fatima", "Liam", "Zofia",
         "Mateo", "Chloé", "Oluwaseun", "Anneke", "Ravi", "Siobhan", "Youssef", "Elena", "Jonas", "Thandiwe",
         "Carmen", "Nikolai", "Sunita", "Declan", "Ayumi", "Bogdan", "Leilani", "Rashid"]
LAST = ["Okonkwo", "Ruiz", "Bergström", "Mensah", "Zhang", "Volkov", "Raman", "Delgado", "Tanaka", "Haddad",
        "O'Sullivan", "Nowak", "Fernández", "Dubois", "Adeyemi", "de Vries", "Krishnan", "Gallagher", "Benali",
        "Petrova", "Lindqvist", "Dlamini", "Morales", "Sokolov", "Iyer", "Byrne", "Sato", "Popescu", "Kahale",
        "Siddiqui"]
RELATIONS = ["my sister", "my brother", "my mom", "our neighbour", "my landlord", "my coworker", "my friend",
             "my daughter", "my husband", "my wife", "my therapist", "our nanny", "my boss", "my cousin"]
STREETS = ["Birch Lane", "Harbor View Rd", "Maple Avenue", "Kingfisher Way", "Old Mill Road", "Cedar Court",
           "Juniper Street", "Lakeshore Drive", "Orchard Blvd", "Willow Terrace"]
CITIES = ["Springfield", "Portland", "Leeds", "Oakville", "Ballarat", "Galway", "Fresno", "Duluth"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "acme-corp.io", "uni-heidelberg.de", "fastmail.fm"]
PUBLIC = ["Barack Obama", "Marie Curie", "Taylor Swift", "Albert Einstein", "Serena Williams", "Elon Musk",
          "Angela Merkel", "Leonardo da Vinci", "Nelson Mandela", "Ada Lovelace"]


def luhn_card(rng: random.Random, prefix: str, length: int) -> str:
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def iban(rng: random.Random) -> str:
    country, bban = rng.choice([
        ("DE", "".join(rng.choice(string.digits) for _ in range(18))),
        ("GB", "NWBK" + "".join(rng.choice(string.digits) for _ in range(14))),
        ("FR", "".join(rng.choice(string.digits) for _ in range(23))),
        ("NL", "ABNA" + "".join(rng.choice(string.digits) for _ in range(10))),
    ])
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if rng.random() < 0.6 else raw


def phone(rng: random.Random) -> str:
    a, b, c = rng.randint(200, 999), rng.randint(200, 999), rng.randint(0, 9999)
    forms = [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}",
             f"({a}) {b}-{c:04d} x{rng.randint(10, 9999)}", f"{a}-{b}-{c:04d} ext. {rng.randint(1, 999)}",
             f"+44 20 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}", f"+49 30 {rng.randint(1000000, 9999999)}",
             f"+61 4{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
             f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"]
    return rng.choice(forms)


def ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d}{group:02d}{serial:04d}",
                       f"{area:03d} {group:02d} {serial:04d}", "078-05-1120", "123-45-6789"])


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sloppy(rng: random.Random, text: str) -> str:
    """How people type: sometimes all lower case, sometimes no final punctuation."""
    if rng.random() < 0.3:
        text = text.lower() if not any(ch.isdigit() for ch in text[:3]) else text
    if rng.random() < 0.3:
        text = text.rstrip(".!?")
    return text


def pii_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, bool, list[str], str]] = []
    for _ in range(25):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        mail = f"{first.lower()[0]}{''.join(ch for ch in last.lower() if ch.isalpha())}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        out.append(("email", True, ["email"], rng.choice([
            f"hey can u forward the slides to {mail} thx",
            f"Ticket #{rng.randint(10000, 99999)}: customer says password reset mail never arrives at {mail}",
            f"mailto:{mail}?subject=invoice",
            f"new signup,{mail},2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)},trial"])))
    for _ in range(30):
        p = phone(rng)
        out.append(("phone", True, ["phone"], rng.choice([
            f"pls call me back on {p} after 5",
            f"Contact: {p}", f"if nobody answers try {p}",
            f"Support log 14:02 caller left number {p}, wants refund",
            f"whatsapp me {p}"])))
    for _ in range(20):
        s = ssn(rng)
        out.append(("ssn", True, ["ssn"], rng.choice([
            f"my ssn is {s} for the tax form", f"SSN: {s}", f"Applicant SSN {s} - verify with employer",
            f"social security no. {s}, DOB on file", f"can you check if ssn {s} is valid format?"])))
    for _ in range(20):
        brand = rng.choice([("4", 16), ("51", 16), ("37", 15), ("6011", 16)])
        card = luhn_card(rng, *brand)
        shown = " ".join(card[i:i + 4] for i in range(0, len(card), 4)) if rng.random() < 0.5 else card
        out.append(("credit_card", True, ["credit_card"], rng.choice([
            f"charge it to {shown} exp 08/27", f"card number {shown} got declined twice today??",
            f"Payment method: {shown}"])))
    for _ in range(15):
        out.append(("iban", True, ["iban"], rng.choice([
            f"please wire the deposit to {iban(rng)} by friday", f"IBAN {iban(rng)} (Kontoinhaber see contract)",
            f"refund to acct {iban(rng)}"])))
    for _ in range(35):
        n, rel = name(rng), rng.choice(RELATIONS)
        first = n.split()[0]
        out.append(("person", True, ["person"], rng.choice([
            f"{rel} {first} keeps forgetting her meds, how do I help",
            f"write a birthday message for {rel} {n}",
            f"{n}, who lives at {rng.randint(2, 980)} {rng.choice(STREETS)}, hasn't paid rent",
            f"Best regards,\n{n}\nSenior Analyst",
            f"Dear {n}, thanks for your application.",
            f"Name: {n}\nRole: contractor\nStart: Monday"])))
    for _ in range(15):
        out.append(("address", True, ["STREET_ADDRESS"], rng.choice([
            f"ship to {rng.randint(2, 980)} {rng.choice(STREETS)}, {rng.choice(CITIES)}",
            f"new address: {rng.randint(2, 980)} {rng.choice(STREETS)} apt {rng.randint(1, 40)}"])))
    for _ in range(15):
        out.append(("dob", True, ["DATE_OF_BIRTH"], rng.choice([
            f"DOB: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2005)}",
            f"patient born {rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, allergic to latex",
            f"date of birth {rng.randint(1, 28)} March {rng.randint(1950, 2005)}"])))
    benign = [
        lambda: f"What did {rng.choice(PUBLIC)} say about education?",
        lambda: f"summarize {rng.choice(PUBLIC)}'s most important work in 3 bullets",
        lambda: f"Order #A-{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)} still shows 'processing', why?",
        lambda: f"tracking number 1Z{rng.randint(100, 999)}AA1{rng.randint(100000000, 999999999)} not updating",
        lambda: f"upgrade from v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} broke my build",
        lambda: f"commit {''.join(rng.choice('0123456789abcdef') for _ in range(40))} introduced the regression",
        lambda: f"request id {''.join(rng.choice('0123456789abcdef') for _ in range(8))}-"
                f"{''.join(rng.choice('0123456789abcdef') for _ in range(4))}-4abc-9def-"
                f"{''.join(rng.choice('0123456789abcdef') for _ in range(12))} failed",
        lambda: f"server {rng.randint(10, 192)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)} "
                f"refuses connections on port {rng.choice([22, 443, 5432, 8080])}",
        lambda: f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)} "
                f"ERROR worker-{rng.randint(1, 16)} timeout after {rng.randint(100, 9000)}ms",
        lambda: f"ISBN 978-{rng.randint(0, 1)}-{rng.randint(100, 999)}-{rng.randint(10000, 99999)}-{rng.randint(0, 9)} out of stock?",
        lambda: f"invoice INV-2024-{rng.randint(100000, 999999)} total ${rng.randint(10, 9999)}.{rng.randint(10, 99)}",
        lambda: f"HTTP {rng.choice([400, 401, 403, 404, 500, 502])} from the payments API since {rng.randint(1, 12)}pm",
        lambda: f"flight UA {rng.randint(100, 2999)} delayed {rng.randint(20, 300)} min, rebook options?",
        lambda: f"room {rng.randint(100, 1299)} projector broken again",
        lambda: f"what's the zip code format in Canada vs {rng.randint(10000, 99999)} in the US",
        lambda: "how do i center a div in css",
        lambda: "explain the difference between TCP and UDP like im 5",
        lambda: f"convert {rng.randint(1, 500)} km to miles",
        lambda: f"PID {rng.randint(1000, 99999)} uses 100% cpu, how to debug",
        lambda: f"error 0x{rng.randint(0x80000000, 0x8FFFFFFF):08X} when installing updates",
    ]
    for _ in range(120):
        out.append(("benign", False, [], rng.choice(benign)()))
    records = []
    for i, (category, sensitive, entities, text) in enumerate(out):
        text = sloppy(rng, text)
        records.append({"id": f"wild-pii-{i:04d}", "category": category if sensitive else f"benign", "sensitive": sensitive,
                        "entities": entities, "endpoint": "chat",
                        "body": {"model": "auto", "messages": [{"role": "user", "content": text}]}})
    return records


EASY_SHORT = ["whats the capital of australia", "translate 'good morning' to german", "fix typo: recieve",
              "give me 3 synonyms for happy", "how many ounces in a cup", "is tomato a fruit", "spell necessary",
              "what day is christmas 2025", "make this sound nicer: send the file now", "define photosynthesis",
              "lol thanks", "convert 30c to f", "list 5 dog breeds", "who wrote hamlet", "round 3.14159 to 2 dp"]
HARD_SHORT = ["prove sqrt(2) is irrational", "design a consensus protocol tolerant to byzantine faults",
              "derive the gradient of softmax cross-entropy", "why does quicksort degrade to O(n^2) and how to prevent it",
              "implement an LRU cache with O(1) ops in rust, thread-safe",
              "show that every bounded monotone sequence converges",
              "architect a multi-region postgres setup with failover under 30s",
              "find the race condition: two goroutines append to one slice",
              "estimate the expected number of coin flips to get 3 heads in a row, with proof",
              "optimize this sql: select * from orders where date(created_at)=today() on 200M rows"]
FILLER = ("The quarterly newsletter covers the office move, the new coffee machine, a reminder about the "
          "parking rules, the summer party date, the book club pick, and a thank-you to the facilities team. ")
CODE = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n"


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, int, bool, str]] = []
    for t in EASY_SHORT:
        out.append(("easy_short", 0, False, sloppy(rng, t)))
    for t in HARD_SHORT:
        out.append(("hard_short", 1, True, sloppy(rng, t)))  # short but hard: length-adversarial
    for _ in range(40):  # long but easy: a pasted document with a trivial ask
        doc = FILLER * rng.randint(6, 30)
        ask = rng.choice(["fix the typos pls", "translate this to spanish", "summarize in one line",
                          "make it shorter", "what's the date of the party?", "extract all the dates"])
        out.append(("easy_long", 0, True, rng.choice([f"{doc}\n\n{ask}", f"{ask}:\n\n{doc}"])))
    for _ in range(40):  # long and hard: real context plus a demanding ask
        doc = (CODE * rng.randint(3, 12)) if rng.random() < 0.5 else FILLER * rng.randint(3, 10)
        ask = rng.choice([
            "refactor this into a streaming implementation that handles backpressure, and write unit tests",
            "analyze the failure modes of this design and propose a migration plan with rollback",
            "prove the invariant holds for every iteration and derive the complexity",
            "design a distributed version of this that scales to 10k nodes; explain the trade-offs"])
        out.append(("hard_long", 1, False, f"{doc}\n\n{ask}"))
    for _ in range(40):  # medium chat-style, both labels
        hard = rng.random() < 0.5
        if hard:
            t = rng.choice(["hey so i need to build a rate limiter for our api gateway, redis-backed, sliding window, "
                            "must survive redis failover. how would you architect it and what are the edge cases?",
                            "can you walk me through proving that dijkstra is correct with negative edges excluded, "
                            "step by step, then explain why it fails with them",
                            "we keep getting deadlocks between the billing worker and the invoice job in postgres. "
                            "how do i find the root cause and fix it without downtime?"])
        else:
            t = rng.choice(["can you rewrite this email so it sounds friendlier: 'the report is late. send it.'",
                            "whats a good name for a cat that is orange and lazy",
                            "pls turn this into bullet points: eggs milk bread apples",
                            "how do you say thank you very much in japanese"])
        out.append(("chat", int(hard), False, sloppy(rng, t)))
    return [{"id": f"wild-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": {"model": "auto", "messages": [{"role": "user", "content": t}]}}
            for i, (c, y, adv, t) in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for name, records in (("pii_wild.jsonl", pii_records(rng)), ("complexity_wild.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
