"""The structure-independent name model (gateway/signals/names.py): names of many traditions in
any case, order and surrounding structure are found from the tokens alone; public figures,
places, capitalised everyday phrases and code identifiers are not. Plus the number shapes that
are lists or quantities, not phone numbers. All values invented."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from timing import scaled

from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector
from gateway.signals.names import fold_token, name_lexicon, name_runs
from gateway.signals.recognizers import NEVER_NAMES, NOT_ADDRESSEES, census_names
from gateway.signals.settings import PiiSettings, SignalSettings

NEVER = frozenset(NEVER_NAMES | NOT_ADDRESSEES)


@pytest.fixture(scope="module")
def classifier() -> SignalClassifier:
    clf = SignalClassifier(SignalSettings())
    clf.warm()
    return clf


@pytest.mark.parametrize("text, name", [
    # no cue word, no person slot: the tokens alone
    ("\\author{Dawit Tesfaye} \\title{Lecture notes}", "Dawit Tesfaye"),                # Ethiopian, LaTeX
    ("---\nowner: Itzel Mamani\nversion: 3\n---", "Itzel Mamani"),                     # Aymara, YAML
    ("HOLD FOR: KOWALCZYK, Agnieszka  due 3 JUN", "KOWALCZYK, Agnieszka"),            # Polish, SURNAME, Given
    ("Brought in by Lwazi M. Dlamini yesterday", "Lwazi M. Dlamini"),                  # Zulu/Swazi, initial
    ("pinned note from aigerim bekova", "aigerim bekova"),                             # Kazakh, lower case
    ("ok so maialen arrieta keeps cc'ing me", "maialen arrieta"),                      # Basque, lower case
    ("@Mahbooba Ahmadzai can you take this one?", "Mahbooba Ahmadzai"),               # Pashto
    ("REVIEWED BY NILUFAR RASHIDOVA, 4 MAY", "NILUFAR RASHIDOVA"),                     # Uzbek, capitals
    ("Cc: Itzel 'Chispa' Quispe", "Itzel 'Chispa' Quispe"),                            # nickname in quotes
    ("Seating: Nikoloz Beridze, table 4", "Nikoloz Beridze"),                          # Georgian, Latin script
    ("Seating: ნიკოლოზ ბერიძე, table 4", "ნიკოლოზ ბერიძე"),                              # Georgian script
    ("Table 3: איילת מזרחי", "איילת מזרחי"),                                             # Hebrew script
    ("signed A. K. Oyelaran", "A. K. Oyelaran"),                                        # two initials + surname
    ("{\"assignee\": \"Sione Tuilagi Faleolo\"}", "Sione Tuilagi Faleolo"),            # Samoan, JSON value
    ("Napisz podziękowanie dla Gulnara Sarsenbayeva za pomoc.", "Gulnara Sarsenbayeva"),  # in Polish prose
    ("Tuhiwai, L. (2021). Field notes, unpublished.", "Tuhiwai, L."),                   # reference: Surname, I.
    ("Served by: Bolat   2x tea 6.00", "Bolat"),                                         # a listed name as agent
    ("the file came from nurlan ospanov yesterday", "nurlan ospanov"),                  # lower case, -ov ending
    ("Send the invoice to สมชาย ใจดี today", "สมชาย ใจดี"),                              # Thai, in English prose
    ("write a note to ወልደ ገብረ today", "ወልደ ገብረ"),                                        # Ethiopic
    ("ask ناصر الدوسري for the key", "ناصر الدوسري"),                                    # Arabic
    ("Bitte an 陳美玲 weiterleiten", "陳美玲"),                                           # Chinese, in German
    ("ask 김민준 to call back", "김민준"),                                                 # Korean
    ("Signed: Aoife O'Sullivan, 3 May", "Aoife O'Sullivan"),     # O' + a listed surname (the table: a word)
])
def test_names_found_from_the_tokens(text: str, name: str) -> None:
    spans = [text[a:b] for a, b in name_runs(text, NEVER)]
    assert name in spans, (text, spans)


@pytest.mark.parametrize("text", [
    "Rose Garden Party", "Grant Access Now", "Table Of Contents", "Apache Kafka Streams", "New York Times",
    "Santa Monica Boulevard", "is San José or Santa Cruz de Tenerife warmer?", "Costa Rica", "Sri Lanka",
    "Visual Studio Code", "Golden Gate Bridge", "Monte Carlo simulation", "Django Rest Framework",
    "call getUserName() on UserProfile", "user_first_name = row.last_name", "Care este cel mai lung râu?",
    "cover letter for a junior dev role", "Hoe maak ek melktert?", "HTTP GET /api/v2/users",
    "Tikka Masala or Feng Shui tips?",  # listed names in Asia, but every word also turns up in English text
    "what does 'שלום עולם' mean?", "translate नमस्ते दुनिया to English",  # phrases asked about, not persons
    "the word 이야기 means story", "王小明是我的朋友",  # a word asked about; Chinese prose (no other script)
])
def test_places_phrases_and_identifiers_are_not_names(text: str) -> None:
    assert name_runs(text, NEVER, census_names()[0]) == [], text


@pytest.mark.parametrize("text, expected", [
    ("Please send the slides to Yerlan Abenov before Friday.", {"PERSON"}),
    ("the parcel was left with TATENDA MOYO at the door", {"PERSON"}),
    ("Hazırlayan: Nilufar Rashidova — bunu özetle", {"PERSON"}),
    ("Who was Wangari Maathai?", set()),                    # a public figure (shipped list)
    ("Cine a fost Nicolae Titulescu?", set()),             # asked who somebody *was*: known to the world
    ("compare Ruth Bader Ginsburg and Jane Austen", set()),  # the whole name is looked up, not "Ruth Bader"
    ("Háblame de José Martí y de su poesía.", set()),
    ("Is a Shirley Temple named after a real person?", set()),  # a drink
    ("Write a short biography of Zurab Tsereteli.", set()),    # what one asks about the famous
    ("What is Niko Pirosmani best known for?", set()),
    ("Please email Niko Beridze the minutes.", {"PERSON"}),
    ("Dear diary, the cat learned to open doors.", set()),
    ("Explain the Bellman Ford algorithm.", set()),           # eponyms name a thing, not a person
    ("Plot a Kaplan Meier curve for the cohort.", set()),
    ("Explain the Cobb Douglas production function", set()),
    ("Use a Kalman Filter here", set()),
    ("What are the symptoms of Guillain Barre syndrome?", set()),
    ("Replace John Doe with a realistic example", set()),    # a placeholder name
    ("Ayelet Mizrahi test results came back", {"PERSON"}),   # ... but a person's things still do not hide her
    ("Your parcel was left with Cheikh Diop at number 14.", {"PERSON"}),
    ("lottery draw: 28 28 39 18 43 31 — odds of this?", set()),
    ("lottery draw: 4 30 6 37 27 32", set()),
    ("the population grew to 5 945 823 — write that in words", set()),
    ("the population grew to 5\u202f945\u202f823", set()),
    ("split 10.59.0.0/16 into four /18 subnets", set()),
    ("ping 192.168.10.254 and 10.0.0.1/8", set()),
    ("ph. +61.412.346.676", {"PHONE_NUMBER"}),              # dotted, but not an IP address
    ("call me on 01 23 45 67 89", {"PHONE_NUMBER"}),       # French pairs stay a phone number
    ("phone: 5 945 823", {"PHONE_NUMBER"}),                # a cue makes a grouped number a phone again
    ("call me at 612 345 678", {"PHONE_NUMBER"}),          # Spanish 3-3-3 is not thousands grouping
    ("is 12345-67-4 flammable? summarise its safety sheet", set()),  # a CAS number: its check digit holds
    ("call 12345-67-3 today", {"PHONE_NUMBER"}),            # the same shape with a wrong check digit
    ("which drug has the code 1234-5678-90 on its label?", set()),   # an NDC (4-4-2) beside a drug word
    ("sound travels 343 210 m/s in this medium", set()),    # a quantity: a unit follows the digits
    ("the city had 3 400 000 inhabitants", set()),
    ("call me at 612 345 678 in the morning", {"PHONE_NUMBER"}),
])
def test_through_the_classifier(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, expected", [
    # asking a model what it knows about somebody presupposes the world knows them
    ("Tell me about Oreste Valtakari.", set()),
    ("5 fun facts about Oreste Valtakari please", set()),
    ("write a school essay intro on Oreste Valtakari", set()),
    ("Oreste Valtakari ke baare mein 5 facts batao", set()),
    ("Oreste Valtakariについて簡単に教えてください。", set()),   # the name ends where the Japanese starts
    ("Compare Oreste Valtakari and Henrik Ibsen in a table.", set()),  # paired with a listed figure
    ("What did Carl Linnaeus and Oreste Valtakari have in common?", set()),
    ("Compare Henrik Ibsen and Edvard Munch in a table.", set()),      # "Compare" is no part of the name
    # ... but not a private person introduced as one's own, or a person's records
    ("Tell me about my colleague Oreste Valtakari.", {"PERSON"}),
    ("Tell me about Oreste Valtakari's test results.", {"PERSON"}),
    ("Lunch with my cousin Oreste Valtakari and Henrik Ibsen fans", {"PERSON"}),
    ("Please email Oreste Valtakari the minutes.", {"PERSON"}),
    ("Write a performance report on Oreste Valtakari.", {"PERSON"}),
])
def test_asked_about_as_the_famous(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, expected", [
    # what the small NER model tags out of capitalisation when no word of it is anybody's name
    ("How do I set up a Zabbix Proxy on Debian?", set()),
    ("Tips for photographing the Tarantula Nebula", set()),
    ("plan a 3-day trip to Kandy on a budget", set()),     # a lone word: a city, no given name there
    ("Is Doraemon still popular with kids?", set()),
    ("Ideas for a Saint Patrick's Day party", set()),      # a feast and a saint
    ("Guy Fawkes Night safety tips", set()),
    # ... while names of traditions the table lacks (no word of them an everyday word) stay names
    ("Write a thank-you note to Makerita Vaipulu for the help.", {"PERSON"}),
    ("postmortem says Ilkhom Tursunboev restarted the wrong node", {"PERSON"}),
])
def test_named_things_and_unlisted_names(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


@pytest.mark.parametrize("text, name", [
    # capitalised words no table holds, then what only a person does or a pronoun for one
    ("Ngozika Obiwuru says the rota changes were the reason", "Ngozika Obiwuru"),
    ("Tevaite Marouani keeps copying my homework, how do i tell her", "Tevaite Marouani"),
    ("ask Aputsiaq Kreutzmann whether he can cover Monday", "Aputsiaq Kreutzmann"),
    ("I had lunch with Tsendayush yesterday and he was upset.", "Tsendayush"),  # one word, mid-sentence
])
def test_unlisted_names_acting_as_persons(text: str, name: str) -> None:
    assert [text[a:b] for a, b in name_runs(text, NEVER, census_names()[0])] == [name]


@pytest.mark.parametrize("text", ["Bibimbap Dolsot keeps its heat for an hour", "Grafana Loki restarted twice",
                                  "thank Duolingo for the streak", "Kubernetes says OOM"])
def test_things_do_not_act_as_persons(text: str) -> None:
    assert name_runs(text, NEVER, census_names()[0]) == []


@pytest.mark.parametrize("texts, expected", [
    # honorifics and name labels of scripts without case mark a name in prose of the same script
    (["content", "कृपया सुनीता पाटणकर जी को एक पत्र लिखिए।"], {"PERSON"}),
    (["content", "김서윤님께 보낼 메일을 써 주세요."], {"PERSON"}),
    (["content", "氏名 山岸 奏多。書類を確認して"], {"PERSON"}),
    (["content", "山岸さんにメールを書いて"], {"PERSON"}),
    (["content", "السيد كريم الحداد سيصل غدا"], {"PERSON"}),
    # a request's JSON keys are not the prose an Arabic or Hindi question stands in
    (["messages", "role", "user", "content", "ما هي عاصمة فرنسا؟"], set()),
    (["messages", "role", "user", "content", "भारत की राजधानी क्या है?"], set()),
    # one's own relation, then a name, in scripts without case
    (["content", "मेरे पड़ोसी अनीता रघुवंशी के लिए संदेश लिखो"], {"PERSON"}),
    (["content", "یک پیام تولد برای دوستم مریم احمدی بنویس"], {"PERSON"}),
    (["content", "আমার বন্ধু রাহুল দাস এর জন্য একটি চিঠি লেখো"], {"PERSON"}),
    (["content", "मेरे दोस्त बहुत अच्छे हैं, उनके लिए एक कविता लिखो"], set()),  # an adverb, no name
    (["content", "お医者さんに行くべき？"], set()),
    (["content", "ขอบคุณมาก ครับ"], set()),
])
def test_names_in_scripts_without_case(classifier: SignalClassifier, texts: list[str], expected: set[str]) -> None:
    assert set(classifier.classify(texts).pii.entity_types) == expected


def test_lexicon_is_compact_and_well_formed() -> None:
    """The shipped table (scripts/name_model.py): one code per folded token, a few MB."""
    data = resources.files("gateway.signals").joinpath("data", "name_lexicon.tsv")
    assert len(data.read_bytes()) < 4_000_000
    table = name_lexicon()
    assert len(table) > 200_000
    assert all(key == fold_token(key) for key in list(table)[:5000])
    aruzhan, table_word = table["aruzhan"], table["table"]
    assert aruzhan >> 12 & 15 and not table_word >> 8 & 0xFF  # a given name; a word that ranks as no name
    assert (table_word >> 4 & 15) >= 8  # frequent in English (Zipf >= 4)


@pytest.mark.parametrize("value", ["ნიკოლოზ H. ბერიძე", "Zoë Ñúñez-Ibáñez"])
def test_names_behind_json_unicode_escapes(value: str) -> None:
    """A tool call's `arguments` as `json.dumps` writes it ("\\u10da..."): scanned as the model will
    read it, and the span covers the escapes as sent, so redaction replaces all of them."""
    text = json.dumps({"ticket": 4411, "assignee": value})
    assert "\\u" in text
    result = PiiDetector(PiiSettings()).detect([text], locate=True)
    assert result.entity_types == ["PERSON"]
    assert [json.loads(f'"{text[s.start:s.end]}"') for s in result.spans] == [value]


@pytest.mark.parametrize("text, expected", [
    # how people write about the famous and about things named after them (round 8); values invented
    ("Fantasy team: Kofi Annan, Teodor Wallinder, Ismo Rautakorpi -- who leads?", set()),  # a list with a figure
    ("Family tree for class: Johann Sebastian Bach -- cousin Ottmar Wendelin Bach.", set()),  # a famous family
    ("Brand,Founder\nSiemens,Werner von Siemens\nVaskor,Hinrik Vaskor", set()),  # a founder, surname = company
    ("did u know Oreste Valtakari directed Loud Harbour??", set()),  # a deed the famous are known by + a title
    ("Summarise the novel Loud Harbour by Oreste Valtakari.", set()),  # the author of a work
    ("What did King Oreste Valtakari want in 1066?", set()),          # a title held by one person at a time
    ("How did Hurricane Oreste change the coast?", set()),            # storms and ships take names
    ("Apply to the Oreste Valtakari Foundation grant.", set()),        # an institution named after somebody
    ("What was the point of the Valtakari Plan?", set()),             # "the <name> <Noun>"
    ("She was born in Maida Vale, London.", set()),                  # a place and its region
    ("In Rust, why does this borrow fail?", set()),                  # a preposition the NER model took in
    ("Rank these: Guylian, Hershey's, Lindt.", set()),               # a list NER read as one name
    # ... while private people stay persons
    ("Invite Sarah Chen, Bill Gates and Tomasz Wiśniewski to the sync.", {"PERSON"}),  # a common name pair
    ("Please send the contract to Maria Lopez, Tomasz Kowalczyk and Ana Ruiz.", {"PERSON"}),
    ("my colleague Maria Lopez and Kofi Annan fans", {"PERSON"}),
    ("Maria Lopez founded the book club; Lopez says we meet on Fridays.", {"PERSON"}),
    ("Attendees: KOWALCZYK, Agnieszka; NOWAK, Jan", {"PERSON"}),
    ("my grandmother 佐々木 葵 turns 90 on sunday", {"PERSON"}),      # family name, a space, given name
    ("同僚の松本 さくらさんが来月退職します。", {"PERSON"}),              # kana given name before さん
    ("会社のみなさんへ", set()),                                       # "everyone at the company"
    ("ValueError: invalid display name '김서연' for user_id=1", {"PERSON"}),  # quoted after a name label
    ("the word '김서연' means nothing", set()),
    # things stay things whoever writes about them (no private cue undoes a street or a dish)
    ("Our office is on Martin Luther King Jr Boulevard, any lunch spots?", set()),
    ("Is Johnnie Walker Black Label worth the price?", set()),    # a listed name + everyday words
    ("Find a recipe for Beef Wellington.", set()),                 # a dish one cooks
    ("Is Sherlock Holmes based on a real detective?", set()),      # NER left the first name out
    ("Describe daily life in the Valtakari era.", set()),          # "the <name> era / administration"
    ("Why did Ottokar XIV build that palace?", set()),             # one name and a regnal number
    ("Robert Kowalczyk III signed the lease yesterday.", {"PERSON"}),  # ... a full name with one is anybody
    ("Ask Maria Lopez about the Lopez family reunion.", {"PERSON"}),
    ("Judge Maria Kowalczyk ruled that the tenant may stay.", {"PERSON"}),   # judges rule on private cases
    ("Maria Lopez directed the team through the outage, thank her.", {"PERSON"}),  # no work's title follows
    ("Maria Lopez wrote 'call me back' at 9pm, what does she want?", {"PERSON"}),
])
def test_public_figures_and_things_by_context(classifier: SignalClassifier, text: str, expected: set[str]) -> None:
    assert set(classifier.classify([text]).pii.entity_types) == expected


# Invented private names (no listed figure among them), the round-8 framings of the famous, and the
# cues that make a name somebody's own.
_GIVEN = ["Maribel", "Tomasz", "Oreste", "Aigerim", "Thandiwe", "Kenji", "Priya", "Ilse", "Dawit", "Ngaio"]
_FAMILY = ["Valtakari", "Kowalczyk", "Rautakorpi", "Ndlovu", "Okonkwo", "Haraldsen", "Szabo", "Quispe"]
_FRAMES = ["Fantasy team: Kofi Annan, {name} -- who leads?", "Summarise the novel Loud Harbour by {name}.",
           "Family tree: Johann Sebastian Bach, then {name} Bach.", "{name} directed Loud Harbour, right?",
           "Write about the reign of {name}.", "Compare Henrik Ibsen and {name} in a table."]
_CUES = ["my colleague", "our tenant", "my sister", "my patient", "my neighbour"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(_GIVEN), last=st.sampled_from(_FAMILY), frame=st.sampled_from(_FRAMES),
       cue=st.sampled_from(_CUES))
def test_a_private_cue_outweighs_every_fame_framing(classifier: SignalClassifier, first: str, last: str,
                                                     frame: str, cue: str) -> None:
    """Whatever the framing that makes a name a public figure's or a thing's, a name introduced as
    one's own colleague, tenant, sister... stays a person."""
    text = frame.format(name=f"{cue} {first} {last}")
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.tuples(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY)), min_size=2, max_size=4,
                      unique=True))
