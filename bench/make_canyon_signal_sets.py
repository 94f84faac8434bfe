#!/usr/bin/env python3
"""Canyon: an independent evaluation split for the request signals, organised by the CALLING APPLICATION.

Writes bench/data/signals/pii_canyon.jsonl and bench/data/signals/complexity_canyon.jsonl in the record schema
of the other splits (PII: id, category, sensitive, entities, endpoint, lang, style, body; complexity: id,
category, label, length_adversarial, endpoint, lang, style, body), to be evaluated once, blind.

How it was written
    Blind: its author read neither the detector, its tests, the evaluator, the results, the docs nor commit
    messages; the record format came from the first 70 lines (docstring) of the delta generator and
    ``head -n 2`` of the delta files. The other generators were not read: their sources are only scanned
    automatically (regex over their bytes) for capitalised / non-ASCII words, and every name, company and
    street issued here is checked against that word set at run time -- the run aborts on an overlap. The
    candidate lists were written long; candidates that clashed on 2026-12-04 are listed in ``DROPPED`` (frozen,
    so the output does not depend on generators added later).
    All person names, streets and companies are the author's own lists (no Faker names).

Organising principle
    By the CALLING APPLICATION and how its software assembles the request, since hybridgate sits between
    applications and the model. 14 application kinds, each with its own request anatomy:
    rag_helpdesk (system prompt + retrieved ticket/CRM chunks + question), coding_agent (diffs, stack traces,
    .env snippets, SQL dumps, fixtures in tool results and tool-call arguments), react_agent
    (Thought/Action/Observation with JSON tool results from HR / EHR / billing / shipping APIs),
    meeting_notes (diarised transcript chunks as content parts), email_assistant (threads with headers,
    quoted replies, signatures), browser_agent (scraped page text, form fields, metadata with store), 
    crm_enrichment (function-calling arguments, JSON records), document_qa (uploaded file content parts,
    base64), voice_assistant (ASR text, no punctuation / capitals, ``user`` field), translation (segments
    with glossary, some legacy completions prompts), data_labelling (few-shot + one item, completions
    prompts), memory_summary (long-term memory injected into the system prompt), spreadsheet_copilot
    (CSV/TSV pasted as text), form_filling (response_format json_schema + partially filled values).
    Sensitive records use category ``<app>``, benign ones ``<app>_benign``: the same applications doing
    their job on public, fictional, documentation or anonymised content. The data language rotates over
    the locales below (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Han,
    Kana, Hangul scripts); writers' voices vary (typos, terse, verbose, code-switching, rude, polite).

Labels
    ``entities`` lists every personal-data type present anywhere in the body, computed by searching the
    serialised body (base64 file parts decoded, URLs unquoted) for every value the record issued. ``ssn`` is
    the US SSN only; other citizen numbers are NATIONAL_ID; taxpayer numbers (Steuer-ID, CPF, INN, RNTRC,
    PAN, TFN, RUT) TAX_ID; NHS and insurer member numbers HEALTH_INSURANCE; hospital record numbers
    MEDICAL_RECORD; a US routing + account pair US_BANK_NUMBER; a private user's public IP IP_ADDRESS.
    Complexity: hard (1) = multi-step reasoning, proofs, design trade-offs, root-cause debugging,
    optimisation, legal/medical reasoning; easy (0) = lookup, reformat, translate, summarise, extract,
    list, unit conversion, however long the context. long_easy (>= 1,500 chars) and short_hard are
    length-adversarial.

Contents (seed 20261204; the run prints these counts)
    pii_canyon.jsonl: 504 requests (464 chat, 40 completions) in 39 language tags over 12 scripts; 14 applications
    x 36 (21 sensitive + 15 benign each: 294 sensitive / 210 benign, 58.3%); 47 sensitive ones carry a single
    incidental item (a first name with a relation cue, one phone, one birth date); entity counts: person 264,
    phone 75, DATE_OF_BIRTH 64, STREET_ADDRESS 60, email 57, iban 57, IP_ADDRESS 57, credit_card 50,
    MEDICAL_RECORD 47, HEALTH_INSURANCE 45, PASSPORT 43, NATIONAL_ID 22, DRIVER_LICENSE 17, US_BANK_NUMBER 15,
    TAX_ID 8, ssn 5; the benign ones span 13 kinds of hard negative (public figure, historical, fictional, cited
    author, eponym, generic contact, documentation values, order numbers, technical values, blank form,
    anonymised, aggregate, code without data), always next to a native-language sentence about no one.
    complexity_canyon.jsonl: 190 chat requests in 39 language tags: short_simple 45, long_easy 50 (>= 1,500
    chars), short_hard 50, long_hard 45; 100 (53%) length-adversarial, 95 labelled 1. A quarter of the asks
    carry the "opposite" native prefix (a hard-sounding "analyse step by step" on an easy ask and vice versa).

Validation
    Identifiers are generated with and validated by python-stdnum (IBAN, Luhn cards, US SSN/RTN, Steuer-ID,
    NIR, DNI, CPF, PESEL, BSN, personnummer, HETU, CPR, fodselsnummer, TC kimlik, rodne cislo, CNP, INN,
    RNTRC, EGN, AMKA, Israeli ID, Aadhaar, PAN, Thai PIN, Chinese RIC, My Number, RRN, NHS, TFN, RUT);
    every phone is validated with ``phonenumbers``; IPs are checked to be global and outside documentation
    ranges. The run asserts sizes and balance.

Command (byte-reproducible across PYTHONHASHSEED)
    cd /work/main && .venv/bin/python bench/make_canyon_signal_sets.py
"""
from __future__ import annotations

import base64
import collections
import datetime as dt
import ipaddress
import json
import pathlib
import random
import re
import sys
import urllib.parse

import phonenumbers
from stdnum import iban as st_iban, luhn
from stdnum.au import tfn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

NAME = "canyon"
SEED = 20261204
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "data" / "signals"

# ----------------------------------------------------------------------------------------------------------
# Locales: tag, script, phone region, given names, family names, order, streets, address format, city,
# postcode, labels (name|phone|address|dob), note, anonymised sentence, easy prefix, hard prefix, id kind,
# latin handles for e-mails (non-Latin scripts), mail domain.
# ----------------------------------------------------------------------------------------------------------
LOC = {}


def L(tag, script, region, first, last, order, streets, afmt, city, pc, lbl, note, anon, easy, hard, idk,
      handles="", dom="gmail.com"):
    LOC[tag] = dict(tag=tag, script=script, region=region, first=first.split(), last=last.split(), order=order,
                    streets=streets.split("|"), afmt=afmt, city=city, pc=pc, lbl=lbl.split("|"), note=note,
                    anon=anon, easy=easy, hard=hard, idk=idk, handles=handles.split(), dom=dom)


L("de-DE", "Latin", "DE", "Jorinde Wiebke Hennes Ansgar Frauke", "Brackmeier Thielscher Quernhorst Wittekopf Scharbau",
  "fl", "Holunderstieg|Kiesgrubenweg|Lerchenfeldring", "{s} {n}, {pc} {c}", "Bielefeld", "33602",
  "Name|Telefon|Adresse|Geburtsdatum", "Bitte morgen zurückrufen, es geht um die offene Rechnung.",
  "Kundin [NAME], Tel. [TELEFON], wohnhaft [ADRESSE] – Vorgang abgeschlossen.", "Kurze Frage, bitte knapp:",
  "Bitte Schritt für Schritt analysieren und die Ursache begründen:", "de_idnr", dom="web.de")
L("fr-FR", "Latin", "FR", "Maëlys Gaspard Solène Perrine Anatole", "Vaugelade Pichonnat Roussillac Demarcq Ferrandou",
  "fl", "rue des Tanneurs-Vieux|allée des Glycines Pâles|impasse du Moulin-Brûlé", "{n} {s}, {pc} {c}", "Angers", "49100",
  "Nom|Téléphone|Adresse|Date de naissance", "Merci de rappeler demain matin au sujet du remboursement.",
  "Patient [NOM], tél. [TÉLÉPHONE], domicilié [ADRESSE] : dossier clos.", "Petite question rapide :",
  "Analyse étape par étape et justifie la cause profonde :", "fr_nir", dom="orange.fr")
L("es-ES", "Latin", "ES", "Itziar Begoña Fermín Anselmo Rocío", "Arrizabalaga Echániz Villaceballos Morquecho Ulibarri",
  "fl", "calle del Almendro Seco|avenida de los Tilos Altos|plaza del Esparto", "{s} {n}, {pc} {c}", "Valladolid", "47003",
  "Nombre|Teléfono|Dirección|Fecha de nacimiento", "Por favor, devolver la llamada mañana por la factura.",
  "Cliente [NOMBRE], tel. [TELÉFONO], con domicilio en [DIRECCIÓN]: caso cerrado.", "Pregunta rápida, responde corto:",
  "Analiza paso a paso y justifica la causa raíz:", "es_dni", dom="hotmail.es")
L("it-IT", "Latin", "IT", "Ludovica Ottavio Serafina Ermanno Cesira", "Bonfiglioli Tagliavacche Scarpellini Zanardelli Marchegiani",
  "fl", "via dei Cordai|vicolo del Pozzo Bianco|viale delle Robinie", "{s} {n}, {pc} {c}", "Modena", "41121",
  "Nome|Telefono|Indirizzo|Data di nascita", "Richiamare domani per il rimborso, grazie.",
  "Cliente [NOME], tel. [TELEFONO], residente in [INDIRIZZO]: pratica chiusa.", "Domanda veloce, rispondi in breve:",
  "Analizza passo per passo e motiva la causa principale:", "", dom="libero.it")
L("pt-BR", "Latin", "BR", "Juçara Claudionor Lucimara Edvaldo Raimunda", "Cavalcanti-Brito Sobreira Albuquerquinho Nogueirão Parizotto",
  "fl", "Rua dos Jatobás|Travessa Pau-Ferro|Avenida dos Ipês Roxos", "{s}, {n} - {c}, CEP {pc}", "Campinas", "13010-111",
  "Nome|Telefone|Endereço|Data de nascimento", "Favor retornar a ligação amanhã sobre o boleto.",
  "Cliente [NOME], tel. [TELEFONE], endereço [ENDEREÇO]: chamado encerrado.", "Pergunta rápida, responde curto:",
  "Analisa passo a passo e justifica a causa raiz:", "br_cpf", dom="uol.com.br")
L("pl-PL", "Latin", "PL", "Bożena Wiesław Jadwiga Zdzisław Grażyna", "Przybyłowicz Szczepaniec Wróblewska Kędzierzawa Chmielarczyk",
  "fl", "ul. Jarzębinowa|ul. Pod Lipkami|ul. Trzcinowa", "{s} {n}, {pc} {c}", "Lublin", "20-001",
  "Imię i nazwisko|Telefon|Adres|Data urodzenia", "Proszę oddzwonić jutro w sprawie faktury.",
  "Klientka [IMIĘ], tel. [TELEFON], zam. [ADRES] – sprawa zamknięta.", "Szybkie pytanie, krótko:",
  "Przeanalizuj krok po kroku i uzasadnij przyczynę:", "pl_pesel", dom="wp.pl")
L("nl-NL", "Latin", "NL", "Femke Gerrit Tjitske Wouter Marrigje", "Brouwerhuis Oosterveld-Kamp Heijnsbroek Vlietstra Dijkgraafje",
  "fl", "Lijsterbeslaan|Korenbloemhof|Turfsteeg", "{s} {n}, {pc} {c}", "Zwolle", "8011 AB",
  "Naam|Telefoon|Adres|Geboortedatum", "Graag morgen terugbellen over de factuur.",
  "Klant [NAAM], tel. [TELEFOON], woonachtig [ADRES] – zaak gesloten.", "Snelle vraag, kort antwoord:",
  "Analyseer stap voor stap en onderbouw de oorzaak:", "nl_bsn", dom="ziggo.nl")
L("sv-SE", "Latin", "SE", "Sigrid Ebbe Ylva Torvald Ingegerd", "Brännström Fjällborg Ekvallius Lövgrenius Tjärnberg",
  "fl", "Rönnbärsgatan|Kvarnbacken|Sjöfallsvägen", "{s} {n}, {pc} {c}", "Umeå", "903 26",
  "Namn|Telefon|Adress|Födelsedatum", "Ring gärna tillbaka i morgon om fakturan.",
  "Kund [NAMN], tel. [TELEFON], bor [ADRESS] – ärendet stängt.", "Snabb fråga, svara kort:",
  "Analysera steg för steg och motivera grundorsaken:", "se_pnr", dom="telia.com")
L("fi-FI", "Latin", "FI", "Aino-Kaisa Eero Tuulikki Veikko Ritva", "Kärkkäinen-Lahti Häyrynen Pylkkänen Vesterinen Ylönenkoski",
  "fl", "Pihlajakatu|Kuusirinne|Tervahovintie", "{s} {n}, {pc} {c}", "Tampere", "33100",
  "Nimi|Puhelin|Osoite|Syntymäaika", "Soittakaa huomenna takaisin laskusta.",
  "Asiakas [NIMI], puh. [PUHELIN], osoite [OSOITE] – tapaus suljettu.", "Nopea kysymys, lyhyesti:",
  "Analysoi vaihe vaiheelta ja perustele juurisyy:", "fi_hetu", dom="luukku.com")
