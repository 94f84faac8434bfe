"""Round 22 (issue 12, home_location; tombolo is the split that showed these): a private home located without a
street address of the usual shapes.

- A house, villa or flat number and the landmark it stands by ("House 9, behind the water tower", "فيلا 8، خلف ...",
  "मकान नं. 12, ... के पीछे"): the number is a house's, the landmark locates that house. A landmark alone, or a shop's
  or a gate's number, locates nobody.
- A Ukrainian house word ("вул. Шевченка, буд. 14") after a street word, as "д." and "дом" already were.
- A postcode and house number under a personal address key ("home address: 3521 KL 7-bis", "Home address: 14, CF10
  3AT"), and a house number by its word with a full British postcode ("no. 62, M14 5RT"): in the Netherlands and the
  United Kingdom the two name one door. A postcode alone, or a documentation example, does not.
- A rural route's or highway contract route's box, or a Canadian rural site and compartment, with the town and the
  state and ZIP or province and postal code: the rural form of a home's address. A style guide's form has no town.
- Directions that end at somebody's house ("... turn left at the kiosk and it is the second house on the left", "es la
  cuarta casa", "das zweite Haus", "c'est la maison bleue"): a way verb on the line and the house it ends at.
  Directions to a hospital's entrance or a campsite's reception end at no house.
- A home's map position (a decimal coordinate pair, a three-word address, a plus code) with a home word on its line
  ("Our house: 52.0912, 5.1214", "my place is ///lamp.river.stone"). A venue's, a car park's or a monument's position
  has no home word ("Sydney Opera House" is a name), and a documentation example says it is one.
- A public place's or a firm's label opening the line (round 18's rule) now also in the languages of the split's
  places (a notary's, an accountant's office, a library branch, an opera house, a returns centre; a Japanese or Korean
  city office written glued), with the place's number or lower-case words after its word ("Notaría 7:"); and an
  address right after an example's label ("Example:", "e.g.", "z. B.", "p. ej.") is a format's sample, unless a
  person lives, ships or owns on the line. A bracket after an address saying it is a company's ("(company statutory
  address)", "(siège social)") makes it the firm's seat.
Our own phrasings and values."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _addresses(detector: PiiDetector, text: str) -> list[str]:
    return [text[s.start:s.end] for s in detector.detect([text], locate=True).spans if s.entity_type == "STREET_ADDRESS"]


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s.entity_type for s in detector.detect([text], locate=True).spans}


# --- a house number and the landmark it stands by
@pytest.mark.parametrize("text", [
    "Please deliver to House 12, behind the old water tower, Madina Estate, Accra.",
    "Send the parcel: Villa 7, next to the Al Noor bakery, Mirdif, Dubai",
    "h.no. 221, opposite the girls' high school, Kothrud, Pune 411038",
    "Flat 3, near the district water office, Kisumu",
    "Deliver to: Plot 45, across from the Shell station, Kira town",
    "العنوان: فيلا 19، خلف مسجد الرحمة، حي النهضة، الرياض",
    "عمارة 6، بجوار صيدلية الأمل، الدور الثالث، مدينة نصر، القاهرة",
    "पार्सल यहाँ भेजें: मकान नं. 58, शिव मंदिर के पीछे, नई बस्ती, भोपाल 462001",
])
def test_house_number_by_landmark_is_an_address(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "Our pharmacy is opposite the main mosque, behind the taxi rank, Kumasi. Open daily.",
    "Shop 4, opposite the central market, Tema — wholesale only.",
    "Gate 3, opposite the stadium car park: buses leave at 6.",
    "Template for couriers: \"House no. ___, near ______ (landmark), ______ (area)\"",
    "दुकान: राम जनरल स्टोर, शिव मंदिर के पीछे, नई बस्ती, भोपाल",
    "Polling station 12: primary school, behind the police post, Ward 4.",
])
def test_landmark_without_a_house_number_stays_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


# --- Ukrainian house word
@pytest.mark.parametrize("text", [
    "Одержувач: Оксана Мельничук, м. Полтава, 36000, вул. Соборності, буд. 41, кв. 9",
    "м. Київ, просп. Перемоги, будинок 17б, кв. 3",
])
def test_ukrainian_house_word_is_an_address(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


def test_ukrainian_form_with_blanks_stays_clean(detector: PiiDetector) -> None:
    assert not _addresses(detector, "Заповніть адресу: вул. ____, буд. __, кв. __")


# --- postcode and house number
@pytest.mark.parametrize("text", [
    "home address: 3521 KL 7-bis",
    "Mijn woonadres: 2514EA 112",
    "Update my record. Home address: 14, CF10 3AT",
    '{"home_address": "9728 NB 33"}',
    "Mr Tobias Pennick\nno. 62, M14 5RT",
    "Home address: SE15 4QL 27",
])
def test_postcode_and_house_number_of_a_home(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "PostNL's API docs use postcode 1234AB with huisnummer 1 as their example.",
    "Validation: a Dutch postcode is four digits and two letters, like 1000 AA, then the house number.",
    "The office at SW1A 2AA is the Prime Minister's.",
    "Table 12, EC1A 1BB is the caterer's delivery postcode.",
    "Home address: see attached",
])
def test_postcode_without_a_home_stays_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


# --- rural routes
@pytest.mark.parametrize("text", [
    "Ship to: Orville Tate\nRR 4, Box 61, Floyd, VA 24091",
    "Rural Route 3, Box 12, Grand Forks, ND 58201",
    "my mailbox is HC 12 Box 880, Marfa, TX 79843",
    "Noreen Dyck\nRR 2, Site 7, Comp 19, Olds AB  T4H 1P3",
])
def test_rural_route_box_with_town_and_postcode_is_an_address(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "Style guide: write RURAL ROUTE 2 BOX 152 as RR 2 BOX 152, and HIGHWAY CONTRACT ROUTE 68 BOX 23A as HC 68 BOX 23A.",
    "Canada Post: rural addresses take the form \"SITE 5 COMP 14 RR 1\"; put your own numbers in.",
    "Fire hall, HC 68 Box 1 (station house), pancake breakfast on Sunday.",
    "Form help: enter \"RR ___ Box ___\" for a rural address.",
])
def test_rural_route_forms_and_guides_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


# --- directions that end at a house
@pytest.mark.parametrize("text", [
    "From the Ofankor junction walk past the mill, turn left at the kiosk and it is the second house on the left.",
    "Take the matatu to Ruiru, get off at the chief's camp, and ours is the house with the blue gate.",
    "Desde el parque central, siga tres cuadras al sur; es la cuarta casa, la de rejas verdes.",
    "Vom Supermarkt links abbiegen, dann geradeaus, das zweite Haus nach der Brücke.",
    "Prenez la route de l'église, tournez à droite : c'est la maison aux volets bleus.",
])
def test_directions_to_a_house_are_an_address(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "Directions to the clinic: from the roundabout take the third exit; the entrance is behind the bank.",
    "From the car park walk along the lake; the ticket booth is the green hut by the pier.",
    "In the story, the witch's house is found by following the river past the mill.",
    "Take the second exit and follow the signs to the conference centre.",
])
def test_directions_to_public_places_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


# --- a home's map position
@pytest.mark.parametrize("text", [
    "Our house pin: 52.09121, 5.12140 — ring twice.",
    "GPS of my home is -1.28641, 36.81720, the gate faces the road",
    "my place is ///lamp.river.stone, park by the fence",
    "Farm house plus code 6GCRMQPX+9C, she lives there alone",
    "Casa de mi abuela: https://maps.google.com/?q=19.43261,-99.13321",
])
def test_home_map_position_is_an_address(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "Meet at the fountain: 48.85837, 2.29448. The walk starts at nine.",
    "Venue: Sydney Opera House https://maps.google.com/?q=-33.85678,151.21530",
    "A three-word address looks like ///lamp.river.stone in the docs; it is only an example.",
    "Plus code of the cathedral: 9C3XGV4C+XV — show it to the driver.",
    "Geofence around the stadium car park: 40.45302, -3.68835, radius 300 m.",
])
def test_public_map_positions_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


# --- a public place's or a firm's label before its address, an example's label
@pytest.mark.parametrize("text", [
    "Notaría 12: Calle de Alcalá 40, 3.º dcha., 28014 Madrid — solo con cita.",
    "Escritório de advocacia: Rua da Consolação 222, sala 5, São Paulo - SP.",
    "Openbare bibliotheek filiaal 3: Kerkstraat 12, 1017 GM Amsterdam — open op zondag.",
    "Одеський оперний театр: вул. Рішельєвська, буд. 1, м. Одеса",
    "Service centre: 4410 Commerce Pkwy, Reno, NV 89502 (parcel intake only).",
    "大阪市役所：大阪府大阪市北区中之島1丁目3番20号（代表）",
    "부산광역시청: 부산광역시 연제구 중앙대로 1001",
    "Address format, for example: Via Garibaldi 14, scala C, int. 2.",
    "Beispiel: Lindenstraße 8, 10969 Berlin — so sieht eine Anschrift aus.",
    "Orbitek Holdings plc, c/o Corporate Filings Ltd, Suite 12, 80 Harbour Road (company registered address).",
    "Vinhos Serra Lda., Rua do Ouro 120, 1100-060 Lisboa (sede legal)".replace("legal", "social"),
    "Boulangerie Marceau SARL, 14 rue des Lilas, 69003 Lyon (siège social)",
])
def test_place_labels_and_examples_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _addresses(detector, text), text


@pytest.mark.parametrize("text", [
    "My notary's office moved; please send my papers to me at home: Calle de Alcalá 40, 3.º dcha., 28014 Madrid.",
    "For example, I live at 27 Birchwood Avenue, Leeds LS8 2HG.",
    "Example: my flat is Via Garibaldi 14, scala C, int. 2.",
    "Ship to my home: 4410 Sagebrush Lane, Reno, NV 89502",
    "Please use 27 Birchwood Avenue, Leeds (my mailing address) from now on.",
    "I run the shop from home: 9 Alder Close, York YO1 7AB (registered office)",
])
def test_personal_addresses_near_labels_stay_detected(detector: PiiDetector, text: str) -> None:
    assert _addresses(detector, text), text


# --- bounded cost of the new scans
@pytest.mark.parametrize("unit", [
    "House 1, opposite ", "house no. 1, near a b c d ", "Villa 1, behind ", "मकान नं. 1, के ", "मकान 1, कक कक ",
    "فيلا 1، خلف ", "عمارة ١، ", "no. 1, ", "no. 12, AB1 ", "home address: 1234 AB ", "address: 12, ", "буд. 1 ",
    "вул. Шевченка, буд. ", "RR 1, Box 1, A ", "HC 1 Box 1, Aa Bb Cc Dd ", "RR 1, Site 1, Comp ",
])
def test_new_address_regexes_are_bounded(unit: str) -> None:
    import regex

    from gateway.signals.recognizers import _HOUSE_BY_LANDMARK, _KEYED_POSTCODE_HOUSE, _NUMBERED_UK_POSTCODE, \
        _RURAL_ROUTE, _WORD_FIRST_THEN_NUMBER

    text = unit * (200_000 // len(unit))
    for pattern in (regex.compile(_HOUSE_BY_LANDMARK, regex.MULTILINE), regex.compile(_NUMBERED_UK_POSTCODE),
                    _KEYED_POSTCODE_HOUSE, regex.compile(_WORD_FIRST_THEN_NUMBER), regex.compile(_RURAL_ROUTE)):
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        assert time.perf_counter() - started < scaled(1.0), (pattern.pattern[:60], unit)


@pytest.mark.parametrize("unit", [
    "it is the house ", "walk go take ", "///a.b.c home ", "12.345, 67.891 home ", "c'est la ", "es la la casa ",
])
def test_new_scan_functions_are_linear(unit: str) -> None:
    from gateway.signals.recognizers import _directions_to_house, _home_geocodes

    text = unit * (200_000 // len(unit))
    started = time.perf_counter()
    _directions_to_house(text)
    _home_geocodes(text)
    assert time.perf_counter() - started < scaled(1.0)