def test_a_list_of_private_names_stays_private(classifier: SignalClassifier, names: list[tuple[str, str]]) -> None:
    """The list rule needs a listed figure among the items: a list of private names alone is PII."""
    text = "Please send the slides to " + ", ".join(f"{a} {b}" for a, b in names) + " by Friday."
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


def test_names_behind_json_newlines_and_url_escapes() -> None:
    """A tool call's `arguments` carries a pasted table as "...\\nAroha de Vries;..." (JSON's short
    escapes) and an image URL carries "?patient=Kerttu%20Rivers": both are read as the model reads
    them, and the spans cover the escaped text as sent."""
    detector = PiiDetector(PiiSettings())
    text = json.dumps({"note": "Name;IBAN\nAroha de Vries;4411\nRenata Oduya;4412\n\nsum?"})
    result = detector.detect([text], locate=True)
    assert "PERSON" in result.entity_types
    assert "Renata Oduya" in [text[s.start:s.end] for s in result.spans]
    url = "https://img.clinic.example/scan.png?patient=Ingrid%20S%C3%B8lberg&view=2"
    result = detector.detect([url], locate=True)
    assert [url[s.start:s.end] for s in result.spans if s.entity_type == "PERSON"] == ["Ingrid%20S%C3%B8lberg"]


