#!/usr/bin/env python3
"""Independent evaluation set 4 for Naast's Dutch de-identifier (issue 32, step 1).

Prints JSON Lines, one gold document per line, in the gold format of
shared/deid/INTERFACE.md: {"id": "ind4-0001", "text": ..., "spans": [{"start", "end", "label"}]}
with code-point offsets, end exclusive.

Split: odd id number = dev half, even id number = test half. The two halves use disjoint frames
(every frame below belongs to exactly one half) and disjoint pools of first names, surnames,
streets, places, organisations, postcode ranges, area codes and identifier values.

Python 3 standard library only; fixed seed; the output is byte-identical on every run.
Usage: python3 write.py [--stats] > ind4.jsonl
"""

import json
import random
import re
import sys
import textwrap
import unicodedata

SEED = 4032
N_DOCS = 480
LABELS = {
    "PERSON", "ADDRESS", "POSTCODE", "CITY", "PHONE", "EMAIL", "URL", "BSN", "IBAN",
    "DATE_OF_BIRTH", "DATE", "AGE", "CASE_NUMBER", "LICENSE_PLATE", "ORG",
}

# ---------------------------------------------------------------------------------------------
# Pools. Each list is split alternately: even positions go to the dev half, odd to the test half.
# ---------------------------------------------------------------------------------------------

FIRST = {
    "nl": (
        "m", "Henk Jan Pieter Kees Willem Gerrit Johan Bram Sander Ruud Marco Dennis Erik Hans Joost "
        "Martijn Thijs Niels Arjen Wim Frank Rob Stefan Ton Leo Gert-Jan Jeroen Bas Harm Dirk",
        "f", "Anna Ingrid Marieke Els Annemarie Sandra Petra Wilma Linda Monique Femke Sanne Ria Truus "
        "Corrie Jolanda Mirjam Esther Karin Anouk Lotte Gerda Henny Tineke Marja Yvonne Joke Bep Dini Fenna",
    ),
    "tr": ("m", "Mehmet Ömer Hüseyin Emre Murat Kemal Yusuf Barış İsmail Çağlar Şükrü Ümit İbrahim Özgür",
           "f", "Şeyma Ayşe Fatma Elif Gülsen Zeynep Hatice Büşra Özlem Dilek Çiğdem Şerife Ülkü İlknur"),
    "ma": ("m", "Mohammed Youssef Rachid Hamid Mustafa Khalid Abdelkader Driss Said Karim",
           "f", "Fatima Khadija Naima Samira Malika Hanan Latifa Nadia Zineb Houria"),
    "sr": ("m", "Ravi Anand Rudi Errol Glenn Sunil Dinesh Marlon",
           "f", "Sharmila Roshni Gracia Priya Jennifer Shanti Reshma Ingeborg"),
    "cw": ("m", "Jurick Curtley Giovanni Shurandy Edsel Rignald",
           "f", "Sulaika Yanuska Rosalinda Shuginay Dayenne Lisandra"),
    "pl": ("m", "Tomasz Krzysztof Paweł Łukasz Marek Piotr Grzegorz Wojciech",
           "f", "Agnieszka Małgorzata Katarzyna Joanna Ewa Dorota Justyna Beata Łucja Żaneta"),
    "sy": ("m", "Ahmad Omar Khaled Bassam Rami Mazen",
           "f", "Rasha Lina Hiba Nour Reem Dima"),
    "er": ("m", "Tesfaye Yonas Dawit Berhane Mehari Samuel",
           "f", "Senait Helen Selam Mebrat Yordanos Saba"),
    "so": ("m", "Abdi Mahad Liban Hassan Abdirahman Guled",
           "f", "Hodan Asha Fadumo Sahra Ifrah Deeqa"),
    "ua": ("m", "Oleksandr Andrii Serhii Dmytro Bohdan Taras",
           "f", "Oksana Olena Iryna Nataliia Kateryna Yuliia"),
}

# Dutch surnames as "particle|core"; other origins are one token (particles like El, Ait, Al- kept).
SUR = {
    "nl": "de|Boer van_der|Berg van_den|Heuvel de|Vries |Bakker |Visser de|Groot |Smit de|Jong "
          "|Mulder |Bos |Kok de|Wit |Klein |Zwart de|Winter |Koster van|Dijk van|Leeuwen |Jansen "
          "|Hendriks van_der|Meer ter|Horst 't|Hart van_'t|Hof |Dekker |Brouwer |Molenaar van|Beek "
          "|Kuiper |Schipper van_der|Linden |Postma |Hoekstra den|Hartog |Timmerman van|Vliet "
          "in_'t|Veld |Verhoeven van|Wijk |Prins |Huisman de|Haan |Hoogland ten|Brink |Koopman "
          "van|Rooij |Vos |Groen van|Dam de|Bruijn |Maas |Schouten |Hoek",
    "tr": "Yılmaz Çelik Öztürk Şahin Kaya Demir Aydın Doğan Güneş Kılıç Arslan Yıldız Koç Özdemir",
    "ma": "El|Amrani Ait|Bouchta Bouzid El|Idrissi Benali Ouali El|Khattabi Azzouzi Ait|Haddou Boukhari "
          "El|Moussaoui Tahiri Ben|Haddou Chaouch",
    "sr": "Tjon-A-Fong Ramdin Sewnath Biharie Kromodikoro Pinas Ramsaran Lie-A-Ling Doerga Soekhai",
    "cw": "Martina Rosaria Cijntje Statia Isenia Cicilia Koeiman Wawoe",
    "pl": "Nowak Wójcik Kowalczyk Mazur Krawczyk Pawlak Michalak Sikora Wróbel Jaworek",
    "sy": "Al-Hassan Al-Khatib Haddad Al-Masri Darwish Kassab Al-Ahmad Shami",
    "er": "Ghebremedhin Tesfamariam Haile Kidane Woldu Berhe Habtemariam Asfaha",
    "so": "Warsame Farah Jama Hersi Osman Abdullahi Mohamud Egal",
    "ua": "Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Kravchenko Boiko Oliinyk",
}
ORIGIN_WEIGHTS = [("nl", 46), ("tr", 9), ("ma", 10), ("sr", 6), ("cw", 4), ("pl", 6), ("sy", 5),
                  ("er", 4), ("so", 4), ("ua", 6)]

STREETS = [
    "Lindelaan", "Kastanjelaan", "Molenweg", "Dorpsstraat", "Beukenlaan", "Julianastraat",
    "Burg. Saletlaan", "Wilhelminaplein", "Vondelstraat", "Zuiderparkweg", "Meidoornhof",
    "Oranjestraat", "Van Goghlaan", "Merelstraat", "Hoogstraat", "Tulpstraat", "Kamperfoeliehof",
    "Dr. Schaepmanstraat", "Graaf Florisweg", "Populierenlaan", "Korenbloemstraat", "Spoorstraat",
    "Schoolstraat", "Kanaalweg", "Rembrandtlaan", "Lijsterbeslaan", "Pr. Bernhardlaan",
    "Esdoornstraat", "Havenstraat", "Sint Jorisstraat", "Bloemendaalseweg", "Eikenlaan",
    "Schuttersveld", "Zonnebloemstraat", "Thorbeckestraat", "Marnixstraat", "Slotlaan", "Bosrand",
    "Akkerweg", "Weverstraat", "Dahliastraat", "Groen van Prinstererlaan", "Heemskerkstraat",
    "Jan Steenstraat", "Nieuwe Gracht", "Koningin Emmalaan", "Anjerstraat", "Wethouder Nijhuisstraat",
    "Le Sage ten Broeklaan", "Zeeheldenplein", "Klaprooswei", "Hertog Janstraat", "Boterdiep",
    "Buitenhof", "Mr. Troelstralaan", "Venkelweg", "Ruysdaelkade", "Acaciastraat",
]
CITIES = [
    "Amersfoort", "Zwolle", "Tilburg", "Deventer", "Leeuwarden", "Apeldoorn", "Almere", "Heerlen",
    "Emmen", "Dordrecht", "Alkmaar", "Venlo", "Roosendaal", "Helmond", "Gouda", "Hoorn",
    "Vlaardingen", "Purmerend", "Lelystad", "Den Helder", "Kerkrade", "Oss", "Assen", "Hengelo",
    "Veenendaal", "Zeist", "Nieuwegein", "Schiedam", "Capelle aan den IJssel", "Spijkenisse",
    "Sittard", "Bergen op Zoom", "'s-Hertogenbosch", "Harderwijk", "Middelburg", "Vlissingen",
    "Drachten", "Sneek", "Terneuzen", "Tiel", "Culemborg", "Hoogeveen", "Meppel", "Winterswijk",
    "Doetinchem", "Etten-Leur", "Waalwijk", "Krimpen aan den IJssel",
]
HOMETOWNS = {
    "ma": ["Nador", "Al Hoceima", "Tanger", "Berkane"], "tr": ["Izmir", "Konya", "Kayseri", "Ankara"],
    "sy": ["Aleppo", "Homs", "Damascus", "Idlib"], "er": ["Asmara", "Keren", "Massawa", "Mendefera"],
    "so": ["Mogadishu", "Hargeisa", "Kismayo", "Baidoa"], "sr": ["Paramaribo", "Nickerie", "Moengo", "Lelydorp"],
    "cw": ["Willemstad", "Barber", "Soto", "Westpunt"], "ua": ["Kharkiv", "Lviv", "Odesa", "Dnipro"],
    "pl": ["Krakau", "Gdańsk", "Wrocław", "Lublin"],
}
NEIGHBOURHOODS = ["Kanaleneiland", "Presikhaaf", "De Bilt-West", "Malburgen", "Zuilen", "Overvecht",
                  "Hatert", "Selwerd", "Schalkwijk", "Kattenbroek", "Holtenbroek", "Woensel"]
CARE = {
    "TAXI": ["Taxi Maas & Waal", "Vervoer Rivierenland", "Regiotaxi Veluwezoom", "Taxicentrale De Ster",
             "Zorgvervoer Noord", "Taxibedrijf Snel & Veilig", "RegioRijder Oost", "Taxi Het Busje"],
    "THUIS": ["Thuiszorg Het Anker", "Huishoudelijke Hulp Plus", "Thuis Schoon BV", "Thuiszorg Samen Sterk",
              "Zorggroep De Linde", "Woonzorg Het Baken", "Zorgcentrum De Hoge Weide", "Thuiszorg Zonnehoek",
              "Wijkverpleging Dichtbij", "Zorggroep Avondrood"],
    "JEUGD": ["Jeugdhulp De Sprong", "Stichting Kompas Jeugd", "Jeugdzorg Vitaal", "Gezinshuis De Eik",
              "Jeugdpraktijk Groeikracht", "Kinderdagcentrum De Vlinder", "Logeerhuis Het Nest", "Jeugd-GGZ Sterk"],
    "GGZ": ["GGZ Oostervaart", "Begeleiding Op Koers", "Ambulante Hulp Lumen", "Stichting Thuis Verder",
            "Dagbesteding De Werkplaats", "Zorgboerderij De Klaver", "Beschermd Wonen De Overloop",
            "Psychiatrie Centrum Meander", "Werkfit Traject BV", "Dagcentrum De Kamers"],
    "HULPM": ["Hulpmiddelencentrum Mobiel", "Revalidatietechniek Oost", "Hulpmiddelen Direct BV",
              "RolMobiel Service", "Scootmobielservice Van Gent", "Woonaanpassing Totaal"],
}
WELFARE = [
    "Stichting Welzijn Oost", "Buurtwerk De Brug", "Welzijnskwartier", "Stichting Contour Welzijn",
    "Stichting Nieuwkomers Thuis", "Voedselbank De Schaal", "Humanitas Rivierenland", "Stichting Samen Doen",
    "Maatschappelijk Werk Horizon", "Welzijn Plus Zuid", "SchuldHulpMaatje De Vaart", "Vrijwilligerspunt Aan Zet",
]
BEWIND = [
    "Bewindvoering Noord BV", "Budgetbeheer Koster & De Wit", "Van Rijn Bewind", "Bewind Plus",
    "Mentorschap Zuid", "Helder Bewindvoering", "Financieel Fit Bewind", "Bewindkantoor Horizon",
    "Bewindvoering Alfa", "Budgetcoach Schuldvrij BV", "Beschermingsbewind De Sleutel", "Rekenwijs Bewind",
]
AREA2 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040",
         "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075",
         "076", "077", "078", "079"]
AREA3 = ["0111", "0113", "0162", "0165", "0180", "0223", "0227", "0251", "0294", "0313", "0314",
         "0318", "0320", "0321", "0341", "0342", "0413", "0416", "0475", "0478", "0485", "0492",
         "0511", "0512", "0521", "0522", "0543", "0544", "0570", "0573"]
MAILDOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
               "icloud.com", "yahoo.com", "planet.nl", "hetnet.nl", "home.nl", "xs4all.nl"]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND"]
