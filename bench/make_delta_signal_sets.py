#!/usr/bin/env python3
"""Delta: an independent evaluation split for the request signals, organised by the TASK the user asks for.

Writes bench/data/signals/pii_delta.jsonl and bench/data/signals/complexity_delta.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the policies nor the
    docs, and no commit messages; the record format came from the docstrings of the cirque and meadow
    generators and the first three lines of the cirque files. The other generators were not read: their
    sources were only scanned automatically for capitalised / non-ASCII words, and every name, company and
    street of this file is checked against that word set at run time (the run aborts on an overlap).

Organising principle
    By the TASK the user asks the model to do with the text -- translate, summarise, extract to JSON,
    classify/triage, rewrite in a tone, draft a reply, answer a question about it, fix grammar, generate
    test data, anonymise-this-for-me (the personal data is still in the request), compare two documents,
    fill a template, write code that processes it, proofread a letter -- crossed with WHO writes (nurse,
    paralegal, teacher, recruiter, HR clerk, landlord, developer, student, journalist, social worker,
    pharmacist, parent, small-shop owner, tax adviser), each with an own voice (abbreviations, jargon,
    typos, code-switching between the data language and English). The data language rotates over 36
    locales (Latin, Arabic, Hebrew, Devanagari, Bengali, Tamil, Telugu, Thai, Khmer, Han, Kana, Hangul,
    Greek, Cyrillic, Armenian, Georgian and Ethiopic scripts). Sensitive records use category ``<task>``,
    benign ones ``<task>_benign``.

    The writer's document is placed in a request field chosen by rotation: user / system / earlier
    assistant / tool messages, text and file content parts (base64 text, PII-bearing file names), image
    URLs with query strings, tool definitions and tool-call arguments, response_format json_schema
    (description, enum, examples), ``user``, ``stop``, ``prediction``, and sometimes ONLY ``metadata`` with
    ``store: true``; a share uses the legacy completions endpoint. Some sensitive records carry a single
    incidental item (a first name with a relation cue, one phone number in a long text, one birth date).

Labels
    ``entities`` lists every personal-data type present anywhere in the body; it is computed by searching
    the serialised body (file parts decoded, URLs unquoted) for every value the record issued, so a value
    that was left out is not labelled. ``ssn`` is the US SSN only; other social-security / citizen numbers
    are NATIONAL_ID, taxpayer numbers (Steuer-ID, CPF, PAN, INN, RNTRC, codice fiscale) TAX_ID, health-system
    and insurer numbers HEALTH_INSURANCE, hospital record numbers MEDICAL_RECORD, a US routing + account
    pair US_BANK_NUMBER, a public IP of a private user IP_ADDRESS. Benign records are hard negatives: public
    figures in their public role, historical and fictional persons, cited authors, eponyms, brands and
    streets named after people, organisations' generic mailboxes and switchboards, emergency numbers, test
    card numbers and documentation example values (RFC 5737 / RFC 3849 addresses, example.com), order,
    tracking, invoice and booking numbers, versions, timestamps, coordinates, hashes, ISBNs, blank forms
    with placeholders, already-anonymised texts and non-English instructions about no one.

Contents (seed 20261217)
    pii_delta.jsonl: 490 requests (439 chat, 51 completions) in 38 language tags; 14 tasks x 35 (21 sensitive + 14
    benign each: 294 sensitive / 196 benign); 36 of the sensitive ones carry a single incidental item; the benign ones
    span 19 kinds of hard negative. complexity_delta.jsonl: 190 chat requests in 48 language tags: short_simple 47,
    long_easy 51 (>= 1,500 chars), short_hard 50, long_hard 42; 101 (53%) length-adversarial, 92 labelled 1.
    The run prints all counts.

Validation
    Every identifier carries valid check digits and is validated with python-stdnum (MRZ passport lines with
    an own ICAO 7-3-1 routine); every phone number is validated with ``phonenumbers``. The run prints the
    counts and the label balance.

Command (byte-reproducible across PYTHONHASHSEED; needs python-stdnum and phonenumbers from the project venv)
    python bench/make_delta_signal_sets.py [--seed 20261217] [--out bench/data/signals]
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import random
import re
import sys
import unicodedata
import urllib.parse

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.iso7064 import mod_11_10
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr as de_idnr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_idnr

ROOT = pathlib.Path(__file__).resolve().parent.parent
STATS: collections.Counter = collections.Counter()

# --------------------------------------------------------------------------------------------------------------
# Locales. names: "native/latin" where the script is not Latin. order: "fl" first-last, "lf" last-first.
# labels: name | address | phone | date of birth (as a form in that language would print them).
# say: a sentence about a private person ({n} name, {p} phone); calm: a sentence about no one; pls: "please".
# --------------------------------------------------------------------------------------------------------------
LOCALES = [
    dict(tag="en-US", region="US", order="fl", idk="ssn", ibancc=None,
         first="Kenzie Quincy Ransom Cassius Winifred Jessamyn Lucius", last="Vanterpool Blickensderfer Hollingshead Prudhomme Winterbottom Crumpacker Sweezey Applewhite Dunnigan Rutledge-Oakes Kittredge Stoneking Purcifull",
         streets=["{n} Sassafras Knoll Rd", "{n} Windlestraw Ln Apt 3C", "{n} W Chokecherry Ct"], city="Lewiston, ME 04240",
         labels="Name|Address|Phone|DOB", say="{n} left a voicemail, call back at {p} after 4pm.",
         calm="The parking lot behind building C will be repaved on Saturday.", pls="please"),
    dict(tag="en-GB", region="GB", order="fl", idk="nhs", ibancc="GB",
         first="Alastair Caradoc Ottoline Aneurin Jocasta", last="Pendlebury Trevithick Ashburnham Gowerton Middlemiss Tregunna Haverstock Entwistle",
         streets=["{n} Mallowfield Crescent", "Flat {n}, Larchmoor House, Quayside Wynd"], city="Truro TR1 3QX",
         labels="Name|Address|Tel|D.O.B.", say="{n} rang the surgery, can someone ring her back on {p}.",
         calm="The lifts in the east wing are out of service until Thursday.", pls="please"),
    dict(tag="de-DE", region="DE", order="fl", idk="de_tax", ibancc="DE",
         first="Ortwin Hiltrud Eckehard Tjark", last="Brückmannshagen Ellerbrock Tiedtke Wöhlermann Stoltenkamp Rauhfuß Hackenbroich Pörtner Elsäßer Dreckmann Scheffeldt Vosskötter",
         streets=["Ginsterweg {n}", "Am Krähenberg {n}", "Lindenhofer Straße {n}"], city="34117 Kassel",
         labels="Name|Anschrift|Telefon|Geburtsdatum", say="{n} hat angerufen und bittet um Rückruf unter {p}.",
         calm="Die Kantine bleibt wegen Umbau bis Ende des Monats geschlossen.", pls="bitte"),
    dict(tag="fr-FR", region="FR", order="fl", idk="nir", ibancc="FR",
         first="Bérengère Aymeric Gonzague Ségolène", last="Delabarre Roussignol Vaillancourt Chassagne Lemerdy Fontvieille Kerhervé Puyfontaine Brissonneau Ollivro Tréguier",
         streets=["{n} rue des Chaudronniers", "{n} impasse des Sabotiers", "{n} allée des Glycines"], city="87000 Limoges",
         labels="Nom|Adresse|Téléphone|Date de naissance", say="{n} a appelé, merci de la rappeler au {p}.",
         calm="La salle de réunion du deuxième étage est réservée pour l'inventaire jeudi.", pls="s'il vous plaît"),
    dict(tag="es-ES", region="ES", order="fl", idk="dni", ibancc="ES",
         first="Koldo Garazi Ibai Arantxa", last="Urquiaga Basterretxea Olazábal Cendoya Iturbe Arrizabalaga Aizpurua Mendizábal",
         streets=["Calle del Azufaifo {n}, 3º B", "Avenida de los Olivares {n}"], city="48005 Bilbao",
         labels="Nombre|Dirección|Teléfono|Fecha de nacimiento", say="{n} llamó y pide que le devuelvan la llamada al {p}.",
         calm="El almacén cierra a las 14:00 los viernes de agosto.", pls="por favor"),
    dict(tag="es-MX", region="MX", order="fl", idk="curp", ibancc=None,
         first="Yaretzi Tenoch Cuitláhuac Xiadani Tonatiuh Ehécatl Izcóatl", last="Cuauhtli Tecuapetla Ixtlahuac Xicoténcatl Mazahua Huitrón Ocelotl Tepoxtecatl Nezahual Coyotzi",
         streets=["Calle Tabachines {n}, Col. Huizachal", "Privada Cempasúchil {n}"], city="58000 Morelia, Mich.",
         labels="Nombre|Domicilio|Celular|Fecha de nacimiento", say="{n} marcó temprano, su cel es {p}.",
         calm="La junta de proveedores se movió al martes a las 10.", pls="porfa"),
    dict(tag="pt-BR", region="BR", order="fl", idk="cpf", ibancc="BR",
         first="Jurandir Ubiratã Lucélia Jacira Aramis Rosimeire Valdecir Cleonice Juraci Edilene Gilmar", last="Guaraciaba Nogueirinha Parahyba Itaberaba Maracajá Tapajós Ibiapina Cajazeira Juruena Araripe Potiguara",
         streets=["Rua das Mangabeiras, {n}", "Travessa Jatobá, {n}, apto 52"], city="60115-170 Fortaleza - CE",
         labels="Nome|Endereço|Telefone|Data de nascimento", say="{n} ligou pedindo retorno no {p}.",
         calm="O estoque de copos descartáveis acaba na próxima semana.", pls="por favor"),
    dict(tag="it-IT", region="IT", order="fl", idk="cf", ibancc="IT",
         first="Brunello Gioconda Evandro Fiorenzo Ermenegilda Liborio Concetta Sabatino Ulderico", last="Brambillasca Guarnacci Lucchesini Pizzorusso Scarabottolo Pellizzari Zambelloni Cavazzuti Bonvicini Sgarbossa",
         streets=["Via dei Bottai {n}", "Vicolo delle Giuggiole {n}"], city="06121 Perugia PG",
         labels="Nome|Indirizzo|Telefono|Data di nascita", say="{n} ha chiamato, richiamarla al {p}.",
         calm="La stampante del corridoio è di nuovo senza toner.", pls="per favore"),
    dict(tag="nl-NL", region="NL", order="fl", idk="bsn", ibancc="NL",
         first="Thijmen Geertruida Reinout", last="Verschuuren Blokhuis Oosterwijk Tammeling Groeneveldt Wijnhoven Schuttevaer Brinkerink Voorde Zwanikken Kooistra",
         streets=["Pimpernelstraat {n}", "Korenbloemhof {n}"], city="6524 KP Nijmegen",
         labels="Naam|Adres|Telefoon|Geboortedatum", say="{n} belde, graag terugbellen op {p}.",
         calm="De koffieautomaat op de tweede verdieping is kapot.", pls="alsjeblieft"),
    dict(tag="pl-PL", region="PL", order="fl", idk="pesel", ibancc="PL",
         first="Przemko Bolesława Halszka Radomir Wojsław", last="Chrząszczewski Grzybowiak Szczepanik-Bielska Wróblewicz Kołodziejak Pstrągowski Przybyłowicz Szczygielska Bęczkowski Żmudziński Wierzbięta",
         streets=["ul. Jarzębinowa {n}", "ul. Kręta {n} m. 7"], city="30-418 Kraków",
         labels="Imię i nazwisko|Adres|Telefon|Data urodzenia", say="{n} dzwoniła, prosi o kontakt pod {p}.",
         calm="Winda towarowa będzie w przeglądzie w środę.", pls="proszę"),
    dict(tag="tr-TR", region="TR", order="fl", idk="tckn", ibancc="TR",
         first="Ertuğrul Nurcihan Şebnem Tolunay Gülbahar Nilüfer Kutluhan Bilgehan Yeşim Tarkan", last="Karabulutoğlu Yazıcıoğulları Dereli Sarıkamışlı Eğrioğlu Hacıosmanoğlu Yumuşakbaş Demirkıran Topaloğlu Kuşçuoğlu",
         streets=["Karanfilli Sokak No:{n} D:4", "Hünnap Caddesi No:{n}"], city="35220 Konak/İzmir",
         labels="Ad Soyad|Adres|Telefon|Doğum tarihi", say="{n} aradı, {p} numarasından geri dönüş bekliyor.",
         calm="Depo sayımı cuma günü saat 9'da başlıyor.", pls="lütfen"),
    dict(tag="sv-SE", region="SE", order="fl", idk="pnr", ibancc="SE",
         first="Majvor Ragnvald Maj-Britt Evert Ulla-Stina Birgitta", last="Grönkvist Hedberg-Lind Ljungdahl Sjöstrand Vallgren Åkerlund Björkqvist Hägglöf Rydåker Strömbäck Tjernberg",
         streets=["Blåbärsstigen {n}", "Videvägen {n} lgh 1102"], city="903 31 Umeå",
         labels="Namn|Adress|Telefon|Födelsedatum", say="{n} ringde, ring tillbaka på {p}.",
         calm="Personalrummet städas på fredag förmiddag.", pls="tack"),
    dict(tag="fi-FI", region="FI", order="fl", idk="hetu", ibancc="FI",
         first="Sinikka Raili Urho Terttu Reijo Impi Yrjänä Irja Oiva", last="Voutilainen Ruohonen Tiihonen Kyllönen Huuskonen Päivärinta Koskimies Ylikangas Nousiainen",
         streets=["Kuusikallionkuja {n}", "Vaahterapolku {n} B 12"], city="70100 Kuopio",
         labels="Nimi|Osoite|Puhelin|Syntymäaika", say="{n} soitti, soittakaa takaisin numeroon {p}.",
         calm="Taukotilan kahvinkeitin on rikki.", pls="kiitos"),
    dict(tag="el-GR", region="GR", order="fl", idk="amka", ibancc="GR",
         first="Πηνελόπη/Pinelopi Ουρανία/Ourania Παντελεήμων/Panteleimon Ροδάνθη/Rodanthi Ευστάθιος/Efstathios",
         last="Καραμπατζάκης/Karampatzakis Λιβανού/Livanou Μπουραζάνης/Bourazanis Ζαχαριάδου/Zachariadou Ξενοφώντος/Xenofontos Φραγκιαδάκη/Fragkiadaki Χατζηπαναγή/Chatzipanagi Τσιμπούκη/Tsimpouki Μαυρομάτη/Mavromati Κωνσταντινίδου/Konstantinidou",
         streets=["Οδός Αμαρύλλιδος {n}", "Λεωφόρος Πλατάνων {n}"], city="546 22 Θεσσαλονίκη",
         labels="Ονοματεπώνυμο|Διεύθυνση|Τηλέφωνο|Ημερομηνία γέννησης", say="Η {n} τηλεφώνησε, να την καλέσετε στο {p}.",
         calm="Το ασανσέρ του δεύτερου κτιρίου είναι εκτός λειτουργίας.", pls="παρακαλώ"),
    dict(tag="ru-RU", region="RU", order="fl", idk="inn", ibancc=None,
         first="Евпраксия/Evpraksiya Добрыня/Dobrynya Феврония/Fevroniya Ерофей/Erofey Аглая/Aglaya Пантелеймон/Panteleimon Евстигней/Evstigney Матрёна/Matryona",
         last="Перепелкина/Perepelkina Худояров/Khudoyarov Завьялова/Zavyalova Твердохлебов/Tverdokhlebov Синицына/Sinitsyna Кожемякин/Kozhemyakin Рукавишникова/Rukavishnikova Толоконников/Tolokonnikov Востротина/Vostrotina Пустовалов/Pustovalov",
         streets=["ул. Брусничная, д. {n}, кв. 14", "пер. Рябиновый, д. {n}"], city="620014 Екатеринбург",
         labels="ФИО|Адрес|Телефон|Дата рождения", say="{n} звонила, просила перезвонить на {p}.",
         calm="Склад на Заводской закрыт на инвентаризацию до понедельника.", pls="пожалуйста"),
    dict(tag="uk-UA", region="UA", order="fl", idk="rntrc", ibancc="UA",
         first="Зореслава/Zoreslava Любомира/Liubomyra Орися/Orysia Всеслав/Vseslav Яромир/Yaromyr",
         last="Кравчишин/Kravchyshyn Дорошенко-Лісова/Doroshenko-Lisova Стецюк/Stetsiuk Юрчишин/Yurchyshyn Вдовиченко/Vdovychenko Гуменюк/Humeniuk Сенюта/Seniuta Цимбалюк/Tsymbaliuk",
         streets=["вул. Калинова, {n}", "вул. Соняшникова, {n}, кв. 8"], city="79005 Львів",
         labels="ПІБ|Адреса|Телефон|Дата народження", say="{n} телефонувала, просить передзвонити на {p}.",
         calm="Кавоварка на кухні знову не працює.", pls="будь ласка"),
    dict(tag="ar-EG", region="EG", order="fl", idk="passport", ibancc="EG",
         first="نوال/Nawal هالة/Hala عصام/Essam منار/Manar شريهان/Sherihan مدحت/Medhat ثريا/Soraya فاروق/Farouk إنجي/Engy ممدوح/Mamdouh",
         last="عبدالمقصود/Abdelmaksoud أبوالعلا/Abouelela شلبي/Shalaby",
         streets=["{n} شارع الجميز، المعادي", "{n} شارع السنط، مدينة نصر"], city="القاهرة",
         labels="الاسم|العنوان|الهاتف|تاريخ الميلاد", say="{n} اتصلت وتطلب معاودة الاتصال على {p}.",
         calm="سيتم إغلاق المخزن يوم الخميس للجرد السنوي.", pls="من فضلك"),
    dict(tag="ar-SA", region="SA", order="fl", idk="passport", ibancc="SA",
         first="رهف/Rahaf تركي/Turki العنود/Alanoud هتان/Hattan وجدان/Wijdan عبدالإله/Abdulelah",
         last="الرويلي/Alruwaili الجهني/Aljuhani السهلي/Alsahli العمري/Alamri البلوي/Albalawi الثبيتي/Althubaiti",
         streets=["{n} طريق الأمير سعود، حي الروضة"], city="جدة 23435",
         labels="الاسم|العنوان|الجوال|تاريخ الميلاد", say="{n} تواصلت معنا، رقم جوالها {p}.",
         calm="الاجتماع الأسبوعي تأجل إلى يوم الأحد.", pls="لو سمحت"),
    dict(tag="fa-IR", region="IR", order="fl", idk="passport", ibancc=None,
         first="ماهرخ/Mahrokh کیومرث/Kiumars رخساره/Rokhsareh هومن/Hooman پوپک/Poupak ژیلا/Zhila",
         last="اسفندیاری/Esfandiari قزوینی‌پور/Ghazvinipour نیک‌خواه/Nikkhah دهقان‌زاده/Dehghanzadeh ملکوتی/Malakouti شاهرخی/Shahrokhi طباطبایی‌نژاد/Tabatabaeinejad کیانوری/Kianouri زرین‌کوب/Zarrinkoob امیرسلیمانی/Amirsoleimani",
         streets=["خیابان نارنج، کوچه {n}", "بلوار لاله، پلاک {n}"], city="شیراز",
         labels="نام|نشانی|تلفن|تاریخ تولد", say="{n} تماس گرفت و خواست با شماره {p} تماس بگیریم.",
         calm="جلسه هفتگی به روز دوشنبه منتقل شد.", pls="لطفاً"),
    dict(tag="he-IL", region="IL", order="fl", idk="il_id", ibancc="IL",
         first="שקד/Shaked ינאי/Yanai אלומה/Aluma נריה/Neriya תהל/Tahel אליאב/Eliav",
         last="ברזילי/Barzilai אופנהיים/Oppenheim קורנבליט/Kornblit שטרנפלד/Sternfeld אלמגור/Almagor פרידלנדר/Friedlander גולדשמידט/Goldschmidt אבוטבול/Abutbul זילברמן/Zilberman",
         streets=["רחוב השקמה {n}", "שדרות התאנה {n}"], city="חיפה",
         labels="שם|כתובת|טלפון|תאריך לידה", say="{n} התקשרה, נא לחזור אליה למספר {p}.",
         calm="חדר הישיבות בקומה השלישית סגור לשיפוצים.", pls="בבקשה"),
    dict(tag="hi-IN", region="IN", order="fl", idk="aadhaar", ibancc=None,
         first="सुहासिनी/Suhasini अभिमन्यु/Abhimanyu तृप्ति/Tripti मालविका/Malavika यशोधरा/Yashodhara प्रद्युम्न/Pradyumna ऋत्विक/Ritvik",
         last="अग्निहोत्री/Agnihotri भटनागर/Bhatnagar रस्तोगी/Rastogi",
         streets=["मकान नं. {n}, गली 4, आदर्श नगर", "फ्लैट {n}, सूर्योदय अपार्टमेंट"], city="लखनऊ 226010",
         labels="नाम|पता|फ़ोन|जन्म तिथि", say="{n} ने फ़ोन किया था, {p} पर वापस कॉल करें।",
         calm="गोदाम की गिनती शुक्रवार को सुबह नौ बजे होगी।", pls="कृपया"),
    dict(tag="mr-IN", region="IN", order="fl", idk="pan", ibancc=None,
         first="सायली/Sayali चिन्मय/Chinmay गौरी/Gauri अनिरुद्ध/Aniruddha सौरभ/Saurabh ऋजुता/Rujuta",
         last="सहस्रबुद्धे/Sahasrabuddhe आठवले/Athavale केळकर/Kelkar फडके/Phadke",
         streets=["सदनिका {n}, गुलमोहर सोसायटी, कोथरूड", "{n}, शिवाजी पेठ"], city="पुणे 411038",
         labels="नाव|पत्ता|फोन|जन्मतारीख", say="{n} यांचा फोन आला होता, {p} वर परत फोन करा.",
         calm="उद्या दुकान दुपारी दोन वाजेपर्यंतच उघडे राहील.", pls="कृपया"),
    dict(tag="bn-BD", region="BD", order="fl", idk="passport", ibancc=None,
         first="শর্মিলা/Sharmila মৌমিতা/Moumita রাশেদ/Rashed ঐশী/Oishi জাহিদ/Zahid নাবিলা/Nabila শাহরিয়ার/Shahriar ইমতিয়াজ/Imtiaz",
         last="সিকদার/Sikder পাটোয়ারী/Patwary মৃধা/Mridha হাওলাদার/Howlader",
         streets=["বাড়ি {n}, রোড ১১, উত্তরা", "{n} কাজীপাড়া লেন"], city="ঢাকা ১২৩০",
         labels="নাম|ঠিকানা|ফোন|জন্ম তারিখ", say="{n} ফোন করেছিলেন, {p} নম্বরে ফিরতি কল দিন।",
         calm="শুক্রবার অফিস বন্ধ থাকবে।", pls="দয়া করে"),
    dict(tag="ta-IN", region="IN", order="fl", idk="aadhaar", ibancc=None,
         first="தமிழ்ச்செல்வி/Tamilselvi வெற்றிவேல்/Vetrivel மலர்விழி/Malarvizhi அன்புச்செழியன்/Anbuchezhian",
         last="நாச்சியப்பன்/Nachiappan சொக்கலிங்கம்/Chockalingam அழகப்பன்/Alagappan தண்டபாணி/Dhandapani பெரியசாமி/Periyasamy இராமலிங்கம்/Ramalingam",
         streets=["{n}, புளியமரத் தெரு, தில்லை நகர்", "கதவு எண் {n}, வேப்பமரத் தெரு"], city="திருச்சி 620018",
         labels="பெயர்|முகவரி|தொலைபேசி|பிறந்த தேதி", say="{n} அழைத்தார், {p} எண்ணுக்கு திரும்ப அழைக்கவும்.",
         calm="கடை ஞாயிற்றுக்கிழமை மூடப்பட்டிருக்கும்.", pls="தயவுசெய்து"),
    dict(tag="te-IN", region="IN", order="fl", idk="pan", ibancc=None,
         first="శ్రావణి/Sravani వంశీ/Vamsi హరిత/Haritha లావణ్య/Lavanya సాయికిరణ్/Saikiran మౌనిక/Mounika చైతన్య/Chaitanya భార్గవి/Bhargavi ఫణీంద్ర/Phanindra",
         last="కొండపల్లి/Kondapalli నల్లమోతు/Nallamothu గుంటుపల్లి/Guntupalli వేములపాటి/Vemulapati అల్లూరి/Alluri దగ్గుబాటి/Daggubati కోనేరు/Koneru చలసాని/Chalasani",
         streets=["ఇంటి నం. {n}, సీతమ్మధార", "ఫ్లాట్ {n}, శ్రీనగర్ కాలనీ"], city="విశాఖపట్నం 530013",
         labels="పేరు|చిరునామా|ఫోన్|పుట్టిన తేదీ", say="{n} ఫోన్ చేశారు, {p} కి తిరిగి కాల్ చేయండి.",
         calm="రేపు గోదాము మధ్యాహ్నం వరకే తెరిచి ఉంటుంది.", pls="దయచేసి"),
    dict(tag="th-TH", region="TH", order="fl", idk="th_pin", ibancc=None,
         first="กัญญารัตน์/Kanyarat วรเชษฐ์/Woracheth ภานุวัฒน์/Phanuwat ปวีณ์ธิดา/Paweethida ศุภณัฐ/Suphanat อรรถพล/Atthaphon เบญจมาศ/Benjamas",
         last="วงศ์ประเสริฐ/Wongprasert บุญญาศิริ/Bunyasiri ทองดีเลิศ/Thongdeelert จันทร์แก้ว/Chankaew พึ่งบุญ/Phuengboon อินทรสุวรรณ/Intharasuwan เลิศวิริยะ/Loetwiriya",
         streets=["{n} ซอยลาดพร้าว 71", "{n}/3 ถนนช้างคลาน"], city="เชียงใหม่ 50200",
         labels="ชื่อ-นามสกุล|ที่อยู่|โทรศัพท์|วันเกิด", say="คุณ{n}โทรมา ขอให้โทรกลับที่ {p} ค่ะ",
         calm="ห้องประชุมชั้นสามปิดปรับปรุงถึงวันศุกร์", pls="กรุณา"),
    dict(tag="km-KH", region="KH", order="fl", idk="passport", ibancc=None,
         first="សុភា/Sophea វិបុល/Vibol ចាន់ធី/Chanthy សុវណ្ណ/Sovann ស្រីនាង/Sreyneang ពិសិដ្ឋ/Piseth រតនា/Rathana សុខលី/Sokly",
         last="សៀង/Seang ម៉ៅ/Mao ទិត្យ/Tith ឈឹម/Chhim",
         streets=["ផ្ទះលេខ {n} ផ្លូវ ២៧១ សង្កាត់ទួលទំពូង"], city="ភ្នំពេញ",
         labels="ឈ្មោះ|អាសយដ្ឋាន|ទូរស័ព្ទ|ថ្ងៃខែឆ្នាំកំណើត", say="{n} បានទូរស័ព្ទមក សូមហៅត្រឡប់ទៅលេខ {p}។",
         calm="ហាងនឹងបិទនៅថ្ងៃអាទិត្យនេះ។", pls="សូម"),
    dict(tag="zh-CN", region="CN", order="lf", idk="ric", ibancc=None,
         first="俊熙/Junxi 砚舟/Yanzhou 沁岚/Qinlan 予岑/Yucen 景澄/Jingcheng 苡宁/Yining 泊远/Boyuan",
         last="慕容/Murong 闻人/Wenren 端木/Duanmu 公孙/Gongsun 令狐/Linghu 宇文/Yuwen 夏侯/Xiahou",
         streets=["桂花路{n}号3栋502室", "梧桐巷{n}号"], city="杭州市西湖区",
         labels="姓名|地址|电话|出生日期", say="{n}来电，请回电{p}。",
         calm="三楼会议室本周五下午维修，暂停使用。", pls="请"),
    dict(tag="ja-JP", region="JP", order="lf", idk="passport", ibancc=None,
         first="千晶/Chiaki 菜々子/Nanako 芙美/Fumi 柊吾/Shugo 紗耶/Saya 凌/Ryo 朔/Saku 詩織/Shiori",
         last="御手洗/Mitarai 小鳥遊/Takanashi 四十物/Aimono 百目鬼/Domeki 一尺八寸/Kamatsuka 月見里/Yamanashi 九十九/Tsukumo",
         streets=["緑町{n}-4-11", "桜台{n}丁目2-5 ハイツ桜201"], city="仙台市青葉区",
         labels="氏名|住所|電話番号|生年月日", say="{n}さんから電話あり、{p}に折り返しお願いします。",
         calm="来週月曜日は棚卸しのため倉庫に入れません。", pls="お願いします"),
    dict(tag="ko-KR", region="KR", order="lf", idk="rrn", ibancc=None,
         first="하린/Harin 지후/Jihu 라온/Raon 다솜/Dasom 한결/Hangyeol 나래/Narae 이든/Eden",
         last="사공/Sagong 서문/Seomun 동방/Dongbang",
         streets=["남구 용호로 {n}", "수영구 광안로 {n}번길 7"], city="부산광역시",
         labels="성명|주소|전화번호|생년월일", say="{n} 님이 전화하셨어요. {p}로 회신 부탁드립니다.",
         calm="다음 주 화요일에 사무실 소독이 있습니다.", pls="부탁드려요"),
    dict(tag="hy-AM", region="AM", order="fl", idk="passport", ibancc=None,
         first="Անահիտ/Anahit Նարինե/Narine Վահագն/Vahagn Շուշան/Shushan Արտաշես/Artashes Զարուհի/Zaruhi Մուշեղ/Mushegh Լուսինե/Lusine Գուրգեն/Gurgen",
         last="Մելիքսեթյան/Meliksetyan Ղազարյան/Ghazaryan Բաբայան/Babayan Հովսեփյան/Hovsepyan Աբգարյան/Abgaryan Քալանթարյան/Kalantaryan Շահինյան/Shahinyan Զոհրաբյան/Zohrabyan",
         streets=["Սայաթ-Նովայի փողոց {n}", "Կոմիտասի պողոտա {n}, բն. 12"], city="Երևան 0019",
         labels="Անուն Ազգանուն|Հասցե|Հեռախոս|Ծննդյան ամսաթիվ", say="{n}-ն զանգել է, խնդրում է հետ զանգել {p} համարով։",
         calm="Պահեստը հինգշաբթի փակ կլինի։", pls="խնդրում եմ"),
    dict(tag="ka-GE", region="GE", order="fl", idk="passport", ibancc="GE",
         first="ლაშა/Lasha ეკა/Eka ნათია/Natia ბექა/Beka ხატია/Khatia",
         last="ქავთარაძე/Kavtaradze ლომთაძე/Lomtadze ჩიქოვანი/Chikovani ხარაიშვილი/Kharaishvili გოგიბერიძე/Gogiberidze ბაქრაძე/Bakradze წერეთელი/Tsereteli ღლონტი/Ghlonti მაჭავარიანი/Machavariani",
         streets=["ვაზისუბნის ქუჩა {n}", "ბახტრიონის ქ. {n}, ბ. 9"], city="თბილისი 0179",
         labels="სახელი გვარი|მისამართი|ტელეფონი|დაბადების თარიღი", say="{n} დარეკა, გთხოვთ გადაურეკოთ ნომერზე {p}.",
         calm="საწყობი ხუთშაბათს დაკეტილი იქნება.", pls="გთხოვთ"),
    dict(tag="am-ET", region="ET", order="fl", idk="passport", ibancc=None,
         first="መቅደስ/Meqdes ብሩክ/Biruk ሚካኤል/Mikael ቤተልሔም/Betelhem",
         last="ወልደማርያም/Woldemariam ተክለሃይማኖት/Teklehaimanot ደምሴ/Demissie ሀብቴ/Habte ወልደጊዮርጊስ/Woldegiorgis ገብረእግዚአብሔር/Gebreegziabher",
         streets=["ቤት ቁጥር {n}፣ ቦሌ ክፍለ ከተማ"], city="አዲስ አበባ",
         labels="ስም|አድራሻ|ስልክ|የትውልድ ቀን", say="{n} ደውላለች፣ እባክዎ በ{p} መልሰው ይደውሉ።",
         calm="መጋዘኑ ሐሙስ ዝግ ይሆናል።", pls="እባክዎ"),
    dict(tag="vi-VN", region="VN", order="lf", idk="passport", ibancc=None,
         first="Thảo Vy Khải Minh Diệp Anh Quang Vinh Tường Vi Bảo Lâm Phương Thảo Gia Huy Hoàng Long Ngọc Hân", last="Tôn Thất Lạc Văn Khổng Thị Âu Dương Hứa Ngọc Tạ Quang Lưu Đình Mạc Văn Ông Thị Kha Minh Bế Văn Chung Thị",
         streets=["Số {n} hẻm 42 đường Lê Văn Sỹ, P.13", "{n} Nguyễn Trãi, P. Bến Thành"], city="TP. Hồ Chí Minh",
         labels="Họ tên|Địa chỉ|Điện thoại|Ngày sinh", say="{n} gọi tới, nhờ gọi lại số {p}.",
         calm="Kho hàng nghỉ kiểm kê vào thứ Sáu.", pls="làm ơn"),
    dict(tag="id-ID", region="ID", order="fl", idk="passport", ibancc=None,
         first="Bagaskara Wisanggeni Rukmini Dananjaya Gandhes Prameswari Arjuna Kemuning Satria", last="Wiryawan Sastrowardoyo Kusumawardani Notonegoro Pranoto Tjokroaminoto Reksodiputro Suryadarma",
         streets=["Jl. Cempedak No. {n}, RT 03/RW 07", "Gg. Sawo Kecik {n}"], city="Yogyakarta 55223",
         labels="Nama|Alamat|Telepon|Tanggal lahir", say="{n} tadi telepon, minta ditelepon balik ke {p}.",
         calm="Gudang tutup hari Jumat untuk stok opname.", pls="tolong"),
    dict(tag="sw-KE", region="KE", order="fl", idk="passport", ibancc=None,
         first="Njambi Kerubo Chelangat Kimathi Mumbua Nduku Kanini Koech", last="Wambugu Kinyanjui Ogola Jeptoo Mbithi Musyoka Wanyonyi Chege",
         streets=["Nyumba {n}, Barabara ya Mvule, Kileleshwa"], city="Nairobi",
         labels="Jina|Anwani|Simu|Tarehe ya kuzaliwa", say="{n} alipiga simu, tafadhali mpigie kwa {p}.",
         calm="Ghala litafungwa Alhamisi kwa hesabu ya mali.", pls="tafadhali"),
    dict(tag="en-ZA", region="ZA", order="fl", idk="za_id", ibancc=None,
         first="Dumisani Khanyisile Kamogelo Nosipho", last="Zungu Maseko Mthethwa Cele Buthelezi-Adams Mazibuko Msimang Makhanya",
         streets=["{n} Protea Rd, Rondebosch", "Unit {n}, Kiepersol Mews, Hatfield"], city="Pretoria 0083",
         labels="Name|Address|Cell|Date of birth", say="{n} phoned, pls call back on {p}.",
         calm="Load-shedding stage 2 from 18:00, the till will run on the UPS.", pls="please"),
]

WRITERS = ["nurse", "paralegal", "teacher", "recruiter", "hr_clerk", "landlord", "developer", "student",
           "journalist", "social_worker", "pharmacist", "parent", "shop_owner", "tax_adviser"]
TASKS = ["translate", "summarise", "extract_json", "classify_triage", "rewrite_tone", "draft_reply", "answer_question",
         "fix_grammar", "generate_test_data", "anonymise_request", "compare_documents", "fill_template",
         "write_code", "proofread_letter"]
COMPANIES = ["Quillmere Logistics", "Brannoch & Sohn KG", "Tallowfield Pharmacy", "Osprey Lantern Realty", "Vennhaus Tutoring",
             "Corrowdene Dental", "Kesterlin Payroll", "Marrowbay Fabrics"]

NAME_POOL_WORDS: list[str] = []


def split_pair(s: str) -> tuple[str, str]:
    if "/" in s:
        a, b = s.split("/", 1)
        return a, b
    return s, s


def pool(text: str) -> list[tuple[str, str]]:
    return [split_pair(x) for x in text.split(" ") if x] if "/" in text or " " in text.strip() else [split_pair(text)]


def vi_pool(text: str) -> list[tuple[str, str]]:
    w = text.split(" ")
    return [(" ".join(w[i:i + 2]), fold(" ".join(w[i:i + 2]))) for i in range(0, len(w), 2)]


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


for L in LOCALES:
    if L["tag"] == "vi-VN":
        L["F"], L["S"] = vi_pool(L["first"]), vi_pool(L["last"])
    else:
        L["F"], L["S"] = pool(L["first"]), pool(L["last"])


SPLIT_RE = r"[\s\"'`,.;:!?()\[\]{}<>/|=+*#%&@\\\-_0-9،、。，：；·・]+"
# Generic street-type / unit words and particles that every address generator must share.
GENERIC = set("""Calle Avenida Rua Travessa Via Vicolo Straße Am Caddesi Sokak Crescent Flat House Mews Unit Rd Ln Apt Ct W Col Privada
ul m lgh apto impasse allée rue des du del de los las dei delle Jl Gg RT RW No D Nyumba Barabara ya Số hẻm đường Nguyễn Trãi Lê Văn Sỹ Bến Thành Protea
Οδός Λεωφόρος ул д кв пер вул गली नगर फ्लैट मकान বাড়ি রোড எண் கதவு தெரு நகர் Old شارع طريق الأمير خیابان کوچه بلوار پلاک רחוב שדרות""".split())


def overlap_check(other_words: set[str]) -> list[str]:
    """Names (word by word; Vietnamese two-syllable units as a whole), distinctive street words and company words
    that also occur among the capitalised / non-ASCII words of the other generators' sources."""
    mine = []
    for L in LOCALES:
        for a, b in L["F"] + L["S"]:
            if L["tag"] == "vi-VN":
                mine += [a] if " " not in a else []
                continue
            mine += re.split(SPLIT_RE, a) + re.split(SPLIT_RE, b)
        for s in L["streets"]:
            mine += [w for w in re.split(SPLIT_RE, s) if len(w) > 2 and w not in GENERIC and (w[0].isupper() or ord(w[0]) > 127)]
    for c in COMPANIES:
        mine += [w for w in re.split(SPLIT_RE, c) if len(w) > 2 and w not in ("Sohn", "Pharmacy", "Realty", "Dental", "Payroll", "Logistics", "Fabrics", "Tutoring")]
    return sorted({w for w in mine if w and w in other_words})