@settings(max_examples=200, deadline=None)
@given(value=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\b\f"), max_size=40))
def test_unescape_reads_json_and_urls_as_written(value: str) -> None:
    """Whatever the string, the scan reads `json.dumps` output and a percent-encoded URL query as the
    decoded value, and every decoded character maps to where its escape starts in the text as sent."""
    from urllib.parse import quote

    from gateway.signals.pii import _unescape

    for sent, meant in ((json.dumps({"k": value}), '{"k": "' + value + '"}'),
                        ("https://a.example/?q=" + quote(value, safe=""), "https://a.example/?q=" + value)):
        decoded, where = _unescape(sent)
        if where is None:
            assert decoded == sent
            continue
        assert len(where) == len(decoded) + 1 and where == sorted(where) and where[-1] == len(sent)
        assert decoded == meant


@pytest.mark.parametrize("texts, expected", [
    # a participant's handle in a name field (a message's `name`, the top-level `user`)
    (["messages", "role", "user", "name", "ingrid_solberg", "content", "standup: all green"], {"PERSON"}),
    (["user", "t.okonkwo"], {"PERSON"}),
    # ... while tools and services are named with everyday words
    (["tools", "type", "function", "function", "name", "save_note", "description", "Saves a note."], set()),
    (["tool_choice", "function", "name", "get_order_status"], set()),
    (["user", "user-4411"], set()),
])
def test_handles_in_name_fields(classifier: SignalClassifier, texts: list[str], expected: set[str]) -> None:
    assert set(classifier.classify(texts).pii.entity_types) == expected


# --- Round 9 (issue 12): classes of private names kestrel, mosaic and quarry showed missing, and classes of
# things and famous people flagged as private ones. Every value below is invented for the test.

@pytest.mark.parametrize("text", [
    # one's own relation, then a lone given name, in the languages users write in
    "Mi hermana Ximena no me habla desde el viernes, ¿qué hago?",
    "Ma cousine Apolline se marie en juin, écris-lui un mot.",
    "Meine Kollegin Swantje ist krank, schreib ihr eine Karte.",
    "Моя подруга Снежана переезжает, напиши ей открытку.",
    "Arkadaşım Berfin için bir doğum günü mesajı yaz.",
    "Tolong tulis ucapan untuk teman saya Wulan besok.",
    "Scrie o felicitare pentru prietena mea Ilinca.",
    "Γράψε μια κάρτα για τον φίλο μου Στέλιο.",
    # ... and in Korean, Chinese and Japanese prose: a relation, a preposition of address and a pronoun,
    # a particle and an honorific
    "우리 언니 최수아한테 생일 카드를 써 주세요",
    "我的同事赵梓萱下周离职", "同事王伟说明天开会",
    "请给孙浩然发一封邮件，他明天要来",
    "旧同僚の佐藤美咲さんに年賀状を書きたい",
    # @mentions: a handle whose parts are names, a display name
    "@tomas.okonkwo please rebase before merging",
    "@Ngaio Tuhiwai can you check the rota?",
    # a person's field: any name-like words, a lone unlisted word where only people stand
    "Pt: OYELARAN ADEBOLA\nBP 120/80, review meds",
    "\\author{Tsetseg Dorjsuren}\n\\title{Notes}",
    "Served by: Haunani\nTotal 14.50",
    "attendees: Noelani Keawe, Rangi Parata",
    "bed 7: Ofa Tuipulotu, day 3 post-op",
    "The tenant is makerita vaipulu.",
    "---\nauthor: rangi tapsell\ndate: 2025-01-02\n---",
    # typed in lower case after a verb of contacting, or before "from <team> <does>"
    "text brianna kowalczyk about the shift swap",
    "can you email to tyrone fairweather the minutes",
    "ok so aroha tapsell from payroll keeps emailing me",
    # an addressee in prose of another language; an initial in running prose
    "Scrie un mesaj pentru Ihaia Ngata mâine.",
    "Napiš poděkování, které pošlu O. Gansukh zítra.",
    "Write a thank-you note to E. K. Divya.",  # initials + a name that English text also holds
    # spelled out letter by letter
    "she spelled her name B-R-O-N-W-E-N  P-R-I-T-C-H-A-R-D on the phone",
    # signatures: a closing or a dash, then the writer's name ending its line
    "see you Monday\nCheers,\nTaini", "--\nIhaia Tapsell | Ops Lead", "— Noelani",
    # a table column of people under its header; a handle under a user label or after @
    "emp_id,emp_name,dept\n1042,Wiremu Parata,Ops\n1043,Keoni Nakoa,Sales",
    "user_id: aroha.ngata", "cc @rangi.parata",
    # what somebody is called, in other languages
    "Mi compañera de piso se llama Itziar Goikoetxea y no limpia nunca",
    "Моего соседа зовут Тимур, он шумит по ночам",
    "Viết thiệp sinh nhật cho bạn tôi Nguyễn Thu Trang nhé",
])
def test_cued_private_names(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    # no name after the cue
    "mi hermano mayor vive en Lima y quiere mudarse",
    "Meine Schwester hat keine Zeit",                       # German nouns are capitalised
    "전문가에게 물어보세요", "给高考生写一封鼓励信", "タクシーの運転手さんに道を聞いた",
    "우리 엄마 지금 어디야?", "제 친구 진짜로 웃겨요",     # adverbs led by a family-name syllable
    "病人高烧不退怎么办", "患者高血压应该吃什么",           # nouns led by a family-name character
    "Server: nginx/1.18.0", "Tenant: Contoso",
    "name,version\nnumpy,1.26\npandas,2.1", "-- Drop the table first\nDROP TABLE x;",
    "Best practices for naming Kubernetes labels?", "Love Island season recap please",
    "@types.node and @babel.core versions clash",
    "Mein Hund heißt Bello", "La función se llama parseConfig y falla",  # a pet, a function
    "name,capital\nFrance,Paris\nPeru,Lima",                             # countries in a "name" column
    "@dataclass(frozen=True) on the config class", "@app.route('/health') returns 500",
    "author: dependabot[bot]", "to: all staff",
    "a chance fish appeared", "Create a checklist for ward handovers",  # given names that are everyday words
    "para Visual Studio Code necesito una extensión",
    "the acronym is N-A-S-A, right?",
    "JIRA CORE-1182 and CORE-1183 look like duplicates",  # a ticket key, however its letters read
    # things named after people: brands, streets, mountains, castles, feasts, institutions
    "Is Mr Kipling cake vegan?", "Jose Cuervo vs Captain Morgan for a party?",
    "Is the shop on Great Portland Street open on Sunday?", "Tips for climbing Ben Macdui in winter",
    "Le bureau sera fermé entre Noël et le jour de l'An.",
    "Treffen wir uns an der Rosa-Luxemburg-Straße?", "Wie weit ist es bis zur Burg Hohenzollern?",
    "Cedars Sinai vs Cleveland Clinic for cardiology?",
    # fictional characters; people written about the way one writes about the famous
    "Write a poem about Paddington Bear and Hong Gildong",
    "Was Hercule Poirot based on Jacques Hornais?",
    "Ada Lovelace, who corresponded with Mary Somerville, wrote the first program.",
    "Invention,Inventor,Year\nTelephone,Alexander Graham Bell,1876\nDynamite,Alfred Nobel,1867\n"
    "Vulcanised rubber,Charles Goodyear,1844\nsort by year",
    "My fantasy football team: Erling Haaland, Bruno Fernandes, Kaoru Mitoma",
])
def test_things_and_the_famous_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


def test_relation_words_are_no_part_of_the_name(classifier: SignalClassifier) -> None:
    """Redaction takes the name, not the relation before it; a title stays a title ("Frau Müller")."""
    detector = PiiDetector(PiiSettings())
    text = "Meine Kollegin Swantje ist krank."
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert spans == {"Swantje"}
    text = "Frau Müller hat angerufen."
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert "Frau Müller" in spans


def test_a_lone_word_in_a_persons_field_is_not_a_famous_surname() -> None:
    """"Served by: Amaru" names the server even though a listed figure carries that surname."""
    detector = PiiDetector(PiiSettings())
    assert set(detector.detect(["RECEIPT 12\nServed by: Amaru\n1x tea 3.00"]).entity_types) == {"PERSON"}


@pytest.mark.parametrize("text", [
    "a-" * 25_000, "A." * 25_000, "x A. " * 10_000, "@ab.cd " * 7_000, "Pt: Ab, " * 6_000, "my sister " * 5_000,
    "ab cd from ef keeps " * 2_500, "我的朋友" * 12_500, "ku-Ab Cd " * 5_500, "أفضل طريقة " * 4_500,
    "habari ya rafiki " * 3_000, "Ab_Cd_Ef " * 5_500, "Ab, Cd und " * 4_500, "দেবজানী-কে " * 4_500,
    "Ивану Петрову " * 3_500, "Cheers,\n" * 6_000, "-- " * 16_000,
    "name,emp_name\n" + "Ab Cd,Ef\n" * 6_000, "친구 " * 16_000, "の" + "高" * 50_000 + "さん",
    "Ab " * 16_000, "Ab Cd who " * 5_000, "email megan pruitt " * 2_600, "a,b\n" * 12_000,
])
def test_cues_stay_linear_on_50k_characters(text: str) -> None:
    """No cue pattern backtracks or rescans: each pathological 50k-character input takes well under a second."""
    import time

    from gateway.signals.names import cued_names

    start = time.process_time()
    cued_names(text, frozenset({"megan"}))
    name_runs(text, NEVER)
    assert time.process_time() - start < scaled(2.0)