EMOJI = ["🙏", "😡", "😢", "👍", "😭", "🤬", "❤️", "🙄", "😔", "💔", "🤞", "😩"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
MON_ABBR = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def split_pool(items, half):
    seen = []
    for x in items:
        if x not in seen:
            seen.append(x)
    return seen[half::2]


# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------

def bsn_valid(digits):
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    s = sum(w * int(c) for w, c in zip([9, 8, 7, 6, 5, 4, 3, 2], digits[:8]))
    return (s - int(digits[8])) % 11 == 0


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def postcode_valid(pc):
    return re.fullmatch(r"[1-9][0-9]{3} ?[A-Za-z]{2}", pc) is not None and \
        pc[-2:].upper() not in ("SA", "SD", "SS")


class Registry:
    """Remembers which half drew each identifier value, so the halves never share one."""

    def __init__(self):
        self.owner = {}

    def take(self, cat, half, make):
        for _ in range(1000):
            v = make()
            key = (cat, re.sub(r"[\s.\-/]", "", v).lower())
            if self.owner.get(key, half) == half:
                self.owner[key] = half
                return v
        raise RuntimeError("registry exhausted for " + cat)


def fold(s):
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

class Person:
    def __init__(self, first, gender, parts, extra_initials):
        self.first = first
        self.gender = gender
        self.parts = parts  # list of (particle, core)
        self.initials = first[0] + "." + "".join(i + "." for i in extra_initials)
        if "-" in first:
            a, b = first.split("-", 1)
            self.initials = a[0] + "." + b[0] + "."

    def sur_after(self):
        # surname after a first name or initials: Dutch particles lower case
        out = []
        for p, c in self.parts:
            out.append((p + " " + c) if p else c)
        return "-".join(out)

    def sur_alone(self):
        s = self.sur_after()
        return s[:1].upper() + s[1:] if s[:1].islower() else s

    def sur_alone_fixed(self):
        s = self.sur_alone()
        return "'t" + s[2:] if s.startswith("'T") else s

    def reversed(self):
        # "Berg, J.P. van der" as in lists
        if len(self.parts) == 1 and self.parts[0][0] and self.parts[0][0][0].islower():
            p, c = self.parts[0]
            return c + ", " + self.initials + " " + p
        return self.sur_alone() + ", " + self.initials

    def core_ascii(self):
        return slug(self.parts[0][1])


def make_person(rng, pools, used, gender=None, origin=None, family=None):
    """A person from the half's pools; `family` (a Person) gives origin and surname."""
    for _ in range(200):
        if family is not None:
            origin = family.origin
        if origin is None:
            origin = rng.choices([o for o, _ in ORIGIN_WEIGHTS], [w for _, w in ORIGIN_WEIGHTS])[0]
        g = gender or rng.choice("mf")
        first = rng.choice(pools["first"][origin][g])
        if family is not None:
            parts = [family.parts[0]]
        else:
            sur = rng.choice(pools["sur"][origin])
            parts = [tuple(sur.replace("_", " ").split("|", 1)) if "|" in sur else ("", sur)]
            if origin == "ma" and parts[0][0]:
                parts = [("", parts[0][0] + " " + parts[0][1])]
        if origin == "nl" and g == "f" and family is None and rng.random() < 0.25:
            other = tuple(rng.choice(pools["sur"]["nl"]).replace("_", " ").split("|", 1))
            if other[1] != parts[0][1]:
                parts.append(other)
        key = tuple(parts)
        if (key in used and family is None) or ("first", first) in used:
            continue
        used.add(key)
        used.add(("first", first))
        extra = [] if rng.random() < 0.6 else [rng.choice("ABCEGHJMPRSTW") for _ in range(rng.randint(1, 2))]
        person = Person(first, g, parts, extra)
        person.origin = origin
        return person
    raise RuntimeError("no person")


MALE = ("vader zoon broer oom man echtgenoot buurman schoonzoon vriend opa papa neef heer meneer mijnheer Mr zwager "
        "son father husband brother").split()
FEMALE = ("moeder dochter zus tante vrouw echtgenote buurvrouw schoondochter vriendin oma mama nicht mevrouw "
          "Mrs doktersassistente schoonmoeder daughter mother wife sister").split()
KIN = ("vader zoon broer moeder dochter zus kinderen son daughter father mother vrouw man echtgenote echtgenoot "
       "schoonmoeder schoondochter schoonzoon oom tante wife husband").split()
_WORDS = "|".join(MALE + FEMALE)
WORD_BEFORE = re.compile(r"(?i)\b(%s)\b[ ,:(]*(?=\{P(\d)[a-z]*\})" % _WORDS)
WORD_AFTER = re.compile(r"(?i)\{P(\d)([a-zA-Z]*)\}[ ,(]*(?:\{[A-Z0-9]+\}\)?[ ,]*)?\(?(%s)\b" % _WORDS)


def person_hints(template):
    """Gender and family hints from the words around a person slot ("mijn zoon {P2}")."""
    hints = {}
    found = [(m.group(2), m.group(1)) for m in WORD_BEFORE.finditer(template)]
    found += [(m.group(1), m.group(3)) for m in WORD_AFTER.finditer(template)
              if not (m.group(2) and m.group(2) in "zZhHtTaAmMnkgo")]  # "{P1z} zoon" is someone else
    for n, word in found:
        word = word.lower()
        g = "m" if word in [w.lower() for w in MALE] else "f"
        hints.setdefault(n, [g, word in KIN])
    return hints


TITLES = {
    "t": ("de heer", "mevrouw"), "T": ("De heer", "Mevrouw"), "a": ("dhr.", "mw."),
    "A": ("Dhr.", "Mevr."), "m": ("meneer", "mevrouw"), "M": ("Meneer", "Mevrouw"),
    "h": ("hij", "zij"), "H": ("Hij", "Zij"), "z": ("zijn", "haar"), "Z": ("Zijn", "Haar"),
    "n": ("man", "vrouw"), "k": ("zoon", "dochter"), "g": ("heer", "mevrouw"), "o": ("hem", "haar"),
}


class Doc:
    def __init__(self, rng, half, pools, reg):
        self.rng, self.half, self.pools, self.reg = rng, half, pools, reg
        self.cache = {}
        self.people = {}
        self.used = set()
        self.hints = {}
        self.origins = {}

    def pick(self, key, make):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def person(self, n):
        if n not in self.people:
            gender, kin = self.hints.get(n, (None, False))
            origin = self.origins.get(n)
            family = None
            if kin and n != "1":
                origin = self.person("1").origin  # relatives share an origin, often a surname
                if self.rng.random() < 0.6:
                    family = self.person("1")
            self.people[n] = make_person(self.rng, self.pools, self.used, gender, origin, family)
        return self.people[n]

    # -- slot dispatcher: returns a list of (text, label or None) -----------------------------
    def slot(self, name):
        m = re.fullmatch(r"P(\d)([A-Za-z]*)", name)
        if m:
            return self.person_slot(self.person(m.group(1)), m.group(2))
        base = re.sub(r"\d+$", "", name)
        fn = getattr(self, "s_" + base, None)
        if fn is None:
            raise KeyError("unknown slot {%s}" % name)
        if name == base:
            return self.pick(name, fn)

        def distinct():
            # CITY2, ADDR2, ORG2 ... differ from every other value of their kind in the document
            taken = {v[0][0] for k, v in self.cache.items() if re.sub(r"\d+$", "", str(k)) == base}
            for _ in range(50):
                v = fn()
                if v[0][0] not in taken:
                    return v
            raise RuntimeError("no distinct value for " + name)
        return self.pick(name, distinct)

    def person_slot(self, p, form):
        r = self.rng
        if form in TITLES:
            return [(TITLES[form][0 if p.gender == "m" else 1], None)]
        if form == "":
            return [(p.first + " " + p.sur_after(), "PERSON")]
        if form == "s":
            return [(p.sur_alone_fixed(), "PERSON")]
        if form == "f":
            return [(p.first, "PERSON")]
        if form == "i":
            return [(p.initials + " " + p.sur_after(), "PERSON")]
        if form == "U":
            return [(p.sur_alone_fixed().upper(), "PERSON")]
        if form == "F":
            return [((p.first + " " + p.sur_after()).upper(), "PERSON")]
        if form == "R":
            return [(p.sur_alone_fixed().upper() + ", " + p.first, "PERSON")]
        if form == "r":
            return [(p.reversed(), "PERSON")]
        if form == "x":
            return self.person_slot(p, r.choice(["", "", "i", "s"]))
        if form == "e":
            return [(self.pick("mail" + p.first, lambda: self.personal_mail(p)), "EMAIL")]
        if form == "w":
            return [(self.pick("work" + p.first, lambda: self.work_mail(p)), "EMAIL")]
        if form == "u":
            return [(self.pick("url" + p.first, lambda: self.person_url(p)), "URL")]
        if form == "S":  # social media profile only
            return [(self.pick("url" + p.first, lambda: self.person_url(p, social=True)), "URL")]
        raise KeyError("unknown person form " + form)

    def personal_mail(self, p):
        r = self.rng
        f, c = slug(p.first), slug(p.sur_after())
        local = r.choice([f + "." + c, f + c, f[0] + c + str(r.randint(60, 99)), f + "_" + c,
                          c + f[0], f + str(r.randint(1, 999))])
        return local + "@" + r.choice(MAILDOMAINS)

    def work_mail(self, p):
        dom = self.cache.get("worksite") or self.pick("worksite", lambda: self.rng.choice(self.pools["workdom"]))
        f, c = slug(p.first), slug(p.sur_after())
        return self.rng.choice([f[0] + "." + c, f + "." + c, f[0] + c]) + "@" + dom

    def person_url(self, p, social=False):
        r = self.rng
        f, c = slug(p.first), slug(p.sur_after())
        return r.choice(([] if social else [
            "https://www.gofundme.com/f/help-" + f + "-" + c,
            "www.doneeractie.nl/help-" + f + "-en-kinderen",
            "https://www.linkedin.com/in/" + f + "-" + c + "-" + str(r.randint(100, 9999)),
        ]) + [
            "facebook.com/" + f + "." + c + "." + str(r.randint(10, 999)),
            "www.facebook.com/" + f + c,
            "instagram.com/" + f + "_" + c,
            "www.tiktok.com/@" + f + c[:4],
        ])

    def s_BIZURL(self):
        p = self.person("1")
        c = slug(p.sur_after())
        return [(self.rng.choice(["www.klusbedrijf" + c + ".nl", "www." + c + "schoonmaak.nl",
                                  "www.kapsalon-" + c + ".nl", "www." + c + "-transport.nl",
                                  "https://" + c + "catering.nl"]), "URL")]

    # -- places -------------------------------------------------------------------------------
    def housenr(self):
        r = self.rng
        n = str(r.choice([r.randint(1, 40), r.randint(1, 250)]))
        return n + r.choice(["", "", "", "", "a", "b", "-II", "-1", " A", " bis", "-3hg", "C"])

    def s_ADDR(self):
        st = self.rng.choice(self.pools["streets"])
        return [(st + " " + self.housenr(), "ADDRESS")]

    def s_STREET(self):
        return [(self.rng.choice(self.pools["streets"]), "ADDRESS")]

    def s_PC(self):
        r = self.rng
        lo, hi = (1000, 5499) if self.half == 0 else (5500, 9999)

        def make():
            while True:
                let = "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2))
                if let not in ("SA", "SD", "SS"):
                    break
            num = str(r.randint(lo, hi))
            return r.choice([num + " " + let, num + " " + let, num + let, num + " " + let.lower()])
        return [(self.reg.take("pc", self.half, make), "POSTCODE")]

    def s_CITY(self):
        return [(self.rng.choice(self.pools["cities"]), "CITY")]

    def s_HOME(self):
        origin = self.person("1").origin
        if origin not in self.pools["home"]:
            origin = self.rng.choice(sorted(self.pools["home"]))
        return [(self.rng.choice(self.pools["home"][origin]), "CITY")]

    def s_WIJK(self):
        return [(self.rng.choice(self.pools["wijk"]), "CITY")]

    # -- organisations -----------------------------------------------------------------------
    def s_ORG(self):  # any care provider
        kind = self.rng.choice(sorted(self.pools["care"]))
        return [(self.rng.choice(self.pools["care"][kind]), "ORG")]

    def s_TAXI(self):
        return [(self.rng.choice(self.pools["care"]["TAXI"]), "ORG")]

    def s_THUIS(self):
        return [(self.rng.choice(self.pools["care"]["THUIS"]), "ORG")]

    def s_JEUGD(self):
        return [(self.rng.choice(self.pools["care"]["JEUGD"]), "ORG")]

    def s_GGZ(self):
        return [(self.rng.choice(self.pools["care"]["GGZ"]), "ORG")]

    def s_HULPM(self):
        return [(self.rng.choice(self.pools["care"]["HULPM"]), "ORG")]

    def s_WELZ(self):
        return [(self.rng.choice(self.pools["welfare"]), "ORG")]

    def s_BEW(self):
        return [(self.rng.choice(self.pools["bewind"]), "ORG")]

    def org_mail(self, key):
        name = self.slot(key)[0][0]
        words = [w for w in re.split(r"[ &]+", name) if w.lower() not in ("stichting", "bv", "de", "het")]
        dom = slug("".join(words[:2])) + ".nl"
        return [(self.rng.choice(["info@", "klachten@", "planning@", "secretariaat@", "zorg@"]) + dom, "EMAIL")]

    def s_ORGMAIL(self):
        for key in ("ORG", "THUIS", "TAXI", "JEUGD", "GGZ", "HULPM"):
            if key in self.cache:
                return self.org_mail(key)
        return self.org_mail("ORG")

    def s_BEWMAIL(self):
        return self.org_mail("BEW")

    def s_WELZMAIL(self):
        return self.org_mail("WELZ")

    # -- phone --------------------------------------------------------------------------------
    def s_MOB(self):
        r = self.rng

        def make():
            d = "6" + "".join(str(r.randint(0, 9)) for _ in range(8))
            a, b = d[1:], d[1:]
            return r.choice([
                "0" + d, "06-" + a, "06 " + a[:4] + " " + a[4:], "06 " + " ".join(b[i:i + 2] for i in range(0, 8, 2)),
                "(06) " + a, "+31 6 " + a, "+316" + a, "+31 (0)6 " + a[:4] + " " + a[4:], "0031-6-" + a,
                "06-" + a[:2] + " " + a[2:5] + " " + a[5:], "06\u00a0" + a,
            ])
        return [(self.reg.take("tel", self.half, make), "PHONE")]

    def s_TEL(self):
        r = self.rng

        def make():
            if r.random() < 0.5:
                ac = r.choice(self.pools["area2"])
                n = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(6))
                return r.choice([ac + "-" + n, ac + " " + n[:3] + " " + n[3:5] + " " + n[5:], "(" + ac + ") " + n,
                                 "+31 " + ac[1:] + " " + n, "+31(0)" + ac[1:] + "-" + n, "0031 " + ac[1:] + " " + n[:3] + " " + n[3:]])
            ac = r.choice(self.pools["area3"])
            n = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(5))
            return r.choice([ac + "-" + n, "(" + ac + ") " + n, ac + " - " + n[:3] + " " + n[3:], ac + n,
                             "+31 " + ac[1:] + " " + n])
        return [(self.reg.take("tel", self.half, make), "PHONE")]

    def s_PHONE(self):
        return self.s_MOB() if self.rng.random() < 0.6 else self.s_TEL()

    # -- ids ----------------------------------------------------------------------------------
    def s_BSN(self):
        r = self.rng

        def make():
            while True:
                d = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
                s = sum(w * int(c) for w, c in zip([9, 8, 7, 6, 5, 4, 3, 2], d)) % 11
                if s <= 9:
                    d += str(s)
                    break
            return r.choice([d, d, d[:4] + "." + d[4:6] + "." + d[6:], d[:3] + " " + d[3:6] + " " + d[6:]])
        v = self.reg.take("bsn", self.half, make)
        assert bsn_valid(re.sub(r"\D", "", v))
        return [(v, "BSN")]

    def s_IBAN(self):
        r = self.rng

        def make():
            bank = r.choice(BANKS)
            if bank == "INGB":
                acc = "000" + str(r.randint(1000000, 9999999))
            else:
                while True:
                    acc = "".join(str(r.randint(0, 9)) for _ in range(10))
                    if acc[0] != "0" and sum((10 - i) * int(c) for i, c in enumerate(acc)) % 11 == 0:
                        break
            num = int("".join(str(int(c, 36)) for c in bank + acc + "NL00"))
            iban = "NL%02d%s%s" % (98 - num % 97, bank, acc)
            grouped = " ".join(iban[i:i + 4] for i in range(0, 18, 4))
            return r.choice([iban, grouped, grouped, grouped.lower(), iban.lower()])
        v = self.reg.take("iban", self.half, make)
        assert iban_valid(v.replace(" ", "").upper())
        return [(v, "IBAN")]

    def s_PLATE(self):
        r = self.rng
        cons = "BDFGHJKLNPRSTVXZ"

        def make():
            code = r.choice(["XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X",
                             "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"])
            out = "".join(r.choice(cons) if ch == "X" else str(r.randint(0, 9)) if ch == "9" else ch for ch in code)
            return r.choice([out, out, out.replace("-", ""), out.lower()])
        return [(self.reg.take("plate", self.half, make), "LICENSE_PLATE")]

    def digits(self, n):
        return str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def case(self, make):
        return [(self.reg.take("case", self.half, make), "CASE_NUMBER")]

    def s_ZAAK(self):
        r = self.rng
        return self.case(lambda: r.choice([
            "Z-%d-%05d" % (r.choice([2025, 2026]), r.randint(1, 99999)),
            "Z/%02d/%06d" % (r.choice([25, 26]), r.randint(1, 999999)),
            "%d-%06d" % (r.choice([2025, 2026]), r.randint(1, 999999)),
            "ZK%s" % self.digits(7)]))

    def s_KLANT(self):
        return self.case(lambda: self.digits(self.rng.choice([6, 7, 8])))

    def s_KENM(self):
        r = self.rng
        return self.case(lambda: r.choice([
            "UIT/%d/%05d" % (r.choice([2025, 2026]), r.randint(1, 99999)),
            "WMO-%02d-%05d" % (r.choice([25, 26]), r.randint(1, 99999)),
            "BZ %d.%04d" % (r.choice([2025, 2026]), r.randint(1, 9999)),
            "JZ%02d/%04d" % (r.choice([25, 26]), r.randint(1, 9999)),
            "SHV-%s" % self.digits(6), "PW/%s/%s" % (self.digits(4), self.digits(3))]))

    def s_DOSS(self):
        r = self.rng
        return self.case(lambda: r.choice(["D%02d-%04d" % (r.choice([24, 25, 26]), r.randint(1, 9999)),
                                           "VP-%s" % self.digits(5), "%s/%s" % (self.digits(4), self.digits(2))]))

    def s_BETK(self):
        r = self.rng

        def make():
            d = self.digits(16)
            return r.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
        return self.case(make)

    def s_KVK(self):
        return self.case(lambda: self.digits(8))

    def s_PROD(self):
        # 9 digits failing the 11-proef: not a BSN
        while True:
            d = self.digits(9)
            if not bsn_valid(d):
                return [(d, None)]

    # -- dates and ages -----------------------------------------------------------------------
    def fmt_date(self, y, m, d, style):
        r = self.rng
        if style == "long":
            return "%d %s %d" % (d, MONTHS[m - 1], y)
        if style == "abbr":
            return "%d %s%s %d" % (d, MON_ABBR[m - 1], r.choice(["", "."]) if MON_ABBR[m - 1] != "mei" else "", y)
        if style == "num":
            sep = r.choice(["-", "-", "/", "."])
            return r.choice(["%02d%s%02d%s%d" % (d, sep, m, sep, y), "%d%s%d%s%d" % (d, sep, m, sep, y)])
        if style == "short":
            return "%d-%d-%02d" % (d, m, y % 100)
        if style == "iso":
            return "%d-%02d-%02d" % (y, m, d)
        if style == "dm":
            return "%d %s" % (d, r.choice([MONTHS[m - 1], MONTHS[m - 1], MON_ABBR[m - 1]]))
        if style == "dmnum":
            return "%d-%d" % (d, m)
        raise KeyError(style)

    def s_DOB(self):
        r = self.rng
        y = r.randint(1932, 2008)
        style = r.choice(["long", "num", "num", "num", "abbr", "iso"])
        return [(self.fmt_date(y, r.randint(1, 12), r.randint(1, 28), style), "DATE_OF_BIRTH")]

    def s_DOBY(self):  # turns 18 within the coming months
        r = self.rng
        return [(self.fmt_date(2008, r.randint(1, 12), r.randint(1, 28), r.choice(["long", "num", "num"])), "DATE_OF_BIRTH")]

    def s_DOBA(self):  # agrees with the document's {AGE}
        r = self.rng
        age = int(self.slot("AGE")[0][0])
        y = 2026 - age - r.choice([0, 1])
        style = r.choice(["long", "num", "num", "abbr", "iso"])
        return [(self.fmt_date(y, r.randint(1, 12), r.randint(1, 28), style), "DATE_OF_BIRTH")]

    def s_DOBK(self):
        r = self.rng
        y = r.randint(2009, 2023)
        return [(self.fmt_date(y, r.randint(1, 12), r.randint(1, 28), r.choice(["long", "num", "num"])), "DATE_OF_BIRTH")]

    def s_DATE(self):  # any style, event date
        r = self.rng
        style = r.choice(["long", "abbr", "num", "num", "short", "dm", "dm", "dm", "iso"])
        return [(self.fmt_date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28), style), "DATE")]

    def s_DATEL(self):
        r = self.rng
        return [(self.fmt_date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28),
                               r.choice(["long", "long", "abbr"])), "DATE")]

    def s_DATEN(self):
        r = self.rng
        return [(self.fmt_date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28),
                               r.choice(["num", "num", "short", "iso"])), "DATE")]

    def s_DATED(self):  # day and month, no year
        r = self.rng
        return [(self.fmt_date(2026, r.randint(1, 12), r.randint(1, 28), r.choice(["dm", "dm", "dm", "dmnum"])), "DATE")]

    def s_AGE(self):
        return [(str(self.rng.randint(19, 64)), "AGE")]

    def s_AGEO(self):
        return [(str(self.rng.randint(66, 96)), "AGE")]

    def s_AGEJ(self):  # young adult
        return [(str(self.rng.randint(18, 27)), "AGE")]

    def s_AGEY(self):
        return [(str(self.rng.choice([18, 18, 19])), "AGE")]

    def s_AGET(self):
        return [(str(self.rng.randint(12, 17)), "AGE")]

    def s_AGEK(self):
        return [(str(self.rng.randint(3, 17)), "AGE")]

    # -- hard negatives (never labelled) ------------------------------------------------------
    def s_AMT(self):
        r = self.rng
        e, c = r.randint(12, 4800), r.randint(0, 99)
        txt = "{:,}".format(e).replace(",", ".")
        return [(r.choice(["€ %s,%02d" % (txt, c), "€%s,-" % txt, "%s euro" % e, "€\u00a0%s" % txt, "EUR %s,%02d" % (txt, c)]), None)]

    def s_TIME(self):
        r = self.rng
        h, m = r.randint(8, 17), r.choice([0, 15, 30, 45])
        return [(r.choice(["%d.%02d uur" % (h, m), "%02d:%02d" % (h, m), "%02d:%02d-%02d:%02d" % (h, m, h + 1, m),
                           "%d uur" % h]), None)]

    def s_YEAR(self):
        return [(str(self.rng.randint(2009, 2025)), None)]

    def s_YRANGE(self):
        y = self.rng.randint(2012, 2022)
        return [("%d-%d" % (y, y + self.rng.randint(1, 3)), None)]

    def s_GEMNR(self):
        return [(self.rng.choice(["14 0", "140"]) + str(self.rng.choice([10, 13, 15, 20, 23, 24, 26, 30, 33, 35, 36,
                                                                         38, 40, 43, 45, 50, 53, 55, 58, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79])), None)]

    def s_EMO(self):
        return [(self.rng.choice(EMOJI), None)]

    def s_ECLI(self):
        r = self.rng
        return [("ECLI:NL:%s:%d:%d" % (r.choice(["CRVB", "RBGEL", "RBOVE", "RBMNE", "RBNHO"]), r.randint(2015, 2024),
                                        r.randint(100, 9999)), None)]


