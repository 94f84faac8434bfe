"""A seventh, independent generator of labelled signal sets: `pii_mosaic.jsonl`, `complexity_mosaic.jsonl`.

Written after the round-5 recognizer changes (name slots, non-Latin scripts, romanized Faker
names, partial public-figure forms, barcodes), sharing no template, word list or value generator
with the six other generators, and evaluated once (bench/signals_eval.py --split mosaic). New here:

- artefacts none of the others writes: e-mail headers, voicemail transcripts, LaTeX and Markdown
  front matter, library hold slips, memorial notices, seating charts, receipts, Slack exports
  (speaker line without a colon), team rosters, parcel notices, prescriptions, remittance advice,
  CODEOWNERS files, bibliography entries, onboarding checklists, forwarded SMS;
- prompts in Finnish, Romanian, Czech, Catalan, Malay, Afrikaans, Croatian, Lithuanian, Estonian
  and Welsh (no other generator writes these languages);
- names typed by hand here from traditions and forms atlas does not use and that Faker's
  locales do not drive (Māori, Samoan, Hawaiian, Welsh "ap", Irish "Ó"/"Ní"/"Mac", Basque, Somali
  three-part names, Wolof, Shona, Malagasy, Mongolian with a patronymic initial, Kazakh, Pashtun
  "-zai", Sikh "Singh"/"Kaur" + clan, Kerala two initials, Thai romanized, Quechua/Aymara,
  English double-barrelled; Georgian, Armenian and Hebrew script); rendered in several forms:
  "Given Family", "FAMILY, Given", all capitals, all lower case, a middle initial, a nickname;
- phones of FI, RO, CZ, IL, ZA, NZ, SG, MY, AR, CL, EG, PK; IBANs of CZ, LT, LV, EE, BG, SK, SI,
  IS, IL, QA, KW, PK; Amex 4-6-5, Mastercard 2-series, Mir, RuPay, 19-digit Maestro;
- benign look-alikes of other kinds: ISBNs, DOIs, parcel tracking numbers, CIDR blocks, IPv6,
  hex colours, chess moves, HS tariff codes, grouped population figures, lottery draws; names
  that are not people (Bible verses, storms, ships, cocktails, dishes, laws, units, fictional
  characters, streets) and public figures typed from memory here (none read from the shipped list).

    python bench/make_mosaic_signal_sets.py [--seed 731902]
"""

from __future__ import annotations

import argparse
import json
import random
import string
from pathlib import Path
from typing import Any, Callable

OUT = Path(__file__).resolve().parent / "data" / "signals"