def _fill(unit: str) -> str:
    return (unit * (50_000 // len(unit) + 1))[:50_000]


@pytest.mark.parametrize("text", [
    _fill("Kossuth Lajos "), _fill("Anna Lee Peter Smith Maria Garcia John Brown "), _fill("my sister Anna "),
    _fill("Dr. Anna Lee, "), ("name,email\n" + "".join(f"Anna Lee{i},a{i}@x.org\n" for i in range(3_000)))[:50_000],
    _fill("@anna "), _fill("우리 엄마 김민지 아빠 박철수 "), _fill("我的妈妈王丽 爸爸李明 "), _fill("Mount Everest "),
    _fill("abcdefghij"), _fill("我的朋友王丽是老师"),
], ids=["capitalised-run", "name-pairs", "sister", "dr-list", "csv", "mentions", "korean", "chinese", "mount",
        "one-word", "cjk-word"])
def test_no_50k_input_costs_minutes(classifier: SignalClassifier, text: str) -> None:
    """Each per-candidate judgement (a list with a figure, a famous family, a cut-short NER name running
    on) looks at a bounded window: "Kossuth Lajos " * 3,600 took > 120 s when each of its ~3,600 NER spans
    ran on to the end of the capitalised run. Both the classifier's decision and the locate pass (what
    a redacting policy runs) stay at 0.1-3.8 s CPU together on a shared 2-core VM (spaCy NER over 50k
    characters is ~1-2 s of that, linear); the bound leaves room for a slow CI box, not for a quadratic."""
    import time

    start = time.process_time()
    classifier.classify([text])
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# Round 10: classes of errors a new generator's prompts showed, each tested in other phrasing and languages.
@pytest.mark.parametrize("text", [
    # prose of a script without case: its function words and everyday words are no names
    "كيف أكتب سيرة ذاتية جيدة في عشرة أيام؟", "איך מכינים עוגת שוקולד בלי ביצים?",
    "بهترین راه برای یادگیری زبان آلمانی چیست؟",
    # one's relation followed by a verb, not a name; a relation word is never the name itself
    "أختي تحب الرسم كثيرا، ماذا أهديها؟", "אחותי רוצה ללמוד לתכנת, מאיפה מתחילים?",
    "Babam için doğum günü hediyesi önerir misin?", "Äitini täyttää pian kuusikymmentä, mitä lahjaksi?",
    # lower-case prose of languages whose words are given names somewhere
    "tafadhali nisaidie kupanga safari ya wiki mbili kwenda pwani", "làm sao để nấu phở bò ngon tại nhà",
    # listed figures spelled with letters Unicode does not decompose, after a question word, in Cyrillic
    "Czy Lech Wałęsa nadal działa w polityce?", "Hvad skrev Søren Kierkegaard om angst?",
    "Pourquoi Victor Hugo a-t-il quitté la France ?", "Какие симфонии написал Пётр Чайковский?",
    "Розкажи коротко про вірші Тараса Шевченка.",
    # unlisted people asked about their inventions, discoveries, Nobel prizes or life's work
    "Was hat Hedwig Kiesling eigentlich erfunden?", "Za co Halina Brzozowska dostała Nagrodę Nobla?",
    "Какие открытия сделал Аркадий Зимин?", "¿Qué inventó Ramón Ibarguren exactamente?",
    "Wat heeft Pieter Zandvoort uitgevonden?", "Kto zdobył Nagrodę Pulitzera w tym roku?",
])
def test_round10_benign_stays_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    ("Meine Kollegin Hedwig Kiesling hat ein Rezept erfunden, schreib ihr eine Karte.", "Hedwig Kiesling"),
    ("Перешли договор Семёну Ковалёву до пятницы.", "Семёну Ковалёву"),       # dative case
    ("Нагадай Оксані Литвиненко про зустріч у вівторок.", "Оксані Литвиненко"),
    ("أرسل الفاتورة إلى خالد المنصوري قبل يوم الخميس", "خالد المنصوري"),      # in its own script's prose
    ("لطفا به مریم رضایی بگو که جلسه لغو شد", "مریم رضایی"),
    ("অনুপম বন্দ্যোপাধ্যায়-কে মেইলটা পাঠাও", "অনুপম বন্দ্যোপাধ্যায়"),           # a case ending after a hyphen
    ("Thumela umyalezo ku-Sibusiso Ndlovu namhlanje.", "Sibusiso Ndlovu"),      # a Zulu prefix glued on
    ("pls remind tavita leiataua about the invoice tomorrow", "tavita leiataua"),  # lower case in English
])
def test_round10_private_names_found(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


def test_figure_skeleton_joins_scripts_and_case_forms() -> None:
    from gateway.signals.names import figure_skeleton, plain_letters

    assert figure_skeleton("Антона Чехова") == figure_skeleton("Anton Chekhov")
    assert figure_skeleton("Чайковского") == figure_skeleton("Tchaikovsky")
    assert figure_skeleton("Иван Петров") != figure_skeleton("Anton Chekhov")
    assert plain_letters("Gauß Ørsted Wałęsa") == "Gauss Orsted Walęsa"


@pytest.mark.parametrize("text", [
    "SUMMARY:Quarterly review\nLOCATION:Wexford Pavilion, upper floor\nDTSTART:20270301T090000Z",  # a place field
    "sku|title|qty\n1002|Anna Karenina|4\n1003|Jakob von Gunten|2\nwhich title sells best?",   # a titles column
    "Names for our new robot vacuum? I like \"Dusty Springfield\", \"Sweepy Gonzales\" or \"Mop Marley\".",
])
def test_round10_things_by_structure(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    ("우리 언니 하은이가 다음 주에 결혼해요", "하은"),                     # Korean relation + a given name alone
    ("隣の部署の佐藤さんに資料を渡してください", "佐藤"),                # a family name + honorific
    ("担当者：鈴木花子　内線なし", "鈴木花子"),                          # a person's label in Japanese
    ("收件人：刘洋，请今天寄出", "刘洋"),
    ('{"customer": "林美玲", "sku": "A-1"}', "林美玲"),                  # an English field, a Han value
])
def test_round10_cjk_names_in_slots(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert name in spans, (text, spans)


def test_round10_a_place_field_or_title_column_does_not_hide_a_listed_private_cue(classifier: SignalClassifier) -> None:
    """Two quoted private names are no list of proposals, and a relation cue still wins."""
    for text in ["Invite 'Anna Berg' and 'Tomasz Kowalczyk' to the review", "my colleague 'Ilse Haraldsen' is off"]:
        assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    "Welche Farbe passt zu einem grauen Sofa?", "Gurken, Tomaten und Zwiebeln: ein schneller Salat bitte",
    "Kündigung Vorlage für eine Mietwohnung, bitte kurz",    # German nouns, capitalised like names
    "Miért híres Semmelweis Ignác?", "Warum ist Hedwig Kiesling so berühmt?",   # fame, asked
    "Mitä Einojuhani Rautavaara sävelsi?",                                     # what somebody composed
])
def test_round10_german_nouns_and_fame_questions(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    ("Kannst du bitte eine Mail an Wiremu Parata wegen der Rechnung schreiben?", "Wiremu Parata"),
    ("see attached Lebenslauf_Ingeborg_Halvorsen_2026.pdf", "Ingeborg_Halvorsen"),  # a name in a file name
    ("https://cdn.example.org/kyc/selfie_Mbali_Khumalo.jpg", "Mbali_Khumalo"),
])
def test_round10_names_in_german_prose_and_file_names(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert name in spans, (text, spans)


@pytest.mark.parametrize("text", ["class Order_Item(Base_Model): pass", "SELECT * FROM Sales_Report_Final",
                                  "an Elasticsearch Kibana setup for logs"])
def test_round10_identifiers_and_products_are_no_names(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    ("Merci d'écrire à Gaëtan (gaetan.m77@example.fr) pour confirmer.", "Gaëtan"),
    ("Forward it to Tavita Leiataua <tleiataua@example.ws> please", "Tavita Leiataua"),
    ("Ask Wiremu [wiremu.p@example.nz] to join", "Wiremu"),
])
def test_round10_a_name_beside_its_own_address(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert name in spans, (text, spans)


def test_round10_a_role_beside_an_address_is_no_name(classifier: SignalClassifier) -> None:
    # (a real domain: a role's mailbox on a reserved one is nobody's at all, see test_round16_...)
    # (round 30: a desk's mailbox at an organisation's domain is no personal data, whether or not the text names the
    # organisation: recognizers.desk_mailbox)
    assert classifier.classify(["Contact Support (help@tarnwell.io) for refunds"]).pii.entity_types == []


@pytest.mark.parametrize("text, found", [
    ("Found a set of keys by the bus stop, call Faith on 0412 555 019 to claim", True),
    ("appelle Jade au 06 12 34 56 78 ce soir", True),
    ("Call Reception on 020 7946 0000 for a taxi", False),   # a desk, not a person
])
def test_round10_whom_to_call_on_a_number(text: str, found: bool) -> None:
    detector = PiiDetector(PiiSettings())
    assert ("PERSON" in detector.detect([text]).entity_types) is found, text


@pytest.mark.parametrize("text, found", [
    ("my dentist said i should floss more, which floss is best?", False),   # the relation's verb, not a name
    ("our landlord told us the rent goes up", False),
    ("my brother john keeps borrowing my car", True),                       # a given name typed in lower case
])
def test_round10_a_verb_after_a_relation_is_no_name(classifier: SignalClassifier, text: str, found: bool) -> None:
    assert ("PERSON" in classifier.classify([text]).pii.entity_types) is found, text


# Round 11: how people write about fiction and the famous (tundra's classes, in our own phrasings and other
# languages; no sentence of tundra's). Each row names its class.
@pytest.mark.parametrize("text", [
    # a character's role right before the name; one's own characters ("my rogue", "my novel's heroine")
    "In my webcomic the villain Corvin Ashdale kidnaps the mayor. Give him a motive.",
    "My rogue Pell Brightwater wants to betray the party next session; how should the DM react?",
    "For our school play the protagonist, Ada Fenlow, must choose between duty and love.",
    "Kimdir Çalıkuşu romanının kahramanı Feride?", "Wie is de hoofdpersoon Frits van Egters in De avonden?",
    "Who is the goddess Amaterasu and why does she hide in a cave?",
    # a persona the model is to play, a character's backstory, a role in apposition
    "You are Captain Mirela Voss, commander of the starship Meridian. Stay in character.",
    "Eres Don Aurelio Campos, un pirata del siglo XVII. Cuéntame tu mayor aventura.",
    "Tu es Madame Céleste Moreau, une voyante dans un roman policier.",
    "Give me a backstory for Kaelen Duskwhisper, a half-elf ranger.",
    # a work of fiction in the name's sentence, in many languages
    "Resume la novela: ¿qué le pasa a Fermina Daza al final?",
    "Dans le roman, pourquoi Julien Sorel tire-t-il sur Madame de Rênal ?",
    "Warum tötet Gustav von Aschenbach niemand in der Novelle? Erkläre die Figur.",
    "Qual è il destino di Renzo Tramaglino nel romanzo di Manzoni?",
    "Kuka on romaanin päähenkilö Antti Rautalampi ja mitä hänelle tapahtuu?",
    "In the anime, why does Shinji Ikari refuse to pilot the Eva?",
    "Rank these sitcom dads: Phil Dunphy, Hal Wilkerson, Red Forman.",
    "لماذا تعتبر شخصية سي السيد في الرواية رمزاً للسلطة الأبوية؟",
    # a listed character in the same sentence makes the others its companions
    "Write a letter from Elizabeth Bennet to Jane Bennet after the ball at Netherfield.",
    "Which is funnier, Basil Fawlty or Alan Partridge?",
    # the story, legend, adventures or fate of the name; a quoted title after it
    "Opowiedz przygody Koziołka Matołka w trzech zdaniach.", "Wat leert het sprookje van Klein Duimpje kinderen?",
    "Explain the legend of Yasuke as a samurai for a history class.", 'What happens to Kvothe in "The Name of the Wind"?',
    # the famous: known for, poetry, history questions, callings and royalty, siblings known by their surname
    "Per cosa è conosciuta Grazia Deledda?", "Hvad er Karen Blixen kendt for?", "Dlaczego Tadeusz Kościuszko jest znany w Ameryce?",
    "Quelle est la poésie de Anna de Noailles et pourquoi est-elle importante ?",
    "What role did Toussaint Louverture play in the Haitian Revolution?",
    "Какую роль сыграл Михаил Кутузов в войне 1812 года?",
    "Compose a short poem in the style of the poet Czesław Miłosz.", "Wer war die Dichterin Annette von Droste-Hülshoff?",
    "Jaką rolę w historii Polski odegrała królowa Jadwiga?", "Erzähl mir über die Brüder Grimm und ihre Märchen.",
    "Was sind die wichtigsten Gedichte von Else Lasker-Schüler?",  # NER took the work into the name's span
    # things named like people: a ship that sank, an amount of money, a calendar's month
    "Why did the Andrea Doria sink in 1956?", "Warum sank die Wilhelm Gustloff?", "Dlaczego zatonął Jan Heweliusz?",
    "Was kosten 120 Norwegische Kronen in Euro?", "Quanto sono 75 Franchi Svizzeri in euro?",
    "Ramazan ayında iftar saati kaçta?", "ماه رمضان امسال کی شروع می‌شود؟", "How long is Ramadan in 2030 in Oslo?",
])
def test_round11_fiction_and_the_famous_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    # one's relation, a possessive, an addressee, a person's field, an e-mail, a phone or an address outweighs
    # the work of fiction in the same sentence
    "My colleague Corvin Ashdale loves villains in novels; write him a farewell card.",
    "My sister Laura Fenwick is the heroine of her own story: write her a retirement speech.",
    "Write an obituary for my grandmother Lucia Mondelli, who loved fairy tales.",
    "Meine Schwester Effi Brandt hat den Roman gelesen; schreib ihr eine Geburtstagskarte.",
    "Napisz bajkę dla mojej córki Zosi Nowak na urodziny.",
    "Can you write a bedtime story for my son Mateo Ruiz about dragons?",
    "Draft a note to Ilse Marrow about the thriller book club on Friday.",
    "Draft a message to Joanna Pietrzak: the novel club meets Thursday at 7.",
    "Invite Esther Greenwald to the movie night on Saturday.",
    "Write a character reference letter for Dana Whitfield, who worked for us 4 years.",
    "Book a table for Feride Aksoy at 8pm; she loves the anime cafe.",
    "Please thank Hal Wilkerson from accounting for the sitcom-themed party.",
    "Our landlord, Piet de Vries, says the novel heating system broke again.",
    "Dear Thandiwe Ruiz, thanks for joining our fantasy novel workshop.",
    "Attendees: Oreste Valtakari, Aigerim Quispe - book club, chapter 4 of the novel",
    # the famous framings do not reach a colleague
    "What role did Rui Delgado play in the server outage? Write an incident summary for HR.",
    "Wofür ist meine Kollegin Hannah Brenner bekannt im Team?",
    "Gedichte von Hannah Brenner, meiner Kollegin, bitte korrigieren.",
    # a person named like a month, paid in a currency named like a person, beside a ship's verb
    "Ramadan Ahmeti called again about the lease; draft a reply.",
    "Send 50 Swiss Francs to Jonas Keller for the concert tickets.",
    "Our tenant Rui Almeida said the boiler sank into the floor; schedule a repair.",
    "You are Jan Kowalski's assistant; draft his reply to the landlord.",  # a person who has things, no persona
    # words with a fiction sense and an everyday one, and cue words that are also names
    "Il paziente Mario Rossi fa uso di eroina da due anni; prepara la lettera.",  # heroin, not a heroine
    "Пациент Иван Петров употреблял героин, составь выписку.",
    "Jan Kowalski will run the tabletop exercise on Friday; send the agenda.",
    "Kovács János, a projekt egyik szereplője, holnap érkezik.",
    "Hat Jan Kowalski den Vertrag schon unterschrieben?", "Does Jan Kowalski still live in the United Kingdom?",
    "Kahraman Yılmaz yarın işe başlıyor, hoş geldin mesajı yaz.", "Regina Kowalski needs the lease renewal by Friday.",
    "Petr Hrdina nám dluží za nájem, napiš mu upomínku.",
    # a work named in another script is no frame for the name (a frame is a word of the name's own language)
    "اكتب رسالة قصيرة إلى زميلي خالد العتيبي about the anime night",
    "יש לי פגישה עם נועה בן דוד about the fantasy novel club",
    "Ο Γιώργος Οικονόμου loves that sitcom, write him a note",
])
def test_round11_private_names_in_fiction_contexts_stay_found(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


_FICTION_FRAMES = ["In chapter 3 of the novel, {name} meets the smuggler.", "The heroine {name} wakes up in a castle.",
                   "Write a fan fiction scene where {name} meets Sherlock Holmes.", "Tell the legend of {name}.",
                   "In the anime, why does {name} leave?", "Rank the sitcom dads: Homer Simpson, {name}.",
                   "Summarize the adventures of {name} for kids."]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(_GIVEN), last=st.sampled_from(_FAMILY), frame=st.sampled_from(_FICTION_FRAMES),
       cue=st.sampled_from(_CUES))