# --------------------------------------------------------------------------------------------------------------
# Identifiers (valid check digits; validated with python-stdnum) and phones (validated with phonenumbers)
# --------------------------------------------------------------------------------------------------------------
def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def rand_dob(r: random.Random, lo: int = 1948, hi: int = 2016) -> dt.date:
    return dt.date(r.randint(lo, hi), 1, 1) + dt.timedelta(days=r.randint(0, 364))


def ok(kind: str, fn, value: str) -> str:
    fn(value)  # raises on an invalid value
    STATS["stdnum:" + kind] += 1
    return value


def gen_ssn(r):
    while True:
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a == 666:
            continue
        v = f"{a:03d}-{g:02d}-{s:04d}"
        if ssn.is_valid(v):
            return ok("us.ssn", ssn.validate, v)


def gen_rtn(r):
    while True:
        base = r.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"]) + digits(r, 6)
        v = base + rtn.calc_check_digit(base)
        if rtn.is_valid(v):
            return ok("us.rtn", rtn.validate, v)


def gen_nhs(r):
    while True:
        b = str(r.randint(4, 6)) + digits(r, 8)
        for c in "0123456789":
            v = b + c
            if nhs.is_valid(v):
                ok("gb.nhs", nhs.validate, v)
                return f"{v[:3]} {v[3:6]} {v[6:]}"


