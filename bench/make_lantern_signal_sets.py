"""Write the `lantern` split: a ninth PII / complexity set, written blind to the detector.

    python bench/make_lantern_signal_sets.py [--seed 9091] [--out bench/data/signals]

Why it exists: issue 12 asks for the routing signals to be measured on a split generated after the
last fix by a different generator. This one was written without reading the detector, its data, its
tests, the other generators or their results, so nothing here was shaped by what the detector does.

What makes it different from the earlier generators is its phrasing sources: the texts are the
kind of thing people paste into a chat box from their working day -- support chat transcripts,
CRM exports, Slack threads with @mentions, email threads with quoted replies and signatures,
meeting minutes, genealogy notes, real-estate listings, school newsletters, club rosters, court
dockets, insurance claims, bug reports whose stack traces carry user data, spreadsheet pastes,
voice transcripts with disfluencies and spelled-out digits, SMS shorthand and code with hard-coded
fixtures -- and the PII sits in every field the gateway forwards (content parts, tool calls and
tool results, tool and response_format schemas, `user`, image URLs, message names).

Every name and value is typed here or computed (check digits: Luhn, IBAN mod 97, Verhoeff, ICAO
7-3-1, mod 11 variants), no name or word package is used, and the labels come from construction:
a record is sensitive exactly when a template put a private value into it, and `entities` lists
the types it put there. Benign records hold public figures, fictional characters, eponyms, brands
and places named after people, and identifier look-alikes (ISBNs, tracking numbers, hashes,
coordinates, constants, order numbers that fail Luhn) -- and no private value.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
from pathlib import Path
from typing import Any, Callable

SPLIT = "lantern"
OUT = Path(__file__).resolve().parent / "data" / "signals"

# ----------------------------------------------------------------------------------------------
# Names, typed by hand. Private people are invented by combining a given and a family name.
# ----------------------------------------------------------------------------------------------

GIVEN = [
    "Maren", "Tobias", "Ingrid", "Henrike", "Lucian", "Odile", "Bastien", "Ottilie", "Radomír", "Zdenka",
    "Jolanta", "Przemysław", "Agnieszka", "Vesna", "Dragan", "Eleni", "Stavros", "Aoife", "Ciarán",
    "Siobhán", "Eilidh", "Gwenllian", "Rhodri", "Kerttu", "Väinö", "Sigrún", "Ragnhild", "Leif", "Mirela",
    "Ionuț", "Zsófia", "Bence", "Tereza", "Matteo", "Giulia", "Bruna", "Joaquim", "Inés", "Itziar",
    "Xabier", "Oluwaseun", "Chiamaka", "Chukwuemeka", "Kwabena", "Akosua", "Thandiwe", "Sipho",
    "Wanjiru", "Kipchumba", "Tsion", "Amadou", "Fatoumata", "Nomvula", "Tendai", "Folake", "Farida",
    "Yusuf", "Layla", "Zeynep", "Emre", "Dariush", "Shirin", "Navid", "Priya", "Aravind", "Lakshmi",
    "Harpreet", "Gurdeep", "Devika", "Sandeep", "Rukhsana", "Imran", "Tahmina", "Venkatesh", "Mei-Ling",
    "Wenjun", "Xiaoyu", "Haruto", "Yui", "Ji-woo", "Seo-yeon", "Minh", "Thuy", "Nattapong", "Siriporn",
    "Ayu", "Rizal", "Maricel", "Kaito", "Ximena", "Guadalupe", "Renata", "Thiago", "Joaquín", "Yolanda",
    "Ezequiel", "Dayana", "Aroha", "Tama", "Keʻala", "Makoa", "Nizhoni", "Sefa", "Losana", "Marguerite",
    "Anna-Lena", "Jean-Baptiste", "Solveig", "Casimir", "Ludmila", "Beatriz", "Dorotea", "Hamish",
]
WORD_GIVEN = ["Hope", "Will", "Rose", "Grace", "Faith", "Dawn", "Summer", "June", "Joy", "Hunter", "Sky",
              "Bill", "Mark", "Pat", "Sunny", "Ivy", "Rusty", "Chase", "Honor", "Precious", "Blessing",
              "Gift", "Patience", "Memory", "Justice", "Autumn", "Forest", "River"]
FAMILY = [
    "Wierzbicki", "Kowalczyk", "Okafor", "Adebayo", "Nwosu", "Mensah", "Asante", "Dlamini", "Ndlovu",
    "Kamau", "Wanjala", "Tesfaye", "Diallo", "Traoré", "Haddad", "Khoury", "Al-Mansouri", "Yılmaz",
    "Aydın", "Rahimi", "Tehrani", "Raghunathan", "Venkataraman", "Chatterjee", "Sandhu", "Qureshi",
    "Chowdhury", "Takahashi", "Nakamura", "Nguyen", "Phan", "Srisuk", "Wibowo", "dela Cruz", "Castañeda",
    "Villalobos", "Esposito", "Bianchi", "Ferreira", "Gonçalves", "Etxeberria", "Moreau", "Lefebvre",
    "Vandenbroucke", "van der Linde", "de Vries", "Bergström", "Lindqvist", "Halvorsen", "Korhonen",
    "Novák", "Dvořáková", "Horváth", "Popescu", "Petrović", "Papadakis", "O'Sullivan", "MacLeod",
    "Tapsell", "Kahananui", "Tuilagi", "Begaye", "Fairweather", "Oyelaran", "Abernathy", "Szymański",
    "Grünewald", "Ishikawa", "Mwangi", "Otieno", "Baptiste", "Quispe", "Mamani", "Achterberg",
    "Kristiansen", "Lemaire", "Zapata", "Oduya", "Brennan", "Iwu", "Faleolo", "Hakobyan", "Beridze",
]
WORD_FAMILY = ["Baker", "Wood", "Fisher", "Short", "Young", "Love", "Hill", "Moon", "King", "Rivers", "Hart",
               "Cook", "Price", "Street", "Bird", "Black", "Bell", "Weaver", "Stone", "Field", "Frost"]
NON_LATIN = [
    "林美华", "欧阳晓琳", "高橋 健太", "佐々木 葵", "김서연", "박지훈", "Ольга Кравченко", "Дмитрий Соловьёв",
    "Ελένη Καραγιάννη", "Κωνσταντίνος Μαυρίδης", "فاطمة الزهراني", "يوسف الحداد", "נועה בן-דוד",
    "अनन्या त्रिपाठी", "ศิริพร ศรีสุข", "ნინო ბერიძე", "Ծովինար Հակոբյան", "ሰላም ተስፋዬ",
    "தமிழ்செல்வி முருகன்", "Нурлан Жумабеков", "黃志偉", "松本 さくら",
]
MONONYMS = ["Sutrisno", "Paryati", "Kusnadi", "Wagiman", "Suharti", "Thura", "Yadanar", "Sukarmi"]
ICELANDIC = [("Guðrún", "Sigurðardóttir"), ("Einar", "Þórsson"), ("Hildur", "Magnúsdóttir"), ("Kári", "Jónsson")]
VIETNAMESE = ["Nguyễn Thị Thu Hà", "Trần Văn Minh", "Lê Hoàng Yến", "Phạm Quốc Bảo", "Đỗ Thị Mai Anh"]
ARABIC_LATIN = ["Layla bint Omar Khoury", "Yusuf ibn Khalid Al-Haddad", "Abdulrahman Al-Otaibi",
                "Mariam El-Sayed"]
SPANISH_COMPOUND = ["María José Castañeda Villalobos", "Juan Pablo Quispe Mamani",
                    "Ana Sofía Zapata Etxeberria", "José Luis Gonçalves de Almeida", "Luz Marina Baptiste Ortega"]

# ----------------------------------------------------------------------------------------------
# Public things: benign even though they look like names or numbers.
# ----------------------------------------------------------------------------------------------

PUBLIC = [  # (name, one true, public fact used in prompts)
    ("Wangari Maathai", "founded the Green Belt Movement in Kenya"),
    ("Srinivasa Ramanujan", "worked with G. H. Hardy at Cambridge"),
    ("Emmy Noether", "linked symmetries to conservation laws"),
    ("Lise Meitner", "helped explain nuclear fission"),
    ("Chinua Achebe", "wrote Things Fall Apart"),
    ("Frida Kahlo", "painted The Two Fridas"),
    ("Pelé", "won three World Cups with Brazil"),
    ("Eliud Kipchoge", "ran a marathon in under two hours in Vienna"),
    ("Nadia Comăneci", "scored the first perfect 10 at the Olympics"),
    ("Yuri Gagarin", "was the first human in space"),
    ("Valentina Tereshkova", "was the first woman in space"),
    ("Katherine Johnson", "calculated trajectories for NASA"),
    ("Grace Hopper", "pioneered compilers and COBOL"),
    ("Alan Turing", "formalised computation with the Turing machine"),
    ("Ada Lovelace", "wrote notes on Babbage's Analytical Engine"),
    ("Rosalind Franklin", "took Photo 51 of DNA"),
    ("Gregor Mendel", "studied inheritance in pea plants"),
    ("Ibn Sina", "wrote The Canon of Medicine"),
    ("Muhammad ibn Musa al-Khwarizmi", "gave algebra its name"),
    ("Zheng He", "led Ming treasure voyages"),
    ("Murasaki Shikibu", "wrote The Tale of Genji"),
    ("Matsuo Bashō", "wrote The Narrow Road to the Deep North"),
    ("Gabriel García Márquez", "wrote One Hundred Years of Solitude"),
    ("Wisława Szymborska", "won the 1996 Nobel Prize in Literature"),
    ("Naguib Mahfouz", "wrote the Cairo Trilogy"),
    ("Wole Soyinka", "was the first African Nobel laureate in literature"),
    ("Akira Kurosawa", "directed Seven Samurai"),
    ("Satyajit Ray", "directed the Apu Trilogy"),
    ("Lata Mangeshkar", "recorded thousands of Hindi film songs"),
    ("Umm Kulthum", "sang Enta Omri"),
    ("Fela Kuti", "pioneered Afrobeat"),
    ("Björk", "released Homogenic"),
    ("Antonín Dvořák", "composed the New World Symphony"),
    ("Jean Sibelius", "composed Finlandia"),
    ("Serena Williams", "won 23 Grand Slam singles titles"),
    ("Sachin Tendulkar", "scored 100 international centuries"),
    ("Son Heung-min", "won the Premier League Golden Boot in 2022"),
    ("Mohamed Salah", "plays as a forward for Liverpool"),
    ("Naomi Osaka", "won the US Open in 2018 and 2020"),
    ("Usain Bolt", "holds the 100 m world record"),
    ("Jacinda Ardern", "was Prime Minister of New Zealand"),
    ("Kofi Annan", "was UN Secretary-General"),
    ("Simón Bolívar", "led independence campaigns in South America"),
    ("Sun Yat-sen", "co-founded the Kuomintang"),
    ("Hayao Miyazaki", "co-founded Studio Ghibli"),
    ("Bong Joon-ho", "directed Parasite"),
    ("Taylor Swift", "re-recorded her early albums"),
    ("Linus Torvalds", "created Linux and Git"),
    ("Guido van Rossum", "created Python"),
    ("Tim Berners-Lee", "invented the World Wide Web"),
    ("Nikola Tesla", "developed alternating-current induction motors"),
    ("Marie Curie", "won Nobel Prizes in physics and chemistry"),
]
FICTIONAL = ["Sherlock Holmes", "Hermione Granger", "Atticus Finch", "Elizabeth Bennet", "Don Quixote",
             "Sun Wukong", "Naruto Uzumaki", "Jay Gatsby", "Anna Karenina", "Rodion Raskolnikov",
             "Pippi Longstocking", "Frodo Baggins", "Walter White", "Homer Simpson", "Lara Croft",
             "Princess Zelda", "Scheherazade", "Tintin", "Moomintroll", "Holden Caulfield"]
EPONYMS = ["Parkinson's disease", "Hodgkin lymphoma", "Crohn's disease", "Tourette syndrome", "Down syndrome",
           "Ohm's law", "Hooke's law", "Boyle's law", "Avogadro's number", "the Fibonacci sequence",
           "Dijkstra's algorithm", "Bayes' theorem", "the Pareto principle", "Murphy's law", "Occam's razor",
           "Halley's Comet", "the Doppler effect", "a Petri dish", "the Richter scale", "the Kelvin scale",
           "a Bunsen burner", "the Heimlich manoeuvre", "Alzheimer's disease", "the Coriolis effect"]
NATIVE = {  # private names written in their own scripts, for the asks below
    "zh": ["林美华", "欧阳晓琳", "黃志偉", "陈嘉怡", "周文俊"], "ja": ["高橋 健太", "佐々木 葵", "松本 さくら", "藤原 拓海"],
    "ru": ["Ольга Кравченко", "Дмитрий Соловьёв", "Нурлан Жумабеков", "Вера Ласточкина"],
    "ko": ["김서연", "박지훈", "이하은", "정민재"], "el": ["Ελένη Καραγιάννη", "Κωνσταντίνος Μαυρίδης", "Δέσποινα Λιάκου"],
    "ar": ["فاطمة الزهراني", "يوسف الحداد", "ريم العبيدي"], "hi": ["अनन्या त्रिपाठी", "राहुल शेखावत", "कविता बघेल"],
    "th": ["ศิริพร ศรีสุข", "ณัฐพงศ์ แก้วมณี"], "he": ["נועה בן-דוד", "איתי שטרנברג"],
}
NATIVE_ASKS = {
    "zh": "我的室友{name}下个月要搬到杭州去了，帮我写一封给房东的推荐信。",
    "ja": "同僚の{name}さんが来月退職します。送別会で読むメッセージを書いてください。",
    "ru": "Напиши короткое поздравление с юбилеем. Имя: {name}, 60 лет, наш сосед по даче.",
    "ko": "이번 주 금요일에 {name} 씨 집들이가 있어요. 짧은 축하 문자를 써 주세요.",
    "el": "Γράψε ένα ευχαριστήριο σημείωμα για τον/την {name}, που πρόσεχε το σπίτι μας τον Αύγουστο.",
    "ar": "اكتب رسالة شكر قصيرة إلى {name} لأنها اعتنت بقطتي أثناء سفري",
    "hi": "मेरे पड़ोसी {name} के जन्मदिन के लिए एक छोटा सा संदेश लिखो, वे लखनऊ में रहते हैं।",
    "th": "ช่วยเขียนข้อความขอบคุณถึงคุณ{name} ที่ช่วยดูแลแม่ของฉันที่โรงพยาบาล",
    "he": "תכתוב הודעת תודה קצרה ל{name} שעזר/ה לנו במעבר הדירה",
}
FAMOUS_FAMILIES = [
    "Johann Sebastian Bach -- father Johann Ambrosius Bach; sons Carl Philipp Emanuel Bach and Johann Christian Bach",
    "Marie Curie m. Pierre Curie -- daughters Irène Joliot-Curie (m. Frédéric Joliot) and Ève Curie",
    "Patrick Brontë -- children Charlotte, Branwell, Emily and Anne Brontë",
    "Motilal Nehru -- son Jawaharlal Nehru -- granddaughter Indira Gandhi -- great-grandson Rajiv Gandhi",
    "Robert Darwin m. Susannah Wedgwood -- son Charles Darwin m. Emma Wedgwood",
    "Leopold Mozart -- children Maria Anna 'Nannerl' Mozart and Wolfgang Amadeus Mozart",
]
FAMOUS_CASES = ["Marbury v. Madison (1803)", "Brown v. Board of Education (1954)", "Miranda v. Arizona (1966)",
                "Donoghue v Stevenson (1932)", "Roe v. Wade (1973)", "Mabo v Queensland (No 2) (1992)",
                "Carlill v Carbolic Smoke Ball Co (1893)", "Kesavananda Bharati v. State of Kerala (1973)"]
FOOTBALLERS = ["Mohamed Salah", "Son Heung-min", "Erling Haaland", "Bukayo Saka", "Kylian Mbappé", "Vinícius Júnior",
               "Sam Kerr", "Alexia Putellas", "Aitana Bonmatí", "Harry Kane"]
LATE_ONSET = ["Parkinson's disease", "Alzheimer's disease", "Crohn's disease", "Hodgkin lymphoma",
              "Paget's disease of bone", "Dupuytren's contracture"]
FICTIONAL_HOMES = [("Sherlock Holmes", "221B Baker Street, London NW1", "his bees"),
                   ("Paddington Bear", "32 Windsor Gardens, London", "marmalade"),
                   ("Harry Potter", "4 Privet Drive, Little Whinging, Surrey", "the cupboard under the stairs"),
                   ("SpongeBob SquarePants", "124 Conch Street, Bikini Bottom", "his pineapple"),
                   ("the Simpsons", "742 Evergreen Terrace, Springfield", "the couch gag")]
FOUNDERS = ["Dell,Michael Dell,1984", "Ford,Henry Ford,1903", "Siemens,Werner von Siemens,1847",
            "Adidas,Adolf Dassler,1949", "Porsche,Ferdinand Porsche,1931", "Boeing,William Boeing,1916",
            "Cadbury,John Cadbury,1824", "Philips,Gerard Philips,1891", "Kellogg's,Will Keith Kellogg,1906"]
BRANDS = ["Ford", "Ferrari", "Porsche", "Dell", "Boeing", "Heineken", "Guinness", "Cadbury", "Kellogg's",
          "Chanel", "Peugeot", "Siemens", "Philips", "Bosch", "Nestlé", "Hilton", "Marriott", "Dr. Martens",
          "Adidas", "Mercedes-Benz", "Hewlett-Packard", "Ben & Jerry's", "Johnson & Johnson", "Suzuki"]
PLACES = ["Washington", "Bolivia", "Colombia", "Vancouver", "Houston", "Melbourne", "Darwin", "Wellington",
          "Pretoria", "Brisbane", "Adelaide", "Victoria Falls", "Lake Victoria", "Mount Everest", "Tasmania",
          "the Philippines", "São Paulo", "Ho Chi Minh City", "Saint Petersburg", "Alexandria",
          "Port Elizabeth", "Lake Titicaca"]


# ----------------------------------------------------------------------------------------------
# Check digits.
# ----------------------------------------------------------------------------------------------

def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def verhoeff_ok(number: str) -> bool:
    c = 0
    for i, ch in enumerate(reversed(number)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def mod97_iban(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def icao_digit(field: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        v = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * weights[i % 3]
    return str(total % 10)


def isbn13(body12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def cas_number(body: str) -> str:
    """CAS registry number: check digit = sum of digits weighted 1,2,3... from the right, mod 10."""
    s = sum(int(d) * (i + 1) for i, d in enumerate(reversed(body)))
    return f"{body[:-2]}-{body[-2:]}-{s % 10}"


# ----------------------------------------------------------------------------------------------
# Value generators. Each one returns text only; templates record the entity types they insert.
# ----------------------------------------------------------------------------------------------

DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
            "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def spell_digits(s: str, rng: random.Random) -> str:
    """Voice-transcript digits: 'five oh three, two two one ...' with 'double' and 'oh' sometimes."""
    words: list[str] = []
    i = 0
    digits = [c for c in s if c.isdigit()]
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.5:
            words.append("double " + DIGIT_WORDS[int(d)])
            i += 2
            continue
        words.append("oh" if d == "0" and rng.random() < 0.5 else DIGIT_WORDS[int(d)])
        i += 1
    return " ".join(words)


class Gen:
    """Random private values in many countries' formats, each valid where a check digit exists."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    # --- people ---------------------------------------------------------------------------
    def name(self, style: str | None = None) -> str:
        r = self.rng
        style = style or r.choice(["plain"] * 6 + ["word", "word", "hyphen", "compound", "particle",
                                                   "nonlatin", "nonlatin", "mononym", "icelandic",
                                                   "vietnamese", "arabic", "initial", "lower"])
        if style == "plain":
            return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"
        if style == "word":
            return f"{r.choice(WORD_GIVEN)} {r.choice(WORD_FAMILY + FAMILY)}"
        if style == "hyphen":
            a, b = r.sample(FAMILY, 2)
            return f"{r.choice(GIVEN)} {a.split()[-1]}-{b.split()[-1]}"
        if style == "compound":
            return r.choice(SPANISH_COMPOUND)
        if style == "particle":
            particle = r.choice(["van der Linde", "de Vries", "dela Cruz", "von Achterberg", "di Bianchi",
                                 "Ní Bhriain", "Ó Súilleabháin"])
            return f"{r.choice(GIVEN)} {particle}"
        if style == "nonlatin":
            return r.choice(NON_LATIN)
        if style == "mononym":
            return r.choice(MONONYMS)
        if style == "icelandic":
            g, f = r.choice(ICELANDIC)
            return f"{g} {f}"
        if style == "vietnamese":
            return r.choice(VIETNAMESE)
        if style == "arabic":
            return r.choice(ARABIC_LATIN)
        if style == "initial":
            return f"{r.choice(GIVEN)[0]}. {r.choice(FAMILY)}"
        if style == "lower":
            return f"{r.choice(GIVEN)} {r.choice(FAMILY)}".lower()
        raise ValueError(style)

    def latin_name(self) -> tuple[str, str]:
        """A (given, family) pair in Latin script, for emails, MRZ lines and CSV columns."""
        r = self.rng
        return r.choice(GIVEN + WORD_GIVEN), r.choice(FAMILY + WORD_FAMILY)

    # --- contact ---------------------------------------------------------------------------
    def phone(self) -> str:
        r, d = self.rng, self.digits
        area = r.choice(["971", "503", "412", "608", "919", "720", "267", "832", "651", "415", "305"])
        kind = r.randrange(14)
        if kind == 0:
            return f"({area}) {r.randint(201, 989)}-{d(4)}"
        if kind == 1:
            return f"+1 {area}.{r.randint(201, 989)}.{d(4)} ext. {r.randint(10, 4999)}"
        if kind == 2:
            return f"{area}{r.randint(201, 989)}{d(4)}"
        if kind == 3:
            return f"+44 7{r.randint(400, 999)} {d(6)}"
        if kind == 4:
            return f"+49 (0)30 {d(4)} {d(4)}"
        if kind == 5:
            return f"+91 9{d(4)} {d(5)}"
        if kind == 6:
            return f"090-{d(4)}-{d(4)}"
        if kind == 7:
            return f"+55 11 9{d(4)}-{d(4)}"
        if kind == 8:
            return f"+234 803 {d(3)} {d(4)}"
        if kind == 9:
            return f"04{d(2)} {d(3)} {d(3)}"
        if kind == 10:
            return f"06 {d(2)} {d(2)} {d(2)} {d(2)}"
        if kind == 11:
            return f"+254 7{d(2)} {d(3)} {d(3)}"
        if kind == 12:
            return f"+52 55 {d(4)} {d(4)}"
        return f"{area}-{r.randint(201, 989)}-{d(4)} x{r.randint(100, 999)}"

    def email(self, given: str | None = None, family: str | None = None) -> str:
        r = self.rng
        if given is None or family is None:
            given, family = self.latin_name()
        g = ascii_fold(given).lower().replace(" ", "").replace("'", "")
        f = ascii_fold(family).lower().replace(" ", "").replace("'", "")
        domain = r.choice(["posteo.de", "gmx.at", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com",
                           "unilag.edu.ng", "hotmail.fr", "naver.com", "uol.com.br", "fastmail.fm",
                           "web.de", "rediffmail.com", "kolumbus.fi", "mail.ru", "tuta.io"])
        user = r.choice([f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}{r.randint(70, 99)}",
                         f"{g}_{f}{r.randint(1, 9)}", f"{g}.{f}+{r.choice(['bills', 'school', 'shop'])}"])
        return f"{user}@{domain}"

    def address(self) -> str:
        r, d = self.rng, self.digits
        return r.choice([
            f"{r.randint(12, 9800)} {r.choice(['Larkspur', 'Old Mill', 'Wexford', 'Juniper Hollow', 'Cordova'])} "
            f"{r.choice(['Lane', 'Road', 'Court', 'Drive'])}, Apt {r.randint(1, 30)}{r.choice('ABC')}, "
            + r.choice(["Tacoma, WA 984", "Dayton, OH 454", "Bozeman, MT 597", "Macon, GA 312", "Lowell, MA 018"])
            + d(2),
            f"Flat {r.randint(1, 9)}, {r.randint(2, 140)} Ashgrove Terrace, Leeds LS6 {r.randint(1, 9)}QR",
            f"Lindenstraße {r.randint(1, 90)}{r.choice(['', 'a', 'b'])}, 04275 Leipzig",
            f"{r.randint(2, 60)} bis rue des Tanneurs, 67000 Strasbourg",
            f"〒603-8214 京都府京都市北区紫野西野町 {r.randint(1, 40)}-{r.randint(1, 9)}",
            f"Flat {r.randint(101, 904)}, Sai Krupa Apartments, 5th Cross, Malleswaram, Bengaluru 560003",
            f"Rua Doutor Quirino, {r.randint(100, 2000)}, apto {r.randint(11, 99)}, Cambuí, Campinas - SP, "
            f"13015-{d(3)}",
            f"Plot {r.randint(2, 80)}, Adeola Odeku Street, Victoria Island, Lagos",
            f"Unit {r.randint(1, 12)}/{r.randint(2, 80)} Kembla Street, Wollongong NSW 2500",
            f"{r.randint(100, 2400)} rue Saint-Vallier Ouest, Québec QC G1N {r.randint(1, 9)}G{r.randint(1, 9)}",
            f"Calle Amores {r.randint(100, 1900)}, Col. Del Valle, 03100 Ciudad de México",
            f"Kerkstraat {r.randint(2, 300)}-{r.randint(1, 3)}, 1017 GM Amsterdam",
            f"ul. Ogrodowa {r.randint(2, 70)} m. {r.randint(1, 40)}, 90-{d(3)} Łódź",
            f"House {r.randint(2, 60)}, Riara Gardens, off Ngong Road, Kilimani, Nairobi",
            f"{r.randint(2, 90)} Kowhai Street, Ōtaki 5512",
        ])

    def dob(self) -> tuple[int, int, int]:
        return self.rng.randint(1944, 2009), self.rng.randint(1, 12), self.rng.randint(1, 28)

    def dob_text(self) -> str:
        y, m, dd = self.dob()
        r = self.rng
        return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{dd:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}",
                         f"{dd} {MONTHS[m - 1][:3]} {y}", f"{MONTHS[m - 1]} {dd}, {y}",
                         f"{dd}/{m}/{str(y)[2:]}", f"{y}년 {m}월 {dd}일"])

    # --- money -----------------------------------------------------------------------------
    def card(self) -> str:
        r = self.rng
        prefix, length = r.choice([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16),
                                   ("34", 15), ("37", 15), ("6011", 16), ("3528", 16), ("62", 16),
                                   ("36", 14), ("4", 19)])
        body = prefix + self.digits(length - len(prefix) - 1)
        return body + luhn_digit(body)

    def iban(self) -> str:
        r, d = self.rng, self.digits
        kind = r.randrange(14)
        if kind == 0:
            return mod97_iban("DE", d(18))
        if kind == 1:
            return mod97_iban("GB", r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + d(14))
        if kind == 2:
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            return mod97_iban("FR", f"{bank}{branch}{acct}{key:02d}")
        if kind == 3:
            return mod97_iban("NL", r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(10))
        if kind == 4:
            return mod97_iban("ES", d(20))
        if kind == 5:
            return mod97_iban("IT", r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + d(22))
        if kind == 6:
            first = d(10)
            check = int(first) % 97 or 97
            return mod97_iban("BE", f"{first}{check:02d}")
        if kind == 7:
            return mod97_iban("CH", d(17))
        if kind == 8:
            return mod97_iban("PL", d(24))
        if kind == 9:
            while True:
                acct = d(10)
                s = sum(int(a) * w for a, w in zip(acct, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
                k = (11 - s % 11) % 11
                if k != 10:
                    return mod97_iban("NO", acct + str(k))
        if kind == 10:
            return mod97_iban("SA", d(20))
        if kind == 11:
            return mod97_iban("AE", d(19))
        if kind == 12:
            return mod97_iban("IE", r.choice(["AIBK", "BOFI"]) + d(14))
        return mod97_iban("AT", d(16))

    # --- government identifiers --------------------------------------------------------------
    def ssn(self) -> str:
        r = self.rng
        while True:
            area = r.randint(1, 899)
            if area != 666:
                break
        return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def national_id(self) -> tuple[str, str]:
        """(country label, formatted number) for a non-US national identifier with a valid check."""
        r, d = self.rng, self.digits
        kind = r.randrange(15)
        if kind == 0:  # Canada SIN (Luhn)
            body = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + d(7)
            n = body + luhn_digit(body)
            return "SIN", f"{n[:3]} {n[3:6]} {n[6:]}"
        if kind == 1:  # UK National Insurance number
            first = r.choice("ABCEGHJKLMNOPRSTWXYZ")
            second = r.choice("ABCEGHJKLMNPRSTWXYZ")
            if first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                first, second = "J", "E"
            return "NI number", f"{first}{second} {d(2)} {d(2)} {d(2)} {r.choice('ABCD')}"
        if kind == 2:  # Aadhaar (Verhoeff)
            body = str(r.randint(2, 9)) + d(10)
            n = body + verhoeff_digit(body)
            return "Aadhaar", f"{n[:4]} {n[4:8]} {n[8:]}"
        if kind == 3:  # Spanish DNI
            n = r.randint(10_000_000, 99_999_999)
            return "DNI", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if kind == 4:  # Dutch BSN (11-proof)
            while True:
                b = d(8)
                s = sum(int(x) * w for x, w in zip(b, range(9, 1, -1)))
                last = s % 11
                if last < 10 and b[0] != "0":
                    return "BSN", b + str(last)
        if kind == 5:  # Swedish personnummer (Luhn over YYMMDDNNN)
            y, m, dd = self.dob()
            body = f"{y % 100:02d}{m:02d}{dd:02d}{d(3)}"
            return "personnummer", f"{body[:6]}-{body[6:]}{luhn_digit(body)}"
        if kind == 6:  # Finnish HETU
            y, m, dd = self.dob()
            ind = r.randint(2, 899)
            q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd:02d}{m:02d}{y % 100:02d}{ind:03d}") % 31]
            return "henkilötunnus", f"{dd:02d}{m:02d}{y % 100:02d}{'-' if y < 2000 else 'A'}{ind:03d}{q}"
        if kind == 7:  # Norwegian fødselsnummer
            while True:
                y, m, dd = self.dob()
                base = [int(c) for c in f"{dd:02d}{m:02d}{y % 100:02d}{r.randint(0, 499):03d}"]
                k1 = (11 - sum(a * w for a, w in zip(base, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11) % 11
                k2 = (11 - sum(a * w for a, w in zip(base + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11) % 11
                if k1 < 10 and k2 < 10:
                    return "fødselsnummer", "".join(map(str, base)) + f"{k1}{k2}"
        if kind == 8:  # Polish PESEL
            y, m, dd = self.dob()
            mm = m + (20 if y >= 2000 else 0)
            body = f"{y % 100:02d}{mm:02d}{dd:02d}{d(4)}"
            q = (10 - sum(int(a) * w for a, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
            return "PESEL", body + str(q)
        if kind == 9:  # Brazilian CPF
            base = [int(c) for c in d(9)]
            d1 = (sum(a * w for a, w in zip(base, range(10, 1, -1))) * 10) % 11 % 10
            d2 = (sum(a * w for a, w in zip(base + [d1], range(11, 1, -1))) * 10) % 11 % 10
            s = "".join(map(str, base))
            return "CPF", f"{s[:3]}.{s[3:6]}.{s[6:]}-{d1}{d2}"
        if kind == 10:  # Chinese resident identity card
            y, m, dd = self.dob()
            body = f"{r.choice(['110105', '310104', '440305', '510107', '330106'])}{y}{m:02d}{dd:02d}{d(3)}"
            w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
            return "身份证号", body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
        if kind == 11:  # French NIR
            y, m, _ = self.dob()
            body = f"{r.choice('12')}{y % 100:02d}{m:02d}{r.choice(['75', '69', '13', '33', '59'])}{d(3)}{d(3)}"
            return "numéro de sécurité sociale", f"{body} {97 - int(body) % 97:02d}"
        if kind == 12:  # Belgian national register number
            y, m, dd = self.dob()
            body = f"{y % 100:02d}{m:02d}{dd:02d}{r.randint(1, 997):03d}"
            cc = 97 - int(("2" if y >= 2000 else "") + body) % 97
            return "rijksregisternummer", f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{cc:02d}"
        if kind == 13:  # Korean resident registration number
            y, m, dd = self.dob()
            body = f"{y % 100:02d}{m:02d}{dd:02d}{r.choice('12' if y < 2000 else '34')}{d(5)}"
            w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
            return "주민등록번호", f"{body[:6]}-{body[6:]}{(11 - sum(int(a) * b for a, b in zip(body, w)) % 11) % 10}"
        # Singapore NRIC
        body = d(7)
        s = sum(int(a) * b for a, b in zip(body, (2, 7, 6, 5, 4, 3, 2)))
        prefix = r.choice("ST")
        s += 4 if prefix == "T" else 0
        return "NRIC", f"{prefix}{body}{'JZIHGFEDCBA'[s % 11]}"

    def nhs_number(self) -> str:
        while True:
            body = self.digits(9)
            check = 11 - sum(int(a) * w for a, w in zip(body, range(10, 1, -1))) % 11
            check = 0 if check == 11 else check
            if check != 10:
                n = body + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def tfn(self) -> str:
        while True:
            n = self.digits(9)
            if sum(int(a) * w for a, w in zip(n, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0:
                return f"{n[:3]} {n[3:6]} {n[6:]}"

    def passport(self) -> tuple[str, str]:
        r, d = self.rng, self.digits
        return r.choice([
            ("US", r.choice("ACEFGHJKLMNPRSTUVWXYZ") + d(8)), ("UK", "1" + d(8)),
            ("DE", "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))),
            ("IN", r.choice("JKLMNPRSTUVWZ") + d(7)), ("CN", "E" + d(8)),
            ("CA", r.choice(["AB", "GK", "HP", "AN"]) + d(6)), ("JP", r.choice(["TR", "TK", "MZ"]) + d(7)),
            ("FR", d(2) + r.choice(["CV", "AH", "DK"]) + d(5)), ("AU", r.choice(["PA", "PE", "RA"]) + d(7)),
            ("NG", "A" + d(8)), ("BR", r.choice(["FX", "GA", "YB"]) + d(6)),
        ])

    def mrz(self, given: str, family: str, number: str, nationality: str) -> tuple[str, str]:
        """Two 44-character ICAO 9303 TD3 lines with every check digit."""
        y, m, dd = self.dob()
        dob = f"{y % 100:02d}{m:02d}{dd:02d}"
        exp = f"{self.rng.randint(27, 35)}{self.rng.randint(1, 12):02d}{self.rng.randint(1, 28):02d}"
        clean = lambda s: "".join(c for c in ascii_fold(s).upper().replace(" ", "<").replace("-", "<")
                                  if c.isalpha() or c == "<")
        line1 = f"P<{nationality}{clean(family)}<<{clean(given)}".ljust(44, "<")[:44]
        num = number[:9].ljust(9, "<")
        personal = "<" * 14
        parts = num + icao_digit(num) + nationality + dob + icao_digit(dob) + self.rng.choice("MF") + exp + \
            icao_digit(exp) + personal + icao_digit(personal)
        composite = num + icao_digit(num) + dob + icao_digit(dob) + exp + icao_digit(exp) + personal + \
            icao_digit(personal)
        return line1, parts + icao_digit(composite)

    def mrn(self) -> str:
        r, d = self.rng, self.digits
        return r.choice([f"{d(9)}", f"KH-{d(4)}-{d(4)}", f"E{d(7)}", f"{d(4)}-{d(2)}-{d(3)}", f"MR{d(8)}",
                         f"00{d(6)}", f"RX{d(6)}-{r.choice('ABCDEFGH')}"])

    def ip(self) -> str:
        r = self.rng
        if r.random() < 0.25:
            groups = (r.randint(0x8100, 0x8120), r.randint(0x1000, 0xffff), r.randint(0x1000, 0xffff))
            return "2a02:" + ":".join(f"{x:x}" for x in groups) + f"::{r.randint(1, 0xfff):x}"
        first = r.choice([81, 86, 92, 109, 145, 151, 178, 185, 188, 212, 24, 67, 73, 98, 174, 41, 102, 177])
        return f"{first}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"


_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a",
                       "à": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ç": "c", "ã": "a", "õ": "o",
                       "ł": "l", "ś": "s", "ż": "z", "ź": "z", "ę": "e", "ą": "a", "ć": "c", "ń": "n",
                       "ř": "r", "š": "s", "č": "c", "ž": "z", "ý": "y", "ı": "i", "ğ": "g",
                       "ş": "s", "ț": "t", "ș": "s", "ő": "o", "ű": "u", "å": "a", "ø": "o", "æ": "ae",
                       "ð": "d", "þ": "th", "ʻ": "", "'": "", "ō": "o", "Ó": "O", "Ü": "U", "Ö": "O",
                       "Ä": "A", "É": "E", "Á": "A", "Í": "I", "Ú": "U", "Ł": "L", "Š": "S", "Č": "C",
                       "Ž": "Z", "Þ": "TH", "Ð": "D", "ě": "e", "ů": "u", "ï": "i", "ë": "e", "â": "a"})


def ascii_fold(s: str) -> str:
    return s.translate(_FOLD)


# ----------------------------------------------------------------------------------------------
# Request shapes. A text lands in one of the places a chat or completions request can hold it.
# ----------------------------------------------------------------------------------------------

SYSTEMS = ["You are a helpful assistant.", "You help a small office with its paperwork. Be concise.",
           "You are a writing assistant. Keep the author's voice.", "Answer in the language of the question.",
           "You are an internal helpdesk bot. Never make up facts."]


def wrap(text: str, rng: random.Random, shape: str | None = None) -> tuple[str, dict[str, Any]]:
    """Put `text` into a request body; returns (endpoint, body)."""
    shape = shape or rng.choice(["user"] * 5 + ["system", "system", "multi", "parts", "parts", "completions",
                                                 "tool_result", "tool_args"])
    if shape == "completions":
        return "completions", {"model": "auto", "prompt": text + "\n\n", "max_tokens": 256}
    msgs: list[dict[str, Any]]
    if shape == "user":
        msgs = [{"role": "user", "content": text}]
    elif shape == "system":
        msgs = [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": text}]
    elif shape == "multi":
        msgs = [{"role": "user", "content": rng.choice(["hey, quick favour?", "can you help me tidy something up",
                                                         "morning! got a sec"])},
                {"role": "assistant", "content": "Of course -- paste it in and tell me what you need."},
                {"role": "user", "content": text}]
    elif shape == "parts":
        head, _, tail = text.partition("\n")
        parts = [{"type": "text", "text": head}]
        if tail:
            parts.append({"type": "text", "text": tail})
        parts.append({"type": "text", "text": rng.choice(["Thanks!", "Keep it short please.", "ty"])})
        msgs = [{"role": "user", "content": parts}]
    elif shape == "tool_result":
        call_id = f"call_{rng.randrange(16 ** 8):08x}"
        tool = rng.choice(["fetch_ticket", "read_clipboard", "crm_lookup", "open_document"])
        msgs = [{"role": "user", "content": "Pull up the thing I was looking at and summarise it in two lines."},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call_id, "type": "function", "function": {"name": tool, "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": call_id, "content": json.dumps({"text": text}, ensure_ascii=False)}]
        return "chat", {"model": "auto", "messages": msgs, "tools": [
            {"type": "function", "function": {"name": tool, "description": "Returns the text the user has open.",
                                              "parameters": {"type": "object", "properties": {}}}}]}
    elif shape == "tool_args":
        call_id = f"call_{rng.randrange(16 ** 8):08x}"
        msgs = [{"role": "user", "content": "File this for me and tell me when it's done."},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call_id, "type": "function", "function": {
                        "name": "save_note", "arguments": json.dumps({"note": text}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": call_id, "content": "{\"ok\": true}"},
                {"role": "user", "content": "great, now give it a short title"}]
    else:
        raise ValueError(shape)
    return "chat", {"model": "auto", "messages": msgs}


Template = Callable[["Gen"], tuple[str, list[str]]]


def sensitive_templates() -> dict[str, list[Template]]:
    """Category -> templates; each returns (text, entity types it inserted)."""

    def handle(name: str) -> str:
        return ascii_fold(name).lower().replace(" ", ".").replace("'", "")

    # ---- person -----------------------------------------------------------------------------
    def slack(g: Gen) -> tuple[str, list[str]]:
        a, b, c = g.name("plain"), g.name(), g.name("word")
        return (f"[9:14 AM] @{handle(a)}: can anyone cover {b}'s Thursday shift? she's with her mum in Ipswich "
                f"after the surgery\n[9:16 AM] @{handle(c)}: I can do the morning, not after 2\n"
                f"[9:17 AM] @{handle(a)}: legend. @{handle(c)} I'll tell {b.split()[0]}\n\n"
                "Turn this thread into a one-line status for the rota channel."), ["person"]

    def genealogy(g: Gen) -> tuple[str, list[str]]:
        a, b, c = g.name("plain"), g.name(), g.name(g.rng.choice(["hyphen", "plain", "particle"]))
        return (f"Family tree notes (from Nan's shoebox):\n- {a}, b. abt 1931, Oaxaca -- m. {b} 1954\n"
                f"  - son: {c}, still farms the home place on County Rd 9 outside Tulsa, has the family bible\n"
                "  - daughter: (unknown, ask cousin Dee)\nCan you format this as a GEDCOM-style outline?"), ["person"]

    def minutes(g: Gen) -> tuple[str, list[str]]:
        n = [g.name() for _ in range(4)]
        return (f"PTA minutes, 14 Nov\nPresent: {n[0]} (chair), {n[1]}, {n[2]}\nApologies: {n[3]}\n"
                f"1. Winter fair -- {n[1]} to book the hall, {n[2]} chasing raffle prizes\n"
                f"2. {n[0]} reminded everyone her son's class needs two more drivers\n"
                "AOB: none\nPlease tidy these into proper minutes."), ["person"]

    def newsletter(g: Gen) -> tuple[str, list[str]]:
        a, b, c = g.name("plain"), g.name("word"), g.name()
        return (f"Draft for Friday's newsletter -- Well done to Year 4's {a} and {b}, who reached the county "
                f"spelling bee final! A big thank-you to {c}'s grandad for mending the playground gate. "
                "Make it sound warmer and fix the grammar."), ["person"]

    def roster(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.name(g.rng.choice(['plain', 'plain', 'word', 'hyphen', 'lower']))}\t{pos}\t{num}"
                         for pos, num in (("GK", 1), ("LB", 3), ("CM", 8), ("ST", 9), ("RW", 7)))
        return (f"Name\tPosition\tShirt\n{rows}\n\nthis is our U14 girls roster pasted from the sheet -- "
                "sort it by shirt number and make a markdown table"), ["person"]

    def docket(g: Gen) -> tuple[str, list[str]]:
        a, b, c = g.name("plain"), g.name(), g.name("plain")
        return (f"CIRCUIT COURT -- CIVIL DOCKET\nCase No. 2026-CV-{g.digits(5)}\n{a} v. {b}\n"
                f"11/02 Motion to compel filed by counsel for plaintiff ({c})\n11/19 Hearing reset at request of "
                "defendant\n\nExplain in plain English what has happened so far in this case."), ["person"]

    def support_chat(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name(), g.name("plain")
        return (f"Chat transcript #{g.digits(6)}\nAgent Marisol: Thanks for holding! How can I help?\n"
                f"Customer: hi its {a} again, my husband {b} ordered the stroller on my account and it never came\n"
                "Agent Marisol: I'm sorry about that, let me check.\n\nSummarise the customer's issue for the "
                "escalation queue."), ["person"]

    def sms(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name("lower"), g.name()
        return (f"omw!! tell {a.split()[0]} 2 grab the spare keys frm {b}'s place, shes @ the hosp til 6. "
                f"dont 4get {a} is allergic 2 nuts lol\n\nrewrite this as a normal message to my flatmate"), ["person"]

    def voice(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name("plain"), g.name(g.rng.choice(["plain", "word", "nonlatin"]))
        return (f"[voicemail transcript] uh hi, yeah, so this is, um, {a}, I'm calling about my father, "
                f"{b}, he's -- he's been moved to the, the cardiac ward? and uh nobody told us. "
                "could someone call me back. thanks. bye.\n\nWhat does the caller want? One sentence."), ["person"]

    def claim(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name(), g.name("plain")
        return (f"Claim narrative: On the evening in question the insured, {a}, reports that her neighbour "
                f"{b} reversed out of the shared driveway and struck the rear passenger door. The neighbour "
                "admitted fault at the scene. Rewrite this for the adjuster in bullet points."), ["person"]

    def email_thread(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name("plain"), g.name(g.rng.choice(["plain", "word", "icelandic", "vietnamese"]))
        return (f"Hi {b.split()[0]},\n\nattached is the revised site plan -- I moved the bike store as you asked.\n\n"
                f"Best,\n{a}\nSenior Planner | Northgate Architects\n\n> On Tue, {b} wrote:\n> can you send "
                "the draft before the council meeting?\n\nIs my reply polite enough? Suggest a better version."), [
            "person"]

    def birthday(g: Gen) -> tuple[str, list[str]]:
        a = g.name(g.rng.choice(["plain", "nonlatin", "arabic", "compound", "mononym"]))
        return (f"write a short birthday card for my grandmother {a}, she turns 90 on sunday, "
                "she raised me and my brothers after our parents moved abroad"), ["person"]

    def coworker(g: Gen) -> tuple[str, list[str]]:
        a = g.name(g.rng.choice(["plain", "word", "initial", "hyphen"]))
        return (f"My manager {a} keeps booking 7am calls even though I'm on the Perth office timezone. "
                "How do I raise this without sounding like I'm complaining?"), ["person"]

    def nonlatin(g: Gen) -> tuple[str, list[str]]:
        r = g.rng
        script = r.choice(sorted(NATIVE))
        return NATIVE_ASKS[script].format(name=r.choice(NATIVE[script])), ["person"]

    def lowercase_proof(g: Gen) -> tuple[str, list[str]]:
        a = g.name("lower")
        return (f"can u proofread: 'dear {a}, thank you for letting us stay at your flat while the boiler "
                "was fixed, the kids loved the garden'"), ["person"]

    def trace_name(g: Gen) -> tuple[str, list[str]]:
        a = g.name(g.rng.choice(["hyphen", "plain", "nonlatin", "particle"]))
        uid = g.digits(5)
        return ("Getting this in prod, any idea?\n\nTraceback (most recent call last):\n"
                '  File "/srv/app/profiles/views.py", line 212, in update_profile\n'
                "    validate_display_name(payload['display_name'])\n"
                '  File "/srv/app/profiles/validators.py", line 41, in validate_display_name\n'
                f"    raise ValueError(f\"invalid display name {{name!r}} for user_id={{uid}}\")\n"
                f"ValueError: invalid display name '{a}' for user_id={uid}"), ["person"]

    def crm(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.name('plain')},{g.name(g.rng.choice(['plain', 'word', 'compound', 'arabic']))},"
                         f"{g.rng.choice(['Negotiation', 'Closed Won', 'Discovery', 'Proposal'])},"
                         f"{g.rng.randint(4, 180)}k" for _ in range(4))
        return (f"Account Owner,Primary Contact,Stage,ARR\n{rows}\n\nwhich of these deals is furthest along? "
                "just the row"), ["person"]

    def seating(g: Gen) -> tuple[str, list[str]]:
        t = [g.name() for _ in range(5)]
        return (f"Table 4: {t[0]}, {t[1]} (+1), {t[2]}\nTable 5: {t[3]}, {t[4]}, Uncle Bert\n"
                "Can you check no table has more than 8 if each +1 counts as a seat? Rest of the plan follows "
                "the same pattern."), ["person"]

    def obituary(g: Gen) -> tuple[str, list[str]]:
        a, b, c = g.name("plain"), g.name(), g.name("word")
        return (f"Please tighten this obituary: {a}, 78, of Harrow Creek, passed away peacefully at home. "
                f"She is survived by her children {b} and {c}, and was a volunteer at the food pantry for 30 years."), [
            "person"]

    def listing_agent(g: Gen) -> tuple[str, list[str]]:
        a, b = g.name("plain"), g.name()
        return (f"3 bed semi, south-facing garden, new boiler 2024. Viewings strictly via {a} at Fenwick & Lowe; "
                f"current owner {b} is relocating for work so chain-free. Make this listing punchier, max 60 words."), [
            "person"]

    def word_names(g: Gen) -> tuple[str, list[str]]:
        a = f"{g.rng.choice(WORD_GIVEN)} {g.rng.choice(WORD_FAMILY)}"
        b = f"{g.rng.choice(WORD_GIVEN)} {g.rng.choice(WORD_FAMILY)}"
        return (f"Remind me what I promised {a} about the fence -- it was in the note where {b} said the "
                "posts were rotten. Draft a text to both of them saying I'll pay half."), ["person"]

    def mention_dm(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"@{handle(a)} pinged me: \"can you stop cc'ing {a.split()[-1]} in finance on every PR\". "
                f"Was that rude of me? Context: {a} is my team lead and the finance person is new."), ["person"]

    # ---- phone ------------------------------------------------------------------------------
    def ph_voicemail(g: Gen) -> tuple[str, list[str]]:
        a, p = g.name("plain"), g.phone()
        return (f"[transcribed voicemail] hi it's {a} from the dentist -- sorry -- from the allotment "
                f"committee, um, could you ring me back on {spell_digits(p, g.rng)}, that's "
                f"{spell_digits(p, g.rng)}, any time after four. cheers.\n\nWrite down the callback number as "
                "digits."), ["person", "phone"]

    def ph_sms(g: Gen) -> tuple[str, list[str]]:
        return (f"new # pls save: {g.phone()} -- old one got nicked on the bus. txt me when u get this x\n"
                "translate this to french for my host family"), ["phone"]

    def ph_crm(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.name('plain')} | {g.phone()} | {g.rng.choice(['hot', 'warm', 'cold'])}"
                         for _ in range(3))
        return f"lead | phone | temp\n{rows}\n\nwho should sales call first?", ["person", "phone"]

    def ph_signature(g: Gen) -> tuple[str, list[str]]:
        a, p = g.name(), g.phone()
        return (f"Thanks again for coming out to look at the roof.\n\n--\n{a}\nFairweather Roofing & Guttering\n"
                f"m: {p}\n\nCan you write a reply accepting the quote?"), ["person", "phone"]

    def ph_split(g: Gen) -> tuple[str, list[str]]:
        p = g.phone()
        mid = len(p) // 2
        return (f"Customer: my callback is {p[:mid]}\nCustomer: {p[mid:]}\nCustomer: sorry hit enter lol\n"
                "Agent: no worries!\n\nExtract the customer's callback number."), ["phone"]

    def ph_fixture(g: Gen) -> tuple[str, list[str]]:
        a, p = g.latin_name(), g.phone()
        return ("why does this test fail on CI but not locally?\n\n"
                "def test_sms_reminder(sender):\n"
                f"    contact = Contact(name=\"{a[0]} {a[1]}\", mobile=\"{p}\")\n"
                "    sender.remind(contact, when=tomorrow_9am())\n"
                "    assert sender.outbox[0].to == contact.mobile\n"), ["person", "phone"]

    def ph_flyer(g: Gen) -> tuple[str, list[str]]:
        return (f"LOST CAT -- grey tabby, answers to Biscuit, last seen near the co-op. Please call Hope on "
                f"{g.phone()}.\nMake this poster text shorter and friendlier."), ["person", "phone"]

    # ---- email ------------------------------------------------------------------------------
    def em_headers(g: Gen) -> tuple[str, list[str]]:
        ga, fa = g.latin_name()
        gb, fb = g.latin_name()
        return (f"From: {ga} {fa} <{g.email(ga, fa)}>\nTo: {gb} {fb} <{g.email(gb, fb)}>\nSubject: Re: gutter "
                "quote\n\n> Can you do Thursday?\nThursday works, bring the long ladder.\n\nWhat day did they "
                "agree?"), [
            "person", "email"]

    def em_git(g: Gen) -> tuple[str, list[str]]:
        ga, fa = g.latin_name()
        return (f"commit 9f3c2a1d7be04e5f8a61c0d2b4e7f19a3c5d8e20\nAuthor: {ga} {fa} <{g.email(ga, fa)}>\n"
                "Date:   Mon Nov 30 17:42:05 2026 +0100\n\n    fix off-by-one in pagination\n\n"
                "write a better commit message for this change"), ["person", "email"]

    def em_obfuscated(g: Gen) -> tuple[str, list[str]]:
        e = g.email()
        user, domain = e.split("@")
        return (f"ping me at {user} [at] {domain.replace('.', ' [dot] ')} if the flat is still free -- "
                "rewrite this as a formal enquiry"), ["email"]

    def em_signup(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.email()},{g.rng.choice(['yes', 'no'])},{g.rng.randint(1, 4)}" for _ in range(4))
        return f"email,newsletter,kids\n{rows}\n\nhow many families signed up for the newsletter?", ["email"]

    def em_fixture(g: Gen) -> tuple[str, list[str]]:
        ga, fa = g.latin_name()
        return ("SEED_USERS = [\n"
                f"    {{\"email\": \"{g.email(ga, fa)}\", \"name\": \"{ga} {fa}\", \"role\": \"admin\"}},\n"
                f"    {{\"email\": \"{g.email()}\", \"role\": \"viewer\"}},\n]\n"
                "convert this seed list to a YAML fixture"), ["person", "email"]

    def em_trace(g: Gen) -> tuple[str, list[str]]:
        return ("signup endpoint 500s for one customer, prod log:\n"
                "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique "
                "constraint \"users_email_key\"\n"
                f"DETAIL:  Key (lower(email::text))=({g.email()}) already exists.\n"
                "[SQL: INSERT INTO users (email, created_at) VALUES (%(email)s, now())]\n"
                "how do I make signup idempotent?"), ["email"]

    def em_sms(g: Gen) -> tuple[str, list[str]]:
        return (f"pls send the invoice 2 {g.email()} not my work one, ta\n-> make this polite for my accountant"), [
            "email"]

    # ---- credit card --------------------------------------------------------------------------
    def cc_chat(g: Gen) -> tuple[str, list[str]]:
        c = g.card()
        return (f"Customer: ok the full card is {' '.join(c[i:i + 4] for i in range(0, len(c), 4))} exp "
                f"{g.rng.randint(1, 12):02d}/{g.rng.randint(27, 31)}\nAgent: thank you, processing now\n\n"
                "Did the agent follow the script? (script says never ask for the full number)"), ["credit_card"]

    def cc_sheet(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"Date\tMerchant\tAmount\tCard\tCardholder\n03/11\tStaples\t42.18\t{g.card()}\t{a}\n"
                f"04/11\tShell\t61.00\t{g.card()}\t{a}\n\ntotal these expenses"), ["person", "credit_card"]

    def cc_voice(g: Gen) -> tuple[str, list[str]]:
        c = g.card()
        return (f"[call recording, auto-transcribed] yeah the card number is, um, {spell_digits(c, g.rng)}, "
                "and the, uh, the expiry is next March\n\nWhat is the caller trying to pay for? Guess from context."), [
            "credit_card"]

    def cc_lines(g: Gen) -> tuple[str, list[str]]:
        c = g.card()
        return (f"OCR from the receipt photo came out like this:\nCARD NO\n{c[:8]}\n{c[8:]}\nAUTH 0{g.digits(5)}\n"
                "clean up the OCR into one line per field"), ["credit_card"]

    def cc_log(g: Gen) -> tuple[str, list[str]]:
        return ("2026-11-30T10:04:11Z WARN payments.gateway retry=2 payload={\"pan\":\"" + g.card() +
                "\",\"amount\":1999,\"currency\":\"EUR\"}\nwhy is this retrying?"), ["credit_card"]

    def cc_fixture(g: Gen) -> tuple[str, list[str]]:
        return (f"@pytest.fixture\ndef card():\n    return Card(number=\"{g.card()}\", cvc=\"{g.digits(3)}\", "
                "exp=(9, 2029))\n\nrefactor this fixture to use a factory"), ["credit_card"]

    # ---- IBAN -------------------------------------------------------------------------------
    def ib_invoice(g: Gen) -> tuple[str, list[str]]:
        iban = g.iban()
        grouped = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        a = g.name("plain")
        return (f"Invoice 2026-117 -- garden design, 3 site visits\nTotal due: EUR 1,480.00\n"
                f"Payable to: {a}\nIBAN: {grouped}\n\nwrite a friendly payment reminder for this invoice"), [
            "person", "iban"]

    def ib_payroll(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.name('plain')};{g.iban()};{g.rng.randint(1800, 5200)},00" for _ in range(3))
        return f"Name;IBAN;Netto\n{rows}\n\nSumme der Nettogehälter?", ["person", "iban"]

    def ib_lower(g: Gen) -> tuple[str, list[str]]:
        return (f"hey can you update my bank details to {g.iban().lower()} from next month, old account is "
                "closing -- make this into an email to HR"), ["iban"]

    def ib_tool(g: Gen) -> tuple[str, list[str]]:
        return (f"SEPA transfer request\nBeneficiary account: {g.iban()}\nReference: rent Dec\n"
                "is the reference field long enough for my landlord?"), ["iban"]

    # ---- SSN --------------------------------------------------------------------------------
    def ssn_form(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"New hire checklist\nLegal name: {a}\nSSN: {g.ssn()}\nW-4: received\nI-9: pending\n"
                "What's still outstanding?"), ["person", "ssn"]

    def ssn_plain(g: Gen) -> tuple[str, list[str]]:
        return (f"my social is {g.ssn().replace('-', '')} and the tax software keeps saying it doesn't match, "
                "what are the usual reasons?"), ["ssn"]

    def ssn_spaced(g: Gen) -> tuple[str, list[str]]:
        a = g.name()
        return (f"Soc. Sec. # {g.ssn().replace('-', ' ')} -- {a} -- dependent on 2025 return. do I list her "
                "as a qualifying relative?"), ["person", "ssn"]

    def ssn_voice(g: Gen) -> tuple[str, list[str]]:
        return (f"Caller: yes my social security number is {spell_digits(g.ssn(), g.rng)}\nRep: thank you\n\n"
                "Classify the call reason: billing, fraud, or address change."), ["ssn"]

    def ssn_sheet(g: Gen) -> tuple[str, list[str]]:
        rows = "\n".join(f"{g.name('plain')}\t{g.ssn()}\t{g.rng.choice(['FT', 'PT'])}" for _ in range(3))
        return f"Employee\tSSN\tStatus\n{rows}\n\ncount the part-timers", ["person", "ssn"]

    # ---- national IDs -------------------------------------------------------------------------
    def nid_form(g: Gen) -> tuple[str, list[str]]:
        label, num = g.national_id()
        a = g.name()
        return (f"Applicant: {a}\n{label}: {num}\nPurpose: tenancy reference\n\nIs this application "
                "complete? Required: name, ID, purpose, signature."), ["person", "NATIONAL_ID"]

    def nid_chat(g: Gen) -> tuple[str, list[str]]:
        label, num = g.national_id()
        return (f"the bank form asks for my {label} and I typed {num} but it says invalid format?? "
                "what format do they usually want"), ["NATIONAL_ID"]

    def nid_nhs(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"GP registration for my son {a}, NHS number {g.nhs_number()}, moving from Leeds -- what "
                "else should I bring to the surgery?"), ["person", "NATIONAL_ID"]

    def nid_tfn(g: Gen) -> tuple[str, list[str]]:
        return (f"new job onboarding, TFN {g.tfn()}, super fund choice form attached -- can you write a short "
                "note to payroll saying I've filed both"), ["NATIONAL_ID"]

    def nid_split(g: Gen) -> tuple[str, list[str]]:
        label, num = g.national_id()
        raw = num.replace(" ", "")
        return (f"{label}\n{raw[:len(raw) // 2]}\n{raw[len(raw) // 2:]}\n(that's from my scan, it split across "
                "lines) -- please just reformat it on one line"), ["NATIONAL_ID"]

    # ---- passport -----------------------------------------------------------------------------
    def pp_mrz(g: Gen) -> tuple[str, list[str]]:
        given, family = g.latin_name()
        country, number = g.passport()
        code = {"US": "USA", "UK": "GBR", "DE": "D<<", "IN": "IND", "CN": "CHN", "CA": "CAN", "JP": "JPN",
                "FR": "FRA", "AU": "AUS", "NG": "NGA", "BR": "BRA"}[country]
        l1, l2 = g.mrz(given, family, number, code)
        return (f"the hotel scanner spat this out, can you tell me which field is the expiry?\n{l1}\n{l2}"), [
            "person", "PASSPORT", "DATE_OF_BIRTH"]

    def pp_booking(g: Gen) -> tuple[str, list[str]]:
        country, number = g.passport()
        a = g.name("plain")
        return (f"Traveller 2: {a}, passport {number} ({country}), seat pref aisle\nFormat the traveller list "
                "for the airline's group booking form."), ["person", "PASSPORT"]

    def pp_visa(g: Gen) -> tuple[str, list[str]]:
        _, number = g.passport()
        return (f"visa appt confirmation says passport no. {number[:4]} {number[4:]} -- do I need to bring the "
                "old passport too if it had my previous visa?"), ["PASSPORT"]

    # ---- address ------------------------------------------------------------------------------
    def ad_move(g: Gen) -> tuple[str, list[str]]:
        return (f"we've moved! new address: {g.address()} -- write a cute change-of-address card for the "
                "family group chat"), ["STREET_ADDRESS"]

    def ad_delivery(g: Gen) -> tuple[str, list[str]]:
        a = g.name()
        return (f"Deliver to: {a}\n{g.address()}\nNote: side gate, dog is friendly\n\ntranslate the note to "
                "Spanish for the courier"), ["person", "STREET_ADDRESS"]

    def ad_served(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"Affidavit of service: I served the summons on {a} at {g.address()} at 6:40 pm by leaving it "
                "with a person of suitable age. Is 'person of suitable age' the right legal phrase here?"), [
            "person", "STREET_ADDRESS"]

    def ad_claim(g: Gen) -> tuple[str, list[str]]:
        return (f"Loss location: insured's residence, {g.address()}. Water entered through the kitchen ceiling "
                "from the flat above. List the documents the adjuster will ask for."), ["STREET_ADDRESS"]

    # ---- date of birth ------------------------------------------------------------------------
    def dob_enrol(g: Gen) -> tuple[str, list[str]]:
        a = g.name(g.rng.choice(["plain", "word", "hyphen"]))
        y, m, d = g.rng.randint(2014, 2021), g.rng.randint(1, 12), g.rng.randint(1, 28)
        dob = g.rng.choice([f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}"])
        return (f"Enrolment form -- child: {a}, DOB {dob}, allergies: none. Which year group does "
                "that put her in for September?"), ["person", "DATE_OF_BIRTH"]

    def dob_spoken(g: Gen) -> tuple[str, list[str]]:
        y, m, d = g.dob()
        a = g.name("plain")
        return (f"[call notes] member {a} confirmed date of birth as the {ORDINALS[d - 1]} of {MONTHS[m - 1]}, "
                f"{y}, verification passed. Summarise for the ticket."), ["person", "DATE_OF_BIRTH"]

    def dob_genealogy(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"cousin {a} (b. {g.dob_text()}, lives in Rotorua) says the family came over in 1911 -- "
                "what records would confirm the ship?"), ["person", "DATE_OF_BIRTH"]

    # ---- MRN ----------------------------------------------------------------------------------
    def mrn_discharge(g: Gen) -> tuple[str, list[str]]:
        a = g.name("plain")
        return (f"DISCHARGE SUMMARY\nPatient: {a}   MRN: {g.mrn()}\nDx: community-acquired pneumonia\n"
                "Plan: amoxicillin 5 days, GP review 1/52\n\nRewrite the plan in plain language for the patient."), [
            "person", "MEDICAL_RECORD_NUMBER"]

    def mrn_lab(g: Gen) -> tuple[str, list[str]]:
        return (f"lab portal shows 'Med Rec # {g.mrn()} -- HbA1c 6.9%' what does that number mean for a "
                "type 2 diabetic?"), ["MEDICAL_RECORD_NUMBER"]

    def mrn_pharmacy(g: Gen) -> tuple[str, list[str]]:
        a = g.name()
        return (f"Rx label: {a} / chart {g.mrn()} / metformin 500mg BID -- is it ok to take with grapefruit?"), [
            "person", "MEDICAL_RECORD_NUMBER"]

    # ---- IP -----------------------------------------------------------------------------------
    def ip_ssh(g: Gen) -> tuple[str, list[str]]:
        user = ascii_fold(g.latin_name()[0]).lower()
        return (f"Nov 30 03:12:44 vps sshd[4121]: Accepted password for {user} from {g.ip()} port 51522 ssh2\n"
                f"Nov 30 03:12:51 vps sshd[4121]: pam_unix(sshd:session): session opened for user {user}\n"
                "is this login suspicious?"), ["IP_ADDRESS"]

    def ip_home(g: Gen) -> tuple[str, list[str]]:
        return (f"my home ip is {g.ip()} and the game server keeps kicking me, could my ISP be blocking it?"), [
            "IP_ADDRESS"]

    def ip_access(g: Gen) -> tuple[str, list[str]]:
        e = g.email()
        return (f"{g.ip()} - - [30/Nov/2026:10:01:22 +0000] \"POST /login?user={e} HTTP/1.1\" 401 512\n"
                "what does the 401 mean here"), ["IP_ADDRESS", "email"]

    return {
        "person": [slack, genealogy, minutes, newsletter, roster, docket, support_chat, sms, voice, claim,
                   email_thread, birthday, coworker, nonlatin, lowercase_proof, trace_name, crm, seating,
                   obituary, listing_agent, word_names, mention_dm],
        "phone": [ph_voicemail, ph_sms, ph_crm, ph_signature, ph_split, ph_fixture, ph_flyer],
        "email": [em_headers, em_git, em_obfuscated, em_signup, em_fixture, em_trace, em_sms],
        "credit_card": [cc_chat, cc_sheet, cc_voice, cc_lines, cc_log, cc_fixture],
        "iban": [ib_invoice, ib_payroll, ib_lower, ib_tool],
        "ssn": [ssn_form, ssn_plain, ssn_spaced, ssn_voice, ssn_sheet],
        "national_id": [nid_form, nid_chat, nid_nhs, nid_tfn, nid_split],
        "passport": [pp_mrz, pp_booking, pp_visa],
        "address": [ad_move, ad_delivery, ad_served, ad_claim],
        "dob": [dob_enrol, dob_spoken, dob_genealogy],
        "mrn": [mrn_discharge, mrn_lab, mrn_pharmacy],
        "ip": [ip_ssh, ip_home, ip_access],
    }


def payload_bodies(g: Gen) -> list[tuple[dict[str, Any], list[str]]]:
    """Private values in the fields people forget the gateway forwards: schemas, `user`, URLs, names."""
    r = g.rng
    ga, fa = g.latin_name()
    gb, fb = g.latin_name()
    oncall, oncall_phone = g.name("plain"), g.phone()
    card, ssn, iban = g.card(), g.ssn(), g.iban()
    y, m, d = g.dob()
    patient, mrn = g.name("plain"), g.mrn()
    y2, m2, d2 = g.dob()
    mrn2 = g.mrn()
    handle = ascii_fold(g.name("plain")).lower().replace(" ", "_").replace("'", "").replace("-", "_")
    user_email = g.email()
    assignees = [g.email() for _ in range(3)]
    return [
        ({"model": "auto", "messages": [{"role": "user", "content": "Assign ticket 4471 to whoever owns billing."}],
          "tools": [{"type": "function", "function": {
              "name": "assign_ticket", "description": "Assign a helpdesk ticket.",
              "parameters": {"type": "object", "properties": {
                  "ticket": {"type": "integer"},
                  "assignee": {"type": "string", "enum": assignees, "description": "Helpdesk staff login"}},
                  "required": ["ticket", "assignee"]}}}]}, ["email"]),
        ({"model": "auto", "messages": [{"role": "user", "content": "The build server is down again, page someone."}],
          "tools": [{"type": "function", "function": {
              "name": "page_oncall",
              "description": f"Pages the on-call engineer (this week {oncall}, mobile {oncall_phone}).",
              "parameters": {"type": "object", "properties": {"summary": {"type": "string"}}}}}]},
         ["person", "phone"]),
        ({"model": "auto", "messages": [{"role": "user", "content": "Extract the patient header from the scan text."}],
          "response_format": {"type": "json_schema", "json_schema": {"name": "patient_header", "schema": {
              "type": "object", "properties": {
                  "name": {"type": "string", "examples": [patient]},
                  "dob": {"type": "string", "examples": [f"{y}-{m:02d}-{d:02d}"]},
                  "mrn": {"type": "string", "examples": [mrn]}}}}}},
         ["person", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER"]),
        ({"model": "auto", "user": user_email,
          "messages": [{"role": "user", "content": "Suggest three names for a sourdough starter."}]}, ["email"]),
        ({"model": "auto", "messages": [{"role": "user", "content": [
            {"type": "text", "text": "What does this X-ray report image say?"},
            {"type": "image_url", "image_url": {
                "url": f"https://img.clinicportal.example/scan.png?patient={ga}%20{fa}&mrn={mrn2}"
                       f"&dob={y2}{m2:02d}{d2:02d}"}}]}]},
         ["person", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH"]),
        ({"model": "auto", "messages": [
            {"role": "system", "content": "You are the team's stand-up bot."},
            {"role": "user", "name": handle,
             "content": "yesterday: fixed the CSV export. today: reviews. no blockers"}]},
         ["person"]),
        ({"model": "auto", "messages": [
            {"role": "user", "content": "Refund the duplicate charge and confirm."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7f2a", "type": "function", "function": {
                "name": "refund", "arguments": json.dumps({"card_number": card, "amount_cents": 2599,
                                                           "cardholder": f"{gb} {fb}"})}}]},
            {"role": "tool", "tool_call_id": "call_7f2a", "content": "{\"status\": \"refunded\"}"}]},
         ["credit_card", "person"]),
        ({"model": "auto", "messages": [{"role": "user", "content": "Set up the payout for the new contractor."}],
          "tools": [{"type": "function", "function": {
              "name": "create_payout", "description": "Create a payout to a contractor's bank account.",
              "parameters": {"type": "object", "properties": {
                  "iban": {"type": "string", "default": iban},
                  "tax_id": {"type": "string", "description": f"US contractors: SSN, e.g. {ssn}"}}}}}]},
         ["iban", "ssn"]),
        ({"model": "auto", "messages": [
            {"role": "user", "content": "Look up the member and tell me if the gym membership is active."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_91bd", "type": "function", "function": {
                "name": "member_lookup", "arguments": "{\"query\": \"active\"}"}}]},
            {"role": "tool", "tool_call_id": "call_91bd", "content": json.dumps(
                {"member": g.name(r.choice(["plain", "word", "nonlatin"])), "phone": g.phone(), "status": "active"},
                ensure_ascii=False)}]},
         ["person", "phone"]),
    ]


def isbn_text(rng: random.Random) -> str:
    n = isbn13("978" + "".join(rng.choice("0123456789") for _ in range(9)))
    return f"{n[:3]}-{n[3]}-{n[4:8]}-{n[8:12]}-{n[12]}"


def s10(rng: random.Random) -> str:
    """Royal Mail / UPU S10 tracking number with its check digit (looks like a passport number)."""
    body = "".join(rng.choice("0123456789") for _ in range(8))
    c = 11 - sum(int(a) * w for a, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7))) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return f"{rng.choice(['RR', 'LX', 'CP', 'EA'])}{body}{c}GB"


def imo(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789") for _ in range(6))
    return "IMO " + body + str(sum(int(a) * w for a, w in zip(body, range(7, 1, -1))) % 10)


def luhn_failing(rng: random.Random, n: int) -> str:
    while True:
        s = rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if not luhn_ok(s):
            return s


BIRTHS = [("Alan Turing", "23 June 1912", "Maida Vale, London"), ("Marie Curie", "7 November 1867", "Warsaw"),
          ("Srinivasa Ramanujan", "22 December 1887", "Erode"), ("Ada Lovelace", "10 December 1815", "London"),
          ("Nikola Tesla", "10 July 1856", "Smiljan"), ("Frida Kahlo", "6 July 1907", "Coyoacán"),
          ("Wangari Maathai", "1 April 1940", "Ihithe, Nyeri"), ("Yuri Gagarin", "9 March 1934", "Klushino")]


def benign_templates() -> dict[str, list[Callable[[random.Random], str]]]:
    """Category -> templates producing text that holds no private value at all."""

    def pub(r: random.Random, k: int = 1) -> list[tuple[str, str]]:
        return r.sample(PUBLIC, k)

    public_figure = [
        lambda r: (lambda p: f"Draft for the school newsletter: This term Year 6 learned about {p[0]}, who {p[1]}. "
                             "Thank you to every family who came to the showcase! Make it two sentences.")(pub(r)[0]),
        lambda r: "Quiz night, round 3 answers: " + "; ".join(f"{i + 1}) {p[0]}" for i, p in enumerate(pub(r, 4)))
                  + ". Write a question for each answer, pub-quiz difficulty.",
        lambda r: (lambda p: f"[2:01 PM] @channel fun fact: {p[0]} {p[1]}. anyway standup in 5\n"
                             "is that fact actually right?")(pub(r)[0]),
        lambda r: (lambda b: f"{b[0]} was born on {b[1]} in {b[2]}. Write a 60-word label for a museum display "
                             "about their life.")(r.choice(BIRTHS)),
        lambda r: (lambda ps: f"Make a table comparing {ps[0][0]}, {ps[1][0]} and {ps[2][0]}: field, country, "
                              "what they're best known for.")(pub(r, 3)),
        lambda r: (lambda p: f"um so my daughter has a project on, uh, {p[0]}? and she needs like three facts "
                             "that a nine year old would find cool")(pub(r)[0]),
        lambda r: (lambda p: f"omg did u know {p[0]} {p[1]}?? explain why that was a big deal, short pls")(pub(r)[0]),
        lambda r: (lambda ps: "Agenda item 4: naming the new meeting rooms after people we admire. Shortlist: "
                              + ", ".join(p[0] for p in ps)
                              + ". Write a one-line blurb for each door sign.")(pub(r, 4)),
        lambda r: (lambda p: f"Book club minutes: we discussed how {p[0]} {p[1]}; half the group wanted more "
                             "context. Suggest two follow-up readings.")(pub(r)[0]),
        lambda r: (lambda p: f"Write a limerick about {p[0]}.")(pub(r)[0]),
        lambda r: (lambda ps: f"Who was older, {ps[0][0]} or {ps[1][0]}? And did they ever meet?")(pub(r, 2)),
        lambda r: f"Family tree notes for my history class: {r.choice(FAMOUS_FAMILIES)}. Format as an indented "
                  "outline.",
        lambda r: "Docket-style summary please: " + ", ".join(r.sample(FAMOUS_CASES, 3))
                  + " -- one line each on what the court held.",
        lambda r: f"Fantasy football: {', '.join(r.sample(FOOTBALLERS, 4))} -- who should be captain this week if two "
                  "are away games?",
        lambda r: (lambda ps: f"Slack thread:\n[11:02] @channel who's doing the {ps[0][0]} talk at the lunch-and-learn?"
                              f"\n[11:05] I can cover {ps[1][0]} and {ps[2][0]}\nturn this into a one-line "
                              "announcement")(pub(r, 3)),
        lambda r: (lambda p: f"My essay intro: '{p[0]} {p[1]}, and that changed everything.' Too dramatic? "
                             "Rewrite it for a university history essay.")(pub(r)[0]),
    ]

    named_thing = [
        lambda r: f"my grandad was just diagnosed with {r.choice(LATE_ONSET)}. what should we ask "
                  "the specialist at the first appointment?",
        lambda r: f"Explain {r.choice(EPONYMS[5:11])} using an example from everyday life, for a 14-year-old.",
        lambda r: (lambda b: f"Is a used {b[0]} more reliable than a used {b[1]}? Asking for a 10-year-old model.")(
            r.sample(["Ford", "Porsche", "Peugeot", "Suzuki", "Mercedes-Benz"], 2)),
        lambda r: (lambda b: f"Rank these for a chocolate tasting night: {b[0]}, {b[1]}, Lindt. One line each.")(
            r.sample(["Cadbury", "Nestlé", "Hershey's", "Guylian"], 2)),
        lambda r: (lambda p: f"3-day itinerary for {p[0]} then {p[1]}, public transport only.")(r.sample(PLACES, 2)),
        lambda r: (lambda f: f"Write a short dialogue between {f[0]} and {f[1]} arguing about who would win at chess.")(
            r.sample(FICTIONAL, 2)),
        lambda r: (lambda c: f"Write a fan letter to {c[0]}, {c[1]}, asking about {c[2]}.")(r.choice(FICTIONAL_HOMES)),
        lambda r: f"What's the floor plan of {r.choice(FICTIONAL_HOMES)[1]}? Describe it room by room, as in the books "
                  "or the show.",
        lambda r: f"Which is named after a person: {r.choice(PLACES)} or "
                  f"{r.choice(['Reykjavík', 'Nairobi', 'Kyoto', 'Lima'])}? Who?",
        lambda r: f"I'm writing a pub quiz: give me 5 eponyms like {r.choice(EPONYMS)} and who they're named after.",
        lambda r: f"Should our bakery stock {r.choice(['Kellogg', 'Guinness', 'Heineken'])}-branded merch or is that a "
                  "licensing minefield?",
        lambda r: f"{r.choice(FICTIONAL)} as a job applicant: write a tongue-in-cheek CV summary.",
        lambda r: f"Why is {r.choice(['Bolivia', 'Colombia', 'the Philippines', 'Tasmania'])} named the way it is?",
        lambda r: f"Physics homework: a {r.randint(2, 9)} kg bag on Earth -- how many newtons? And is a joule really a "
                  "newton-metre? Also why are volts, amperes and hertz all named after people?",
        lambda r: "Company,Founder,Founded\n" + "\n".join(r.sample(FOUNDERS, 4))
                  + "\n\nsort by year founded and add a column with the country",
        lambda r: f"Is {r.choice(BRANDS)} named after a family? Tell me "
                  "the founding story in 3 sentences.",
    ]

    def lk(kind: int, r: random.Random) -> str:
        h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))  # noqa: E731
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        if kind == 0:
            return f"Can you tell me which book has ISBN {isbn_text(r)}? It's for a reading list."
        if kind == 1:
            return (f"UPS tracking 1Z{''.join(r.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}"
                    f"{d(10)} says 'exception: address correction' -- what does that usually mean?")
        if kind == 2:
            return f"USPS: {d(4)} {d(4)} {d(4)} {d(4)} {d(4)} {d(2)} stuck 'in transit' for 9 days. normal?"
        if kind == 3:
            return f"DHL waybill {d(10)} shows 'clearance event' -- do I have to pay customs duty?"
        if kind == 4:
            return f"git revert {h(40)} gives a conflict in package-lock.json, how do I resolve it sanely?"
        if kind == 5:
            return (f"The download page lists SHA-256 {h(64)} but mine differs. Is the file corrupt or could it "
                    "be a newer build?")
        if kind == 6:
            return f"what does 'request id {h(8)}-{h(4)}-4{h(3)}-a{h(3)}-{h(12)}' in the error banner mean for me?"
        if kind == 7:
            return f"upgrading from {r.randint(2, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} to the 10.0.0-rc.2 " \
                   "release: what's the safest order of steps?"
        if kind == 8:
            return (f"Chrome says Version {r.randint(118, 131)}.0.{r.randint(5900, 6800)}.{r.randint(60, 200)} "
                    "(Official Build) (64-bit). Is that up to date?")
        if kind == 9:
            return f"docker pull fails with digest sha256:{h(64)} not found. any ideas?"
        if kind == 10:
            return r.choice(["What's at 48.8584° N, 2.2945° E?", "what is at -33.8568, 151.2153",
                             "Which mountain is at 27.9881 N, 86.9250 E?", "35.3606, 138.7274 -- what's there?"])
        if kind == 11:
            return r.choice(["Is Avogadro's constant exactly 6.02214076 × 10^23 mol^-1 now?",
                             "why is the speed of light exactly 299 792 458 m/s? who decided that",
                             "Boltzmann constant 1.380649e-23 J/K -- explain units simply",
                             "planck h = 6.62607015e-34, how was it fixed in 2019?"])
        if kind == 12:
            return f"convert unix time {r.randint(1_700_000_000, 1_799_999_999)} to UTC and to Tokyo time"
        if kind == 13:
            return (f"Order #{luhn_failing(r, 16)} -- placed 3 weeks ago, still 'processing'. Draft a firm but polite "
                    "chaser to the shop.")
        if kind == 14:
            return f"Invoice INV-2026-{d(6)} vs PO {d(7)}: the amounts differ by 4.20, how do I explain that?"
        if kind == 15:
            return (f"summarise the paper with DOI 10.{r.randint(1000, 9999)}/j.{r.choice(['cell', 'neuron', 'jcp'])}."
                    f"{r.randint(2015, 2025)}.{d(2)}.{d(3)} in 3 bullet points")
        if kind == 16:
            return f"Is arXiv:{r.randint(21, 25)}{r.randint(1, 12):02d}.{d(5)} the kind of ID I can cite in APA style?"
        if kind == 17:
            return f"what's the hazard class of CAS {cas_number(d(r.randint(4, 7)))}? (safety sheet is smudged)"
        if kind == 18:
            return f"HS code {d(4)}.{d(2)}.{d(4)} or the other one for a laptop stand? customs broker asked"
        if kind == 19:
            return f"Royal Mail tracking {s10(r)} says 'held at international hub'. How long does that take?"
        if kind == 20:
            return f"Vessel {imo(r)} -- how do I look up where a ship is right now?"
        if kind == 21:
            body = d(7)
            check = (11 - sum(int(a) * w for a, w in zip(body, range(8, 1, -1))) % 11) % 11
            issn = f"{body[:4]}-{body[4:]}{'X' if check == 10 else check}"
            return f"Is ISSN {issn} the print or the online one? Library form wants both."
        if kind == 22:
            return f"EAN barcode {isbn13('40' + d(10))} on a jar of pesto -- does 40 mean made in Germany?"
        if kind == 23:
            return (f"Flight LH{r.randint(400, 499)} FRA-SFO, seat {r.randint(10, 60)}{r.choice('ACDGHK')}: "
                    "is that a window?")
        if kind == 24:
            balls = " ".join(str(n) for n in sorted(r.sample(range(1, 50), 6)))
            return f"lottery numbers this week were {balls} -- what are the odds of matching all six?"
        if kind == 25:
            return r.choice(["is 2718281828 prime? (it's the first digits of e)",
                             "is 3141592653 prime? those are the first ten digits of pi",
                             "1618033988 -- golden ratio digits -- divisible by 7?"])
        if kind == 26:
            return f"Our library call number is QA76.73.P98 L{r.randint(100, 999)} 2013 -- what section is that?"
        if kind == 27:
            return f"Model SM-G{r.randint(900, 999)}B vs SM-S{r.randint(900, 930)}B: which is the newer Galaxy?"
        if kind == 28:
            return (f"Timestamp 2026-11-{r.randint(10, 28)}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:"
                    f"{r.randint(0, 59):02d}.{d(6)}Z -- how do I parse microseconds in JavaScript?")
        return f"Gift list: tracking no. {s10(r)} and {d(4)}-{d(4)}-{d(4)} (that one's the order ref). Which " \
               "arrives first?"

    everyday = [
        lambda r: "my cat has stopped eating her dry food but still eats wet, should I worry",
        lambda r: "what can I make with 2 eggs, half a leek, some feta and stale bread",
        lambda r: "omw 2 the gym, wat shud i do 4 legs today, 40 mins, no squat rack",
        lambda r: "um so, like, how long do you, uh, boil an egg for, like, jammy? not hard",
        lambda r: "[3:40 PM] @here cake in the kitchen!! 🎂\nwrite a funnier version of this announcement",
        lambda r: "Best way to get red wine out of a wool rug? Happened ten minutes ago.",
        lambda r: f"Plan a {r.choice(['4', '5', '6'])}-day road trip along the coast with two kids and a dog.",
        lambda r: "tomatoes on my balcony have yellow leaves at the bottom, too much water?",
        lambda r: "Our neighbour's tree overhangs the fence. What's the polite way to bring it up?",
        lambda r: "what's a good name for a grey rescue greyhound who is very shy",
        lambda r: "is it worth re-grouting a shower myself or call someone, roughly how long",
        lambda r: "convert my grandma's recipe: 1 cup butter, 2 cups flour, 3/4 cup sugar -- to grams please",
        lambda r: "translate 'where is the nearest pharmacy' into Portuguese, Turkish and Korean",
        lambda r: "ideas for a 7 year old's birthday party at home, rainy day, 10 kids",
        lambda r: "txt from the school: 'inset day fri'. what is an inset day lol",
        lambda r: "How many steps is 5 km roughly? I'm 170 cm.",
        lambda r: "write a haiku about Monday mornings and burnt toast",
        lambda r: "[voice note] okay so, uh, remind me to, um, buy bin bags and, uh, call the plumber tomorrow",
        lambda r: "should I take the night bus or a taxi home from the airport at 1am, what's safer generally",
        lambda r: "what's the difference between baking soda and baking powder, in one sentence",
        lambda r: "my sourdough is flat and gummy inside, what am I doing wrong",
    ]

    code_ops = [
        lambda r: "Traceback (most recent call last):\n  File \"etl/load.py\", line 88, in <module>\n    df = "
                  "pd.read_csv(path, "
                  "parse_dates=['created_at'])\nValueError: Missing column provided to 'parse_dates': "
                  "'created_at'\n\nfix?",
        lambda r: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n"
                  "    spec:\n      containers:\n      - name: web\n        image: ghcr.io/acme/web:1.8.2\n"
                  "        ports:\n        - containerPort: 8080\n\nadd a readiness probe on /healthz",
        lambda r: "SELECT c.region, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
                  "o.created_at >= "
                  "now() - interval '30 days' GROUP BY 1; -- why is this slow on 40M rows",
        lambda r: "regex to validate an email address: is r\"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$\" good enough for a "
                  "signup form?",
        lambda r: "def luhn_ok(number: str) -> bool:\n    total = 0\n    for i, ch in enumerate(reversed(number)):\n"
                  "        d = int(ch) * (2 if i % 2 else 1)\n        total += d - 9 if d > 9 else d\n"
                  "    return total % 10 == 0\n\nwrite pytest cases for this without using real card numbers",
        lambda r: "CI log:\n#14 [build 5/7] RUN npm ci\n#14 41.2 npm ERR! code ERESOLVE\n#14 41.2 npm ERR! peer dep "
                  "react@\"^18\" from react-dom@18.3.1\nhow do I fix this without --force",
        lambda r: "uvicorn app:app --host 0.0.0.0 --port 8000 --workers 4 -- why do my websocket connections drop "
                  "behind nginx after 60 seconds?",
        lambda r: "git rebase -i HEAD~5 and squash everything except the first commit: what do I type in the editor?",
        lambda r: "terraform plan shows `~ tags = { \"env\" = \"prod\" -> \"production\" }` on 40 resources; will "
                  "apply "
                  "cause downtime?",
        lambda r: "In Rust, why does `let v: Vec<&str> = line.split(',').collect();` fail when line is a temporary "
                  "String returned from a function?",
        lambda r: "2026-11-30 10:22:17,441 ERROR [worker-3] celery.app.trace: Task reports.build[4f0c] raised "
                  "TimeoutError('pool exhausted')\nwhat knobs should I look at?",
        lambda r: "Write a bash one-liner that finds files over 500MB under /var/lib and prints them sorted by size.",
        lambda r: "Explain the difference between a Kubernetes Service of type ClusterIP and NodePort.",
        lambda r: "pytest says `fixture 'db_session' not found` only when I run a single file, not the whole suite",
        lambda r: "In Go, is it safe to read a map from several goroutines if nobody writes after init?",
        lambda r: "const hash = crypto.createHash('sha256').update(buf).digest('hex'); -- how do I do this in the "
                  "browser with SubtleCrypto?",
        lambda r: "nginx: `client intended to send too large body: 10485761 bytes` -- which directive?",
        lambda r: "Postgres: ERROR: duplicate key value violates unique constraint \"orders_pkey\" DETAIL: Key "
                  "(id)=(1842)"
                  " already exists. after a restore. fix the sequence?",
        lambda r: "convert this cron to systemd timer: `*/15 2-6 * * 1-5 /usr/local/bin/backup.sh`",
        lambda r: "Why does `0.1 + 0.2 == 0.3` print False in Python, and what should I use for money?",
    ]

    professional = [
        lambda r: "Draft a Q3 update for the board: revenue up 12% QoQ, churn flat at 2.1%, two key hires delayed.",
        lambda r: "Rewrite this job ad to be more inclusive: 'We want a rockstar ninja dev who thrives under "
                  "pressure.'",
        lambda r: "Review this clause: 'The Supplier shall indemnify the Customer against all losses howsoever "
                  "arising.' "
                  "Is it one-sided?",
        lambda r: "Minutes, ops review: (1) warehouse move slips two weeks, (2) CFO asks for revised cash forecast, "
                  "(3) no AOB. Turn into action items with owners by role.",
        lambda r: "Write a polite decline to a vendor whose quote came in 30% over budget.",
        lambda r: "Grant proposal section 'Expected impact': we run free coding clubs in 12 rural libraries. 150 "
                  "words.",
        lambda r: "Create an agenda for a 45-minute quarterly planning meeting for a 6-person marketing team.",
        lambda r: "Turn these notes into a customer-facing incident summary: DNS change 14:02, outage 14:05-14:41, "
                  "rollback, no data loss.",
        lambda r: "What KPIs should a small dental practice track monthly?",
        lambda r: "Rewrite for LinkedIn, less cringe: 'Humbled and honoured to announce our Series A!!!'",
        lambda r: "Summarise the pros and cons of a four-day work week for a 40-person agency.",
        lambda r: "Draft the FAQ for a school newsletter about the new lunch ordering app (no names please).",
        lambda r: "Our real-estate listing template: '[beds] bed [type], [feature], [area].' Write three variants.",
        lambda r: "Insurance policy wording: what does 'subrogation' mean for a small business owner?",
        lambda r: "Outline a 30-60-90 day plan for a new head of customer support.",
        lambda r: "Write a court-filing cover letter template with placeholders for case number and parties.",
    ]
    lookalike = [functools.partial(lk, k) for k in range(30)]
    return {"public_figure": public_figure, "named_thing": named_thing, "lookalike": lookalike,
            "everyday": everyday, "code_ops": code_ops, "professional": professional}


# ----------------------------------------------------------------------------------------------
# Complexity prompts. Easy: a small local model suffices. Hard: needs a strong model.
# ----------------------------------------------------------------------------------------------

EASY = {
    "chitchat": ["hiya! how's your day going?", "good morning :) any fun fact for today?",
                 "thanks, that worked perfectly!", "lol ok you win", "tell me a short joke about cats",
                 "I'm bored, suggest a board game for two", "what should I name my new fern?",
                 "ugh long day. my driving test got cancelled again (third time!!) and the next slot is in march. "
                 "anyway just "
                 "needed to vent, say something nice", "do you like rainy days?", "gn, talk tomorrow"],
    "lookup": ["What's the capital of Mongolia?", "how many ounces in a pound", "When did the Berlin Wall fall?",
               "what does 'RSVP' stand for", "Who wrote Don Quixote?", "boiling point of water in fahrenheit?",
               "How many players in a rugby union team?", "what's the plural of 'cactus'",
               "which planet is closest to the sun",
               "We're going to Lisbon in May for four days with my parents who don't walk far -- is it usually warm "
               "then, and do we need a jacket in the evenings?"],
    "rewrite": ["Make this more polite: 'send me the report now.'",
                "fix the spelling: 'i recieved you're mesage yesturday'",
                "Rewrite in the past tense: 'We walk to the market and buy bread.'",
                "Make this sound friendlier: 'Your refund has been denied.'",
                "shorten: 'At this point in time we are not currently in a position to offer a discount.'",
                "Translate 'good luck with the move' into German.",
                "Can you make this email sound a bit more professional? 'hey all, so the thing on thursday is moving "
                "to 3pm "
                "coz the room got double booked, same link as before, bring ur laptops if u want to follow along, "
                "snacks will be there as usual, see u then'",
                "Fix the grammar in this paragraph but don't change the meaning: 'Our shop have been open since 1998 "
                "and we "
                "sells handmade candles, soaps, and various gift. Every items are made in our small workshop behind "
                "the store, which customer can visit on saturdays.'",
                "capitalise this title properly: the lord of the flies and other stories",
                "pls rewrite for my landlord, nicer: 'the kitchen tap has been dripping for 3 weeks now and nobody "
                "came. i "
                "texted twice. can someone come this week or i will have to call a plumber myself and send u the "
                "bill'"],
    "format": ["Turn this into a bullet list: eggs, milk, flour, butter, jam",
               "Put these in alphabetical order: pear, apple, mango, kiwi, banana",
               "format as a markdown table: Mon 5km, Wed 8km, Sat 12km", "Convert to uppercase: please close the gate",
               "Make a JSON object with keys name and age for a dog called Rex who is 4",
               "Turn this into a tidy checklist with checkboxes:\nbuy bin bags\nreturn library books (due fri)\nbook "
               "dentist\ncall about the boiler service\nwater the plants at the allotment\nsend birthday "
               "card", "put commas in 1234567",
               "convert 2026-12-03 to DD/MM/YYYY",
               "Split this into two sentences: I went to the shop and I bought milk and then I went home.",
               "Format these opening hours as a neat table: monday to thursday 9 till 5, friday 9 till 4, saturday "
               "10 to "
               "2, sunday closed, bank holidays closed too"],
    "arithmetic": ["what's 15% of 80", "17 x 6?", "How many minutes are in 3.5 hours?",
                   "If I have 3 pizzas cut into 8 slices each, how many slices?", "convert 30 celsius to fahrenheit",
                   "144 divided by 12", "what's 2 to the power of 10", "round 3.14159 to two decimals",
                   "I paid 20 for something that cost 13.75, what's my change", "half of 250 plus 10?"],
}

HARD = {
    "reasoning": [
        "A bag has 4 red and 6 blue marbles. I draw without replacement until two consecutive draws have the same "
        "colour. What is the expected number of draws? Work it out exactly and explain the states you use.",
        "Our A/B test: control converted 4.1% of 12,400 users, the variant 4.6% of 12,150. Product wants to ship. "
        "Is the difference significant, what power did we have for a 0.5 point lift, and how does the fact that we "
        "looked at the dashboard every day change the conclusion?",
        "I'm choosing between a 5-year fixed mortgage at 4.2% with a 999 fee and a tracker at base + 0.9% (base is "
        "3.75% now) on a 240k balance. Build a simple model of when the tracker wins, and tell me which assumption "
        "the answer is most sensitive to.",
        "Five people each put a hat in a box and draw one at random. Given that nobody drew their own hat, what is "
        "the probability that the draw splits into exactly two cycles? Show the counting.",
        "A warehouse robot must visit 6 shelves and return to the dock; travel times are asymmetric because of one-way "
        "aisles. Explain how you would find the optimal route exactly, how long it takes, and what heuristic you'd use "
        "at 60 shelves with a bound on how far from optimal it can be.",
        "Three switches outside a closed room control three bulbs inside; you may enter once. Now generalise: with n "
        "switches and bulbs that can be off, warm, or hot depending on how long they were on, how many bulbs can you "
        "identify in one entry? Justify.",
        "A clinical trial reports a hazard ratio of 0.78 (95% CI 0.61-1.00, p=0.049) on a secondary endpoint after "
        "the primary endpoint failed. How should a hospital formulary committee read this result? Walk through "
        "multiplicity, effect size and what further evidence would settle it.",
        "We have a 40-node cluster where any node fails independently with probability 0.3% per day and a job needs "
        "all 40 for 9 hours. With checkpoints costing 4 minutes, what checkpoint interval minimises expected runtime? "
        "Derive it rather than guessing.",
        "A city wants to cut average commute time. Data: 60% drive, 25% bus, 15% cycle; buses run every 15 min. "
        "Argue whether doubling bus frequency or adding protected bike lanes would reduce mean commute more, stating "
        "the elasticities you'd need and how you'd estimate them.",
        "In a knockout tournament of 16 players with strengths known, where the stronger player wins with probability "
        "s_i/(s_i+s_j), how would you compute each player's title chance, and how does seeding change the favourite's "
        "odds? Give the algorithm and its complexity.",
    ],
    "proof": [
        "Prove that for every integer n, n^5 - n is divisible by 30, and explain why the same argument fails for n^4 "
        "- n.",
        "Show that every tree with n vertices has exactly n - 1 edges, by induction, and point out precisely where "
        "connectedness and acyclicity are used.",
        "Prove that sqrt(3) is irrational, then generalise: sqrt(n) is irrational unless n is a perfect square.",
        "Let f be continuous on [0,1] with f(0) = f(1). Prove there is an x with f(x) = f(x + 1/2), and show the "
        "statement fails for chord length 2/5.",
        "Prove that in any group of six people there are three mutual friends or three mutual strangers, and give a "
        "colouring showing five people are not enough.",
        "Prove that a finite integral domain is a field, and explain which step breaks for infinite ones.",
        "Show that the set of real numbers is uncountable using Cantor's diagonal argument, and address the issue of "
        "numbers with two decimal expansions.",
        "Prove that if a^2 + b^2 = c^2 in integers then at least one of a, b is divisible by 3.",
        "Prove that the harmonic series diverges in two different ways and compare what each proof tells you about "
        "how fast the partial sums grow.",
        "Prove that a bipartite graph has no odd cycle and, conversely, that a graph with no odd cycle is bipartite.",
    ],
    "design": [
        "Design the data model and API for a school library lending system with several campuses, holds queues, "
        "fines capped per term and an audit log. Explain the schema trade-offs and how you handle two campuses "
        "placing a hold on the last copy at the same moment.",
        "Our Django monolith on Postgres peaks at 2k req/s and reporting queries are hurting the primary. Compare "
        "read replicas, CDC into a warehouse, and materialised views for moving analytics off it, including the "
        "failure modes and the staleness each one implies.",
        "Design a rate limiter for a multi-tenant API gateway with per-tenant burst and sustained limits across 12 "
        "stateless nodes and one Redis. Discuss accuracy against latency and what the gateway should do when Redis "
        "is slow or down.",
        "Sketch an offline-first sync protocol for a notes app on phones and web, including conflict resolution for "
        "concurrent edits to the same note; justify CRDTs versus last-writer-wins for this use case.",
        "We need to let hospital staff search 30 million scanned documents by content with strict per-department "
        "access control. Propose the ingestion, indexing and authorization design, and say how you'd keep search "
        "results from leaking the existence of documents a user can't open.",
        "Design a feature-flag system for a mobile app with 5M users that supports percentage rollouts, kill switches "
        "that take effect within a minute, and offline clients. What consistency guarantees can you actually offer?",
        "Plan a zero-downtime migration that splits a 2 TB 'users' table into 'accounts' and 'profiles' while the "
        "app keeps writing. Give the phases, the dual-write or backfill strategy, and how you verify correctness.",
        "Design an event-sourced ledger for a small-business invoicing product: events, projections, how corrections "
        "are represented without mutating history, and how to rebuild projections quickly.",
        "Architect a job scheduler that guarantees each cron-style job runs exactly once per schedule across three "
        "data centres even during a network partition. If exactly once is impossible, say what you'd promise instead.",
        "Design the caching strategy for a news site where articles are edited after publication and some pages are "
        "personalised. Cover CDN keys, invalidation, stale-while-revalidate and how to avoid thundering herds.",
    ],
    "code": [
        "This is meant to merge overlapping intervals but returns [[1,3],[5,8]] for [[1,4],[2,3],[5,7],[6,8]]:\n\n"
        "def merge(iv):\n    iv.sort()\n    out = [iv[0]]\n    for s, e in iv[1:]:\n        if s <= out[-1][1]:\n"
        "            out[-1][1] = e\n        else:\n            out.append([s, e])\n    return out\n\n"
        "Find the bug, fix it, and give test cases for the edge cases.",
        "Write a thread-safe LRU cache in Java with O(1) get and put, and explain why your locking strategy neither "
        "deadlocks nor serialises all reads.",
        "Implement Morris in-order traversal of a binary tree in C (O(1) extra space, no recursion) and explain why "
        "the tree ends up restored.",
        "My tokio service deadlocks under load: a tokio::sync::Mutex is held across an .await that ends up calling a "
        "handler which locks the same mutex. Explain the options to fix it with code and their trade-offs.",
        "Write a function that parses ISO 8601 durations like P1Y2M10DT2H30M and P0.5W into a structured value, "
        "handle fractional components correctly, and explain why months can't be converted to seconds.",
        "This SQL returns duplicate customers when a customer has two addresses; rewrite it so each customer appears "
        "once with their most recent address, and make it fast on 50M rows:\n\nSELECT c.id, c.name, a.city FROM "
        "customers c JOIN addresses a ON a.customer_id = c.id ORDER BY a.created_at DESC;",
        "Implement a persistent (immutable) vector in TypeScript with structural sharing, supporting push, get and "
        "set in O(log32 n), and explain the trie layout.",
        "Our Python service leaks memory slowly: tracemalloc shows growth in a dict inside a functools.lru_cache "
        "wrapped method on a class with many instances. Explain exactly why and fix it.",
        "pls help, my recursive CTE in postgres loops forever on a graph that has cycles. how do I stop the "
        "cycles but still get every simple path from node A, and will it blow up on 50k edges?",
        "Write a Go worker pool that processes jobs with per-job timeouts, stops cleanly on context cancellation, "
        "and never leaks goroutines; explain each channel's ownership.",
        "Given a stream of (user_id, timestamp) events that can arrive up to 10 minutes late, write code that emits "
        "per-user session counts with a 30-minute inactivity gap, and explain how watermarks decide when to emit.",
        "Is there a bug here? Under concurrency two requests sometimes both get 'slot available':\n\n"
        "slot = db.query('SELECT free FROM slots WHERE id=%s', sid)\nif slot.free:\n    db.execute('UPDATE slots SET "
        "free=false WHERE id=%s', sid)\n    book(sid)\n\nExplain the race and give two correct fixes with their "
        "trade-offs under Postgres READ COMMITTED.",
    ],
    "analysis": [
        "Monthly revenue was 120, 118, 131, 127, 140, 152 and marketing spend 20, 18, 25, 24, 30, 35 (thousands). "
        "Estimate the marginal return of marketing, discuss confounders like seasonality, and tell me how confident "
        "we should be.",
        "Compare the causes of the 2008 financial crisis and the 1997 Asian financial crisis: mechanisms, policy "
        "responses, and what each implies for emerging markets today.",
        "A 180k-person city with a 150M budget must choose between light rail and bus rapid transit on a 9 km "
        "corridor. Lay out the decision criteria and what evidence would change your recommendation.",
        "Our support tickets rose 40% after a redesign but CSAT also rose. Propose hypotheses that explain both, "
        "and the cheapest analyses that would tell them apart.",
        "Evaluate whether a regional bakery chain should switch to a four-day week for bakers: consider labour law, "
        "shift coverage, overtime, retention data, and what a pilot should measure.",
        "Explain why the Byzantine Empire outlasted the Western Roman Empire by nearly a thousand years, weighing "
        "economic, military, geographic and institutional explanations against each other.",
        "We see p99 latency double every day at 02:00 UTC but CPU and memory are flat. List the plausible causes in "
        "order of likelihood and the exact measurements that would confirm or rule out each.",
        "Assess the argument that remote work lowers productivity, distinguishing selection effects, measurement "
        "problems and genuine causal effects, with the kind of study that could settle it.",
        "A SaaS company has 3% monthly logo churn but 104% net revenue retention. Explain how both can be true, what "
        "it says about the customer base, and which metric the board should worry about.",
        "Critique this survey design: 'Do you agree that our new pricing is fairer and simpler?' sent to customers "
        "who upgraded last month. What biases are there and how would you redesign it?",
    ],
}

SHORT_HARD = [
    "Prove there are infinitely many primes of the form 4k+3.", "Is every group of order p^2 abelian? Prove it.",
    "Lock-free MPMC queue in Rust: which memory orderings, and why?", "Find all integer solutions of x^2 - 2y^2 = 1.",
    "Prove no comparison sort beats n log n.", "Derive the variance of a geometric distribution.",
    "Show det(exp(A)) = exp(tr A).", "Where exactly does two-phase commit block, and how does Paxos commit avoid it?",
    "Minimal DFA for binary numbers divisible by 5?", "Expected coin flips until HTH? Derive it.",
    "Prove the halting problem undecidable.", "Does sum 1/(n log n) converge? Prove.",
    "Prove Cayley's formula for labelled trees.", "Dijkstra with negative edges: counterexample and fix?",
    "Prove R(3,3) = 6, both bounds.", "Why does double-checked locking break without volatile in Java?",
    "Solve T(n) = 2T(sqrt n) + log n.", "Secretary problem: optimal rule, and why 1/e?",
    "Is {a^n b^n c^n} context-free? Prove it.", "Prove sqrt2 + sqrt3 is irrational.",
    "Why can't 3 generals tolerate 1 traitor?", "Evaluate the integral of sin(x)/x over (0, inf) rigorously.",
    "Why is SHA-1 broken but HMAC-SHA1 still considered safe?", "Prove dynamic-array doubling is amortised O(1).",
    "Is there a regex for decimal numbers divisible by 7? Construct or refute.",
    "Bound the mixing time of the lazy random walk on the hypercube.",
    "CAP theorem: prove it for a two-node register.", "Why is 2^(p-1) = 1 mod p not a primality proof? Fix it.",
]

LOG_SERVICES = ["auth", "billing", "search", "thumbnailer", "mailer", "scheduler", "api", "cache"]
LOG_MESSAGES = ["request served in {n}ms", "cache miss for key page:{n}", "retrying upstream call ({n}/3)",
                "health check ok", "rotated log file", "queue depth {n}", "slow query took {n}ms",
                "connection pool at {n}% capacity", "config reloaded", "job {n} finished",
                "TLS handshake completed", "worker heartbeat", "GC pause {n}ms"]
MINUTES_LINES = ["The group reviewed the previous minutes and approved them without changes.",
                 "Discussion moved to the budget for the spring term, which remains within the agreed envelope.",
                 "It was noted that the printer on the second floor is still out of toner.",
                 "The treasurer reported that subscriptions are up slightly on last year.",
                 "Several members asked for the tea rota to be posted earlier in the week.",
                 "The proposal to repaint the hall was deferred until quotes are received.",
                 "A reminder was given that the fire drill will take place next month.",
                 "Members agreed that the newsletter should move to a monthly schedule.",
                 "There was a brief discussion about parking during the summer fair.",
                 "The committee thanked volunteers for their work on the autumn open day."]
POLICY_LINES = ["These terms apply to your use of the service and any related features.",
                "We may update these terms from time to time and will post the new version on this page.",
                "You are responsible for keeping your login details secure.",
                "The service is provided 'as is' without warranties of any kind, to the extent permitted by law.",
                "Either party may end this agreement by giving thirty days' written notice.",
                "Fees are billed in advance on a monthly basis and are non-refundable except where required by law.",
                "You must not use the service to send unsolicited messages.",
                "Any dispute will be governed by the laws of the jurisdiction stated in your order form.",
                "We process personal data in accordance with our privacy notice.",
                "Nothing in these terms limits liability that cannot be limited by law."]
RECIPE_LINES = ["My grandmother made this every Sunday when the weather turned cold.",
                "The secret is to let the onions go slowly until they are deep golden.",
                "I have tried this with both fresh and tinned tomatoes and honestly both work.",
                "Some readers asked whether you can freeze it -- yes, for up to three months.",
                "If you can't find smoked paprika, a pinch of chilli flakes is a fine swap.",
                "Don't skip resting the dough; it makes all the difference to the texture.",
                "We ate this on the porch last summer while the kids ran around the garden.",
                "You can make the sauce a day ahead and it actually tastes better.",
                "Use a heavy pan if you have one, because thin pans scorch the bottom.",
                "Serve with crusty bread or rice, whatever you have in the cupboard."]
STORY_LINES = ["The rain had not stopped for three days, and the river was creeping up the garden steps.",
               "She counted the jars on the shelf again, as if the number might change.",
               "Down the lane, a dog barked twice and then thought better of it.",
               "The bus was late, as it always was on market days.",
               "He folded the map along the wrong creases and gave up on it entirely.",
               "Somewhere above the clouds a plane droned toward the coast.",
               "The kettle clicked off, and for a moment the kitchen was perfectly quiet.",
               "By noon the fog had lifted enough to see the lighthouse.",
               "The old clock in the hall ran eleven minutes fast, and everyone knew it.",
               "They walked home the long way, past the bakery and the shuttered cinema."]
CODE_LINES = ["    total += item.price * item.quantity", "    if not item.active:\n        continue",
              "    logger.debug('processing %s', item.sku)", "    discounts.append(apply_rules(item, rules))",
              "    seen.add(item.sku)", "    results[item.sku] = round(total, 2)",
              "    if len(batch) >= BATCH_SIZE:\n        flush(batch)\n        batch.clear()",
              "    batch.append(item)", "    counter[item.category] += 1"]


def long_easy(rng: random.Random, i: int) -> str:
    """A long paste (1.5k-6k chars) with a question a small model answers easily."""
    kind = i % 8
    if kind == 0:
        lines = [f"2026-11-{rng.randint(10, 28)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                 f"{rng.randint(0, 59):02d}Z "
                 f"{rng.choice(['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN'])} {rng.choice(LOG_SERVICES)}: "
                 + rng.choice(LOG_MESSAGES).format(n=rng.randint(2, 900)) for _ in range(rng.randint(40, 90))]
        ask = rng.choice(["what's the timestamp on the very first "
                          "line?", "which service name appears on the last line?",
                          "is this log in UTC? just yes or no", "say 'got it' -- I'll ask questions later"])
        return "\n".join(lines) + "\n\n" + ask
    if kind == 1:
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)}"
        body = " ".join(rng.choice(MINUTES_LINES) for _ in range(rng.randint(25, 50)))
        ask = rng.choice(["What date was this meeting?", "Give these minutes a title.",
                          "Is this formal or informal in tone? one word"])
        return f"MINUTES OF THE COMMUNITY HALL COMMITTEE -- meeting held on {date}\n\n{body}\n\n{ask}"
    if kind == 2:
        body = "\n\n".join(f"{n}. " + " ".join(rng.sample(POLICY_LINES, 3)) for n in range(1, rng.randint(12, 22)))
        ask = rng.choice(["What's the heading of this document?", "Quote the first sentence of section 1.",
                          "Translate just the heading into French.", "Is this English or American spelling?"])
        return f"TERMS OF SERVICE\n\n{body}\n\n{ask}"
    if kind == 3:
        body = " ".join(rng.choice(RECIPE_LINES) for _ in range(rng.randint(25, 45)))
        dish = rng.choice(["Smoky Tomato and Bean Stew", "Lemon Drizzle Traybake", "Sunday Chicken Pie",
                           "Spiced Lentil Soup"])
        ask = rng.choice(["what's the name of the dish?", "make the title all caps",
                          "is this a dessert or a main? one word"])
        return f"{dish}\n\n{body}\n\nIngredients: see card below.\n\n{ask}"
    if kind == 4:
        header = "date,store,product,units,price"
        rows = [f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},"
                f"{rng.choice(['north', 'south', 'east', 'west'])},"
                f"{rng.choice(['widget', 'gadget', 'gizmo', 'sprocket'])},{rng.randint(1, 40)},{rng.randint(2, 90)}.99"
                for _ in range(rng.randint(60, 120))]
        ask = rng.choice(["what are the column names?", "what delimiter does this file use?",
                          "rename the header 'units' to 'qty' and show me just the new header line"])
        return header + "\n" + "\n".join(rows) + "\n\n" + ask
    if kind == 5:
        body = "\n".join(rng.choice(CODE_LINES) for _ in range(rng.randint(50, 100)))
        ask = rng.choice(["what programming language is "
                          "this?", "add a one-line comment at the top saying it's legacy code",
                          "what's the name of the function?"])
        head = "def summarise_orders(items, rules):\n    total = 0\n    seen = set()\n"
        return f"{head}{body}\n    return results\n\n{ask}"
    if kind == 6:
        msgs = []
        for n in range(rng.randint(6, 12)):
            msgs.append(f"-----Original Message-----\nSubject: Re: Re: hall booking for the "
                        f"{rng.choice(['craft fair', 'quiz night', 'choir'])}\n"
                        + " ".join(rng.sample(MINUTES_LINES, 4)))
        ask = rng.choice(["what's the subject line?", "reply with a one-line 'thanks, noted'",
                          "how formal is this thread, 1-5?"])
        return "\n\n".join(msgs) + "\n\n" + ask
    chapter = rng.choice(["The Long Wet Week", "Jars", "Fog at Noon", "The Eleven Minutes"])
    body = " ".join(rng.choice(STORY_LINES) for _ in range(rng.randint(30, 60)))
    ask = rng.choice(["what's the chapter "
                      "title?", "fix any double spaces, otherwise leave it", "is this past or present tense?"])
    return f"Chapter 3: {chapter}\n\n{body}\n\n{ask}"


# ----------------------------------------------------------------------------------------------
# Assembly and validation.
# ----------------------------------------------------------------------------------------------

SENSITIVE_PLAN = {"person": 65, "phone": 16, "email": 13, "credit_card": 11, "iban": 11, "ssn": 11,
                  "national_id": 13, "passport": 9, "address": 11, "dob": 9, "mrn": 8, "ip": 8}  # + payload
BENIGN_PLAN = {"public_figure": 32, "named_thing": 26, "lookalike": 42, "everyday": 20, "code_ops": 20,
               "professional": 16}
SENSITIVE_CATEGORIES = set(SENSITIVE_PLAN) | {"payload"}
ENTITIES = {"person", "phone", "email", "credit_card", "iban", "ssn", "NATIONAL_ID", "DATE_OF_BIRTH", "PASSPORT",
            "STREET_ADDRESS", "MEDICAL_RECORD_NUMBER", "IP_ADDRESS"}


def _unique(make: Callable[[], tuple[str, dict[str, Any]]], seen: set[str]) -> dict[str, Any]:
    """Draw until the text is new, so no two records differ only by the request shape around them."""
    for _ in range(200):
        text, record = make()
        if text not in seen:
            seen.add(text)
            return record
    raise RuntimeError(f"could not draw a new text for {record['category']}")


def _cycle(rng: random.Random, items: list[Any], n: int) -> list[Any]:
    """n picks that use every item before any repeats (each pass in a fresh random order)."""
    out: list[Any] = []
    while len(out) < n:
        out += rng.sample(items, len(items))
    return out[:n]


def build_pii(rng: random.Random) -> list[dict[str, Any]]:
    g = Gen(rng)
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    sensitive = sensitive_templates()
    for category, count in SENSITIVE_PLAN.items():
        for template in _cycle(rng, sensitive[category], count):
            def make(t: Template = template, c: str = category) -> tuple[str, dict[str, Any]]:
                text, entities = t(g)
                endpoint, body = wrap(text, rng)
                return text, {"category": c, "sensitive": True, "entities": sorted(set(entities)),
                              "endpoint": endpoint, "body": body}
            records.append(_unique(make, seen))
    for body, entities in payload_bodies(g):
        records.append({"category": "payload", "sensitive": True, "entities": sorted(set(entities)),
                        "endpoint": "chat", "body": body})
    benign = benign_templates()
    for category, count in BENIGN_PLAN.items():
        for template in _cycle(rng, benign[category], count):
            def make_benign(t: Callable[[random.Random], str] = template,
                            c: str = category) -> tuple[str, dict[str, Any]]:
                text = t(rng)
                endpoint, body = wrap(text, rng)
                return text, {"category": c, "sensitive": False, "entities": [], "endpoint": endpoint, "body": body}
            records.append(_unique(make_benign, seen))
    rng.shuffle(records)
    return [{"id": f"{SPLIT}-pii-{i:04d}", **r} for i, r in enumerate(records)]


def _chat(text: str, rng: random.Random) -> dict[str, Any]:
    """A chat body whose last message is the prompt (string content, as signals_eval's peer scorer expects)."""
    shape = rng.random()
    if shape < 0.6:
        msgs = [{"role": "user", "content": text}]
    elif shape < 0.85:
        msgs = [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": text}]
    else:
        msgs = [{"role": "user", "content": rng.choice(["hi", "quick one", "hey there"])},
                {"role": "assistant", "content": "Hi! What can I do for you?"}, {"role": "user", "content": text}]
    return {"model": "auto", "messages": msgs}


def build_complexity(rng: random.Random) -> list[dict[str, Any]]:
    items: list[tuple[str, int, bool, str]] = []
    for category, prompts in EASY.items():
        items += [(category, 0, False, p) for p in prompts]
    for category, prompts in HARD.items():
        items += [(category, 1, False, p) for p in prompts]
    items += [("short_hard", 1, True, p) for p in SHORT_HARD]
    items += [("long_easy", 0, True, long_easy(rng, i)) for i in range(32)]
    rng.shuffle(items)
    return [{"id": f"{SPLIT}-cx-{i:04d}", "category": c, "label": label, "length_adversarial": adv,
             "endpoint": "chat", "body": _chat(text, rng)} for i, (c, label, adv, text) in enumerate(items)]


def self_test(rng: random.Random) -> None:
    """The check-digit helpers agree with known-valid published examples and with their own validators."""
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and iban_ok("DE89 3704 0044 0532 0130 00")
    assert verhoeff_ok("2363") and verhoeff_digit("236") == "3"
    assert isbn13("978030640615") == "9780306406157"
    assert cas_number("773218") == "7732-18-5"  # water
    assert icao_digit("L898902C3") == "6" and icao_digit("740812") == "2"  # ICAO 9303 specimen
    g = Gen(random.Random(rng.random()))
    for _ in range(200):
        assert luhn_ok(g.card()) and iban_ok(g.iban())
        label, number = g.national_id()
        digits = "".join(ch for ch in number if ch.isdigit())
        if label == "SIN":
            assert luhn_ok(digits)
        if label == "Aadhaar":
            assert verhoeff_ok(digits)


def validate_pii(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    native = [n for names in NATIVE.values() for n in names]
    private = [n for n in FAMILY + NON_LATIN + MONONYMS if len(n) > 3] + [n for _, n in ICELANDIC] + VIETNAMESE + native
    for r in records:
        assert r["category"] in SENSITIVE_CATEGORIES | set(BENIGN_PLAN), r
        assert r["sensitive"] == (r["category"] in SENSITIVE_CATEGORIES), r["id"]
        assert set(r["entities"]) <= ENTITIES and bool(r["entities"]) == r["sensitive"], r["id"]
        body = json.loads(json.dumps(r["body"], ensure_ascii=False))
        assert body["model"] == "auto"
        assert ("messages" in body) == (r["endpoint"] == "chat")
        assert ("prompt" in body) == (r["endpoint"] == "completions")
        if not r["sensitive"]:
            text = json.dumps(body, ensure_ascii=False)
            leaked = [n for n in private if n in text]
            assert not leaked, (r["id"], leaked)


def validate_complexity(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["body"]["messages"][-1]["content"] for r in records]
    assert len(texts) == len(set(texts)), "duplicate prompts"
    for r in records:
        assert r["label"] in (0, 1) and isinstance(r["length_adversarial"], bool) and r["endpoint"] == "chat"
        assert isinstance(r["body"]["messages"][-1]["content"], str)
        if r["length_adversarial"]:
            n = len(r["body"]["messages"][-1]["content"])
            assert (r["label"] == 0 and n > 1200) or (r["label"] == 1 and n < 110), (r["id"], n)


def write(path: Path, records: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9091)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    self_test(random.Random(args.seed))
    pii = build_pii(random.Random(args.seed))
    cx = build_complexity(random.Random(args.seed + 1))
    validate_pii(pii)
    validate_complexity(cx)
    write(args.out / f"pii_{SPLIT}.jsonl", pii)
    write(args.out / f"complexity_{SPLIT}.jsonl", cx)
    sens = sum(r["sensitive"] for r in pii)
    people = sum("person" in r["entities"] for r in pii)
    print(f"pii_{SPLIT}.jsonl: {len(pii)} records, {sens} sensitive ({people} with a person), "
          f"{len(pii) - sens} benign")
    print(f"complexity_{SPLIT}.jsonl: {len(cx)} records, {sum(r['label'] for r in cx)} hard, "
          f"{sum(r['length_adversarial'] for r in cx)} length-adversarial")


if __name__ == "__main__":
    main()