def test_a_private_cue_outweighs_every_fiction_framing(classifier: SignalClassifier, first: str, last: str,
                                                        frame: str, cue: str) -> None:
    """Whatever makes a name a character of fiction, a name introduced as one's own colleague, tenant, sister...
    stays a person."""
    text = frame.format(name=f"{cue} {first} {last}")
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    _fill("the heroine Anna Lee meets "), _fill("novel Ab Cd, "), _fill("Ramadan "), _fill("250 Schweizer Franken "),
    _fill("Darth Vader and Ab Cd "), _fill("die Dichterin Ab Cd "), _fill("my novel my "),
], ids=["roles", "novel-names", "months", "money", "listed-companions", "callings", "possessives"])
def test_round11_fiction_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    """Every round-11 judgement looks at the name's sentence (<= 200 characters each way) or less."""
    import time

    start = time.process_time()
    classifier.classify([text])
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


def test_round11_listed_characters_are_no_common_given_names() -> None:
    """A one-word character on the list is dropped wherever it stands, so it must be no given name or surname
    the name tables hold (not "Krishna", "Gretchen", "Juha", "Okonkwo")."""
    from gateway.signals.recognizers import name_lists

    text = resources.files("gateway.signals").joinpath("data", "fictional_characters.txt").read_text("utf-8")
    start = text.index("# Round 11")
    lone = [line for line in text[start:].splitlines() if line and not line.startswith("#") and " " not in line]
    first, last = name_lists()
    assert lone and not [name for name in lone if fold_token(name) in first or fold_token(name) in last]