def gen_de_tax(r):
    while True:
        b = str(r.randint(1, 9)) + digits(r, 9)
        v = b + mod_11_10.calc_check_digit(b)
        if de_idnr.is_valid(v):
            ok("de.idnr", de_idnr.validate, v)
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def gen_nir(r, dob, female):
    while True:
        b = ("2" if female else "1") + f"{dob.year % 100:02d}{dob.month:02d}" + f"{r.randint(1, 95):02d}" + f"{r.randint(1, 990):03d}" + f"{r.randint(1, 999):03d}"
        v = b + nir.calc_check_digits(b)
        if nir.is_valid(v):
            ok("fr.nir", nir.validate, v)
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def gen_dni(r):
    b = f"{r.randint(10000000, 79999999)}"
    return ok("es.dni", dni.validate, b + dni.calc_check_digit(b))


def gen_curp(r, dob, female, name_latin):
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    while True:
        b = (r.choice("GHMORSTVZ") + r.choice("AEIOU") + r.choice("ABCDEGLMNPRSTV") + r.choice("AEIMLNR")
             + f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}" + ("M" if female else "H")
             + r.choice(["MN", "JC", "DF", "PL", "GT", "OC", "VZ"]) + r.choice(cons) + r.choice(cons) + r.choice(cons)
             + ("0" if dob.year < 2000 else "A"))
        v = b + curp.calc_check_digit(b + "0")
        if curp.is_valid(v):
            return ok("mx.curp", curp.validate, v)


def gen_cpf(r):
    while True:
        b = digits(r, 9)
        if len(set(b)) == 1:
            continue
        v = b + cpf._calc_check_digits(b)
        if cpf.is_valid(v):
            ok("br.cpf", cpf.validate, v)
            return cpf.format(v)


CF_MONTH = "ABCDEHLMPRST"


def cf_part(s: str, first: bool) -> str:
    s = re.sub(r"[^A-Z]", "", fold(s).upper())
    c = [x for x in s if x not in "AEIOU"]
    v = [x for x in s if x in "AEIOU"]
    if first and len(c) >= 4:
        c = [c[0], c[2], c[3]]
    return ("".join(c + v) + "XXX")[:3]


def gen_cf(r, dob, female, first, last):
    day = dob.day + (40 if female else 0)
    b = cf_part(last, False) + cf_part(first, True) + f"{dob.year % 100:02d}" + CF_MONTH[dob.month - 1] + f"{day:02d}" + r.choice(["G478", "F205", "H501", "L219", "A944", "D969"])
    v = b + codicefiscale.calc_check_digit(b)
    return ok("it.codicefiscale", codicefiscale.validate, v)


def gen_bsn(r):
    while True:
        b = str(r.randint(1, 6)) + digits(r, 7)
        for last in "0123456789":
            if bsn.is_valid(b + last):
                return ok("nl.bsn", bsn.validate, b + last)


def gen_pesel(r, dob, female):
    m = dob.month + (20 if dob.year >= 2000 else 0)
    s = r.randint(0, 999) * 10 + r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    b = f"{dob.year % 100:02d}{m:02d}{dob.day:02d}{s:04d}"
    return ok("pl.pesel", pesel.validate, b + pesel.calc_check_digit(b))


def gen_tckn(r):
    b = str(r.randint(1, 9)) + digits(r, 8)
    return ok("tr.tckimlik", tckimlik.validate, b + tckimlik.calc_check_digits(b))


def gen_pnr(r, dob, female):
    while True:
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}" + digits(r, 2) + str(r.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
        v = b + luhn.calc_check_digit(b)
        full = f"{dob.year}{v[2:6]}-{v[6:]}" if False else f"{v[:6]}-{v[6:]}"
        if personnummer.is_valid(full):
            return ok("se.personnummer", personnummer.validate, full)


def gen_hetu(r, dob, female):
    while True:
        ind = r.randint(2, 899)
        if (ind % 2 == 0) != female:
            continue
        sep = "-" if dob.year < 2000 else "A"
        b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(b + f"{ind:03d}") % 31]
        v = f"{b}{sep}{ind:03d}{chk}"
        if hetu.is_valid(v):
            return ok("fi.hetu", hetu.validate, v)


def gen_amka(r, dob):
    while True:
        b = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + digits(r, 4)
        v = b + luhn.calc_check_digit(b)
        if amka.is_valid(v):
            return ok("gr.amka", amka.validate, v)


def gen_inn(r):
    b = r.choice(["77", "66", "50", "78", "16", "02"]) + digits(r, 8)
    return ok("ru.inn", inn.validate, b + inn.calc_personal_check_digits(b))


def gen_rntrc(r, dob):
    days = (dob - dt.date(1899, 12, 31)).days
    b = f"{days:05d}" + digits(r, 4)
    return ok("ua.rntrc", rntrc.validate, b + rntrc.calc_check_digit(b))


def gen_il(r):
    b = digits(r, 8)
    return ok("il.idnr", il_idnr.validate, b + luhn.calc_check_digit(b))


def gen_aadhaar(r):
    while True:
        b = str(r.randint(2, 9)) + digits(r, 10)
        v = b + verhoeff.calc_check_digit(b)
        if aadhaar.is_valid(v):
            ok("in.aadhaar", aadhaar.validate, v)
            return f"{v[:4]} {v[4:8]} {v[8:]}"


def gen_pan(r, last_latin):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = "".join(r.choice(L) for _ in range(3)) + "P" + fold(last_latin)[0].upper() + digits(r, 4) + r.choice(L)
    return ok("in.pan", pan.validate, v)


def gen_th(r):
    b = str(r.randint(1, 8)) + digits(r, 11)
    v = b + th_pin.calc_check_digit(b)
    ok("th.pin", th_pin.validate, v)
    return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"


def gen_rrn(r, dob, female):
    g = (4 if female else 3) if dob.year >= 2000 else (2 if female else 1)
    while True:
        b = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g}" + digits(r, 5)
        v = b + rrn.calc_check_digit(b)
        if rrn.is_valid(v):
            ok("kr.rrn", rrn.validate, v)
            return v[:6] + "-" + v[6:]


def gen_ric(r, dob):
    b = r.choice(["330106", "110105", "440304", "510107", "320102"]) + dob.strftime("%Y%m%d") + digits(r, 3)
    return ok("cn.ric", ric.validate, next(b + c for c in "0123456789X" if ric.is_valid(b + c)))


def gen_za(r, dob, female):
    while True:
        b = dob.strftime("%y%m%d") + f"{r.randint(0, 4999) if female else r.randint(5000, 9999):04d}" + "0" + str(r.randint(8, 9))
        v = b + luhn.calc_check_digit(b)
        if za_idnr.is_valid(v):
            return ok("za.idnr", za_idnr.validate, v)


def mrz_check(s: str) -> str:
    w = [7, 3, 1]
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def mrz_ok(line2: str) -> bool:
    return (mrz_check(line2[0:9]) == line2[9] and mrz_check(line2[13:19]) == line2[19] and mrz_check(line2[21:27]) == line2[27]
            and mrz_check(line2[0:10] + line2[13:20] + line2[21:43]) == line2[43])


ISO3 = {"EG": "EGY", "SA": "SAU", "IR": "IRN", "BD": "BGD", "KH": "KHM", "JP": "JPN", "AM": "ARM", "GE": "GEO",
        "ET": "ETH", "VN": "VNM", "ID": "IDN", "KE": "KEN"}


def gen_passport(r, region, dob, female):
    """Returns (passport number, MRZ line 2) with ICAO 7-3-1 check digits, verified independently."""
    num = r.choice("ABCEKLMNPT") + r.choice("ABCEKLMNPT0123456789") + digits(r, 7)
    exp = dt.date(2027 + r.randint(0, 8), r.randint(1, 12), r.randint(1, 28))
    body = num + mrz_check(num) + ISO3[region] + dob.strftime("%y%m%d") + mrz_check(dob.strftime("%y%m%d")) + ("F" if female else "M") \
        + exp.strftime("%y%m%d") + mrz_check(exp.strftime("%y%m%d")) + "<" * 14 + "0"
    line2 = body + mrz_check(body[0:10] + body[13:20] + body[21:43])
    assert len(line2) == 44 and mrz_ok(line2)
    STATS["mrz:icao-7-3-1"] += 1
    return num, line2


IBAN_FMT = {}


def _load_iban_fmt():
    import importlib.resources
    path = pathlib.Path(std_iban.__file__).with_name("iban.dat")
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r'^([A-Z]{2}) .*bban="([^"]+)"', line)
        if m:
            IBAN_FMT[m.group(1)] = m.group(2)


def gen_iban(r, cc):
    if not IBAN_FMT:
        _load_iban_fmt()
    fmt = IBAN_FMT[cc]
    while True:
        out = ""
        for n, t in re.findall(r"(\d+)!([nac])", fmt):
            pool_ = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}[t]
            out += "".join(r.choice(pool_) for _ in range(int(n)))
        v = cc + std_iban.calc_check_digits(cc + "00" + out) + out
        if std_iban.is_valid(v):
            ok("iban", std_iban.validate, v)
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


CARD_PREFIX = [("Visa", "4", 16), ("Mastercard", "5", 16), ("Mastercard", "2221", 16), ("Amex", "37", 15), ("Discover", "6011", 16), ("JCB", "3528", 16)]
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556",
              "5105105105105100", "4012888888881881", "3530111333300000"}


def gen_card(r):
    while True:
        brand, pre, n = r.choice(CARD_PREFIX)
        if pre == "5":
            pre = "5" + str(r.randint(1, 5))
        b = pre + digits(r, n - len(pre) - 1)
        v = b + luhn.calc_check_digit(b)
        if v in TEST_CARDS or len(set(v[6:])) < 4:
            continue
        ok("luhn.card", luhn.validate, v)
        if n == 15:
            return brand, f"{v[:4]} {v[4:10]} {v[10:]}"
        return brand, " ".join(v[i:i + 4] for i in range(0, 16, 4))


def gen_phone(r, region, style="intl"):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = phonenumbers.national_significant_number(ex)
    keep = max(2, len(nsn) - 7)
    for _ in range(2000):
        cand = nsn[:keep] + digits(r, len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and cand != nsn:
            STATS["phonenumbers:valid"] += 1
            fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if style == "intl" else phonenumbers.PhoneNumberFormat.NATIONAL
            return phonenumbers.format_number(num, fmt)
    raise RuntimeError(region)


def gen_ip(r):
    while True:
        a = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a)