L("da-DK", "Latin", "DK", "Ingeborg Villads Karen-Margrethe Asbjørn Lykke", "Søndergaard-Holm Bækgaard Kjærulff Ravnkilde Thygesenn",
  "fl", "Hybenvej|Æblehaven|Strandengen", "{s} {n}, {pc} {c}", "Aarhus", "8000",
  "Navn|Telefon|Adresse|Fødselsdato", "Ring venligst tilbage i morgen om regningen.",
  "Kunde [NAVN], tlf. [TELEFON], bor [ADRESSE] – sagen lukket.", "Hurtigt spørgsmål, kort svar:",
  "Analysér trin for trin og begrund årsagen:", "dk_cpr", dom="mail.dk")
L("nb-NO", "Latin", "NO", "Solveig Eivind Tordis Håkon Gudrun", "Bjørnstadli Myklebusthaug Fjeldvær Rønningsbakk Skjævelandsli",
  "fl", "Multebærstien|Fjellvegen|Nøstegaten", "{s} {n}, {pc} {c}", "Bergen", "5003",
  "Navn|Telefon|Adresse|Fødselsdato", "Ring tilbake i morgen angående fakturaen.",
  "Kunde [NAVN], tlf. [TELEFON], bor [ADRESSE] – saken er lukket.", "Kjapt spørsmål, svar kort:",
  "Analyser steg for steg og begrunn rotårsaken:", "no_fnr", dom="online.no")
L("tr-TR", "Latin", "TR", "Gülşen Yiğitcan Nurhayat Ferhat Şükran", "Karaağaçlı Yıldırımtepe Özbilgin Sarıkayalı Demirhanlı",
  "fl", "Menekşe Sokak|Çınaraltı Caddesi|Kavaklıdere Sokak", "{s} No:{n}, {pc} {c}", "Eskişehir", "26010",
  "Ad Soyad|Telefon|Adres|Doğum tarihi", "Lütfen yarın fatura için geri arayın.",
  "Müşteri [AD], tel. [TELEFON], adres [ADRES] – kayıt kapatıldı.", "Kısa bir soru, kısaca yanıtla:",
  "Adım adım analiz et ve kök nedeni gerekçelendir:", "tr_tck", dom="hotmail.com.tr")
L("cs-CZ", "Latin", "CZ", "Bohumila Radoslav Zdeňka Vratislav Libuše", "Dvořáčková Hrubeš Střížovský Kohoutková Pazderník",
  "fl", "Jeřabinová|Na Výsluní|Kapraďová", "{s} {n}, {pc} {c}", "Olomouc", "779 00",
  "Jméno|Telefon|Adresa|Datum narození", "Prosím zavolejte zítra zpět kvůli faktuře.",
  "Zákaznice [JMÉNO], tel. [TELEFON], bytem [ADRESA] – případ uzavřen.", "Rychlá otázka, stručně:",
  "Analyzuj krok za krokem a zdůvodni příčinu:", "cz_rc", dom="seznam.cz")
L("ro-RO", "Latin", "RO", "Ileana Sorin Voichița Dorel Mărioara", "Bălănescu-Tudose Pârvulescu Stoicănescu Vlăduțescu Ciobotaru",
  "fl", "Strada Zorelelor|Aleea Castanilor Sălbatici|Strada Măceșului", "{s} nr. {n}, {pc} {c}", "Iași", "700259",
  "Nume|Telefon|Adresă|Data nașterii", "Vă rog să sunați înapoi mâine pentru factură.",
  "Client [NUME], tel. [TELEFON], domiciliat [ADRESĂ] – caz închis.", "Întrebare rapidă, pe scurt:",
  "Analizează pas cu pas și justifică și cauza:", "ro_cnp", dom="yahoo.ro")
L("hu-HU", "Latin", "HU", "Piroska Gyula Erzsébetke Szabolcs Tünde", "Kádárné-Vörös Szentgyörgyvári Bárdossy Törökbálinti Ördögh",
  "lf", "Berkenye utca|Mogyorós köz|Hársfa sétány", "{pc} {c}, {s} {n}.", "Debrecen", "4025",
  "Név|Telefon|Cím|Születési dátum", "Kérem, hívjanak vissza holnap a számla miatt.",
  "Ügyfél [NÉV], tel. [TELEFON], lakcím [CÍM] – ügy lezárva.", "Gyors kérdés, röviden:",
  "Elemezd lépésről lépésre és indokold a kiváltó okot:", "", dom="freemail.hu")
L("vi-VN", "Latin", "VN", "Thảo-Vy Quốc-Bảo Ngọc-Diệp Trọng-Khải Bích-Ngân", "Nguyễn-Tôn Lạc Khúc Âu-Dương Giáp",
  "lf", "Đường Hoa Sứ|Hẻm Cây Điệp|Đường Bờ Sông Cái", "{n} {s}, {c}", "Đà Nẵng", "",
  "Họ tên|Điện thoại|Địa chỉ|Ngày sinh", "Vui lòng gọi lại ngày mai về hóa đơn.",
  "Khách hàng [TÊN], SĐT [SĐT], địa chỉ [ĐỊA CHỈ] – đã xử lý xong.", "Hỏi nhanh, trả lời ngắn:",
  "Phân tích từng bước và giải thích nguyên nhân gốc:", "", dom="yahoo.com.vn")
L("id-ID", "Latin", "ID", "Sekar Bagas Wulandari Yudhistira Kinanti", "Simatupang-Nainggolan Prawirodirdjo Siregarsyah Wiraatmadja Pohanmanik",
  "fl", "Jl. Kenari Hijau|Gg. Melati Putih|Jl. Bambu Kuning", "{s} No. {n}, {c} {pc}", "Yogyakarta", "55281",
  "Nama|Telepon|Alamat|Tanggal lahir", "Tolong telepon balik besok soal tagihan.",
  "Pelanggan [NAMA], telp [TELEPON], alamat [ALAMAT] – tiket ditutup.", "Pertanyaan singkat, jawab pendek:",
  "Analisis langkah demi langkah dan jelaskan akar masalahnya:", "", dom="yahoo.co.id")
L("sw-KE", "Latin", "KE", "Wanjiru Kiprono Nyokabi Otieno-Baraka Chepkoech", "Wambugu-Ndirangu Kipkemboi Achieng'o Mwangangi Kimaniwa",
  "fl", "Mtaa wa Mvule|Barabara ya Mkuyu|Njia ya Mnazi", "{s} {n}, {c}", "Nakuru", "20100",
  "Jina|Simu|Anwani|Tarehe ya kuzaliwa", "Tafadhali nipigie kesho kuhusu ankara.",
  "Mteja [JINA], simu [SIMU], anwani [ANWANI] – kesi imefungwa.", "Swali fupi, jibu kwa ufupi:",
  "Chambua hatua kwa hatua na ueleze chanzo cha tatizo:", "", dom="gmail.com")
L("en-US", "Latin", "US", "Kaylee-Jo Dashiell Marisol Thaddeus Bristol", "Oberholtzer Quackenbush Vandermolen Pettigrew-Lusk Haverkamp",
  "fl", "Sycamore Hollow Rd|Quarry Bend Ln|Bittersweet Ct", "{n} {s}, {c}, OH {pc}", "Dayton", "45402",
  "Name|Phone|Address|DOB", "pls call back tmrw re: the bill", "Customer [NAME], ph [PHONE], lives at [ADDRESS] - closed.",
  "quick q, keep it short:", "think it through step by step and justify the root cause:", "us", dom="yahoo.com")
L("en-GB", "Latin", "GB", "Philippa Hamish Imogen Ruaridh Bryony", "Postlethwaite Cholmondley-Rudd Tregarthen Blenkinsop Featherstonehaugh",
  "fl", "Damson Close|Ferrier's Wynd|Lapwing Terrace", "{n} {s}, {c} {pc}", "Leicester", "LE2 7QT",
  "Name|Tel|Address|Date of birth", "Could you ring them back tomorrow re the invoice, cheers.",
  "Patient [NAME], tel [PHONE], of [ADDRESS] - discharged.", "quick one, keep it brief:",
  "work through it step by step and justify the underlying cause:", "gb_nhs", dom="btinternet.com")
L("en-AU", "Latin", "AU", "Tahlia Lachlan Brodie Kirra Jarrah", "Wetherall-Pike Scammell Dunwoodie Kilgariff Treloar",
  "fl", "Banksia Cres|Wattlebird Pde|Currawong St", "{n} {s}, {c} QLD {pc}", "Toowoomba", "4350",
  "Name|Mobile|Address|DOB", "can u call em back tmrw about the invoice", "Client [NAME], mob [PHONE], at [ADDRESS] - resolved.",
  "quick one mate, short answer:", "walk through it step by step and justify the root cause:", "au_tfn", dom="bigpond.com")
L("es-CL", "Latin", "CL", "Millaray Baltazar Javiera Ignacio-Tomás Antonella", "Huenchumilla Caroca Sotomayor-Pailaqueo Llanquileo Aravena-Quiroz",
  "fl", "Pasaje Los Quillayes|Calle Los Boldos|Avenida Los Canelos", "{s} {n}, {c}", "Temuco", "",
  "Nombre|Fono|Dirección|Fecha de nacimiento", "Porfa devolver el llamado mañana por la boleta.",
  "Cliente [NOMBRE], fono [FONO], dirección [DIRECCIÓN]: caso cerrado.", "Pregunta corta, responde al tiro:",
  "Analiza paso a paso y fundamenta la causa raíz:", "cl_rut", dom="gmail.com")
L("ru-RU", "Cyrillic", "RU", "Всеволод Ульяна Ярополк Снежана Мирослава", "Подберёзкина Кочубеевский Вяземцева Трубецкова Загоскина",
  "fl", "ул. Рябиновая|пер. Гончарный Тупик|ул. Малиновая Горка", "{c}, {s}, д. {n}, кв. {a}", "Тверь", "",
  "ФИО|Телефон|Адрес|Дата рождения", "Перезвоните завтра по поводу счёта, пожалуйста.",
  "Клиент [ФИО], тел. [ТЕЛЕФОН], адрес [АДРЕС] — обращение закрыто.", "Быстрый вопрос, ответь кратко:",
  "Разбери пошагово и обоснуй первопричину:", "ru_inn", "vsevolod.p yarik.k sneg.m", "yandex.ru")
L("uk-UA", "Cyrillic", "UA", "Богдана Остап Соломія Ярема Христина", "Кривоносенко Шевчишина Гнатюківська Затуливітер Мельничук-Бойко",
  "fl", "вул. Черемшинова|пров. Калиновий|вул. Соняшникова", "{c}, {s}, {n}, кв. {a}", "Полтава", "",
  "ПІБ|Телефон|Адреса|Дата народження", "Передзвоніть завтра щодо рахунку, будь ласка.",
  "Клієнт [ПІБ], тел. [ТЕЛЕФОН], адреса [АДРЕСА] — звернення закрито.", "Швидке питання, коротко:",
  "Проаналізуй крок за кроком і обґрунтуй першопричину:", "ua_rntrc", "bohdana.k ostap.sh yarema.z", "ukr.net")
L("bg-BG", "Cyrillic", "BG", "Радослава Велизар Цветелина Огнян Деспина", "Хаджиилиева Костадинчев Бояджиева Драгоманска Пашалийски",
  "fl", "ул. Люлякова|ул. Кестенова|бул. Смокинова", "{c}, {s} {n}", "Пловдив", "",
  "Име|Телефон|Адрес|Дата на раждане", "Моля, обадете се утре за фактурата.",
  "Клиент [ИМЕ], тел. [ТЕЛЕФОН], адрес [АДРЕС] – случаят е приключен.", "Бърз въпрос, накратко:",
  "Анализирай стъпка по стъпка и обоснови първопричината:", "bg_egn", "rado.h velizar.k ognyan.b", "abv.bg")
L("el-GR", "Greek", "GR", "Ευτέρπη Λεωνίδας Σταματία Χαράλαμπος Ανθούλα", "Κοντοπανάγου Χατζηδημητρίου Μαυρογιαννάκη Τσιρογιαννίδης Λαμπροπούλου",
  "fl", "οδός Μυρτιάς|οδός Κυπαρισσιών|οδός Αμυγδαλιάς", "{s} {n}, {pc} {c}", "Λάρισα", "41222",
  "Ονοματεπώνυμο|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης", "Παρακαλώ καλέστε αύριο για τον λογαριασμό.",
  "Πελάτης [ΟΝΟΜΑ], τηλ. [ΤΗΛΕΦΩΝΟ], διεύθυνση [ΔΙΕΥΘΥΝΣΗ] – η υπόθεση έκλεισε.", "Γρήγορη ερώτηση, σύντομα:",
  "Ανάλυσε βήμα προς βήμα και τεκμηρίωσε τη βασική αιτία:", "gr_amka", "efterpi.k leonidas.ch babis.ts", "yahoo.gr")