WORKDOMS = ["wijkteam-oost.nl", "zorgloket-regio.nl", "sociaalteam.nl", "werkeninkomen-regio.nl",
            "jeugdteam-west.nl", "schuldhulp-regio.nl", "loketwonen.nl", "participatieteam.nl"]


def make_pools(half):
    first = {}
    for origin, spec in FIRST.items():
        first[origin] = {spec[0]: split_pool(spec[1].split(), half), spec[2]: split_pool(spec[3].split(), half)}
    sur = {o: split_pool(s.split(), half) for o, s in SUR.items()}
    return {
        "first": first, "sur": sur,
        "streets": split_pool(STREETS, half), "cities": split_pool(CITIES, half),
        "home": {o: split_pool(v, half) for o, v in HOMETOWNS.items()}, "wijk": split_pool(NEIGHBOURHOODS, half),
        "care": {k: split_pool(v, half) for k, v in CARE.items()}, "welfare": split_pool(WELFARE, half),
        "bewind": split_pool(BEWIND, half), "area2": split_pool(AREA2, half),
        "area3": split_pool(AREA3, half), "workdom": split_pool(WORKDOMS, half),
    }


# ---------------------------------------------------------------------------------------------
# Frames. {SLOT} is filled per document; [[a|b]] picks one alternative. Flags: "lc" = the whole
# document in lower case, "lc?" = lower case in about half of the documents.
# DEV_FRAMES occur only in the dev half (odd ids), TEST_FRAMES only in the test half (even ids).
# ---------------------------------------------------------------------------------------------