# --------------------------------------------------------------------------------------------------------------
# People and the documents each writer would paste
# --------------------------------------------------------------------------------------------------------------
ID_KIND = {"ssn": "ssn", "nhs": "HEALTH_INSURANCE", "de_tax": "TAX_ID", "nir": "NATIONAL_ID", "dni": "NATIONAL_ID",
           "curp": "NATIONAL_ID", "cpf": "TAX_ID", "cf": "TAX_ID", "bsn": "NATIONAL_ID", "pesel": "NATIONAL_ID",
           "tckn": "NATIONAL_ID", "pnr": "NATIONAL_ID", "hetu": "NATIONAL_ID", "amka": "NATIONAL_ID", "inn": "TAX_ID",
           "rntrc": "TAX_ID", "il_id": "NATIONAL_ID", "aadhaar": "NATIONAL_ID", "pan": "TAX_ID", "th_pin": "NATIONAL_ID",
           "rrn": "NATIONAL_ID", "ric": "NATIONAL_ID", "za_id": "NATIONAL_ID", "passport": "PASSPORT"}
ID_WORD = {"ssn": "SSN", "nhs": "NHS no.", "de_tax": "Steuer-ID", "nir": "n° sécu", "dni": "DNI", "curp": "CURP", "cpf": "CPF",
           "cf": "C.F.", "bsn": "BSN", "pesel": "PESEL", "tckn": "TC Kimlik No", "pnr": "personnr", "hetu": "hetu", "amka": "ΑΜΚΑ",
           "inn": "ИНН", "rntrc": "РНОКПП", "il_id": "ת.ז.", "aadhaar": "Aadhaar", "pan": "PAN", "th_pin": "เลขบัตรประชาชน",
           "rrn": "주민등록번호", "ric": "身份证号", "za_id": "ID no.", "passport": "Passport"}
MAIL_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "gmx.de", "web.de", "hotmail.com", "mail.ru",
              "yandex.ru", "naver.com", "qq.com", "163.com", "libero.it", "orange.fr", "wp.pl", "seznam.cz", "ukr.net"]


class Person:
    def __init__(self, r: random.Random, L: dict):
        (self.first, self.first_l), (self.last, self.last_l) = r.choice(L["F"]), r.choice(L["S"])
        self.female = r.random() < 0.5
        sep = "" if L["tag"] in ("zh-CN", "ja-JP", "ko-KR") else " "
        if L["tag"] == "ja-JP":
            sep = " "
        self.full = (self.last + sep + self.first) if L["order"] == "lf" else (self.first + " " + self.last)
        self.full_l = (self.last_l + " " + self.first_l) if L["order"] == "lf" else (self.first_l + " " + self.last_l)
        self.dob = rand_dob(r)
        lp = re.sub(r"[^a-z]", "", fold(self.first_l).lower())
        ll = re.sub(r"[^a-z]", "", fold(self.last_l).lower())
        self.email = r.choice([f"{lp}.{ll}", f"{lp}{ll[:1]}{r.randint(1, 99)}", f"{ll}.{lp[:1]}", f"{lp}_{ll}{r.randint(70, 99)}"]) + "@" + r.choice(MAIL_HOSTS)
        self.phone = gen_phone(r, L["region"], r.choice(["intl", "nat"]))
        self.addr = r.choice(L["streets"]).format(n=r.randint(2, 148)) + ", " + L["city"]
        self.L = L
        self._r = r

    def nat_id(self):
        r, L, d, f = self._r, self.L, self.dob, self.female
        k = L["idk"]
        g = {"ssn": lambda: gen_ssn(r), "nhs": lambda: gen_nhs(r), "de_tax": lambda: gen_de_tax(r), "nir": lambda: gen_nir(r, d, f),
             "dni": lambda: gen_dni(r), "curp": lambda: gen_curp(r, d, f, self.full_l), "cpf": lambda: gen_cpf(r),
             "cf": lambda: gen_cf(r, d, f, self.first_l, self.last_l), "bsn": lambda: gen_bsn(r), "pesel": lambda: gen_pesel(r, d, f),
             "tckn": lambda: gen_tckn(r), "pnr": lambda: gen_pnr(r, d, f), "hetu": lambda: gen_hetu(r, d, f), "amka": lambda: gen_amka(r, d),
             "inn": lambda: gen_inn(r), "rntrc": lambda: gen_rntrc(r, d), "il_id": lambda: gen_il(r), "aadhaar": lambda: gen_aadhaar(r),
             "pan": lambda: gen_pan(r, self.last_l), "th_pin": lambda: gen_th(r), "rrn": lambda: gen_rrn(r, d, f), "ric": lambda: gen_ric(r, d),
             "za_id": lambda: gen_za(r, d, f), "passport": lambda: gen_passport(r, L["region"], d, f)[0]}[k]
        return ID_KIND[k], ID_WORD[k], g()


def fmt_date(d: dt.date, tag: str, r: random.Random) -> str:
    if tag.startswith("en-US"):
        return r.choice([d.strftime("%m/%d/%Y"), d.strftime("%B %d, %Y").replace(" 0", " ")])
    if tag in ("zh-CN", "ja-JP"):
        return f"{d.year}年{d.month}月{d.day}日"
    if tag == "ko-KR":
        return f"{d.year}년 {d.month}월 {d.day}일"
    return r.choice([d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), d.isoformat()])


def mrn(r):
    return r.choice(["MRN ", "Hosp-ID ", "Pat.-Nr. ", "UHID "]) + str(r.randint(10, 99)) + digits(r, 6)


def member_id(r):
    return r.choice(["Member ID ", "Versichertennr. ", "Policy/Member no. ", "Insurance card "]) + r.choice("ABHKMRTW") + digits(r, 9)


def driver_license(r):
    return r.choice(["DL ", "Driver licence ", "Führerschein-Nr. "]) + r.choice("BDFKLMSW") + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4)


def writer_doc(r: random.Random, writer: str, L: dict, items: dict) -> str:
    """Builds the pasted material of one writer; records every issued value in items (label -> [values])."""
    P = Person(r, L)
    lab = L["labels"].split("|")
    dob = fmt_date(P.dob, L["tag"], r)

    def add(label, value):
        items.setdefault(label, []).append(value)
        return value

    def card_lines(*what):
        out = []
        for w in what:
            if w == "name":
                out.append(f"{lab[0]}: {add('person', P.full)}")
            elif w == "addr":
                out.append(f"{lab[1]}: {add('STREET_ADDRESS', P.addr)}")
            elif w == "phone":
                out.append(f"{lab[2]}: {add('phone', P.phone)}")
            elif w == "dob":
                out.append(f"{lab[3]}: {add('DATE_OF_BIRTH', dob)}")
            elif w == "email":
                out.append(f"E-mail: {add('email', P.email)}")
            elif w == "id":
                kind, word, v = P.nat_id()
                out.append(f"{word}: {add(kind, v)}")
            elif w == "iban":
                cc = L["ibancc"] or r.choice(["DE", "GB", "FR", "NL", "AE"])
                out.append(f"IBAN: {add('iban', gen_iban(r, cc))}")
        return "\n".join(out)

    if writer == "nurse":
        kin = Person(r, L)
        say = L["say"].format(n=add("person", kin.first if r.random() < 0.5 else kin.full), p=add("phone", kin.phone))
        return (card_lines("name", "dob") + f"\n{add('MEDICAL_RECORD', mrn(r))}\n"
                + r.choice(["post-op day 2, obs stable, mobilising w/ frame. NBM from midnight for re-look.",
                            "c/o SOB overnight, sats 93% RA, started 2L NC, CXR ordered.",
                            "Hb 9.1, 1 unit PRBC running, next obs due 0200."]) + "\n" + f"Next of kin: {say}")
    if writer == "paralegal":
        return card_lines("name", "addr", "id", r.choice(["email", "phone"])) + "\n" + r.choice(
            ["Matter: tenancy deposit dispute, first instance. Limitation runs end of Q1.", "Matter: unfair dismissal, ACAS cert. received.",
             "Matter: road traffic accident, claimant passenger, no liability admitted."])
    if writer == "teacher":
        child = add("person", P.first)
        parent = Person(r, L)
        return (f"Student: {child} (Year {r.randint(2, 11)})\n" + f"{lab[0]}: {add('person', parent.full)}\n"
                + f"E-mail: {add('email', parent.email)}\n" + f"{lab[2]}: {add('phone', parent.phone)}\n"
                + r.choice(["Missed 4 homeworks in a row, seems tired in class.", "Big improvement in reading, wants to join the chess club.",
                            "Incident at break time on Tuesday, bruised knee, ice pack given."]))
    if writer == "recruiter":
        dl = f"\nLicence (for the van role): {add('DRIVER_LICENSE', driver_license(r))}" if r.random() < 0.6 else ""
        return card_lines("name", "email", "phone", *(["addr"] if r.random() < 0.5 else []), *(["dob"] if r.random() < 0.3 else [])) + dl + "\n" + r.choice(
            ["8 yrs warehouse ops, forklift cert, fluent in 3 langs.", "Senior backend dev, Go/Kotlin, notice period 2 months.",
             "Staff nurse, ICU background, wants nights only."])
    if writer == "hr_clerk":
        return card_lines("name", "dob", "id", "iban") + "\n" + r.choice(["Start date 01.02., 30h/week, probation 6 months.",
                                                                       "Parental leave from next month, return TBD.", "Salary band C2, cost centre 4410."])
    if writer == "landlord":
        return card_lines("name", "addr", "phone", *(["iban"] if r.random() < 0.6 else [])) + "\n" + r.choice(
            ["Rent 2 months late, promised to pay by the 15th.", "Boiler broken since Monday, tenant wants rent reduction.",
             "Lease ends 30.06., asked about renewal."])
    if writer == "developer":
        ip = add("IP_ADDRESS", gen_ip(r))
        ts = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        return (f"{ts} WARN auth.login failed user={add('email', P.email)} ip={ip} attempts=5\n"
                f"{ts} INFO profile.update uid=88213 display_name=\"{add('person', P.full)}\" phone=\"{add('phone', P.phone)}\"\n"
                f"{ts} ERROR payments.retry status=402 reason=card_declined")
    if writer == "student":
        return (f"group members for the presentation:\n- me\n- {add('person', P.full)} ({add('phone', P.phone)})\n"
                + f"- {add('person', Person(r, L).first)} (no phone yet)\n" + r.choice(["topic: water cycle, due friday", "topic: the french revolution, 10 slides"]))
    if writer == "journalist":
        return card_lines("name", "phone", *(["email"] if r.random() < 0.6 else []), *(["addr"] if r.random() < 0.3 else [])) + "\n" + r.choice(
            ["Source: neighbour of the fire site, saw the smoke at 5am, off the record on her employer.",
             "Source: former warehouse worker, says shifts were 14h, wants anonymity in print.",
             "Source: parent at the school, has the letter from the council."])
    if writer == "social_worker":
        return card_lines("name", "dob", "addr", *(["id"] if r.random() < 0.7 else [])) + "\n" + r.choice(
            ["Home visit: fridge empty, heating off, child attending school irregularly.", "Client reports eviction notice, income support delayed 6 weeks.",
             "Carer stress high, respite referral discussed."])
    if writer == "pharmacist":
        return (card_lines("name", "dob") + f"\n{add('HEALTH_INSURANCE', member_id(r))}\n"
                + r.choice(["Rx: apixaban 5 mg BID + clarithromycin 500 mg — interaction?", "Rx: methotrexate 10 mg once WEEKLY, folic acid 5 mg",
                            "Rx: amoxicillin 500 mg TDS, pen. allergy flagged in notes?"]) + ("\n" + card_lines("phone") if r.random() < 0.5 else ""))
    if writer == "parent":
        kid = Person(r, L)
        kind, word, v = kid.nat_id()
        return (f"{lab[0]}: {add('person', kid.full)}\n{lab[3]}: {add('DATE_OF_BIRTH', fmt_date(kid.dob, L['tag'], r))}\n{word}: {add(kind, v)}\n"
                + r.choice(["school trip form due monday", "for the passport renewal appointment", "allergy: peanuts, epi-pen in bag"]))
    if writer == "shop_owner":
        brand, card = gen_card(r)
        return (f"Order #{r.randint(1000, 9999)}\n" + card_lines("name", "addr", "phone") + "\n" + f"Card ({brand}): {add('credit_card', card)}  exp {r.randint(1, 12):02d}/{r.randint(27, 31)}\n"
                + r.choice(["customer says parcel never arrived", "wants to swap size M for L", "double charged?"]))
    if writer == "tax_adviser":
        extra = []
        if L["tag"] == "en-US":
            extra.append(f"Routing/Account: {add('US_BANK_NUMBER', gen_rtn(r) + ' / ' + digits(r, 10))}")
        else:
            extra.append(card_lines("iban"))
        return card_lines("name", "id", *(["addr"] if r.random() < 0.5 else [])) + "\n" + "\n".join(extra) + "\n" + r.choice(
            ["Rental income 2 flats, home office deduction claimed.", "Freelance income + one-off crypto gain, needs estimate.", "Moved abroad mid-year, split residency?"])
    raise KeyError(writer)


def incidental_doc(r: random.Random, L: dict, items: dict) -> str:
    """A longer text with exactly ONE incidental personal item."""
    P = Person(r, L)
    kind = r.choice(["relation", "phone", "dob", "relation", "phone"])
    filler = [L["calm"], "Deliveries arrive Tue/Thu before 10.", "The quarterly stocktake is scheduled for week 48.",
              "Remember the fire drill next month.", "New opening hours apply from January."]
    r.shuffle(filler)
    if kind == "relation":
        rel = r.choice(["my sister", "my neighbour", "my son", "my landlady", "my colleague", "my grandmother", "my ex"])
        sent = f"{rel} {items.setdefault('person', []).append(P.first) or P.first} {r.choice(['will cover my shift on Friday.', 'keeps the spare key.', 'is picking up the parcel.', 'can sign for it.'])}"
    elif kind == "phone":
        sent = f"{r.choice(['If nobody answers, try', 'Backup contact:', 'Call the driver on', 'WhatsApp only:'])} {items.setdefault('phone', []).append(P.phone) or P.phone}"
    else:
        d = fmt_date(P.dob.replace(year=r.randint(2010, 2020)), L["tag"], r)
        sent = f"{r.choice(['my daughter was born on', 'my son was born', 'the twins were born on', 'our youngest was born'])} {items.setdefault('DATE_OF_BIRTH', []).append(d) or d}, {r.choice(['does the discount apply?', 'so which vaccine schedule?', 'is she eligible?'])}"
    filler.insert(r.randint(1, len(filler) - 1), sent)
    return "\n".join(filler)


# --------------------------------------------------------------------------------------------------------------
# Writers' voices and the task instructions
# --------------------------------------------------------------------------------------------------------------
VOICE = {
    "nurse": (["quick one b4 handover -", "night shift, ward 6 here.", "pt update:", "sorry on my phone,"],
              {"patient": "pt", "with": "w/", "before": "b4", "please": "pls", "because": "bc"}),
    "paralegal": (["Per the supervising solicitor's request:", "For the client file -", "Re: intake,", "Hi, paralegal here."],
                  {"attached": "enclosed", "about": "re", "client": "Client"}),
    "teacher": (["Hi! Teacher here,", "ok so for parents evening tmrw", "Form tutor, 9C.", "hiya,"],
                {"please": "pls", "tomorrow": "tmrw"}),
    "recruiter": (["hey!! sourcing for a role,", "candidate below -", "quick favour,", "Hi team,"],
                  {"candidate": "cand.", "experience": "exp", "please": "pls"}),
    "hr_clerk": (["HR here.", "For payroll onboarding:", "Personnel file update -", "Hello,"], {"employee": "EE", "please": "kindly"}),
    "landlord": (["I rent out 3 flats.", "landlord here, not a lawyer lol", "my tenant again...", "Hi,"], {"please": "pls", "you": "u"}),
    "developer": (["ctx: prod logs from last night", "from our ticketing webhook:", "repro below", "fyi"], {"please": "pls", "information": "info"}),
    "student": (["for my group project", "lol ok so", "uni assignment,", "hiii"], {"please": "plz", "you": "u", "because": "bc", "thanks": "thx"}),
    "journalist": (["On deadline -", "For a piece I'm filing tonight,", "notes from today:", "Desk here."], {"please": "pls"}),
    "social_worker": (["Case note draft.", "Home visit today,", "Duty team -", "hi,"], {"client": "SU", "please": "pls"}),
    "pharmacist": (["Rx query:", "at the counter rn,", "Community pharmacy here.", "quick check"], {"patient": "pt", "please": "pls", "prescription": "Rx"}),
    "parent": (["mum of 2 here,", "my kid's school sent this", "dad here, bit stressed,", "hi"], {"please": "pls", "you": "u", "thanks": "ty"}),
    "shop_owner": (["small shop, online orders,", "customer msg below", "we sell fabric online,", "hello"], {"please": "pls", "customer": "cust"}),
    "tax_adviser": (["Client file, FY2025:", "For the return:", "Tax adviser here.", "Hi,"], {"please": "pls", "client": "Mandant"}),
}