L("ar-EG", "Arabic", "EG", "شيماء مصطفى-كامل رحاب عبدالرحيم نرمين", "الشرقاوي-عبده القليوبي الدمياطي المنوفي-سالم الفيومي",
  "fl", "شارع الجوافة|حارة السنديان|شارع النخيل الصغير", "{n} {s}، {c}", "المنصورة", "",
  "الاسم|الهاتف|العنوان|تاريخ الميلاد", "برجاء معاودة الاتصال غدا بخصوص الفاتورة.",
  "العميل [الاسم]، هاتف [الهاتف]، العنوان [العنوان] – تم إغلاق الطلب.", "سؤال سريع، باختصار:",
  "حلّل خطوة بخطوة وبرّر السبب الجذري:", "", "shaimaa.sh rehab.q nermeen.d", "yahoo.com")
L("ar-SA", "Arabic", "SA", "غادة تركي-فهد جواهر مشاري ريم-نورة", "العتيبي-الدوسري القحطانية الشمراني المطيري-الحربي الزهراني-العمري",
  "fl", "شارع الأثل|طريق السدر|شارع الخزامى", "{s} {n}، {c} {pc}", "الطائف", "26521",
  "الاسم|الجوال|العنوان|تاريخ الميلاد", "نرجو الاتصال غدا بخصوص الفاتورة.",
  "العميل [الاسم]، جوال [الجوال]، العنوان [العنوان] – أغلقت التذكرة.", "سؤال سريع، جواب قصير:",
  "حلل خطوة بخطوة وعلل السبب الجذري:", "", "ghada.o mishari.q reem.z", "hotmail.com")
L("fa-IR", "Arabic", "IR", "پرستو کامبیز ترانه بردیا شقایق", "کاشانی‌پور ملک‌زاده‌فرد نیک‌سرشت خسروشاهی‌نژاد بهبهانی‌مقدم",
  "fl", "کوچه اقاقیا|خیابان نسترن|کوچه سپیدار", "{c}، {s}، پلاک {n}", "اصفهان", "",
  "نام|تلفن|نشانی|تاریخ تولد", "لطفاً فردا برای صورتحساب تماس بگیرید.",
  "مشتری [نام]، تلفن [تلفن]، نشانی [نشانی] – پرونده بسته شد.", "یک سؤال کوتاه، خلاصه جواب بده:",
  "گام به گام تحلیل کن و علت ریشه‌ای را توضیح بده:", "", "parastoo.k kambiz.m bardia.n", "yahoo.com")
L("he-IL", "Hebrew", "IL", "אביטל נריה שלומית יואב-חי תהילה", "בן-שושן גולדפרכט אלמקייס רוזנצוויג-לוי חדד-בוזגלו",
  "fl", "רחוב הדקלים|סמטת הרימון|שדרות השקמה", "{s} {n}, {c}", "באר שבע", "",
  "שם|טלפון|כתובת|תאריך לידה", "נא לחזור אליה מחר לגבי החשבונית.",
  "לקוח [שם], טל' [טלפון], כתובת [כתובת] – הפנייה נסגרה.", "שאלה קצרה, תענה בקיצור:",
  "נתח שלב אחר שלב ונמק את סיבת השורש:", "il_id", "avital.b neria.g tehila.h", "walla.co.il")
L("hi-IN", "Devanagari", "IN", "सुरभि अनिरुद्ध मृणालिनी हर्षवर्धन कादम्बरी", "भटनागर-सक्सेना त्रिपाठीजी श्रीवास्तवन कुलश्रेष्ठ अग्निहोत्री",
  "fl", "गुलमोहर मार्ग|नीम गली|कचनार पथ", "{n}, {s}, {c} {pc}", "लखनऊ", "226001",
  "नाम|फ़ोन|पता|जन्म तिथि", "कृपया कल बिल के बारे में वापस कॉल करें।",
  "ग्राहक [नाम], फ़ोन [फ़ोन], पता [पता] – मामला बंद।", "छोटा सा सवाल, संक्षेप में:",
  "चरण दर चरण विश्लेषण करो और मूल कारण बताओ:", "in", "surabhi.b aniruddh.t harsh.k", "rediffmail.com")
L("mr-IN", "Devanagari", "IN", "सायली ओंकार मानसी अजिंक्य शर्वरी", "कुलकर्णी-देशपांडे गोखलेकर परांजपे-साठे भिडेवाडीकर आठवलेकर",
  "fl", "पारिजात गल्ली|चाफा मार्ग|बकुळ पथ", "{n}, {s}, {c} {pc}", "पुणे", "411030",
  "नाव|फोन|पत्ता|जन्मतारीख", "कृपया उद्या बिलाबद्दल परत फोन करा.",
  "ग्राहक [नाव], फोन [फोन], पत्ता [पत्ता] – प्रकरण बंद.", "छोटासा प्रश्न, थोडक्यात:",
  "टप्प्याटप्प्याने विश्लेषण कर आणि मूळ कारण सांग:", "in", "sayali.k omkar.g ajinkya.p", "gmail.com")
L("bn-BD", "Bengali", "BD", "তাহমিনা শাহরিয়ার নুসরাত-জাহান ইমতিয়াজ রুকসানা", "চৌধুরী-মজুমদার তালুকদারী খন্দকারপুরী ভূঁইয়াপাড়া সিকদারবাড়ি",
  "fl", "কৃষ্ণচূড়া সড়ক|শিমুল গলি|বকুলতলা লেন", "{n}, {s}, {c} {pc}", "খুলনা", "9100",
  "নাম|ফোন|ঠিকানা|জন্ম তারিখ", "দয়া করে আগামীকাল বিলের ব্যাপারে ফোন করুন।",
  "গ্রাহক [নাম], ফোন [ফোন], ঠিকানা [ঠিকানা] – অভিযোগ নিষ্পত্তি।", "ছোট প্রশ্ন, সংক্ষেপে:",
  "ধাপে ধাপে বিশ্লেষণ করো এবং মূল কারণ ব্যাখ্যা করো:", "", "tahmina.c imtiaz.t ruksana.k", "yahoo.com")
L("ta-IN", "Tamil", "IN", "கயல்விழி இளங்கோவன் தமிழ்செல்வி அறிவழகன் பூங்குழலி", "சுப்பையாபிள்ளை வேலுச்சாமி நல்லதம்பியார் முத்துக்கருப்பன் பொன்னம்பலவாணர்",
  "fl", "வேப்பமர தெரு|புன்னை நகர் சாலை|மருதம் வீதி", "{n}, {s}, {c} {pc}", "மதுரை", "625001",
  "பெயர்|தொலைபேசி|முகவரி|பிறந்த தேதி", "நாளை கட்டணம் பற்றி திரும்ப அழைக்கவும்.",
  "வாடிக்கையாளர் [பெயர்], தொலைபேசி [எண்], முகவரி [முகவரி] – புகார் முடிந்தது.", "சிறிய கேள்வி, சுருக்கமாக:",
  "படிப்படியாக பகுப்பாய்வு செய்து மூல காரணத்தை விளக்கு:", "in", "kayal.v ilango.s arivu.m", "gmail.com")
L("th-TH", "Thai", "TH", "กัญญาณัฐ ธนกฤต พิมพ์ลภัส ศุภวิชญ์ ณัฐธิดา", "ศรีสุวรรณรัตน์ วงศ์ไพบูลย์กิจ ทองประเสริฐสุข เจริญพานิชกุล บุญญาศิริวงศ์",
  "fl", "ซอยลำดวน|ถนนราชพฤกษ์น้อย|ซอยกระถิน", "{n} {s} {c} {pc}", "เชียงใหม่", "50200",
  "ชื่อ|โทรศัพท์|ที่อยู่|วันเกิด", "กรุณาโทรกลับพรุ่งนี้เรื่องใบแจ้งหนี้",
  "ลูกค้า [ชื่อ] โทร [เบอร์] ที่อยู่ [ที่อยู่] – ปิดเรื่องแล้ว", "ถามสั้นๆ ตอบสั้นๆ:",
  "วิเคราะห์ทีละขั้นและอธิบายสาเหตุที่แท้จริง:", "th_pin", "kanyanat.s thanakrit.w supawit.t", "hotmail.co.th")
L("zh-CN", "Han", "CN", "梓涵 浩宇 雨桐 俊熙 欣怡", "欧阳 司马 诸葛 上官 皇甫",
  "lf", "枫林路|梧桐巷|杏花街", "{c}{s}{n}号{a}室", "杭州市西湖区", "",
  "姓名|电话|地址|出生日期", "请明天回电话，关于账单的事。",
  "客户[姓名]，电话[电话]，地址[地址]——工单已关闭。", "简单问一下，简短回答：",
  "请一步一步分析并论证根本原因：", "cn_ric", "zihan.oy haoyu.sm yutong.zg", "qq.com")
L("zh-TW", "Han", "TW", "冠廷 佩珊 宥蓁 柏翰 詠晴", "鍾離 東方 慕容 夏侯 令狐",
  "lf", "民族路|青田街|文心巷", "{c}{s}{n}號{a}樓", "台中市西屯區", "",
  "姓名|電話|地址|出生日期", "請明天回電，關於帳單的事。",
  "客戶[姓名]，電話[電話]，地址[地址]——案件已結案。", "快速問一下，簡短回答：",
  "請逐步分析並論證根本原因：", "", "guanting.zl peishan.df poehan.mr", "yahoo.com.tw")
L("ja-JP", "Kana", "JP", "ひより ゆうま さくらこ はると みのり", "綿貫 鬼頭 四十物 雲母坂 五百旗頭",
  "lf", "けやき通り|さくら坂|みずほ小路", "〒{pc} {c}{s}{n}-{a}", "京都市左京区", "606-8501",
  "氏名|電話|住所|生年月日", "明日、請求書の件で折り返し電話をお願いします。",
  "お客様[氏名]、電話[電話]、住所[住所]――対応完了。", "ちょっと質問、簡潔に：",
  "段階的に分析して根本原因を説明してください：", "jp_in", "hiyori.w yuma.k minori.i", "docomo.ne.jp")
L("ko-KR", "Hangul", "KR", "서연 도윤 하은 시우 지유", "제갈 남궁 선우 독고 황보",
  "lf", "은행나무길|벚꽃로|느티나무길", "{c} {s} {n}, {a}호", "대전광역시 유성구", "",
  "이름|전화|주소|생년월일", "내일 청구서 건으로 다시 전화 부탁드립니다.",
  "고객 [이름], 전화 [전화], 주소 [주소] – 처리 완료.", "간단한 질문, 짧게:",
  "단계별로 분석하고 근본 원인을 논증해 주세요:", "kr_rrn", "seoyeon.jg doyun.ng haeun.sw", "naver.com")