DEV_FRAMES = [
("", """
Geachte heer, mevrouw,

Mijn naam is {P1} en ik woon aan de {ADDR} in {CITY}. Op {DATEL} heb ik een beschikking gekregen over mijn huishoudelijke hulp (kenmerk {KENM}). De hulp van {THUIS} is teruggebracht van 4 naar 2 uur per week. Ik ben {AGEO} jaar en heb reuma. Ik kan dit niet zelf. Maart en april waren al zwaar, toen had ik ook geen hulp. [[Mijn buurvrouw doet nu de boodschappen bij Albert Heijn.|Mijn zoon woont ver weg.|]]
Kunt u mij helpen met een bezwaar? U kunt mij bellen op {TEL}.

Met vriendelijke groet,
{P1i}
"""),
("lc", """
hoi ik ben {P1f} {EMO} mijn moeder {P2f} is {AGEO} en die taxi van {TAXI} komt gewoon niet!! 3 keer deze maand. ze zat {DATED} 2 uur te wachten in de kou bij de dagbesteding. niemand neemt op. en als je belt krijg je een bandje. ze is daarna ziek geworden. bel me ff terug {MOB} of app naar dit nummer
"""),
("", """
#P3=/tr
Telefoonnotitie {DATEN}, {TIME}
Beller: {P1t} {P1s} ({AGE}), {P1h} belt namens {P1z} zoon {P2f} ({AGEK}).
Onderwerp: Jeugdwet, wachtlijst {JEUGD}. Sinds {YEAR} op de wachtlijst voor behandeling, al 14 maanden. Huisarts heeft verwezen. {P1H} voelt zich niet gehoord door de jeugdconsulent, {P3i}.
Terugbelnummer: {PHONE}
Afspraak: ik bel {DATED} terug na overleg met {P1z} consulent. Dossier {DOSS}.
"""),
("", """
Van: {P1} <{P1e}>
Verzonden: {DATEL} {TIME}
Aan: vertrouwenspersoon
Onderwerp: FW: uw aanvraag bijzondere bijstand

Zie hieronder. Ik snap er niks van. Ik heb alles ingeleverd.

-----Oorspronkelijk bericht-----
Van: Team Inkomen
Datum: {DATEN}
Onderwerp: uw aanvraag bijzondere bijstand, zaaknummer {ZAAK}

Geachte {P1g} {P1s},
Wij missen nog de bankafschriften van rekening {IBAN} over de afgelopen 3 maanden. Als wij deze niet binnen 2 weken ontvangen, nemen wij uw aanvraag niet in behandeling (art. 4:5 Awb).
Met vriendelijke groet,
{P2i}, consulent Inkomen
Bereikbaar via {GEMNR} ([[ma t/m vr|maandag tot en met donderdag]] {TIME2})
"""),
("", """
BEZWAARSCHRIFT

Naam: {P1}
Adres: {ADDR}, {PC} {CITY}
BSN: {BSN}
Geboortedatum: {DOB}

Hierbij maak ik bezwaar tegen het besluit van {DATEL} met kenmerk {KENM}, waarin mijn aanvraag voor een scootmobiel wordt afgewezen. Ik ben aangewezen op een rollator en kan de winkels niet meer bereiken. Het advies van de ergotherapeut is niet meegewogen. De rollator (artikelnummer {PROD}) is versleten.
De gronden volgen. Ik vraag u mij te horen.

Handtekening,
{P1i}
"""),
("lc?", """
Goedemorgen,

Ik ben {P1}, moeder van {P2f} ({AGEK}). Mijn zoon gaat met het leerlingenvervoer naar school maar de chauffeur van {TAXI} rijdt veel te hard en scheldt. {P2f} is bang en wil niet meer instappen. Ik heb op {DATED} gebeld met de planning maar er gebeurt niks. Kenteken van het busje was {PLATE}. De kinderen in de bus zijn tussen 6 en 12 jaar.
Mijn nummer is {MOB}.
Groetjes {P1f}
"""),
("", """
Contactmoment {DATEN} - huisbezoek
Aanwezig: {P1} (inwoner), {P2f} (dochter, mantelzorger), vertrouwenspersoon.
[[Dinsdag|Woensdag|Vrijdag]] gepland, op verzoek van de dochter verschoven.
{P1T} {P1s} is {AGEO} jaar en woont alleen aan de {STREET}. Na de val in {YEAR} is de Wmo-indicatie niet aangepast. De dochter doet alles, ook de was. {THUIS} komt maar 1 keer per week. Afspraak: samen een melding doen bij het Wmo-loket en het keukentafelgesprek voorbereiden. Volgende afspraak {DATED} om {TIME}.
"""),
("lc", """
waarom moet ik alles 3 keer sturen?? ik heb het al gemaild naar {P2w} op {DATED}. mijn uitkering is gestopt en de huur van {AMT} moet betaald. ik heb 2 kinderen en de school vraagt ook geld. bsn {BSN}. dit is echt schandalig {EMO}{EMO}
{P1}
"""),
("", """
Geachte vertrouwenspersoon,

Namens mijn cliënt {P1t} {P1} (geb. {DOB}) wend ik mij tot u. {BEW} is sinds {YEAR} bewindvoerder. De gemeente heeft de kwijtschelding afgewezen omdat het vermogen te hoog zou zijn, maar het betreft het leefgeld op rekening {IBAN}. Wij hebben hierover contact gehad met de heer {P2s} van Team Schulden, zonder resultaat.
Met vriendelijke groet,
{P3}
Beschermingsbewindvoerder, {BEW}
KvK-nummer kantoor: zie website
T {TEL} | {BEWMAIL}
"""),
("", """
Intakeformulier vertrouwenspersoon
Naam: {P1r}
Geboortedatum: {DOBA}
Adres: {ADDR}
Postcode/plaats: {PC}  {CITY}
Telefoon: {PHONE}
E-mail: {P1e}
Gebied: Participatiewet
Organisatie: gemeente, Werk en Inkomen
Wat is er gebeurd: boete van {AMT} omdat ik inkomsten niet zou hebben gemeld. Ik werkte maar 2 dagen via een uitzendbureau.
Wat wil je bereiken: dat de boete van tafel gaat.
Leeftijd: {AGE}
"""),
("", """
Signaal aan de gemeente (concept)

In de periode januari tot en met maart meldden zich 6 inwoners met klachten over de vervoerder {TAXI}. Melders waren tussen 70 en 89 jaar. Ritten werden te laat of niet uitgevoerd, ook door de wegwerkzaamheden op de [[Ringweg|Rijksstraatweg|Zuidelijke Randweg]]; in twee gevallen stond een inwoner meer dan een uur buiten. Eén {AGEO}-jarige inwoner uit {WIJK} viel tijdens het wachten. Bij ernstige situaties belden omstanders 112. Wij vragen de gemeente het contract te bespreken en de klachtenafhandeling te verbeteren. Reactie graag voor {DATED}.
"""),
("", """
Verslag bemiddelingsgesprek {DATEN}
Aanwezig: {P1} (inwoner), {P2a} {P2i}, teamleider Wmo, {P3} (consulent), vertrouwenspersoon (gespreksleider).
1. {P1T} {P1s} legt uit dat {P1h} zich niet serieus genomen voelt door de consulent.
2. {P2T} {P2s} erkent dat de brief van {DATED} onduidelijk was en biedt excuses aan.
3. Afspraak: nieuw onderzoek door een andere consulent binnen 4 weken. {P3f} zorgt voor de planning.
Volgende gesprek: {DATED2}, {TIME}.
"""),
("", """
Beste {P1f},

Zoals beloofd stuur ik je de gegevens van de cliëntondersteuner: {P2}, bereikbaar op {TEL} of {P2w}. Zij kan je helpen bij het gesprek op {DATED}. Neem ook de brief met zaaknummer {ZAAK} mee en je bankpasje. Bij geldzorgen kun je ook bellen met 0800-8115 (gratis). Maar de uitspraak over je bezwaar komt pas later.

Hartelijke groet,
{P3}
Vertrouwenspersoon sociaal domein
"""),
("lc", """
#P1=m/ma P3=f
goeie middag. ik heb klacht over de wijkcoach {P2s} van team noord. hij was heel onbeschoft tegen mijn vrouw {P3f} bij het huisbezoek op {DATED}. hij zei wij moeten maar terug naar {HOME}. wij wonen 20 jaar hier. mijn naam is {P1} tel {MOB}. dank u
"""),
("", """
Klacht over bejegening

Ik, {P1}, wonend {ADDR} te {CITY}, dien een klacht in over de manier waarop medewerker {P2i} mij heeft behandeld aan de balie op {DATEL}. {P2H} sprak mij toe alsof ik een kind was, in het bijzijn van andere mensen. Ook {P3}, die mij begeleidt van {WELZ}, was erbij en kan dit bevestigen.
Ik wil graag excuses en een andere contactpersoon.
"""),
("lc?", """
#P1=/pl
Hallo, ik ben {P1f}. Ik woon in {CITY} sinds {YEAR}. Mijn Nederlands is niet goed sorry. Ik heb brief gekregen over inburgering, moet ik betalen {AMT}?? Ik snap niet. Mijn contact bij {WELZ} is {P2f} maar zij is ziek. Dziękuję bardzo 🙏 Mijn telefoon {MOB}, email {P1e}
"""),
("", """
Notitie contact met zorgaanbieder
Datum: {DATEN}
Gesproken met: {P2}, locatiemanager {GGZ}, {TEL}.
Betreft: {P1a} {P1i} ({AGE} jr), cliëntnummer {KLANT}.
{P2T} {P2s} bevestigt dat de begeleiding sinds {DATED} niet is geleverd vanwege personeelstekort. Er komt een vervanger vanaf volgende week maandag. Ik heb {P1s} daarna gebeld; {P1h} is tevreden met deze afspraak.
"""),
("", """
Aan het college van burgemeester en wethouders

Betreft: pro-forma bezwaar
Uw kenmerk: {KENM}

Hierbij teken ik pro-forma bezwaar aan tegen de beslissing van {DATEL} om mijn bijstandsuitkering te herzien en {AMT} terug te vorderen, op grond van art. 58 Participatiewet. De gronden stuur ik binnen vier weken na.

{P1}
{ADDR}
{PC} {CITY}
BSN {BSN}
Tel. {PHONE}
"""),
("lc", """
[{DATEN} {TIME}] {P1f}: is mijn aanvraag al binnen?
[{DATEN} {TIME2}] vertrouwenspersoon: Hoi {P1f}, nog niet, ik heb gebeld met het loket. Ze zeggen eind van de week.
[{DATEN} {TIME3}] {P1f}: ok. {P2f} van {THUIS} zegt dat ze zonder indicatie niet meer kunnen komen
[{DATEN} {TIME4}] {P1f}: vanaf {DATED} dan
"""),
("", """
Onderwerp: Re: klacht thuiszorg

Beste vertrouwenspersoon,

Ik heb de klacht van mijn vader, dhr. {P2i} ({AGEO}), nu ook schriftelijk ingediend bij {THUIS}, met kopie aan {ORGMAIL}. Toen kreeg ik binnen een dag een reactie van de teamleider, {P3x}. Zij wil graag langskomen bij mijn vader op de {ADDR}.
Zou u daarbij willen zijn?

Vriendelijke groet,
{P1}
{MOB}
"""),
("", """
Gespreksnotitie inloopspreekuur {DATEN}
Inwoner: {P1x}, {AGE} jaar, alleenstaande moeder van drie kinderen.
Vraag: kosten schoolreisje en laptop voor oudste ({AGEK}). Aanvraag bij de gemeente afgewezen omdat {WELZ} het moet doen, maar die verwijst terug naar de gemeente. Albert Heijn-bonnen van de voedselbank zijn op. Toeslagen lopen via de Belastingdienst (zie mijn.toeslagen.nl).
Advies gegeven, samen brief geschreven. Klantnummer gemeente: {KLANT}.
"""),
("lc?", """
Beste mevrouw,

Ik ben {P1} en heb een schoonmaakbedrijf als zzp'er (KvK {KVK}). Door corona en daarna ziekte heb ik Bbz aangevraagd op {DATED}. Nu zegt de gemeente dat mijn website {BIZURL} laat zien dat ik nog werk. Dat is een oude site! Ik heb sinds {YEAR} geen klanten meer. In de periode {YRANGE} had ik wel omzet.
Kunt u meekijken? Groet, {P1f}
"""),
("", """
Aantekening
{P1T} {P1s} belde boos op. De Wmo-consulent, {P2}, heeft gezegd dat de traplift niet vergoed wordt omdat {P1h} ook kan verhuizen. {P1H} woont al 42 jaar in het huis aan de {STREET} en wil niet weg. De bakker op de hoek brengt het brood.
Geboortedatum inwoner: {DOB}. Telefoon {TEL}.
Actie: Awb-termijn checken, besluit van {DATED} opvragen.
"""),
("", """
Van: {P1e}
Aan: {P2w}
CC: vertrouwenspersoon
Datum: {DATEN}

Geachte {P2g} {P2s},

In uw brief staat dat ik op {DATED} niet ben verschenen bij de afspraak. Dat klopt niet, ik was er om {TIME} en heb bij de receptie gewacht. De receptionist heeft mij weggestuurd. Nu wordt mijn uitkering met 20% gekort. Dit is niet eerlijk.

{P1}
Klantnummer {KLANT}
"""),
("lc", """
hallo mevrouw ik ben de buurvrouw van {P2} op nummer 14. zij is {AGEO} en er komt niemand meer van de thuiszorg sinds vorige week. ik maak me zorgen. ze woont in {WIJK}, {ADDR}. mijn naam is {P1f} maar ik wil anoniem blijven voor haar zoon. kunt u iets doen?
"""),
("", """
Memo dossier {DOSS}

{DATEN}: aanvraag maatwerkvoorziening Wmo door {P1} ingediend.
{DATEN2}: onderzoeksgesprek door {P2i} (consulent).
{DATEN3}: beschikking afwijzing; geen zwaarwegend advies huisarts meegenomen.
Maar volgens {P1s} is er nooit om een medisch advies gevraagd. Beslistermijn van 8 weken overschreden. Ingebrekestelling besproken.
"""),
("", """
Dear confidant,

Sorry for writing English. My name is {P1}, I live at {ADDR}, {PC} {CITY}. I got a letter from the municipality that my son {P2f} (born {DOBK}) cannot get youth care any longer because I earn too much. I don't understand. The case number is {ZAAK}. You can call me at {MOB}.
Thank you, {P1f}
"""),
("lc?", """
#P1=f/cw P2=f
Goedenavond,
{P1f} hier, de dochter van {P2}. Mijn moeder heeft een pgb en de zorgverlener is {P3} (haar nicht). De SVB betaalt niet uit sinds {DATED} omdat het zorgcontract niet goed is. Niemand helpt ons, Belastingdienst en CAK verwijzen naar elkaar. Masha danki pa tur bo yudansa 🙏
Tel {MOB}
"""),
("", """
#P2=/tr
Notitie over betrokken functionarissen (intern)
- {P2i}, klantmanager Werk en Inkomen, behandelt de terugvordering.
- {P3}, teamleider van {P2s}; nog niet benaderd.
- {P4x}, jurist bezwaar en beroep.
Inwoner {P1s} heeft toestemming gegeven om met deze personen te bellen. Afspraak met de klantmanager op {DATED} om {TIME}.
"""),
("", """
Geachte vertrouwenspersoon,

Met deze brief reageren wij op de klacht van {P1t} {P1i} over de dagbesteding. {GGZ} betreurt dat {P1z} vaste begeleider langdurig afwezig was. Vanaf {DATED} is er een vaste vervanger, {P2}. Wij hebben {P1t} {P1s} ook uitgenodigd voor een gesprek.

Met vriendelijke groet,
{P3}
Klachtenfunctionaris {GGZ}
{ORGMAIL}
"""),
("lc", """
ik ben het echt zat. {P2s} van de gemeente belt nooit terug. al 6 weken. mijn huis is koud en de energietoeslag is nog steeds niet betaald. ik ben {AGE} en ziek. ik heb alles al gestuurd, loonstroken, huurcontract, alles. rekening {IBAN}. wat moet ik nog doen??
{P1} {ADDR}
"""),
("", """
Spreekuur {WIJK}, [[maandag|donderdag]] {DATEN}, {TIME}
1. {P1x} ({AGEO}), vraag over eigen bijdrage CAK. Informatie gegeven.
2. Jongeman ({AGEJ}), wil anoniem blijven, klacht over re-integratietraject. Doorverwezen.
3. {P2x}, klacht over {ORG} (te laat, onvriendelijk). Kwestie geopend, dossiernummer {DOSS}.
Rustig spreekuur; Winter blijft een stille periode.
"""),
("", """
Onderwerp: Verzoek om informatie

Geachte heer/mevrouw,

Ik, {P1r}, verzoek u mij een kopie te sturen van mijn dossier bij Team Jeugd, inclusief gespreksverslagen en e-mails, op grond van artikel 15 AVG. Mijn zoon {P2f} is geboren op {DOBK}. Sinterklaas en de feestdagen waren een drama dit jaar. Mijn adres is {ADDR}, {PC} {CITY}.

Hoogachtend,
{P1}
"""),
("lc?", """
#P1=f/cw
Bon dia, mi nòmber ta {P1}. Ik woon nu {YEAR} jaar in {CITY}. Mijn dochter {P2f} is {AGEK} en heeft autisme. Het jeugdteam heeft gezegd dat {JEUGD} haar gaat helpen maar na de intake op {DATED} hebben we niks meer gehoord. Ik ben boos en moe. Bel mij aub {MOB}
"""),
("", """
Terugkoppeling aan inwoner, {DATEN}

Beste {P1m} {P1s},

Ik heb vandaag gesproken met uw bewindvoerder, {P2x} van {BEW}. {P2H} heeft toegezegd dat het leefgeld vanaf {DATED} weer elke week op uw rekening staat. De achterstand bij de energieleverancier wordt in termijnen betaald.
Heeft u nog vragen, bel mij dan op dinsdag of donderdag.
"""),
("", """
Zaak: {ZAAK}
Inwoner: {P1R}
Geb.: {DOB}
Adres: {ADDR}, {CITY}
Kenteken auto: {PLATE}
Probleem: bijstand gestopt omdat inwoner een auto zou bezitten boven de vermogensgrens. De auto staat op naam van haar ex, {P2}. Kentekenbewijs laat dat zien, en op {P2z} Facebook ({P2S}) staan foto's met die auto.
"""),
("", """
Hoi {P1f},

Ik heb je bezwaar nagelezen. Twee punten:
- Zet de datum van het besluit erin ({DATEL}).
- Noem de naam van de consulent niet in de eerste zin, maar verderop ({P2i}).
Maar verder is het helder. Stuur het uiterlijk vrijdag op, dan zit je binnen de zes weken.

Groet,
{P3f}
"""),
("lc", """
weet iemand hoe dat zit met die huurtoeslag? ik moet {AMT} terug betalen aan de belastingdienst. {P2f} (mijn maatje van {WELZ}) zegt dat de gemeente kan helpen. ik heb al schulden. ik durf de post niet meer open te maken. kan ik bij u langs komen op het spreekuur?
{P1}, {MOB} {EMO}
"""),
("", """
Verslag telefonisch overleg {DATEN}
Met: {P2}, jeugdconsulent, en {P3}, gedragswetenschapper {JEUGD}.
Over: {P1f} ({AGEK}), woonachtig bij moeder, {P4x}.
De consulent bevestigt dat de indicatie voor 5 jaar is afgegeven maar dat het budget per {DATED} op is. De gedragswetenschapper adviseert met klem om door te gaan. Afspraak: consulent overlegt intern, terugkoppeling uiterlijk {DATED2}.
"""),
("lc?", """
#P1=/sy
Meneer, mevrouw,
ik schrijf namens mijn oom {P2}, hij spreekt geen Nederlands. Sinds {DATED} woont hij in een kamer van {GGZ} aan de {STREET}. De kamer is vies en er is schimmel. Hij betaalt {AMT} per maand. De begeleider {P3f} zegt dat hij blij moet zijn. Shukran. {P1}, {MOB}
"""),
("", """
Klachtformulier
Naam klager: {P1}
Telefoon: {PHONE}
E-mail: {P1e}
Klacht over: {THUIS}
Datum voorval: {DATEN}
Omschrijving: de hulp heeft sieraden van mijn moeder ({AGEO}) meegenomen, dat denken wij. Wij hebben aangifte gedaan bij de politie. {THUIS} zegt dat het onmogelijk is.
Gewenste oplossing: onderzoek en een nieuwe hulp.
"""),
("", """
-------- Doorgestuurd bericht --------
Onderwerp: Uitnodiging hoorzitting
Datum: {DATEL}
Van: Commissie bezwaarschriften
Aan: {P1e}

Geachte {P1g} {P1s},
De hoorzitting over uw bezwaar (registratienummer {KENM}) vindt plaats op {DATEL2} om {TIME} in het stadhuis. U mag iemand meenemen.

-----
Hoi, kunt u hierbij zijn? Gr. {P1f}
"""),
("", """
Aantekening telefonisch contact
{DATEN}, beller {P1x}, {P1z} nummer: {MOB}.
Vraagt of {P1h} een klacht mag indienen over {P2}, de schuldhulpverlener van {WELZ}. Die heeft volgens {P1s} de betalingsregeling niet doorgezet, waardoor een deurwaarder beslag legde. Toen heeft {P1h} zelf gebeld met het CJIB. Groot probleem: de deurwaarder rekent {AMT} kosten.
Vervolg: klachtenregeling van {WELZ} opzoeken.
"""),
("lc", """
jullie zijn toch onafhankelijk? ik wil niet dat de gemeente weet dat ik klaag. mijn zoon {P2f} krijgt nog hulp van ze en ik ben bang dat het stopt. ik woon {ADDR}, {PC}. bel alleen na {TIME} aub want dan is hij naar school. {MOB}. of mail naar {P1e}. {P1f}
"""),
("", """
Verslag keukentafelgesprek (door inwoner zelf opgeschreven)
Op {DATED} kwam mw. {P2} van de gemeente bij ons. Mijn man {P3f} ({AGEO}) heeft Parkinson. Ze zei dat ik als echtgenote 'gebruikelijke zorg' moet geven. Ik ben zelf {AGEO2}! Ze keek niet eens in de badkamer.
{P1}, {ADDR}, {CITY}
"""),
("", """
Geachte {P1g} {P1s},

Uw bewindvoerder heeft ons gevraagd uw vaste lasten opnieuw te berekenen. Wij betalen vanaf {DATEL} maandelijks {AMT} aan huur en {AMT2} aan energie. Het betalingskenmerk voor de woningcorporatie is {BETK}.
Voor vragen kunt u bellen met uw contactpersoon, {P2}, op {TEL}.

Met vriendelijke groet,
{BEW}
"""),
("lc?", """
Hey, is dit de vertrouwenspersoon?? Ik ben {P1f}, {AGE}. Ik zit in een traject van werkfit via {GGZ} maar de coach {P2f} zegt steeds dat ik lui ben. Ik heb angststoornis en dat weet ze. Toen ik zei dat ik ging klagen werd ze boos. Mijn profiel: {P1u} als je wilt reageren, of bel {MOB}
"""),
("", """
Signaalnotitie
Onderwerp: lange wachttijden schuldhulpverlening

Van de 14 inwoners die zich in het kwartaal meldden, wachtten er 9 langer dan 8 weken op een eerste gesprek. Eén gezin met vier kinderen (moeder {AGE} jaar) kreeg in die tijd een afsluiting van gas en licht aangekondigd. Jan en alleman kent de wachtlijst, het loket blijft hetzelfde antwoord geven. Wij adviseren een crisisroute binnen 3 werkdagen.
"""),
("", """
Notitie
Inwoner {P1} (geb. {DOB}) is op {DATED} verhuisd naar de {ADDR} in {CITY}. De huurachterstand bij de oude woning loopt via {BEW}, contact: {P2i}, {BEWMAIL}. BSN staat op de machtiging: {BSN}.
Oude adres niet meer gebruiken.
"""),
("lc", """
{P2f} is vandaag weer niet gekomen. 3e keer. ik heb geen eten in huis want zij doet boodschappen voor me. ik ben {AGEO} en loop slecht. hoe kan ik klagen over {THUIS}? bij de gemeente zeggen ze dat ik zelf een andere aanbieder moet zoeken maar dat kan ik niet. mijn dochter woont in {CITY}, te ver weg.
{P1}
"""),
("", """
Beste vertrouwenspersoon,

Hierbij de gegevens die u vroeg:
Naam: {P1F}
BSN: {BSN}
IBAN: {IBAN}
Adres: {ADDR}, {PC} {CITY}
Contactpersoon bij de gemeente: {P2i}
Het besluit is van {DATEN}. Ik heb het in de bijlage gedaan.

Groet {P1f}
"""),
("", """
Verslag gesprek
Datum: {DATEN}
Aanwezigen: {P1} en {P1z} partner {P2}; {P3i}, wijkverpleegkundige van {THUIS}.
{P2f} is {AGEO} en heeft dementie. De partner is overbelast. Respijtzorg is aangevraagd maar de gemeente zegt dat er geen plek is. Zwart op wit is niets toegezegd. Klein huis, geen ruimte voor een hoog-laagbed. Vertrouwenspersoon belt Team Wmo.
"""),
("lc?", """
#P2=f
Goedendag, Mijn naam is {P1} ik ben gescheiden en heb twee kinderen ({AGEK} en {AGEK2}). De jeugdbescherming en Veilig Thuis zijn betrokken, maar dat is niet mijn klacht. Mijn klacht is dat de gemeente het leerlingenvervoer voor {P2f} stopt. Zij moet nu 14 km fietsen. Hoe kan dat? {P1e}
"""),
("", """
Telefoonnotitie
Datum: {DATEN} om {TIME}
{P1T} {P1s} ({P1i}), {AGEO} jaar, belt over de parkeerkaart voor gehandicapten. Kenteken: {PLATE}. Aanvraag ingediend {DATED}, nu meer dan 12 weken geen reactie. Het CBR-formulier is wel binnen.
Terugbellen op {TEL}.
"""),
("", """
Van: {P1}
Aan: klachten@ van de gemeente
Onderwerp: Klacht over consulent {P2s}

Ik wil een klacht indienen over de heer {P2s}. Ook zijn collega {P3} was onbeschoft. Mijn vrouw en ik zijn op {DATED} om {TIME} naar het gemeentehuis gegaan voor de aanvraag van de Wmo. Hij zei dat wij ‘eerst maar eens Nederlands moeten leren’. Wij wonen sinds {YEAR} in Nederland.

{P1}
{ADDR}
"""),
("lc", """
goedemorgen dit is {P1f} van de {STREET}. mijn rolstoel is al 5 weken kapot en {HULPM} zegt dat de gemeente moet betalen. de gemeente zegt {HULPM} moet het doen. intussen zit ik binnen. geb {DOB} als u het nodig hebt. tel {PHONE}
"""),
("", """
Rapportage aan inwoner
Kwestie: {DOSS}
Op uw verzoek heb ik contact gezocht met {ORG}. Maar {P2}, teamleider, was niet bereikbaar. Ik heb een e-mail gestuurd naar {ORGMAIL}. Als ik voor {DATED} niets hoor, neem ik contact op met de contractmanager van de gemeente.
Vriendelijke groet, {P3}
"""),
("lc?", """
Beste, mijn naam is {P1}, ik ben {AGEJ}. Ik ben zwanger en woon bij mijn moeder in {CITY}. De gemeente wil mij geen bijstand geven omdat ik bij haar woon (kostendelersnorm). Mijn moeder heeft zelf maar AOW. Ik heb een gesprek gehad met {P2x} op {DATED} maar die zei alleen 'zo is de wet'. Tel {MOB}.
"""),
("", """
Minutes mediation meeting {DATEN} (English summary for interpreter)
Present: {P1} (resident), {P2i} (team leader, Youth), interpreter {P3f}.
Mrs {P1s} states that the youth team did not inform her about the move of her son ({AGEK}) to a foster family. Team leader apologises for the lack of information. Agreed: weekly call every Tuesday, first call on {DATED}.
"""),
("", """
Brief van de zorgaanbieder

Betreft: beëindiging zorg {P1t} {P1}, geboren {DOB}, cliëntnummer {KLANT}

Geachte heer/mevrouw,
Per {DATEL} beëindigt {GGZ} de ambulante begeleiding, omdat de indicatie is verlopen en er geen nieuwe beschikking is ontvangen. Wij hebben de gemeente hierover op {DATED} geïnformeerd.
{P2}, zorgcoördinator
{TEL}
"""),
("lc", """
hi!! sorry voor laat antwoord. de brief met kenmerk {KENM} heb ik gevonden 👍 maar de datum is {DATEN} dus ben ik te laat??? mijn broer {P2f} kan me brengen naar afspraak. op de brief staat dat ik 6 weken heb maar ik was in het ziekenhuis. groetjes {P1f} ps nieuw nummer {MOB}
"""),
]
DEV_FRAMES += [
("uc", """
HALLO VERTROUWENSPERSOON. MIJN NAAM IS {P1}. IK HEB GEEN GELD MEER VOOR DE HUUR VAN DEZE MAAND. DE BIJSTAND IS GESTOPT OP {DATED} OMDAT IK NIET OP EEN AFSPRAAK KWAM MAAR IK HEB DE BRIEF NOOIT GEKREGEN. IK WOON {ADDR}, {CITY}. MIJN TELEFOON IS {MOB}. HELP AUB
"""),
("", """
Beste vertrouwenspersoon,

Vorig jaar kreeg mijn moeder {P2} een nieuwe rolstoel. Toen {HULPM} de rolstoel kwam afleveren, paste hij niet door de deur. Maar {HULPM} zegt dat de maat goed was volgens de aanvraag. Nu staat de rolstoel in de gang. Mijn moeder is {AGEO} en woont op de {ADDR} in {CITY}.
Wie moet dit oplossen? Ik ben {P1}, bereikbaar op {PHONE}.
"""),
("lc?", """
Goedemiddag,
Ik ben {P1} ({AGE}) en ik heb een uitkering van het UWV (WIA) en daarbovenop aanvullende bijstand. Sinds het UWV mijn uitkering verhoogde, vordert de gemeente {AMT} terug over {YEAR}. Het UWV had toch alles doorgegeven? Ik heb gebeld met de heer {P2s}, maar hij zei dat het systeem dat doet. Zaaknummer {ZAAK}. Mail: {P1e}
"""),
]