# tradition -> (given names, family names, order); typed by hand, none from Faker or from atlas
NAMES: dict[str, tuple[list[str], list[str], str]] = {
    "maori": (["Aroha", "Tama", "Hine", "Wiremu", "Mereana", "Rawiri", "Ngaio", "Tipene"],
              ["Te Whare", "Ngata", "Parata", "Tawhai", "Horomona", "Te Rangi"], "gf"),
    "samoan": (["Sefo", "Malia", "Tavita", "Lupe", "Iosefa", "Salote"],
               ["Faleolo", "Tuilagi", "Leota", "Sapolu", "Fuimaono", "Aiono"], "gf"),
    "hawaiian": (["Keoni", "Leilani", "Kalani", "Noelani", "Makoa", "Kainoa"],
                 ["Kahananui", "Kealoha", "Kamakau", "Kanahele", "Nakoa"], "gf"),
    "welsh": (["Rhiannon", "Gethin", "Eluned", "Dafydd", "Cerys", "Iolo"],
              ["ap Gruffydd", "Prydderch", "Llewelyn", "ap Rhys", "Vaughan", "Bowen"], "gf"),
    "irish": (["Aoife", "Donncha", "Siobhán", "Caoimhe", "Tadhg", "Niamh"],
              ["Ó Súilleabháin", "Nic Giolla Bhríde", "Mac Cárthaigh", "Ní Bhriain", "Ó Dónaill"], "gf"),
    "basque": (["Ane", "Iker", "Maialen", "Unai", "Nerea", "Gorka"],
               ["Etxeberria", "Goikoetxea", "Urrutia", "Arrieta", "Zubizarreta", "Agirre"], "gf"),
    "somali": (["Hodan", "Abdirahman", "Faadumo", "Warsame", "Ayaan", "Cabdi"],
               ["Farah Jama", "Nur Hassan", "Cabdullaahi Maxamed", "Xuseen Cali", "Guuleed Aadan"], "gf"),
    "wolof": (["Fatou", "Mamadou", "Aïssatou", "Cheikh", "Ndeye", "Ousmane"],
              ["Ndiaye", "Diop", "Faye", "Gueye", "Mbaye", "Thiam"], "gf"),
    "shona": (["Tendai", "Rufaro", "Tatenda", "Nyasha", "Farai", "Chipo"],
              ["Chikwanha", "Mutasa", "Zvobgo", "Makoni", "Chinotimba", "Mhlanga"], "gf"),
    "malagasy": (["Haingo", "Rivo", "Tahina", "Fanja", "Mamy", "Hery"],
                 ["Rakotondrabe", "Andriamanantena", "Razafindrakoto", "Rasoanaivo", "Randrianarisoa"], "gf"),
    "mongolian": (["Bat-Erdene", "Oyunchimeg", "Gantulga", "Enkhjargal", "Temuulen", "Saruul"],
                  ["Tsogtbaatar", "Batbayar", "Ganbold", "Dorjsuren", "Altankhuyag"], "patronymic"),
    "kazakh": (["Aigerim", "Nurlan", "Aruzhan", "Yerlan", "Daulet", "Zhanar"],
               ["Nurpeisova", "Zhakupov", "Sarsenbayeva", "Tokhtarov", "Abenov", "Kassymova"], "gf"),
    "pashtun": (["Zarghuna", "Naqibullah", "Palwasha", "Wahidullah", "Spogmai", "Shinwari"],
                ["Stanikzai", "Ahmadzai", "Popalzai", "Mohmand", "Durrani"], "gf"),
    "sikh": (["Harpreet", "Gurleen", "Jaswinder", "Manpreet", "Simranjit", "Navdeep"],
             ["Singh Sandhu", "Kaur Dhillon", "Singh Grewal", "Kaur Gill", "Singh Brar"], "gf"),
    "kerala": (["Anjali", "Sreejith", "Vishnu", "Aswathy", "Nithin", "Divya"],
               ["Thekkedath", "Pallikkara", "Kunnathur", "Puthenveettil", "Edakkara"], "initials"),
    "thai": (["Somchai", "Nattaya", "Kittipong", "Siriporn", "Anan", "Pimchanok"],
             ["Srisuwan", "Chaiyaporn", "Wongsakul", "Rattanakorn", "Sukprasert"], "gf"),
    "andean": (["Wayra", "Kusi", "Inti", "Killa", "Amaru", "Sisa"],
               ["Mamani", "Quispe", "Condori", "Huanca", "Choque", "Ticona"], "gf"),
    "double_barrelled": (["Imogen", "Rupert", "Araminta", "Piers", "Tabitha", "Crispin"],
                         ["Fotheringham-Smythe", "Ponsonby-Lane", "Carrington-Ward", "Beaumont-Hale"], "gf"),
    "georgian": (["ნინო", "გიორგი", "თამარ", "ლევან"], ["ბერიძე", "კაპანაძე", "ჯავახიშვილი"], "gf"),
    "armenian": (["Անի", "Արամ", "Նարե", "Տիգրան"], ["Պետրոսյան", "Հակոբյան", "Սարգսյան"], "gf"),
    "hebrew": (["נועה", "איתי", "תמר", "אורי"], ["כהן", "לוי", "מזרחי", "פרץ"], "gf"),
}
NICKNAMES = ["Bubbles", "Tank", "Sunny", "Doc", "Pip", "Moose"]
# typed from memory for the benign questions; none read from gateway/signals/data
FIGURES = ["Simone de Beauvoir", "Kofi Annan", "Indira Gandhi", "Pablo Neruda", "Srinivasa Ramanujan",
           "Alan Turing", "Grace Hopper", "Tim Berners-Lee", "Linus Torvalds", "Serena Williams", "Usain Bolt",
           "Jacinda Ardern", "Angela Merkel", "Ellen Johnson Sirleaf", "Aung San Suu Kyi", "Rosalind Franklin",
           "Dmitri Mendeleev", "Fyodor Dostoevsky", "Gabriela Mistral", "Wole Soyinka", "Hayao Miyazaki",
           "Oscar Niemeyer", "Salvador Allende", "Benazir Bhutto", "Edmund Hillary", "Tenzing Norgay",
           "Fridtjof Nansen", "Ibn Khaldun", "Omar Khayyam", "Genghis Khan", "Queen Liliuokalani",
           "Mary Seacole", "Emmeline Pankhurst", "Antoni Gaudí", "Jean Sibelius", "Václav Havel",
           "Mihai Eminescu", "Tove Jansson", "Lech Walesa", "Desmond Tutu"]