# extra candidates per locale (all lists are filtered against the other generators' word set at run time)
EXTRA = {
    "ar-EG": ("هاجر-سعيد سماح-فوزي دعاء-مرسي ولاء-حمدي", "الجرجاوي-نصار الطهطاوي-زكي", "حارة الليمونة-القديمة|شارع الكافور-الغربي"),
    "ar-SA": ("لمى-بندر شهد-متعب عبير-نايف هتون-سلطان", "آل-شويمان الرويلي-بن-زريق البقمي-عايض", "طريق-الطلح-القديم|شارع-العوسج-الشمالي"),
    "cs-CZ": ("Blažena Květoslav Drahomíra Vlastimil", "Kuchařovský Pištělák", "Lomnická-Vyhlídka"),
    "da-DK": ("Gunhild Esben Rigmor Tue-Valdemar", "Brøndumgaard Skytte-Fjord", "Tjørnebærvej"),
    "de-DE": ("Hiltrud Gernot Irmtraud Wendelin Edeltraud", "Kranzbühler", "Schlehdornpfad"),
    "el-GR": ("Πηνελόπη-Ρένα Αριστείδης-Λάμπης Κλεοπάτρα-Νίτσα", "Γιαννουλάτου", "οδός-Βελανιδιάς|πάροδος-Κουμαριάς"),
    "en-AU": ("Keeley-Rae Torquil Saoirse-May Bodhi-Jack Indi-Rose", "Mcgillivray-Tonkin", "Spinifex Rise|Quandong Way|Brolga Cl"),
    "en-GB": ("Araminta Fergal Clemency Lorcan Ottoline", "Ravenscroft-Dibb", "Medlar Row|Starling Gardens"),
    "en-US": ("Brynleigh Everett-James Maddox-Lee Oaklynn Jaxtyn", "Schoonmaker-Pruitt Tuckerman-Vail", "Persimmon Knoll Dr"),
    "es-CL": ("Anahí-Belén Matías-Renato Florencia-Itzel Vicente-Amaro", "Cheuquepán Quilaqueo", "Pasaje Los Pataguas"),
    "es-ES": ("Nerea-Ainhoa Iñigo-Julen Maialen Eneko-Aitor", "Garaikoetxea Zubizarretain", "calle del Torvisco|travesía del Lentisco"),
    "fa-IR": ("آناهیتا-نیلوفر سیاوش-آرش مهسیما-گلاره", "طباطبایی‌نسب-یزدی فروزانفرد-کرمانی", "کوچه-سنجد-کهنه|بن‌بست-زالزالک"),
    "fi-FI": ("Kerttu-Liisa Jalmari-Oiva Helmiina Toivo-Ilmari", "Räsänenperä", "Vaahterakuja"),
    "fr-FR": ("Clothilde-Anaïs Aubin-Léandre Bérangère Honorine-Maud Thibaud-Émeric", "Lespinasse-Fourcade", "chemin des Ajoncs-Noirs|sente du Vieux-Pressoir"),
    "he-IL": ("אלומה-שחר עדי-גאיה רותם-אביה", "ויינטרויב-כהנא שטרנליכט-אזולאי", "סמטת-הצבר-הקטן|מעלות-השיזף"),
    "id-ID": ("Larasati-Ayu Galih-Prakoso Ratnaningsih Danendra-Aji", "Hutagalung-Sitorus", "Jl. Cempaka Ungu|Gg. Sawo Kecik"),
    "it-IT": ("Gianmarco-Elio Annunziata-Lia", "Bortolozzi-Zago Fioravanti-Cesaroni", "via del Ginepro Nano"),
    "nb-NO": ("Sunniva-Marie Tarjei Åslaug-Ingrid Joar-Evjen", "Hjelmeland-Strøm", "Tyttebærlia"),
    "nl-NL": ("Hiltje-Geeske Sjoerd-Wiebe Aaltje-Trijn", "Zwanenburg-Klompé", "Vlasbloemstraat|Ganzebloemerf"),
    "pl-PL": ("Wiesława-Halina Bolesław-Kazimierz Genowefa Radosław-Czesław Teodozja", "Żuchowicz-Brzęczek Chrząszczewska", "ul. Leszczynowa|ul. Pod Wierzbami"),
    "ru-RU": ("Евдокия-Мария Тихомир Любомила Святозар Агафья-Ксения", "Зябликова-Остроумова", "ул. Черёмуховая Падь|пр. Сиреневый Бульвар"),
    "sv-SE": ("Ingrid-Maj Sixten-Olof Elvira-Linnea Algot-Ture Märit-Vendela", "Hägerström-Blix", "Hallonbergsgränd"),
    "sw-KE": ("Wairimu-Nduta Kiplagat-Tanui Nyambura-Wangui Ochieng-Odhiambo Jeptoo-Chelangat", "Njoroge-Kamau Mutisya-Muli", "Mtaa wa Mkwaju|Njia ya Mbuyu"),
    "th-TH": ("ปิยธิดา-วรางคณา", "ธนาวิวัฒน์พงศ์ สุขเกษมวัฒนา อัครพิพัฒน์กุล ปัญญาวรารักษ์", "ซอยพุดซ้อน"),
    "tr-TR": ("Nesrin-Feride Oğuzhan-Tuncay", "Kuyumcuoğlu-Akalın", "Ihlamur Çıkmazı"),
    "uk-UA": ("Ярослава-Дзвінка Тарас-Любомир Мирослава-Уляна Орест-Назар", "Підгірняк-Коломийчук", "вул. Барвінкова"),
    "vi-VN": ("Khánh-Linh Minh-Triết Tường-Vi", "Hà-Khổng Tăng-Diêu Lưu-Thái Vương-Đàm", "Đường Cây Gòn Xanh"),
    "zh-CN": ("芷若 瑾瑜 沐辰 婉清", "东郭 公孙 端木 宇文", "银杏里|香樟弄"),
    "zh-TW": ("芊妤 宸睿 語彤 品叡", "長孫 歐陽鎮 尉遲 萬俟", "楓紅巷|木棉街"),
    "ja-JP": ("こはる しずく あおい", "勘解由小路 東海林 小鳥遊 御手洗", "くすのき坂|ひいらぎ通り"),
    "ko-KR": ("채윤 하람 은솔 다온", "사공 서문 동방 어금", "산수유길|모과나무로"),
    "ta-IN": ("நிலாவேணி செந்தாமரை", "அருள்மொழிவர்மன் சிதம்பரநாதன்", "நாவல் மர தெரு"),
    "hi-IN": ("वसुंधरा ऋतंभरा", "चतुर्वेदीजी बाजपेयीजी", "अमलतास मार्ग"),
}
for _tag, (_f, _l, _s) in sorted(EXTRA.items()):
    LOC[_tag]["first"] += _f.split()
    LOC[_tag]["last"] += _l.split()
    LOC[_tag]["streets"] += _s.split("|")

EXTRA2 = {
    "ar-SA": ("وجدان غلا أثير رهف جود-سارة وتين لجين", "", ""),
    "de-DE": ("Wunibald Adelgunde Gottlieb Roswitha Hildegund Notburga", "", ""),
    "en-AU": ("Ellery Marlowe Tiarne Kodie Shenae Brayden-Lee", "", "Bottlebrush Tce|Mulga Ct"),
    "en-GB": ("Perpetua Ptolemy Aurelian Wilhelmina Cosmo Horatia Leopoldine Petronella", "", ""),
    "es-CL": ("Rayén Aukan Licanray Amankay Nahuel Sayén Ayelén Kallfü", "", ""),
    "es-ES": ("Edurne Leire Jokin Ander Uxue Amaia Koldo Gotzone", "", ""),
    "fa-IR": ("ژیلا بهرنگ شهرزاد فرنوش رامتین هومن سپیده", "شیروانلو گلپایگانی بختیاروند سلجوقی‌مهر", "کوچه-نارون-دوم|کوچه-ارغوان-سوم"),
    "fi-FI": ("Hilja Urho Siiri-Maaria Lahja Aapeli Impi", "", ""),
    "he-IL": ("", "", "סמטת-הסחלב|רחוב-האלה-השקטה"),
    "it-IT": ("", "", "vicolo dei Bottai|via delle Ortiche"),
    "ko-KR": ("", "탁 편 빈 옥 봉 국 어 승 견 묵", ""),
    "pl-PL": ("Bogumiła Władysława Mścisław Przemysława Sławomira Bronisława Ziemowit Wszebor", "", ""),
    "ro-RO": ("", "", "Strada Gutuilor|Aleea Cireșilor Amari"),
    "sv-SE": ("Gunvor Tekla Hjördis Ragnvald Sölve Alrik Vendela", "", ""),
    "sw-KE": ("Njambi-Wairegi Kemunto Moraa-Nyaboke Akinyi-Atieno Chelimo Kerubo Mumbua Nekesa", "", ""),
    "tr-TR": ("", "", "Akasya Sokak|Nergisli Sokak|Böğürtlen Sokak"),
    "uk-UA": ("Звенислава Любава Ратибор Мстислава Устина Доброслав", "", ""),
    "vi-VN": ("Thục-Đoan Quỳnh-Giao Diễm-Kiều Tuệ-Nhi Hải-Đăng Uyên-Phương Bửu-Châu Nhã-Uyên", "Mạc Ninh Doãn Thạch Kiều Lục Quách", "Hẻm Trúc Đào"),
    "fr-FR": ("", "", "ruelle des Cardères|sentier des Prunelliers"),
    "id-ID": ("Pramesti Anindya-Gayatri Sasmitha", "", ""),
    "ro-RO": ("", "Țuțuianu Bârlădeanu-Mihăilescu", ""),
    "sw-KE": ("Nyaguthii Wanjugu-Muthoni", "", ""),
    "zh-CN": ("", "闾丘 濮阳 呼延 百里 澹台 钟离 拓跋 太叔", ""),
}
for _tag, (_f, _l, _s) in sorted(EXTRA2.items()):
    LOC[_tag]["first"] += _f.split()
    LOC[_tag]["last"] += _l.split()
    LOC[_tag]["streets"] += [x for x in _s.split("|") if x]

LANGS = sorted(LOC)

COMPANIES = ["Brindlecourt Freight", "Okapiwell Clinics", "Quernwhistle Telecom", "Tessaract Lettings", "Vordhaven Insurance",
             "Pellucid Payroll", "Marrowgate Pharmacy", "Sablewick Energy"]
GENERIC = {"ul", "pr", "pl", "Calle", "Rua", "Via", "Travessa", "Avenida", "Strada", "Aleea", "Pasaje", "Jl", "Gg",
           "Rd", "Ln", "Ct", "Close", "Terrace", "Cres", "Pde", "St", "Sokak", "Caddesi", "No", "utca", "sétány",
           "köz", "Mtaa", "Barabara", "Njia", "wa", "ya", "Đường", "Hẻm", "Na", "Los", "los", "del", "de", "des", "du",
           "rue", "allée", "impasse", "via", "vicolo", "viale", "calle", "avenida", "plaza", "Freight", "Clinics",
           "Telecom", "Lettings", "Insurance", "Payroll", "Pharmacy", "Energy", "Pod", "Am"}


def word_set():
    words = set()
    for p in sorted((ROOT / "bench").glob("make_*_signal_sets.py")):
        if p.name == f"make_{NAME}_signal_sets.py":
            continue
        text = p.read_bytes().decode("utf-8", "replace")
        for m in re.finditer(r"\w+", text):
            w = m.group(0)
            if w[0].isupper() or any(ord(c) > 127 for c in w):
                words.add(w)
    return words


STREET_TYPES = {"Bend", "Hollow", "Quarry", "bul", "вул", "пер", "пров", "ул", "бул", "пр", "רחוב", "סמטת", "שדרות", "מעלות",
                "شارع", "طريق", "حارة", "کوچه", "خیابان", "οδός", "πάροδος", "Tupik", "Тупик", "Moulin", "Rise", "Way", "Cl",
                "Row", "Gardens", "Dr", "Knoll", "travesía", "chemin", "sente", "Ungu", "Kecik", "Cempaka", "Sawo"}


def clashes(item, words):
    hits = [w for w in re.findall(r"\w+", item) if w not in GENERIC and w not in STREET_TYPES and len(w) >= 3 and w in words]
    if item in words:
        hits.append(item)
    return hits