DEV_FRAMES += [
("", """
Hoi, hieronder het antwoord van de thuiszorg. Wat vindt u ervan?
{P1f}

Op {DATEL} schreef {P2} <{P2w}>:
> Beste {P1m} {P1s},
> Wij hebben uw klacht over de zorg voor uw moeder, {P3i}, besproken in het team. De wisselende hulpen zijn een gevolg van ziekteverzuim. Vanaf {DATED} komt er een vast team van drie medewerkers.
> Met vriendelijke groet,
> {P2}
> Teamleider wijkzorg {THUIS}
> T {TEL}
"""),
("", """
Overzicht contactpersonen gemeente (voor dossier {DOSS})
- {P2a} {P2i}, teamleider Wmo, direct {TEL}
- {P3A} {P3s}, Wmo-consulent, {P3w}
- {P4}, medewerker bezwaar en beroep
Let op: inwoner {P1s} wil niet dat {P3s} nog contact met {P1o} opneemt. Algemeen nummer gemeente: {GEMNR}.
"""),
("lc", """
#P1=f/tr P2=f/tr
abla {P2f} zei dat ik jou moet appen. tamam? mijn schoonmoeder {P3f} krijgt geen hulp meer van {THUIS}, ze is {AGEO}. ik woon in {WIJK}, zij ook. de gemeente zegt ze moet zelf een nieuwe aanvraag doen maar ze kan niet lezen. inşallah kan jij helpen 🙏 {P1f}
"""),
("", """
Geachte vertrouwenspersoon,

Per {DATEL} draagt {BEW} het bewind over {P1t} {P1} (geb. {DOB}) over aan {BEW2}. De kantonrechter heeft hiermee ingestemd. Het beheer van rekening {IBAN} gaat mee over. Lopende afspraken met de gemeente over de schuldregeling (kenmerk {KENM}) blijven staan.
Voor vragen: {P2}, {BEWMAIL}.

Met vriendelijke groet,
{P2i}
"""),
("", """
Aanmeldformulier mantelzorger
Naam mantelzorger: {P1}
Relatie: echtgenoot/echtgenote
Naam partner: {P2}
Geboortedatum partner: {DOB}
BSN partner: {BSN}
Adres: {ADDR}, {PC} {CITY}
Telefoon: {PHONE}
Hulpvraag: respijt. Ik zorg 7 dagen per week, de dagbesteding is gestopt. Ik ben zelf {AGEO}.
"""),
("lc?", """
#P1=m/so
Salaam, ik ben {P1}, vader van 4 kinderen. Mijn vrouw {P2f} is ziek (psychisch) en ik werk 's nachts. De kinderopvangtoeslag met sociaal-medische indicatie is afgewezen door de gemeente op {DATED}. Nu moet ik stoppen met werken? De brief zegt {KENM}. Bel mij aub op {MOB}, ik spreek ook Somali en Engels. Mahadsanid
"""),
]


DEV_FRAMES += [
("", """
{P1}
{ADDR}
{PC} {CITY}
Tel. {PHONE}

Aan: de klachtencoördinator van de gemeente
Datum: {DATEL}
Betreft: klacht over de behandeling van mijn aanvraag beschermd wonen

Geachte heer, mevrouw,

Mijn zoon {P2} (geboren {DOB}) heeft een psychotische stoornis. Op {DATEL2} hebben wij samen met zijn behandelaar van {GGZ}, {P3i}, een aanvraag gedaan voor beschermd wonen. Daarna hoorden wij elf weken niets. Toen ik belde, zei de medewerker dat het dossier 'kwijt' was. Op {DATED} kwam er toch een gesprek, maar de consulent, {P4x}, had de stukken niet gelezen.
Ik vraag u:
1. mijn klacht te onderzoeken;
2. binnen twee weken een besluit te nemen op de aanvraag (zaak {ZAAK});
3. mij schriftelijk te laten weten wie ons dossier behandelt.

Met vriendelijke groet,
{P1i}
"""),
("", """
Verslag bemiddelingsgesprek leerlingenvervoer
Datum: {DATEN}, {TIME}, gemeentehuis
Aanwezig: {P1} (moeder), {P2} (beleidsadviseur leerlingenvervoer), {P3i} (planner {TAXI}), vertrouwenspersoon.

1. Aanleiding. Haar zoon {P4f} ({AGEK}) wordt sinds de zomer 50 minuten voor schooltijd opgehaald en komt geregeld te laat. Moeder heeft 9 keer gebeld; haar klachten (laatste op {DATED}) zijn niet geregistreerd.
2. Reactie vervoerder. De planner erkent dat de route te lang is. Er rijden nu 8 kinderen mee.
3. Reactie gemeente. De beleidsadviseur wijst op de Verordening leerlingenvervoer: maximaal anderhalf uur reistijd. Dat wordt nu overschreden.
4. Afspraken. Nieuwe route vanaf {DATED2}; moeder krijgt het directe nummer van de planner ({TEL}); evaluatie over 6 weken.
"""),
]