# Round 12 (fjord seen): private names with a weak cue, as classes, in our own phrasings.
@pytest.mark.parametrize("text, name", [
    # a roommate, a sibling, a teacher named with a relation users type in their own words
    ("Mój współlokator Zdzisław znowu zjadł moje jedzenie, jak mu to powiedzieć?", "Zdzisław"),
    ("Moja współlokatorka Jadwiga ciągle gra na skrzypcach w nocy.", "Jadwiga"),
    ("mon coloc Will a encore oublié de payer sa part du loyer", "Will"),       # a name that is also a word
    ("my roommate Hope keeps borrowing my charger without asking", "Hope"),
    ("córka Genowefa ur. w marcu, czy dostanie becikowe?", "Genowefa"),         # a kin word, no possessive
    ("brat Leszek pożyczył auto i nie oddał, co robić?", "Leszek"),
    # one's relation after the name, in brackets or after a comma
    ("I had a fight with Marisol (my ex) about the dog, help me reply calmly", "Marisol"),
    ("Bartholomew, my landlord, still hasn't fixed the heating.", "Bartholomew"),
    ("Hablé con Leocadia (mi suegra) sobre la boda y se enfadó.", "Leocadia"),
    # Hinglish and Greek relations
    ("meri behen प्रियंका ki shaadi hai, ek toast likh do", "प्रियंका"),
    ("mera dost Ankit kal se phone nahi utha raha", "Ankit"),
    ("Στείλε ένα μήνυμα στη θεία μου την Ευτέρπη για τα γενέθλιά της", "Ευτέρπη"),
    ("Ο αδερφός μου ο Παντελής δεν απαντάει στο τηλέφωνο", "Παντελής"),
    # names in scripts without case, marked by a relation, a title or an honorific
    ("帮我给我表姐蕭雅婷写一封感谢信", "蕭雅婷"),
    ("同僚の長谷部さんに送る送別メッセージを書いて", "長谷部"),
    ("上司の五十嵐さんへのお礼メールを作って", "五十嵐"),
    ("우리 팀 황보민재 과장이 다음 주에 퇴사해서 송별사를 써야 해", "황보민재"),
    ("기획팀 박서준 대리에게 보낼 메일 좀 다듬어줘", "박서준"),
    ("Nhờ bạn viết tin nhắn xin lỗi gửi chị Trần Thu Hà vì mình đến muộn", "Trần Thu Hà"),
    ("Soạn giúp lời chúc cho thầy giáo Phạm Quốc Bảo nhân ngày nhà giáo", "Phạm Quốc"),
    ("כתוב הודעה לבעלת הדירה שולמית כהן שהדוד לא עובד", "שולמית"),
    # a dialogue whose speakers are a role and a person
    ("Continue this chat:\nSUPPORT: How can I help today?\nDESMOND: My parcel never arrived.\nSUPPORT:", "DESMOND"),
    ("Rewrite politely:\nAgent: please hold\nGwendolyn: I've held for 20 minutes!", "Gwendolyn"),
    # everyday private verbs with a bare name: telling, asking, sharing a flat with the writer
    ("Tell Ravindra I'll be late, word it kindly", "Ravindra"), ("Remind Ravi about the rent, nicely", "Ravi"),
    ("Siobhan and I split the bills, draft a fair agreement", "Siobhan"),
    ("Yesterday Siobhan and I signed the lease", "Siobhan"), ("Me and Tomasz are moving flats, checklist?", "Tomasz"),
    ("Dile a Inés que llego tarde a la cena", "Inés"), ("Sag Jonas, dass das Training ausfällt", "Jonas"),
    ("cc Priya and DevOps on the incident report", "Priya"),
])
def test_round12_private_names_with_weak_cues(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    # products and firms named like people, set beside a thing, a title or a purpose of buying
    "Hugo Boss o Karl Lagerfeld per una giacca da ufficio?", "Dr. Scholl Einlagen gegen Fersensporn?",
    "Mr Kipling vs Dr. Oetker for a quick birthday cake?", "Is Dr. Oetker Backpulver glutenfrei?",
    # the famous by how they are written: a genitive before their work, their influence, their discoveries
    "Vad handlar Selma Lagerlöfs Gösta Berlings saga om?", "Worum geht es in Thomas Manns Zauberberg?",
    "Quelle a été l'influence de Jean Monnet sur la construction européenne ?",
    "What was the influence of Ada Lovelace on modern computing?",
    "¿Qué descubrió Severo Ochoa en sus investigaciones?", "Was entdeckte Lise Meitner eigentlich genau?",
    # German nouns in a system prompt's imperative style
    "Keine Rabattzusagen ohne Rücksprache mit dem Vertrieb.", "Kein Versandversprechen ohne Lagerprüfung.",
    # characters: a game's NPC, listed characters side by side with another name
    "The party meets an NPC named Sir Osric Vale, a fallen knight. Write his dialogue.",
    # person-named tools, languages and assistants told or compared
    "Tell Siri to set an alarm for six", "Tell Alexa to play some jazz", "Let Python handle the parsing",
    "Is Jenkins or GitHub Actions better for a monorepo?", "Ask Jenkins to rerun the nightly build",
    # the famous: a discovery asked with the verb first, an influence with a verb between, a Nordic genitive
    "Qu'a découvert Irène Joliot-Curie ?", "Jaki wpływ miała Irena Sendlerowa na historię Polski?",
    "Vad handlar Vilhelm Mobergs Utvandrarna om?",
    # a speaker label that is a role, a dialogue of roles only
    "Continue:\nUSER: where is my order?\nASSISTANT: Let me check.\nUSER:",
])
def test_round12_things_and_the_famous_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    # the private cue wins over every benign rule of this round
    "My colleague Hugo Brandt o Karl Weber per il progetto?",
    "Meine Kollegin Selma Lindqvists Bericht ist fertig, bitte kürzen.",
    "What was the influence of my boss Anneliese Krämer on the team's morale?",
    "Write a note to Osric Vale (my neighbour) about the fence.",
    "Tell my sister Luna Kowalczyk the bakery order is ready.",
])
def test_round12_private_cues_outweigh_the_benign_rules(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    "współlokator " * 5000, "mon coloc Men, " * 4000, "syn " * 20000, "Tegan (my ex) " * 4000,
    "同僚の" * 10000 + "五十嵐さん", "팀 황보민재 과장 " * 5000, "cô giáo " * 8000, "A: hi\n" * 8000,
], ids=["relation", "word-after-relation", "kin", "apposed", "japanese", "korean", "vietnamese", "dialogue"])
def test_round12_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


@pytest.mark.parametrize("texts, found", [
    (["metadata", "customer_name", "小鳥遊千尋", "ticket", "T-1234"], True),  # a family name the table lacks
    (["user", "display_name", "남궁민서"], True),
    (["type", "file", "filename", "lebenslauf_kowalczyk_genowefa.pdf"], True),
    (["type", "file", "filename", "scan-passport-okonkwo-adaeze.jpg"], True),
    (["type", "file", "filename", "quarterly_report_final_v2.pdf"], False),
    (["type", "file", "filename", "invoice_march_export.csv"], False),
    (["metadata", "customer_segment", "法人顧客"], False),
])
def test_round12_names_in_request_fields(texts: list[str], found: bool) -> None:
    """A request's key-value fields as the scan sees them (key, field break, value)."""
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert ("PERSON" in result.entity_types) is found, texts


def test_round12_german_abbreviation_is_no_sentence_end(classifier: SignalClassifier) -> None:
    text = "Ist Dr. Oetker Vanillezucker ohne Gelatine? Frage für meine Nichte"
    assert "PERSON" not in classifier.classify([text]).pii.entity_types


# --- Round 13 (names): the classes meadow's first look showed, in our own phrasings.
@pytest.mark.parametrize("text", [
    # the famous: their lives in books and films, with the author after the subject; inflected Slavic forms
    "Vous avez lu la biographie de Marie Curie par Ève Curie ? Elle vaut le détour ?",
    "¿Alguien vio el documental de Wilma Rudolph? Dicen que es buenísimo",
    "Kennt jemand die Dokumentation über Lise Meitner? Lohnt sie sich?",
    "Has anyone watched the documentary about Jesse Owens by that BBC team?",
    "Napisz krótką notatkę o Mikołaju Koperniku do szkoły", "Co wiesz o Lechu Wałęsie?",
    # fiction: characters in Cyrillic and their case forms, a classic's pair, a strip's cast, translated names
    "Зачем Раскольников пошёл к старухе? Не понимаю",
    "¿En qué capítulo Sancho Panza gobierna la ínsula? Lo olvidé",
    "Haz una ficha sobre Mortadelo y Filemón para quinto de primaria",
    "Wie heißt Pippi Langstrumpf auf Italienisch? Pippi Calzelunghe?",
    "Czy Yennefer pojawia się w pierwszym tomie sagi?",
    # products, streets and squares, form fields, blank forms, numbers, keys in Korean
    "Philips Hue bulbs keep dropping off the bridge after the firmware update",
    "Is the museum at 11 Rue Victor Hugo or on Place Charles de Gaulle?",
    "Ci vediamo in Piazza della Signoria alle sei?", "Walk from Avenida Paulista to Rua Augusta: how long?",
    "Monte um formulário em branco com os campos nome, CPF, RG e data de admissão.",
    "Erstellt ein Formular. Alle Felder beim Kunden abfragen.",
    "The Sun is 149,600,000 km away and the Moon about 384,400 km: make five quiz questions.",
    "이 테스트 키 abc-test-0000 는 왜 만료되나요? error 401",
    "Dear Editor,\nYour piece on Alan Turing left out his work on morphogenesis.\nA reader",
])
def test_round13_the_famous_fiction_and_things_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    # a friend's name after a casual address word, or greeted with "it's me"
    ("mate Corwin moved out, new flat is near the station", "Corwin"),
    ("bro Marek left his keys at mine again", "Marek"),
    ("kanka Elif'in doğum günü cuma, hediye fikri?", "Elif"),
    ("hey Thaddeus its me, the door code changed", "Thaddeus"),
    # private names the new benign rules leave alone
    ("Czy Kasia Nowak przyjdzie jutro na zebranie?", "Kasia"),
    ("Почему Иван Петров не пришёл на работу?", "Иван"),
    ("I'm making a documentary about Dana Whitcombe, my neighbour", "Dana"),
    ("Vi el documental de mi abuelo Tomás Herrera anoche", "Tomás"),
    ("Please email 김민준 the invoice today", "김민준"),
    ("Dear Hope, thanks for the tea", "Hope"),
    ("Meet me at Rua Augusta near the café, Tomasz Wrona will be there", "Tomasz"),
    ("NOME: JOAO SILVA, CPF 123", "JOAO"),
    ("Forward this to Ana St. John, please", "Ana"), ("Ask Rosa Plaza Ibáñez to sign the lease", "Rosa"),
])
def test_round13_private_names_stay_found(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    "mate " * 20000, "la biographie de " * 6000 + "X", "Avenue " * 15000, "Czy " * 20000, "나오죠 " * 20000,
    "Quijote y " * 8000 + "Sancho Panza",
], ids=["casual", "life-story", "street", "opener", "korean", "pair"])
def test_round13_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