# Candidates dropped once (2026-12-04) because they occurred in the other generators' word set; frozen here so
# the output does not depend on files added later -- any new overlap makes the run abort instead.
DROPPED = set(json.loads('["Achieng\'o", "Aino-Kaisa", "Aleea Castanilor Sălbatici", "Algot-Ture", "Amaia", "Anahí-Belén", "Anatole", "Ander", "Anindya-Gayatri", "Annunziata-Lia", "Anselmo", "Ansgar", "Antonella", "Araminta", "Aravena-Quiroz", "Arrizabalaga", "Avenida dos Ipês Roxos", "Ayelén", "Bagas", "Baltazar", "Banksia Cres", "Begoña", "Blažena", "Bodhi-Jack", "Bogumiła", "Bohumila", "Bolesław-Kazimierz", "Bonfiglioli", "Bottlebrush Tce", "Bożena", "Brayden-Lee", "Bristol", "Brodie", "Bronisława", "Bryony", "Brännström", "Bălănescu-Tudose", "Bửu-Châu", "Cavalcanti-Brito", "Chepkoech", "Ciobotaru", "Claudionor", "Clemency", "Clothilde-Anaïs", "Currawong St", "Dashiell", "Diễm-Kiều", "Drahomíra", "Dvořáčková", "Ebbe", "Edeltraud", "Edurne", "Edvaldo", "Eero", "Eivind", "Ellery", "Elvira-Linnea", "Eneko-Aitor", "Everett-James", "Femke", "Fergal", "Fermín", "Ferrier\'s Wynd", "Florencia-Itzel", "Frauke", "Galih-Prakoso", "Gaspard", "Genowefa", "Gg. Melati Putih", "Giáp", "Grażyna", "Gudrun", "Gunvor", "Gülşen", "Hamish", "Haverkamp", "Hiltrud", "Holunderstieg", "Honorine-Maud", "Huenchumilla", "Hà-Khổng", "Håkon", "Hải-Đăng", "Hẻm Cây Điệp", "Ignacio-Tomás", "Ihlamur Çıkmazı", "Ileana", "Imogen", "Impi", "Indi-Rose", "Ingeborg", "Ingegerd", "Ingrid-Maj", "Irmtraud", "Itziar", "Iñigo-Julen", "Jadwiga", "Jalmari-Oiva", "Jarrah", "Javiera", "Jeptoo-Chelangat", "Jl. Kenari Hijau", "Jorinde", "Karen-Margrethe", "Kerttu-Liisa", "Khánh-Linh", "Khúc", "Kinanti", "Kiplagat-Tanui", "Kiprono", "Kirra", "Kiều", "Koldo", "Korenbloemhof", "Kádárné-Vörös", "Kärkkäinen-Lahti", "Lachlan", "Larasati-Ayu", "Leire", "Leopoldine", "Lespinasse-Fourcade", "Libuše", "Lorcan", "Ludovica", "Lykke", "Lưu-Thái", "Lạc", "Maddox-Lee", "Maialen", "Marisol", "Marlowe", "Matías-Renato", "Maëlys", "Menekşe Sokak", "Millaray", "Minh-Triết", "Mtaa wa Mvule", "Multebærstien", "Mạc", "Na Výsluní", "Nahuel", "Nerea-Ainhoa", "Nesrin-Feride", "Nguyễn-Tôn", "Ngọc-Diệp", "Ninh", "Njia ya Mnazi", "Njoroge-Kamau", "Notburga", "Nyambura-Wangui", "Nyokabi", "Oaklynn", "Ochieng-Odhiambo", "Oosterveld-Kamp", "Otieno-Baraka", "Ottavio", "Ottoline", "Oğuzhan-Tuncay", "Perpetua", "Perrine", "Pettigrew-Lusk", "Philippa", "Pihlajakatu", "Postlethwaite", "Przybyłowicz", "Ptolemy", "Pârvulescu", "Quackenbush", "Quandong Way", "Quách", "Quốc-Bảo", "Radosław-Czesław", "Ragnvald", "Ravenscroft-Dibb", "Ravnkilde", "Rocío", "Roswitha", "Ruaridh", "Saoirse-May", "Scarpellini", "Schoonmaker-Pruitt", "Sekar", "Sigrid", "Siiri-Maaria", "Simatupang-Nainggolan", "Sixten-Olof", "Sjoerd-Wiebe", "Skytte-Fjord", "Solveig", "Solène", "Sorin", "Sunniva-Marie", "Sycamore Hollow Rd", "Szabolcs", "Søndergaard-Holm", "Tahlia", "Teodozja", "Thaddeus", "Thảo-Vy", "Thục-Đoan", "Tjitske", "Toivo-Ilmari", "Torquil", "Torvald", "Tregarthen", "Treloar", "Trọng-Khải", "Tue-Valdemar", "Tuulikki", "Tuệ-Nhi", "Tünde", "Tường-Vi", "Urho", "Uyên-Phương", "Veikko", "Vicente-Amaro", "Villads", "Vratislav", "Wairimu-Nduta", "Wambugu-Ndirangu", "Wanjiru", "Wattlebird Pde", "Wendelin", "Wetherall-Pike", "Wiebke", "Wiesław", "Wiesława-Halina", "Wouter", "Wróblewska", "Wulandari", "Władysława", "Ylva", "Yudhistira", "Zanardelli", "Zdeňka", "Zdzisław", "Ziemowit", "allée des Glycines Pâles", "calle del Almendro Seco", "impasse du Moulin-Brûlé", "rue des Tanneurs-Vieux", "sente du Vieux-Pressoir", "ul. Jarzębinowa", "via dei Cordai", "via del Ginepro Nano", "vicolo dei Bottai", "vicolo del Pozzo Bianco", "Âu-Dương", "Åslaug-Ingrid", "Æblehaven", "Đường Cây Gòn Xanh", "Şükran", "Αριστείδης-Λάμπης", "Ευτέρπη", "Λαμπροπούλου", "Λεωνίδας", "Πηνελόπη-Ρένα", "Χαράλαμπος", "οδός Αμυγδαλιάς", "Агафья-Ксения", "Всеволод", "Евдокия-Мария", "Мельничук-Бойко", "Мирослава", "Мирослава-Уляна", "Орест-Назар", "Остап", "Снежана", "Соломія", "Тарас-Любомир", "Ульяна", "Устина", "Христина", "Цветелина", "Ярема", "Ярополк", "Ярослава-Дзвінка", "вул. Соняшникова", "пер. Гончарный Тупик", "ул. Рябиновая", "אלומה-שחר", "אלמקייס", "חדד-בוזגלו", "נריה", "סמטת הרימון", "סמטת-הצבר-הקטן", "רוזנצוויג-לוי", "שדרות השקמה", "שטרנליכט-אזולאי", "תהילה", "آناهیتا-نیلوفر", "البقمي-عايض", "الجرجاوي-نصار", "الرويلي-بن-زريق", "الزهراني-العمري", "الشرقاوي-عبده", "العتيبي-الدوسري", "المطيري-الحربي", "بردیا", "بن\u200cبست-زالزالک", "بهبهانی\u200cمقدم", "بهرنگ", "ترانه", "تركي-فهد", "جواهر", "جود-سارة", "خسروشاهی\u200cنژاد", "خیابان نسترن", "دعاء-مرسي", "رحاب", "رهف", "ريم-نورة", "سپیده", "سیاوش-آرش", "شارع الأثل", "شارع الخزامى", "شارع النخيل الصغير", "شقایق", "شهد-متعب", "شيماء", "طباطبایی\u200cنسب-یزدی", "عبير-نايف", "فرنوش", "فروزانفرد-کرمانی", "لجين", "لمى-بندر", "مشاري", "مصطفى-كامل", "ملک\u200cزاده\u200cفرد", "نیک\u200cسرشت", "هتون-سلطان", "هومن", "وجدان", "پرستو", "ژیلا", "کاشانی\u200cپور", "کامبیز", "کوچه اقاقیا", "आठवलेकर", "कचनार पथ", "कुलकर्णी-देशपांडे", "भटनागर-सक्सेना", "ইমতিয়াজ", "இளங்கோவன்", "கயல்விழி", "புன்னை நகர் சாலை", "ทองประเสริฐสุข", "ธนกฤต", "บุญญาศิริวงศ์", "วงศ์ไพบูลย์กิจ", "ศรีสุวรรณรัตน์", "เจริญพานิชกุล", "上官", "令狐", "佩珊", "俊熙", "公孙", "冠廷", "司马", "四十物", "夏侯", "婉清", "宇文", "小鳥遊", "御手洗", "慕容", "東海林", "柏翰", "梓涵", "梧桐巷", "欣怡", "欧阳", "皇甫", "端木", "綿貫", "芷若", "詠晴", "诸葛", "钟离", "雨桐", "남궁", "다온", "도윤", "독고", "동방", "빈", "사공", "서문", "서연", "선우", "승", "시우", "어", "어금", "은행나무길", "제갈", "탁", "편", "하람", "하은", "황보"]'))


def filter_and_check_overlap():
    """Drop the frozen list of clashing candidates, then abort if anything issued overlaps the other generators."""
    words = word_set()
    for tag in sorted(LOC):
        loc = LOC[tag]
        for key in ("first", "last", "streets"):
            loc[key] = [x for x in loc[key] if x not in DROPPED]
            if len(loc[key]) < (1 if key == "streets" else 2):
                sys.exit(f"ABORT: too few {key} for {tag}")
    hits = set()
    for tag in sorted(LOC):
        for key in ("first", "last", "streets"):
            for x in LOC[tag][key]:
                hits.update(clashes(x, words))
    for x in COMPANIES:
        hits.update(clashes(x, words))
    if hits:
        sys.exit("ABORT: overlap with other generators: " + " ".join(sorted(hits)))


# ----------------------------------------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------------------------------------
def digits(r, n, first_nonzero=False):
    s = "".join(r.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def brute(r, mod, prefix_fn, suffixes, fmt=lambda x: x, tries=4000):
    for _ in range(tries):
        p = prefix_fn()
        cands = list(suffixes)
        r.shuffle(cands)
        for s in cands:
            v = fmt(p + s)
            if mod.is_valid(v):
                return v
    raise RuntimeError(f"cannot generate {mod.__name__}")


D1 = "0123456789"
D2 = [f"{i:02d}" for i in range(100)]


def national_id(r, idk, dob):
    """Returns (type, value) for the locale id kind, or None."""
    yy, mm, dd = dob.strftime("%y"), dob.strftime("%m"), dob.strftime("%d")
    if idk == "de_idnr":
        return "TAX_ID", brute(r, idnr, lambda: digits(r, 10, True), D1)
    if idk == "fr_nir":
        return "NATIONAL_ID", brute(r, nir, lambda: r.choice("12") + yy + mm + r.choice(["49", "75", "69", "13"]) + digits(r, 6), D2,
                                    lambda x: f"{x[0]} {x[1:3]} {x[3:5]} {x[5:7]} {x[7:10]} {x[10:13]} {x[13:]}")
    if idk == "es_dni":
        return "NATIONAL_ID", brute(r, dni, lambda: digits(r, 8), "TRWAGMYFPDXBNJZSQVHLCKE")
    if idk == "br_cpf":
        return "TAX_ID", brute(r, cpf, lambda: digits(r, 9), D2, lambda x: f"{x[:3]}.{x[3:6]}.{x[6:9]}-{x[9:]}")
    if idk == "pl_pesel":
        return "NATIONAL_ID", brute(r, pesel, lambda: yy + mm + dd + digits(r, 4), D1)
    if idk == "nl_bsn":
        return "NATIONAL_ID", brute(r, bsn, lambda: r.choice("1234567") + digits(r, 7), D1)
    if idk == "se_pnr":
        return "NATIONAL_ID", brute(r, personnummer, lambda: yy + mm + dd + "-" + digits(r, 3), D1)
    if idk == "fi_hetu":
        return "NATIONAL_ID", brute(r, hetu, lambda: dd + mm + yy + "-" + f"{r.randint(2, 899):03d}", "0123456789ABCDEFHJKLMNPRSTUVWXY")
    if idk == "dk_cpr":
        return "NATIONAL_ID", brute(r, cpr, lambda: dd + mm + yy + "-" + digits(r, 3), D1)
    if idk == "no_fnr":
        return "NATIONAL_ID", brute(r, fodselsnummer, lambda: dd + mm + yy + f"{r.randint(0, 499):03d}", D2)
    if idk == "tr_tck":
        return "NATIONAL_ID", brute(r, tckimlik, lambda: digits(r, 9, True), D2)
    if idk == "cz_rc":
        return "NATIONAL_ID", brute(r, rc, lambda: yy + f"{int(mm) + r.choice([0, 50]):02d}" + dd + "/" + digits(r, 3), D1)
    if idk == "ro_cnp":
        return "NATIONAL_ID", brute(r, cnp, lambda: r.choice("12") + yy + mm + dd + f"{r.randint(1, 40):02d}" + digits(r, 3), D1)
    if idk == "ru_inn":
        return "TAX_ID", brute(r, inn, lambda: r.choice(["77", "69", "50", "78"]) + digits(r, 8), D2)
    if idk == "ua_rntrc":
        return "TAX_ID", brute(r, rntrc, lambda: digits(r, 9, True), D1)
    if idk == "bg_egn":
        return "NATIONAL_ID", brute(r, egn, lambda: yy + mm + dd + digits(r, 3), D1)
    if idk == "gr_amka":
        return "NATIONAL_ID", brute(r, amka, lambda: dd + mm + yy + digits(r, 4), D1)
    if idk == "il_id":
        return "NATIONAL_ID", brute(r, il_idnr, lambda: digits(r, 8, True), D1)
    if idk == "in":
        if r.random() < 0.5:
            return "NATIONAL_ID", brute(r, aadhaar, lambda: r.choice("23456789") + digits(r, 10), D1,
                                        lambda x: f"{x[:4]} {x[4:8]} {x[8:]}")
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        return "TAX_ID", brute(r, pan, lambda: "".join(r.choice(up) for _ in range(3)) + "P" + r.choice(up) + digits(r, 4), up)
    if idk == "th_pin":
        return "NATIONAL_ID", brute(r, pin, lambda: r.choice("12345678") + digits(r, 11), D1,
                                    lambda x: f"{x[0]}-{x[1:5]}-{x[5:10]}-{x[10:12]}-{x[12]}")
    if idk == "cn_ric":
        return "NATIONAL_ID", brute(r, ric, lambda: r.choice(["330106", "110101", "440305", "310104"]) + dob.strftime("%Y%m%d") + digits(r, 3),
                                    "0123456789X")
    if idk == "jp_in":
        return "NATIONAL_ID", brute(r, jp_in, lambda: digits(r, 11, True), D1, lambda x: f"{x[:4]} {x[4:8]} {x[8:]}")
    if idk == "kr_rrn":
        return "NATIONAL_ID", brute(r, rrn, lambda: yy + mm + dd + "-" + r.choice("12") + digits(r, 5), D1)
    if idk == "gb_nhs":
        return "HEALTH_INSURANCE", brute(r, nhs, lambda: r.choice("4") + digits(r, 8), D1, lambda x: f"{x[:3]} {x[3:6]} {x[6:]}")
    if idk == "au_tfn":
        return "TAX_ID", brute(r, tfn, lambda: digits(r, 8, True), D1, lambda x: f"{x[:3]} {x[3:6]} {x[6:]}")
    if idk == "cl_rut":
        return "TAX_ID", brute(r, rut, lambda: str(r.randint(8, 24)) + digits(r, 6), "0123456789K",
                               lambda x: f"{x[:-7]}.{x[-7:-4]}.{x[-4:-1]}-{x[-1]}")
    if idk == "us":
        return "ssn", brute(r, ssn, lambda: f"{r.randint(100, 665):03d}-{r.randint(1, 99):02d}-", [f"{i:04d}" for i in range(1, 10000, 37)])
    return None


IBAN_FMT = {"DE": 18, "ES": 20, "NL": None, "PL": 24, "FR": 23, "IT": None, "PT": 21, "GR": 23, "TR": None, "RO": None,
            "CZ": 20, "SE": 20, "FI": 14, "DK": 14, "NO": 11, "IL": 19, "SA": 20, "BG": None, "HU": 24}


def make_iban(r, cc):
    for _ in range(5000):
        if cc == "NL":
            bban = r.choice(["RABO", "INGB", "ABNA"]) + digits(r, 10)
        elif cc == "IT":
            bban = r.choice("ABCDEFGHIJ") + digits(r, 10) + digits(r, 12)
        elif cc == "TR":
            bban = digits(r, 5) + "0" + digits(r, 16)
        elif cc == "RO":
            bban = r.choice(["BTRL", "RNCB", "INGB"]) + digits(r, 16)
        elif cc == "BG":
            bban = r.choice(["BNBG", "UNCR", "STSA"]) + digits(r, 6) + digits(r, 8)
        else:
            bban = digits(r, IBAN_FMT[cc])
        cand = cc + st_iban.calc_check_digits(cc + "00" + bban) + bban
        if st_iban.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    raise RuntimeError(cc)


def make_card(r):
    while True:
        pre = r.choice(["4", "51", "53", "55", "4"]) 
        body = pre + digits(r, 15 - len(pre))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and not num.startswith(("4111", "4242", "5555", "4000")):
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))