TASK_TEXT = {
    "translate": ["please translate this into English, keep names and numbers exactly as they are", "can you translate the text below to English? it's for the file",
                  "translate to English pls, formal register", "{pls} -> English translation, thanks"],
    "summarise": ["summarise this in 3 bullet points", "tl;dr please, 2 lines max", "give me a short summary I can paste into the notes", "summarize for my manager, 50 words"],
    "extract_json": ["extract the fields into JSON (name, address, phone, date_of_birth, id_number; null if missing)", "pull out every contact detail as a JSON object",
                     "turn this into JSON matching the schema", "parse into json pls, keys in english"],
    "classify_triage": ["classify urgency as low/medium/high and pick the team (billing, care, legal, ops)", "triage this: which queue does it go to?",
                        "is this urgent? answer URGENT or ROUTINE + one-line reason", "tag this with one of: complaint, request, info, safeguarding"],
    "rewrite_tone": ["rewrite this so it sounds more polite", "make this more formal, it goes to the director", "rewrite friendlier, less robotic",
                     "rewrite in plain language for someone with low literacy"],
    "draft_reply": ["draft a reply to this", "write a short answer I can send back", "draft a response confirming we received it", "help me reply, keep it short"],
    "answer_question": ["what is the phone number in this?", "when was this person born?", "who should I contact according to this?", "is anything missing for the form?"],
    "fix_grammar": ["fix grammar and spelling, don't change the content", "correct my mistakes pls, native speaker level", "proof the spelling only",
                    "fix the punctuation"],
    "generate_test_data": ["generate 5 more rows like this one for our staging database", "make 10 similar fake records based on this real one",
                           "create test fixtures in the same format as this example", "give me more sample data like this for the demo"],
    "anonymise_request": ["anonymise this before I send it to the vendor", "remove all personal info from this text and give it back",
                          "pseudonymise this for the training deck", "redact anything identifying pls, we share it with the auditors"],
    "compare_documents": ["compare these two versions, what changed?", "diff the two texts below and list the differences",
                          "which of the two is more complete?", "are these two records the same person/thing?"],
    "fill_template": ["fill in the template with the data below", "use these details to fill the form letter", "complete the blank fields",
                      "put the data into our standard letter"],
    "write_code": ["write a python script that parses lines like these into a CSV", "give me a regex that matches these fields",
                   "write a SQL insert for this record", "write a JS function that validates this input"],
    "proofread_letter": ["proofread my letter before I send it", "can you check this letter for mistakes and tone?", "proofread pls, it's going out today",
                         "check my letter, is it ok to send?"],
}
TASK_OUTPUT_NAMES = {"extract_json": "contact_record", "classify_triage": "triage", "compare_documents": "diff", "fill_template": "filled_form"}


def typo(r: random.Random, s: str, rate: float) -> str:
    words = s.split(" ")
    for i, w in enumerate(words):
        if len(w) > 4 and w.isalpha() and r.random() < rate:
            j = r.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def voice(r: random.Random, writer: str, text: str, L: dict) -> str:
    openers, abbr = VOICE[writer]
    text = text.replace("{pls}", L["pls"])
    for k in sorted(abbr):
        if r.random() < 0.6:
            text = re.sub(rf"\b{k}\b", abbr[k], text)
    if r.random() < 0.4 and writer in ("nurse", "student", "parent", "landlord", "shop_owner", "recruiter"):
        text = typo(r, text, 0.25)
    if r.random() < 0.35 and not L["tag"].startswith("en"):
        text = text + f" ({L['pls']})" if r.random() < 0.5 else f"{L['pls']}, " + text
    if r.random() < 0.3 and writer in ("student", "parent", "nurse", "landlord"):
        text = text.lower()
    return f"{r.choice(openers)} {text}"


# --------------------------------------------------------------------------------------------------------------
# Hard negatives: text about no identifiable private person
# --------------------------------------------------------------------------------------------------------------
def _h(r, n=12):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


BENIGN = [
    ("public_figure", "en", lambda r: "In her 2024 annual report the President of the European Central Bank, Christine Lagarde, warned that services inflation remained sticky; the Governing Council kept the deposit rate at 4%."),
    ("public_figure", "de-DE", lambda r: "Bundeskanzler Olaf Scholz kündigte im Bundestag an, das Sondervermögen für die Bundeswehr bis 2027 auszuschöpfen."),
    ("public_figure", "pt-BR", lambda r: "Em discurso na ONU, o presidente Luiz Inácio Lula da Silva defendeu metas de desmatamento zero até 2030."),
    ("public_figure", "ja-JP", lambda r: "日本銀行の植田和男総裁は記者会見で、マイナス金利の解除後も緩和的な環境を維持すると述べた。"),
    ("public_figure", "hi-IN", lambda r: "प्रधानमंत्री नरेंद्र मोदी ने संसद में डिजिटल इंडिया कार्यक्रम की प्रगति पर बयान दिया।"),
    ("historical", "en", lambda r: "Ada Lovelace's notes on Babbage's Analytical Engine (1843) include what is often called the first published algorithm."),
    ("historical", "fr-FR", lambda r: "Marie Curie reçoit le prix Nobel de chimie en 1911 pour la découverte du radium et du polonium."),
    ("historical", "ru-RU", lambda r: "Дмитрий Менделеев опубликовал периодическую таблицу в 1869 году, оставив пустые места для неизвестных элементов."),
    ("historical", "ar-EG", lambda r: "ألّف ابن خلدون المقدمة عام 1377، وفيها نظريته عن العصبية وقيام الدول وسقوطها."),
    ("historical", "zh-CN", lambda r: "宋应星于1637年刊行《天工开物》，系统记载了明代的农业和手工业技术。"),
    ("cited_authors", "en", lambda r: "As shown by Vaswani et al. (2017), 'Attention Is All You Need', NeurIPS; see also Devlin et al. (2019) for BERT."),
    ("cited_authors", "es-ES", lambda r: "Según Kahneman y Tversky (1979), la teoría prospectiva explica la aversión a las pérdidas; cf. Thaler (1980)."),
    ("fictional", "en", lambda r: "Compare how Elizabeth Bennet and Mr Darcy misjudge each other in chapters 1-34 of Pride and Prejudice."),
    ("fictional", "it-IT", lambda r: "Nel romanzo, Renzo e Lucia fuggono da Don Rodrigo con l'aiuto di fra Cristoforo."),
    ("fictional", "ko-KR", lambda r: "소설 속 홍길동은 서자로 태어나 활빈당을 이끌고 탐관오리의 재물을 빼앗는다."),
    ("fictional", "uk-UA", lambda r: "У «Тінях забутих предків» Іван і Марічка належать до ворожих родів."),
    ("eponym", "en", lambda r: f"Patient education leaflet: Parkinson's disease, Alzheimer's disease and Down syndrome - differences in onset. Dose conversion in newtons and joules on p. {r.randint(2, 40)}."),
    ("eponym", "de-DE", lambda r: "Das Ohmsche Gesetz, der Doppler-Effekt und die Heisenbergsche Unschärferelation - bitte je zwei Sätze für Klasse 10."),
    ("eponym", "pl-PL", lambda r: "Choroba Hashimoto i choroba Gravesa-Basedowa: różnice w leczeniu, wersja dla pacjentów."),
    ("brand", "en", lambda r: f"Stock check: Ben & Jerry's Cookie Dough x{r.randint(2, 30)}, Dr. Martens 1460 size 42, Johnson & Johnson baby shampoo, Kellogg's Corn Flakes 500g."),
    ("brand", "fr-FR", lambda r: "Comparatif: Peugeot 208, Citroën C3 et Renault Clio - consommation et prix catalogue 2025."),
    ("brand", "nl-NL", lambda r: "Albert Heijn, Douwe Egberts en Van Houten verhogen hun prijzen per 1 maart."),
    ("street_named", "en", lambda r: "Meet at the Martin Luther King Jr. Blvd exit, then walk to Washington Square; the bus leaves from Victoria Station at 8:15."),
    ("street_named", "es-MX", lambda r: "La ruta pasa por Avenida Benito Juárez, Paseo de la Reforma y el Metro Miguel Ángel de Quevedo."),
    ("street_named", "tr-TR", lambda r: "Atatürk Havalimanı yerine İstiklal Caddesi'ndeki ofise gidin; Gazi Mustafa Kemal Bulvarı kapalı."),
    ("street_named", "ka-GE", lambda r: "შეხვედრა რუსთაველის გამზირზე, შოთა რუსთაველის თეატრის წინ, 11 საათზე."),
    ("org_contact", "en", lambda r: f"For returns contact our service desk: support@quillmere-logistics.com or the switchboard +44 20 7946 0{r.randint(100, 999)} (Mon-Fri 9-17)."),
    ("org_contact", "de-DE", lambda r: "Bei Fragen wenden Sie sich an info@stadtbibliothek-kassel.de oder die Zentrale 0561 787-0."),
    ("org_contact", "sv-SE", lambda r: "Kundtjänst nås på kundtjanst@example.se, växel 08-123 456 00, vardagar 8-16."),
    ("emergency", "en", lambda r: "Poster text: In an emergency dial 999 (UK), 112 (EU), 911 (US/Canada), 000 (Australia). Poison control US: 1-800-222-1222."),
    ("emergency", "ru-RU", lambda r: "Единый номер экстренных служб 112; пожарная 101, полиция 102, скорая 103."),
    ("emergency", "th-TH", lambda r: "เหตุฉุกเฉินโทร 191 แจ้งเหตุไฟไหม้ 199 รถพยาบาล 1669"),
    ("test_card", "en", lambda r: "Stripe test mode: use 4242 4242 4242 4242, any future expiry, any CVC; decline test: 4000 0000 0000 0002."),
    ("test_card", "de-DE", lambda r: "Für den Sandbox-Checkout die Testkarte 4111 1111 1111 1111 (Visa) und 5555 5555 5555 4444 (Mastercard) verwenden."),
    ("doc_example", "en", lambda r: f"Firewall rule: allow 192.0.2.{r.randint(1, 254)}/32 and 198.51.100.0/24, deny 203.0.113.7; IPv6 doc prefix 2001:db8::/32. Contact alice@example.com in the docs."),
    ("doc_example", "fa-IR", lambda r: "در مستندات از آدرس 203.0.113.10 و ایمیل user@example.org به عنوان نمونه استفاده کنید."),
    ("order_numbers", "en", lambda r: f"Order #{r.randint(100000, 999999)} shipped via DHL, tracking JD01460000{r.randint(1000000, 9999999)}, invoice INV-2026-{r.randint(1000, 9999)}, booking ref {''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}."),
    ("order_numbers", "ja-JP", lambda r: f"注文番号 {r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)} の発送は明日です。追跡番号 {r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}。"),
    ("order_numbers", "id-ID", lambda r: f"Nomor resi JNE {r.randint(10**11, 10**12 - 1)}, faktur INV/2026/{r.randint(100, 999)}, kode booking {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}."),
    ("versions_ts", "en", lambda r: f"Upgraded from v2.{r.randint(1, 19)}.{r.randint(0, 9)} to v3.0.0-rc.{r.randint(1, 5)} at 2026-03-{r.randint(10, 28)}T0{r.randint(1, 9)}:14:07Z; build sha {_h(r, 40)}; pipeline #{r.randint(1000, 9999)}."),
    ("coordinates", "en", lambda r: f"Survey point B{r.randint(1, 40)}: 47.{r.randint(1000, 9999)}N, 8.{r.randint(1000, 9999)}E, elevation {r.randint(300, 2500)} m; tank volume {r.randint(2, 90)} m3; flow 3.{r.randint(1, 9)} L/s."),
    ("hashes_isbn", "en", lambda r: f"ISBN 978-0-306-40615-7, DOI 10.1038/nphys{r.randint(1000, 9999)}, SHA-256 {_h(r, 64)}, UUID {_h(r, 8)}-{_h(r, 4)}-4{_h(r, 3)}-a{_h(r, 3)}-{_h(r, 12)}."),
    ("product_codes", "el-GR", lambda r: f"Κωδικός προϊόντος SKU-{r.randint(10000, 99999)}, EAN 5201234{r.randint(100000, 999999)}, παρτίδα L{r.randint(100, 999)}, λήξη 11/2027."),
    ("blank_form", "en", lambda r: "Name: ______  Date of birth: __/__/____  Phone: <PHONE>  Email: <EMAIL>  Address: [STREET], [CITY]  Signature: ________"),
    ("blank_form", "es-ES", lambda r: "Nombre y apellidos: {{nombre}}\nDNI: {{dni}}\nDirección: {{direccion}}\nTeléfono: {{telefono}}\nFirma: __________"),
    ("blank_form", "he-IL", lambda r: "שם מלא: ________ | ת.ז.: ________ | טלפון: ________ | כתובת: ________"),
    ("anonymised", "en", lambda r: "Patient [NAME], DOB [DATE], SSN XXX-XX-XXXX, presented with chest pain; discharged to [ADDRESS] with follow-up at clinic [CLINIC]."),
    ("anonymised", "de-DE", lambda r: "Mieter*in [NAME] hat die Wohnung in [STRASSE] zum [DATUM] gekündigt, IBAN DE** **** **** **** **** **."),
    ("anonymised", "hy-AM", lambda r: "Հաճախորդ [ԱՆՈՒՆ], հեռախոս [ՀԵՌԱԽՈՍ], հասցե [ՀԱՍՑԵ]՝ պատվերը առաքված է։"),
    ("no_person", "bn-BD", lambda r: "গুদামের তালিকা আপডেট করুন: চাল ৪০ বস্তা, ডাল ১২ বস্তা, তেল ৩০ লিটার।"),
    ("no_person", "ta-IN", lambda r: "அடுத்த மாதம் முதல் கடை நேரம் காலை 9 முதல் இரவு 8 வரை."),
    ("no_person", "te-IN", lambda r: "ఈ నెల విద్యుత్ బిల్లు 4,350 రూపాయలు; గత నెల కంటే 12% ఎక్కువ."),
    ("no_person", "km-KH", lambda r: "តម្លៃអង្ករឡើង ៥% នៅខែនេះ សូមកែតារាងតម្លៃ។"),
    ("no_person", "am-ET", lambda r: "የመጋዘኑ ቆጠራ በሚቀጥለው ሳምንት ይካሄዳል፤ ሁሉም ሰራተኞች ይሳተፋሉ።"),
    ("no_person", "mr-IN", lambda r: "पुढील आठवड्यापासून दुकान रविवारी बंद राहील; नवीन दरपत्रक लावा."),
    ("no_person", "vi-VN", lambda r: "Giá gạo tăng 5% trong tháng này, vui lòng cập nhật bảng giá."),
    ("no_person", "sw-KE", lambda r: "Bei ya unga imepanda kwa asilimia 8; badilisha orodha ya bei kabla ya Jumatatu."),
    ("no_person", "fi-FI", lambda r: "Varaston inventaario siirtyy viikolle 49; kaikki tilaukset toimitetaan normaalisti."),
    ("no_person", "ar-SA", lambda r: "يرجى تحديث قائمة الأسعار قبل نهاية الأسبوع، مع إضافة ضريبة القيمة المضافة ١٥٪."),
    ("no_person", "en-ZA", lambda r: "Stage 4 load-shedding from 16:00-18:30; switch the fridges to the inverter and log the readings."),
    ("no_person", "ko-KR", lambda r: "다음 달부터 배송비가 3,000원에서 3,500원으로 인상됩니다."),
    ("public_figure", "he-IL", lambda r: "נגיד בנק ישראל הודיע בכנס בתל אביב כי הריבית תישאר ללא שינוי ברבעון הבא."),
    ("public_figure", "ko-KR", lambda r: "한국은행 총재는 국회 기획재정위원회에서 기준금리 동결 배경을 설명했다."),
    ("historical", "am-ET", lambda r: "ዳግማዊ ምኒልክ በ1888 ዓ.ም. በአድዋ ጦርነት ጣሊያንን አሸነፉ።"),
    ("historical", "hy-AM", lambda r: "Կոմիտասը 1890-ականներին հավաքել է հազարավոր ժողովրդական երգեր։"),
    ("historical", "th-TH", lambda r: "รัชกาลที่ 5 ทรงเลิกทาสและปฏิรูประบบราชการในช่วงปลายศตวรรษที่ 19"),
    ("historical", "ta-IN", lambda r: "திருவள்ளுவர் இயற்றிய திருக்குறளில் 1330 குறள்கள் உள்ளன."),
    ("historical", "km-KH", lambda r: "ប្រាសាទអង្គរវត្តត្រូវបានសាងសង់ក្នុងរជ្ជកាលព្រះបាទសូរ្យវរ្ម័នទី២។"),
    ("emergency", "hi-IN", lambda r: "आपातकाल में 112 डायल करें; रेलवे हेल्पलाइन 139, महिला हेल्पलाइन 1091।"),
    ("anonymised", "ja-JP", lambda r: "〇〇様（年齢：XX歳、住所：＊＊県＊＊市）からのお問い合わせについて、担当者よりご連絡いたします。"),
    ("blank_form", "zh-CN", lambda r: "姓名：________ 身份证号：__________________ 联系电话：___________ 地址：________________"),
    ("eponym", "fr-FR", lambda r: "Rappel : la maladie de Crohn, le syndrome de Gilles de la Tourette et l'échelle de Richter seront au programme du QCM."),
    ("brand", "ja-JP", lambda r: "在庫: ヤマハ電子ピアノ P-145、ホンダ スーパーカブ用ミラー、キッコーマン醤油 1L。"),
    ("street_named", "ru-RU", lambda r: "Встречаемся у метро «Пушкинская», потом идём по Тверской до площади Маяковского."),
    ("street_named", "pt-BR", lambda r: "O bloco sai da Avenida Presidente Vargas e segue pela Rua Visconde de Pirajá."),
    ("org_contact", "ar-EG", lambda r: "لخدمة العملاء اتصل على الخط الساخن 19777 أو راسلنا على info@marrowbay-fabrics.com."),
    ("versions_ts", "zh-CN", lambda r: f"服务于 2026-0{r.randint(1, 9)}-1{r.randint(0, 9)} 03:{r.randint(10, 59)} UTC 升级到 v{r.randint(4, 9)}.{r.randint(0, 12)}.{r.randint(0, 9)}，回滚点 commit {_h(r, 12)}。"),
]