NOT_PEOPLE = ["John 3:16", "Hurricane Katrina", "the Queen Mary 2", "a Tom Collins", "Eggs Benedict",
              "Beef Wellington", "Murphy's law", "the Kelvin scale", "Crohn's disease", "Elizabeth Bennet",
              "Atticus Finch", "Martin Luther King Jr. Boulevard", "the Gini coefficient", "a Shirley Temple",
              "the Mandelbrot set", "Halley's Comet"]


class Values:
    """Every value this generator writes: names in several written forms, numbers in new formats."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def d(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def name(self) -> tuple[str, str, str]:
        """(given, family, the full name in this tradition's order)."""
        given_names, families, order = NAMES[self.rng.choice(sorted(NAMES))]
        given, family = self.rng.choice(given_names), self.rng.choice(families)
        if order == "patronymic":
            return given, family, self.rng.choice([f"{family[0]}. {given}", f"{given} {family}"])
        if order == "initials":
            return given, family, f"{family[0]}. {self.rng.choice('KPRSMV')}. {given}"
        return given, family, f"{given} {family}"

    def styled(self) -> tuple[str, str, str]:
        """A full name in one of the forms people write it: plain, FAMILY-comma-given, capitals,
        lower case, a middle initial, a nickname."""
        given, family, full = self.name()
        style = self.rng.choice(["plain", "plain", "comma", "caps", "lower", "initial", "nick"])
        if style == "comma":
            full = f"{family}, {given}"
        elif style == "caps":
            full = full.upper()
        elif style == "lower":
            full = full.lower()
        elif style == "initial":
            full = f"{given} {self.rng.choice(string.ascii_uppercase)}. {family}"
        elif style == "nick":
            full = f"{given} '{self.rng.choice(NICKNAMES)}' {family}"
        return given, family, full

    def phone(self) -> str:
        d = self.d
        return self.rng.choice([
            f"+358 40 {d(3)} {d(4)}", f"040 {d(3)} {d(4)}",  # FI
            f"+40 72{d(1)} {d(3)} {d(3)}", f"07{d(2)}.{d(3)}.{d(3)}",  # RO
            f"+420 60{d(1)} {d(3)} {d(3)}",  # CZ
            f"+972 52-{d(3)}-{d(4)}", f"052-{d(3)}-{d(4)}",  # IL
            f"+27 82 {d(3)} {d(4)}", f"082 {d(3)} {d(4)}",  # ZA
            f"021 {d(3)} {d(4)}", f"+64 21 {d(3)} {d(4)}",  # NZ
            f"+65 9{d(3)} {d(4)}",  # SG
            f"+60 12-{d(3)} {d(4)}", f"012-{d(3)} {d(4)}",  # MY
            f"+54 9 11 {d(4)}-{d(4)}",  # AR
            f"+56 9 {d(4)} {d(4)}",  # CL
            f"+20 10 {d(4)} {d(4)}",  # EG
            f"+92 300 {d(7)}", f"0300-{d(7)}",  # PK
        ])

    def email(self, given: str, family: str) -> str:
        import unicodedata

        def ascii_of(t: str) -> str:
            return "".join(c for c in unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
                           if c.isalnum())
        g, f = ascii_of(given) or f"u{self.d(4)}", ascii_of(family) or self.d(4)
        local = self.rng.choice([f"{g}{f[:3]}", f"{f}-{g[0]}", f"{g}.{self.d(4)}", f"{f}{g}"])
        return local + "@" + self.rng.choice(["xtra.co.nz", "seznam.cz", "elisanet.fi", "yahoo.ro", "mweb.co.za",
                                              "walla.co.il", "singnet.com.sg", "tm.net.my", "fibertel.com.ar",
                                              "inbox.lt", "hot.ee", "eircom.net", "mail.kz"])

    def iban(self) -> str:
        r, d = self.rng, self.d

        def letters(n: int) -> str:
            return "".join(r.choice(string.ascii_uppercase) for _ in range(n))
        country, bban = r.choice([
            ("CZ", d(20)), ("LT", d(16)), ("LV", letters(4) + d(13)), ("EE", d(16)), ("BG", letters(4) + d(6)
                                                                                          + d(8)),
            ("SK", d(20)), ("SI", d(15)), ("IS", d(22)), ("IL", d(19)), ("QA", letters(4) + d(21)),
            ("KW", letters(4) + d(22)), ("PK", letters(4) + d(16)),
        ])
        check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        return r.choice([raw, " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)),
                         "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))])

    def card(self) -> str:
        prefix, length, groups = self.rng.choice([
            ("37", 15, (4, 6, 5)), ("34", 15, (4, 6, 5)), ("2221", 16, (4, 4, 4, 4)), ("2720", 16, (4, 4, 4, 4)),
            ("2200", 16, (4, 4, 4, 4)), ("6521", 16, (4, 4, 4, 4)), ("6759", 19, (4, 4, 4, 4, 3))])
        body = [int(c) for c in prefix] + [self.rng.randrange(10) for _ in range(length - len(prefix) - 1)]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x for i, x in enumerate(reversed(body)))
        digits = "".join(map(str, body)) + str((10 - total % 10) % 10)
        parts, at = [], 0
        for g in groups:
            parts.append(digits[at:at + g])
            at += g
        return self.rng.choice([" ".join(parts), digits])

    def ssn(self) -> str:
        area = self.rng.choice([x for x in range(1, 900) if x != 666])
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"


def _turn(i: int, options: list[Any]) -> Any:
    return options[i % len(options)]


def body(*turns: tuple[str, str | None]) -> dict[str, Any]:
    return {"model": "auto", "messages": [{"role": r, "content": c} for r, c in turns]}


def pii_records(rng: random.Random, v: Values) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def add(category: str, entities: list[str], request: dict[str, Any]) -> None:
        out.append({"category": category, "sensitive": bool(entities), "entities": entities, "endpoint": "chat",
                    "body": request})

    for i in range(72):  # documents and artefacts
        given, family, full = v.styled()
        other = v.styled()[2]
        year = rng.randint(1931, 1960)
        kind, text = _turn(i, [
            ("email", f"From: {full} <{v.email(given, family)}>\nSubject: lunch Thursday?\n\nsummarise this email"),
            ("phone", f"Voicemail (0:42): hi it's {given.lower()}, calling about the boiler, ring me back on "
                      f"{v.phone()}. thanks\n-- tidy up this transcript"),
            ("person", f"\\author{{{full}}}\n\\title{{Notes on sheaves}}\nwhy does this preamble fail to compile?"),
            ("person", f"---\nauthor: {full}\ndate: 2025-03-02\ntags: [garden]\n---\nconvert this front matter to TOML"),
            ("person", f"HOLD FOR: {family.upper()}, {given}\nPICKUP BY 14 MAY\nwhat does this library slip mean?"),
            ("person", f"In loving memory of {full} ({year}–2024). Help me write a short eulogy for the service."),
            ("person", f"Table 6: {full} & {other}\nTable 7: the neighbours from number 9\nsort the seating chart"),
            ("person", f"RECEIPT 0041\nServed by: {given}\n2x flat white 9.00\nthe tip line is blank, what's 12%?"),
            ("person", f"{full}  10:42 AM\nwho broke the staging deploy??\nturn this slack export into a timeline"),
            ("person", f"#7 {full} (c)\n#9 {other}\n#11 TBD\nwrite a two-line match preview for the club site"),
            ("person", f"Your parcel was left with {full} at number 14. Reply STOP to opt out. Is this a scam text?"),
            ("person", f"Rx amoxicillin 500 mg TDS x7d\nPt: {full}\nexplain this prescription in plain words"),
            ("iban", f"Remittance advice\nBeneficiary account: {v.iban()}\nRef INV-{v.d(4)}\ndraft a confirmation"),
            ("credit_card", f"cust says card {v.card()} was charged twice on 3 May, write the reply"),
            ("ssn", f"onboarding checklist: I-9 done, W-4 done, SSN {v.ssn()} verified. what's missing?"),
            ("phone", f"Fwd from {v.phone()}: your code is 448213 — is this a scam?"),
            ("email", f"/docs/ @docs-team {v.email(given, family)}\nwhy is this CODEOWNERS line ignored?"),
            ("person", f"{family}, {given[0]}. (2019). Unpublished diary, private collection. Format this in APA."),
        ])
        add(f"doc_{kind}", [kind], body(("user", text)))
    for i in range(50):  # languages no other generator writes
        given, family, full = v.name()
        p, e = v.phone(), v.email(given, family)
        kind, text = _turn(i, [
            ("person", f"Kirjoita lyhyt kiitosviesti henkilölle {full} avusta muutossa."),
            ("phone", f"Soita minulle numeroon {p} huomenna aamulla."),
            ("person", f"Scrie un e-mail scurt de mulțumire pentru {full}."),
            ("email", f"Trimite factura la adresa {e}, te rog."),
            ("person", f"Napiš krátké poděkování, které pošlu {full} za pomoc."),
            ("phone", f"Moje nové číslo je {p}, uprav podpis v e-mailu."),
            ("person", f"Escriu una nota d'agraïment per a {full} pel sopar d'ahir."),
            ("person", f"Sila tulis ucapan tahniah untuk {full} yang baru bersara."),
            ("email", f"Sila hantar invois kepada {e} sebelum Jumaat."),
            ("person", f"Stuur 'n boodskap vir {full} oor die vergadering môre."),
            ("person", f"Napiši kratku zahvalu za {full} nakon sastanka."),
            ("phone", f"Moj broj mobitela je {p}, dodaj ga u potpis."),
            ("person", f"Parašyk padėkos laišką, skirtą {full}, už pagalbą."),
            ("person", f"Kirjuta tänukiri, mille saadan {full} homme."),
            ("person", f"Ysgrifennwch neges diolch i {full} am y cymorth."),
        ])
        add(f"tongue_{kind}", [kind], body(("user", text)))
    for i in range(52):  # chats, tools, system prompts
        given, family, full = v.styled()
        kind, request = _turn(i, [
            ("person", body(("user", f"ok so {given.lower()} {family.lower()} from accounts keeps cc'ing me, how do "
                                     f"i filter their emails"))),
            ("person", body(("user", f"@{given} {family} can you review the PR today? -> rewrite this more politely"))),
            ("person", body(("user", f"For {full}, who taught me to read. — make this dedication sound less stiff"))),
            ("person", body(("user", f"{given} '{rng.choice(NICKNAMES)}' {family} is retiring next week, "
                                     f"write a gentle roast"))),
            ("person", body(("system", f"You draft replies for the clinic. The patient is {full}."),
                            ("user", "remind them about Tuesday"))),
            ("person", {"model": "auto", "messages": [
                {"role": "user", "content": "assign the ticket"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "t1", "type": "function", "function": {
                    "name": "assign", "arguments": json.dumps({"ticket": 4411, "assignee": full})}}]},
                {"role": "tool", "tool_call_id": "t1", "content": "ok"},
                {"role": "user", "content": "thanks, close the other one"}]}),
            ("person", body(("user", "book a table for four at 7"),
                            ("assistant", f"Done — the table is booked under {full}."),
                            ("user", "change it to 8pm"))),
            ("person", body(("user", f"PLEASE CALL {full.upper()} BACK ASAP RE THE QUOTE — make this nicer"))),
            ("person", body(("user", f"attendees: {family}, {given}; {v.name()[1]}, {v.name()[0]} — "
                                     f"turn into a bulleted list"))),
            ("phone", body(("user", "new number for the plumber?"), ("assistant", "Go ahead."),
                           ("user", f"it's {v.phone()}"))),
            ("email", {"model": "auto", "messages": [{"role": "user", "content": "extract the order"}],
                       "response_format": {"type": "json_schema", "json_schema": {"name": "order", "schema": {
                           "type": "object", "properties": {"notify": {
                               "type": "string", "description": f"address to notify, e.g. {v.email(given, family)}"}}
                       }}}}),
            ("ssn", {"model": "auto", "messages": [{"role": "user", "content": [
                {"type": "text", "text": "fill box 3 of the form"},
                {"type": "text", "text": f"social security number {v.ssn()}"}]}]}),
            ("credit_card", body(("user", f"amex {v.card()} 09/28 — which billing address field is mandatory?"))),
        ])
        add(f"talk_{kind}", [kind], request)

    figure = lambda: rng.choice(FIGURES)  # noqa: E731
    thing = lambda: rng.choice(NOT_PEOPLE)  # noqa: E731
    benign: list[Callable[[], str]] = [
        lambda: f"Tell me three surprising facts about {figure()}.",
        lambda: f"Kuka oli {figure()}? Vastaa lyhyesti.",
        lambda: f"Cine a fost {figure()}?",
        lambda: f"Write a limerick about {figure()}.",
        lambda: f"Explain {thing()} to a ten-year-old.",
        lambda: f"Is {thing()} named after a real person?",
        lambda: f"ISBN 978-{rng.randint(0, 1)}-{v.d(3)}-{v.d(5)}-{rng.randint(0, 9)} — is this hardback or paperback?",
        lambda: f"cite doi 10.{rng.randint(1000, 9999)}/{v.d(6)} in Chicago style",
        lambda: f"tracking 1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))} "
                f"says 'exception', what now?",
        lambda: f"split 10.{rng.randint(0, 255)}.0.0/16 into four /18 subnets",
        lambda: f"expand the IPv6 address 2001:db8:{rng.randint(1, 9999):x}::{rng.randint(1, 65535):x}",
        lambda: f"does #{rng.getrandbits(24):06x} contrast well with white text?",
        lambda: "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 — what opening is this?",
        lambda: f"HS code {rng.randint(1000, 9999)}.{rng.randint(10, 99)}.{rng.randint(10, 99)} — what goods?",
        lambda: f"the population grew to {rng.randint(1, 9)} {v.d(3)} {v.d(3)} — write that in words",
        lambda: "lottery draw: " + " ".join(str(rng.randint(1, 49)) for _ in range(6)) + " — odds of this?",
        lambda: f"multiply {v.d(8)} by {v.d(4)} step by step",
        lambda: f"is {rng.randint(10**11, 10**12 - 1)} divisible by 7?",
        lambda: "Dear diary, today the cat learned to open doors. Continue the story.",
        lambda: "Hi there! What's a good name for a hiking club?",
        lambda: "Kirjoita resepti mustikkapiirakkaan.",
        lambda: "Care este cel mai lung râu din România?",
        lambda: "Jak se vaří svíčková? Stručně.",
        lambda: "Quina és la muntanya més alta de Catalunya?",
        lambda: "Apakah perbezaan antara nasi lemak dan nasi dagang?",
        lambda: "Hoe maak ek melktert?",
        lambda: "Koji je najveći otok u Hrvatskoj?",
        lambda: "Kokia yra Lietuvos sostinė?",
        lambda: f"semver: is {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}-beta.2 "
                f"newer than {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}?",
        lambda: f"meet at Gate B{rng.randint(10, 60)} at {rng.randint(10, 23)}:{rng.randint(10, 59)}, "
                f"is 40 minutes enough after landing?",
    ]
    for _ in range(150):
        add("benign", [], body(("user", rng.choice(benign)())))
    for i, record in enumerate(out):
        record["id"] = f"mosaic-pii-{i:04d}"
    return out


