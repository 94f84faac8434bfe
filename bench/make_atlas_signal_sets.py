"""A sixth, independent generator of labelled signal sets: `pii_atlas.jsonl`, `complexity_atlas.jsonl`.

Written after the round-4 recognizer changes (greetings, appositive roles, world name lists,
SURNAME Given, broadened public figures, decimals), sharing no template, word list or value
generator with the five other generators, and evaluated once (bench/signals_eval.py --split
atlas). What is new here:

- artefacts none of the others writes: meeting transcripts with timestamps and speaker labels,
  git commit trailers and code-review threads, calendar invites (iCalendar text), shipping
  labels and invoices, clinical referral letters, affidavits and court dockets, HR reference
  checks, social-media posts, spreadsheet formulas, SQL inserts, log lines of web apps;
- prompts in Dutch, Swedish, Polish, Turkish, Indonesian, Vietnamese, Swahili, Tagalog and
  Hungarian (no other generator writes these languages);
- names typed by hand here from eighteen naming traditions that no Faker locale drives
  (Icelandic patronymics, Hungarian and East Asian family-name-first order, Vietnamese, Korean
  and Japanese given names, Yoruba, Igbo, Kikuyu, Amharic, Tamil initials, Arabic nasab with
  "bin" and "Al-", Filipino "Ma." and "Dela", Turkish dotless i, Polish diacritics, Greek and
  Cyrillic script, Indonesian mononyms);
- phones in Japanese, Korean, Nigerian, Kenyan, Turkish, Indonesian, Philippine, Vietnamese,
  Swedish, Polish, Dutch and Brazilian forms, `tel:` links; IBANs of NL, SE, PL, TR, SA, AE, NO,
  DK, FI, GR, RO and HR; JCB, Discover, Diners and UnionPay cards;
- benign look-alikes of other kinds: git SHAs, UUIDs, MAC addresses, VINs, container numbers,
  EAN-13 barcodes, flight numbers, ISO-8601 and epoch-millisecond timestamps, DMS coordinates,
  SWIFT/BIC codes, place names that hold a person's name, eponymous diseases, questions about
  public figures typed from memory here (not from the shipped list), greetings to nobody.

    python bench/make_atlas_signal_sets.py [--seed 605413]
"""

from __future__ import annotations

import argparse
import json
import random
import string
from pathlib import Path
from typing import Any, Callable

OUT = Path(__file__).resolve().parent / "data" / "signals"