BENIGN_BY_WRITER = {
    "nurse": "Hospital policy excerpt: insulin sliding scale, BM 4-7 no action, 7.1-11 2 units, >11 call the doctor. Ward phone ext. 4410.",
    "paralegal": "Clause 14.2: The Tenant shall give not less than two months' notice in writing to the Landlord at the address stated in Schedule 1.",
    "teacher": "Year 8 reading list: The Hobbit (Tolkien), Wonder (R. J. Palacio), Holes (Louis Sachar). Parents' evening 6-8pm in the main hall.",
    "recruiter": "Job ad: Forklift Operator, 3 shifts, €2,450 gross, start 01.03.2026, apply via careers@quillmere-logistics.com quoting ref JOB-4471.",
    "hr_clerk": "Holiday policy v3.2: 28 days incl. bank holidays, carry-over max 5 days, requests via the HR portal at least 2 weeks ahead.",
    "landlord": "House rules: bins out Tuesday night, quiet hours 22:00-07:00, no bikes in the stairwell, meter readings due 31.12.",
    "developer": "ERROR 2026-05-04T11:02:33Z worker-7 pool exhausted (max=50) request_id=9f2c1e7a host=10.0.3.14 retry_in=250ms",
    "student": "Lab report: titration of 25.0 mL HCl with 0.100 M NaOH, endpoint at 23.4 mL, phenolphthalein indicator.",
    "journalist": "Press release: The city council approved the 2027 budget of €1.2bn on Tuesday; the mayor's office will hold a briefing at 11:00.",
    "social_worker": "Referral criteria (template): age 18+, resident in the borough, not currently open to another team. Use form SW-12.",
    "pharmacist": "BNF note: clarithromycin is a strong CYP3A4 inhibitor; avoid with simvastatin; monitor with apixaban.",
    "parent": "School newsletter: Sports day moved to 14 June, bring water and sun hats; the canteen menu for next week is attached.",
    "shop_owner": "Product listing: Linen fabric, 150 cm wide, 220 g/m², colour sage, SKU LIN-220-SG, €14.90 per metre.",
    "tax_adviser": "Reminder: VAT returns for Q3 due 10 November; the standard rate is 19%, reduced rate 7%. Checklist v2025.",
}


# --------------------------------------------------------------------------------------------------------------
# Placing the material in the request
# --------------------------------------------------------------------------------------------------------------
PLACEMENTS = ["user_text", "system_context", "assistant_echo", "tool_result", "tool_call_args", "tool_definition", "json_schema",
              "file_part", "file_name", "image_url", "user_field", "stop", "prediction", "metadata_only", "content_parts",
              "completions", "user_text", "content_parts", "completions"]
CHAT_MODELS = ["hybridgate/auto", "gpt-4o-mini", "llama-3.1-8b-instruct", "gpt-4.1", "qwen2.5-7b-instruct", "hybridgate/auto"]
SYSTEMS = {
    "nurse": "You help ward staff with documentation. Be concise.", "paralegal": "You are a legal drafting assistant. Do not give legal advice.",
    "teacher": "You are a helpful assistant for school staff.", "recruiter": "You support a recruitment agency's sourcing team.",
    "hr_clerk": "You are the HR back-office assistant.", "landlord": "You help a private landlord with admin.",
    "developer": "You are a senior engineer helping with ops and code.", "student": "You are a study helper.",
    "journalist": "You assist a newsroom. Accuracy first.", "social_worker": "You assist a local authority social care team with writing.",
    "pharmacist": "You assist community pharmacists. Flag safety issues.", "parent": "You are a friendly assistant.",
    "shop_owner": "You help a small online shop with customer service.", "tax_adviser": "You assist a tax advisory practice.",
}


def b64(text: str) -> str:
    return "data:text/plain;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def build_body(r: random.Random, placement: str, writer: str, task: str, instr: str, doc: str, side: dict, neutral: str) -> tuple[str, dict]:
    """side: small values for field-only placements (keys: name, email, phone, kv). neutral: text without personal data."""
    model = r.choice(CHAT_MODELS)
    sysm = {"role": "system", "content": SYSTEMS[writer]}
    body: dict = {"model": model}
    if placement == "completions":
        body = {"model": r.choice(["gpt-3.5-turbo-instruct", "davinci-002"]),
                "prompt": r.choice([f"{instr}\n\n{doc}\n\n", f"### Task\n{instr}\n### Text\n{doc}\n### Answer\n", f"{doc}\n---\n{instr}:"]),
                "max_tokens": r.choice([256, 400, 800]), "temperature": r.choice([0, 0.2, 0.7])}
        return "completions", body
    if placement == "user_text":
        msgs = [sysm, {"role": "user", "content": r.choice([f"{instr}\n\n{doc}", f"{doc}\n\n{instr}", f"{instr}:\n\"\"\"\n{doc}\n\"\"\""])}]
    elif placement == "system_context":
        msgs = [{"role": "system", "content": f"{SYSTEMS[writer]}\n\nCurrent record:\n{doc}"}, {"role": "user", "content": instr}]
    elif placement == "assistant_echo":
        msgs = [sysm, {"role": "user", "content": "I'll paste it, read it first"}, {"role": "assistant", "content": f"Got it, here's what I received:\n{doc}"},
                {"role": "user", "content": instr}]
    elif placement == "tool_result":
        msgs = [sysm, {"role": "user", "content": instr},
                {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{_h(r, 10)}", "type": "function", "function": {"name": "fetch_record", "arguments": json.dumps({"ref": f"R-{r.randint(1000, 9999)}"})}}]}]
        msgs.append({"role": "tool", "tool_call_id": msgs[-1]["tool_calls"][0]["id"], "content": json.dumps({"record": doc}, ensure_ascii=False)})
    elif placement == "tool_call_args":
        cid = f"call_{_h(r, 10)}"
        msgs = [sysm, {"role": "user", "content": instr},
                {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_note", "arguments": json.dumps({"text": doc, "task": task}, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": cid, "content": "{\"ok\": true}"}]
    elif placement == "tool_definition":
        body["tools"] = [{"type": "function", "function": {"name": "send_message", "description": f"Send the result. Context for this conversation:\n{doc}",
                                                            "parameters": {"type": "object", "properties": {"to": {"type": "string", **({"enum": [side["email"]]} if side.get("email") else {})}, "body": {"type": "string"}}, "required": ["body"]}}}]
        msgs = [sysm, {"role": "user", "content": instr}]
    elif placement == "json_schema":
        props = {"summary": {"type": "string"}, "fields": {"type": "object"}}
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": TASK_OUTPUT_NAMES.get(task, "result"), "strict": False,
                                                                          "schema": {"type": "object", "description": f"Source text:\n{doc}", "properties": props,
                                                                                     **({"examples": [side["kv"]]} if side.get("kv") else {})}}}
        msgs = [sysm, {"role": "user", "content": instr}]
    elif placement == "file_part":
        fn = r.choice(["note.txt", "export.txt", "paste.txt", "record_0412.txt", "letter_draft.txt"])
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "file", "file": {"filename": fn, "file_data": b64(doc)}}]}]
    elif placement == "file_name":
        nm = side.get("name_l") or side.get("name") or "scan"
        fn = re.sub(r"\s+", "_", nm) + r.choice(["_CV_2026.txt", "_lease.txt", "_referral.txt", "_letter.txt"]) if side.get("name") else r.choice(["notes.txt", "draft.txt"])
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "file", "file": {"filename": fn, "file_data": b64(neutral)}}]}]
    elif placement == "image_url":
        q = urllib.parse.urlencode({k: v for k, v in side.get("kv", {}).items()})
        url = f"https://uploads.tallowfield-pharmacy.net/scans/{_h(r, 8)}.jpg" + (f"?{q}" if q else f"?w=1024&sig={_h(r, 16)}")
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": f"{instr}\n\n{neutral}"}, {"type": "image_url", "image_url": {"url": url}}]}]
    elif placement == "user_field":
        body["user"] = side.get("email") or side.get("name") or r.choice(["team-ops-eu", "tenant-4471", "org_quillmere_prod"])
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{neutral}"}]
    elif placement == "stop":
        body["stop"] = [f"\n{side['name']}:"] if side.get("name") else ["\n###", "END"]
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{neutral}"}]
    elif placement == "prediction":
        body["prediction"] = {"type": "content", "content": doc}
        msgs = [sysm, {"role": "user", "content": f"{instr} (the current text is in the prediction, return it edited)"}]
    elif placement == "metadata_only":
        body["store"] = True
        body["metadata"] = {k: str(v)[:500] for k, v in (side.get("kv") or {"source": "web", "ticket": f"T-{r.randint(10000, 99999)}"}).items()}
        msgs = [sysm, {"role": "user", "content": f"{instr}\n\n{neutral}"}]
    elif placement == "content_parts":
        msgs = [sysm, {"role": "user", "content": [{"type": "text", "text": instr}, {"type": "text", "text": doc}]}]
    else:
        raise KeyError(placement)
    if r.random() < 0.25:
        msgs = msgs[1:] if msgs[0]["role"] == "system" and len(msgs) > 1 and placement != "system_context" else msgs
    body["messages"] = msgs
    if r.random() < 0.3:
        body["temperature"] = r.choice([0, 0.3, 1])
    return "chat", body


def search_text(body: dict) -> str:
    parts = [json.dumps(body, ensure_ascii=False)]

    def walk(o):
        if isinstance(o, dict):
            for k, v in o.items():
                if k in ("file_data", "url") and isinstance(v, str):
                    if v.startswith("data:"):
                        parts.append(base64.b64decode(v.split(",", 1)[1]).decode("utf-8"))
                    else:
                        parts.append(urllib.parse.unquote_plus(v))
                elif k == "filename" and isinstance(v, str):
                    parts.append(v.replace("_", " "))
                elif k == "arguments" and isinstance(v, str):
                    parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                elif k == "content" and isinstance(v, str) and v.startswith("{"):
                    try:
                        parts.append(json.dumps(json.loads(v), ensure_ascii=False))
                    except ValueError:
                        pass
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
    walk(body)
    return "\n".join(parts)


def present_labels(body: dict, items: dict) -> list[str]:
    text = search_text(body)
    # json.dumps escapes newlines/quotes inside strings; compare against both raw and escaped forms
    return sorted({lab for lab, vals in items.items() if any(v in text or json.dumps(v, ensure_ascii=False)[1:-1] in text for v in vals)})


# --------------------------------------------------------------------------------------------------------------
# PII records
# --------------------------------------------------------------------------------------------------------------
FIELD_ONLY = {"file_name", "image_url", "user_field", "stop", "metadata_only"}


def shape_for_task(r: random.Random, task: str, writer: str, L: dict, doc: str, items: dict) -> str:
    if task == "compare_documents":
        other = writer_doc(r, writer, L, items) if r.random() < 0.5 else doc.replace("\n", "\n", 1) + "\n" + r.choice(["(updated 2026-11-03)", "v2 - corrected", "copy from old system"])
        return f"--- Version A ---\n{doc}\n--- Version B ---\n{other}"
    if task == "fill_template":
        return doc + "\n\nTEMPLATE:\nDear {{name}},\nwe confirm your appointment on {{date}}. If you cannot attend, call us on {{our_phone}}.\nKind regards"
    if task == "proofread_letter":
        return f"Dear Sir or Madam,\n\ni am writting regarding the following person / matter, details below:\n{doc}\n\nI would be gratefull for a quick responce.\nYours faithfully"
    if task == "write_code":
        return f"sample input:\n```\n{doc}\n```"
    if task == "generate_test_data":
        return f"real example (from prod):\n{doc}"
    return doc


def side_values(r: random.Random, items: dict, L: dict) -> dict:
    side: dict = {}
    if items.get("person"):
        side["name"] = items["person"][0]
    if items.get("email"):
        side["email"] = items["email"][0]
    kv = {}
    keys = [("person", "name"), ("phone", "phone"), ("email", "email"), ("DATE_OF_BIRTH", "dob"), ("STREET_ADDRESS", "address"),
            ("NATIONAL_ID", "national_id"), ("TAX_ID", "tax_id"), ("PASSPORT", "passport"), ("MEDICAL_RECORD", "mrn"), ("HEALTH_INSURANCE", "member_id"),
            ("iban", "iban"), ("IP_ADDRESS", "ip")]
    avail = [(lab, k) for lab, k in keys if items.get(lab)]
    for lab, k in avail[:r.randint(1, 3)]:
        kv[k] = items[lab][0]
    side["kv"] = kv
    return side


def pii_records(seed: int) -> list[dict]:
    r = random.Random(seed)
    out = []
    n_sens, n_ben = 21, 14
    li = 0
    bi = 0
    border = list(range(len(BENIGN)))
    random.Random(seed + 2).shuffle(border)
    for ti, task in enumerate(TASKS):
        for k in range(n_sens + n_ben):
            sensitive = k < n_sens
            writer = WRITERS[(k + 3 * ti) % len(WRITERS)]
            placement = PLACEMENTS[(k * 5 + ti) % len(PLACEMENTS)]
            if sensitive:
                L = LOCALES[li % len(LOCALES)]
                li += 7
                if writer in ("tax_adviser", "hr_clerk", "shop_owner", "developer") and r.random() < 0.3:
                    L = LOCALES[0]  # en-US: SSN, routing/account numbers
                items: dict = {}
                incidental = (k % 6 == 5) and task not in ("compare_documents", "generate_test_data")
                doc = incidental_doc(r, L, items) if incidental else writer_doc(r, writer, L, items)
                doc = shape_for_task(r, task, writer, L, doc, items)
                instr = voice(r, writer, r.choice(TASK_TEXT[task]), L)
                side = side_values(r, items, L)
                if placement in FIELD_ONLY and incidental:
                    placement = "user_text"
                neutral = L["calm"] + "\n" + BENIGN_BY_WRITER[writer]
                endpoint, body = build_body(r, placement, writer, task, instr, doc, side, neutral)
                ents = present_labels(body, items)
                if not ents:
                    placement = "user_text"
                    endpoint, body = build_body(r, placement, writer, task, instr, doc, side, neutral)
                    ents = present_labels(body, items)
                assert ents, (task, writer)
                lang = L["tag"]
                style = f"{writer} · {placement}" + (" · incidental" if incidental else "")
            else:
                kind, blang, fn = BENIGN[border[bi % len(BENIGN)]]
                bi += 1
                snippet = fn(r)
                if r.random() < 0.35:
                    snippet = snippet + "\n\n" + BENIGN_BY_WRITER[writer]
                if task == "compare_documents":
                    snippet = f"--- A ---\n{snippet}\n--- B ---\n{BENIGN[(bi + 3) % len(BENIGN)][2](r)}"
                elif task == "fill_template":
                    snippet = snippet + "\n\nTEMPLATE: Dear {{customer_name}}, your order {{order_id}} ships on {{date}}."
                elif task == "generate_test_data":
                    snippet = f"schema: name:str, email:str, phone:str, dob:date — use obviously fake values like <NAME_1>, user1@example.com\nexample row: <NAME>, <EMAIL>, <PHONE>, 1900-01-01\n\n{snippet}"
                elif task == "write_code":
                    snippet = f"sample input:\n```\n{snippet}\n```"
                L = next((x for x in LOCALES if x["tag"] == blang), LOCALES[0])
                instr = voice(r, writer, r.choice(TASK_TEXT[task]).replace("what is the phone number in this?", "what numbers appear in this and what are they?")
                              .replace("when was this person born?", "what dates are mentioned?"), L)
                side = {"kv": r.choice([{"ticket": f"T-{r.randint(10000, 99999)}", "channel": "web"}, {"order_id": f"SO-{r.randint(100000, 999999)}", "sku": f"LIN-{r.randint(100, 999)}"},
                                        {"env": "staging", "build": f"v3.{r.randint(0, 9)}.{r.randint(0, 20)}"}]),
                        "email": r.choice([None, "support@quillmere-logistics.com", "noreply@kesterlin-payroll.io"])}
                neutral = snippet
                endpoint, body = build_body(r, placement, writer, task, instr, snippet, side, neutral)
                ents = []
                lang = blang
                style = f"{writer} · {placement} · {kind}"
            rec = {"id": "", "category": task if sensitive else f"{task}_benign", "sensitive": sensitive, "entities": ents,
                   "endpoint": endpoint, "lang": lang, "style": style, "body": body}
            out.append(rec)
    r.shuffle(out)
    for i, rec in enumerate(out, 1):
        rec["id"] = f"delta-pii-{i:04d}"
    return out