LIGHT = ["cheers!", "what's 9 squared", "spell 'rhythm'", "is Helsinki in Finland", "how many days in a leap year",
         "Mikä päivä tänään on?", "name a colour of the rainbow", "capital of Chile?", "translate 'mulțumesc'",
         "opposite of 'ancient'", "is a tomato a fruit", "how many sides has a hexagon"]
HEAVY = ["prove that every planar graph is five-colourable and explain where the Kempe chain argument is used",
         "design a consensus protocol for a permissioned ledger that tolerates f Byzantine nodes and prove safety",
         "derive the Euler-Lagrange equations for a pendulum on a moving cart and discuss stability",
         "show that the rationals are not a G-delta set using the Baire category theorem",
         "design an incremental garbage collector with bounded pause times and argue it never frees live objects",
         "analyse the regret bound of UCB1 for stochastic bandits and sketch the proof",
         "Todista, että alkulukuja on äärettömän monta, ja yleistä todistus aritmeettisiin jonoihin.",
         "design a schema migration strategy for a 40 TB sharded database with zero downtime and prove ordering"]
FILLER = ["Shopping list: oats, milk, apples, rye bread, coffee, lentils, onions, garlic, lemons. ",
          "Club notice: the choir meets on Wednesdays at seven in the school hall, bring water and a pencil. ",
          "Trip log: we walked along the lake, stopped for soup, and took the late bus back to town. "]