TEST_FRAMES = [
("", """
Geachte vertrouwenspersoon,

Sinds mijn herseninfarct kan ik niet meer veilig douchen. Ik heb op {DATEL} een melding gedaan voor een aanpassing van de badkamer. De ergotherapeut van de gemeente, {P2i}, kwam pas na tien weken. Nu krijg ik een brief dat ik eerst moet verhuizen naar een gelijkvloerse woning. Ik woon al 31 jaar op de {ADDR} en mijn netwerk is hier. De douchestoel (artikelnummer {PROD}) helpt niet genoeg.
Ik ben {AGEO} jaar. Mijn dochter {P3} helpt mij met deze mail.

Hoogachtend,
{P1}
{PC} {CITY}
{TEL}
"""),
("lc", """
yo is dit die vertrouwens persoon 😅 ik ben {P1f}, {AGEJ}. ik heb studiefinanciering van duo maar de gemeente zegt dat ik dan geen recht heb op individuele studietoeslag?? mijn vriendin {P2f} kreeg het wel. ik heb een beperking, dat staat in mijn dossier bij het jongerenloket. app me pls {MOB} of dm via {P1S}
"""),
("", """
Telefoonnotitie — {DATEN}
Inwoner: {P1T} {P1s}, bereikbaar op {MOB}, overdag ook via {P1z} werk: {TEL}.
{P1H} is gedupeerde van de toeslagenaffaire. De Belastingdienst heeft de schulden kwijtgescholden, maar de gemeente blijft een oude vordering van {AMT} innen (betalingskenmerk {BETK}). Brede hulp loopt via dhr. {P2i}, casusregisseur. BSN voor de machtiging: {BSN}.
Advies: schriftelijk navragen of de vordering onder de kwijtschelding valt. Terugbellen {DATED}.
"""),
("", """
{P1}
{ADDR}
{PC}  {CITY}

Aan het college van burgemeester en wethouders
t.a.v. de bezwaarschriftencommissie

{CITY}, {DATEL}

Onderwerp: bezwaar tegen opgelegde tegenprestatie (uw kenmerk {KENM})
BSN: {BSN}

Ik ben het niet eens met het besluit van {DATEL2} waarin mij een tegenprestatie van 16 uur per week wordt opgelegd. Ik zorg dagelijks voor mijn zieke moeder, een vrouw van {AGEO}. Dat is niet meegewogen. Zie de verklaring van de huisarts.

Met vriendelijke groet,
{P1i}
"""),
("lc?", """
Beste meneer/mevrouw,
Ik wil klagen over het wijkteam. Zonder mijn toestemming heeft de ambulant hulpverlener {P2} informatie over mijn dochter {P3f} ({AGEK}) met haar school gedeeld. Ook de intern begeleider wist ineens alles over onze thuissituatie. Ik vind dat een schending van onze privacy.
Ik heb dit op {DATED} al gezegd tegen {P2z} leidinggevende, {P4x}, maar er is niets gebeurd.
{P1}, tel. {PHONE}
"""),
("", """
Van: {P2} <{P2w}>
Verzonden: {DATEN}
Aan: vertrouwenspersoon
Onderwerp: RE: leefgeld {P1t} {P1s}

Goedemiddag,

Het leefgeld van mijn cliënt wordt elke vrijdag overgemaakt naar {IBAN}. Dat de betaling van deze week mislukte, lag aan een storing bij de bank. Het bedrag is inmiddels bijgeschreven.

Met vriendelijke groet,
{P2}
Bewindvoerder | {BEW}
Bezoekadres {ADDR}, {CITY}
Direct: {TEL}
"""),
("", """
Signaal: tolken bij gesprekken

Bij 5 van de 22 kwesties in het derde kwartaal ging het om gesprekken zonder tolk. Het ging om inwoners die Arabisch, Tigrinya of Oekraïens spreken. In één geval vertaalde een zoon van {AGEK} jaar een gesprek over de schulden van zijn ouders. Zorgpad 2.0 voorziet in een tolk, maar medewerkers weten dit niet. Advies: tolkentelefoon standaard inzetten; informatie staat op www.rijksoverheid.nl.
"""),
("", """
Verslag bemiddeling pgb
Datum en tijd: {DATEN}, {TIME}
Aanwezig: {P1} (budgethouder), {P2i} (beleidsmedewerker Wmo), {P3} (zorgverlener), vertrouwenspersoon.
Kern: het budget voor begeleiding is per {DATED} verlaagd zonder nieuw onderzoek (pgb-nummer {KLANT}). {P2T} {P2s} geeft aan dat het tarief voor informele zorg is gewijzigd. {P3f} kan daarvoor niet werken.
Afspraken:
- nieuw onderzoek binnen zes weken;
- tot die tijd blijft het oude budget staan.
"""),
("", """
Webformulier (ingevuld door inwoner)
Voornaam: {P1f}
Achternaam: {P1U}
Mag de vertrouwenspersoon u bellen? ja, op {MOB}
E-mailadres: {P1e}
BSN (niet verplicht): {BSN}
Waar gaat het over? Schuldhulp
Wat is er gebeurd? Mijn aanvraag is afgewezen omdat ik nog een lening heb bij mijn broer. Ik heb {AMT} schuld bij 9 schuldeisers. Januari is altijd het ergst. Ik ben {AGE} en werk 24 uur bij de thuiszorg.
Wat wilt u bereiken? Dat ik toch geholpen word.
"""),
("lc?", """
#P1=/pl
Dzień dobry. Ik heet {P1} en werk via uitzendbureau in de kassen. Ik woon in een huis van het uitzendbureau aan de {ADDR} met 8 mensen. Nu ik ziek ben moet ik weg uit het huis binnen 1 week. De gemeente zegt: u staat niet ingeschreven, wij kunnen niet helpen. Ik ben hier sinds {YEAR}. Mijn collega {P2f} schrijft deze tekst. Numer telefonu: {MOB}
"""),
("", """
#P1=f/ua
Добрий день!
Mijn naam is {P1}, ik kom uit {HOME} en woon met mijn dochter ({AGEK}) in de opvang in {CITY}. Het leefgeld is sinds {DATED} niet betaald. De medewerker van het COA-gebouw zegt dat de gemeente het moet doen, de gemeente zegt bel {GEMNR}. Daar krijg ik niemand. Kunt u mij helpen? Дякую.
{P1e} / {MOB}
"""),
("lc", """
ik bel al weken naar school maar niemand helpt. mijn zoon {P2f} zit thuis sinds de herfstvakantie want de school zegt zij kan hem niet aan. leerplicht stuurt brief naar mij!! ik ben alleen met 3 kinderen. dank u wel. masha danki. {P1f} {EMO}
mijn adres {ADDR}, {CITY}
"""),
("", """
#P1=/sy
Gespreksnotitie {DATEN}
Op kantoor: {P1} ({AGE}), geboren {DOBA}, statushouder sinds {YEAR}, met {P1z} broer {P2f}.
Vraag: inrichtingskrediet is toegekend als lening van {AMT}, maar de woning aan de {STREET} was bij oplevering kaal (geen vloer, geen gordijnen). Het bedrag is te laag. Consulent {P3i} wil niet verhogen.
{P1T} {P1s} zegt: "الحمد لله we hebben een huis, maar de kinderen slapen op de grond."
Actie: bezwaar voorbereiden, termijn tot {DATED}.
"""),
("lc?", """
#P1=/tr
Sayın yetkili,
Mijn vader {P2} is {AGEO} jaar. Hij heeft een onvolledige AOW omdat hij pas in {YEAR} naar Nederland kwam. Hij vroeg bijzondere bijstand voor een nieuwe bril en gehoorapparaat, de gemeente wees dit af op {DATED}. Hij begrijpt de brief niet. Allah razı olsun als u kunt helpen.
{P1}
{P1e}
"""),
("lc", """
BESCHERMD WONEN WACHTLIJST 14 MAANDEN!!! mijn broer {P2f} slaapt bij mij op de bank. hij is psychotisch geweest en {GGZ} zegt geen plek. de gemeente zegt bel {GGZ}. wie is verantwoordelijk?? ik ben {P1} en ik kan niet meer. {MOB}
"""),
("", """
SMS {DATEN} {TIME}
Van: {MOB}
Hoi, met {P1f}, moeder van {P2f}. Logeeropvang bij {JEUGD} gaat niet door dit weekend, geen personeel. Derde keer. Ik moet werken zaterdag. Weet u of de gemeente iets anders heeft? Mail mag ook: {P1e}. Groet {P1}
"""),
("", """
#P3=/tr
Notitie over betrokkenen
Wijkcoach: {P2} (wijkcoach van team Zuid), heeft het huisbezoek gedaan.
Teamleider: {P3i}, teamleider sociaal team.
Aanbieder: {ORG}, contactpersoon {P4}.
{P1T} {P1s} wil niet dat de wijkcoach nog langskomt. Ook de teamleider is op de hoogte van de klacht. Ik bespreek met inwoner op {DATED} welke stappen {P1h} wil zetten.
"""),
("", """
Van: {P1e}
Aan: vertrouwenspersoon
Onderwerp: Fwd: Fw: zorgen om {P2f}

Zie onderstaand, wat moet ik hiermee?

> Van: {P3w}
> Onderwerp: zorgen om {P2f}
> Beste {P1m} {P1s}, wij maken ons zorgen over het verzuim van {P2f}. Wij hebben een melding gedaan bij Veilig Thuis en bij het jeugdteam. Vriendelijke groet, {P3}, mentor groep 8
"""),
("", """
Aan: {P1t} {P1}
{ADDR}
{PC} {CITY}

Betreft: eigen bijdrage, cliëntnummer {KLANT}, geboortedatum {DOB}

Geachte {P1g} {P1s},
Bij controle bleek dat wij over de maanden juni en juli ten onrechte zorg hebben gefactureerd. Ook het CAK heeft daardoor een te hoge eigen bijdrage berekend. Wij corrigeren dit. U hoeft niets te doen.
Met vriendelijke groet,
{P2}, administratie {THUIS}
"""),
("lc?", """
Goedemiddag,
Het keukentafelgesprek voor mijn vrouw {P2} werd via beeldbellen gedaan. Zij hoort slecht en heeft alzheimer. De consulent {P3x} kon dus helemaal niet zien hoe het thuis gaat. Nu is de aanvraag voor dagbesteding afgewezen. Ik ben {AGEO} en ook niet meer de jongste. Hoe krijgen wij een echt gesprek?
Met groet, {P1}, {ADDR}
"""),
("", """
#P1=m/er
Huisbezoek {DATEN} met tolk (Tigrinya)
Inwoner: {P1}, geb. {DOB} in {HOME}.
Gezin: echtgenote {P2f} en drie kinderen (jongste {AGEK}).
De woning aan de {STREET} heeft ernstig vocht en schimmel. De woningcorporatie verwijst naar de gemeente, de gemeente naar de corporatie. De oudste heeft astma. De kinderen slapen in de woonkamer. Bij brand of gevaar: 112.
Afgesproken: foto's maken, klacht bij corporatie met kopie aan de gemeente.
"""),
("", """
Signaalnotitie aan het college
Onderwerp: aanvragen alleen digitaal

Inwoners zonder DigiD of computer kunnen de aanvraag voor de energietoeslag alleen online doen. Vooral ouderen (melders tussen 70 en 92 jaar) haakten af. Eén melder ({AGEO}) kreeg hulp van {WELZ}, maar daar is de wachttijd 3 weken. Wij vragen een papieren formulier en een inloop in elke wijk. De DigiD-hulplijn (088-1363636) is een landelijk nummer. Reactie graag binnen 6 weken.
"""),
("", """
Verslag driegesprek {DATEN}
Deelnemers: {P1} (inwoner), {P2} (klantmanager), vertrouwenspersoon.
Onderwerp: maatregel van 100% voor 1 maand.
Kenmerk maatregel: {KENM}.
{P2T} {P2s} licht toe dat {P1t} {P1s} drie keer niet op een afspraak kwam. {P1T} {P1s} laat zien dat de uitnodigingen naar {P1z} oude adres zijn gestuurd, {ADDR}. Klantmanager neemt de maatregel mee terug naar het team. Besluit uiterlijk {DATED}.
"""),
("lc?", """
#P1=m/er
Goedendag ik heet {P1}. Ik ben uit {HOME}. Mijn vrouw en kinderen komen met gezinshereniging naar hier in {DATED}. Maar mijn huis is een kamer. De gemeente zegt: geen grotere woning nu. Ik heb gevraagd bij {WELZ}, de man {P2f} zegt wacht. Ik ben bang zij moeten naar opvang. Sorry mijn Nederlands. {MOB}
"""),
("", """
Aantekening {DATEN}
{P1T} {P1} (geb. {DOB}) belde huilend. {P1Z} dochter ({AGEK}) is uit huis geplaatst en {P1h} mag haar 1 keer per 2 weken zien. {P1H} wil klagen over het jeugdteam, vooral over {P2x}, die volgens haar het verslag eenzijdig schreef. Toelichting gegeven: klacht jeugdteam loopt via gemeente, de plaatsing via de rechter. Dossier jeugdteam: {DOSS}.
Terugbelnummer {MOB}.
"""),
("", """
Geachte mevrouw, geachte heer,

Namens {WELZ} begeleid ik {P1t} {P1} bij de schuldhulpverlening. Tijdens de stabilisatiefase kwam een aanmaning van het CJIB binnen (betalingskenmerk {BETK}). De gemeente heeft geen betalingsregeling aangevraagd. Hierdoor is de boete verhoogd tot {AMT}.
Graag uw hulp bij het gesprek met de gemeente.

{P2}
Vrijwillig schuldhulpmaatje, {WELZMAIL}
"""),
("", """
Intake {DATEN}
Naam: {P1}
Beroep: zelfstandig taxichauffeur, eenmanszaak, KvK {KVK}
Auto: {PLATE}
Leeftijd: {AGE}
Vraag: Bbz-aanvraag afgewezen omdat het bedrijf niet levensvatbaar zou zijn. Het rapport van de adviseur klopt niet: omzet is verkeerd overgenomen (jaar {YEAR}). Inwoner wil een second opinion.
Telefoon {MOB}, woont {ADDR}, {CITY}.
"""),
("lc?", """
Hoi, ik ben {P1f}. Mijn Wmo-auto aanpassing (rolstoellift) is vorig jaar goedgekeurd maar het bedrijf zegt de gemeente heeft nooit betaald. Nu staat mijn bus met kenteken {PLATE} al 7 weken bij de garage. Ik kan niet naar mijn werk. Mijn contactpersoon bij de gemeente is {P2}. Kunt u mailen naar {P1e}?
"""),
("", """
From: {P2w}
To: {P1e}
Subject: Uw vraag over de bijstand

Beste {P1m} {P1s},
Uw vraag is doorgestuurd naar uw klantmanager. Zij neemt binnen 5 werkdagen contact met u op. Voor algemene vragen belt u {GEMNR} (maandag t/m vrijdag 09:00-17:00).
Met vriendelijke groet,
{P2}
Klantcontactcentrum
Direct: {TEL}

---
Hoi vertrouwenspersoon, het is nu 3 weken. {P1f}
"""),
("", """
Aanvulling gronden bezwaar (door vertrouwenspersoon opgesteld met inwoner)
Inwoner: {P1}, BSN {BSN}
Besluit: {DATEL}, kenmerk {KENM}
1. Het onderzoeksverslag is niet aan inwoner gestuurd (art. 2:4 Awb, zorgvuldigheid).
2. De Centrale Raad van Beroep oordeelde in vergelijkbare zaak ({ECLI}) dat eerst de eigen kracht onderzocht moet worden.
3. Inwoner ({AGE}) kan door de beperking niet zelf koken.
"""),
("", """
Tijdregistratie kwestie {DOSS}
{DATEN}: telefonisch contact met {P1x}, 20 min.
{DATEN2}: brief opgesteld, 45 min.
{DATEN3}: gesprek met {P2x} van {ORG}, 1 uur.
Inwoner ({AGEO} jr) heeft al 3 jaar een indicatie, maar sinds de aanbesteding is de zorg versnipperd. Maar het aantal uren is niet veranderd. Maandag bellen met de inkoper.
"""),
("", """
#P1=m
Telefonische melding {DATEN}
Beller: {P2}, doktersassistente van de huisartsenpraktijk aan de [[Stationsweg|Kerkplein|Marktstraat]].
Zij belt met toestemming van patiënt {P1} ({AGEO}), {P1r}. Hij woont alleen in {WIJK} en de thuiszorg komt al 2 weken niet. Huisarts heeft de gemeente gebeld, geen reactie. Patiënt is slecht ter been en vergeetachtig.
Kenmerk melding: {KENM}.
Actie: vandaag contact met {THUIS} en Team Wmo; terugkoppeling aan de praktijk op {TEL}.
"""),
("", """
Beste vertrouwenspersoon,

Wij verwijzen {P1t} {P1} naar u door. {P1H} heeft bij onze voedselbank gevraagd om hulp, maar de verwijsbrief van de gemeente is verlopen en een nieuwe aanvraag duurt 6 weken. {P1T} heeft 2 kinderen (waarvan 1 van {AGEK}).
Wij hopen dat u kunt bemiddelen.

Met vriendelijke groet,
{P2}, coördinator
{WELZ}
{WELZMAIL}
"""),
("lc", """
hee! sorry dat ik stoor 🎄 de kledingbank zegt dat ik een nieuwe verwijzing nodig heb. en voor sinterklaas heb ik niks voor de kids. {P2f} van het wijkteam zou bellen maar deed het niet. kan jij dat vragen? ik woon nog steeds op de {STREET}. groetjes {P1f}
"""),
("", """
Klacht over ontslag uit behandeling

Op {DATEL} kreeg mijn zoon {P2} ({AGE}) te horen dat zijn behandeling bij {GGZ} stopt, omdat hij "onvoldoende gemotiveerd" zou zijn. Hij heeft een depressie. Zijn vorige behandelaar werkte in {CITY}. Er is geen overdracht naar de huisarts gedaan. De regiebehandelaar, {P3i}, wilde mij niet te woord staan.
Ik wil dat de behandeling doorgaat tot er een goede overdracht is.
{P1}, {TEL}
"""),
("lc?", """
Hallo, ik ben {P1f} en ik ben {AGET}. Ik zorg voor mijn moeder want zij heeft MS. Op school zeggen ze dat ik jonge mantelzorger ben en dat er hulp is maar de gemeente zegt mijn moeder heeft genoeg uren. Ik heb geen tijd voor huiswerk. Mijn mentor, mevr. {P2s}, zei dat ik jullie kon mailen. Mijn mail: {P1e}
"""),
("", """
Notitie
Kwestie {DOSS}. Ouders gescheiden in {YEAR}. Moeder, {P1}, woont {ADDR}, {PC} {CITY}. Vader, {P2}, woont in {CITY2}.
Kind: {P3f}, geb. {DOBK}.
Jeugdhulp is aangevraagd door moeder, maar vader geeft geen toestemming. De gemeente wacht daarom. Moeder vraagt of dat mag. Informatie gegeven over gezag en toestemming.
"""),
("", """
Verslag voortgang re-integratie
{P1} (klantnummer {KLANT}) heeft een proefplaatsing bij Albert Heijn gehad van 2 maanden. De jobcoach, {P2i}, was tevreden; de filiaalmanager ook. De bakker en de kok van het filiaal wilden hem houden. Toch is het contract niet verlengd. {P1T} {P1s} vraagt of de gemeente een loonkostensubsidie kan aanbieden. Klantmanager {P3x} staat ervoor open.
Afspraak: {DATED} gesprek op het werkplein.
"""),
("", """
Mentorschap {P1}
{BEW}

Geachte vertrouwenspersoon,
Als mentor van {P1t} {P1s} (geb. {DOB}, BSN {BSN}, verblijft in {GGZ}) maak ik mij zorgen over de vermindering van de dagbesteding. Het zorgplan is niet met mij besproken. Ik ben de wettelijk vertegenwoordiger.
Met vriendelijke groet,
{P2}
{BEWMAIL} | {TEL}
"""),
("", """
Signaal kwartaal 2 (concept)
Drie inwoners meldden dat de Wmo-brieven nog steeds 'u ontvangt binnen 8 weken bericht' vermelden terwijl de gemiddelde doorlooptijd 15 weken is. Twee van hen waren ouder dan 80 jaar. Eén inwoner uit {WIJK} kreeg in die tijd geen hulp. Artikel 2.3.2 Wmo 2015 geeft de termijnen. Oktober en november waren het drukst. Wij vragen de gemeente de brieven aan te passen en de achterstand te melden.
"""),
("lc?", """
#P2=m
Beste,
Mijn ex {P2} heeft mij opgegeven als woonachtig op zijn adres, {ADDR}. Daarom stopt de gemeente mijn bijstand. Ik woon daar al sinds {DATED} niet meer! Ik sta ingeschreven op de {ADDR2} in {CITY}. Hoe bewijs ik dat? Mijn klantnummer is {KLANT}. {P1}
{MOB}
"""),
("", """
Aantekening spreekuur {DATEN}
{P1T} {P1i} kwam langs met {P1z} buurman, {P2}. Brieven van de gemeente komen op het oude adres. Nieuw adres: {ADDR}, {PC}. Post wordt niet doorgestuurd. Hierdoor heeft {P1h} de hersteltermijn gemist (brief van {DATEL}, zaak {ZAAK}).
Geboortedatum: {DOB}. Telefoon: {PHONE}.
Actie: brief aan gemeente over verzending, termijn Awb toelichten.
"""),
("", """
Contact met wijkteam, {DATEN}
Gesproken met {P2}, wijkcoach.
Zij meldt dat het wijkteam Veilig Thuis heeft ingeschakeld over het gezin {P1s}. {P1T} {P1s} weet dat nog niet. Ik heb gezegd dat de vertrouwenspersoon geen rol heeft in de melding zelf, maar wel in de klacht over de communicatie.
Vervolg: gesprek met inwoner op [[dinsdag|maandag|donderdag]] {DATED} om {TIME}.
"""),
("", """
Dear Sir or Madam,

I am writing on behalf of my father, {P2}, who lives at {ADDR} in {CITY}. I live in {HOME} and cannot visit often. Since {DATEL} the home care from {THUIS} comes irregularly and he has lost weight. He is {AGEO} years old. Could you please contact him? His phone: {TEL}. My e-mail: {P1e}.

Kind regards,
{P1}
"""),
("", """
Verslag overleg school - jeugdteam - ouder
Datum: {DATEN}
Aanwezig: {P1} (moeder), {P2} (leerplichtambtenaar), {P3i} (jeugdconsulent), {P4} (zorgcoördinator school), vertrouwenspersoon.
{P5f} ({AGEK}) zit 3 maanden thuis. Er is geen passende plek. Toen de leerplichtambtenaar een proces-verbaal noemde, werd moeder emotioneel.
Afspraken: jeugdconsulent zoekt plek bij {JEUGD}; leerplicht schort op.
"""),
("lc", """
ja hallo met {P1f} eh ik bel over mijn vader {P2} die woont in {WIJK} eh de hulp komt niet meer en hij is {AGEO} eh ik heb gebeld met {THUIS} en toen zeiden ze bel de gemeente en de gemeente zegt bel {THUIS} eh kunt u terugbellen op {MOB} dank u
"""),
("", """
Intakeformulier
[x] Wmo   [ ] Jeugd   [ ] Participatiewet   [ ] Schulden
Naam: {P1F}
Leeftijd: {AGEO}
BSN: {BSN}
Adres: {ADDR}, {PC} {CITY}
Telefoon: {TEL}
Beschrijving: Scootmobiel is teruggehaald door {HULPM} omdat ik het niet zou gebruiken. Ik gebruik het elke dag om naar de winkel te gaan!
Gewenst: scootmobiel terug. Serienummer scootmobiel: {PROD}.
"""),
("", """
Geachte {P1g} {P1s},

Hierbij ontvangt u het overzicht van uw beheerrekening. Uw inkomsten worden gestort op {IBAN}. Vanaf deze rekening betalen wij uw vaste lasten. Uw leefgeld ontvangt u op uw eigen rekening {IBAN2}. De kosten van bewind ({AMT} per maand) worden vergoed door de bijzondere bijstand. Dossiernummer bewind: {DOSS}.
Met vriendelijke groet,
{P2}
{BEW}
"""),
("lc?", """
Goedemorgen, wij zijn {P1} en {P2}. Wij hebben een zoon van {AGEK} met een ernstige beperking. Sinds de gemeente een nieuwe aanbieder heeft gekozen, {JEUGD}, komt er steeds iemand anders. Onze zoon raakt daarvan in paniek. Eerder hadden we een vaste begeleider, {P3f}. Kunnen wij kiezen voor pgb? Bereikbaar: {P1e}
"""),
("", """
#P2=f/tr
Notitie na gesprek met juridisch medewerker gemeente
Naam medewerker: {P2i}, jurist Sociaal Domein.
Zij bevestigt dat het bezwaar van {P1} (zaak {ZAAK}) te laat is ontvangen. De brief was gedateerd {DATEL}, het bezwaar kwam binnen op [[vrijdag |]]{DATEN}. Inwoner lag in die periode in het ziekenhuis; verschoonbaarheid is besproken (art. 6:11 Awb). Gemeente neemt het bezwaar toch in behandeling.
"""),
("lc", """
dit is al de 4de mail!!!! NIEMAND reageert. mijn pgb is gestopt en mijn zorgverlener {P2f} werkt nu al 2 maanden gratis. {P2z} iban is {IBAN} als de gemeente wil betalen. ik ben {P1} en woon {ADDR} {PC}. schaam je 😡😡
"""),
("", """
Aan de vertrouwenspersoon

Ik ben {P1}, {AGE} jaar, en ik werk als zelfstandig kapper ({BIZURL} is offline). Door een burn-out kan ik niet werken. Ik vroeg bijstand aan, maar de gemeente wil dat ik eerst mijn bedrijf uitschrijf bij de KvK (nummer {KVK}). Mijn coach van {WELZ} zegt dat dit niet hoeft voor Bbz (Besluit bijstandverlening zelfstandigen 2004). Wie heeft gelijk?
{MOB}
"""),
]
TEST_FRAMES += [
("uc", """
GOEDEMIDDAG IK BEN {P1} UIT {CITY}. IK HEB GEEN BRIL MEER EN TYP ZO. DE GEMEENTE HEEFT MIJN AANVRAAG VOOR EEN TRAPLIFT AFGEWEZEN OP {DATED}. IK WOON OP DE 2E VERDIEPING, {ADDR}. MIJN SCHOONDOCHTER {P2f} HELPT MIJ. BEL {TEL} NA 10 UUR. BEDANKT
"""),
("", """
Geachte vertrouwenspersoon,

Ik heb een klacht over de zorg voor mijn broer {P2}. Ook {GGZ} heeft hem laten vallen: de begeleiding stopte zonder overleg. Maar {GGZ2} zou het overnemen, en daar staat hij nu al 4 maanden op de wachtlijst. In de tussentijd heeft hij zijn huur niet betaald en dreigt ontruiming.
Ik ben {P1}, tel. {PHONE}. Mijn broer woont op de {STREET} in {CITY}.
"""),
("", """
Verslag klachtgesprek bij {THUIS}
Datum: {DATEN}
Aanwezig: {P1} (klager), {P2i} (manager zorg), {P3} (klachtenfunctionaris), vertrouwenspersoon.
De manager erkent dat de wijkverpleging in augustus vaak later kwam dan afgesproken (tot 2 uur). Oorzaak: ziekte en vakanties. {P1T} {P1s} vraagt om vaste tijden. Afgesproken: vaste tijd tussen 08:00-09:30, evaluatie op {DATED}.
"""),
("lc?", """
Hallo allemaal, de gemeente vergoedt mijn nieuwe gebit niet (bijzondere bijstand afgewezen, tandarts is 'algemeen gebruikelijk' volgens de brief). Daarom ben ik een actie begonnen: {P1u}. Ik ben {AGE} en heb al 2 jaar pijn. Deel aub! Of help mij met het bezwaar, mail {P1e}. Liefs {P1}
"""),
("", """
Beste collega van het vertrouwenswerk,

Ik ben cliëntondersteuner bij {WELZ} en verwijs {P1t} {P1} naar jullie. {P1H} heeft een klacht over de manier waarop de Wmo-consulent, {P2x}, het gesprek op {DATED} voerde. Ik heb {P1z} toestemming om dit door te geven. {P1T} is het beste bereikbaar op {MOB}, na 11 uur.

Hartelijke groet,
{P3}
{WELZMAIL}
"""),
("", """
#P1=f
Telefoonnotitie {DATEN}
{P1T} {P1s} ({AGEO}), vaste telefoon {TEL}; zoon {P2} belt mee via {MOB}.
De huishoudelijke hulp van {THUIS} is per maand teruggebracht naar 'schoon en leefbaar huis' zonder nieuw gesprek. De zoon wil bezwaar maken namens moeder. Machtiging nodig.
Actie: machtigingsformulier per post sturen naar {ADDR}, {PC} {CITY}.
"""),
("lc?", """
Hallo, ik ben student (hbo, 2e jaar) en woon op kamers in {CITY}. Ik heb een heel laag inkomen, lager dan Jan Modaal ooit zal hebben haha. Toch wijst de gemeente mijn energietoeslag af omdat studenten zijn uitgesloten. Mijn huisgenoot {P2f} kreeg hem vorig jaar wel. Klopt dat?
{P1}, {AGEJ}, {MOB}
"""),
("", """
Doorgestuurde WhatsApp (screenshot overgetypt door inwoner)

{GGZ} planning: Goedemorgen, uw begeleider {P2f} is ziek. Wij zoeken vervanging.
{P1f}: Alweer? Dit is de 5e keer.
{GGZ} planning: Helaas. Wij bellen u {DATED}.
{P1f}: Ik heb morgen een afspraak bij de rechter over mijn schulden. Ik had hulp nodig.

Kunt u hiermee iets? Groet {P1}, {MOB}
"""),
("", """
#P1=f
Aantekening over huisbezoek handhaving {DATEN}
Inwoner {P1} vertelt dat twee handhavers ({P2i} en {P3x}) onaangekondigd binnenkwamen en in kasten keken. Zij vermoedden dat haar vriend, {P4}, bij haar woont, omdat zijn auto ({PLATE}) vaak voor de deur staat. Hij woont op {ADDR} in {CITY}. Ze lieten foto's zien van {P4S}. Ze voelde zich geïntimideerd. De bijstand is opgeschort.
Vervolg: klacht over bejegening en bezwaar tegen opschorting.
"""),
("", """
#P2=f/ua
Aan: gemeente, team Oekraïense ontheemden
Van: {P1}, gastgezin
{ADDR}, {CITY}

Bij ons wonen sinds {DATEL} {P2} en haar zoon ({AGEK}). Zij is geboren op {DOB}. Het leefgeld is in oktober gehalveerd zonder uitleg. Ook is de vergoeding voor ons als gastgezin gestopt. Haar IBAN: {IBAN}.
Wij vragen om uitleg. {P1e}
"""),
("", """
Kwestie {DOSS} – samenvatting
Inwoner ({AGEO}) woont in {WIJK}. Winter is voor haar zwaar: de verwarming is te duur. Zwart op wit heeft de gemeente een energiecoach toegezegd, die nooit kwam. De contactpersoon bij de gemeente, {P2x}, is vertrokken. Inwoner heet {P1r}; telefoon {TEL}.
Stand: brief aan afdeling Duurzaamheid gestuurd op {DATED}. Kenmerk brief: {KENM}.
"""),
("lc", """
{P2f} hier, schoonzoon van mevrouw {P1}. zij kan niet mailen en belt niet graag, haar gehoor is slecht. de gemeente wil dat zij naar een verzorgingshuis gaat maar ze wil thuis blijven. ze is {AGEO}. ze woont {ADDR} in {CITY}. zaaknummer op de brief: {ZAAK}. wie kan helpen. mvg
"""),
]