# --------------------------------------------------------------------------------------------------------------
# Complexity records
# --------------------------------------------------------------------------------------------------------------
SHORT_SIMPLE = [
    ("en", "nurse", "whats 38.4 C in F"), ("en", "pharmacist", "bid vs tid, which is 3x a day again"), ("de-DE", "hr_clerk", "wie schreibt man 'Arbeitsunfähigkeitsbescheinigung' abgekürzt?"),
    ("fr-FR", "teacher", "synonyme de 'rapidement' pour un élève de 6e ?"), ("es-ES", "shop_owner", "cómo se dice 'out of stock' en español de España"),
    ("en", "student", "capital of australia? (not sydney right lol)"), ("pt-BR", "parent", "quantos ml tem uma colher de chá?"),
    ("ja-JP", "developer", "gitで直前のコミットメッセージだけ直すコマンドは？"), ("en", "landlord", "is it 'tenant's' or 'tenants'' for two tenants"),
    ("hi-IN", "student", "photosynthesis ko hindi mein kya kehte hain?"), ("ru-RU", "journalist", "как правильно: «в Украине» или «на Украине» в AP style по-английски?"),
    ("en", "recruiter", "short synonym for 'hard-working' for a job ad"), ("it-IT", "tax_adviser", "IVA ordinaria in Italia, 22%?"),
    ("ko-KR", "parent", "'숙제' 영어로 뭐야"), ("ar-EG", "shop_owner", "كيف أقول 'free shipping' بالعربي للإعلان؟"), ("en", "social_worker", "acronym SEND stands for?"),
    ("nl-NL", "paralegal", "wat is de Engelse term voor 'dagvaarding'?"), ("tr-TR", "student", "1 mil kaç km"), ("en", "developer", "python: how to lowercase a string"),
    ("pl-PL", "nurse", "ile to 5 mg w mikrogramach"), ("zh-CN", "shop_owner", "“包邮”英文怎么说"), ("sv-SE", "teacher", "vad heter 'rektor' på engelska?"),
    ("en", "hr_clerk", "how many weeks in a year exactly"), ("el-GR", "student", "πώς λέγεται το 'εργασία' στα αγγλικά"), ("he-IL", "developer", "מה ההבדל בין == ל === ב-JS בקצרה"),
    ("th-TH", "shop_owner", "'ขอบคุณที่สั่งซื้อ' ภาษาอังกฤษว่าอะไร"), ("en", "parent", "how long to boil an egg soft"), ("uk-UA", "teacher", "як англійською 'класний керівник'?"),
    ("fa-IR", "student", "معنی کلمه resilience به فارسی؟"), ("vi-VN", "shop_owner", "'hết hàng' tiếng Anh là gì"), ("en", "journalist", "is it 'fewer' or 'less' people"),
    ("id-ID", "hr_clerk", "'cuti melahirkan' bahasa inggrisnya apa"), ("bn-BD", "student", "ইংরেজিতে 'বৃষ্টি' মানে কি"), ("fi-FI", "landlord", "mikä on 'vuokravakuus' englanniksi"),
    ("en", "pharmacist", "max daily paracetamol adult, normal weight"), ("ka-GE", "student", "რა არის 'გმადლობთ' ინგლისურად?"), ("hy-AM", "teacher", "ինչպես ասել 'դասացուցակ' անգլերեն"),
    ("am-ET", "parent", "'ትምህርት ቤት' በእንግሊዝኛ ምንድነው?"), ("ta-IN", "student", "'நன்றி' ஆங்கிலத்தில்?"), ("te-IN", "shop_owner", "'డిస్కౌంట్' కి తెలుగు పదం ఏమిటి"),
    ("mr-IN", "teacher", "'गृहपाठ' इंग्रजीत काय?"), ("km-KH", "student", "'សួស្តី' ជាភាសាអង់គ្លេសគឺអ្វី?"), ("en", "tax_adviser", "w-2 vs 1099, one line"),
    ("sw-KE", "shop_owner", "'punguzo' kwa kiingereza ni nini"), ("en-ZA", "landlord", "what does 'voetstoots' mean in a lease"), ("es-MX", "nurse", "cuántas gotas tiene un ml aprox"),
    ("en", "developer", "bash: count lines in a file"),
]

SHORT_HARD = [
    ("en", "pharmacist", "pt on tacrolimus, GP started fluconazole 200mg for 2 wks. what happens to levels, how much to cut, when to recheck? renal fx borderline"),
    ("en", "developer", "why does my Go worker pool deadlock only when len(jobs) is a multiple of the buffer size? unbuffered results chan, wg.Wait() in main before range results"),
    ("en", "tax_adviser", "US citizen living in DE, freelance income, German Solidaritätszuschlag + FTC vs FEIE: which minimises total tax if she also has US rental losses? reasoning pls"),
    ("en", "student", "prove every group of order p^2 is abelian (p prime) - my prof says use the class equation but idk how"),
    ("de-DE", "paralegal", "Mieter widerruft Aufhebungsvertrag nach §312g BGB, Vertrag wurde in der Wohnung geschlossen - greift das Widerrufsrecht bei Wohnraummiete überhaupt? BGH-Linie?"),
    ("en", "nurse", "K 6.8, peaked T waves, on spironolactone + ramipril, eGFR 28. order of interventions and why, before the reg arrives"),
    ("en", "journalist", "council claims crime fell 12% after cameras; same period neighbouring towns fell 15%, reporting changed in 2023. can I say the cameras worked? what analysis would hold up"),
    ("en", "developer", "postgres: SELECT ... FOR UPDATE SKIP LOCKED queue, two workers sometimes process the same job after a failover. how is that possible and fix?"),
    ("fr-FR", "tax_adviser", "SCI à l'IS vs IR pour un couple qui revend dans 12 ans, plus-value et amortissements réintégrés depuis 2025 - quelle option, chiffres à l'appui ?"),
    ("en", "student", "show that sum 1/n^2 = pi^2/6 without Fourier series, rigorous"),
    ("en", "social_worker", "16yo disclosed abuse but begs me not to tell parents; Gillick competence vs safeguarding duty vs data sharing under UK GDPR - what's the defensible sequence?"),
    ("es-ES", "developer", "por qué mi hash de contraseñas con bcrypt trunca a 72 bytes y cómo afecta a passphrases en UTF-8 con emojis? solución segura"),
    ("en", "landlord", "tenant's deposit not protected within 30 days, tenancy renewed twice, s21 served - what penalties stack and is the s21 valid? england"),
    ("en", "hr_clerk", "employee on long-term sick, fit note says 'may be fit' with adjustments, we can't accommodate; dismissal risk under Equality Act, step by step what we must do first"),
    ("ja-JP", "developer", "RustでArc<Mutex<T>>をasyncで使うとawaitをまたいでロックを保持してデッドロック。tokio::sync::Mutexに変えるべきか、設計でどう避ける？"),
    ("en", "pharmacist", "warfarin INR 1.6 after starting carbamazepine 3 wks ago, also on amiodarone. untangle the interactions, what dose change"),
    ("en", "recruiter", "design a structured interview + scoring rubric for a senior SRE that reduces bias and predicts on-call performance. justify each dimension"),
    ("en", "student", "find all integer solutions x^2 - 2y^2 = 1 and prove there are no others"),
    ("pt-BR", "tax_adviser", "MEI que ultrapassou o limite em 18% no ano: desenquadramento retroativo ou não, e cálculo do DAS complementar? explicar o raciocínio"),
    ("en", "developer", "my React useEffect with an async fetch sets state after unmount only in StrictMode dev, and race conditions when props change fast. fix properly w/ AbortController and explain ordering"),
    ("en", "teacher", "design a 6-week unit on proportional reasoning for a mixed-ability y8 class with 3 EAL students; misconceptions to target and how to assess transfer"),
    ("en", "nurse", "post CABG day 1, new AF 140, BP 88/50, lactate 3.1. what's most likely, what do you do first vs call for"),
    ("ru-RU", "developer", "почему в Kotlin coroutines withContext(Dispatchers.IO) внутри runBlocking на главном потоке вешает Android UI, и как переделать с structured concurrency?"),
    ("en", "journalist", "leaked spreadsheet, metadata says created 2019 but contains 2021 figures. ways to verify authenticity without tipping off the source?"),
    ("en", "paralegal", "contract governed by NY law, arbitration seated in London, counterparty in Germany - which law governs the arbitration agreement after Enka v Chubb and the 2025 Arbitration Act?"),
    ("en", "student", "why is the halting problem undecidable - I get diagonalisation but not why the machine can take itself as input. rigorous but intuitive"),
    ("de-DE", "developer", "Kafka consumer mit exactly-once: wann reicht idempotent producer + transaktionen nicht, wenn ich in Postgres schreibe? Outbox vs. Dedup-Tabelle abwägen"),
    ("en", "parent", "son (7) has recurrent fevers every ~4 wks, mouth ulcers, swollen neck glands, fine between. what could this be and what should we ask the paediatrician"),
    ("en", "shop_owner", "EU OSS VAT for digital patterns vs physical fabric, sold to CH and NO too - what do I charge where and what do I register for?"),
    ("en", "developer", "explain why this is O(n log n) amortised and not O(n^2): union-find with union by rank but NO path compression? or is it?"),
    ("zh-CN", "student", "证明：任意连续函数在闭区间上一致连续。不要直接引用定理，要完整证明"),
    ("en", "pharmacist", "CrCl 22, pt on metformin 1g BD, sitagliptin 100, ibuprofen OTC - which to stop/adjust and in what order of risk"),
    ("ko-KR", "developer", "Spring @Transactional 자기 호출(self-invocation) 때문에 롤백이 안 됨. 프록시 원리부터 해결책 비교까지"),
    ("en", "tax_adviser", "UK: selling a home with a lettings period and a 2-yr absence abroad for work - compute PRR fraction, lettings relief post-2020, worked numbers"),
    ("en", "social_worker", "capacity assessment: elderly woman refusing care home, fluctuating delirium. how do I structure a MCA 2005 assessment that holds up at a best interests meeting?"),
    ("en", "developer", "TLS handshake fails only behind corporate proxy with 'unknown ca', curl works, Java doesn't. why and the right fix (not disabling verification)"),
    ("it-IT", "paralegal", "licenziamento per giusta causa dopo 10 giorni di assenza: tempistiche contestazione disciplinare e rischio tardività, giurisprudenza recente?"),
    ("en", "student", "derive the Black-Scholes PDE from a delta-hedged portfolio, and say where the no-arbitrage assumption is used"),
    ("en", "nurse", "paeds: 18kg child, paracetamol + ibuprofen alternating, mum also gave calpol night. calculate what's had in 24h and if toxic threshold reached"),
    ("en", "developer", "design the schema + indexes for multi-tenant row-level security in Postgres with 10k tenants, hot tenants, and per-tenant exports. tradeoffs"),
    ("uk-UA", "journalist", "як перевірити, чи відео з фронту не старе: геолокація, хронолокація, метадані — порядок дій і пастки"),
    ("en", "hr_clerk", "pay equity audit: 3 job families, part-timers, bonuses. which regression, controls and what would make the finding legally defensible"),
    ("en", "landlord", "should I incorporate my 3 flats into a ltd co given s24 interest restriction, CGT on transfer and SDLT? break-even reasoning"),
    ("tr-TR", "developer", "Node.js'te event loop bloke oluyor, JSON.parse 40MB payload. worker_threads mi stream parser mı, ölçütleriyle karşılaştır"),
    ("en", "teacher", "a student claims 0.999... < 1 because 'it never reaches'. give me an argument a 15yo will actually accept and anticipate 2 objections"),
    ("en", "developer", "why does float(0.1)+float(0.2) != 0.3 but decimal fixes it, and when would decimal still give wrong money totals?"),
    ("fr-FR", "nurse", "patient sous AOD, chute avec TC, GCS 15, 82 ans: scanner oui/non selon les règles, et délai de surveillance ? justifier"),
    ("en", "student", "is P(A|B) = P(B|A) ever true when P(A) != P(B)? prove or give counterexample"),
    ("en", "journalist", "poll n=800 shows candidate A 48 vs B 45, MoE 3.5. editor wants 'A leads'. is that defensible? compute the actual probability A is ahead"),
    ("es-MX", "tax_adviser", "persona física con actividad empresarial y sueldos: ¿conviene RESICO o régimen general si tiene deducciones médicas altas? razonamiento con números"),
]


def long_text(r: random.Random, kind: str) -> str:
    rows = []
    if kind == "stock":
        items = ["nitrile gloves M", "saline 10ml", "gauze 10x10", "alcohol swabs", "syringes 5ml", "cannula 20G", "tegaderm", "sharps bin 1L"]
        for i in range(r.randint(26, 34)):
            rows.append(f"{i + 1}. {r.choice(items)} — qty {r.randint(0, 400)} — location shelf {r.choice('ABCDEF')}{r.randint(1, 9)} — last count 2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}")
    elif kind == "minutes":
        topics = ["budget for the new roof", "parking permits", "recycling bins", "the spring fair", "heating schedule", "bike storage", "the lift contract"]
        for i in range(r.randint(12, 16)):
            rows.append(f"Item {i + 1}: The committee discussed {r.choice(topics)}. It was agreed to revisit the matter at the next meeting after quotes are collected; the treasurer will circulate figures by the end of the month.")
    elif kind == "catalogue":
        for i in range(r.randint(22, 30)):
            rows.append(f"SKU {r.choice(['LIN', 'COT', 'WOL', 'SIL'])}-{r.randint(100, 999)} | {r.choice(['linen', 'cotton poplin', 'merino jersey', 'silk satin'])} | {r.randint(110, 160)} cm | {r.randint(90, 320)} g/m2 | EUR {r.randint(6, 45)}.{r.randint(0, 99):02d} | {r.choice(['in stock', 'low', 'sold out'])}")
    elif kind == "log":
        for i in range(r.randint(28, 36)):
            rows.append(f"2026-11-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z {r.choice(['INFO', 'WARN', 'ERROR', 'DEBUG'])} svc={r.choice(['api', 'worker', 'billing', 'auth'])} latency_ms={r.randint(3, 2400)} route=/v1/{r.choice(['orders', 'items', 'carts', 'health'])}")
    elif kind == "policy":
        paras = ["Staff must record all incidents within 24 hours using the online form.", "Annual leave requests are approved by the line manager.",
                 "Visitors sign in at reception and wear a badge at all times.", "Personal devices may not be connected to the clinical network.",
                 "Fire doors must never be propped open.", "Training modules must be completed before the end of the first month."]
        for i in range(r.randint(14, 18)):
            rows.append(f"{i + 1}.{r.randint(1, 9)} {r.choice(paras)} This applies to all sites, including satellite offices and temporary premises.")
    elif kind == "recipe":
        for i in range(r.randint(16, 20)):
            rows.append(f"Step {i + 1}: {r.choice(['Whisk', 'Fold', 'Simmer', 'Chop', 'Rest'])} the {r.choice(['batter', 'onions', 'stock', 'dough', 'sauce'])} for {r.randint(2, 25)} minutes at {r.choice(['low', 'medium', 'high'])} heat, stirring now and then, until it looks right.")
    return "\n".join(rows)


