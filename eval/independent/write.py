#!/usr/bin/env python3
"""Independent evaluation set for Naast's Dutch de-identifier.

Written by hand, without seeing the de-identifier (crates/naast-deid) or the team's own generator
(eval/generate.py); only shared/deid/INTERFACE.md, shared/deid/DUTCH_IDENTIFIERS.md and
eval/score.py were read. Every document below is a hand-written text; personal data is marked
inline as [[LABEL:value]] and the script builds each text from its parts, so all offsets are
computed (Unicode code points), never counted by hand.

Markup
  [[P:Fatma Yildiz]]     a gold span with label PERSON (short aliases, see ALIAS below)
  [[BSN:@dots]]          a value generated here (deterministic, seeded by the document id):
                         BSN  @plain | @dots | @space           (passes the 11-proef)
                         IBAN @<BANK> [g][l]                    (mod-97 valid; g = groups of 4,
                                                                 l = lower case)
                         any  @nobsn [space|dots]               9 digits that FAIL the 11-proef
  [[N:...]]              text that is inserted but deliberately NOT annotated (hard negative)

Usage: python3 write.py > independent.jsonl      (python3 write.py --stats: counts on stderr)
Standard library only; the output is identical on every run.
"""
import json
import random
import re
import sys
import zlib
from collections import Counter

ALIAS = {
    "P": "PERSON", "A": "ADDRESS", "PC": "POSTCODE", "C": "CITY", "T": "PHONE", "E": "EMAIL",
    "U": "URL", "BSN": "BSN", "IBAN": "IBAN", "DOB": "DATE_OF_BIRTH", "D": "DATE", "AGE": "AGE",
    "CN": "CASE_NUMBER", "LP": "LICENSE_PLATE", "O": "ORG", "N": None,
}
LABELS = {v for v in ALIAS.values() if v}

DOCS = []


def D(kind, src):
    """Registers one hand-written document. A single leading newline is dropped."""
    if src.startswith("\n"):
        src = src[1:]
    DOCS.append((kind, src.rstrip()))


# ---------------------------------------------------------------- generated identifiers

def bsn_ok(digits):
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    s = sum(w * int(c) for w, c in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), digits))
    return s % 11 == 0


def make_bsn(rng):
    while True:
        d = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(7)]
        last = sum(w * x for w, x in zip((9, 8, 7, 6, 5, 4, 3, 2), d)) % 11
        if last < 10:
            s = "".join(map(str, d + [last]))
            assert bsn_ok(s)
            return s


def make_nobsn(rng):
    while True:
        s = str(rng.randrange(100000000, 1000000000))
        if not bsn_ok(s):
            return s


def fmt9(s, style):
    if style == "dots":
        return f"{s[:4]}.{s[4:6]}.{s[6:]}"
    if style == "space":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return s