LIGHT_ASKS = ["how many items are there?", "make it title case", "which word is longest?", "number the lines",
              "translate it into Finnish", "drop the first sentence"]
HEAVY_ASKS = ["model this as an integer program and prove the relaxation is tight for this structure",
              "design a fault-tolerant pipeline that could process these records exactly once and prove it",
              "derive a minimax-optimal strategy for allocating these resources and prove optimality"]


def complexity_records(rng: random.Random) -> list[dict[str, Any]]:
    rows: list[tuple[str, int, bool, dict[str, Any]]] = []
    rows += [("light_short", 0, False, body(("user", t))) for t in LIGHT]
    rows += [("heavy_short", 1, True, body(("user", t))) for t in HEAVY]
    for _ in range(45):
        rows.append(("light_long", 0, True, body(("user", f"{rng.choice(FILLER) * rng.randint(15, 60)}\n"
                                                          f"{rng.choice(LIGHT_ASKS)}"))))
    for _ in range(45):
        rows.append(("heavy_long", 1, False, body(("user", f"{rng.choice(FILLER) * rng.randint(2, 12)}\n"
                                                           f"{rng.choice(HEAVY_ASKS)}"))))
    for _ in range(40):
        heavy = rng.random() < 0.5
        rows.append(("dialogue", int(heavy), False, body(
            ("user", "we run a bike-share scheme in a hilly town"), ("assistant", "Nice."),
            ("user", "design a rebalancing policy for the trucks and prove it keeps every dock within capacity "
                     "under bursty demand" if heavy else "suggest a catchy slogan for the bikes"))))
    return [{"id": f"mosaic-cx-{i:04d}", "category": c, "label": y, "length_adversarial": adv, "endpoint": "chat",
             "body": b} for i, (c, y, adv, b) in enumerate(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=731902)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    values = Values(rng)
    for name, records in (("pii_mosaic.jsonl", pii_records(rng, values)),
                          ("complexity_mosaic.jsonl", complexity_records(rng))):
        with (OUT / name).open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{OUT / name}: {len(records)} records")


if __name__ == "__main__":
    main()