TEST_FRAMES += [
("", """
Van: {P2}
Verzonden: {DATEL} {TIME}
Aan: {P1e}
CC: vertrouwenspersoon
Onderwerp: RE: gesprek traplift

Beste {P1m} {P1s},
Ik heb uw mail doorgestuurd naar {P3a} {P3i}, teamleider Wmo. {P3H} neemt contact met u op.
Met vriendelijke groet,
{P2}
Klantadviseur Wmo | Team Zorg en Welzijn
T {TEL} (direct) | {P2w}

Van: {P1e}
Verzonden: {DATEL2}
Ik wacht al 3 maanden op antwoord. {P1}
"""),
("", """
Verslag bemiddeling eigen bijdrage
{DATEN}, bij {THUIS}
Aanwezig: {P1} (inwoner) met {P1z} zoon {P2}, {P3i} (financiële administratie), vertrouwenspersoon.
Probleem: facturen over 5 maanden dubbel ingediend bij het CAK. Inwoner betaalde {AMT} te veel.
Uitkomst: {THUIS} corrigeert de declaraties vóór {DATED}; het CAK stort terug op {IBAN}. Evaluatie telefonisch met de zoon ({MOB}).
"""),
("lc", """
#P1=f/cw P2=f
bon tardi mi ta {P1f} 🙏 mi yu muhé {P2f} tin {AGEK} aña en zij slaapt nog steeds op de bank. de bijzondere bijstand voor een bed is afgewezen want 'algemeen gebruikelijk'. ik heb geen geld, echt niet. wat kan ik doen? danki, {P1}, {MOB}
"""),
("lc?", """
#P1=/ma
Goedemorgen, ik ben {P1} ({AGEO}). Ik heb een Wmo-taxipas maar {TAXI} komt steeds te laat of helemaal niet. Vorige week moest ik naar het ziekenhuis in {CITY} en ik heb een uur gewacht. Mijn afspraak was om {TIME}. De chauffeur was ook nog boos. Mijn klantnummer bij {TAXI} is {KLANT}. Shukran, {P1f}
"""),
("", """
Signaal (concept, intern)
Onderwerp: verlengde jeugdhulp stopt abrupt op 18e verjaardag

Twee jongeren meldden zich dit kwartaal. Bij één van hen ({AGEY} jaar, woont in {WIJK}) stopte de begeleiding van {JEUGD} op de dag van de verjaardag, zonder overdracht naar de Wmo. Jongeren tussen 18 en 23 jaar hebben recht op verlengde jeugdhulp (art. 1.1 Jeugdwet). Wij vragen een warme overdracht, uiterlijk een half jaar vooraf.
"""),
("", """
Betreft: einde jeugdhulp {P1}, geboren {DOBY}
Uw kenmerk: {KENM}

Geachte {P2g} {P2s},
Uw {P1k} wordt binnenkort 18. De jeugdhulp van {JEUGD} stopt dan, tenzij verlengde jeugdhulp wordt aangevraagd. Wij adviseren om voor {DATEL} contact op te nemen met het jeugdteam.
Met vriendelijke groet,
{P3}, ambulant hulpverlener
{TEL}
"""),
]


