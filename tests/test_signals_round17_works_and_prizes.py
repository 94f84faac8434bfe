"""Round 17 (issue 12): PERSON flags on text about nobody private. Everyday request words of scripts without case
glued to English (Persian, Marathi, Nepali, Bengali, Tamil, Arabic ...), also inside a percent-encoded image URL;
prizes and medals named after people in many languages; books, characters and stories by what is done with them
(reread, dressed up as, confused with the author, cited from literature, asked about as a reference); more listed
folk-tale and novel characters. Each benign class has its private counterpart that must stay flagged. All names
and values invented (listed characters aside)."""

from __future__ import annotations

import time
from urllib.parse import quote

import pytest
from timing import scaled

from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings, SignalSettings


@pytest.fixture(scope="module")
def classifier() -> SignalClassifier:
    clf = SignalClassifier(SignalSettings())
    clf.warm()
    return clf


@pytest.mark.parametrize("text", [
    # request words of scripts without case after an English request (each flagged before round 17)
    "the totals look off, میتونی بررسی کنی",
    "summarise the notes. একটু ব্যাখ্যা করুন",
    "rewrite the intro; இதை விளக்குங்கள்",
    "shorter version please ممكن تساعدني بسرعة",
    "fix the column names, हे नीट लिहा ना",
    "the form is confusing मला मदत करा",
    "https://img.example/c.png?caption=" + quote("rewrite the intro; இதை விளக்குங்கள்"),
    # a request of that script going on after words the table does not know, to the end of the field (a request
    # word must not cut a shorter, name-sized run out of it)
    "draft the reply first. இதுக்கு கொஞ்சம் உதவி பண்ணுங்க",
    "the table is messy (मला जरा मदत करा)",
    "இதை நல்லா மாத்தி தர முடியுமா quickly",
    # prizes and medals named after somebody
    "essay on the Ayla Korkmaz Şiir Ödülü for class",
    "write about the Gawad Tomas Dimaculangan for school",
    "a short article on наградата „Стоян Мечкаров“ please",
    "a talk on премия имени Олега Сафонова",
    "history of פרס גדליה רוזנבלום please",
    "a speech for the कमलाकांत दामले पुरस्कार ceremony",
    "who won the রবিউল হাসান পদক",
    "poster for the செல்வநாயகி விருது tonight",
    # a book, a character or a story by what is done with it
    "Note to self: reread Kertu Valdmaa. The ending still bugs me.",
    "kid wants to be Orsolya Bende for book day, costume tips?",
    "a guy in the chat said he's Darek Woźny lol. what's that a reference to?",
    "my pupils keep confusing Tarvo Kask with the author",
    "famous friendships in literature, like in Aino Pellonpää.",
    "she went dressed up as Zuzana Hrubá to the party",
    # listed folk-tale and novel characters
    "we argued about Toldi Miklós all evening",
    "she keeps quoting Бай Ганьо lol",
    "a short poem about Крали Марко please",
    "we debated Gopal Bhar for an hour",
])
def test_round17_works_prizes_and_request_words_are_no_person(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" not in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    # names of those scripts standing in English, with a postposition or a relation
    "email सुनील देशमुख को today",
    "call सुनील देशमुख tomorrow about the lease",
    "my employee گلاره said she'd bring the snacks",
    "ask my tenant ரம்யா about the rent",
    "my intern ნინო will join the call",
    # ... or followed by a word of time, or by a request word with English going on
    "ask सुनील देशमुख कल about rent",
    "call রহিম উদ্দিন আজ pls",
    "so சௌந்தர்யா ரவி உதவி will help",
    # a lower-case prize word without quotes or a naming word is no cue
    "the prize Anna Kowalska won last year was a bike",
    "Ivan got премия Ивана Петрова",
    # the cues yield to a relation or a possessive on the name
    "thanks, I'll ask Darek Woźny. what's that a reference to?",
    "reread Jonas Berg's email before replying",
    "my sister keeps confusing my friend Tarvo Kask with the author",
    "my son wants to be Orsolya Bende for Halloween",
])
def test_round17_private_people_stay_flagged(classifier: SignalClassifier, text: str) -> None:
    assert "PERSON" in classifier.classify([text]).pii.entity_types, text


@pytest.mark.parametrize("text", [
    "reread " * 8000 + "Kertu Valdmaa",
    "наградата „" * 6000 + "Стоян Мечкаров“",
    "मला मदत करा " * 5000,
    "keep confusing " * 5000 + "Tarvo Kask with the author",
    "said he's " * 5000 + "Darek Woźny. what's that a reference to?",
    "my employee " * 5000 + "گلاره",
], ids=["reread", "prize-quotes", "uncased-clause", "confused", "reference", "uncased-relation"])
def test_round17_rules_stay_bounded(text: str) -> None:
    start = time.process_time()
    PiiDetector(PiiSettings()).detect([text], locate=True)
    assert time.process_time() - start < scaled(30.0)