LONG_EASY_TASKS = [
    ("nurse", "stock", "can u turn this into a table w/ columns item, qty, location, date. thx"), ("shop_owner", "catalogue", "make this a CSV pls, comma separated"),
    ("developer", "log", "how many ERROR lines are there? just the number"), ("hr_clerk", "policy", "translate to German please, keep numbering"),
    ("landlord", "minutes", "bullet points pls, one per item, short"), ("parent", "recipe", "rewrite as a numbered list with the times in bold"),
    ("teacher", "minutes", "fix capitalisation and make it look tidy for the newsletter"), ("pharmacist", "stock", "list only the ones with qty under 50"),
    ("student", "recipe", "traduce esto al español porfa"), ("developer", "log", "sort these by timestamp ascending, nothing else"),
    ("shop_owner", "catalogue", "which items are sold out? list SKUs"), ("social_worker", "policy", "make a one-page checklist from this, same points"),
    ("journalist", "minutes", "pull out every item number and its topic"), ("tax_adviser", "catalogue", "convert the prices from EUR to 'EUR x,xx' german format"),
    ("recruiter", "policy", "turn into a short onboarding FAQ, same content"), ("hr_clerk", "stock", "remove duplicates and give me the clean list"),
    ("nurse", "policy", "übersetz das bitte ins Englische zurück, hab's auf deutsch gebraucht, ne doch englisch, einfach copy mit besserer formatierung"),
]

EASY_LOCAL = [("de-DE+en", "mach bitte eine Tabelle draus, Spalten wie im Text"), ("fr-FR+en", "mets ça en tableau stp, mêmes colonnes"),
              ("es-ES+en", "pásalo a CSV porfa, sin cambiar nada"), ("pt-BR+en", "transforma isso em tabela pra mim"), ("it-IT+en", "fammi un elenco puntato, niente altro"),
              ("nl-NL+en", "zet dit even om naar een tabel aub"), ("pl-PL+en", "zrób z tego tabelkę proszę"), ("tr-TR+en", "bunu tabloya çevir lütfen"),
              ("ru-RU+en", "сделай из этого таблицу, пожалуйста"), ("uk-UA+en", "зроби з цього таблицю, будь ласка"), ("ja-JP+en", "これを表にしてください。列はそのままで"),
              ("zh-CN+en", "帮我把这个整理成表格，列不变"), ("ko-KR+en", "이거 표로 정리해줘, 열은 그대로"), ("hi-IN+en", "isko table mein bana do please, columns same rakho"),
              ("ar-EG+en", "حوّل ده لجدول لو سمحت"), ("he-IL+en", "תסדר את זה בטבלה בבקשה"), ("th-TH+en", "ช่วยทำเป็นตารางให้หน่อย"), ("vi-VN+en", "chuyển cái này thành bảng giúp mình"),
              ("id-ID+en", "tolong jadikan tabel ya"), ("sw-KE+en", "tafadhali weka hii kwenye jedwali"), ("el-GR+en", "κάν' το πίνακα σε παρακαλώ"), ("fa-IR+en", "لطفاً اینو به جدول تبدیل کن"),
              ("bn-BD+en", "এটা টেবিল বানিয়ে দাও প্লিজ"), ("ka-GE+en", "ცხრილად გადააკეთე, თუ შეიძლება")]
HARD_LOCAL = {
    "code": ("de-DE", "der Rate Limiter lässt unter Last Bursts durch (3 Pods, Redis). Finde die Race Condition, erklär sie und gib eine korrigierte Version mit Lua-Skript"),
    "obs": ("fr-FR", "regarde la tendance des constantes et les traitements : qu'est-ce qui se passe cliniquement, diagnostic le plus probable, qu'est-ce que tu escalades et pourquoi ? format SBAR"),
    "ledger": ("es-ES", "abajo el libro de gastos del cliente. qué es deducible, tratamiento del IVA y cuadra la diferencia con el saldo bancario, razonando cada paso"),
    "sql": ("ja-JP", "8千万行でこのクエリが40秒かかる。プランの問題点、インデックスか書き換え案、書き込み増幅への影響まで考えて"),
    "proof": ("ru-RU", "ниже моя попытка доказательства — найди пробел, исправь и скажи, верно ли утверждение в такой формулировке"),
    "meds": ("it-IT", "lista farmaci completa di una paziente di 84 anni, 3 cadute. piano di deprescrizione con priorità, interazioni e monitoraggio (STOPP/START)"),
    "survey": ("ko-KR", "부서별 설문 결과야. 어떤 차이가 진짜고 어떤 게 노이즈인지 통계적으로 엄밀하게 보고 권고안도 줘"),
    "data": ("zh-CN", "下面是市政支出数据。有没有为了规避招标门槛而拆分合同的证据？说明方法和局限，下一步该申请公开哪些信息"),
    "contract": ("pl-PL", "w klauzulach jest konflikt co do wypowiedzenia, doręczeń i limitu odpowiedzialności. rozpisz zależności, która ma pierwszeństwo i zaproponuj poprawkę"),
    "case": ("pt-BR", "sintetize uma análise de risco a partir dessa cronologia: padrões, fatores de proteção, qual limiar foi atingido e um plano defensável"),
}

LONG_HARD_TASKS = [
    ("developer", "code", "this rate limiter lets bursts through under load in prod (3 pods, redis). find the bug(s), explain the race and give a fixed version with a lua script"),
    ("paralegal", "contract", "clauses conflict somewhere re termination + notice + liability cap. map the interactions, say which prevails under the interpretation rules and draft a fix"),
    ("nurse", "obs", "look at the obs trend and meds: what's going on clinically, what's the most likely dx, what would you escalate and why? SBAR pls"),
    ("tax_adviser", "ledger", "client's ledger below. identify which items are deductible, the VAT treatment, and reconcile the difference of the bank balance; show reasoning"),
    ("journalist", "data", "council spend data below. is there evidence of contract splitting to avoid the tender threshold? method + caveats, what would you FOI next"),
    ("developer", "sql", "this query takes 40s on 80M rows. explain the plan problems, propose indexes/rewrite, and reason about write amplification"),
    ("social_worker", "case", "synthesise a risk analysis from these chronology entries: patterns, protective factors, what threshold is met, and a defensible plan"),
    ("student", "proof", "my proof attempt is below - find the gap, fix it, and tell me whether the statement is even true as written"),
    ("pharmacist", "meds", "full med list below for an 84yo, falls x3. deprescribing plan with priorities, interactions, and monitoring - STOPP/START style reasoning"),
    ("hr_clerk", "survey", "engagement survey results below by dept; which differences are real vs noise, and what would you recommend? be rigorous on stats"),
]


def long_hard_material(r: random.Random, kind: str) -> str:
    if kind == "code":
        return ("```python\nimport time, redis\nr = redis.Redis()\n\ndef allow(key, limit=100, window=60):\n    now = int(time.time())\n    bucket = f'rl:{key}:{now // window}'\n"
                "    count = r.get(bucket)\n    if count and int(count) >= limit:\n        return False\n    r.incr(bucket)\n    r.expire(bucket, window)\n    return True\n```\n"
                + "\n".join(f"# pod-{i} log: burst {r.randint(120, 400)} req in {r.randint(1, 5)}s accepted={r.randint(101, 390)}" for i in range(r.randint(30, 40))))
    if kind == "contract":
        cl = ["Either party may terminate this Agreement on 30 days' written notice.", "The Supplier may terminate immediately on non-payment exceeding 14 days.",
              "Notices are effective on receipt, save that notices sent by e-mail are effective the next Business Day.",
              "The aggregate liability of each party shall not exceed the fees paid in the 12 months preceding the claim.",
              "Nothing in this Agreement limits liability for fraud or for breach of Clause 9 (Confidentiality).",
              "Termination shall be without prejudice to accrued rights, and Clauses 7, 9 and 12 survive.",
              "In the event of conflict, the Order Form prevails over these Terms, and these Terms prevail over the Schedules."]
        return "\n".join(f"{i + 1}.{j}. {r.choice(cl)}" for i in range(8) for j in range(1, r.randint(2, 4)))
    if kind == "obs":
        return "\n".join(f"{h:02d}:00 HR {r.randint(88, 128)} BP {r.randint(85, 130)}/{r.randint(45, 80)} RR {r.randint(16, 30)} SpO2 {r.randint(89, 97)}% T {36 + r.random() * 3:.1f} UO {r.randint(5, 60)}ml/h  meds: {r.choice(['pip-taz 4.5g', 'furosemide 40mg', 'morphine 2mg', 'none'])}" for h in range(0, 24))
    if kind == "ledger":
        return "\n".join(f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} | {r.choice(['laptop', 'client lunch', 'home office rent share', 'train to client', 'software subscription', 'gift to client', 'private health ins.'])} | {r.randint(12, 2400)}.{r.randint(0, 99):02d} | VAT {r.choice(['19%', '7%', '0%', 'reverse charge', '?'])}" for _ in range(r.randint(40, 55)))
    if kind == "data":
        return "\n".join(f"{r.choice(['Hartwell Build Ltd', 'Corrowdene Services', 'Mossgate Supplies', 'Ambervale Civils'])},{r.choice(['Highways', 'Parks', 'Estates', 'IT'])},2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d},{r.choice([24950, 24800, 24990, 18000, 51000, 9800, 24999])}" for _ in range(r.randint(45, 60)))
    if kind == "sql":
        return ("SELECT o.customer_id, date_trunc('day', o.created_at) d, sum(li.qty*li.price)\nFROM orders o JOIN line_items li ON li.order_id=o.id\n"
                "WHERE o.status IN ('paid','shipped') AND o.created_at > now() - interval '90 days' AND lower(o.country)='de'\nGROUP BY 1,2 ORDER BY 3 DESC LIMIT 100;\n\nEXPLAIN ANALYZE:\n"
                + "\n".join(f"  ->  {r.choice(['Seq Scan on orders o', 'Hash Join', 'Sort', 'HashAggregate', 'Seq Scan on line_items li'])}  (cost={r.randint(1, 9999)}.00..{r.randint(10000, 999999)}.00 rows={r.randint(1000, 80000000)}) (actual time={r.randint(1, 40000)} loops=1)" for _ in range(r.randint(25, 35))))
    if kind == "case":
        return "\n".join(f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}: {r.choice(['school reports child hungry', 'missed health visitor appt', 'police called to address, verbal argument', 'mother engaged well at visit', 'grandmother offers support', 'rent arrears letter', 'child attended dentist', 'neighbour concern re shouting'])}" for _ in range(r.randint(35, 45)))
    if kind == "proof":
        return ("Claim: if f: R->R is differentiable and f' is bounded then f is uniformly continuous.\nAttempt:\n"
                + "\n".join(f"({i}) {r.choice(['By the MVT, |f(x)-f(y)| = |f(c)||x-y| for some c.', 'Let M bound f.', 'Choose delta = eps/M.', 'Then for |x-y|<delta we get |f(x)-f(y)|<eps.', 'Since f is continuous on every closed interval it is uniformly continuous there, so also on R.'])}" for i in range(1, 26)))
    if kind == "meds":
        return "\n".join(f"{r.choice(['amlodipine 10mg OD', 'doxazosin 4mg ON', 'zopiclone 7.5mg ON', 'amitriptyline 25mg ON', 'furosemide 40mg OM', 'bisoprolol 5mg OD', 'tamsulosin 400mcg OD', 'oxybutynin 5mg BD', 'omeprazole 40mg OD', 'alendronic acid 70mg weekly', 'co-codamol 30/500 2 QDS PRN', 'apixaban 2.5mg BD'])} — started {2010 + r.randint(0, 15)}, indication: {r.choice(['?', 'HTN', 'sleep', 'BPH', 'OAB', 'AF', 'pain', 'GORD', 'osteoporosis'])}" for _ in range(r.randint(28, 34)))
    if kind == "survey":
        return "\n".join(f"{r.choice(['Ops', 'Sales', 'IT', 'Finance', 'Care'])} | n={r.randint(6, 140)} | eNPS {r.randint(-30, 45)} | workload {r.randint(20, 80)}% agree | manager {r.randint(30, 90)}% agree | response rate {r.randint(35, 95)}%" for _ in range(r.randint(30, 40)))
    raise KeyError(kind)


def cx_records(seed: int) -> list[dict]:
    r = random.Random(seed + 1)
    out = []
    def rec(cat, label, adv, lang, style, msgs):
        out.append({"id": "", "category": cat, "label": label, "length_adversarial": adv, "endpoint": "chat", "lang": lang, "style": style,
                    "body": {"model": "hybridgate/auto", "messages": msgs}})
    for lang, writer, text in SHORT_SIMPLE:
        msgs = [{"role": "user", "content": text}]
        if r.random() < 0.3:
            msgs = [{"role": "system", "content": SYSTEMS[writer]}] + msgs
        rec("short_simple", 0, False, lang, f"quick lookup/{writer}", msgs)
    for lang, writer, text in SHORT_HARD:
        msgs = [{"role": "user", "content": text}]
        if r.random() < 0.3:
            msgs = [{"role": "system", "content": SYSTEMS[writer]}] + msgs
        rec("short_hard", 1, True, lang, f"expert question/{writer}", msgs)
    n = 0
    while n < 51:
        writer, kind, task = LONG_EASY_TASKS[n % len(LONG_EASY_TASKS)]
        txt = long_text(r, kind)
        if len(txt) < 1300:
            txt += "\n" + long_text(r, kind)
        lang = "de-DE+en" if "Deutsch" in task or "übersetz" in task else ("es-ES+en" if "porfa" in task else "en")
        if n % 2 == 1 and kind in ("stock", "catalogue", "log"):
            lang, task = EASY_LOCAL[(n // 2) % len(EASY_LOCAL)]
        body = r.choice([f"{task}\n\n{txt}", f"{txt}\n\n{task}", f"{task}:\n---\n{txt}\n---"])
        rec("long_easy", 0, True, lang, f"reformat/extract/{writer}/{kind}", [{"role": "user", "content": body}])
        n += 1
    for n in range(42):
        writer, kind, task = LONG_HARD_TASKS[n % len(LONG_HARD_TASKS)]
        mat = long_hard_material(r, kind)
        lang = "en"
        if n % 2 == 1 and kind in HARD_LOCAL:
            lang, task = HARD_LOCAL[kind]
        body = r.choice([f"{task}\n\n{mat}", f"{mat}\n\n{task}"])
        rec("long_hard", 1, False, lang, f"analysis/{writer}/{kind}", [{"role": "system", "content": SYSTEMS[writer]}, {"role": "user", "content": body}] if n % 3 == 0 else [{"role": "user", "content": body}])
    r.shuffle(out)
    for i, x in enumerate(out, 1):
        x["id"] = f"delta-cx-{i:04d}"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261217)
    ap.add_argument("--out", default=str(ROOT / "bench" / "data" / "signals"))
    ap.add_argument("--check-pools", default=None, help="file of words from other generators; report overlaps")
    a = ap.parse_args()
    others = sorted(p for p in (ROOT / "bench").glob("make_*signal_sets.py") if p.name != pathlib.Path(__file__).name)
    words: set[str] = set()
    for p in others:  # only the capitalised / non-ASCII words, never the templates
        words.update(w for w in re.split(SPLIT_RE, p.read_text(encoding="utf-8")) if w and (w[0].isupper() or any(ord(c) > 127 for c in w)))
    if a.check_pools:
        words.update(pathlib.Path(a.check_pools).read_text(encoding="utf-8").split())
    ov = overlap_check(words)
    print(f"name/street/company pool overlaps with {len(others)} other generators: {ov if ov else 'none'}")
    pii = pii_records(a.seed)
    cx = cx_records(a.seed)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii_delta.jsonl", pii), ("complexity_delta.jsonl", cx)):
        with open(out / name, "w", encoding="utf-8", newline="\n") as f:
            for x in recs:
                f.write(json.dumps(x, ensure_ascii=False, sort_keys=False) + "\n")
    c = collections.Counter
    print(f"pii: {len(pii)} records, sensitive {sum(x['sensitive'] for x in pii)}, benign {sum(not x['sensitive'] for x in pii)}, "
          f"endpoints {dict(sorted(c(x['endpoint'] for x in pii).items()))}, langs {len({x['lang'] for x in pii})}")
    print("pii entities:", dict(sorted(c(e for x in pii for e in x["entities"]).items())))
    print("cx:", dict(sorted(c(x["category"] for x in cx).items())), "label1", sum(x["label"] for x in cx),
          "adv", sum(x["length_adversarial"] for x in cx), "min long_easy chars",
          min(len(x["body"]["messages"][-1]["content"]) for x in cx if x["category"] == "long_easy"))
    print("validation (issued values, all valid):", dict(sorted(STATS.items())))
    print("pii by category:", dict(sorted(c(x["category"] for x in pii).items())))
    print("pii by lang:", dict(sorted(c(x["lang"] for x in pii).items())))
    print("cx by lang:", dict(sorted(c(x["lang"] for x in cx).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