def make_phone(r, region, style):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nat = str(ex.national_number)
    for _ in range(500):
        k = min(6, len(nat) - 2)
        cand = nat[:-k] + digits(r, k)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            if style == 0:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            if style == 1:
                return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    raise RuntimeError(region)


def make_ip(r):
    while True:
        ip = ipaddress.IPv4Address(r.randint(0x01000000, 0xDFFFFFFF))
        if ip.is_global and not any(ip in ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")):
            return str(ip)


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-")).lower()


# ----------------------------------------------------------------------------------------------------------
# a person
# ----------------------------------------------------------------------------------------------------------
class Person:
    def __init__(self, r, loc):
        self.loc = loc
        self.first = r.choice(loc["first"])
        self.last = r.choice(loc["last"])
        if loc["order"] == "fl":
            self.name = f"{self.first} {self.last}"
        elif loc["script"] in ("Han", "Kana", "Hangul"):
            self.name = f"{self.last}{self.first}"
        else:
            self.name = f"{self.last} {self.first}"
        self.dob = dt.date(1938, 1, 1) + dt.timedelta(days=r.randint(0, 24000))
        self.phone = make_phone(r, loc["region"], r.randint(0, 2))
        if loc["handles"]:
            h = r.choice(loc["handles"]) + str(r.randint(7, 99))
        else:
            h = ascii_fold(self.first) + "." + ascii_fold(self.last)[:8] + str(r.randint(1, 99))
        self.email = f"{h}@{loc['dom']}"
        self.addr = loc["afmt"].format(s=r.choice(loc["streets"]), n=r.randint(2, 148), pc=loc["pc"], c=loc["city"],
                                       a=r.randint(3, 59))
        self.idv = national_id(r, loc["idk"], self.dob)
        self.r = r

    def dob_str(self):
        if self.loc["tag"] in ("en-US",):
            return self.dob.strftime("%m/%d/%Y")
        if self.loc["script"] in ("Han", "Kana"):
            return f"{self.dob.year}年{self.dob.month}月{self.dob.day}日"
        if self.loc["script"] == "Hangul":
            return f"{self.dob.year}년 {self.dob.month}월 {self.dob.day}일"
        return self.dob.strftime(self.r.choice(["%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"]))


# ----------------------------------------------------------------------------------------------------------
# PII records
# ----------------------------------------------------------------------------------------------------------
APPS = ["rag_helpdesk", "coding_agent", "react_agent", "meeting_notes", "email_assistant", "browser_agent",
        "crm_enrichment", "document_qa", "voice_assistant", "translation", "data_labelling", "memory_summary",
        "spreadsheet_copilot", "form_filling"]
MODELS = ["hybridgate/auto", "gpt-4o-mini", "gpt-4.1", "hybridgate/auto", "local/qwen2.5-7b-instruct"]

VOICES = ["terse", "verbose_polite", "typos", "rude", "code_switch", "abbrev"]


def voice(r, v, text):
    if v == "typos":
        t = list(text)
        for _ in range(max(1, len(t) // 40)):
            i = r.randrange(1, len(t) - 1)
            if t[i].isalpha() and t[i + 1].isalpha():
                t[i], t[i + 1] = t[i + 1], t[i]
        return "".join(t)
    if v == "rude":
        return text + " and don't waste my time with disclaimers."
    if v == "verbose_polite":
        return "Hello! I hope you're doing well. " + text + " Thank you so much in advance, it really helps."
    if v == "abbrev":
        return text.replace("please", "pls").replace("customer", "cust").replace("message", "msg")
    if v == "terse":
        return text.split(".")[0]
    return text


class Rec:
    def __init__(self):
        self.values = []  # (type, value)

    def add(self, typ, val):
        self.values.append((typ, val))
        return val


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def haystack(body):
    s = json.dumps(body, ensure_ascii=False)
    parts = [s, urllib.parse.unquote(s)]
    for m in re.finditer(r"base64,([A-Za-z0-9+/=]+)", s):
        parts.append(base64.b64decode(m.group(1)).decode("utf-8", "replace"))
    return "\n".join(parts)


def entities_of(body, values):
    h = haystack(body)
    return sorted({t for t, v in values if v and v in h})


def person_block(r, rec, p, kinds, lbl=True):
    """Native key: value lines for a set of kinds."""
    lb = p.loc["lbl"]
    lines = []
    for k in kinds:
        if k == "person":
            lines.append(f"{lb[0]}: {rec.add('person', p.name)}")
        elif k == "phone":
            lines.append(f"{lb[1]}: {rec.add('phone', p.phone)}")
        elif k == "STREET_ADDRESS":
            lines.append(f"{lb[2]}: {rec.add('STREET_ADDRESS', p.addr)}")
        elif k == "DATE_OF_BIRTH":
            lines.append(f"{lb[3]}: {rec.add('DATE_OF_BIRTH', p.dob_str())}")
        elif k == "email":
            lines.append(f"e-mail: {rec.add('email', p.email)}")
        elif k == "ID" and p.idv:
            lines.append(f"ID: {rec.add(p.idv[0], p.idv[1])}")
        elif k == "iban":
            cc = p.loc["region"] if p.loc["region"] in IBAN_FMT else r.choice(["DE", "NL", "FR"])
            lines.append(f"IBAN: {rec.add('iban', make_iban(r, cc))}")
        elif k == "credit_card":
            lines.append(f"card: {rec.add('credit_card', make_card(r))} exp {r.randint(1, 12):02d}/{r.randint(27, 31)}")
        elif k == "IP_ADDRESS":
            lines.append(f"ip: {rec.add('IP_ADDRESS', make_ip(r))}")
        elif k == "PASSPORT":
            pp = p.loc["region"][0] + r.choice("KLMNPRTX") + digits(r, 7)
            lines.append(f"passport: {rec.add('PASSPORT', pp)}")
        elif k == "MEDICAL_RECORD":
            lines.append(f"MRN: {rec.add('MEDICAL_RECORD', 'MRN-' + digits(r, 7, True))}")
        elif k == "HEALTH_INSURANCE":
            if p.idv and p.idv[0] == "HEALTH_INSURANCE":
                lines.append(f"NHS no: {rec.add('HEALTH_INSURANCE', p.idv[1])}")
            else:
                lines.append(f"insurance member id: {rec.add('HEALTH_INSURANCE', r.choice('WXYZ') + digits(r, 9, True))}")
        elif k == "DRIVER_LICENSE":
            lines.append(f"driver license: {rec.add('DRIVER_LICENSE', r.choice('BDFS') + digits(r, 7, True))}")
        elif k == "US_BANK_NUMBER":
            rt = brute(r, rtn, lambda: r.choice(["0", "1", "2"]) + digits(r, 7), D1)
            acct = digits(r, 10, True)
            rec.add("US_BANK_NUMBER", acct)
            rec.add("US_BANK_NUMBER", rt)
            lines.append(f"routing {rt} / acct {acct}")
    return "\n".join(lines)


EXTRA_POOL = ["phone", "email", "STREET_ADDRESS", "DATE_OF_BIRTH", "ID", "iban", "credit_card", "IP_ADDRESS", "PASSPORT",
              "MEDICAL_RECORD", "HEALTH_INSURANCE"]


def pick_kinds(r, loc, app):
    k = ["person"]
    pool = list(EXTRA_POOL)
    if loc["tag"] == "en-US":
        pool += ["DRIVER_LICENSE", "US_BANK_NUMBER"]
        k.append(r.choice(["ID", "DRIVER_LICENSE", "US_BANK_NUMBER"]))
    if app in ("react_agent", "document_qa", "memory_summary"):
        pool += ["MEDICAL_RECORD", "HEALTH_INSURANCE", "DATE_OF_BIRTH"]
    if app in ("crm_enrichment", "spreadsheet_copilot", "form_filling"):
        pool += ["iban", "email", "phone", "ID", "US_BANK_NUMBER"]
    if app in ("browser_agent", "form_filling", "document_qa"):
        pool += ["DRIVER_LICENSE"]
    n = r.choice([1, 2, 2, 3, 3, 4])
    for x in r.sample(sorted(set(pool)), n):
        if x in k or (x == "ID" and not loc["idv_ok"]):
            continue
        k.append(x)
    return k


# Benign hard-negative snippets (English application content), by kind
BENIGN = {
    "public_figure": ["The press release quotes Christine Lagarde, President of the ECB, on the deposit rate decision of 12 September.",
                      "Per the keynote, Jensen Huang announced the new accelerator roadmap on stage at Computex."],
    "historical": ["Ada Lovelace's 1843 notes on the Analytical Engine contain what is often called the first published algorithm.",
                   "Florence Nightingale's polar-area diagrams (1858) showed most deaths were from preventable disease."],
    "fictional": ["In the onboarding story, Sherlock Holmes lives at 221B Baker Street and Dr Watson keeps the notes.",
                  "Example persona: Elizabeth Bennet from Pride and Prejudice, used only as a fictional tone reference."],
    "cited_author": ["See Kahneman & Tversky (1979), 'Prospect Theory', Econometrica 47(2), ISBN 978-0-14-103357-0 for the later book.",
                     "As Knuth notes in TAOCP vol. 3, premature optimisation is the root of all evil (paraphrased)."],
    "eponym": ["Route via Avenue Winston Churchill, then past the Nobel Prize museum; cargo ship 'Maersk Mc-Kinney Moller' docks Tuesday.",
               "Differential: Hodgkin lymphoma vs Crohn's disease flare; Parkinson's law applies to the sprint planning."],
    "generic_contact": ["Contact support@example.com or the switchboard +1 202-555-0143; emergencies: 112 (EU) / 911 (US).",
                        "Questions: helpdesk@example.org, press office: press@example.net, line 555-0199."],
    "doc_values": ["Allow 192.0.2.15 and 198.51.100.7, block 203.0.113.0/24, IPv6 2001:db8::42; test card 4242 4242 4242 4242.",
                   "Use the sandbox card 4111 1111 1111 1111, exp 12/34, CVC 123, and host api.example.com."],
    "order_numbers": ["Order #A7781-2290 shipped, tracking 1Z999AA10123456784, invoice INV-2026-00418, booking ref QX7P2L.",
                      "Case 00429817 escalated; RMA-55120; SKU BRK-4471-GRN, lot 23F118."],
    "tech_values": ["Deployed v4.12.3 at 2026-11-03T08:14:22Z, commit 9f2c1e7ab4, sha256 3a7bd3e2360a3d..., coords 48.8566, 2.3522.",
                    "Node 20.11.1, postgres 16.2, build #8812, uptime 99.95%, p99 latency 412 ms."],
    "blank_form": ["Name: ____________  Date of birth: __/__/____  Phone: (___) ___-____  Signature: ________",
                   "{{first_name}} {{last_name}}, {{street}} {{house_no}}, {{postcode}} {{city}} - template v2"],
    "anonymised": ["Patient [NAME], aged [AGE], MRN XXX-XXXX, was seen at [HOSPITAL] for chest pain; discharged same day.",
                   "Caller ***** (phone ending ••••) asked about the refund; account ID redacted."],
    "aggregate": ["Q3 churn 4.2% (n=18,240); median ticket age 31 h; 62% of callers were aged 35-54.",
                  "Survey: 1,204 respondents, 48% prefer e-mail, 27% chat, 25% phone."],
    "code_no_data": ["def normalise(rows):\n    return [{k.strip().lower(): v for k, v in r.items()} for r in rows]",
                     "SELECT region, count(*) FROM orders WHERE created_at > now() - interval '7 days' GROUP BY region;"],
}
BENIGN_KINDS = sorted(BENIGN)


def chat(messages, model, **extra):
    b = {"model": model, "messages": messages}
    b.update(extra)
    return b


def build_app(r, app, loc, sensitive, rec, v):
    """Returns (body, endpoint, style-detail)."""
    model = r.choice(MODELS)
    tag = loc["tag"]
    if sensitive:
        incidental = r.random() < 0.13
        p = Person(r, loc)
        if incidental:
            which = r.choice(["first", "phone", "dob"])
            if which == "first":
                rec.add("person", p.first)
                data = r.choice([f"(my sister {p.first} wrote this part)", f"my colleague {p.first} says: {loc['note']}",
                                 f"ask {p.first} from accounts, she's my wife"])
            elif which == "phone":
                data = f"{loc['note']} {loc['lbl'][1]}: {rec.add('phone', p.phone)}"
            else:
                data = f"{loc['lbl'][3]}: {rec.add('DATE_OF_BIRTH', p.dob_str())} — {loc['note']}"
            detail = "incidental_" + which
        else:
            kinds = pick_kinds(r, loc, app)
            data = person_block(r, rec, p, kinds) + "\n" + loc["note"]
            detail = "+".join(sorted(kinds))
    else:
        bk = r.choice(BENIGN_KINDS)
        data = r.choice(BENIGN[bk])
        native = loc["anon"] if r.random() < 0.5 else loc["note"]
        data = native + "\n" + data if r.random() < 0.5 else data + "\n" + native
        detail = "benign_" + bk
        p = None
    ep = "chat"

    if app == "rag_helpdesk":
        chunks = [f"[chunk {i}] {t}" for i, t in enumerate([
            "Refunds are processed within 5 business days after the return scan.",
            data,
            "Agents must not promise delivery dates for backordered items."], 1)]
        r.shuffle(chunks)
        sysm = "You are the help-desk assistant of " + r.choice(COMPANIES) + ". Answer only from the retrieved context.\n\n### Retrieved context\n" + "\n".join(chunks)
        q = voice(r, v, "Can you tell the customer what happens next with their ticket?")
        body = chat([{"role": "system", "content": sysm}, {"role": "user", "content": q}], model)
    elif app == "coding_agent":
        fixture = "\n".join("# " + ln for ln in data.split("\n"))
        if r.random() < 0.5:
            trace = ("Traceback (most recent call last):\n  File \"app/billing/export.py\", line 88, in to_csv\n"
                     "    writer.writerow(row)\nUnicodeEncodeError: 'ascii' codec can't encode character\n"
                     f"row fixture from tests/fixtures/customer.py:\n{fixture}")
            body = chat([{"role": "system", "content": "You are a coding agent working in a git repository. Use tools."},
                         {"role": "user", "content": voice(r, v, "fix the failing export test please")},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
                          "function": {"name": "run_tests", "arguments": json.dumps({"path": "tests/test_export.py"})}}]},
                         {"role": "tool", "tool_call_id": "call_1", "content": trace}], model,
                        tools=[{"type": "function", "function": {"name": "run_tests", "parameters": {"type": "object", "properties": {"path": {"type": "string"}}}}}])
        else:
            diff = ("diff --git a/.env.example b/.env.local\n--- a/.env.example\n+++ b/.env.local\n@@ -1,4 +1,6 @@\n DB_HOST=localhost\n"
                    + "\n".join("+SEED_" + ln.replace(": ", "=\"", 1) + "\"" if ": " in ln else "+# " + ln for ln in data.split("\n")))
            body = chat([{"role": "system", "content": "Coding agent. Propose a commit."},
                         {"role": "user", "content": voice(r, v, "write the commit message and tell me if this diff is ok to push")},
                         {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
                          "function": {"name": "apply_patch", "arguments": json.dumps({"patch": diff}, ensure_ascii=False)}}]},
                         {"role": "tool", "tool_call_id": "call_7", "content": "patch applied, 1 file changed"}], model)
    elif app == "react_agent":
        api = r.choice(["hr", "ehr", "billing", "shipping"])
        obs = json.dumps({"api": api, "status": 200, "result": dict(
            (ln.split(": ", 1)[0], ln.split(": ", 1)[1]) if ": " in ln else ("note", ln) for ln in data.split("\n"))}, ensure_ascii=False)
        scratch = (f"Question: {voice(r, v, 'summarise the open item for this record')}\nThought: I should query the {api} API.\n"
                   f"Action: {api}_lookup\nAction Input: {{\"id\": \"{digits(r, 6)}\"}}\nObservation: {obs}\nThought:")
        if r.random() < 0.3:
            body = {"model": "gpt-3.5-turbo-instruct", "prompt": scratch, "max_tokens": 256, "stop": ["Observation:"]}
            ep = "completions"
        else:
            body = chat([{"role": "system", "content": "Answer using the ReAct format. Tools: hr_lookup, ehr_lookup, billing_lookup, shipping_lookup."},
                         {"role": "user", "content": scratch}], model, stop=["Observation:"])
    elif app == "meeting_notes":
        lines = data.split("\n")
        spk = ["SPEAKER_00", "SPEAKER_01", "SPEAKER_02"]
        tr = [f"[00:{i * 3 + 2:02d}:1{i % 10}] {spk[i % 3]}: {ln}" for i, ln in enumerate(["ok let's start, agenda is short"] + lines + ["action items?"])]
        body = chat([{"role": "system", "content": "You turn diarised transcripts into minutes with action items."},
                     {"role": "user", "content": [{"type": "text", "text": voice(r, v, "minutes for this chunk please")},
                                                  {"type": "text", "text": "\n".join(tr)}]}], model)
    elif app == "email_assistant":
        sender = (p.email if p and any(t == "email" for t, _ in rec.values) else "noreply@example.com")
        thread = (f"From: {sender}\nTo: team@example.com\nSubject: Re: follow-up\nDate: Tue, 3 Nov 2026 09:12:44 +0100\n\n"
                  f"> {loc['note']}\n> \n> --\n> {data.replace(chr(10), chr(10) + '> ')}\n\nThanks, noted.")
        body = chat([{"role": "system", "content": "You are an e-mail assistant. Draft replies in the thread's language."},
                     {"role": "user", "content": voice(r, v, "draft a short reply to this thread") + "\n\n" + thread}], model)
    elif app == "browser_agent":
        page = f"<page url=\"https://portal.example.com/account\">\nMy account\n{data}\n[Save] [Cancel]\n</page>"
        body = chat([{"role": "system", "content": "You are a browser agent. Decide the next action."},
                     {"role": "user", "content": voice(r, v, "update the delivery preference on this page")},
                     {"role": "assistant", "content": None, "tool_calls": [{"id": "b1", "type": "function",
                      "function": {"name": "read_page", "arguments": "{}"}}]},
                     {"role": "tool", "tool_call_id": "b1", "content": page}], model)
        if r.random() < 0.5:
            body["store"] = True
            body["metadata"] = {"session": "br-" + digits(r, 6), "page_title": data.split("\n")[0][:120]}
    elif app == "crm_enrichment":
        rec_json = dict((f"field_{i}", ln) for i, ln in enumerate(data.split("\n")))
        body = chat([{"role": "system", "content": "Enrich CRM records. Call update_contact with normalised fields."},
                     {"role": "user", "content": "enrich record " + digits(r, 8)},
                     {"role": "assistant", "content": None, "tool_calls": [{"id": "c9", "type": "function",
                      "function": {"name": "update_contact", "arguments": json.dumps(rec_json, ensure_ascii=False)}}]},
                     {"role": "tool", "tool_call_id": "c9", "content": "{\"updated\": true}"}],
                    model, tools=[{"type": "function", "function": {"name": "update_contact", "parameters": {"type": "object"}}}])
        if p and r.random() < 0.4:
            body["user"] = rec.add("email", p.email)
    elif app == "document_qa":
        fname = r.choice(["intake_form.txt", "lease_scan_ocr.txt", "claim.txt", "notes.md"])
        body = chat([{"role": "system", "content": "Answer questions about the uploaded file."},
                     {"role": "user", "content": [{"type": "file", "file": {"filename": fname,
                                                                              "file_data": "data:text/plain;base64," + b64(data)}},
                                                  {"type": "text", "text": voice(r, v, "what is this document about, one line")}]}], model)
    elif app == "voice_assistant":
        asr = re.sub(r"[^\w\s@+]", " ", data).lower()
        asr = re.sub(r"\s+", " ", asr).strip()
        # values survive ASR only if lowercase/punctuation-free; re-add the surviving forms
        for t, val in list(rec.values):
            low = re.sub(r"\s+", " ", re.sub(r"[^\w\s@+]", " ", val).lower()).strip()
            if low and low != val:
                rec.add(t, low)
        body = chat([{"role": "system", "content": "Voice assistant. Input is raw ASR text."},
                     {"role": "user", "content": "hey assistant " + asr + " ok thats it"}], model)
        if p and r.random() < 0.4:
            body["user"] = "device-" + digits(r, 8)
    elif app == "translation":
        gl = "Glossary: invoice=" + {"de-DE": "Rechnung", "fr-FR": "facture"}.get(tag, "invoice") + "; ticket=ticket"
        if r.random() < 0.35:
            body = {"model": "gpt-3.5-turbo-instruct", "prompt": f"{gl}\nTranslate to English:\n{data}\nEnglish:", "max_tokens": 400}
            ep = "completions"
        else:
            body = chat([{"role": "system", "content": f"Translate segments from {tag} into English. {gl}"},
                         {"role": "user", "content": "\n".join(f"<seg id={i}>{s}</seg>" for i, s in enumerate(data.split("\n"), 1))}], model)
    elif app == "data_labelling":
        shots = ("Text: The parcel arrived damaged.\nLabel: complaint\n\nText: What are your opening hours?\nLabel: question\n\n")
        prompt = shots + "Text: " + data.replace("\n", " | ") + "\nLabel:"
        if r.random() < 0.5:
            body = {"model": "gpt-3.5-turbo-instruct", "prompt": prompt, "max_tokens": 3, "temperature": 0}
            ep = "completions"
        else:
            body = chat([{"role": "system", "content": "Label the text as complaint, question, request or other. One word."},
                         {"role": "user", "content": prompt}], model, temperature=0)
    elif app == "memory_summary":
        sysm = ("You are a friendly assistant.\n<long_term_memory>\nUser facts (auto-summarised from past chats):\n- "
                + data.replace("\n", "\n- ") + "\n</long_term_memory>")
        body = chat([{"role": "system", "content": sysm},
                     {"role": "user", "content": voice(r, v, "what should I cook tonight, something quick")}], model)
        if r.random() < 0.4:
            body["store"] = True
            body["metadata"] = {"memory_version": "m" + str(r.randint(3, 40))}
    elif app == "spreadsheet_copilot":
        rows = [ln.split(": ", 1) if ": " in ln else ["note", ln] for ln in data.split("\n")]
        sep = r.choice(["\t", ",", ";"])
        tsv = sep.join(k for k, _ in rows) + "\n" + sep.join(val for _, val in rows) + "\n"
        body = chat([{"role": "system", "content": "You are a spreadsheet copilot. Output formulas or cleaned tables."},
                     {"role": "user", "content": voice(r, v, "clean this up, fix the column headers") + "\n\n" + tsv}], model)
    else:  # form_filling
        rows = [ln.split(": ", 1) if ": " in ln else ["note", ln] for ln in data.split("\n")]
        props = {f"f{i}": {"type": "string", "description": k} for i, (k, _) in enumerate(rows)}
        filled = {f"f{i}": val for i, (_, val) in enumerate(rows[: max(1, len(rows) // 2)])}
        rest = {f"f{i}": val for i, (_, val) in enumerate(rows) if f"f{i}" not in filled}
        if rest and r.random() < 0.5:
            for kk, vv in rest.items():
                props[kk]["examples"] = [vv]
        else:
            filled.update(rest)
        body = chat([{"role": "system", "content": "Fill the form. Keep known values, infer nothing."},
                     {"role": "user", "content": "partially filled: " + json.dumps(filled, ensure_ascii=False)}], model,
                    response_format={"type": "json_schema", "json_schema": {"name": "intake_form", "schema": {"type": "object", "properties": props}}})
    return body, ep, detail


def build_pii(r):
    recs = []
    for loc in LOC.values():
        loc["idv_ok"] = bool(loc["idk"])
    n = 0
    plan = []
    for ai, app in enumerate(APPS):
        for j in range(36):
            plan.append((app, j < 21))
    r.shuffle(plan)
    for i, (app, sens) in enumerate(plan):
        loc = LOC[LANGS[(i * 7 + 3) % len(LANGS)]]
        v = VOICES[r.randrange(len(VOICES))]
        rec = Rec()
        body, ep, detail = build_app(r, app, loc, sens, rec, v)
        ents = entities_of(body, rec.values)
        if sens and not ents:
            raise RuntimeError(f"sensitive record without entity: {app}")
        n += 1
        recs.append({"id": f"{NAME}-pii-{n:04d}", "category": app if sens else app + "_benign", "sensitive": sens,
                     "entities": ents, "endpoint": ep, "lang": loc["tag"], "style": f"{app} · {v} · {detail}", "body": body})
    return recs


# ----------------------------------------------------------------------------------------------------------
# complexity records
# ----------------------------------------------------------------------------------------------------------
EASY_SHORT = [
    ("voice_assistant", "convert 72 fahrenheit to celsius"),
    ("translation", "Translate 'the meeting is moved to Thursday' into German."),
    ("spreadsheet_copilot", "What's the Excel formula to sum column B?"),
    ("rag_helpdesk", "What are the support hours listed in the FAQ?"),
    ("coding_agent", "rename variable `usr` to `user` in this line: `usr = get_usr()`"),
    ("email_assistant", "Make this subject line shorter: 'Follow up regarding the documents for next week meeting'"),
    ("data_labelling", "Label: 'My package never arrived.' -> complaint/question/other?"),
    ("form_filling", "Format the date 2026-03-04 as DD/MM/YYYY."),
    ("voice_assistant", "how many ounces in a kilogram"),
    ("browser_agent", "Click the 'Next' button."),
    ("crm_enrichment", "Uppercase the country code 'de'."),
    ("document_qa", "What is the title of the uploaded file?"),
    ("memory_summary", "What's my favourite colour again? (memory says green)"),
    ("meeting_notes", "List the three agenda items: budget, hiring, offsite."),
    ("translation", "How do you say 'out of stock' in Spanish?"),
    ("rag_helpdesk", "Which page of the docs covers password reset? Just the link."),
    ("coding_agent", "what does `git stash pop` do, one sentence"),
    ("spreadsheet_copilot", "Turn 1,234.5 into the German number format."),
    ("voice_assistant", "set a timer for 12 minutes"),
    ("react_agent", "What's the current temperature in the weather tool result: {\"temp_c\": 14}?"),
    ("email_assistant", "Fix the typo: 'Thnaks for your patience'"),
    ("crm_enrichment", "Split 'ACME GmbH, Berlin' into company and city fields."),
]
HARD_SHORT = [
    ("coding_agent", "Our Go service deadlocks only under load when two goroutines call Transfer(a,b) and Transfer(b,a). Explain the root cause and design a fix that doesn't serialize everything."),
    ("coding_agent", "Prove that my binary search with `mid = (lo+hi)/2; if a[mid]<x: lo=mid else hi=mid` can loop forever, and give the corrected invariant."),
    ("rag_helpdesk", "Should we shard the tickets table by tenant or by time? Weigh hot-tenant skew, retention deletes and cross-tenant reporting."),
    ("spreadsheet_copilot", "Minimise shipping cost: 3 warehouses, 5 stores, capacities and demands given; formulate the LP and explain why the greedy choice fails."),
    ("react_agent", "Plan a multi-step tool strategy to reconcile 3 billing APIs that disagree on proration, and justify the order of calls."),
    ("document_qa", "Does a non-compete signed in 2019 survive an asset sale under the assignment clause? Reason through enforceability and successor rights."),
    ("memory_summary", "Patient on warfarin starts clarithromycin and has INR 4.8: reason through the interaction mechanism and the safest management options."),
    ("voice_assistant", "why does a 2 of 3 quorum lose writes when the network partitions asymmetrically walk me through it"),
    ("crm_enrichment", "Design a dedup algorithm for 40M contacts with fuzzy names; compare blocking strategies and their recall/precision trade-offs."),
    ("browser_agent", "Prove the sum of the first n odd numbers is n^2, then generalise to the sum of the first n k-gonal numbers."),
    ("data_labelling", "Our annotators disagree 30% of the time; derive whether Cohen's kappa or Krippendorff's alpha is appropriate for 4 raters with missing labels and why."),
    ("form_filling", "Why does JSON Schema `oneOf` with two overlapping object schemas reject valid inputs? Give the root cause and a refactor."),
    ("email_assistant", "Our SPF passes but DMARC fails for forwarded mail. Diagnose why step by step and choose between ARC and rewriting."),
    ("translation", "Is translating 'shall' as 'should' in this indemnity clause a material change? Argue both sides under common-law construction."),
    ("meeting_notes", "Given 5 teams and the dependency graph A->B->D, A->C->D, C->E, find the critical path and explain what to parallelise."),
    ("coding_agent", "p99 went from 80ms to 900ms after we added an index on a UUIDv4 primary key. Why, mechanically, and what would you change?"),
    ("coding_agent", "Our Python asyncio worker leaks memory only when tasks are cancelled during `await queue.get()`. Hypothesise the root cause and how to prove it."),
    ("rag_helpdesk", "Design retrieval for 2M support articles in 9 languages: compare BM25+rerank vs multilingual dense embeddings on cost, recall and drift, and pick one."),
    ("spreadsheet_copilot", "Prove that IRR can have multiple solutions for cash flows -100, 230, -132 and explain what the finance team should report instead."),
    ("react_agent", "Two agents share a rate-limited API with 100 req/min. Derive a fair token-bucket schedule that guarantees neither starves, and prove the bound."),
    ("form_filling", "Is it safe to auto-fill a tax form field from a prior year's return when the filing status changed? Reason through the liability and the failure modes."),
    ("voice_assistant", "if i take ibuprofen with my lisinopril and i have kidney disease whats the actual risk explain the mechanism"),
    ("document_qa", "Does a force majeure clause covering 'epidemics' excuse late payment, as opposed to late delivery? Argue from the wording and typical case law."),
]
LONG_CTX = {
    "rag_helpdesk": lambda r, n: "\n".join(f"[doc {i}] Product FAQ section {i}: The {r.choice(['router', 'thermostat', 'scanner', 'kettle'])} model X{i} supports firmware {r.randint(1, 9)}.{r.randint(0, 20)}; warranty {r.randint(1, 3)} years; reset by holding the button {r.randint(5, 15)} s." for i in range(n)),
    "coding_agent": lambda r, n: "\n".join(f"2026-11-0{r.randint(1, 9)}T1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}Z {r.choice(['INFO', 'WARN', 'DEBUG', 'ERROR'])} worker-{r.randint(1, 8)} job={r.randint(1000, 9999)} {r.choice(['acquired lock', 'released lock', 'retrying fetch', 'commit ok', 'pool exhausted', 'timeout after 30s'])}" for i in range(n)),
    "meeting_notes": lambda r, n: "\n".join(f"[00:{i:02d}:{r.randint(10, 59)}] SPEAKER_0{i % 4}: {r.choice(['I think the launch date works', 'we still need the QA sign-off', 'budget is fine for Q1', 'let us revisit pricing', 'the vendor replied yesterday', 'I can take that action'])}" for i in range(n)),
    "spreadsheet_copilot": lambda r, n: "sku\tqty\tprice\tregion\n" + "\n".join(f"SKU-{r.randint(1000, 9999)}\t{r.randint(1, 500)}\t{r.randint(1, 300)}.{r.randint(0, 99):02d}\t{r.choice(['north', 'south', 'east', 'west'])}" for i in range(n)),
    "react_agent": lambda r, n: "\n".join(f"Observation: {{\"city\": \"{r.choice(['Oslo', 'Lima', 'Pune', 'Perth'])}\", \"temp_c\": {r.randint(-5, 35)}, \"wind_kmh\": {r.randint(0, 60)}, \"t\": \"2026-11-{r.randint(10, 28)}T{r.randint(0, 23):02d}:00Z\"}}" for i in range(n)),
    "email_assistant": lambda r, n: "\n".join(f"> On Mon, {r.randint(1, 28)} Oct 2026, team@example.com wrote:\n> {r.choice(['Please find the agenda attached.', 'The venue is confirmed.', 'Can we move the call?', 'Reminder: submit expenses by Friday.'])}" for i in range(n)),
    "document_qa": lambda r, n: "\n".join(f"Section {i}. {r.choice(['The tenant shall keep the premises in good repair.', 'Rent is payable monthly in advance.', 'Either party may terminate with three months notice.', 'The deposit is held in an approved scheme.', 'Subletting requires prior written consent.'])}" for i in range(1, n + 1)),
    "translation": lambda r, n: "\n".join(f"<seg id={i}>{r.choice(['Press the power button for three seconds.', 'Do not immerse the base in water.', 'Clean the filter once a month.', 'The warranty does not cover misuse.'])}</seg>" for i in range(1, n + 1)),
}
EASY_LONG_ASK = ["List the distinct values in the last column.", "Summarise this in three bullet points.",
                 "Extract every date you see, one per line.", "Translate the first five lines into English.",
                 "Count the lines that contain WARN.", "Reformat this as a markdown table.",
                 "What firmware version does model X3 have?", "Convert all prices to cents."]
HARD_LONG_ASK = {
    "rag_helpdesk": "Customers report resets failing after firmware upgrades. Using these docs, reason about which combination of model and firmware is the likely root cause and propose a staged rollback plan with risks.",
    "coding_agent": "The workers deadlock intermittently. From this log, reconstruct the lock acquisition order, identify the root cause of the deadlock and propose a fix with proof it cannot recur.",
    "meeting_notes": "From this transcript, infer the unresolved dependencies between teams, detect contradictory commitments and propose a schedule that minimises the critical path, justifying each trade-off.",
    "spreadsheet_copilot": "Using this table, formulate an optimisation that reallocates stock between regions to minimise expected stock-outs under a 10% demand shock, and explain why a greedy reallocation is suboptimal.",
    "react_agent": "Given these observations, design a routing decision for drones that trades wind risk against delivery time; derive the decision rule and show where it breaks down.",
    "email_assistant": "Reconstruct the actual decision history from this thread where people contradict each other, determine which commitment is binding, and argue it.",
    "document_qa": "Analyse whether these clauses, read together, allow the landlord to withhold the deposit for subletting without consent; reason through conflicts and precedence.",
    "translation": "These segments will be used in a safety-critical manual; analyse which ones are ambiguous under EU machinery directive wording, and propose and justify unambiguous rewrites.",
}


def short_msgs(r, app, text):
    if app == "voice_assistant":
        text = re.sub(r"[^\w\s]", "", text).lower()
    msgs = [{"role": "user", "content": text}]
    if r.random() < 0.5:
        msgs.insert(0, {"role": "system", "content": f"You are the {app.replace('_', ' ')} assistant. Be concise."})
    return msgs


def long_ctx(r, app, n):
    ctx = LONG_CTX[app](r, n)
    while len(ctx) < 1700:
        n += 8
        ctx = LONG_CTX[app](r, n)
    return ctx


def build_cx(r):
    recs = []
    plan = [("short_simple", 45), ("long_easy", 50), ("short_hard", 50), ("long_hard", 45)]
    items = []
    for cat, n in plan:
        items += [cat] * n
    r.shuffle(items)
    cx_langs = LANGS
    for i, cat in enumerate(items):
        loc = LOC[cx_langs[(i * 5 + 1) % len(cx_langs)]]
        model = r.choice(MODELS)
        if cat == "short_simple":
            app, ask = EASY_SHORT[r.randrange(len(EASY_SHORT))]
            text = (loc["hard"] if r.random() < 0.25 else loc["easy"]) + " " + ask
            msgs = short_msgs(r, app, text)
        elif cat == "short_hard":
            app, ask = HARD_SHORT[r.randrange(len(HARD_SHORT))]
            text = (loc["easy"] if r.random() < 0.25 else loc["hard"]) + " " + ask
            msgs = short_msgs(r, app, text)
        elif cat == "long_easy":
            app = sorted(LONG_CTX)[r.randrange(len(LONG_CTX))]
            ctx = long_ctx(r, app, r.randint(28, 60))
            ask = r.choice(EASY_LONG_ASK)
            msgs = [{"role": "system", "content": f"You are the {app.replace('_', ' ')} assistant."},
                    {"role": "user", "content": ctx + "\n\n" + (loc["hard"] if r.random() < 0.25 else loc["easy"]) + " " + ask}]
        else:
            app = sorted(LONG_CTX)[r.randrange(len(LONG_CTX))]
            ctx = long_ctx(r, app, r.randint(25, 55))
            msgs = [{"role": "system", "content": f"You are the {app.replace('_', ' ')} assistant."},
                    {"role": "user", "content": (loc["easy"] if r.random() < 0.25 else loc["hard"]) + " " + HARD_LONG_ASK[app] + "\n\n" + ctx}]
        body = {"model": model, "messages": msgs}
        total = sum(len(m["content"]) for m in msgs)
        if cat == "long_easy":
            assert total >= 1500, total
        if cat in ("short_simple", "short_hard"):
            assert total < 700, total
        recs.append({"id": f"{NAME}-cx-{i + 1:04d}", "category": cat, "label": int(cat.endswith("hard")),
                     "length_adversarial": cat in ("long_easy", "short_hard"), "endpoint": "chat", "lang": loc["tag"],
                     "style": f"{app} · {cat}", "body": body})
    return recs


def main():
    filter_and_check_overlap()
    r = random.Random(SEED)
    pii = build_pii(r)
    cx = build_cx(random.Random(SEED + 1))
    OUT.mkdir(parents=True, exist_ok=True)
    for name, recs in (("pii", pii), ("complexity", cx)):
        with open(OUT / f"{name}_{NAME}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
    # contents
    sens = sum(x["sensitive"] for x in pii)
    print("CONTENTS")
    print(f"pii_{NAME}.jsonl: {len(pii)} requests ({collections.Counter(x['endpoint'] for x in pii)}), "
          f"{len({x['lang'] for x in pii})} language tags, {len({LOC[x['lang']]['script'] for x in pii})} scripts; "
          f"{sens} sensitive / {len(pii) - sens} benign ({sens / len(pii):.1%})")
    print("  incidental:", sum("incidental" in x["style"] for x in pii))
    print("  categories:", dict(sorted(collections.Counter(x["category"] for x in pii).items())))
    print("  entities:", dict(sorted(collections.Counter(e for x in pii for e in x["entities"]).items())))
    print("  benign kinds:", dict(sorted(collections.Counter(x["style"].split("benign_")[1] for x in pii if not x["sensitive"]).items())))
    adv = sum(x["length_adversarial"] for x in cx)
    print(f"complexity_{NAME}.jsonl: {len(cx)} chat requests in {len({x['lang'] for x in cx})} language tags: "
          f"{dict(sorted(collections.Counter(x['category'] for x in cx).items()))}; {adv} ({adv / len(cx):.0%}) "
          f"length-adversarial, {sum(x['label'] for x in cx)} labelled 1")
    assert 480 <= len(pii) <= 520 and 0.55 <= sens / len(pii) <= 0.60
    assert 180 <= len(cx) <= 200 and adv / len(cx) >= 0.45
    assert len({x['lang'] for x in pii}) >= 35 and len({x['lang'] for x in cx}) >= 30


if __name__ == "__main__":
    main()