def iban_numeric(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", iban):
        return False
    return iban_numeric(iban[4:] + iban[:4]) % 97 == 1


def make_iban(rng, bank):
    while True:
        if bank == "INGB":  # ex-Postbank: short numbers left-padded with zeros
            acct = "000" + str(rng.randrange(1000000, 10000000))
        else:  # the old 11-proef on the account number, weights 10..1
            acct = str(rng.randrange(1000000000, 10000000000))
            if sum(w * int(c) for w, c in zip(range(10, 0, -1), acct)) % 11:
                continue
        check = 98 - iban_numeric(bank + acct + "NL00") % 97
        iban = f"NL{check:02d}{bank}{acct}"
        assert iban_ok(iban)
        return iban


def generate(rng, label, spec):
    words = spec.split()
    kind, opts = words[0], words[1:]
    if kind == "nobsn":
        return fmt9(make_nobsn(rng), opts[0] if opts else "plain")
    if label == "BSN":
        return fmt9(make_bsn(rng), kind)
    if label == "IBAN":
        iban = make_iban(rng, kind)
        flags = opts[0] if opts else ""
        if "g" in flags:
            iban = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if "l" in flags:
            iban = iban.lower()
        return iban
    raise ValueError(f"unknown generator {label}:@{spec}")


# ---------------------------------------------------------------- documents
# ---- e-mails from citizens --------------------------------------------------------------------

D("mail_burger", """
Onderwerp: hulp nodig bij bezwaar

Beste mevrouw [[P:Hoekstra]],

Via de bibliotheek kreeg ik uw naam. Ik heb op [[D:14 februari]] een brief gekregen dat mijn huishoudelijke hulp van 4 naar 2 uur per week gaat. Ik ben [[AGE:81]] en heb sinds mijn heupoperatie veel moeite met stofzuigen en de bedden verschonen. De brief komt van de gemeente maar er staat geen naam van een consulent onder, alleen kenmerk [[CN:WMO-2025-04417]].

Mijn dochter [[P:Ingrid]] woont in [[C:Groningen]] en kan niet elke week komen. Kunt u mij helpen met een bezwaar? De termijn is 6 weken, dus ik heb nog even.

U kunt mij het beste bellen in de ochtend: [[T:050-3184472]].

Vriendelijke groet,
[[P:Trijntje Wiersma-Bakker]]
[[A:Parkweg 118]]
[[PC:9714 HG]] [[C:Groningen]]
""")

D("mail_burger", """
hallo,

ik weet niet of ik hier goed ben. mijn uitkering is stopgezet omdat ik een formulier te laat zou hebben ingeleverd maar ik heb het echt op tijd gebracht, ik heb het zelf bij de balie afgegeven op [[D:2 september]]. nu heb ik deze maand niks en de huur moet betaald. de huur is € 687,40 en ik heb 2 kinderen.

kunt u mij bellen? [[T:06 2871 0934]]

groetjes [[P:Shanice Doelwijt]]
""")

D("mail_burger", """
Geachte heer/mevrouw,

Graag wil ik een klacht indienen over de manier waarop ik ben behandeld tijdens het keukentafelgesprek van dinsdag [[D:8 oktober]]. De consulent, de heer [[P:Van Rijswijk]], zat voortdurend op zijn telefoon en zei letterlijk dat ik "nog prima kon lopen". Ik heb MS sinds 2011 en heb goede en slechte dagen.

Ik zou graag willen dat u met mij meekijkt. Mijn gegevens:
Naam: [[P:Els Vermeulen]]
Geboortedatum: [[DOB:23-06-1968]]
Adres: [[A:Van Heemstralaan 7]], [[C:Amersfoort]]
Telefoon: [[T:033-4610285]]
E-mail: [[E:els.vermeulen68@hotmail.com]]

Met vriendelijke groet,
[[P:E. Vermeulen]]
""")

D("mail_burger", """
Goedemiddag,

Mijn naam is [[P:Mehmet Kaya]], ik schrijf namens mijn vader, [[P:Hüseyin Kaya]] ([[AGE:74]]). Hij spreekt weinig Nederlands. Hij woont alleen op de [[A:Bernadottelaan]] in [[C:Utrecht]] sinds mijn moeder vorig jaar is overleden.

Hij heeft een scootmobiel aangevraagd via de Wmo, maar hij krijgt steeds brieven die hij niet begrijpt. De laatste gaat over een eigen bijdrage bij het CAK van € 21,20 per maand. Is dat normaal? En waarom moet hij opnieuw naar een keuring, hij heeft al een indicatie voor 5 jaar?

Ik werk zelf overdag, u kunt mij mailen op [[E:m.kaya@kpnmail.nl]] of na 18.00 uur bellen op [[T:06-14429071]].

Alvast bedankt,
[[P:Mehmet]]
""")

D("mail_burger", """
Beste [[P:Ruud]],

Dank voor het fijne gesprek van gisteren. Zoals beloofd stuur ik je hierbij de stukken:
- de beschikking van [[D:30 juni 2025]]
- mijn reactie aan de gemeente van [[D:12-07-2025]]
- de mail van [[P:Sandra Ouwehand]] van [[O:Thuiszorg Het Anker]]

Ik heb het nummer van de beschikking er nog even apart bij gezet omdat het slecht leesbaar is: [[CN:@nobsn]].

Zoals je zei: Zwart op wit is beter dan aan de telefoon. Ik hoor van je!

Groet,
[[P:Annemiek]]
""")

D("mail_burger", """
Onderwerp: Re: afspraak donderdag

Hoi,

Donderdag 10 uur is goed. Ik neem mijn buurvrouw mee, [[P:Gerda]], want ik vergeet anders de helft. Moet ik mijn DigiD meenemen? En de brieven van de Belastingdienst over de toeslagen?

Het adres is toch [[A:Lange Nieuwstraat 40]]? Ik kom met de bus uit [[C:IJsselstein]].

[[P:Wim de Jong]]
""")

D("mail_burger", """
Geachte mevrouw [[P:El Idrissi]],

Ik heb uw folder gevonden bij de huisarts. Mijn zoon [[P:Daan]] is [[AGE:15]] en heeft autisme. Hij zit al sinds de zomer thuis omdat de school hem niet meer aankan. We hebben een aanvraag gedaan voor jeugdhulp, maar we horen al 11 weken niets. Ik heb gebeld met het jeugdteam en daar zeiden ze dat er een wachtlijst is bij [[O:Youké]].

Kunt u ons helpen om hier druk op te zetten? Of is dat niet uw taak?

Met vriendelijke groet,

[[P:Marloes Brouwer]]
[[T:06 40 19 88 26]]
""")

D("mail_burger", """
Hallo Naast,

Wij hebben schulden, ongeveer 23.000 euro. Mijn man durft niet naar de gemeente want hij schaamt zich. Ik wil het wel proberen. Ik hoorde dat jullie onafhankelijk zijn, klopt dat? Er is al een deurwaarder langs geweest en die zei dat ze beslag gaan leggen op zijn loon.

Ons adres is [[A:Hoefkade 912]], [[PC:2526 BL]] [[C:Den Haag]].
Telefoon [[T:070 - 389 22 17]]

[[P:Naima]]
""")

D("mail_burger", """
Beste mevrouw,

Hierbij stuur ik het formulier terug. Mijn BSN is [[BSN:@plain]], dat vroeg u nog.

Ik heb ook mijn rekeningnummer ingevuld voor de bijzondere bijstand: [[IBAN:@INGB g]] t.n.v. [[P:R.J. Schouten]].

Ik ben er woensdag niet, dan ga ik naar mijn zus in [[C:Hoorn]].

Met groet,
[[P:Rob Schouten]]
""")

D("mail_burger", """
Onderwerp: wat moet ik doen??

Goedenavond. Ik heb vandaag een brief gehad dat ik € 4.318,92 bijstand moet terugbetalen. Volgens de gemeente heb ik niet doorgegeven dat ik bij mijn vriend woonde. Maar hij woont helemaal niet bij mij, hij slaapt soms bij me in het weekend. Ze hebben zijn auto 's nachts voor de deur zien staan, een grijze Opel met kenteken [[LP:GZ-812-R]] stond in de brief!! Ik voel me echt bespied.

Mijn klantnummer is [[CN:440817]].

[[P:Jessica Hofman]]
[[E:jessy.hofman@gmail.com]]
""")

D("mail_burger", """
Geachte,

Op aanraden van mijn maatschappelijk werker, [[P:Koen Dekker]] van [[O:Stichting Welzijn Vlaardingen]], neem ik contact met u op.

Ik ben een alleenstaande vader van drie kinderen ([[AGE:6]], [[AGE:9]] en [[AGE:12]]). Sinds [[D:1 april]] ben ik mijn baan kwijt. Ik heb bijstand aangevraagd maar de gemeente zegt dat ik eerst 4 weken moet zoeken naar werk voordat de aanvraag in behandeling gaat. Dat is toch niet te doen met drie kinderen en geen inkomen?

Bereikbaar op [[T:010 - 473 50 81]].

Hoogachtend,
[[P:Ricardo Martina]]
""")

D("mail_burger", """
Beste,

Ik zou graag een afspraak maken. Het gaat over mijn moeder die in een verpleeghuis woont. Ik ben haar mentor en de zorg is heel slecht. Ze ligt soms tot 11 uur in bed omdat er geen personeel is.

Groet,
""")

D("mail_burger", """
Subject: klacht pgb

Hoi [[P:Jolanda]],

Ik ben het weer, [[P:Sem Verhoeven]]. Het pgb voor mijn dochter [[P:Lotte]] is nog steeds niet uitbetaald door de SVB. De zorgverlener, [[P:Anouk Smit]], heeft nu al 3 maanden niks gekregen en dreigt te stoppen. Ik heb de SVB 6x gebeld. Ze zeggen dat het zorgcontract niet goedgekeurd is door de gemeente.

Het contractnummer bij de SVB is [[CN:ZC-3301987]] als je dat nodig hebt.

Groetjes,
[[P:Sem]]
[[T:0031 6 23 40 71 58]]
""")

D("mail_burger", """
Geachte mevrouw [[P:De Boer]],

Mijn dank voor uw hulp bij mijn bezwaarschrift. Vandaag, [[D:19 november 2024]], kreeg ik bericht dat het bezwaar gegrond is verklaard! Ik krijg de traplift alsnog.

Ik wilde u dit even laten weten. Zonder u had ik het niet gered.

Hartelijke groeten,
[[P:Johan Pieters]]
[[A:Klaverveld 3]]
[[C:Rijssen]]
""")

D("mail_burger", """
Hallo,

Ik ben [[P:Agnieszka Kowalczyk]], ik woon [[C:Venlo]]. Ik werk in magazijn via uitzendbureau. Mijn contract gestopt en nu ik heb geen geld. Bij de gemeente ze zeggen ik moet eerst naar UWV. Bij UWV ze zeggen ik heb geen WW omdat ik niet genoeg weken gewerkt. Ik begrijp het niet. Mijn Nederlands is niet zo goed, sorry.

Telefoon: [[T:+48 601 223 918]] (Poolse nummer) of [[T:06 83 11 20 47]]

Dziękuję,
[[P:Agnieszka]]
""")

D("mail_burger", """
Goedemorgen,

Naar aanleiding van ons telefoongesprek stuur ik u de gegevens van de bewindvoerder van mijn broer.

Bewindvoerder: [[O:Beschermingsbewind Noord B.V.]], contactpersoon mevrouw [[P:Lisanne Bosma]], [[E:l.bosma@bewindnoord.nl]], [[T:058 - 2 16 44 90]].

Mijn broer heet [[P:Sietse Hoogland]], geboren [[DOB:2 mei 1979]]. Hij woont begeleid in [[C:Drachten]].

Met vriendelijke groet,
[[P:Jan Hoogland]]
""")

D("mail_burger", """
Goedendag,

Ik heb een vraag over de Participatiewet. Ik ben [[AGE:25]] en woon nog thuis. Mijn moeder krijgt ook bijstand. Klopt het dat ik minder krijg omdat ik onder de 27 ben? En telt mijn inkomen dan mee voor haar?

Ik wil verder geen persoonlijke gegevens delen voordat ik weet hoe het zit.

Groeten
""")

D("mail_burger", """
Aan de vertrouwenspersoon,

Ik wil melden dat de jeugdbeschermer van mijn kinderen, meneer [[P:Tahiri]], afspraken steeds afzegt. Op [[D:3-9]] niet gekomen, op [[D:17-9]] afgezegd 10 minuten voor tijd en op [[D:1-10]] weer niet. Ondertussen zie ik mijn kinderen maar 1x per 2 weken begeleid.

De kinderen zijn [[P:Aylin]] ([[AGE:7]]) en [[P:Deniz]] ([[AGE:4]]). Ze wonen bij een pleeggezin in [[C:Nieuwegein]].

Mijn gegevens: [[P:Serkan Yılmaz]], [[T:06-19283746]], [[A:Zuilenstraat 2 bis]], [[C:Utrecht]].

Kan ik hier een klacht over indienen bij [[O:Samen Veilig Midden-Nederland]]?
""")

D("mail_burger", """
beste mevrouw [[P:Vos]]

dank u voor het terugbellen. hier mijn gegevens zoals gevraagd:

[[P:Fenna van der Heide]]
[[A:Dorpsstraat 77-A]]
[[PC:1741 AK]] [[C:Schagen]]
geb. [[DOB:11.03.1990]]

dossiernummer bij de schuldhulp: [[CN:SHV/2024/0931]]

met vriendelijke groet
[[P:Fenna]]
""")

D("mail_burger", """
Beste meneer [[P:Bulut]],

Bedankt voor de informatie over de klachtenregeling. Ik heb er even over nagedacht en ik wil de klacht toch indienen. Niet omdat ik iemand iets wil aandoen, maar omdat het anderen ook kan overkomen.

Ik heb de klacht opgeschreven in een Word-document, zit als bijlage bij deze mail. Kunt u ernaar kijken voordat ik hem verstuur? Vooral het stuk over artikel 9:1 Awb, ik weet niet of dat klopt.

Groet,
[[P:Marieke Lambregts]]
""")

D("mail_burger", """
Hallo

ik heb een vraag. Mijn energierekening is heel hoog, € 312 per maand. Ik heb geen geld meer voor boodschappen na de huur. Ik ga nu naar de voedselbank maar daar moet je een verwijzing voor hebben. Wie geeft die? Ik woon in [[C:Kerkrade]], [[A:Hoofdstraat 19b]].

Ik heb geen email, dit is de mail van mijn nicht [[E:yasmina.b@outlook.com]]. Bel mij maar [[T:045 541 2290]].

[[P:Fatiha Benali]]
""")

D("mail_burger", """
Geachte mevrouw [[P:Dijkman]],

Hierbij laat ik u weten dat ik de afspraak van maandag [[D:24 maart]] moet verzetten. Mijn zoontje is ziek.

Schikt het ook in de week van [[D:7 april]]? Ik ben dan alle dagen beschikbaar behalve vrijdag.

Met vriendelijke groet,
[[P:Priya Ramcharan]]
""")

D("mail_burger", """
Onderwerp: Brief gemeente ontvangen – kenmerk [[CN:U-25.008812]]

Goedemiddag,

Ik heb een brief van de gemeente gehad met bovenstaand kenmerk. Daarin staat dat ik een afspraak heb bij het re-integratiebedrijf [[O:Werkpunt Twente]] op [[D:2 juni]] om 9.00 uur. Maar ik ben volledig afgekeurd door mijn longarts! Ik heb COPD en loop met zuurstof.

Ik heb een verklaring van de longarts, dr. [[P:Meijer]], wil die meesturen.

[[P:Henk Oude Nijhuis]]
[[A:Wilhelminastraat 56]]
[[PC:7551 CG]] [[C:Hengelo]]
[[T:074-2457701]]
""")

D("mail_burger", """
Beste,

Mijn vriendin gaf mij uw mailadres. Ik heb een eigen bedrijf (schoonmaak) en door corona ben ik in de problemen gekomen. Ik heb een Bbz-uitkering gehad en nu wil de gemeente een deel terug. Ik snap de berekening niet.

Mijn bedrijf: [[P:Ş. Demir]] Schoonmaakdiensten, KvK [[CN:81276534]]. Website: [[U:www.demirschoonmaak.nl]]

Kunt u mij bellen op [[T:0614227395]]?

[[P:Şükrü Demir]]
""")

D("mail_burger", """
Goedendag,

Ik wil graag weten of u ook helpt bij problemen met de woningbouwvereniging. Ik heb al 2 jaar schimmel in de badkamer en [[O:Woonstichting Het Baken]] doet niks. Mijn dochter heeft astma.

Ik heb al drie keer gemaild naar [[E:klantenservice@hetbaken-wonen.nl]] zonder antwoord.

Groet, [[P:Lucía Fernández]]
""")

D("mail_burger", """
Hoi [[P:Tamara]],

Kort berichtje: ik heb de brief van [[O:Plangroep Financiële Hulp]] gekregen, de schuldregeling start per [[D:1 januari 2026]]! Ik krijg leefgeld van € 65 per week. Weinig, maar ik ben blij dat het eindelijk begint.

Nogmaals dank!

[[P:Bart]]
""")

D("mail_burger", """
Geachte heer [[P:Lammers]],

Uw brief van [[D:28 augustus]] heb ik ontvangen. Ik ben het er niet mee eens dat mijn klacht "kennelijk ongegrond" is. U schrijft dat ik niet heb aangetoond dat de begeleider van [[O:Zorggroep Walstede]] mij heeft uitgescholden, maar er was een getuige, mijn buurman [[P:Theo Kuipers]].

Ik verzoek u om de klacht alsnog te behandelen.

Met vriendelijke groet,
[[P:A.M. Verbeek-Langeveld]]
""")

D("mail_burger", """
Hi,

I hope you can help me. I am from Eritrea and I live in [[C:Zwolle]] since 2 years. I got a letter from the gemeente about my bijstand but I cannot read Dutch well. My case manager mrs. [[P:Kamphuis]] does not answer the phone.

My name is [[P:Yonas Tesfamariam]], phone [[T:06-31287740]].

Thank you
""")

D("mail_burger", """
Goedemorgen mevrouw [[P:Jansen]],

Hierbij de gegevens waar u om vroeg voor de aanvraag van de individuele inkomenstoeslag:

Naam: [[P:Dirk-Jan Veldkamp]]
BSN: [[BSN:@dots]]
Rekeningnummer: [[IBAN:@RABO g]]
Geboortedatum: [[DOB:30-11-1961]]

Ik heb al 3 jaar een laag inkomen, dus ik denk dat ik er recht op heb.

Met vriendelijke groet,
[[P:D.J. Veldkamp]]
""")

D("mail_burger", """
Beste vertrouwenspersoon,

Ik ben boos. De gemeente heeft mijn aanvraag voor een woningaanpassing afgewezen omdat ik "in de toekomst" zou moeten verhuizen naar een gelijkvloerse woning. Maar ik woon hier al 42 jaar, [[A:Kastanjelaan 8]] in [[C:Epe]], en ik wil hier niet weg!

Ik ben [[AGE:79]], mijn man is overleden in 2020. De kinderen wonen in Canada... nou ja, één in [[C:Vancouver]] en één in [[C:Amsterdam]].

[[P:Jannie Mulder]]
""")

D("mail_burger", """
Goedenavond,

Ik heb een vraag voor mijn vriend [[P:Kevin]]. Hij wordt [[AGE:18]] (hij is geboren op [[DOB:16 december 2007]]) en dan moet hij weg uit de jeugdzorg. Hij woont nu bij [[O:Pluryn]] in [[C:Nijmegen]]. Niemand heeft met hem een plan gemaakt voor daarna. Kan hij bij jullie terecht?

Mvg [[P:Stefan]]
""")

D("mail_burger", """
Geachte heer, mevrouw,

Ik ben op zoek naar iemand die mij kan helpen met een gesprek bij het Jongerenloket. Ik ben [[AGE:20]] en ik heb een lichte verstandelijke beperking. Ik wil graag een opleiding doen maar ze zeggen ik moet eerst werken.

Mijn begeleider van [[O:MEE Oost-Nederland]] is [[P:Ilse]], haar telefoon is [[T:088-6331042]].

Groeten,
[[P:Mohamed Ait Lahcen]]
""")

D("mail_burger", """
Hallo,

Is het waar dat de gemeente mijn pgb mag stopzetten als ik naar een andere gemeente verhuis? Ik ga verhuizen van [[C:Helmond]] naar [[C:Deurne]] omdat mijn moeder daar woont. Het pgb is voor begeleiding, € 9.840 per jaar.

Met vriendelijke groet,
[[P:Femke Raaijmakers]]
""")

D("mail_burger", """
Beste mevrouw [[P:Wolters]],

U vroeg om de kenmerken van de brieven. Dat zijn:
1. Beschikking bijzondere bijstand: [[CN:BB-2025-11873]]
2. Terugvordering: [[CN:TV-2025-00231]]
3. Brief van het incassobureau [[O:Flanderijn]]: dossier [[CN:7730194-02]]

Het betalingskenmerk van de terugvordering is [[CN:3001 2200 4518 9760]].

Groet,
[[P:Rachid]]
""")

D("mail_burger", """
Hallo

Mijn naam is [[P:Petra]] en ik zit in een lastige situatie. Mijn ex-partner heeft de kinderen meegenomen naar zijn moeder in [[C:Almelo]]. Veilig Thuis is ingeschakeld. Ik weet niet wat ik moet doen. Ik heb geen geld voor een advocaat.

Kunt u mij terugbellen op [[T:06 - 50 47 21 93]]? Liefst niet na 17.00 uur want dan is mijn nieuwe vriend thuis.
""")

D("mail_burger", """
Geachte dames en heren,

Graag meld ik mij aan voor ondersteuning bij de herindicatie van mijn begeleiding. Die loopt af op [[D:31-12-2025]].

Ik ben [[P:Jeroen Staal]], [[AGE:34]] jaar, en woon zelfstandig met ambulante begeleiding van [[O:Lister]]. Ik heb een bipolaire stoornis. De begeleiding helpt me om mijn administratie bij te houden en niet terug te vallen.

Mijn adres: [[A:Amsterdamsestraatweg 403]], [[PC:3551 CL]] [[C:Utrecht]].

Mvg,
[[P:Jeroen]]
""")

D("mail_burger", """
Beste [[P:Miriam]],

Ik heb het bezwaarschrift verstuurd, aangetekend, op [[D:9/10]]. Het bewijs van verzending heb ik bewaard. Ik heb ook een kopie gemaild naar [[E:bezwaar@zaanstad.nl]].

Nu maar afwachten. Ze hebben 6 weken om te beslissen, toch? Of was het 12?

Groetjes, [[P:Hanneke]]
""")

D("mail_burger", """
Onderwerp: Zorg over mijn buurman

Goedemiddag,

Zorg over mijn buurman is de reden dat ik schrijf. Hij is [[AGE:88]], woont alleen op nummer 14 en ik zie hem al een week niet meer buiten. Hij heet meneer [[P:Van der Linden]]. Zijn post puilt uit de brievenbus. Ik heb al aangebeld, geen reactie. Moet ik de politie bellen of 112?

[[P:Karin Smeets]], [[A:Esdoornlaan 16]], [[C:Roosendaal]]
""")

D("mail_burger", """
Goedemiddag,

Bij deze stuur ik u de gevraagde bankafschriften van [[IBAN:@ASNB g]] over de maanden juli t/m september. Ik heb de bedragen van de Albert Heijn en Jumbo geel gemarkeerd, zoals de consulent vroeg. Ik vind het eerlijk gezegd vernederend dat ik moet laten zien wat ik eet.

[[P:Cor van Wijk]]
""")
# ---- WhatsApp-style chat ----------------------------------------------------------------------

D("chat", """
hoi [[P:ruud]] met [[P:dewi]] 😊 ff een vraagje, moet ik mn loonstrookjes ook meenemen morgen of alleen de brief van de gemeente??
""")

D("chat", """
[[P:Jolanda]] (Naast): Goedemorgen! Lukt het om vandaag om 14.00 uur langs te komen?
[[P:Bilal]]: ja is goed
[[P:Bilal]]: waar was het ook alweer
[[P:Jolanda]] (Naast): [[A:Kerkplein 2]], boven de bibliotheek. Bel maar aan bij de zijdeur.
[[P:Bilal]]: ok top 👍
""")

D("chat", """
mevr ik ben het [[P:sharon]] van gister. ze hebben gwn mn uitkering stopgezet zonder brief 😭😭 wat moet ik doen ik heb 3 kids en de huur moet vrijdag
""")

D("chat", """
goedemiddag, het nummer van mn zaak is [[CN:Z2025-0082214]] dat vroeg u nog. en mn geboortedatum is [[DOB:4-8-87]]
""")

D("chat", """
jo ff checken: die afspraak bij het wijkteam is dinsdag de 14e toch? of was het donderdag. mn moeder kan alleen dinsdag mee
""")

D("chat", """
sorry dat ik zo laat app, kon niet slapen. die man van de [[O:thuiszorg de lindeboom]] was weer zo onbeschoft tegen mn vader. hij zei dat ie zich aanstelt. pa is [[AGE:83]] en heeft parkinson 😡😡
""")

D("chat", """
Hoi, hier is mijn adres voor de brief: [[A:Vogelenzangstraat 21-huis]], [[PC:1058 RD]] [[C:Amsterdam]]. Naam [[P:Oumar Diallo]]
""")

D("chat", """
mw. [[P:de graaf]]? 
""")

D("chat", """
top dankjewel!! 🙏🙏 ik laat het weten als ik wat hoor van de svb
""")

D("chat", """
ik heb de bewindvoerder gebeld, [[P:monique]] heet ze. ze zegt dat er gwn geen geld is voor een nieuwe koelkast. maar mn koelkast is al 2 weken kapot en ik moet insuline koel bewaren!! haar nr is [[T:0318 - 42 33 19]] als u haar wil bellen
""")

D("chat", """
[[P:Esra]]: goedemorgen mevrouw
[[P:Esra]]: mijn zoon [[P:Emir]] mag niet meer naar de dagbesteding want de taxi komt niet meer
[[P:Esra]]: de gemeente zegt het ligt aan het vervoersbedrijf en het vervoersbedrijf zegt het ligt aan de gemeente 🙄
[[P:Esra]]: hij is [[AGE:19]] en heeft down syndroom
[[P:Esra]]: hij zit de hele dag thuis nu
""")

D("chat", """
ff kort: ik kan vrijdag niet, moet naar de rechtbank ivm mn ex. kan het volgende week?
""")

D("chat", """
ze hebben mn auto weggesleept omdat ie geen apk had maar ik heb m nodig voor mn werk!! kenteken [[LP:87-hkz-4]]. wie moet ik bellen
""")

D("chat", """
Goedenavond [[P:Hans]], ik stuur u even de foto van de brief. Het kenmerk is [[CN:2025/JZ/5581]]. Ik snap er niks van, er staat dat [[P:Noor]] maar 8 uur begeleiding krijgt ipv 12. Gr [[P:Linda]]
""")

D("chat", """
hallo dit is het nummer van mn zus [[P:fatma]] [[T:0031687451203]] zij kan vertalen als het nodig is
""")

D("chat", """
[[P:Tim]] – 16:02
hee ik ben er bijna, sta nog in de file bij [[C:Zaltbommel]]
[[P:Tim]] – 16:20
ben er nu, waar moet ik zijn?
[[P:Maaike]] (Naast) – 16:21
Ik kom je ophalen bij de ingang!
""")

D("chat", """
jaaa het bezwaar is gewonnen!!!! 🎉🎉🎉 de traplift komt [[D:12 mei]]. dankjewel [[P:anja]] voor alles ❤️
""")

D("chat", """
mss handig: mn nieuwe mail is [[E:kimberly_vd_berg@live.nl]], de oude werkt niet meer
""")

D("chat", """
ik ben bij de schuldhulp geweest. ze zeggen mn schulden zijn te hoog voor een regeling, 41k. en DUO wil ook nog 8k terug voor mn studieschuld. maar als ik niks doe komt de deurwaarder. ik weet het echt niet meer. gwn zo moe van alles
""")

D("chat", """
Goedemorgen meneer [[P:Rutten]], ik ben er vandaag niet, mijn dochter moest naar het ziekenhuis. Groet [[P:Marian]]
""")

D("chat", """
[[P:sandra]]: heb je het formulier al ingevuld
[[P:kees]]: nee nog niet ff geen tijd gehad
[[P:sandra]]: de deadline is [[D:1 maart]] he, daarna krijg je niks
[[P:kees]]: jaja ik weet het 🙈
""")

D("chat", """
hoi ik ben [[P:dylan]], [[AGE:17]]. mn mentor zei dat ik jullie kon appen. ik woon in een leefgroep in [[C:apeldoorn]] en ik word over 5 maanden [[AGE:18]]. dan moet ik weg maar ik heb nog geen huis. kunnen jullie helpen?
""")

D("chat", """
Beste [[P:Sarita]], hierbij het rekeningnummer waar het geld op moet: [[IBAN:@SNSB]] tnv [[P:S. Jagesar]]. Dank!
""")

D("chat", """
de nieuwe bsn van mn dochter is [[BSN:@space]], de oude klopte niet op het formulier
""")

D("chat", """
Bij de apotheek zeiden ze dat de medicatie niet meer vergoed wordt. Klopt dat? Of moet ik dat aan het CAK vragen? Of de zorgverzekeraar?
""")

D("chat", """
wrm krijg ik geen antwoord van [[P:pieter]] van de gemeente?? al 3x gemaild. zijn mail is [[E:p.vanderploeg@gemeente-ede.nl]]. kunt u het proberen?
""")

D("chat", """
[[P:Ayşe]]: merhaba, sorry, hallo
[[P:Ayşe]]: ik heb brief van uwv
[[P:Ayşe]]: ze zeggen ik moet 1200 terug betalen
[[P:Ayşe]]: mijn man is dood vorig jaar, ik weet niet
[[P:Ayşe]]: mijn dochter [[P:Elif]] kan komen morgen mee, zij spreekt goed Nederlands
""")

D("chat", """
ok 👌 dan zie ik je woensdag [[D:9/4]] om 10u bij de koffie in het buurthuis
""")

D("chat", """
Hey! Zo de link naar mn actie voor de nieuwe rolstoel: [[U:https://www.doneeractie.nl/rolstoel-voor-jayden/-61842]] 🙏 als je hem wil delen
""")

D("chat", """
heb de aanvraag voor de huurtoeslag gedaan bij de belastingdienst. duurt 8 weken zeggen ze. moet ik dan voor de tussentijd bijzondere bijstand vragen?
""")

D("chat", """
mn zoon zn school belt elke dag. hij is [[AGE:13]], wil niet meer, ligt de hele dag op bed. de huisarts heeft verwezen naar [[O:karakter]] maar wachtlijst is 9 maanden. 9 maanden!!! ik word gek
""")

D("chat", """
[[P:Sjoerd]]: Ben even het adres van de bewindvoerder kwijt
[[P:Gerrit]] (Naast): Geen probleem. [[O:Bewindvoering De Sleutel]], [[A:Stationsweg 31]], [[PC:8401 DK]] [[C:Gorredijk]]. Telefoon [[T:0513-468120]].
[[P:Sjoerd]]: top dank je
""")

D("chat", """
haha nee joh ik woon niet meer op de [[A:vondellaan]], ben verhuisd naar mn oma in [[C:oss]]. post komt nog wel op het oude adres
""")

D("chat", """
ik heb nu 2 maanden geen leefgeld gehad van [[O:budgetbeheer Zuid]]. ik heb gebeld met mevrouw [[P:Sarmo]] en ze zegt dat er een storing is. een storing van 2 maanden??
""")

D("chat", """
Dag mevr, mijn vader heeft de brief ondertekend, zal ik hem brengen of kan ik hem fotograferen en mailen naar [[E:info@naast-vertrouwen.nl]]?
""")

D("chat", """
👋 ik ben [[P:joëlle]], [[P:lisa]] gaf mij je nummer. ik heb een vraag over jeugdhulp voor mn zusje, kan ik bellen?
""")

D("chat", """
jeetje wat een dag. eerst 2 uur in de wachtruimte bij het uwv en toen zeiden ze dat ik de verkeerde brief bij me had. morgen weer. ben gesloopt
""")

D("chat", """
Hoi [[P:Karim]], goed dat je het gestuurd hebt. Ik heb het gelezen en bel je morgen rond 11 uur. Groet, [[P:Ellen]]
""")

D("chat", """
[[P:Mila]] heeft vanavond weer een woedeaanval gehad, ze heeft de deur van haar kamer kapot geschopt. ik kan het niet meer aan alleen. de jeugdconsulent [[P:Rick Baas]] zegt dat we moeten wachten op het gesprek van [[D:22 okt]]. maar dat is nog 3 weken!! 😔
""")

D("chat", """
dit is trouwens mn facebook als je me niet kan bereiken via app: [[U:facebook.com/tineke.hof.1972]]
""")

D("chat", """
ff voor de duidelijkheid het huisnummer is [[A:Lindelaan 9-3]] hoog, niet 93. de postbode doet het ook altijd fout
""")

D("chat", """
goedemorgen 🌞 mn nieuwe nummer is [[T:06 3812 4470]], oude telefoon is gestolen
""")

D("chat", """
[[P:Lisa]]: de consulent wil thuis komen kijken of ik echt alleen woon
[[P:Lisa]]: mag dat zomaar?
[[P:Wouter]] (Naast): Ze mogen een huisbezoek afleggen, maar je hoeft ze niet binnen te laten. Wel kan het gevolgen hebben voor je uitkering als je weigert. Zal ik erbij zijn?
[[P:Lisa]]: ja graag!! het is [[D:18 juni]] om 9u
""")

D("chat", """
kzit nu bij de ah en mn pinpas doet het niet. bewindvoerder heeft geen geld overgemaakt. kan jij dhr. [[P:Peeters]] bellen pls?? [[T:013-5802216]]
""")

D("chat", """
hoi [[P:bram]], [[P:wilma]] hier. mn moeder is [[AGE:92]] geworden gister 🎂 en nu ze is gevallen. ze ligt in het ziekenhuis in [[C:dordrecht]]. de thuiszorg moet omhoog als ze thuis komt, hoe regel ik dat snel?
""")

D("chat", """
heeft u mijn berichtje gezien? over de brief van de belastingdienst? ik moet de kinderopvangtoeslag terugbetalen maar dat heb ik nooit gehad
""")

D("chat", """
dit is het kenteken van de auto van mn vader voor de parkeerkaart: [[LP:DB-GN-41]]. de gehandicaptenparkeerkaart is verlopen op [[D:30-9]] en nu krijgt ie boetes 😩
""")

D("chat", """
kan ik maandag [[D:3 november]] ook om half 10? ik moet [[P:Jamal]] eerst naar school brengen
""")

D("chat", """
Goedenavond. Ik heb uw nummer van [[P:Ahmed Chaara]] uit de moskee. Hij zegt u kunt helpen met brieven. Ik woon [[C:Rotterdam-Zuid]], [[A:Pretorialaan 180a]]. Mijn naam [[P:Abdelkader Bouzid]].
""")

D("chat", """
ok ik heb t formulier gescand en gemaild. bsn staat erop: [[BSN:@plain]]. iban is [[IBAN:@BUNQ l]]
""")
# ---- intake notes written quickly by a confidant ----------------------------------------------

D("intake", """
Intake [[D:03-02-2025]]
Cliënt: mw. [[P:J. (Joke) Terpstra]], [[AGE:61]] jr, wonend [[A:Slotermeerlaan 4-III]] [[C:Amsterdam]]
Hulpvraag: ondersteuning bij gesprek met consulent Wmo over begeleiding. Mw. heeft sinds 2019 ME/CVS, ligt veel op bed. Begeleiding door [[O:Cordaan]] 3 u/wk, gemeente wil naar 1,5 u.
Netwerk: zoon [[P:Mark]] ([[AGE:35]]), woont [[C:Almere]], komt 1x/2 wk.
Afspraak: ik ga mee naar gesprek [[D:17 feb]], 10.30 uur, stadsloket [[C:Nieuw-West]].
""")

D("intake", """
Intake tel. – dhr. [[P:A. Bakker]]
Dhr. belt nav flyer. Is [[AGE:58]], werkloos sinds 2023, bijstand. Moet van gemeente naar werkervaringsplek bij kringloopwinkel 32 u/wk. Heeft hernia, kan niet tillen. Re-integratieconsulent (naam weet hij niet) zou gezegd hebben "dan maar met pijn". Dhr. is boos, wil klacht.
Afgesproken: dhr. stuurt brieven op. Tel [[T:06-21148837]].
NB [[P:Bakker]] is ook zijn beroep geweest (bakker bij de Jumbo), grapte hij.
""")

D("intake", """
Gezin [[P:Öztürk]] – intake [[D:11 sept]]
Aanwezig: moeder [[P:Hatice Öztürk]] ([[AGE:39]]), dochter [[P:Zeynep]] ([[AGE:16]]). Vader niet aanwezig (werkt).
[[P:Zeynep]] heeft angstklachten, gaat niet naar school sinds jan. Leerplicht dreigt met proces-verbaal. Jeugdhulp aangevraagd [[D:2 juli]], nog geen beschikking.
Moeder wil: dat iemand meedenkt en "de gemeente in beweging krijgt".
Actie: mail naar jeugdconsulent [[P:Eline Moerman]] ([[E:e.moerman@dordrecht.nl]]) om termijn te vragen. Wettelijke termijn is 8 weken, ruim verstreken.
""")

D("intake", """
Aanmelding via wijkteam (collega [[P:Sanne Ploeg]]).
Naam: [[P:Ibrahim Saleh]]
Geb.: [[DOB:01-01-1984]] (volgens verblijfsvergunning, klopt waarschijnlijk niet precies)
Land van herkomst: Syrië, statushouder sinds 2016
Adres: [[A:Meeuwenlaan 62]], [[PC:1021 JM]] [[C:Amsterdam]]
Vraag: schulden bij zorgverzekeraar en CJIB, ong. € 6.000. Wil schuldhulp maar durft niet naar het loket. Spreekt Arabisch en wat Engels.
Tolk nodig bij vervolggesprek.
""")

D("intake", """
Intake [[D:14/5]]
Mw [[P:Nicole de Ruiter]] (geb. [[DOB:19-09-1975]]) meldt zich, verwezen door huisarts.
- woont met partner en 2 kinderen ([[AGE:10]] en [[AGE:14]]) in [[C:Lelystad]]
- partner [[P:Erik]] heeft NAH na ongeluk 2022, valt snel uit, agressief soms
- mw. regelt alles: werk 24u, huishouden, afspraken
- vraagt mantelzorgondersteuning + respijtzorg, gemeente zegt "eerst eigen netwerk"
Zij huilde tijdens gesprek. Gevoel: overbelast. Signaal naar wijkteam (met toestemming).
""")

D("intake", """
INTAKE
datum: [[D:2024-10-08]]
naam: [[P:Kofi Mensah]]
leeftijd: [[AGE:27]]
adres: [[A:Hart van Zuid 1120]], [[C:Rotterdam]]
tel: [[T:+31 6 41 82 03 77]]
vraag: wil bezwaar maken tegen afwijzing bijzondere bijstand voor inrichting eerste woning. Kreeg huis via [[O:Woonstad]] na dakloosheid, kale woning, slaapt op matras op de vloer.
beschikking dd [[D:19-09-2024]], kenmerk [[CN:BBZ-0092-2024]]
termijn bezwaar: tot [[D:31 okt]]
""")

D("intake", """
Korte intake op het spreekuur. Mevrouw wilde geen naam noemen. Ze woont in een flat in de wijk, is rond de [[AGE:70]], weduwe. Vraag ging over de eigen bijdrage Wmo (€ 21,20 per maand bij het CAK) en of ze die ook moet betalen als de hulp niet komt. Uitgelegd dat ze dat kan melden bij het CAK en de gemeente. Geen vervolg nodig volgens mw.
""")

D("intake", """
Intake dhr. [[P:Van den Broek]] ([[AGE:44]]), [[A:Merelstraat 3]], [[C:Beverwijk]]
Zelfstandige (klusbedrijf) – Bbz aangevraagd, afgewezen omdat bedrijf "niet levensvatbaar". KvK-nr [[CN:60921347]]. Dhr. is het er niet mee eens, heeft nieuwe opdrachten in het vooruitzicht. Wil hulp bij bezwaar + vraagt of hij tijdelijk gewone bijstand kan krijgen.
Zijn accountant, mevr. [[P:T. Schol]], heeft cijfers. Tel. accountant [[T:0251-226610]].
""")

D("intake", """
1e gesprek met [[P:Lindsey]] ([[AGE:22]]) in het jongerencentrum
* zit sinds [[D:1 juni]] zonder inkomen, Wajong afgewezen
* moeder heeft haar het huis uitgezet, slaapt bij vrienden (bankhangen)
* heeft geen postadres → geen brieven → gemiste afspraken
* wil: briefadres, inkomen, eigen plek
* LVB vermoeden (schrijft moeizaam)
Plan: samen naar de gemeente voor briefadres, daarna aanvraag bijstand. Zij heeft geen telefoon; bereikbaar via jongerenwerker [[P:Mo]] [[T:06 18 72 44 01]].
""")

D("intake", """
Intake (huisbezoek) bij fam. [[P:Tjon-A-Fong]], [[A:Sportlaan 81]], [[PC:5043 BX]] [[C:Tilburg]].
Aanwezig: [[P:Marcel Tjon-A-Fong]] ([[AGE:52]]) en [[P:Sheila Tjon-A-Fong-Karg]] ([[AGE:49]]).
Zoon [[P:Jason]] ([[AGE:23]]) woont thuis, psychotische stoornis, weigert zorg. Ouders zijn op. Contact met [[O:GGz Breburg]] verloopt moeizaam, "ze zeggen dat hij volwassen is". Ouders willen weten wat hun rechten zijn. Uitgelegd: Wvggz, zorgmachtiging, rol van de officier. Ouders willen eerst een gesprek met de behandelaar, ik help met brief.
""")

D("intake", """
Aanmelding per mail [[D:20/01]], telefonisch gesproken [[D:21/01]].
[[P:Wendy Koopmans]], alleenstaand, 1 dochter ([[AGE:4]]).
Probleem: toeslagenaffaire-gedupeerde, compensatie ontvangen, daarna beslag van deurwaarder op een deel van het geld (mocht niet volgens haar). Nu weer schulden. Gemeente heeft "brede ondersteuning" aangeboden maar ze heeft geen vertrouwen meer in de gemeente.
Ze wil iemand die naast haar staat, niet namens de gemeente.
[[E:wendykoopmans@ziggo.nl]] / [[T:0223-615502]]
""")

D("intake", """
Dhr. [[P:Kees Snoek]] (ja, zoals de vis) – [[AGE:67]] jaar, AOW, kleine pensioentjes. Woont [[A:Burgemeester de Withstraat 14]] in [[C:Brielle]].
Hulpvraag: huishoudelijke hulp via [[O:Zorgpartners Voorne]] is stopgezet omdat hij "een keer agressief" zou zijn geweest. Dhr. zegt dat hij alleen verhief omdat de hulp zijn medicijnen had weggegooid. Wil zijn kant vertellen.
""")

D("intake", """
Notitie intake – jeugd
Jeugdige: [[P:Noah van Dam]], geb. [[DOB:12 april 2014]]
Moeder: [[P:Kim van Dam]], [[T:06-58 21 49 03]]
Vader: [[P:Patrick Smit]], gescheiden, woont [[C:Spijkenisse]]
School: groep 7, veel schorsingen
Hulpverlening tot nu toe: [[O:Kwadraad]] (opvoedondersteuning, gestopt), nu op wachtlijst bij [[O:Yulius]].
Vraag moeder: meer uren begeleiding op school (onderwijs-zorgarrangement), gemeente en school wijzen naar elkaar.
""")

D("intake", """
spreekuur bibliotheek [[D:7-11]]
mw [[P:Gül]], [[AGE:56]], spreekt redelijk NL
- brief van de gemeente: heronderzoek bijstand, moet bankafschriften 3 mnd aanleveren + huurcontract
- begrijpt niet waarom, "heb ik iets fout gedaan?"
- uitgelegd dat heronderzoek standaard is
- samen lijst gemaakt wat ze moet aanleveren
geen verdere actie
""")

D("intake", """
Intake [[P:Arjen]] en [[P:Ramona Smeenk]] (resp. [[AGE:38]] en [[AGE:36]]), [[A:De Kamp 7]], [[PC:7711 AD]] [[C:Nieuwleusen]].
Situatie: 4 kinderen, [[P:Arjen]] ZZP-er in de bouw, inkomen wisselend, schulden ± € 32.500 (belastingdienst, energie, zorgverzekeraar, creditcard).
Aangemeld bij schuldhulp [[D:15-04]], intakegesprek [[D:27-05]], daarna niets meer gehoord. Mail van consulent [[P:R. Visser]] zegt "dossier in behandeling".
Ik vraag bij gemeente naar stand van zaken. Zaaknr. [[CN:SHV-2025-0311]].
""")

D("intake", """
Eerste contact via e-mail, tweede via telefoon.
Cliënte wil anoniem blijven tot ze weet wat wij kunnen doen. Ze is [[AGE:31]], werkt als verpleegkundige, is slachtoffer van huiselijk geweld geweest en is net verhuisd. Ze wil niet dat haar nieuwe adres in haar dossier bij de gemeente komt. Vraag: kan ze een afscherming van haar adres in de BRP krijgen?
Verwezen naar info over geheimhouding persoonsgegevens BRP; ik bel haar volgende week terug.
""")

D("intake", """
Intake [[D:9 januari 2025]] – [[P:Bogdan Nowak]] ([[AGE:45]]), Pools, werkt via uitzendbureau in de kassen. Woont in een huis met 11 andere arbeidsmigranten aan de [[A:Zwartendijk 102]], [[C:Honselersdijk]]. Werkgever is ook huisbaas. Na ziekmelding kreeg hij te horen dat hij de woning binnen een week moest verlaten. Vraag: wat zijn zijn rechten, kan hij naar de gemeente voor opvang?
Tel. [[T:+48 512 009 734]]. Spreekt Engels.
""")

D("intake", """
Wmo-intake meekijken: mw. [[P:Van Leeuwen-de Graaf]], [[AGE:86]], wil een rolstoel. Consulent van de gemeente ([[P:Hans Otten]]) stelde voor om eerst "het eigen netwerk" te vragen, maar mw. heeft geen kinderen. Zus woont in [[C:Zierikzee]], is zelf [[AGE:90]].
Rolstoel is inmiddels besteld, productnummer [[N:@nobsn]], levering via [[O:Medipoint]].
""")

D("intake", """
Datum: [[D:25.03.2025]]
Cliënt: [[P:Marco Esposito]], [[AGE:41]]
Adres: [[A:Jan van Galenstraat 233-1]], [[C:Amsterdam]]
BSN: [[BSN:@dots]]
Hulpvraag: zit in de Participatiewet, moet tegenprestatie doen, wil vrijstelling i.v.m. mantelzorg voor zijn moeder (dementie). Moeder woont in [[C:Haarlem]].
""")

D("intake", """
Jongere [[P:Ravi]] ([[AGE:19]]) komt met zijn voogd/begeleider van [[O:Nidos]], [[P:Ellen Groot]]. [[P:Ravi]] is alleenstaande minderjarige geweest, nu 18+ en valt per direct uit de opvang. Gemeente heeft woning toegezegd maar die is er nog niet. Vraag: leefgeld in de tussentijd.
Let op: [[P:Ellen Groot]] is vanaf [[D:1 december]] met verlof, vervanger nog onbekend.
""")

D("intake", """
Aanmelding: Dhr. [[P:Koç]]. 
""")

D("intake", """
Intake gezin [[P:Haile]]
- moeder [[P:Senait Haile]], [[AGE:33]], Eritrese, statushouder
- kinderen [[P:Selam]] ([[AGE:8]]), [[P:Yonatan]] ([[AGE:5]]), baby [[P:Rahel]] ([[AGE:4]] mnd)
- woont [[A:Pr. Bernhardlaan 12]], [[C:Zeist]]
- moeder krijgt brief van Veilig Thuis na melding school (blauwe plekken bij [[P:Selam]]). Moeder zegt: gevallen van fiets. Is erg geschrokken en bang dat kinderen worden weggehaald.
- vraag: uitleg proces Veilig Thuis, steun bij gesprek
Tolk Tigrinya geregeld voor [[D:4 maart]].
""")

D("intake", """
Telefonische intake met [[P:Harm Jan Bosch]], boer uit [[C:Staphorst]] ([[AGE:63]]). Heeft bedrijf moeten stoppen (stikstof), nu geen inkomen, vrouw ziek. Schaamt zich om hulp te vragen. Vraagt naar Bbz voor oudere zelfstandigen (IOAZ). [[P:Bosch]] wil dat niemand in het dorp het weet.
""")

D("intake", """
Intake [[D:10 december]], in de wachtkamer van het wijkcentrum.
[[P:Stephanie Wouters]] ([[AGE:29]]) met baby. Heeft huurachterstand van 4 maanden bij [[O:Woonbedrijf]], ontruiming aangekondigd voor [[D:6 januari]]. Wil vroegsignalering, maar is al te laat. Zoekt noodfonds.
Telefoon: [[T:040 - 2 79 31 66]]
Vader van de baby ([[P:Dennis]]) betaalt geen alimentatie.
""")

D("intake", """
Intake dhr [[P:Mustafa El Haddouchi]], geb [[DOB:14-02-1966]], [[A:Vlierstraat 8]], [[PC:6415 EK]] [[C:Heerlen]]
arbeidsongeschikt na bedrijfsongeval, WIA-aanvraag loopt bij UWV, tussentijds bijstand. Consulent bijstand (mw. [[P:Hermans]]) eist dat hij solliciteert.
actie: brief opstellen met verzoek tijdelijke ontheffing arbeidsverplichtingen (art. 9 lid 2 Participatiewet)
""")

D("intake", """
Intake via telefoon, cliënt wil niet op kantoor komen. Gegevens:
[[P:Romy Hendriks]]
[[A:Koestraat 19]]
[[PC:5211 AH]] [[C:'s-Hertogenbosch]]
""")

D("intake", """
Aantekeningen gesprek met [[P:Fleur]] ([[AGE:24]]) en haar moeder [[P:Anita Bos]].
[[P:Fleur]] heeft een pgb voor begeleiding, moeder is zorgverlener. Gemeente wil dat [[P:Fleur]] overstapt naar zorg in natura bij [[O:Philadelphia]] omdat het pgb "niet doelmatig" zou zijn. [[P:Fleur]] wil dat niet, kent de begeleiders daar niet.
[[P:Bos]] (moeder) werkt zelf ook in de zorg. Kreeg van SVB een brief met nummer [[CN:SVB-PGB-2291044]].
""")

D("intake", """
Korte notitie: meneer was erg verward, kon zijn geboortedatum niet noemen. Vermoeden van beginnende dementie. Woont alleen. Met toestemming huisarts gebeld.
""")

D("intake", """
Intake [[P:Yusuf]] en [[P:Meryem Arslan]], [[C:Schiedam]] ([[A:Nieuwe Haven 142]]).
[[P:Yusuf]] [[AGE:46]], chauffeur, ziek uit dienst; [[P:Meryem]] [[AGE:44]], thuis.
Vraag: Wmo-aanvraag voor aanpassing badkamer ([[P:Yusuf]] heeft reuma). Gemeente biedt verhuizing aan, maar de woning is van [[O:Woonplus Schiedam]] en de familie woont er 20 jaar.
Kinderen: [[P:Burak]] ([[AGE:17]]), [[P:Ela]] ([[AGE:12]]).
""")

D("intake", """
Intake [[D:31/7]]
Dhr. [[P:R. (Robbert) ten Have]], [[AGE:50]]
Dakloos sinds [[D:1 mei]], slaapt in auto ([[LP:915-XR-7]]), staat vaak bij de parkeerplaats van de [[N:IKEA]].
Wil: briefadres + bijstand. Heeft geen DigiD meer.
Nummer: [[T:06 20 93 17 85]]
""")

D("intake", """
intake [[P:tess]] ([[AGE:16]]) – via schoolmaatschappelijk werk
[[P:tess]] woont bij haar vader in [[C:Assen]], moeder in [[C:Emmen]]. conflict met vader, wil naar moeder maar jeugdbescherming ([[O:Jeugdbescherming Noord]]) zegt nee. voelt zich niet gehoord. uitleg gegeven over rechten als 16-jarige, klachtrecht, mogelijkheid bijzondere curator.
""")

D("intake", """
Intake mevrouw [[P:Wijnalda]]
Leeftijd [[AGE:72]], weduwe, woont in [[C:Sneek]], [[A:Oosterdijk 33]].
Kleinzoon [[P:Jelle]] regelt haar geldzaken maar mw. vermoedt dat hij geld opneemt. Vraag: hoe kan ze dat laten onderzoeken zonder dat hij boos wordt? Besproken: bank, huisarts, Veilig Thuis (financieel misbruik), mentorschap/bewind.
""")

D("intake", """
Intake bij [[O:Humanitas]] thuisadministratie samen met vrijwilliger [[P:Gert Zwart]].
Cliënt [[P:Samira Ouali]] ([[AGE:35]]), 3 kinderen. Post van 6 maanden ongeopend in een doos. Er blijkt een beschikking bijzondere bijstand in te zitten die nooit is geïnd (kenmerk [[CN:BB/23/7741]]) en een aanmaning van de gemeentelijke belastingen.
""")

D("intake", """
Intake [[D:13 okt]]
Wie: [[P:Peter Klein]], [[AGE:59]]
Waar: [[A:Klein Heiligland 60]], [[C:Haarlem]]
Wat: ervaart discriminatie door klantmanager werk & inkomen
Wens: ander klantmanager + excuses
""")
# ---- contact logs -----------------------------------------------------------------------------

D("log", """
[[D:12-3]] tel. gesproken met [[P:Anouk]] (consulent Wmo). Zij bevestigt dat herindicatie nog loopt, verwacht besluit binnen 2 weken.
[[D:14-3]] mw. [[P:Kuijpers]] gebeld en teruggekoppeld. Mw. opgelucht.
[[D:28-3]] nog geen besluit. Mail gestuurd naar [[E:wmo@gemeentebergen.nl]].
[[D:2-4]] besluit binnen: 2,5 uur HH per week (was 3). Mw. wil geen bezwaar, "het is goed zo".
""")

D("log", """
Contactlog dossier [[CN:N-2025-0148]]

ma [[D:6/1]]  – mail van cliënt (dhr. [[P:De Wit]]) met foto's van brief terugvordering
di [[D:7/1]]  – gebeld met dhr., uitleg termijnen bezwaar; hij wil wel bezwaar maken
do [[D:9/1]]  – concept bezwaarschrift gemaild
vr [[D:10/1]] – dhr. akkoord, verstuurd per aangetekende post
ma [[D:3/2]]  – ontvangstbevestiging gemeente binnen, hoorzitting gepland [[D:27 februari]]
""")

D("log", """
[[D:04.06]] 10:15 – Telefoon [[P:Gülsen Aydın]] ([[T:06-24 81 70 39]]): zoon ([[P:Kerem]], [[AGE:11]]) is van school gestuurd, wil meer info over passend onderwijs en jeugdhulp.
[[D:04.06]] 10:40 – Teruggebeld, afspraak [[D:11.06]] op school met IB-er.
[[D:11.06]] – Gesprek op school, aanwezig: moeder, [[P:Kerem]], IB-er mevr. [[P:Vogel]], ik. Afgesproken: onderzoek door [[O:Onderwijsadvies Zuid]].
""")

D("log", """
Logboek – [[P:Sven Mol]]
[[D:1 okt]]: aanmelding via website
[[D:2 okt]]: eerste gesprek (telefonisch, 25 min). [[P:Sven]] zit in de schuldsanering (Wsnp), bewindvoerder mr. [[P:Huisman]] van [[O:Huisman Bewind & Mentorschap]]. Ervaart weinig contact.
[[D:9 okt]]: samen e-mail opgesteld aan bewindvoerder
[[D:20 okt]]: geen reactie, gebeld naar kantoor [[T:0578-612211]], secretaresse belooft terugbelverzoek
[[D:23 okt]]: bewindvoerder belt cliënt, afspraak gemaakt
""")

D("log", """
[[D:9/9]] tel. met moeder. Verder niets.
""")

D("log", """
[[D:15-01-2025]] Huisbezoek bij mw. [[P:Van Dongen]], [[A:Tuinstraat 23]]. Aanwezig ook buurvrouw [[P:Ria]].
[[D:16-01-2025]] Brief opgesteld aan gemeente, kenmerk van hun brief [[CN:2024-WMO-88301]].
[[D:05-02-2025]] Reactie gemeente: gesprek wordt opnieuw gepland met een andere consulent.
[[D:19-02-2025]] Gesprek met consulent [[P:Tom Verweij]], verliep goed. Mw. krijgt boodschappenservice.
""")

D("log", """
14:05 app van [[P:Jordy]]: "ze hebben de stroom afgesloten"
14:10 gebeld met [[P:Jordy]], 2 kinderen thuis, geen verwarming
14:30 gebeld met de gemeente (14 0575), doorverbonden met schuldhulp, noodprocedure gestart
16:45 bericht van energieleverancier: aansluiting vandaag nog hersteld
""")

D("log", """
[[D:3 mrt.]] Tel. gesproken met juf [[P:Sandra]] van groep 5 over [[P:Milan]].
""")

D("log", """
Datum       Contact                                 Actie
[[D:17-06]]       mw. [[P:Ramdin]] (cliënt)               intake, zie verslag
[[D:19-06]]       [[P:J. Maas]], [[O:Zorgkantoor Midden-Holland]]     info over Wlz-indicatie
[[D:24-06]]       CIZ (algemeen nummer)                   procedure uitgelegd gekregen
[[D:26-06]]       mw. [[P:Ramdin]]                        teruggekoppeld
""")

D("log", """
Contactmomenten met [[P:Ahmet Çelik]] (dossier [[CN:VP-0877]])

[[D:22/08/2024]] – eerste contact via [[P:Fatima]] van [[O:Vluchtelingenwerk]]
[[D:29/08/2024]] – gesprek op kantoor, vragen rond gezinshereniging en inkomen
[[D:05/09/2024]] – mail aan klantmanager ([[E:k.vandenberg@nissewaard.nl]])
[[D:18/09/2024]] – klantmanager belt terug: voorschot bijstand wordt vandaag overgemaakt naar [[IBAN:@INGB g]]
""")

D("log", """
ma: gebeld, geen gehoor
di: gebeld, geen gehoor, voicemail ingesproken
wo: sms gestuurd naar [[T:06 12 08 73 54]]
do: cliënt belt terug, was ziek. Nieuwe afspraak [[D:24 november]] 13.30 uur.
""")

D("log", """
[[D:08-05]] Overleg met jeugdconsulent [[P:Bas Hermsen]] ([[T:024 - 329 52 80]]) over [[P:Julia]] (dochter van mw. [[P:Peters]]). [[P:Julia]] heeft nu 4 u per week ambulante hulp bij [[O:Entrea Lindenhout]]. Moeder wil verblijf (logeren 1 weekend per maand). Consulent staat er positief in, legt het voor aan het team.
[[D:15-05]] Consulent: logeren wordt toegekend voor 6 maanden.
""")

D("log", """
Log 2025
[[D:7 januari]]: dhr. [[P:Boersma]] belt, is boos dat de gemeente zijn aanvraag "kwijt" is.
[[D:8 januari]]: ik bel met loket, aanvraag is wel binnen onder nr. [[CN:Z-2024-133207]], ligt op de stapel.
[[D:8 januari]]: teruggebeld met dhr., hij is gerustgesteld.
[[D:30 januari]]: beschikking binnen, toegekend.
""")

D("log", """
[[D:2/4]] mail mw [[P:Lutz]] (BW) – vraagt om machtiging van cliënt voordat ze info mag geven
[[D:3/4]] machtiging door cliënt ondertekend, gescand, verstuurd
[[D:10/4]] BW stuurt overzicht: vaste lasten € 1.104,-, leefgeld € 60 p/w, reservering € 35 p/m
""")

D("log", """
contact [[D:30-10]] met [[P:Rachida]] (moeder van [[P:Soufiane]], [[AGE:14]])
- [[P:Soufiane]] is opgepakt voor winkeldiefstal bij de Action, Halt-traject
- moeder vraagt of Halt ook gevolgen heeft voor zijn jeugdhulp bij [[O:Stichting Jeugdformaat]]
- uitgelegd: nee, staat los van elkaar
- moeder bezorgd over vriendengroep, wil gesprek met jongerenwerk. Naam jongerenwerker: [[P:Sjors]] ([[T:06-39 20 11 84]])
""")

D("log", """
[[D:13-08-2025]] tel. met dhr. [[P:Verhagen]] (zoon van mw. [[P:Verhagen-Pols]], [[AGE:93]]), heeft vragen over eigen bijdrage Wlz bij CAK. Verwezen naar CAK, nummer staat op de brief. Verder geen actie.
""")

D("log", """
Telefoonnotitie – donderdag [[D:12 juni 2025]]
Beller: [[P:Freek Aalbers]], [[T:035-6932847]]
Onderwerp: zijn buurman [[P:Henk]] wordt volgens hem uitgebuit door een "vriend" die bij hem ingetrokken is. [[P:Henk]] is licht verstandelijk beperkt. [[P:Freek]] maakt zich zorgen. Advies: Veilig Thuis bellen (0800-2000), [[P:Freek]] doet dat zelf.
""")

D("log", """
[[D:11-11]] 9.00 gesprek gemeente (klantmanager [[P:Dewi Hartono]]), cliënt [[P:Tamara Groen]] en ik.
Afspraken:
1. [[P:Tamara]] mag de opleiding tot doktersassistente afmaken met behoud van uitkering
2. [[P:Tamara]] levert elke maand haar rooster in
3. Evaluatie over 6 maanden
Sfeer goed.
""")

D("log", """
Tijdlijn casus [[P:Ricardo]]:
- [[D:12 februari]]: aanvraag beschermd wonen
- [[D:12 maart]]: nog geen reactie
- [[D:2 april]]: gesprek met [[O:Centrum Maliebaan]], [[P:Ricardo]] op wachtlijst
- [[D:20 april]]: [[P:Ricardo]] opgenomen na terugval
- [[D:5 mei]]: contact met de behandelaar, dr. [[P:L. Wijers]]
""")

D("log", """
Contact [[D:9 juli]]: ik bel namens cliënt (met toestemming) met [[O:Thuiszorg West-Brabant]] over het niet komen opdagen van de hulp. Teamleider [[P:Mirjam]] excuseert zich, er is een personeelstekort, belooft vaste hulp vanaf [[D:1 augustus]].
""")

D("log", """
[[D:21/3]] – [[P:Ali Benhaddou]] kwam binnenlopen met een envelop vol post. Samen gesorteerd:
• aanmaning [[O:Cannock Chase]] (zorgpremie), dossier [[CN:81123907]]
• brief CJIB, beschikkingsnummer [[CN:@nobsn]]
• beschikking huurtoeslag (Belastingdienst)
• 3 x reclame, 1 x Albert Heijn bonuskaart
Afgesproken: ik bel [[O:Cannock]] voor een betalingsregeling.
[[D:24/3]] – [[O:Cannock]]: regeling mogelijk, € 50 p/m, eerste termijn [[D:1-4]].
""")

D("log", """
[[D:02-12]] 16u mw [[P:Nijhof]] belt in paniek, dochter ([[AGE:17]]) is weggelopen uit de instelling in [[C:Wezep]].
[[D:02-12]] 16u20 ik bel de instelling, mentor [[P:Jeroen]] neemt op, politie is ingeschakeld.
[[D:02-12]] 21u30 app van mw: dochter is terecht, bij vriendin in [[C:Zwolle]].
[[D:03-12]] gesprek met mw over hoe nu verder
""")

D("log", """
Woensdag belde meneer weer. Hij wil graag dat ik meega naar het gesprek bij het UWV over zijn WIA-keuring. Dat is buiten ons werkgebied, maar ik heb gezegd dat ik het navraag. Vrijdag teruggebeld: kan helaas niet, verwezen naar de cliëntondersteuning van de vakbond.
""")

D("log", """
Verslag telefoon [[D:19 mei]]
Met: [[P:Margriet Zomer]], moeder van [[P:Pim Zomer]] ([[AGE:9]])
[[P:Pim]] heeft een pgb voor logeren, de logeeropvang [[O:Het Speelhuis]] in [[C:Oldenzaal]] stopt per [[D:1 juli]]. Mw. zoekt alternatief. Ik geef haar 2 namen door van andere aanbieders.
[[N:Zomer]] is trouwens voor dit gezin de zwaarste tijd, zei ze: zes weken schoolvakantie.
""")

D("log", """
[[D:10-10-24]] Email [[P:Youssef]] aan mij: hij is op [[D:1-10-24]] ontslagen bij [[N:PostNL]]. Vraagt of hij bijstand kan aanvragen of eerst WW.
[[D:11-10-24]] Antwoord gestuurd: eerst WW bij UWV, bijstand alleen als aanvulling. Ook gewezen op de 4-weken zoekperiode voor jongeren onder de 27 ([[P:Youssef]] is [[AGE:26]]).
""")

D("log", """
[[D:27-28 maart]]: geen contact (cursus)
""")

D("log", """
[[D:5 sep]] intake mw [[P:Hoogendoorn]]
[[D:12 sep]] samen aanvraag Wmo ingevuld (huishoudelijke hulp, begeleiding)
[[D:3 okt]] keukentafelgesprek met consulent [[P:Iris]], ik was erbij. Mw. noemde haar depressie niet, schaamte. Na afloop besproken.
[[D:10 okt]] aanvullende mail naar [[P:Iris]] met toestemming mw.
[[D:7 nov]] beschikking: HH 2 uur + begeleiding 2 uur. Mw. tevreden.
""")

D("log", """
[[D:18/12]] – kerstpakket-actie wijkteam, geen cliëntcontact
""")

D("log", """
[[D:6 mei]] gesprek met [[P:Priscilla]] en haar bewindvoerder [[P:Hendrik Jan Smits]] ([[O:Smits Budgetbeheer]]) in [[C:Emmeloord]].
- [[P:Priscilla]] wil meer leefgeld. BW zegt dat er geen ruimte is door aflossingen.
- Afgesproken dat BW een begroting maakt en die [[D:20 mei]] toelicht.
[[D:20 mei]] begroting ontvangen per mail ([[E:hj.smits@smitsbudgetbeheer.nl]]), samen met [[P:Priscilla]] doorgenomen.
""")

D("log", """
[[D:01-07]] aanmelding via formulier, naam [[P:Nadia]], [[T:0653901277]], vraag over jeugdwet
[[D:01-07]] teruggebeld, voicemail
[[D:03-07]] teruggebeld, gesproken. [[P:Nadia]] wil info over persoonsgebonden budget voor haar zoon. Info gestuurd.
""")

D("log", """
Telefoonnotitie [[D:28-05-2025]], 11.20 uur
Cliënt [[P:Andrea Kovács]] laat weten dat de hoorzitting van [[D:4 juni]] is verplaatst naar [[D:18 juni]]. Reden: voorzitter bezwaarcommissie ziek. Ik zet het in de agenda.
""")

D("log", """
[[D:2-6]]: bij de balie met dhr [[P:Achterberg]], zijn aanvraag IIT was weg. Balie zoekt, vindt niets. Opnieuw ingediend, ontvangstbewijs gevraagd (nr [[CN:AV-3399021]]).
[[D:30-6]]: IIT toegekend, € 312 eenmalig.
""")

D("log", """
[[D:17 jan]] [[P:Rosa]] belt: haar zoon [[P:Lucas]] ([[AGE:8]]) heeft na 14 maanden wachten eindelijk een plek bij [[O:Accare]]. Ze wil het dossier bij ons afsluiten. Afgesloten.
""")
# ---- formal letters: complaints, objections, address blocks ------------------------------------

D("brief", """
[[P:M. (Mariska) Oosterhuis]]
[[A:Hertog Hendriklaan 27]]
[[PC:5623 AM]] [[C:Eindhoven]]

Aan het college van burgemeester en wethouders van de gemeente [[N:Eindhoven]]
t.a.v. de bezwaarcommissie
Postbus 90150
[[PC:5600 RB]] [[C:Eindhoven]]

[[C:Eindhoven]], [[D:14\u00a0maart 2025]]

Betreft: bezwaarschrift
Uw kenmerk: [[CN:WMO/2025/001938]]

Geachte college,

Hierbij maak ik bezwaar tegen uw besluit van [[D:10 februari 2025]], waarin u mijn aanvraag voor begeleiding individueel op grond van de Wmo 2015 afwijst.

U stelt dat ik "voldoende zelfredzaam" ben. Dat is niet juist. Ik heb sinds mijn beroerte in 2023 ernstige concentratieproblemen en kan mijn post niet meer zelfstandig afhandelen. Mijn neurologe, dr. [[P:Kersten]] van het [[O:Catharina Ziekenhuis]], kan dit bevestigen.

Ik verzoek u het besluit te herroepen en mij alsnog begeleiding toe te kennen. Ook wil ik graag gehoord worden.

Hoogachtend,

[[P:M. Oosterhuis]]
BSN [[BSN:@dots]]
""")

D("brief", """
[[C:Leeuwarden]], [[D:2 oktober 2024]]

Aan: [[O:Zorgcentrum De Skâns]]
T.a.v. de klachtenfunctionaris
[[A:Borniastraat 34b]]
[[PC:8934 AD]] [[C:Leeuwarden]]

Betreft: klacht over zorgverlening aan mijn moeder, mevrouw [[P:G. Hiemstra-de Vries]], kamer 12

Geachte heer, mevrouw,

Namens mijn moeder, die zelf niet meer in staat is om te schrijven, dien ik een klacht in.

Op [[D:21 september]] trof ik haar om 15.00 uur aan in bed, nog in haar nachtkleding en met een natte luier. Zij had die dag nog niet gegeten. Op mijn vraag waarom niet, zei de verzorgende dat er "maar twee mensen op de hele afdeling" waren.

Dit is niet de eerste keer. Ik heb eerder, op [[D:3 augustus]] en [[D:17 augustus]], mondeling mijn zorgen geuit bij de teamleider, mevrouw [[P:Postma]].

Ik verzoek u om een gesprek en om schriftelijk te laten weten welke maatregelen u neemt.

Met vriendelijke groet,

[[P:Anke Hiemstra]]
[[A:Tjerk Hiddesstraat 5]]
[[PC:8913 EZ]] [[C:Leeuwarden]]
[[T:06-41 90 28 53]]
[[E:anke.hiemstra@planet.nl]]
""")

D("brief", """
Gemeente [[N:Almere]]
Sociaal Domein – Werk en Inkomen
Postbus 200
[[PC:1300 AE]] [[C:Almere]]

Aan de heer [[P:K.L. Sitaldin]]
[[A:Cinemadreef 118]]
[[PC:1325 GN]] [[C:Almere]]

Datum: [[D:18 juni 2025]]
Ons kenmerk: [[CN:WI-2025-066173]]
Behandeld door: [[P:S. Veenstra]]
Telefoon: 14 036

Onderwerp: heronderzoek recht op bijstand

Geachte heer [[P:Sitaldin]],

Wij onderzoeken periodiek of uw recht op een bijstandsuitkering op grond van de Participatiewet nog juist is. Daarvoor hebben wij de volgende gegevens van u nodig:
- bankafschriften van al uw rekeningen over de afgelopen drie maanden;
- uw huurcontract;
- een kopie van een geldig identiteitsbewijs.

U kunt de stukken uploaden via Mijn [[N:Almere]] of opsturen naar het bovenstaande adres. Wij ontvangen de stukken graag uiterlijk op [[D:2 juli 2025]].

Als u de gegevens niet op tijd aanlevert, kunnen wij uw uitkering opschorten (artikel 54 Participatiewet).

Met vriendelijke groet,

namens het college van burgemeester en wethouders,

[[P:S. Veenstra]]
klantmanager
""")

D("brief", """
Betreft: klacht
Datum: [[D:5-11-2025]]

Geachte mevrouw, meneer,

Ik wil een klacht indienen over de bejegening door het Jongerenloket. Ik werd uitgelachen toen ik vertelde dat ik dyslexie heb.

Met vriendelijke groet,
""")

D("brief", """
Aangetekend

[[P:R.A. (Reinier) van Ommen]]
[[A:Prins Hendrikkade 80-2]]
[[PC:1012 AE]] [[C:Amsterdam]]
[[T:020-6241093]]

Aan de Rechtbank [[N:Amsterdam]]
Sector bestuursrecht
Postbus 75850
[[PC:1070 AW]] [[C:Amsterdam]]

[[C:Amsterdam]], [[D:29 april 2025]]

Betreft: beroepschrift tegen de beslissing op bezwaar van de gemeente [[N:Amsterdam]] van [[D:20 maart 2025]], kenmerk [[CN:BZ-25-00467]]

Edelachtbare,

Hierbij stel ik beroep in tegen de bovengenoemde beslissing op bezwaar. Een kopie van de beslissing is bijgevoegd.

De gemeente heeft mijn bijstandsuitkering met terugwerkende kracht per [[D:1 januari 2024]] ingetrokken en een bedrag van € 14.882,16 teruggevorderd. De gemeente gaat ervan uit dat ik een gezamenlijke huishouding voer met mevrouw [[P:Dorien Kalf]]. Dat is onjuist. Mevrouw [[P:Kalf]] woont op haar eigen adres in [[C:Diemen]] en we hebben geen gezamenlijke kosten.

Ik verwijs naar ECLI:NL:CRVB:2019:1234 en artikel 3 lid 4 Participatiewet.

Ik verzoek u het beroep gegrond te verklaren.

Hoogachtend,

[[P:R.A. van Ommen]]
""")

D("brief", """
[[O:Stichting Schuldhulpmaatje Deventer]]
[[A:Brinkgreverweg 69]]
[[PC:7413 AB]] [[C:Deventer]]

Aan mevrouw [[P:S. Yıldırım]]
[[A:Rembrandtkade 41]]
[[PC:7412 TW]] [[C:Deventer]]

[[C:Deventer]], [[D:8 januari 2026]]

Beste mevrouw [[P:Yıldırım]],

Fijn dat u zich heeft aangemeld bij [[O:Schuldhulpmaatje]]. Uw maatje wordt [[P:Wilco Brands]]. Hij neemt deze week telefonisch contact met u op om een eerste afspraak te maken.

Wilt u alvast de volgende papieren klaarleggen: brieven van schuldeisers, uw laatste loonstrook, en uw huurcontract?

Heeft u vragen, dan kunt u bellen met ons kantoor: [[T:0570-85 22 41]].

Hartelijke groet,

[[P:Lenie Bouwhuis]]
coördinator
""")

D("brief", """
Van: [[P:Dijkstra-Boukema]], [[A:Hoofdweg 212]], [[PC:9341 BL]] [[C:Veenhuizen]]
Aan: Gemeente [[N:Noordenveld]], afdeling Wmo

Kenmerk: [[CN:2025.0098.WMO]]
Betreft: aanvulling op mijn bezwaar van [[D:11 april]]

Geachte heer, mevrouw,

Zoals telefonisch besproken met de heer [[P:Ter Horst]] stuur ik u hierbij de verklaring van mijn huisarts en de indicatie van [[O:Icare]].

Ik ben [[AGE:77]] jaar en heb COPD stadium 3. Een trapliftaanvraag is voor mij geen luxe.

Met vriendelijke groet,
mevrouw [[P:A. Dijkstra-Boukema]]
""")

D("brief", """
Aan: de klachtencommissie van [[O:Jeugdbescherming west]]

Van: [[P:Roy Hazenberg]]
Adres: [[A:Lijsterbesstraat 4]], [[PC:2321 TX]] [[C:Leiden]]
Geboortedatum: [[DOB:8 augustus 1985]]

Onderwerp: klacht over jeugdbeschermer mevrouw [[P:D. Haverkamp]]

Ik klaag over het volgende:
1. Mevrouw [[P:Haverkamp]] heeft in haar rapportage aan de rechtbank van [[D:12-06-2025]] geschreven dat ik "niet meewerkt". Dat is niet waar. Ik heb alle afspraken nagekomen, behalve die van [[D:4 juni]], en toen lag ik in het ziekenhuis (bewijs bijgevoegd).
2. Zij heeft mijn dochter [[P:Isa]] ([[AGE:6]]) verteld dat papa "misschien niet meer komt". [[P:Isa]] was daar heel verdrietig over.
3. Zij reageert niet op mijn e-mails ([[E:royhazenberg@gmail.com]]).

Ik wil graag dat de klachtencommissie de klacht gegrond verklaart en dat er een andere jeugdbeschermer komt.

[[P:R. Hazenberg]]
""")

D("brief", """
Aan: College van B&W van de gemeente [[N:Tilburg]]
Onderwerp: verzoek om kwijtschelding gemeentelijke belastingen
Aanslagnummer: [[CN:@nobsn space]]
Naam: [[P:Joost van den Heuvel]]
Adres: [[A:Ringbaan-West 300]], [[PC:5025 VB]] [[C:Tilburg]]

Geachte college,

Ik verzoek om kwijtschelding van de aanslag afvalstoffenheffing en rioolheffing 2025, samen €\u00a0497,36. Ik leef van een bijstandsuitkering (€ 1.273,38 netto per maand) en heb geen vermogen.

Ik betaal de aanslag graag via automatische incasso van [[IBAN:@ABNA g]] als de kwijtschelding wordt afgewezen.

Met vriendelijke groet,

[[P:J. van den Heuvel]]
""")

D("brief", """
Klacht

Van: [[P:Lamin Jallow]], [[A:Europalaan 118]], [[C:Utrecht]]
Aan: de Ombudsman Metropool? Of de gemeente. Ik weet niet.

Ik heb op [[D:3 juli]] om een gesprek gevraagd over mijn uitkering en ik heb tot vandaag geen antwoord. Dit is de derde brief. Ik heb ook gebeld naar 14 030 en ze zeggen "u wordt teruggebeld" maar niemand belt.

[[P:Lamin Jallow]]
[[T:06 - 27 30 55 18]]
""")

D("brief", """
[[O:Bewindvoerderskantoor De Zuidwester]]
[[A:Markt 9]]
[[PC:4331 LK]] [[C:Middelburg]]
KvK 55412398

Aan de kantonrechter van de Rechtbank Zeeland-West-Brabant
Team bewind, locatie [[C:Middelburg]]

Betreft: verzoek tot wijziging van de beloning, rechthebbende dhr. [[P:P.J. Luteijn]], geboren op [[DOB:7 maart 1957]], zaaknummer [[CN:C/02/389144 / BM RK 21-1002]]

Edelachtbare,

Hierbij verzoek ik u de beloning voor het beheer van de goederen van de heer [[P:Luteijn]] te verhogen wegens problematische schulden. Betrokkene verblijft sinds [[D:1 februari 2025]] in een verpleeghuis van [[O:Ter Weel]] in [[C:Goes]].

Hoogachtend,

mr. [[P:E. van Damme]]
bewindvoerder
""")

D("brief", """
Datum: dinsdag [[D:22 april 2025]]
Aan: het college van B en W van [[N:Nijmegen]]
Betreft: Bezwaar tegen de beschikking van [[D:31 maart 2025]] (kenmerk [[CN:NJM/JH/25/2281]])

Ik, [[P:Maartje Schuurmans]], moeder van [[P:Tobias Schuurmans]] (geboren [[DOB:14-10-2015]]), maak bezwaar tegen het besluit om de jeugdhulp voor mijn zoon te beëindigen.

[[P:Tobias]] heeft ADHD en een hechtingsstoornis. Sinds de behandeling bij [[O:Pro Persona]] gaat het beter, maar hij is nog niet zo ver dat hij zonder hulp kan. De behandelaar, [[P:Ruben de Kort]], heeft dat in zijn brief van [[D:2 april]] ook geschreven (bijlage 2).

Ik wil graag gehoord worden. U kunt mij bereiken op [[T:024-3501178]] of via [[E:maartje.schuurmans@xs4all.nl]].

Met vriendelijke groet,

[[P:M. Schuurmans]]
[[A:Sint Annastraat 172]]
[[PC:6524 GT]] [[C:Nijmegen]]
""")

D("brief", """
Familie [[P:Wolters]]
[[A:Zandweg 4]]
[[PC:7121 LC]] [[C:Aalten]]

Betreft: Klacht wijkverpleging

Beste mensen,

Wij willen laten weten dat wij niet tevreden zijn over de wijkverpleging van [[O:Thuiszorg De Achterhoek]]. Vader wordt 's ochtends steeds door iemand anders geholpen en hij is [[AGE:90]], hij raakt daar in de war van. Wij hebben gevraagd om een vast gezicht.

Met groet,
[[P:Gerrit]] en [[P:Hanna Wolters]]
""")

D("brief", """
AAN: Gemeente [[N:Heerlen]], Afdeling Werk en Inkomen
VAN: [[P:Danuta Wiśniewska]]
[[A:Akerstraat 71]], [[PC:6417 BK]] [[C:Heerlen]]
BSN: [[BSN:@space]]

ONDERWERP: Wijziging van inkomen

Geachte heer/mevrouw,

Per [[D:1 augustus 2025]] werk ik 16 uur per week als schoonmaakster bij een schoonmaakbedrijf. Mijn salaris is ongeveer € 780 bruto per maand. Hierbij stuur ik het arbeidscontract.

Met vriendelijke groet,
[[P:D. Wiśniewska]]
""")

D("brief", """
[[C:Groningen]], [[D:19-09-2025]]

Aan de directie van [[O:GGZ Noorderlicht]]
t.a.v. de heer drs. [[P:M. Kremer]]

Geachte heer [[P:Kremer]],

Mijn zoon [[P:Thijs]] is op [[D:1 september]] met ontslag gestuurd uit de kliniek, terwijl hij nog geen woonplek had. Hij slaapt sindsdien bij mij op de bank. Hij is [[AGE:28]], heeft schizofrenie en gebruikt zijn medicatie niet meer.

Ik vind het onverantwoord dat er geen nazorg is geregeld. Ik wil graag in gesprek.

Met vriendelijke groet,

[[P:Gea Lubbers]]
[[T:050 - 318 77 02]]
""")

D("brief", """
BEZWAARSCHRIFT

Indiener: [[P:H.T. Bulut]]
Wonende te: [[A:Kerkelaan 9]], [[PC:3451 CR]] [[C:Vleuten]]
Geboren: [[DOB:16-04-1980]]

Tegen: het besluit van de gemeente [[N:Utrecht]] d.d. [[D:03-06-2025]], kenmerk [[CN:7140025831]], waarbij de bijzondere bijstand voor de eigen bijdrage rechtsbijstand is afgewezen.

Gronden:
Ik heb een draagkrachtloos inkomen. Het besluit is in strijd met artikel 35 van de Participatiewet en met het zorgvuldigheidsbeginsel (artikel 3:2 Awb).

Verzoek:
Het besluit te herroepen. Ik wens te worden gehoord.

[[C:Vleuten]], [[D:01-07-2025]]
[[P:H.T. Bulut]]
""")

D("brief", """
Onderwerp: Melding aan de vertrouwenspersoon – verzoek om bemiddeling

Geachte vertrouwenspersoon,

Hierbij vraag ik u te bemiddelen tussen mij en het sociaal wijkteam. Ik heb het gevoel dat mijn situatie niet serieus genomen wordt. Ik heb sinds december geen begeleiding meer gehad.

Mijn gegevens:
[[P:Ayoub Benyahia]]
[[A:Steenstraat 60]]
[[PC:6828 CL]] [[C:Arnhem]]

Hoogachtend,
[[P:A. Benyahia]]
""")

D("brief", """
Mevr. dr. [[P:L.C. Hagenaars]]
""")

D("brief", """
[[O:Vluchtelingenwerk Oost Nederland]]
[[C:Enschede]], [[D:23 mei 2025]]

Aan wie het aangaat,

Hierbij verklaar ik dat de heer [[P:Habtom Gebremedhin]], geboren op [[DOB:01-01-1996]], wonende [[A:Boddenkampstraat 42]], [[PC:7514 AN]] [[C:Enschede]], sinds [[D:12 oktober 2023]] door ons wordt begeleid in het kader van de inburgering.

De heer [[P:Gebremedhin]] heeft zich altijd aan de afspraken gehouden.

[[P:Ingrid Nijland]]
maatschappelijk begeleider
[[T:053 - 4 33 21 07]]
""")

D("brief", """
KLACHTFORMULIER

Naam klager: [[P:Corry Baas]]
Adres: [[A:Flevolaan 3]]
Postcode + woonplaats: [[PC:1382 JW]] [[C:Weesp]]
Telefoon: [[T:0294 - 41 32 80]]
E-mail: -

Over wie/wat gaat uw klacht? De huishoudelijke hulp [[P:Bianca]] van [[O:Thuiszorg Gooi en Vecht]]
Wanneer? [[D:14 januari]] en [[D:21 januari]]
Wat is er gebeurd? Ze was er allebei de keren maar 1 uur in plaats van 2 en heeft wel 2 uur laten tekenen.
Wat wilt u? Dat het terugbetaald wordt aan de gemeente en een andere hulp.
""")

D("brief", """
Geachte mevrouw [[P:Van Beek]],

Naar aanleiding van uw brief van [[D:14 oktober]], met kenmerk [[CN:OZ/25/2290]], laat ik u het volgende weten.

Ik heb nooit een gezamenlijke huishouding gehad met de heer [[P:Jacobs]]. Hij heeft mijn adres gebruikt als postadres omdat hij dakloos was. Dat heb ik gemeld bij de gemeente op [[D:3 mei 2024]] (zie bijlage). Hij heeft nooit bij mij gewoond.

Ik vraag u daarom de terugvordering van € 8.203,44 in te trekken.

Met vriendelijke groet,

[[P:Samantha Kroon]]
""")

D("brief", """
Uw brief van: [[D:10 juli 2025]]
Uw kenmerk: [[CN:PW/2025/24411]]
Ons kenmerk: [[CN:NAAST-25-0318]]
Bijlagen: 2

Betreft: cliënt de heer [[P:Olumide Adeyemi]], geb. [[DOB:22-12-1990]]

Geachte mevrouw [[P:Kuiper]],

Namens de heer [[P:Adeyemi]] verzoek ik u de termijn voor het aanleveren van de gevraagde bankafschriften met twee weken te verlengen. De heer [[P:Adeyemi]] heeft een nieuwe bankpas moeten aanvragen omdat zijn oude was gestolen; hij kan pas vanaf volgende week weer inloggen.

Met vriendelijke groet,

[[P:Renée van Kampen]]
onafhankelijk vertrouwenspersoon
""")

D("brief", """
Geachte heer, mevrouw,

Ik schrijf u omdat ik al sinds [[D:8 maart]] wacht op een besluit over mijn aanvraag voor een woonvoorziening. Volgens artikel 2.3.5 Wmo 2015 moet u binnen 2 weken na ontvangst van de aanvraag een besluit nemen. Dat is ruim verstreken. Ik stel u hierbij in gebreke (artikel 4:17 Awb).

Als u niet binnen 2 weken beslist, heb ik recht op een dwangsom.

[[P:T. (Theo) Verdonk]], [[A:Lindenlaan 4]], [[C:Wageningen]]
""")

D("brief", """
Geachte mevrouw [[P:De Haan]],

Bij brief van [[D:4 februari 2025]] heeft u een klacht ingediend over de behandeling van uw aanvraag. Op [[D:18 februari 2025]] heeft een gesprek plaatsgevonden met u, uw vertrouwenspersoon [[P:Maud Veenstra]] en de klachtbehandelaar [[P:Jeroen Bos]].

De klacht is gegrond. Wij bieden u onze excuses aan.

Met vriendelijke groet,
namens het college,

[[P:J. Bos]]
klachtbehandelaar
""")

D("brief", """
Van: [[O:Reakt]], afdeling cliëntondersteuning
Aan: de heer [[P:F.G. Rademaker]], [[A:Tiendplein 12]], [[PC:3034 CH]] [[C:Rotterdam]]

Betreft: afsluiting begeleiding

Beste heer [[P:Rademaker]],

Per [[D:1 november]] stopt de begeleiding door onze organisatie, omdat de indicatie afloopt. We hebben in het laatste gesprek samen een plan gemaakt voor daarna. Mocht u toch weer ondersteuning nodig hebben, neem dan contact op met het wijkteam.

Met vriendelijke groet,
[[P:Esther van Zon]]
""")

D("brief", """
Aan het CJIB
Postbus 50
[[PC:8900 AB]] [[C:Leeuwarden]]

Betreft: verzoek om betalingsregeling
CJIB-nummer: [[CN:1064 4528 0912 7733]]

Geachte heer, mevrouw,

Ik heb een boete van € 380,- voor een verkeersovertreding met mijn auto ([[LP:VTB-44-K]]). Ik kan dit niet in één keer betalen omdat ik in de schuldhulpverlening zit. Ik verzoek om een betalingsregeling van € 25 per maand.

Met vriendelijke groet,

[[P:Kevin Jongeneel]]
[[A:Heuvelstraat 1a]]
[[PC:4811 BS]] [[C:Breda]]
""")

D("brief", """
Betreft: verzoek om informatie (AVG art. 15)

Geachte functionaris gegevensbescherming,

Graag ontvang ik een overzicht van alle persoonsgegevens die de gemeente over mij verwerkt in het kader van de Jeugdwet, inclusief de verslagen van het jeugdteam over mijn kinderen [[P:Sophie]] en [[P:Luuk Brink]].

[[P:Sandra Brink-Hulshof]], [[DOB:29-01-1983]]
[[A:Tolhuisweg 18]], [[PC:8017 CK]] [[C:Zwolle]]
""")

D("brief", """
Geachte heer [[P:Ouahabi]],

Dank voor uw brief. Helaas kunnen wij uw klacht niet in behandeling nemen, omdat deze gaat over een besluit waartegen bezwaar mogelijk is (artikel 9:4 Awb). U kunt binnen 6 weken na de datum van het besluit bezwaar maken.

Hoogachtend,
""")

D("brief", """
Zienswijze

Ik, [[P:Jelena Petrović]], geboren te [[C:Beograd]] op [[DOB:5-5-1979]], wonende aan de [[A:Nicolaas Beetslaan 67]] te [[C:Hilversum]], geef hierbij mijn zienswijze op het voornemen van de gemeente om mijn pgb om te zetten naar zorg in natura.

Mijn dochter [[P:Mila]] ([[AGE:11]]) heeft een zeldzame stofwisselingsziekte. De huidige zorgverleners, [[P:Marloes]] en [[P:Yvonne]], kennen haar al 6 jaar. Een andere aanbieder zou een grote stap terug zijn.

[[P:J. Petrović]]
""")

D("brief", """
Aan: [[O:Leger des Heils]], locatie [[C:Den Helder]]
Van: [[P:Nienke Blom]], vertrouwenspersoon Naast
Datum: [[D:06-03-2025]]

Betreft: dhr. [[P:G. (Gijs) Schermer]], [[DOB:12-07-1969]]

Geachte heer [[P:Kaan]],

Met toestemming van dhr. [[P:Schermer]] vraag ik u om een gesprek over zijn plek in de nachtopvang. Dhr. geeft aan dat hij na een conflict met een medebewoner is weggestuurd. Hij slaapt nu buiten.

Met vriendelijke groet,
[[P:Nienke Blom]]
[[T:06-29 44 17 02]]
""")

D("brief", """
Geachte college,

Hierbij maak ik, [[P:Bart Nieuwenhuis]], bezwaar tegen het besluit van [[D:9 september 2025]] om mijn uitkering met 100% te verlagen gedurende 1 maand. Reden van de maatregel zou zijn dat ik niet ben verschenen op een afspraak bij [[O:Reïntegratiebureau Stap Verder]] op [[D:25 augustus]]. Ik heb die afspraak nooit ontvangen, de brief is naar mijn oude adres ([[A:Graafseweg 411]]) gestuurd terwijl ik al sinds [[D:1 juli]] op de [[A:Hatertseweg 830]] woon en dat op tijd heb doorgegeven.

[[P:B. Nieuwenhuis]]
""")

D("brief", """
[[P:Karel]] en [[P:Dina de Bruijn]]
[[A:Oude Rijksweg 2]]
[[PC:7954 GT]] [[C:Rouveen]]

Aan de Raad van Bestuur van [[O:Stichting Sprengenhof]]

[[C:Rouveen]], [[D:1 december 2025]]

Geachte leden van de raad,

Wij schrijven u over onze zoon [[P:Wouter de Bruijn]] ([[AGE:34]]), die met een ernstige verstandelijke beperking bij u woont op de locatie in [[C:Nunspeet]]. Sinds de zomer is hij 4 keer gevallen en is er geen enkele keer contact met ons opgenomen. We horen het van andere ouders.

We vragen om een gesprek met de locatiemanager en de arts verstandelijk gehandicapten.

Met vriendelijke groet,
[[P:K. de Bruijn]] en [[P:D. de Bruijn-Pleiter]]
""")
# ---- e-mails from care providers, bewindvoerders, welfare workers -------------------------------

D("mail_zorg", """
Van: [[P:Petra Lagerweij]] <[[E:p.lagerweij@zorgvandaag.nl]]>
Aan: [[E:vertrouwenspersoon@naast.nl]]
Onderwerp: cliënt dhr. [[P:Hamidi]] – toestemming gegevens delen

Beste [[P:Nienke]],

Dhr. [[P:Hamidi]] heeft aangegeven dat jij hem ondersteunt bij zijn klacht over onze begeleiding. Om met jou in gesprek te gaan hebben we zijn schriftelijke toestemming nodig. Bijgaand het formulier. Wil je het met hem invullen?

Hartelijke groet,

[[P:Petra Lagerweij]]
Teamleider ambulante begeleiding
[[O:Zorg Vandaag]] | regio [[C:West-Friesland]]
T [[T:0229 - 75 10 38]] | M [[T:06 - 15 88 20 61]]
""")

D("mail_zorg", """
Goedemorgen,

Hierbij het overzicht van de financiële situatie van mevrouw [[P:Kramer]] per [[D:1 oktober]]:

Inkomsten: AOW € 1.580,-, pensioen € 212,-, huurtoeslag € 180,-
Vaste lasten: huur € 712,-, energie € 145,-, zorgverzekering € 158,-, eigen bijdrage CAK € 21,20
Leefgeld: € 70 per week, overgemaakt op [[IBAN:@RABO g]] (leefgeldrekening)

Er is momenteel geen ruimte voor de aanschaf van een nieuwe wasmachine. Wij adviseren een aanvraag bijzondere bijstand of een aanvraag bij een fonds.

Met vriendelijke groet,

[[P:H. Kok]]
[[O:Kok & Van Vliet Bewindvoering]]
[[E:info@kokvanvliet-bewind.nl]]
""")

D("mail_zorg", """
Hoi [[P:Gerrit]],

Even een update over [[P:Sander]]. Hij is sinds maandag weer thuis na de opname, en het gaat redelijk. Hij heeft wel aangegeven dat hij zich niet gehoord voelt door de gemeente over zijn aanvraag voor dagbesteding. Misschien kun jij daar met hem naar kijken? Hij vindt het fijn als jij erbij bent bij het gesprek op [[D:16 december]].

Groet,
[[P:Roos]]
SPV [[O:GGZ Centraal]]
""")

D("mail_zorg", """
Geachte mevrouw [[P:Blom]],

In antwoord op uw vraag: wij hebben de heer [[P:Schermer]] niet weggestuurd, maar hem een time-out van 48 uur gegeven na een fysiek conflict. Hij is daarna niet meer teruggekomen. Hij is van harte welkom. Het bed wordt tot vrijdag voor hem vrijgehouden.

Met vriendelijke groet,

[[P:Hüsnü Kaan]]
locatiemanager nachtopvang
[[O:Leger des Heils]]
""")

D("mail_zorg", """
Subject: RE: Gezin [[P:Van Gorkum]]

Beste collega,

Ik ben de gezinscoach van het gezin [[P:Van Gorkum]] in [[C:Culemborg]]. Moeder ([[P:Iris]]) gaf aan dat zij contact heeft gehad met jullie over een klacht over het jeugdteam. Ik wil graag meedenken, ik sta aan haar kant en wil de samenwerking niet verder onder druk zetten.

Zou je me kunnen bellen? Ik ben bereikbaar op ma, di en do op [[T:06 48 02 11 96]].

Groeten,
[[P:Jurgen Alberts]]
[[O:Stichting Kwintes]]
""")

D("mail_zorg", """
Beste mevrouw [[P:El Amrani]],

Uw zoon [[P:Adam]] staat sinds [[D:15 mei 2025]] op onze wachtlijst voor behandeling. De verwachte wachttijd is op dit moment 26 weken. Wij begrijpen dat dit lang is. Als de situatie verslechtert, kunt u contact opnemen met uw huisarts of de crisisdienst.

Met vriendelijke groet,

Zorgbureau [[O:Levvel]]
Cliëntnummer: [[CN:LV-884102]]
""")

D("mail_zorg", """
Beste vertrouwenspersoon,

Wij hebben van onze cliënt, de heer [[P:Van der Zee]] ([[DOB:03-08-1952]]), een klacht ontvangen over de maaltijdservice. Hij gaf aan dat hij door u wordt ondersteund. Wij nodigen u beiden uit voor een gesprek op [[D:3 februari]] om 14.00 uur op ons kantoor, [[A:Kanaalweg 25]] in [[C:Steenwijk]].

Wilt u laten weten of dat schikt?

Met vriendelijke groet,
[[P:Tineke Hofstra]]
klachtenfunctionaris [[O:Zorggroep Oldenkamp]]
""")

D("mail_zorg", """
Hallo [[P:Meike]],

Onderstaand even de gegevens die je vroeg, zodat je de aanvraag bijzondere bijstand met [[P:Nikola]] kunt doen:

Naam: [[P:Nikola Jovanović]]
BSN: [[BSN:@plain]]
Geboortedatum: [[DOB:11-11-1991]]
IBAN: [[IBAN:@TRIO]]
Bewindvoerder: ondergetekende (beschikking kantonrechter [[D:4 juli 2023]], rekestnummer [[CN:10415227 BM VERZ 23-998]])

Groet,
[[P:Frank de Groot]]
[[O:De Groot Bewindvoering]] – [[U:www.degrootbewindvoering.nl]]
[[T:0113 – 72 40 19]]
""")

D("mail_zorg", """
Dag [[P:Wouter]],

Korte vraag: jij begeleidt toch mevrouw [[P:Tahiri]]? Zij heeft vanochtend een melding gedaan bij ons over een lekkage in haar woning en ze was heel overstuur. Ze zei iets over een ontruiming. Weet jij daar meer van? We willen voorkomen dat het escaleert.

Met vriendelijke groet,
[[P:Ilona de Vos]]
wijkconsulent [[O:Woningstichting Eigen Haard]]
""")

D("mail_zorg", """
Beste [[P:Anja]],

Vanuit het ziekenhuis krijgen we de vraag of mevrouw [[P:Van Zanten]] na ontslag thuis kan wonen. Ze is [[AGE:84]], woont alleen aan de [[A:Plantsoenstraat]] en heeft na de heupfractuur veel hulp nodig. Familie woont in Australië... ik bedoel, zoon woont in [[C:Perth]], dochter in [[C:Breukelen]].

Zou jij haar willen ondersteunen bij de Wmo-aanvraag en eventueel de Wlz? Ze heeft gevraagd om iemand "die niet van de gemeente is".

Groet,
[[P:Loes]]
transferverpleegkundige [[O:Diakonessenhuis]]
""")

D("mail_zorg", """
Geachte heer, mevrouw,

Namens onze cliënt, dhr. [[P:S. Goudsmit]], wonende te [[C:Zandvoort]], verzoeken wij u hem bij te staan tijdens het hoorgesprek van de bezwaarcommissie op [[D:9 oktober]] om 10.30 uur in het stadhuis.

Met vriendelijke groet,

mr. [[P:I. Dekkers]]
[[O:Sociaal Raadslieden Zuid-Kennemerland]]
""")

D("mail_zorg", """
Beste [[P:Renée]],

Dank je wel voor je mail. Ik heb met de collega's overlegd. We gaan [[P:Gijs]] niet zomaar van de lijst halen. Maar hij moet wel een gesprek aangaan over wat er is gebeurd. Kun jij dat met hem voorbereiden?

Hartelijke groet,
[[P:Hüsnü]]
""")

D("mail_zorg", """
Van: [[E:planning@thuiszorgdebrug.nl]]
Aan: [[E:j.vdmeulen1949@kpnplanet.nl]]
Onderwerp: Wijziging zorgmoment

Beste mevrouw [[P:Van der Meulen]],

Vanaf volgende week komt uw vaste verzorgende [[P:Ans]] op dinsdag en vrijdag in plaats van maandag en donderdag. Op maandag [[D:15 september]] komt eenmalig haar collega [[P:Ilse]].

Met vriendelijke groet,
Planning [[O:Thuiszorg De Brug]]
""")

D("mail_zorg", """
Geachte collega,

Ik verwijs graag de familie [[P:Mahmoud]] naar u door. De ouders ervaren veel wantrouwen naar de gemeente na een eerdere uithuisplaatsing. Zij willen in gesprek over het plan voor hun zoon [[P:Omar]] ([[AGE:15]]), maar alleen met een onafhankelijk persoon erbij.

Contactgegevens vader: [[P:Khaled Mahmoud]], [[T:06-22 91 74 30]].

Met collegiale groet,
Dr. [[P:Ellis Vlaming]], orthopedagoog
[[O:Praktijk Vlaming]], [[A:Westersingel 56]], [[C:Rotterdam]]
""")

D("mail_zorg", """
Dag,

Onze organisatie biedt ondersteuning bij werk voor mensen met een afstand tot de arbeidsmarkt. Mevrouw [[P:Lopes Tavares]] volgt sinds [[D:1 maart]] een traject bij ons. Ze heeft ons gevraagd om u te informeren dat zij [[D:2 juni]] niet bij het gesprek met de gemeente kan zijn vanwege een sollicitatiegesprek bij de Lidl.

Groet,
[[P:Daan Schepers]]
jobcoach, [[O:Werkstroom]]
""")

D("mail_zorg", """
Beste mevrouw [[P:Sanders]],

Namens [[O:MEE Zuid-Holland Noord]] bevestig ik uw aanmelding voor cliëntondersteuning. U heeft een vraag over een indicatie voor uw zoon [[P:Levi]] ([[AGE:3]], syndroom van Down) in het kader van de Wlz.

Uw cliëntondersteuner wordt [[P:Nadine Oudshoorn]]. Zij neemt binnen 5 werkdagen contact met u op.

Met vriendelijke groet,
[[O:MEE Zuid-Holland Noord]]
""")

D("mail_zorg", """
Hoi hoi,

[[P:Lizzy]] hier van de voedselbank [[C:Kampen]]. Mevrouw [[P:Doornbos]] heeft een verwijzing nodig voor verlenging, de huidige loopt af op [[D:30/11]]. Ze zei dat jullie haar helpen met haar schulden. Kunnen jullie de verwijzing doen of moet het via de schuldhulp van de gemeente?

Groetjes
""")

D("mail_zorg", """
Geachte mevrouw [[P:Oosterhuis]],

Wij hebben uw bezwaar ontvangen op [[D:17 maart 2025]] en geregistreerd onder nummer [[CN:BZ-2025-0418]]. U wordt uitgenodigd voor een hoorzitting. Daarvan krijgt u binnen 4 weken bericht.

Met vriendelijke groet,
secretariaat bezwaarcommissie
""")

D("mail_zorg", """
Beste,

Gisteren zijn we met [[P:Tomasz]] naar de huisarts geweest. Hij heeft een doorverwijzing naar [[O:Tactus]] voor zijn alcoholgebruik. Hij stemt ermee in dat ik jou dat laat weten. Over de bijstand: hij wil het bezwaar doorzetten.

Met groet,
[[P:Hilde]], maatschappelijk werker [[O:Stichting Welzijn Ouder-Amstel]]
[[T:020 – 4 96 23 05]] (di/wo/do)
""")

D("mail_zorg", """
Geachte heer [[P:Smit]],

Hierbij bevestig ik dat uw dochter [[P:Lotte Smit]], geboren [[DOB:17-02-2009]], bij ons in behandeling is. Wegens privacy kan ik u verder geen inhoudelijke informatie geven zonder toestemming van [[P:Lotte]], omdat zij ouder is dan 16.

Met vriendelijke groet,
drs. [[P:K. Altena]], GZ-psycholoog
[[O:Jeugd-GGZ De Waard]]
""")

D("mail_zorg", """
Beste [[P:Bram]],

Ik heb de aanvraag voor een scootmobiel voor mevrouw [[P:Wolff]] ingediend. Het is een Vermeiren Carpo, productnummer [[N:@nobsn]]. Levertijd is 6 weken.

Groet,
[[P:Mieke]] – ergotherapeut [[O:Ergotherapie Kennemerland]]
""")

D("mail_zorg", """
Beste vertrouwenspersoon,

Ik ben mentor van mevrouw [[P:Bakker]] ([[AGE:66]]), die woont op de [[A:Zorgvlied]] in [[C:Hoogeveen]] (begeleid wonen). Ze heeft een klacht over haar begeleider, maar ze durft die niet zelf in te dienen. Wilt u met haar in gesprek? Zij is het best bereikbaar via de groepstelefoon, [[T:0528 - 26 13 09]].

Met vriendelijke groet,
[[P:Gerda Visscher]], mentor
[[O:Mentorschap Drenthe]]
""")

D("mail_zorg", """
Goedemiddag,

Bij het lezen van het dossier zag ik dat de verkeerde geboortedatum van meneer [[P:Kamiński]] in het systeem staat: [[DOB:01-07-1977]] moet zijn [[DOB:07-01-1977]]. Wil jij dat met hem nakijken voordat het naar de gemeente gaat?

[[P:Sanne]]
""")

D("mail_zorg", """
Beste [[P:Maaike]],

Sorry voor de late reactie, ik was een week ziek.

Het traject van [[P:Saïd]] bij ons loopt nog tot [[D:31 maart]]. Hij doet het heel goed in de fietsenwerkplaats. Als het aan ons ligt, verlengen we. Maar de gemeente moet akkoord geven. Zaaknummer gemeente: [[CN:RE-INT-2024-4471]].

Hartelijke groet,
[[P:Ruben]]
[[O:Leerwerkbedrijf De Fietsfabriek]]
""")

D("mail_zorg", """
Dag [[P:Joost]],

Kun je me even laten weten hoe het is afgelopen met de hoorzitting voor Fam. [[P:Yılmaz]]? Ik heb ze morgen weer voor de opvoedondersteuning en wil graag weten waar ze staan.

Groet,
[[P:Inge]] ([[O:Opvoedpoli]])
""")

D("mail_zorg", """
Beste [[P:Ellen]],

Hierbij het verslag van het MDO over [[P:Kenji]] van [[D:12 november]].

Aanwezig: [[P:Kenji]] ([[AGE:20]]), moeder, [[P:Marijn]] (woonbegeleider [[O:Stichting De Overstap]]), ik.
Afspraken: [[P:Kenji]] stopt niet met de opleiding; woonbegeleiding blijft 6 uur per week; over 3 maanden evaluatie.

Groet,
[[P:Hester]]
""")

D("mail_zorg", """
Goedendag,

Door omstandigheden zijn wij genoodzaakt de dagbesteding in [[C:Sint-Michielsgestel]] per [[D:1 april 2026]] te sluiten. Cliënten kunnen terecht op onze locatie in [[C:Vught]], [[A:Taalstraat 122]]. Vervoer wordt geregeld.

U ontvangt deze mail omdat u als vertrouwenspersoon betrokken bent bij een van onze deelnemers.

Met vriendelijke groet,
[[O:Dagbesteding Het Tuinhuis]]
""")

D("mail_zorg", """
Hoi,

Het klopt dat we de begeleiding van Mevr. [[P:Amrani]] tijdelijk hebben verminderd, dit wegens ziekte van de begeleider. Vanaf volgende week is het weer zoals afgesproken. Excuses voor het ongemak.

Groet, [[P:Danielle]]
""")

D("mail_zorg", """
Beste [[P:Wouter]],

Mevrouw [[P:Tahiri]] staat op de lijst voor ontruiming op [[D:18 februari]]. Er is nog een kans: als zij vóór [[D:10 februari]] € 1.450 betaalt en een betalingsregeling tekent, wordt de ontruiming opgeschort. Haar huurnummer is [[CN:100349-07]].

Groet,
[[P:Ilona]]
""")

D("mail_zorg", """
Goedemorgen [[P:Ingrid]],

Bijgaand de rapportage van het gesprek met [[P:Joyce]] en haar moeder. [[P:Joyce]] wil graag weer naar school, maar zit nog vast in de angst. We zetten in op een stapsgewijze aanpak met de leerplichtambtenaar.

[[P:Marloes Vermaat]]
Jeugd- en gezinscoach, [[O:Stichting Jeugdkracht]]
""")

D("mail_zorg", """
Beste heer [[P:Jansen]],

Ik heb uw vraag doorgezet naar mijn collega [[P:Leonie]], die over de Wmo-aanvragen gaat. Zij neemt contact met u op.

Met vriendelijke groet,
[[P:Ahmed]]
""")

D("mail_zorg", """
Hallo [[P:Tamara]],

Wij hebben de aanmelding van [[P:Bart Kuiper]] ([[DOB:18-05-1988]], [[A:Rozengracht 40]], [[PC:4811 PK]] [[C:Breda]]) voor de schuldregeling ontvangen. Het dossier is compleet. De eerste afspraak is op [[D:19 december]] om 11.00 uur.

Met vriendelijke groet,
[[P:K. Verhoef]]
[[O:Plangroep Financiële Hulp]]
""")

D("mail_zorg", """
Beste allen,

Bijgaand de agenda voor het casusoverleg van donderdag. Deelnemers: jeugdteam, school, Veilig Thuis, ouders en de vertrouwenspersoon.

Opmerking: de namen van de kinderen staan niet in de agenda i.v.m. privacy.

Groet,
het secretariaat
""")

D("mail_zorg", """
Beste mevrouw [[P:Postma]],

Ik stuur u dit bericht namens mijn cliënt, de heer [[P:Rutger Zijlstra]]. Hij heeft de afgelopen weken meerdere keren geprobeerd telefonisch contact met u op te nemen, zonder resultaat. De heer [[P:Zijlstra]] wil graag weten wanneer zijn moeder, mevrouw [[P:Zijlstra-Veenstra]] ([[AGE:89]]), een vaste kamer krijgt op de afdeling.

U kunt mij bereiken via [[E:m.terpstra@naast-friesland.nl]].

Met vriendelijke groet,
[[P:Maurits Terpstra]]
""")
# ---- case notes by theme: youth care, Wmo, bijstand, debts, re-integration, signals ------------

D("notitie_jeugd", """
Signaalnotitie
Op [[D:19 maart]] meldde [[P:Fiona Lems]] (moeder van [[P:Stijn]], [[AGE:12]]) dat de jeugdhulpaanbieder zonder overleg de behandeling heeft afgebouwd van wekelijks naar eens per maand. Zij heeft hierover geen brief gekregen. Volgens de aanbieder ([[O:Jeugdhulp Rivierenland Plus]]) is dat "in overleg met de gemeente" gebeurd.
Signaal voor het kwartaaloverleg met de gemeente: wijzigingen in jeugdhulp zonder beschikking komen vaker voor (3e keer dit kwartaal).
""")

D("notitie_jeugd", """
Gespreksverslag [[D:07-10-2025]]
Aanwezig: [[P:Chantal Pinas]] (moeder), [[P:Romano]] ([[AGE:14]]), Dhr. [[P:Berkhout]] (jeugdconsulent), ondergetekende.

[[P:Romano]] vertelt dat hij op de groep bij [[O:Jeugdzorginstelling De Beukenhorst]] wordt gepest. Hij wil terug naar huis. Moeder wil dat ook, maar de jeugdconsulent vindt het te vroeg. Afgesproken: een proefweekend thuis in de herfstvakantie, daarna evaluatie op [[D:4 november]].

Moeder: "ik voel me voor het eerst gehoord."
""")

D("notitie_jeugd", """
Notitie – overleg met school over [[P:Amira Boukhari]] (groep 8, [[AGE:11]])
De school wil een onderzoek naar dyscalculie, ouders moeten dat zelf betalen (€ 1.100). Vader verdient net te veel voor bijzondere bijstand. Vraag: kan het via de Jeugdwet? Volgens de gemeente niet, dyscalculie valt niet onder de vergoede zorg (alleen ernstige enkelvoudige dyslexie).
""")

D("notitie_jeugd", """
Zaak [[CN:J-2025-1170]] – korte samenvatting voor collega [[P:Wendela]] (overdracht)

Moeder [[P:Tanja Meester]], [[A:Groene Zoom 14]], [[C:Lelystad]], [[T:0320 - 23 81 46]].
Kinderen [[P:Jesse]] ([[AGE:9]]) en [[P:Bo]] ([[AGE:6]]). Vader uit beeld.
Lopend: klacht tegen de GI over de omgangsregeling, hoorzitting klachtencommissie op [[D:27-01]].
Let op: moeder is snel overprikkeld, korte zinnen, één ding tegelijk.
""")

D("notitie_jeugd", """
[[P:Lars]] ([[AGE:17]]) belde zelf. Hij wil weten of hij in het pleeggezin mag blijven als hij [[AGE:18]] wordt ("verlengde pleegzorg"). Zijn pleegouders willen dat wel. Uitgelegd dat dat kan tot 21. Hij vroeg om het op te schrijven, dat heb ik per mail gedaan naar [[E:lars.vanhout2008@gmail.com]].
""")

D("notitie_jeugd", """
Verslag huisbezoek gezin [[P:Kılıç]], [[A:Anjelierstraat 7]], [[C:Gouda]]
Datum: [[D:2 december 2025]]

Het gezin woont met 6 personen in een driekamerwoning. De oudste, [[P:Emre]] ([[AGE:19]]), slaapt in de woonkamer. [[P:Büşra]] ([[AGE:15]]) heeft een eetstoornis en wacht op behandeling bij [[O:Rintveld]]. Moeder zegt dat de wachttijd 8 maanden is. Vader werkt in ploegendienst bij een distributiecentrum.

De ouders hebben al 2 jaar urgentie aangevraagd bij de woningcorporatie. Afgewezen.
""")

D("notitie_jeugd", """
Veld 4 van het sportpark, waar [[P:Noah]] traint, is ook de plek waar het incident met de trainer plaatsvond. Veilig Thuis is op de hoogte.
""")

D("notitie_wmo", """
Wmo – aantekeningen keukentafelgesprek [[D:14/10]] bij dhr. en mw. [[P:Scholten]], [[A:Deventerstraat 51]], [[C:Apeldoorn]]
- dhr. ([[AGE:80]]) dementie, mw. ([[AGE:78]]) mantelzorger
- gevraagd: dagbesteding 3 dagen + taxivervoer
- consulent ([[P:Jolien]]) stelt 2 dagen voor, taxi via regiotaxi
- mw. vindt dat te weinig, ze kan het niet meer aan
- afspraak: consulent overlegt met het team, bericht binnen 2 weken
""")

D("notitie_wmo", """
Mevrouw [[P:Rodrigues]] rijdt zelf auto ([[LP:JN-208-S]]) maar kan niet meer lopen vanaf de parkeerplaats. Ze vraagt een gehandicaptenparkeerplaats op kenteken bij haar woning aan de [[A:Smaragdstraat]]. De gemeente zegt dat er "voldoende openbare parkeerplaatsen" zijn. Mw. heeft een medische verklaring van haar reumatoloog.
""")

D("notitie_wmo", """
Notitie [[D:6 juni]]
Cliënt wil klacht over de Wmo-taxi. Taxi kwam [[D:28 mei]] 50 minuten te laat, waardoor cliënt haar afspraak bij de fysiotherapeut miste. Chauffeur was onvriendelijk. Wagen: wit busje, kenteken [[LP:V-412-GB]] (cliënt heeft het opgeschreven, zeer alert). Klacht ingediend via het klachtenformulier van [[O:Regiotaxi Utrecht]].
""")

D("notitie_wmo", """
Korte notitie: de nieuwe regel van de gemeente is dat huishoudelijke hulp alleen nog wordt toegekend voor "schoon en leefbaar huis" op basis van het normenkader. Gevolg: veel mensen krijgen minder uren. Dit geldt sinds [[D:1 januari 2025]]. Advies aan cliënten: laat altijd het onderzoeksverslag opsturen (art. 2.3.2 lid 8 Wmo 2015) en controleer of je situatie goed beschreven is.
""")

D("notitie_wmo", """
Notitie mw. [[P:Van Dijk]] ([[AGE:58]]) – scootmobiel afgewezen omdat ze "een auto heeft". Die auto staat op naam van haar ex ([[LP:81-SZ-ZB]]) en ze mag hem niet gebruiken. Zie mail van de ex, [[P:Gerard van Dijk]], die dat bevestigt.
""")

D("notitie_wmo", """
[[P:Jos]] ([[AGE:44]], NAH) wil een pgb voor begeleiding door zijn broer. Gemeente weigert, broer zou "overbelast" raken. De broer ([[P:Gert-Jan]]) zegt zelf dat hij het prima kan combineren. Bezwaar gemaakt op [[D:21 juli]]. Hoorzitting [[D:2 september]], uitspraak binnen 6 weken.
""")

D("notitie_wmo", """
Verslag van het gesprek met de Wmo-consulent van [[D:23 januari]].

Mevrouw heeft de wens om zo lang mogelijk thuis te blijven wonen. Ze heeft hulp nodig bij douchen (wijkverpleging, valt onder de Zvw) en bij het huishouden (Wmo). De consulent kijkt ook naar een personenalarmering. Er is geen netwerk: haar enige zoon is vorig jaar overleden.

Afspraak: onderzoeksverslag binnen 2 weken, mevrouw mag reageren.
""")

D("notitie_bijstand", """
Bijstand – dossier [[P:Abena Owusu]]
Aanvraag ingediend [[D:4 augustus]]. Voorschot gevraagd, afgewezen omdat ze "nog geld op haar rekening" had: € 312,15 op [[IBAN:@INGB g]]. Dat was het geld voor de huur!
Beschikking bijstand [[D:29 september]]: toegekend per [[D:4 augustus]], norm alleenstaande ouder. Nabetaling volgt.
""")

D("notitie_bijstand", """
Terugvordering wegens niet gemelde inkomsten uit verkoop via Marktplaats (kinderkleding). Gemeente spreekt van "handel". Cliënte ([[P:Demi]], [[AGE:26]]) verkocht tweedehands spullen van haar eigen kinderen. Haar advertenties staan nog online: [[U:https://www.marktplaats.nl/u/demi-k/38211954/]]. Totaal volgens de gemeente € 2.180 over 2 jaar. Bezwaar: geen inkomsten maar vermogensbestanddelen die onder de vrijlating vallen.
""")

D("notitie_bijstand", """
Gesprek met [[P:Wesley]] ([[AGE:23]]) over de kostendelersnorm. Hij woont bij zijn moeder en broer in [[C:Zaandam]]. Sinds zijn broer ([[P:Dion]], [[AGE:21]]) werkt, wordt de bijstand van moeder verlaagd. Moeder wil [[P:Dion]] nu het huis uitzetten. Uitleg over de kostendelersnorm gegeven; jongeren onder de 21 tellen niet mee.
""")

D("notitie_bijstand", """
Bij de gemeente is een anonieme tip binnengekomen dat cliënt zwart werkt bij een kapperszaak. Cliënt ontkent: ze knipt alleen haar zussen. Sociale recherche wil haar Instagram zien: [[U:instagram.com/hairbyjamilla]]. Daar staan foto's van kapsels met "DM voor afspraak". Advies: eerlijk zijn en het gesprek voorbereiden.
""")

D("notitie_bijstand", """
Korte notitie: ik heb uitgezocht hoe het zit met de inlichtingenplicht en de giften. Giften tot € 1.200 per jaar mogen in deze gemeente. Alles daarboven moet gemeld. Dit scheelt cliënten soms een terugvordering.
""")

D("notitie_bijstand", """
Bijstand Fam. [[P:Abdi]] – nog geen beslissing na 11 weken. Gebeld met de klantmanager, [[P:Joris Kok]] ([[T:0348 - 44 21 09]]). Hij zegt dat er een "ontbrekend bankafschrift" is van de rekening van meneer, [[IBAN:@SNSB gl]]. Meneer heeft dat afschrift op [[D:3-10]] ingeleverd, ik heb het ontvangstbewijs gezien.
""")

D("notitie_bijstand", """
Huisbezoek sociale recherche bij [[P:Esmeralda]] op [[D:11 juni]] om 8.15 uur. Ze mochten binnenkomen. Ze keken in de kledingkast en telden tandenborstels. Een mannenjas werd gefotografeerd (van haar broer, zegt ze). Ook de auto voor de deur ([[LP:5-KHD-92]]) werd genoteerd. Dat is de auto van de buren!
""")

D("notitie_bijstand", """
[[P:Stanley]] heeft zijn IOAW-uitkering. Hij is [[AGE:61]]. Hij vraagt zich af of hij nog moet solliciteren. Antwoord: ja, de arbeidsverplichtingen gelden, maar de gemeente kan maatwerk toepassen. Hij heeft een artikel van de Rijksoverheid gelezen op www.rijksoverheid.nl/onderwerpen/bijstand en vindt het verwarrend.
""")

D("notitie_schulden", """
Schulden fam. [[P:Dogan]]:
- Belastingdienst (toeslagen): € 7.412
- zorgverzekeraar: € 1.930 (via [[O:Incassobureau Vesting]], dossiernr [[CN:VST-20814457]])
- energie: € 1.205
- telefoon: € 840
- huurachterstand [[O:Woonbron]]: € 2.660
Totaal ca. € 14.000. Inkomen: loon vader (€ 2.150 netto) + kinderbijslag.
Aanmelding schuldhulp gemeente [[D:22-08]].
""")

D("notitie_schulden", """
Contact met de deurwaarder ([[O:Gerechtsdeurwaarders Kalkman & Zn.]], [[T:071 - 5 12 38 90]]) over beslag op de auto van dhr. [[P:Luiten]], kenteken [[LP:T-38-PBK]]. Dhr. heeft de auto nodig voor zijn werk als thuiszorgmedewerker. Beslagvrije voet lijkt verkeerd berekend. Verzoek tot herberekening ingediend.
""")

D("notitie_schulden", """
Notitie: [[P:Ricky]] heeft een crowdfunding opgezet voor zijn schulden ([[U:https://www.gofundme.com/f/help-ricky-uit-de-schulden]]). Zijn bewindvoerder weet dat niet. Uitgelegd dat dit gevolgen kan hebben voor de schuldregeling (inkomsten moeten worden gemeld). Hij gaat het zelf vertellen.
""")

D("notitie_schulden", """
Overzicht afbetalingen CJIB van cliënt (mag in dossier):
- kenmerk [[CN:1055 2817 4409 3310]] – € 290 – regeling € 20 p/m
- kenmerk [[CN:1055 2817 6627 0941]] – € 140 – betaald
Eerste termijn is afgeschreven op [[D:27-11-2025]] van [[IBAN:@KNAB l]].
""")

D("notitie_schulden", """
[[P:Zoë]] ([[AGE:19]]) heeft schulden bij [[N:Zalando]], [[N:Wehkamp]] en Klarna (achteraf betalen), in totaal € 2.350. Ze durft haar ouders niets te vertellen. Samen de incassobrieven geordend. Doorverwezen naar het jongerenproject van [[O:Stichting Geldfit]]. Haar nummer: [[T:06 - 32 44 81 09]].
""")

D("notitie_schulden", """
Vergadering schuldhulp regio, [[D:16 oktober 2025]], 13.00–15.30 uur
Onderwerp: wachttijden. De gemiddelde wachttijd is opgelopen tot 9 weken (wettelijke norm: 4 weken voor het eerste gesprek, bij dreigende ontruiming 3 werkdagen). Het aantal aanmeldingen steeg met 18 % ten opzichte van 2024. Melders tussen 18 en 27 jaar vormen de grootste groep.
""")

D("notitie_schulden", """
Dossier [[P:Van Loon]]: Wsnp-verzoek ingediend bij de rechtbank op [[D:3 maart 2025]], rekestnummer [[CN:C/13/751044 / FT RK 25/312]]. Bewindvoerder Wsnp: mr. drs. [[P:A.B. Claassen]]. Leefgeld tijdens de Wsnp: 95% van de bijstandsnorm.
""")

D("notitie_reintegratie", """
Re-integratie – [[P:Dennis Hoeksema]] ([[AGE:39]])
[[P:Dennis]] heeft 8 jaar in de gevangenis gezeten en is sinds [[D:1 februari]] vrij. Hij wil werken, liefst als lasser (diploma gehaald binnen). De gemeente heeft hem aangemeld bij [[O:Re-integratiebedrijf Opstap BV]]. Daar moet hij eerst 3 maanden "arbeidsritme opdoen" met inpakwerk. Hij vindt dat zinloos. Vraag: kan hij direct bemiddeld worden? Er is een vacature bij een metaalbedrijf in [[C:Kaatsheuvel]].
""")

D("notitie_reintegratie", """
Notitie gesprek [[D:18 november]] met klantmanager [[P:Sevda Karaca]] over [[P:Yvette]] ([[AGE:48]]).
[[P:Yvette]] volgt een opleiding tot helpende zorg bij [[O:Zorgacademie Twente]]. De gemeente wil dat zij stopt omdat de opleiding "niet leidt tot directe uitstroom". Tegenargument: er is een enorm tekort aan zorgpersoneel en ze heeft een baangarantie bij [[O:Carintreggeland]].
Uitkomst: opleiding mag doorgaan, evaluatie in april.
""")

D("notitie_reintegratie", """
De werkgever van [[P:Mohammed]] via de banenafspraak heeft het contract niet verlengd. Hij heeft 11 maanden gewerkt bij de groenvoorziening. Nu terug in de bijstand. Hij wil graag het doelgroepregister laten controleren: hij staat er volgens hem in sinds 2019. Zijn LinkedIn: [[U:linkedin.com/in/mohammed-el-bakkali-31a7b2]].
""")

D("notitie_reintegratie", """
Overleg met jobcoach [[P:Marieke]] van [[O:Stichting Werkfit]] ([[E:marieke@werkfit-arnhem.nl]]) over de werkervaringsplaats van [[P:Pieter]]. [[P:Pieter]] heeft autisme en kan niet tegen de drukte in de kantine. Afgesproken dat hij op een ander tijdstip pauze neemt. Evaluatie over 4 weken ([[D:9 januari]]).
""")

D("notitie_reintegratie", """
[[P:Olga]] ([[AGE:55]]) moet volgens het re-integratieplan 20 uur per week vrijwilligerswerk doen. Ze doet al 12 uur mantelzorg voor haar zus in [[C:Boxtel]]. Ontheffing gevraagd op grond van dringende redenen (art. 9 lid 2 Participatiewet). Ze heeft een eigen websiteje waarop ze haar schilderijen verkoopt, dat ziet de gemeente als "ondernemen": [[U:www.atelierolga.nl]].
""")

D("notitie_signaal", """
Signaal aan de gemeente (geanonimiseerd)
In de afgelopen 3 maanden kregen 7 cliënten een terugvordering na een huisbezoek van de sociale recherche waarbij de bewijsvoering (foto's van kledingkasten, tandenborstels) mager was. In 5 van de 7 gevallen is het bezwaar gegrond verklaard. Wij adviseren de werkinstructie te herzien.
""")

D("notitie_signaal", """
Signaal: de brieven van het Jongerenloket worden in een pdf verstuurd die niet te openen is op een telefoon. Jongeren zonder laptop missen daardoor termijnen. Voorbeeld: een jongere miste de termijn van 6 weken voor bezwaar. Gemeld bij het cluster Werk & Inkomen op [[D:4 april]].
""")

D("notitie_signaal", """
Signaal: Bij huisartsenpraktijk [[O:De Vaart]] in [[C:Emmen]] liggen folders van een commercieel "budgetcoach"-bureau dat € 95 per maand rekent aan mensen met schulden. Het bureau heeft een website ([[N:www.budgetcoach-snelklaar.nl]]) met nepbeoordelingen. Geen cliënt betrokken.
""")

D("notitie_signaal", """
Zorg – verslag van de bijeenkomst met mantelzorgers in het buurthuis. 14 deelnemers. Grootste knelpunten: respijtzorg (wachtlijsten), logeeropvang, en de eigen bijdrage. Eén deelnemer (vrouw, rond de [[AGE:60]]) zorgt al 11 jaar voor haar man en had sinds 2021 geen vakantie. Iedereen vond het fijn om ervaringen te delen. Volgende bijeenkomst: [[D:12 maart]].
""")
# ---- mixed: forms, forwarded mails, short messages, hard negatives, odd notations --------------

D("formulier", """
AANMELDFORMULIER ONAFHANKELIJKE CLIËNTONDERSTEUNING

Achternaam: [[P:Ramautar]]
Voornamen: [[P:Shanti Devi]]
Geboortedatum: [[DOB:09/06/1972]]
Burgerservicenummer: [[BSN:@dots]]
Straat + huisnummer: [[A:Anthony Fokkerweg 15-B]]
Postcode: [[PC:2517\u00a0KD]]   Woonplaats: [[C:'s-Gravenhage]]
Telefoon: [[T:+31 (0)6 48 19 22 70]]
E-mail: [[E:shanti.ramautar@yahoo.com]]
Onderwerp hulpvraag: ☐ Wmo  ☒ Participatiewet  ☐ Jeugdwet  ☐ schulden  ☐ anders
Toelichting: terugvordering bijstand, € 3.600,-
Hoe heeft u van ons gehoord? Via de moskee / het buurthuis
""")

D("formulier", """
Machtiging

Ondergetekende, [[P:Wilhelmina (Mien) Rozendaal]], geboren [[DOB:31-10-1944]], wonende [[A:Oranjestraat 3]], [[PC:4191 ER]] [[C:Geldermalsen]],

machtigt hierbij [[P:Hendrika Vos]], vertrouwenspersoon,

om namens haar informatie op te vragen bij en te bespreken met de gemeente [[N:West Betuwe]], [[O:Zorggroep Lingewaard-Betuwe]] en het CAK, over haar Wmo-voorzieningen.

Plaats: [[C:Geldermalsen]]   Datum: [[D:4 juni 2025]]

Handtekening: ..........
""")

D("chat", """
ff snel: mn postcode is [[PC:3067 zw]] niet 3076. typfout 🙈
""")

D("chat", """
oja en mn sofinummer (bsn) is [[BSN:@plain]] voor die aanvraag
""")

D("chat", """
mam? nee grapje haha. dit is [[P:kelly]] weer, met een nieuw nummer: [[T:0031-6-51 09 33 82]]
""")

D("mail_burger", """
Van: [[P:Thomas Veerman]] <[[E:thomas.veerman@icloud.com]]>
Verzonden: maandag [[D:6 oktober 2025]] 21:14
Aan: [[E:info@naast.nl]]
Onderwerp: Fwd: Besluit Wmo

---------- Doorgestuurd bericht ---------
Van: Gemeente [[N:Zeist]] <[[E:noreply@zeist.nl]]>
Datum: [[D:3 okt. 2025]] om 10:02
Onderwerp: Besluit Wmo

Geachte heer [[P:Veerman]],

In de bijlage vindt u het besluit op uw aanvraag. Zaaknummer [[CN:ZS-2025-71290]].

-----------------------------------------

Hallo, kunt u hier naar kijken? Ik snap de bijlage niet. Bel me gerust: [[T:030 - 691 77 24]].
[[P:Thomas]]
""")

D("kort", """
Jan Modaal verdient meer dan het sociaal minimum, dus voor de meeste regelingen geldt een inkomensgrens van 120 %. Jan en alleman vraagt tegenwoordig om een pgb, zei de consulent. Niet netjes.
""")

D("kort", """
Winter is voor onze cliënten vaak zwaar: hoge energierekening, donker, eenzaam. De Bank van Lening is geen goed idee, adviseren we altijd. Zwart op wit vastleggen wat er is afgesproken!
""")

D("kort", """
Zorgpad 2.0 is het nieuwe werkproces van het sociaal team. Bij de start wordt een vraagverhelderingsgesprek gevoerd; Hoop doet leven, zeggen ze bij de afdeling.
""")

D("kort", """
Maart was een drukke maand: 41 nieuwe aanmeldingen, waarvan 12 over de Wmo, 9 over jeugdhulp, 14 over inkomen en 6 overig. Gemiddelde doorlooptijd 5 weken. In april verwachten we minder door de meivakantie.
""")

D("kort", """
Herinnering: het kantoor is gesloten op Koningsdag en op 2e Pinksterdag. Voor spoed: bel 14 0318 (gemeente) of bij levensgevaar 112.
""")

D("kort", """
Artikel 7:10 Awb: het bestuursorgaan beslist binnen zes weken na afloop van de bezwaartermijn (commissie: twaalf weken). Verdaging met ten hoogste zes weken is mogelijk. Zie ook ECLI:NL:RVS:2021:2345 en artikel 4:17 Awb voor de dwangsom.
""")

D("kort", """
Productnummers van de rolstoelen in het depot: [[N:@nobsn]], [[N:@nobsn]] en [[N:@nobsn]]. Bij twijfel bellen met de leverancier.
""")

D("kort", """
Bij Jumbo en Albert Heijn kun je met de stadspas korting krijgen. Zorg dat je de pas bij je hebt!
""")

D("chat", """
hee [[P:sanne]] hier 👋 mn moeder heeft die brief van de svb gekregen over de kinderbijslag. ze woont in [[C:den bosch]], [[A:orthenseweg 114]]. kan ze bij jullie langskomen of moet het in haar eigen gemeente?
""")

D("chat", """
kenteken van die auto die steeds voor mn deur staat is [[LP:hxjz82]]. volgens de gemeente is dat mn "partner" maar ik ken die man niet eens 🤬🤬
""")

D("chat", """
Heb net gebeld met [[O:Kredietcompas]] ✅ betalingsregeling rond, € 45 per maand vanaf [[D:1/12]]. Betalingskenmerk is [[CN:6001942388170542]] 🎉
""")

D("intake", """
Intake [[D:8-1-2026]] – [[P:Precious Okafor]] ([[AGE:32]]), [[A:Bijlmerdreef 1020]], [[PC:1103 TW]] [[C:Amsterdam-Zuidoost]].
Alleenstaand, zoon [[P:Daniel]] ([[AGE:5]]). Werkt parttime in de schoonmaak (nachtdienst), bijstand als aanvulling. Iedere maand een andere aanvulling, veel verrekeningen, nu € 2.100 terugvordering wegens "te veel ontvangen".
Wil: een vaste aanvulling en rust. Kan alleen overdag afspraken maken als [[P:Daniel]] op school is.
Telefoon: [[T:+316 84 20 71 55]]
""")

D("log", """
[[D:23/09]] 15:00 gesprek in de bibliotheek met [[P:Berend]] ([[AGE:70]]) over zijn aanvraag voor een woningaanpassing. Hij woont in een woonboot aan de [[A:Amstelkade]] en de gemeente weet niet onder welke regeling dat valt. 
[[D:24/09]] mail aan de gemeente gestuurd.
[[D:15/10]] nog geen reactie; [[P:Berend]] boos.
""")

D("mail_zorg", """
Beste [[P:Anneloes]],

Ik stuur je het overdrachtsformulier van [[P:Hamza]]. Hij verhuist per [[D:1 december]] naar [[C:Oosterhout]] ([[A:Arendshof 22]], [[PC:4901 PL]]) en valt dan onder een andere gemeente. De Jeugdwet-indicatie blijft geldig tot de einddatum ([[D:31-05-2026]]), maar de nieuwe gemeente moet wel opnieuw beschikken.

Zijn BSN voor de overdracht: [[BSN:@space]]

Groet,
[[P:Thijs]]
""")

D("brief", """
[[P:Joanna Nowicka]]
[[A:ul. Ogrodowa 14/3]]
[[C:Wrocław]]
Polen

Aan de gemeente [[N:Westland]]
Afdeling Burgerzaken

Betreft: uitschrijving uit de BRP

Geachte heer/mevrouw,

Ik heb tot [[D:15 augustus 2025]] gewoond aan de [[A:Pijlstaartlaan 9]] in [[C:Naaldwijk]]. Ik ben teruggegaan naar Polen. Ik krijg nog steeds aanslagen van de gemeentelijke belastingen. Wilt u mij uitschrijven per die datum?

Met vriendelijke groet,
[[P:J. Nowicka]]
""")

D("chat", """
ik heb bij de voedselbank gevraagd maar die zeiden ik verdien net te veel. 50 euro te veel. gwn 50 euro. echt wrm is dat zo streng
""")

D("chat", """
mn vriendin [[P:yasmina]] zegt dat jullie ook helpen met de toeslagen? zij had heel goeie ervaring met jullie meneer [[P:jeroen]]
""")

D("mail_burger", """
Hallo [[P:Jeroen]],

Hier de link naar het filmpje dat mijn dochter [[P:Sophia]] ([[AGE:16]]) op TikTok heeft gezet over haar ervaringen in de jeugdzorg: [[U:https://www.tiktok.com/@sophia.vrijuit]]. Ze wil dat het gezien wordt. Ik vind het spannend, maar ik steun haar.

Groet,
[[P:Natasja Vrij]]
""")

D("kort", """
Dinsdag en donderdag spreekuur van 9.00 tot 12.00 uur in het wijkcentrum. Inloop zonder afspraak. Meenemen: ID-bewijs en de brief waar het om gaat.
""")

D("kort", """
Mei 2025: voorlichting aan 23 statushouders over de Participatiewet, met tolken Arabisch en Tigrinya. Vragen gingen vooral over de taaleis en de 6 maanden zoektermijn.
""")

D("intake", """
Gesprek met mevrouw\u00a0[[P:Kuipers]] ([[AGE:64]]) in het gemeentehuis, kamer 2.14.
Mw. heeft een vordering van het CAK van €\u00a01.348,80 (eigen bijdrage Wlz over 2024) en begrijpt niet waarom die zo hoog is: haar man zit sinds [[D:1 maart 2024]] in het verpleeghuis. Vermogen (spaargeld) telt mee, € 43.000 op de spaarrekening. Uitgelegd dat er een lage en een hoge eigen bijdrage is.
Actie: samen bezwaar tegen de berekening sturen naar het CAK.
""")

D("chat", """
[[P:Fatima]] (moeder): Salaam, mijn zoon is gister aangehouden
[[P:Fatima]] (moeder): hij is [[AGE:15]]
[[P:Fatima]] (moeder): moet hij naar rechter??
[[P:Joost]] (Naast): Wat vervelend. Ik bel je zo, ben je thuis?
[[P:Fatima]] (moeder): ja. [[A:Kanaalstraat 88]]
""")

D("brief", """
Aan de Commissie Bezwaarschriften
Gemeente [[N:Ede]]

[[C:Ede]], [[D:13-01-2026]]

Onderwerp: aanvullende gronden bezwaar, uw kenmerk [[CN:2025-BZW-1187]]

Geachte commissie,

In aanvulling op mijn pro-forma bezwaar van [[D:19 december 2025]] stuur ik u hierbij de gronden.

1. De gemeente heeft geen rekening gehouden met mijn medische situatie. Ik ben [[AGE:53]] en heb sinds 2018 een hartaandoening.
2. De verlaging van de bijstand met 20 % voor 3 maanden is onevenredig (artikel 18 lid 2 Participatiewet).
3. Ik heb de sollicitatieplicht wel nageleefd; zie bijgevoegd overzicht van 14 sollicitaties.

Hoogachtend,

[[P:Erwin Hazelaar]]
[[A:Molenstraat 31]]
[[PC:6711 AV]] [[C:Ede]]
""")

D("chat", """
hoi, mn iban is [[IBAN:@RABO gl]] (die van mn zus), mag het geld daarop? mijn eigen rekening is geblokkeerd door beslag
""")

D("chat", """
🚗 [[LP:72-RBX-1]] dat is de auto die ze bedoelen in het rapport, maar die verkocht ik al in 2023! heb het vrijwaringsbewijs nog
""")

D("notitie_wmo", """
Dhr. [[P:Gökhan Şahin]] ([[AGE:51]], dwarslaesie sinds [[D:14-07-2022]]) wil een aangepaste auto. Huidige auto: [[LP:9-XFB-41]]. De gemeente biedt een vervoersvoorziening via regiotaxi aan, dhr. wil zelfstandig kunnen rijden naar zijn werk in [[C:Rijswijk]]. Aanvraag ligt bij de ergotherapeut van [[O:Revalidatiecentrum Sophia]].
""")

D("notitie_schulden", """
Beslag op de uitkering van mw. [[P:Ferreira]] door de Belastingdienst én door een deurwaarder ([[O:Flanderijn]], dossier [[CN:FL-2291-44871]]). Samen hield ze € 210 over voor de hele maand. Beslagvrije voet opnieuw laten berekenen, sinds [[D:1-1-2026]] gelden nieuwe bedragen.
""")

D("mail_burger", """
Beste meneer [[P:Van Gelder]],

Ik heb de afgelopen 2 maanden niets van u gehoord. Ik weet dat u het druk heeft maar ik zit echt vast. De auto ([[LP:5-ZN-951]]) is gisteren opgehaald door de deurwaarder en ik kan nu niet meer naar mijn werk in [[C:Veghel]].

Bel mij alstublieft: [[T:06\u00a028 73 10 45]]

[[P:Hennie Verkuijlen]]
""")

D("kort", """
Overzicht regelingen 2026 (bron: www.rijksoverheid.nl en de site van de gemeente):
- Individuele inkomenstoeslag: € 450 per jaar
- Energietoeslag: vervallen
- Meedoenregeling kinderen: tot € 300 per kind
- Collectieve zorgverzekering: korting op de premie
""")

D("chat", """
hoe laat is het gesprek morgen ook alweer? 10 of half 11? en zit het in het gemeentehuis of in het wijkcentrum aan de [[N:Wilhelminastraat]]?
""")

D("intake", """
Intake [[P:Ilse van 't Hof]] ([[AGE:37]]), [[A:Graaf Ottoweg 4]], [[C:Lochem]].
[[P:Ilse]] heeft twee kinderen met een ernstige meervoudige beperking ([[P:Maud]], [[AGE:8]], en [[P:Sep]], [[AGE:6]]). Ze wil een pgb voor logeeropvang en een aangepaste bus (kenteken huidige bus: [[LP:VK-30-XR]]). Jeugdwet, Wmo en Wlz lopen door elkaar; niemand voelt zich verantwoordelijk.
Tel [[T:0573 – 25 11 90]]
""")

D("chat", """
mevr ik heb de brief gevonden!! kenmerk [[CN:jz-22-118804]] datum [[D:12-11-2025]]. sorry dat t zo lang duurde
""")

D("mail_zorg", """
Beste collega's,

Ter info: per [[D:1 februari 2026]] ben ik niet meer werkzaam bij [[O:Stichting Thuisadministratie Ommen]]. Mijn cliënten worden overgenomen door [[P:Roelie Brink]] ([[E:r.brink@thuisadministratie-ommen.nl]], [[T:0529-45 80 12]]).

Het was fijn met jullie samen te werken.

[[P:Janneke Stoel]]
""")

D("brief", """
Geachte mevrouw [[P:Mulder]],

Op [[D:27 augustus]] hebben wij uw aanvraag ontvangen voor een maatwerkvoorziening. U heeft aangegeven dat u hulp wilt bij het huishouden. Wij willen graag met u in gesprek. Wij hebben een afspraak voor u ingepland op woensdag [[D:10 september]] om 13.30 uur bij u thuis, [[A:Kastanjelaan 8]].

Mocht u verhinderd zijn, belt u dan met het Wmo-loket via 14 0578.

Met vriendelijke groet,
[[P:Liesbeth Roos]]
consulent Wmo
""")

D("kort", """
Let op: In de nieuwsbrief van deze week staat dat de Voedselbank op vrijdag is verhuisd. Sinterklaas komt op [[D:5 december]] naar het buurthuis, ouders kunnen hun kind opgeven.
""")

D("chat", """
mn neef [[P:abdel]] ([[AGE:17]]) wil ook een afspraak, hij woont bij ons op [[A:de Ruyterweg 71]]. hij heeft problemen met school en de leerplicht
""")

D("log", """
[[D:2025-11-04]] intake [[P:A. Yohannes]] via tolk (telefonisch)
[[D:2025-11-06]] aanvraag bijzondere bijstand voor bril kinderen ingediend (2x € 89)
[[D:2025-11-20]] toegekend, uitbetaling op [[IBAN:@ABNA]]
""")
# ---- extra documents, heavier on identifiers ----------------------------------------------------

D("mail_zorg", """
Geachte heer [[P:Yıldırım]],

Ter voorbereiding op de toeleiding naar de schuldregeling ontvangen wij graag:
- kopie ID (BSN mag u afschermen; wij noteerden al [[BSN:@dots]])
- bankafschriften van [[IBAN:@INGB g]] en van de spaarrekening
- de laatste 3 loonstroken

U kunt de stukken mailen naar [[E:intake@schuldhulp-deventer.nl]] of inleveren aan de [[A:Keizerstraat 7]], [[C:Deventer]].

Met vriendelijke groet,
[[P:Marjolein Brouwer]]
""")

D("chat", """
[[P:ruben]] 12:03: hoi kan je dit ff checken, is dit goed ingevuld
[[P:ruben]] 12:03: BSN [[BSN:@space]]
[[P:ruben]] 12:04: rekening [[IBAN:@ASNB l]]
[[P:Marit]] (Naast) 12:30: Ziet er goed uit! Alleen je geboortedatum mist nog.
[[P:ruben]] 12:31: oh [[DOB:23-3-1999]]
""")

D("brief", """
Aan: [[O:Stichting Leergeld Gouda]]
Betreft: aanvraag fiets en laptop voor mijn kinderen

Beste mensen,

Mijn naam is [[P:Olena Kovalenko]]. Ik kom uit [[C:Charkiv]] en woon sinds 2022 in [[C:Gouda]] ([[A:Goudse Houtsingel 40]], [[PC:2802 PA]]). Mijn kinderen [[P:Artem]] ([[AGE:13]]) en [[P:Sofiia]] ([[AGE:10]]) gaan naar school in de stad. [[P:Artem]] heeft voor de middelbare school een laptop nodig. [[P:Sofiia]] heeft geen fiets.

Mijn rekening: [[IBAN:@RABO g]]
Telefoon: [[T:06 17 20 48 95]]

Dank u wel,
[[P:Olena Kovalenko]]
""")

D("log", """
[[D:19-02]] tel. [[P:Burhan]]: zijn scooter ([[LP:D-218-KF]]) is in beslag genomen na een controle, verzekering was verlopen. Nu boete € 410 via CJIB.
[[D:20-02]] samen het CJIB gebeld, betalingsregeling aangevraagd. Kenmerk [[CN:1071 3382 0017 5526]].
""")

D("notitie_bijstand", """
Cliënt [[P:Marvin Sedney]] ([[AGE:30]]) krijgt bijstand en verkoopt zelfgemaakte sieraden via Etsy en zijn eigen webshop ([[U:https://marvinsedney-jewelry.nl]]). De gemeente wil dat hij zich inschrijft bij de KvK; hij heeft dat inmiddels gedaan, KvK-nummer [[CN:94412087]]. Vraag: Bbz of verrekening van inkomsten? Zijn Instagram ([[U:instagram.com/marvin.makes]]) heeft 2.300 volgers.
""")

D("intake", """
Intake [[D:5 februari]], [[P:Jamila]] en [[P:Hicham Ouardi]]
- wonen [[A:Poelenburg 210]], [[C:Zaandam]]
- 4 kinderen: [[AGE:2]], [[AGE:5]], [[AGE:9]] en [[AGE:12]] jaar
- [[P:Hicham]] rijdt taxi (zzp), auto [[LP:GXD-72-N]], inkomsten vallen tegen
- Tozo-terugvordering van € 5.900 (kenmerk [[CN:TOZO-2020-118834]]), gemeente wil aflossing van € 150 p/m
- [[P:Jamila]] wil werk zoeken maar heeft geen kinderopvang
""")

D("chat", """
mn kenteken is [[LP:47rtn3]] (zonder streepjes op de brief van de parkeerboete). de boete is 2x uitgeschreven terwijl ik een gehandicaptenkaart heb!!! 😤
""")

D("kort", """
Check: het nummer 123456789 op de brief is geen BSN (het voldoet niet aan de elfproef). Het is waarschijnlijk een factuurnummer. Ook 0800 0123 en 0900 8844 zijn algemene nummers, geen persoonlijke.
""")

D("mail_burger", """
Beste [[P:Frits]],

Dank voor je hulp vorige week. Zoals gevraagd hieronder de gegevens voor het formulier van het [[O:Jeugdfonds Sport & Cultuur]]:

Kind: [[P:Mees de Wilde]], geboren [[DOB:8 juni 2016]]
Ouder: [[P:Roxanne de Wilde]]
Adres: [[A:Beukenlaan 12]], [[PC:5651 CD]] [[C:Eindhoven]]
Sportclub: judoschool (contributie € 240 per jaar)

Groetjes,
[[P:Roxanne]]
""")

D("brief", """
[[O:Stichting Urgente Noden Rijnmond]]
Postbus 2023
[[PC:3000 CA]] [[C:Rotterdam]]

Betreft: aanvraag eenmalige bijdrage voor mevrouw [[P:A. Koster]], [[DOB:15-09-1958]]

Geachte leden van het bestuur,

Namens mevrouw [[P:Koster]] vraag ik een bijdrage van € 650 voor de vervanging van haar koelkast en wasmachine. Mevrouw heeft een inkomen op bijstandsniveau en een schuldregeling via [[O:Budgethulp Rijnmond]]. De bewindvoerder, [[P:Sarah Pinto]], kan de financiële situatie bevestigen ([[T:010-4117839]]).

Uitbetaling graag op de beheerrekening: [[IBAN:@NNBA g]] t.n.v. Beheerrekening [[P:A. Koster]].

Met vriendelijke groet,
[[P:Henk Bijl]]
vertrouwenspersoon
""")

D("chat", """
hee dit is mn gofundme voor de begrafenis van mn broertje 🙏 [[U:gofundme.com/f/afscheid-van-rayan]] als je het wil delen met mensen. gemeente betaalt niet omdat ik geen bijstand heb
""")

D("log", """
[[D:14.01.2026]] – [[P:Erna]] ([[AGE:76]]) belt namens haar buurman [[P:Kees]], die geen telefoon heeft. Hij heeft een brief van de SVB over zijn AOW-gat.
[[D:15.01.2026]] – bij [[P:Kees]] thuis geweest ([[A:Marktstraat 6]], [[C:Winterswijk]]), brief gelezen: hij heeft 4 jaar in [[C:Duisburg]] gewerkt en mist AOW-opbouw. Aanvullende bijstand mogelijk via de gemeente.
""")

D("mail_burger", """
Goedemorgen,

Mijn sofinummer staat verkeerd in uw brief. Het juiste nummer is [[BSN:@plain]]. Het nummer dat u noemt (beginnend met 2) is van mijn man.

Mijn rekeningnummer is ook gewijzigd, het is nu [[IBAN:@BUNQ g]].

Met vriendelijke groet,
[[P:Sabitri Baldewsingh]]
""")

D("notitie_jeugd", """
[[P:Jayden]] ([[AGE:16]]) heeft een YouTube-kanaal waar hij over zijn tijd in de gesloten jeugdzorg vertelt ([[U:youtube.com/@jaydenvertelt]]). De instelling wil dat hij de video's verwijdert omdat er namen van begeleiders in voorkomen. [[P:Jayden]] wil advies over zijn rechten en de privacy van de begeleiders.
""")


# ---------------------------------------------------------------- build and self-check

TOKEN = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")

PLATE_CODES = ["XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X",
               "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]


def plate_ok(p):
    p = p.upper()
    compact = p.replace("-", "")
    if "-" in p:
        shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", p))
        if shape not in PLATE_CODES:
            return False
    else:
        shape = re.sub(r"[A-Z]", "X", re.sub(r"\d", "9", compact))
        if shape not in [c.replace("-", "") for c in PLATE_CODES]:
            return False
    return not re.search(r"[AEIOUCQ]", compact)


def build(doc_id, src):
    rng = random.Random(zlib.crc32(doc_id.encode("utf-8")))
    out, spans, inserted, negs, pos = [], [], [], [], 0
    length = 0
    for m in TOKEN.finditer(src):
        plain = src[pos:m.start()]
        assert "[[" not in plain and "]]" not in plain, (doc_id, plain)
        out.append(plain)
        length += len(plain)
        alias, value = m.group(1), m.group(2)
        assert alias in ALIAS, (doc_id, alias)
        label = ALIAS[alias]
        if value.startswith("@"):
            value = generate(rng, label, value[1:])
        out.append(value)
        if label:
            spans.append({"start": length, "end": length + len(value), "label": label})
            inserted.append(value)
        else:
            negs.append((length, length + len(value)))
        length += len(value)
        pos = m.end()
    tail = src[pos:]
    assert "[[" not in tail and "]]" not in tail, (doc_id, tail)
    out.append(tail)
    text = "".join(out)
    assert len(text) == length + len(tail)
    return text, spans, inserted, negs


def check(doc_id, text, spans, inserted, negs):
    """Self-check: span text equals what was inserted, no overlaps, valid identifiers, and no
    annotated value left unannotated elsewhere in the same document."""
    prev_end = -1
    covered = [False] * len(text)
    for s, value in zip(spans, inserted):
        frag = text[s["start"]:s["end"]]
        assert frag == value, (doc_id, frag, value)
        assert s["start"] >= prev_end, (doc_id, "overlap", s)
        prev_end = s["end"]
        assert frag == frag.strip() and frag, (doc_id, "whitespace at span edge", frag)
        assert s["label"] in LABELS
        for i in range(s["start"], s["end"]):
            covered[i] = True
        lab, digits = s["label"], re.sub(r"[ .]", "", frag)
        if lab == "BSN":
            assert bsn_ok(digits), (doc_id, frag)
        elif lab == "IBAN":
            assert iban_ok(frag), (doc_id, frag)
        elif lab == "LICENSE_PLATE":
            assert plate_ok(frag), (doc_id, frag)
        elif lab == "POSTCODE":
            m = re.fullmatch(r"([1-9]\d{3})[ \u00a0]?([A-Za-z]{2})", frag)
            assert m and m.group(2).upper() not in ("SA", "SD", "SS"), (doc_id, frag)
        elif lab == "AGE":
            assert frag.isdigit(), (doc_id, frag)
        elif lab == "EMAIL":
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", frag), (doc_id, frag)
    ok_neg = covered[:]
    for a, b in negs:  # [[N:...]] marks a deliberate unannotated mention
        for i in range(a, b):
            ok_neg[i] = True
    # every 9-digit number outside a BSN span must fail the 11-proef
    for m in re.finditer(r"(?<![\d.])\d{4}\.\d{2}\.\d{3}(?![\d.])|(?<!\d)\d{3} \d{3} \d{3}(?! ?\d)|(?<!\d)\d{9}(?!\d)", text):
        digits = re.sub(r"[ .]", "", m.group())
        inside = [s for s in spans if s["start"] <= m.start() and m.end() <= s["end"]]
        if not (inside and inside[0]["label"] == "BSN"):
            assert not bsn_ok(digits), (doc_id, "unannotated valid BSN", m.group())
    # an annotated value must not also occur unannotated in the same document
    for value in set(inserted):
        if len(value) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
            assert all(ok_neg[m.start():m.end()]), (doc_id, "unannotated repeat", value)


def main():
    seen = set()
    lines, per_label, per_kind, n_chars = [], Counter(), Counter(), 0
    for n, (kind, src) in enumerate(DOCS, 1):
        doc_id = f"indep-{n:04d}"
        assert doc_id not in seen
        seen.add(doc_id)
        text, spans, inserted, negs = build(doc_id, src)
        check(doc_id, text, spans, inserted, negs)
        per_label.update(s["label"] for s in spans)
        per_kind[kind] += 1
        n_chars += len(text)
        lines.append(json.dumps({"id": doc_id, "text": text, "spans": spans}, ensure_ascii=False))
    sys.stdout.write("\n".join(lines) + "\n")
    if "--stats" in sys.argv:
        print(f"{len(lines)} documents, {n_chars} characters, {sum(per_label.values())} spans",
              file=sys.stderr)
        for label, c in sorted(per_label.items(), key=lambda kv: -kv[1]):
            print(f"  {label:14} {c}", file=sys.stderr)
        for kind, c in sorted(per_kind.items(), key=lambda kv: -kv[1]):
            print(f"  kind {kind:12} {c}", file=sys.stderr)


if __name__ == "__main__":
    main()