TEST_FRAMES += [
("", """
Aanvullende gronden bezwaar

Aan de commissie bezwaarschriften
Uw kenmerk: {KENM}
Datum: {DATEL}

Namens {P1t} {P1} (BSN {BSN}), wonend {ADDR}, {PC} {CITY}, vul ik het bezwaar aan tegen het besluit van {DATEL2} waarin de huishoudelijke hulp is beëindigd.
1. De gemeente stelt dat de dochter, {P2}, de hulp kan overnemen. De dochter woont echter in {CITY2}, werkt vier dagen per week en zorgt voor twee kinderen.
2. Het onderzoeksverslag vermeldt een gesprek op {DATED}; bij dat gesprek was {P1t} {P1s} niet aanwezig, want {P1h} lag in het ziekenhuis.
3. De indicatie van {THUIS} is niet opgevraagd.
Ik verzoek u het besluit te herroepen.

{P3}, vertrouwenspersoon, op verzoek van inwoner
"""),
("", """
Van: {P1e}
Aan: vertrouwenspersoon
Onderwerp: FW: FW: terugvordering

Dit is alles wat ik heb. Het klopt niet!!

---------- Forwarded message ---------
Van: {P2w}
Datum: {DATEN}
Onderwerp: RE: terugvordering
Beste {P1m} {P1s}, het bedrag van {AMT} blijft staan. U kunt bezwaar maken binnen zes weken. Met vriendelijke groet, {P2i}, handhaving

---------- Forwarded message ---------
Van: {P1e}
Datum: {DATEN2}
Ik heb in die maanden geen inkomen gehad, alleen geld van mijn zus {P3f} geleend voor de huur. Dat heb ik terugbetaald via {IBAN}. Mijn klantnummer is {KLANT}.
{P1}
"""),
]


# ---------------------------------------------------------------------------------------------
# Rendering, checking, output
# ---------------------------------------------------------------------------------------------

ALT = re.compile(r"\[\[((?:(?!\[\[|\]\]).)*?)\]\]", re.S)
SLOT = re.compile(r"\{([A-Za-z0-9]+)\}")


def render(template, flags, doc):
    t = textwrap.dedent(template).strip("\n")
    forced = {}
    while t.startswith("#P"):
        line, _, t = t.partition("\n")
        for n, g, o in re.findall(r"P(\d)=([mf]?)(?:/([a-z]{2}))?", line):
            forced[n] = (g or None, o or None)
    while True:
        m = ALT.search(t)
        if not m:
            break
        t = t[:m.start()] + doc.rng.choice(m.group(1).split("|")) + t[m.end():]
    t = re.sub(r"[ \t]+(?=\n|$)", "", t)
    doc.hints = person_hints(t)
    doc.origins = {}
    for n, (g, o) in forced.items():
        old = doc.hints.get(n, [None, False])
        doc.hints[n] = [g or old[0], old[1]]
        doc.origins[n] = o
    segs = []
    pos = 0
    for m in SLOT.finditer(t):
        segs.append((t[pos:m.start()], None))
        segs.extend(doc.slot(m.group(1)))
        pos = m.end()
    segs.append((t[pos:], None))
    lower = flags == "lc" or (flags == "lc?" and doc.rng.random() < 0.5)
    text, spans = "", []
    for s, label in segs:
        if lower:
            s = s.replace("İ", "I").lower()
        elif flags == "uc":
            s = s.upper()
        if label:
            spans.append({"start": len(text), "end": len(text) + len(s), "label": label})
        text += s
    return text, spans, lower


def check(doc_id, text, spans):
    last = 0
    for sp in spans:
        assert sp["label"] in LABELS, (doc_id, sp)
        assert 0 <= sp["start"] < sp["end"] <= len(text), (doc_id, sp)
        assert sp["start"] >= last, ("overlap", doc_id, sp)
        v = text[sp["start"]:sp["end"]]
        assert v == v.strip() and v, (doc_id, sp, v)
        if sp["label"] == "BSN":
            assert bsn_valid(re.sub(r"\D", "", v)), (doc_id, v)
        if sp["label"] == "IBAN":
            assert iban_valid(v.replace(" ", "").upper()), (doc_id, v)
        if sp["label"] == "POSTCODE":
            assert postcode_valid(v), (doc_id, v)
        last = sp["end"]
    for a, b in zip(spans, spans[1:]):
        gap = text[a["end"]:b["start"]]
        assert not (a["label"] == b["label"] and gap.strip(" ") == ""), ("split span", doc_id, a, b)
    # no unlabelled valid BSN or IBAN left in the text
    covered = set()
    for sp in spans:
        covered.update(range(sp["start"], sp["end"]))
    for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
        if bsn_valid(m.group()):
            assert m.start() in covered, ("unlabelled BSN-like number", doc_id, m.group())


def build():
    master = random.Random(SEED)
    frames = []
    for half, fs in ((0, DEV_FRAMES), (1, TEST_FRAMES)):
        order = list(range(len(fs)))
        master.shuffle(order)
        frames.append([(half, i, fs[i]) for i in order])
    pools = [make_pools(0), make_pools(1)]
    reg = Registry()
    docs = []
    counter = [0, 0]
    for n in range(1, N_DOCS + 1):
        half = 0 if n % 2 == 1 else 1
        _, fidx, (flags, template) = frames[half][counter[half] % len(frames[half])]
        counter[half] += 1
        doc_id = "ind4-%04d" % n
        for attempt in range(50):
            doc = Doc(random.Random("%d/%s/%d" % (SEED, doc_id, attempt)), half, pools[half], reg)
            text, spans, lower = render(template, flags, doc)
            if 250 <= len(text.encode("utf-8")) <= 900:
                break
        else:
            raise RuntimeError("%s: frame %d never fits 250-900 bytes (%d)" % (doc_id, fidx, len(text.encode())))
        check(doc_id, text, spans)
        docs.append({"id": doc_id, "text": text, "spans": spans,
                     "_half": "dev" if half == 0 else "test", "_frame": "%s-%02d" % ("dev" if half == 0 else "test", fidx),
                     "_lower": lower or flags == "uc"})
    return docs


def stats(docs):
    out = sys.stderr
    halves = ("dev", "test")
    per = {h: {} for h in halves}
    ndocs = {h: 0 for h in halves}
    sizes = {h: [] for h in halves}
    frames = {h: set() for h in halves}
    lower = {h: 0 for h in halves}
    values = {h: set() for h in halves}
    for d in docs:
        h = d["_half"]
        ndocs[h] += 1
        sizes[h].append(len(d["text"].encode("utf-8")))
        frames[h].add(d["_frame"])
        lower[h] += d["_lower"]
        for sp in d["spans"]:
            per[h][sp["label"]] = per[h].get(sp["label"], 0) + 1
            values[h].add((sp["label"], d["text"][sp["start"]:sp["end"]].lower()))
    print("%-15s %6s %6s %6s" % ("label", "dev", "test", "all"), file=out)
    for lab in sorted(LABELS):
        a, b = per["dev"].get(lab, 0), per["test"].get(lab, 0)
        print("%-15s %6d %6d %6d" % (lab, a, b, a + b), file=out)
    ta, tb = sum(per["dev"].values()), sum(per["test"].values())
    print("%-15s %6d %6d %6d" % ("spans", ta, tb, ta + tb), file=out)
    for h in halves:
        s = sizes[h]
        print("%s: %d docs, %d frames, %d lower/upper-case docs, bytes min/mean/max %d/%d/%d, %d chars" % (
            h, ndocs[h], len(frames[h]), lower[h], min(s), sum(s) // len(s), max(s),
            sum(len(d["text"]) for d in docs if d["_half"] == h)), file=out)
    shared = {(l, v) for (l, v) in values["dev"] & values["test"]
              if l not in ("AGE", "DATE", "DATE_OF_BIRTH")}
    print("identifier values shared by both halves (ages and dates excluded): %d %s" % (
        len(shared), sorted(shared)[:20]), file=out)


def main():
    docs = build()
    w = sys.stdout
    for d in docs:
        w.write(json.dumps({"id": d["id"], "text": d["text"], "spans": d["spans"]}, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv[1:]:
        stats(docs)


if __name__ == "__main__":
    main()