# (given names, family names, how the tradition writes a full name)
TRADITIONS: dict[str, tuple[list[str], list[str], str]] = {
    "icelandic": (["Guðrún", "Sigríður", "Þórdís", "Einar", "Ragnheiður", "Snorri", "Bjarkey", "Hallgrímur"],
                  ["Jónsdóttir", "Magnúsdóttir", "Þorsteinsson", "Gunnarsson", "Sigurðardóttir", "Kristjánsson"],
                  "given_family"),
    "hungarian": (["Eszter", "Zsófia", "Bence", "Levente", "Csilla", "Gergely", "Réka", "Ákos"],
                  ["Nagy", "Kovács", "Szabó", "Tóth", "Varga", "Horváth", "Farkas", "Balogh"], "family_given"),
    "chinese": (["Xiuying", "Wei", "Jiahao", "Yuting", "Zhiwei", "Meiling", "Haoran", "Shuang"],
                ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu", "Guo"], "family_given"),
    "vietnamese": (["Thị Lan", "Văn Minh", "Ngọc Anh", "Thanh Hương", "Quốc Bảo", "Minh Châu"],
                   ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"], "family_given"),
    "korean": (["Ji-hoon", "Seo-yeon", "Min-jun", "Ha-eun", "Do-yun", "Ye-jin"],
               ["Park", "Choi", "Jung", "Kang", "Yoon", "Jang"], "family_given"),
    "japanese": (["Yui", "Haruto", "Sakura", "Ren", "Aoi", "Sota", "Hinata", "Yuki"],
                 ["Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saito", "Matsumoto"], "given_family"),
    "yoruba": (["Oluwaseun", "Adebayo", "Folasade", "Temitope", "Olumide", "Ayodele"],
               ["Adeyemi", "Ogunleye", "Akinola", "Balogun", "Oyelaran", "Adewale"], "given_family"),
    "igbo": (["Chiamaka", "Obinna", "Ngozi", "Chukwuemeka", "Ifeoma", "Nnamdi"],
             ["Okonkwo", "Eze", "Nwosu", "Okafor", "Obi", "Anyanwu"], "given_family"),
    "kikuyu": (["Wanjiku", "Kamau", "Njeri", "Mwangi", "Wambui", "Kariuki"],
               ["Njoroge", "Gitau", "Wainaina", "Mugo", "Kimani", "Ndung'u"], "given_family"),
    "amharic": (["Abebe", "Tigist", "Selamawit", "Dawit", "Meron", "Yohannes"],
                ["Bekele", "Tesfaye", "Haile", "Gebremedhin", "Alemu", "Wolde"], "given_family"),
    "tamil": (["Senthil", "Kavitha", "Karthik", "Priyanka", "Murugan", "Lakshmi"],
              ["Subramanian", "Ramasamy", "Krishnan", "Venkatesan", "Palaniappan", "Arumugam"], "tamil"),
    "arabic": (["Khalid", "Fatimah", "Omar", "Noura", "Yousef", "Huda"],
               ["Al-Harbi", "Al-Qahtani", "Al-Mansouri", "Al-Shehri", "Al-Zahrani", "Al-Otaibi"], "nasab"),
    "filipino": (["Ma. Cristina", "Jose Miguel", "Rowena", "Jericho", "Maricel", "Danilo"],
                 ["Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Dimaculangan", "Macaraeg"], "given_family"),
    "turkish": (["Ayşe", "Yıldız", "Emre", "Çağla", "Barış", "Gökhan", "İlknur", "Şule"],
                ["Yıldırım", "Öztürk", "Çelik", "Aydın", "Kılıç", "Doğan", "Şahin"], "given_family"),
    "polish": (["Małgorzata", "Grzegorz", "Jędrzej", "Bożena", "Wojciech", "Żaneta"],
               ["Wiśniewska", "Wójcik", "Kamiński", "Zieliński", "Szymańska", "Woźniak"], "given_family"),
    "greek": (["Γιώργος", "Ελένη", "Δημήτρης", "Κατερίνα"], ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου"],
              "given_family"),
    "russian": (["Алексей", "Ольга", "Дмитрий", "Наталья"], ["Смирнов", "Кузнецова", "Попов", "Соколова"],
                "given_family"),
    "indonesian": (["Wulandari", "Sutrisno", "Purnomo", "Rahmawati", "Setiawan", "Kurniasih"], [], "mononym"),
}
# typed from memory for the benign questions; none taken from gateway/signals/data
PUBLIC_FIGURES = ["Wangari Maathai", "Haruki Murakami", "Frida Kahlo", "Sun Yat-sen", "Nelson Mandela",
                  "Rabindranath Tagore", "Ibn Battuta", "Hypatia", "Ada Lovelace", "Kemal Atatürk",
                  "Lech Wałęsa", "Vigdís Finnbogadóttir", "Chinua Achebe", "José Rizal", "Ho Chi Minh",
                  "Sukarno", "Julius Nyerere", "Marie Curie", "Jorge Luis Borges", "Yuri Gagarin",
                  "Sejong the Great", "Mansa Musa", "Hatshepsut", "Avicenna", "Tupac Amaru II", "Björk",
                  "Bob Marley", "Miriam Makeba", "Katalin Karikó", "Greta Thunberg", "Roald Amundsen",
                  "Ferenc Puskás", "Emil Zátopek", "Wisława Szymborska", "Nikola Tesla", "Mustafa Kemal",
                  "Toussaint Louverture", "Policarpa Salavarrieta", "Akira Kurosawa", "Jomo Kenyatta", "Confucius"]


class Source:
    """Every value this generator writes: names by tradition, and its own number formats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> tuple[str, str, str]:
        """(given, family, full name as that tradition writes it)."""
        tradition = self.rng.choice(sorted(TRADITIONS))
        givens, families, order = TRADITIONS[tradition]
        given = self.rng.choice(givens)
        if order == "mononym":
            return given, "", given
        family = self.rng.choice(families)
        if order == "family_given":
            return given, family, f"{family} {given}"
        if order == "tamil":
            return given, family, self.rng.choice([f"{family[0]}. {given}", f"{given} {family}"])
        if order == "nasab":
            father = self.rng.choice(["Saeed", "Abdullah", "Ibrahim", "Hamad"])
            return given, family, f"{given} bin {father} {family}"
        return given, family, f"{given} {family}"

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def phone(self) -> str:
        r, d = self.rng, self.d
        return r.choice([
            f"090-{d(4)}-{d(4)}", f"+81 80 {d(4)} {d(4)}",  # JP mobile
            f"010-{d(4)}-{d(4)}", f"+82 10 {d(4)} {d(4)}",  # KR mobile
            f"+234 803 {d(3)} {d(4)}", f"0803 {d(3)} {d(4)}",  # NG
            f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}",  # KE
            f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0 (5{d(2)}) {d(3)} {d(2)} {d(2)}",  # TR
            f"+62 812-{d(4)}-{d(4)}", f"0812 {d(4)} {d(4)}",  # ID
            f"+63 917 {d(3)} {d(4)}", f"0917-{d(3)}-{d(4)}",  # PH
            f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}",  # VN
            f"07{r.choice('0236')}-{d(3)} {d(2)} {d(2)}", f"+46 7{r.choice('0236')} {d(3)} {d(2)} {d(2)}",  # SE
            f"+48 5{d(2)} {d(3)} {d(3)}", f"5{d(2)}-{d(3)}-{d(3)}",  # PL
            f"06-{d(8)}", f"+31 6 {d(4)} {d(4)}",  # NL
            f"+55 11 9{d(4)}-{d(4)}", f"(11) 9{d(4)}-{d(4)}",  # BR
            f"tel:+2547{d(8)}",
        ])

    def email(self, given: str, family: str) -> str:
        import unicodedata

        def plain(t: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
                           if c.isalnum())
        g, f = plain(given) or "user", plain(family) or self.d(3)
        local = self.rng.choice([f"{g}_{f}", f"{g[0]}{f}{self.d(2)}", f"{f}.{g}", f"{g}+{self.rng.choice(['hr', 'bank', 'x'])}"])
        domain = self.rng.choice(["yahoo.co.jp", "naver.com", "gmail.com", "yandex.ru", "wp.pl", "ziggo.nl",
                                  "telia.se", "safaricom.co.ke", "outlook.co.id", "fpt.vn", "ttmail.com.tr",
                                  "uni-lagos.edu.ng", "globe.com.ph", "freemail.hu", "simnet.is"])
        return local + "@" + domain

    def iban(self) -> str:
        r, d = self.rng, self.d
        country, bban = r.choice([
            ("NL", "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + d(10)), ("SE", d(20)), ("PL", d(24)),
            ("TR", d(5) + "0" + d(16)), ("SA", d(2) + d(18)), ("AE", d(3) + d(16)), ("NO", d(11)), ("DK", d(14)),
            ("FI", d(14)), ("GR", d(7) + d(16)), ("RO", "".join(r.choice(string.ascii_uppercase) for _ in range(4))
                                                + d(16)), ("HR", d(17)),
        ])
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        return r.choice([raw, " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)), raw.lower()])

    def card(self) -> str:
        prefix, length, groups = self.rng.choice([("35", 16, (4, 4, 4, 4)), ("6011", 16, (4, 4, 4, 4)),
                                                  ("36", 14, (4, 6, 4)), ("62", 16, (4, 4, 4, 4)),
                                                  ("4", 16, (4, 4, 4, 4)), ("51", 16, (4, 4, 4, 4))])
        body = [int(c) for c in prefix] + [self.rng.randrange(10) for _ in range(length - len(prefix) - 1)]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x for i, x in enumerate(reversed(body)))
        n = "".join(map(str, body)) + str((10 - total % 10) % 10)
        parts, at = [], 0
        for g in groups:
            parts.append(n[at:at + g])
            at += g
        return self.rng.choice([" ".join(parts), n, "-".join(parts)])

    def ssn(self) -> str:
        a = self.rng.choice([x for x in range(1, 900) if x != 666])
        g, s = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        return self.rng.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}"])


def _nth(i: int, options: list[Any]) -> Any:
    """Templates in turn, so each is drawn equally often (values stay random)."""
    return options[i % len(options)]


def chat(*turns: tuple[str, str]) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": r, "content": c} for r, c in turns]}


def pii_records(rng: random.Random, src: Source) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(category: str, entities: list[str], body: dict[str, Any]) -> None:
        out.append({"category": category, "sensitive": bool(entities), "entities": entities, "endpoint": "chat",
                    "body": body})

    def ts() -> str:
        return f"{rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"

    for i in range(70):  # artefacts pasted into a prompt (every template equally often)
        given, family, full = src.person()
        other = src.person()[2]
        kind, text = _nth(i, [
            ("person", f"[{ts()}] {full}: I can take the vendor review.\n[{ts()}] Host: thanks!\n"
                       f"Write minutes with action items from this transcript."),
            ("email", f"fix: retry uploads on 503\n\nCo-authored-by: {full} <{src.email(given, family)}>\n"
                      f"rewrite this commit message in imperative mood"),
            ("email", f"BEGIN:VEVENT\nSUMMARY:Quarterly sync\nATTENDEE;CN=Team:mailto:{src.email(given, family)}\n"
                      f"END:VEVENT\nwhat time zone is this invite in?"),
            ("phone", f"SHIP TO\n{full}\nUnit 4, Dock Road\nTEL {src.phone()}\n---\nis this label complete?"),
            ("person", f"Referral letter\nRe: {full}, 54-year-old, persistent cough for 6 weeks.\n"
                       f"Summarise for the pulmonology clinic."),
            ("person", f"I, {full}, of the city of Leeds, make oath and say as follows:\n"
                       f"turn this affidavit opening into plain English"),
            ("person", f"Reference check notes — candidate {full}: punctual, strong SQL, left on good terms. "
                       f"Turn into a short paragraph."),
            ("phone", f"=HYPERLINK(\"tel:{src.phone().removeprefix('tel:')}\", \"call\")  why does this formula show #VALUE?"),
            ("email", f"INSERT INTO users (email, plan) VALUES ('{src.email(given, family)}', 'pro'); "
                      f"is this SQL injection safe?"),
            ("iban", f"Invoice 2291 — bank details: {src.iban()} (BIC NDEANOKK). Write a payment reminder."),
            ("credit_card", f"2024-11-03T10:22:01Z WARN payment declined pan={src.card()} reason=do_not_honor\n"
                            f"what does do_not_honor mean?"),
            ("person", f"Docket 23-CV-0192: {full} v. Harborline Logistics Ltd. Summarise the claim type."),
            ("person", f"review comment by {full}: 'rename this variable'. reply politely that it's fixed"),
            ("person", f"{full} and {other} both applied for the lead role. Draft a neutral comparison template."),
        ])
        add(f"artefact_{kind}", [kind], chat(("user", text)))
    for i in range(45):  # languages no other generator writes
        given, family, full = src.person()
        p, e = src.phone(), src.email(given, family)
        kind, text = _nth(i, [
            ("person", f"Schrijf een bedankbriefje aan {full} voor de hulp bij de verhuizing."),
            ("phone", f"Kun je een sms opstellen voor {p}? Ik ben tien minuten te laat."),
            ("person", f"Skriv ett kort tack till {full} för presentationen i går."),
            ("email", f"Skicka ett mejl till {e} och bekräfta mötet på fredag."),
            ("person", f"Napisz uprzejmą odmowę do {full} w sprawie oferty pracy."),
            ("phone", f"Mój nowy numer to {p}, zaktualizuj proszę podpis w mailu."),
            ("person", f"{full} adlı müşteriye gecikme için bir özür e-postası yaz."),
            ("email", f"Lütfen {e} adresine faturayı tekrar gönder."),
            ("person", f"Tolong buatkan surat rekomendasi untuk {full}, karyawan kami selama tiga tahun."),
            ("phone", f"Nomor WhatsApp saya {p}, tolong masukkan ke formulir."),
            ("person", f"Viết thư cảm ơn gửi {full} vì đã hỗ trợ dự án."),
            ("person", f"Andika ujumbe mfupi kwa {full} kumshukuru kwa msaada wake."),
            ("phone", f"Tafadhali piga simu {p} kesho asubuhi."),
            ("person", f"Pakisulat ng maikling pasasalamat para kay {full}."),
            ("person", f"Írj egy rövid köszönőlevelet {full} részére a segítségért."),
        ])
        add(f"lang_{kind}", [kind], chat(("user", text)))
    for i in range(48):  # conversations, tools, system prompts, social posts
        given, family, full = src.person()
        kind, body = _nth(i, [
            ("person", chat(("user", f"my flatmate {given} keeps leaving dishes, how do I bring it up?"))),
            ("person", chat(("system", f"You are the personal assistant of {full}. Be brief."),
                            ("user", "what's on today?"))),
            ("phone", chat(("user", "save my emergency contact"), ("assistant", "Sure, what's the number?"),
                           ("user", src.phone()))),
            ("ssn", chat(("user", f"the W-2 shows SSN {src.ssn()} but mine ends differently, who do I call?"))),
            ("ssn", chat(("user", f"ssn {src.ssn()} dob 1990 — fill the tax form fields for me"))),
            ("credit_card", chat(("user", "pay with my other card"), ("assistant", "Which card?"),
                                 ("user", f"{src.card()} exp 08/29"))),
            ("iban", {"model": "auto", "messages": [{"role": "user", "content": "set up the supplier payout"}],
                      "tools": [{"type": "function", "function": {
                          "name": "create_payout", "description": f"Default account {src.iban()}",
                          "parameters": {"type": "object", "properties": {"amount": {"type": "number"}}}}}]}),
            ("email", {"model": "auto", "messages": [
                {"role": "user", "content": "invite the new hire"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {
                    "name": "send_invite", "arguments": json.dumps({"to": src.email(given, family)})}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "sent"},
                {"role": "user", "content": "great, what's next?"}]}),
            ("person", chat(("user", f"Tweet draft: huge congrats to {full} on the new job!! 🎉 make it punchier"))),
            ("person", chat(("user", f"Happy birthday {given}! 🎂 — can you make this card message longer?"))),
            ("phone", chat(("user", f"Post: lost dog near the market, call {src.phone()} if found. fix grammar"))),
            ("person", chat(("user", f"Can you proofread the wedding toast for {full} and her partner?"))),
        ])
        add(f"context_{kind}", [kind], body)

    figure = lambda: rng.choice(PUBLIC_FIGURES)  # noqa: E731
    benign: list[Callable[[], str]] = [
        lambda: f"Who was {figure()} and what are they known for?",
        lambda: f"Wie was {figure()}? Geef drie feiten.",
        lambda: f"Kim był {figure()}? Krótko, proszę.",
        lambda: f"Write a haiku inspired by {figure()}.",
        lambda: f"git revert {''.join(rng.choice('0123456789abcdef') for _ in range(40))} — what will this undo?",
        lambda: f"request id {rng.getrandbits(128):032x} failed, how do I search it in Kibana?",
        lambda: ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6)) + " — which vendor owns this MAC prefix?",
        lambda: f"decode this VIN: 1HG{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(14))}",
        lambda: f"container MSCU{src.d(7)} is delayed at Rotterdam, what are typical causes?",
        lambda: f"barcode {src.d(13)} — how do I check an EAN-13 check digit?",
        lambda: f"flight KL{rng.randint(100, 1999)} lands at {rng.randint(6, 23)}:{rng.randint(10, 59)}, "
                f"enough time to connect to the 21:40 train?",
        lambda: f"convert 17{src.d(11)} epoch milliseconds to ISO-8601",
        lambda: f"log at 2025-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:1{rng.randint(0, 9)}"
                f":22.{src.d(3)}Z says 'cache miss', is that bad?",
        lambda: f"{rng.randint(10, 80)}°{rng.randint(10, 59)}′{rng.randint(10, 59)}″N "
                f"{rng.randint(10, 170)}°{rng.randint(10, 59)}′E — what country is that?",
        lambda: "is the BIC DEUTDEFF the same as a SWIFT code?",
        lambda: "Plan two days in St. Petersburg and one in Port Elizabeth.",
        lambda: "Is Lake Victoria bigger than Lake Titicaca?",
        lambda: "What is the difference between Hodgkin and non-Hodgkin lymphoma?",
        lambda: "Explain Asperger's syndrome in simple terms.",
        lambda: "Hello everyone! Quick poll: tabs or spaces? Write a fun intro.",
        lambda: "Hey! Can you suggest a name for my sourdough starter?",
        lambda: f"sum of {rng.randint(100000, 999999)} and {rng.randint(100000, 999999)}?",
        lambda: f"the ratio is 0.{src.d(7)}, round it to 3 significant figures",
        lambda: f"set PYTHONHASHSEED={rng.randint(0, 4294967295)} — does that make runs reproducible?",
        lambda: "Schrijf een korte uitleg over de Nederlandse spelling van 'ij'.",
        lambda: "Jak ugotować pierogi ruskie dla czterech osób?",
        lambda: "Türkiye'de en iyi kış tatili yerleri nereler?",
        lambda: "Apa perbedaan antara kopi luwak dan kopi biasa?",
        lambda: "Habari! Nieleze kuhusu historia ya Zanzibar.",
        lambda: f"sort these: v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}, "
                f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc1, v10.0.0",
    ]
    for _ in range(150):
        add("benign", [], chat(("user", rng.choice(benign)())))
    for i, record in enumerate(out):
        record["id"] = f"atlas-pii-{i:04d}"
    return out


EASY = ["thanks a lot!", "what's 12 times 12", "spell 'necessary'", "is Oslo in Norway", "how many legs has a spider",
        "Hoe laat is het in Tokio?", "what day comes after Tuesday", "capital of Kenya?", "translate 'dank je' to English",
        "give me a synonym for happy", "what's the plural of mouse", "is 17 prime"]
HARD = ["prove that the halting problem is undecidable and explain why diagonalisation is essential",
        "design a CRDT for collaborative rich-text editing and argue convergence under concurrent deletes",
        "derive the Black-Scholes PDE from a replicating portfolio argument",
        "show that a bipartite graph has a perfect matching iff Hall's condition holds",
        "explain how to make a lock-free hash map resize safely under concurrent inserts, with a proof sketch",
        "analyse the amortised cost of splay tree operations using the access lemma",
        "Bewijs dat de reeks 1/n^2 convergeert en bepaal de som met Fourier-analyse.",
        "design a multi-tenant rate limiter that stays fair across regions with 200 ms replication lag"]
PASTES = ["Packing list: tent, two sleeping bags, stove, gas canister, headlamp, water filter, map, snacks. ",
          "Minutes: the garden committee agreed to repaint the shed and to buy new watering cans in spring. ",
          "Recipe notes: soak the beans overnight, rinse, simmer with bay leaf for one hour, salt at the end. "]
EASY_ASKS = ["count the lines", "make it uppercase", "which item comes first?", "add bullet points",
             "translate it into Dutch", "remove the last sentence"]
HARD_ASKS = ["formalise this as a constraint satisfaction problem and prove the solver you choose is complete",
             "derive the optimal schedule under uncertainty and prove it minimises expected cost",
             "design a provably consistent replicated store that could hold this data across three regions"]


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    out: list[tuple[str, int, bool, dict[str, Any]]] = []
    out += [("easy_short", 0, False, chat(("user", t))) for t in EASY]
    out += [("hard_short", 1, True, chat(("user", t))) for t in HARD]
    for _ in range(45):
        out.append(("easy_long", 0, True, chat(("user", f"{rng.choice(PASTES) * rng.randint(15, 60)}\n"
                                                          f"{rng.choice(EASY_ASKS)}"))))
    for _ in range(45):
        out.append(("hard_long", 1, False, chat(("user", f"{rng.choice(PASTES) * rng.randint(2, 12)}\n"
                                                           f"{rng.choice(HARD_ASKS)}"))))
    for _ in range(40):
        hard = rng.random() < 0.5
        turns = (("user", "I'm building a booking app for a small ferry company"), ("assistant", "Sounds fun."),
                 ("user", "design overbooking control with cancellations and prove no seat is sold twice under "
                          "concurrent checkouts" if hard else "suggest a friendly colour for the buttons"))
        out.append(("multi_turn", int(hard), False, chat(*turns)))
    return [{"id": f"atlas-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": body} for i, (c, y, adv, body) in enumerate(out)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=605413)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    src = Source(rng)
    for name, records in (("pii_atlas.jsonl", pii_records(rng, src)), ("complexity_atlas.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