@pytest.mark.parametrize("texts, found", [
    (["metadata", "customer_name", "北沢凛", "channel", "web"], True),  # a family name of a common second kanji
    (["user", "recipient_name", "宮澤葵"], True),
    (["metadata", "customer_type", "個人事業主"], False),
    (["metadata", "customer_segment", "新規顧客"], False),
])
def test_round13_japanese_family_names_in_request_fields(texts: list[str], found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert ("PERSON" in result.entity_types) is found, texts


# --- Round 14 (names): the classes glacier and cirque showed, in our own phrasings.
@pytest.mark.parametrize("text", [
    # a short instruction in a script without case glued to English data: a parenthesis or a line of its own
    "Status of ticket 4471?\n\n(האם חסר משהו?)",
    "Summarise the email below.\n\nلطفاً خلاصه\u200cاش کن.\n\nHi team, the shipment is late.",
    "Fix this SQL query.\n\nइसे थोड़ा छोटा करो।", "Check the table.\n\n(இதை சுருக்கமாக மாற்று.)",
    "ეს ტექსტი შეამოწმე?\n\nThe invoice total is wrong.", "Translate the footer.\n\nاردو میں جواب دیں۔",
    "(এটা আবার দেখো।)\nThe API returns 500.", "The build log is below.\n\n(هل هذا صحيح؟) Thanks",
    "Kas sa saaksid selle teksti homseks korda teha?\n\nThe report is attached.",
    # a blank form's labels
    "Create an intake form with blank fields:\nالاسم الكامل: __________\nالهاتف: __________",
    "Web form labels:\nשם מלא: ________\nטלפון: ________", "Template:\nنام و نام خانوادگی: ..........",
    "Form fields:\napplicant: ________\nwitness: ________",
    # shipping codes, eponyms, brands and their lines, costumes, case law, the famous in opinion and anecdote
    "MSKU1234565  22G1  7.7 t  POD DEHAM\nTGHU7654321  45R1  3.2 t  POL BEANR",
    "Why is a Gaussian blur (after Carl Friedrich Gauss) so slow on mobile?",
    "Are Hilton Honors points worth more than Hyatt ones?", "Is Dior Sauvage a summer scent?",
    "Does Guerlain No. 9 still exist?", "Keynesian economics, named after John Maynard Keynes, in two lines",
    "Our Batman and Moana costumes sold out before Halloween.",
    "My cousin thinks Sid Meier and Will Wright are overrated.",
    "Insurers once covered Rita Hayworth's voice? Is that a myth?",
    # streets and towns in an address
    "We moved to 48 Kent Rd, Wellington 6011.", "Our shop is on Jalan Jenderal Gatot Subroto.",
    "Footer: Rua Augusta 1200, Porto, geral@exemplo.pt",
])
def test_round14_instructions_labels_and_things_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    # names of uncased scripts still found: standing out in English, in parentheses without a sentence mark, listed
    # in a sentence of their own script, after a name label of their script, after a closing
    ("Please email מרים כהן today about the invoice", "מרים"),
    ("Send the form to (נועה ברקוביץ) today", "נועה"),
    ("Summarise this.\n\nبا مریم احمدی تماس بگیر.", "مریم"),
    ("فیلدها را استخراج کن.\nنام و نام خانوادگی: شیرین نوروزی\nتلفن: ۰۹۱۲", "شیرین"),
    ("Extract:\nالاسم الكامل: سلمى الحداد", "سلمى"), ("Extract:\nשם מלא: אורית שגיא", "אורית"),
    ("Extract:\nपूरा नाम: अनीता वर्मा", "अनीता"), ("Regards,\nמיכל אבן.", "מיכל"),
    # a person's role as a label, after an instruction of its own script (no longer read as the name)
    ("اردو میں خلاصہ کریں۔\n---\napplicant: ثنا ملک\nphone: 0300 0000000", "ثنا"),
    ("Claimant: Ngozi Adeyemi-Okafor\nPolicy: 123", "Ngozi"),
    # lower case and brand-like first words
    ("kas maria tamm tuleb homme koosolekule?", "maria"), ("Kas Maria Tamm tuleb homme koosolekule?", "Maria"),
    ("please refund Hilton Maria Souza for the stay", "Maria"),
    # an eponymous-looking adjective beside an unlisted surname, a record's number after a name
    ("Ask Ethan Russ about the Russian visa", "Ethan"), ("Employee Juan Perez No. 4 was absent", "Juan"),
])
def test_round14_private_names_stay_found(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    "Intro.\n\n" + "קצר " * 40000 + "?", "(" + "اكتب " * 30000 + ".)", "Ok. " + "saad enne " * 15000 + "?",
    "POL SGSIN " * 15000, "Bayesian Bayes " * 12000, "12 Queen St, " * 12000, "שם: " * 20000,
], ids=["sentence", "parenthesis", "lower", "ports", "eponym", "streets", "labels"])
def test_round14_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 15 (request fields): names where a request carries them as whole field values, in our own phrasings.
@pytest.mark.parametrize("texts, found", [
    # a file's name led by a person's name, then a document word or a year, in any script
    (["type", "file", "filename", "Berenike_Wachtendonk_Bewerbung_2025.pdf"], True),
    (["filename", "Всеволод_Кудрявцев_contract.docx"], True),
    (["filename", "ਹਰਪ੍ਰੀਤ_ਸੰਧੂ_payslip.pdf"], True),
    (["filename", "Monthly_Sales_Report_2025.xlsx"], False),
    (["filename", "Team_Offsite_Agenda.docx"], False),
    # the OpenAI `user` field holding a name in a script the name lists lack
    (["user", "ਗੁਰਲੀਨ ਕੌਰ", "messages", "role", "user", "content", "hi"], True),
    (["role", "user", "content", "hello there"], False),
    # a stop sequence that is a speaker's label in a transcript
    (["stop", "\nTeodozja Wierzbicka:", "\nAssistant:"], True),
    (["stop", "\nசெல்வமணி ராஜேந்திரன்:"], True),
    (["stop", "\nUser:", "\nAssistant:", "\nQ:"], False),
    # a bare `name` key with two words of a script the lists lack (a product's name is one word more often)
    (["metadata", "name", "Мирослава Гнатюк"], True),
])
def test_round15_names_in_request_fields(texts: list[str], found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert ("PERSON" in result.entity_types) is found, texts


@pytest.mark.parametrize("text", [
    "could you remind my aunt 美玲 that the clinic moved?",
    "mi abuela 순자 vive sola desde marzo",
])
def test_round15_spaceless_given_name_after_a_relation(text: str) -> None:
    assert "PERSON" in PiiDetector(PiiSettings()).detect([text], locate=True).entity_types, text


@pytest.mark.parametrize("text", [
    "filename\n\u00b6\n" + "Ab_" * 30000 + "cv.pdf", "stop\n\u00b6\n" + "Ab " * 30000 + ":",
    "my grandmother " + "美玲 " * 20000, "user\n\u00b6\n" + "ਕ " * 30000,
], ids=["filename", "stop", "relation-cjk", "user"])
def test_round15_rules_stay_bounded(text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 15 (names): the classes estuary and delta showed, in our own phrasings.
@pytest.mark.parametrize("text", [
    # prose of a script without case inside longer text: after a chat log's speaker label, with numbers and clause
    # marks inside the sentence, after a diff's line mark, with an abbreviation's dot, Ethiopic and Khmer full stops
    "[14/05/2026, 09:10] PHARMACY: გთხოვთ მოკლედ დაწერეთ. — the refill is ready",
    "[2026-02-03 10:01:22] bot: اكتب ردًا قصيرًا. — parcel 5521 is delayed",
    "Got it:\nఈ వారం నీటి బిల్లు 1,200 రూపాయలు; గత వారం కంటే 5% తక్కువ.\nThanks",
    "Notice for the lobby:\nरात 10 बजे के बाद 100 नंबर डायल करें; शिकायत हेल्पलाइन 1800 पर।\nPrint two copies",
    "Reminder for staff:\nነገ ስብሰባ ይካሄዳል፤ ሁሉም ሠራተኞች ይምጡ።\nRoom 4",
    "Please update the sheet:\nតម្លៃប្រេងឡើង ១០% ខែនេះ សូមពិនិត្យតារាងតម្លៃ។",
    "Translate:\nवारंवार विचारले जाणारे प्रश्न 24 तास उपलब्ध आहेत; नवीन यादी पहा.",
    "+## Summary\n+সংক্ষেপে লেখো। — the diff adds caching",
    "Draft the notice:\n지난달 전기 요금이 15,000원에서 18,000원으로 올랐다.\nKeep it short.",
    "Template:\n〇〇様（年齢：XX歳）へのご案内をお送りします。",
    # an organisation's department as a sender, a vCard's department, an assistant for an organisation
    "Summarise:\n\nFrom: Brightwater Energy Billing <billing@brightwater.example>\nTo: me",
    "From: Newsletter <newsletter@club.example>\nSubject: March events",
    "BEGIN:VCARD\nFN:Larkspur Dental\nORG:Larkspur Dental;Customer Care\nEND:VCARD",
    "Virtual assistant for Tamarind Clinics. Calls are transcribed automatically.",
    "After-hours assistant for Seagrass Lettings. Be brief.",
    # things named after people: vessels and models in a manifest's or catalogue's rows, a carrier's ship, streets,
    # airports, stations and exits, a feast, eponymous diseases, grocers and food brands, models of eponymous brands
    "container,vessel,pol\nMSKU7654321,Gerd Maersk,DEHAM\nTGHU1112223,MSC Aurora,NLRTM",
    "sku;model;qty\nSKU-50211;Tata Nano;4\nART-7781;Bosch Serie 4;2",
    "We park near the Rosa Parks Blvd exit.", "Turn right at Nehru Marg after the temple.",
    "Uçuş İsmet İnönü Havalimanı'ndan kalkıyor; Kazım Karabekir Caddesi kapalı.",
    "Treffpunkt: Ausgang Willy-Brandt-Ring, U-Bahnhof Theodor-Heuss-Platz",
    "Nos vemos en el Metro Ignacio Zaragoza a las diez.", "SUMMARY:Ambedkar Jayanti\nDTSTART:20260414",
    "We toured 石川県 and 福岡市 in May.", "Pickup point: بینظیر بھٹو انٹرنیشنل ایئرپورٹ\nDeparts 06:10",
    "Meet outside ზაქარია ფალიაშვილის თეატრი at six", "The train leaves from छत्रपति शिवाजी स्टेशन at nine", "Choroba Parkinsona i choroba Alzheimera: różnice?", "la maladie de Charcot et le syndrome de Marfan",
    "Bij Albert Heijn is Douwe Egberts koffie in de aanbieding.", "Is the Tata Nano still sold?",
    # authors cited for a work
    "As argued by Lecun et al. in their paper, convolution helps.", "Según Thaler y Sunstein (2008), el empujón funciona.",
])
def test_round15_prose_departments_and_organisations_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text, name", [
    # names of uncased scripts still found: standing out in English, after a person's label (the cue recognizer),
    # listed in a sentence after a speaker label, inflected for case (Georgian dative "-ს")
    ("Please email ნინო ბერიძე about the invoice.", "ნინო"),
    ("[03/03/2026, 08:00] SUPPORT: დაურეკეთ ნინო ბერიძეს.", "ნინო"),
    ("\nდაურეკეთ ნინო ბერიძეს.", "ნინო"),
    ("Patient: מרים כהן.", "מרים"), ("guest: نورة القحطاني.", "نورة"),
    ("HOST: मेरी बहन प्रिया शर्मा कल आएगी।", "प्रिया"), ("डॉ. प्रिया शर्मा कल आएंगी।", "प्रिया"),
    ("Notes: call ప్రసాద్ రెడ్డి tomorrow", "ప్రసాద్"), ("email 김민준 today", "김민준"),
    ("田中様へのご連絡", "田中"),
    # a person before an address, an assistant for a person (also one whose surname is a trade's word)
    ("From: Maria Lopez <maria.lopez@mail.example>", "Maria"),
    ("I work as personal assistant to Rangi Parata", "Rangi"), ("She was assistant to Jude Law for years", "Jude"),
    # a private person beside a year, in an order's row, with a condition
    ("My neighbour Maria Lopez (1985) moved out", "Maria"), ("ORD-11111;Maria Lopez;12;4.50", "Maria"),
    ("My colleague Maria Lopez has a rare syndrome", "Maria"),
    # a Japanese full name written without a space in English prose
    ("Send it to مریم احمدی today", "مریم"), ("العنوان: حي الملقا، شارع الأمير فيصل، فيلا 9، الرياض", "الأمير"), ("call राहुल शर्मा at the station", "राहुल"),
    ("Grandpa will be collected on Friday by 宮下隼人, his nephew.", "宮下隼人"), ("ask 山田太郎 about the invoice", "山田"),
])
def test_round15_private_names_stay_found(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    "LIBRARY: " + "შეაჯამე 12; " * 20000 + ".", "[1] x: " * 20000, "ა. " * 40000, "Care Billing " * 20000,
    "SKU-12345;Tata Nano " * 20000, "Ana y Luis (2019) " * 15000, "see 山田太郎 " * 20000,
], ids=["sentence", "labels", "abbreviations", "roles", "rows", "citations", "japanese"])
def test_round15_prose_and_thing_rules_stay_bounded(classifier: SignalClassifier, text: str) -> None:
    import time

    start = time.process_time()
    PiiDetector(classifier.settings.pii).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)


# --- Round 16 (sensitive records missed): the classes canyon's and lagoon's first looks showed, in our own phrasings.
@pytest.mark.parametrize("text, name", [
    # a grandchild (and a godchild) named after one's own relation word
    ("my grandson Tadhg starts school on Monday", "Tadhg"), ("our goddaughter Ilinca turns five", "Ilinca"),
    ("mi nieta Xiomara nació anoche", "Xiomara"), ("moja wnuczka Jagoda ma gorączkę", "Jagoda"),
    # a life event in the possessive, in cased and uncased scripts; and the event first, then the name
    ("Bronagh's memorial is on Saturday, can you draft the notice", "Bronagh"),
    ("Thandiwe's wedding is next month and I need a speech", "Thandiwe"),
    ("رغد's christening is on Friday", "رغد"), ("अनुष्का's funeral is tomorrow", "अनुष्का"),
    ("el velorio de Eustaquio Barrientos es mañana", "Eustaquio"), ("die Beerdigung von Hiltrud Wendel ist am Montag", "Hiltrud"),
    # whom to ask, one word, then the team they are from
    ("please ask Oluwaseun from payroll about it", "Oluwaseun"), ("ping נועה from legal before noon", "נועה"),
    ("check with هديل from finance, she approved it", "هديل"),
    # a full-name label read out without its colon, as speech recognition writes it
    ("okay imię i nazwisko bożena wróblewska-kot numer klienta", "bożena"),
    ("right full name joaquina ferreira dos santos thanks", "joaquina"),
])
def test_round16_private_names_stay_found(text: str, name: str) -> None:
    detector = PiiDetector(PiiSettings())
    spans = {text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "PERSON"}
    assert any(name in span for span in spans), (text, spans)


@pytest.mark.parametrize("text", [
    # the same shapes without a person: a determiner before the possessive, a day or a relation word, a desk not a person
    "the Queen's funeral was broadcast live", "Saturday's wedding went well", "Mum's birthday is in May",
    "Everyone's birthday gets a cake", "ask Support from billing to reopen the ticket", "ask IT from the helpdesk",
    "please enter your full name below", "the full name field is required",
])
def test_round16_shapes_without_a_person_stay_clean(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("texts, found", [
    # the role of the person a case file is about as a request field's bare key, in scripts the name lists lack
    (["metadata", "applicant", "ஆதிரை சண்முகம்", "event", "birth"], True),
    (["metadata", "deceased", "سلمى الزهراني"], True),
    (["metadata", "claimant", "高橋ひなた"], True),
    (["metadata", "applicant", "周子墨"], True),
    (["metadata", "caller", "main"], False),
    (["metadata", "requester", "billing-service"], False),
])
def test_round16_role_keys_in_request_fields(texts: list[str], found: bool) -> None:
    result = PiiDetector(PiiSettings()).detect(texts, locate=True)
    assert ("PERSON" in result.entity_types) is found, texts


@pytest.mark.parametrize("text", [
    "ask Ab from cd " * 20000, "Ab's funeral " * 20000, "funeral de " * 30000, "applicant\n\u00b6\n" + "ஆ " * 30000,
    "full name " * 30000,
], ids=["ask-from", "possessive-event", "event-then-name", "role-key", "spoken-label"])
def test_round16_rules_stay_bounded(text: str) -> None:
    """Linear in the input: the whole text costs under 2.6x its first half (a quadratic rule: 4x), and under 60 s of
    CPU. The per-candidate checks are ~1.5 ms a name: 260 KB of "Ab's funeral " (20,000 candidates) measured 8.1 /
    15.2 / 30.4 s at 5,000 / 10,000 / 20,000 repetitions on the 2-core VM (2026-12-05), past the 30 s this test
    allowed before. The ratio is what catches a rule that rescans the text for every candidate (round 24's GEDCOM
    look-back searched back to the text's start for every name)."""
    import time

    def cost(t: str) -> float:
        start = time.process_time()
        PiiDetector(PiiSettings()).detect([t], locate=True)
        return time.process_time() - start

    half, whole = cost(text[: len(text) // 2]), cost(text)
    assert whole < 60.0
    assert whole < 2.6 * half + 1.0, (half, whole)


def test_table_header_hint_is_linear_in_runs_of_tabs() -> None:
    """A run of tabs is a run of empty TSV cells: the header-cell hint scans it once, not once per tab (it was
    quadratic: 3,000 tabs took 4 s, a 4 MB body of them would have held the classifier for hours)."""
    import time

    from gateway.signals.recognizers import FieldNameRecognizer

    recognizer = FieldNameRecognizer()
    recognizer.load()
    for text in ("x\n" + "\t" * 60_000, "id_number:" + "\t \t" * 20_000, "name" + "\t" * 60_000 + "x"):
        start = time.process_time()
        recognizer.analyze(text, ["PERSON"])
        assert time.process_time() - start < scaled(2.0), repr(text[:12])


@pytest.mark.parametrize("text", [
    "id\t\tname\tcity\n1\t\tJan Kowalczyk\tWrocław\n2\t\tGenowefa Pyzik\tŁódź",
    "\t\t name \t city\n\t\t Jan Kowalczyk \t Wrocław",
])
def test_tsv_name_column_after_empty_cells_is_still_read(text: str) -> None:
    spans = PiiDetector(PiiSettings()).detect([text], locate=True).spans
    assert any("Jan Kowalczyk" in text[s.start:s.end] for s in spans), text
