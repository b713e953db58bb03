#!/usr/bin/env python3
"""Independent evaluation set 3 for the Dutch de-identifier (issue 32, step 1).

Written by h32w from INTERFACE.md and DUTCH_IDENTIFIERS.md only.
Prints JSON Lines to stdout: {"id", "text", "spans"}; offsets in Unicode code points, end exclusive.
Standard library only, deterministic (fixed seed), no network.

    python3 eval/independent3/write.py > ind3.jsonl
    python3 eval/independent3/write.py --stats      # counts per label/half/kind on stderr

Split rule: odd id number = dev half, even id number = test half. Documents are generated in
pairs (2k-1, 2k) from the same frame, so both halves get the same mix of kinds.

How spans are recorded: frames build text with inline markers (\\x01LABEL\\x02value\\x03) around
every identifier as it is inserted; `assemble` strips the markers while appending the pieces and
records the span of each value, so no offset is ever counted by hand.
"""
import json
import random
import re
import sys
import unicodedata

SEED = 20261207
N_PAIRS = 200          # 400 documents
MIN_BYTES, MAX_BYTES = 300, 900

R = random.Random(SEED)
LABELS = {"PERSON", "ADDRESS", "POSTCODE", "CITY", "PHONE", "EMAIL", "URL", "BSN", "IBAN",
          "DATE_OF_BIRTH", "DATE", "AGE", "CASE_NUMBER", "LICENSE_PLATE", "ORG"}


def M(label, value):
    """Mark `value` as a gold span of `label`."""
    assert label in LABELS, label
    value = str(value)
    assert value == value.strip() and value, repr(value)
    return "\x01" + label + "\x02" + value + "\x03"


def ch(*xs):
    return R.choice(xs)


def pick(seq):
    return R.choice(seq)


# ----------------------------------------------------------------------------- identifiers

def bsn_digits():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last <= 9:
            n = "".join(map(str, d + [last]))
            if bsn_ok(n):
                return n


def bsn_ok(n):
    n = re.sub(r"[ .\u00a0]", "", n)
    if not re.fullmatch(r"\d{9}", n) or n == "000000000":
        return False
    d = list(map(int, n))
    return (sum(w * x for w, x in zip(range(9, 1, -1), d[:8])) - d[8]) % 11 == 0


def nine_not_bsn():
    while True:
        n = str(R.randint(100000000, 999999999))
        if not bsn_ok(n):
            return n


def bsn():
    n = bsn_digits()
    f = R.random()
    if f < 0.4:
        v = n
    elif f < 0.75:
        v = n[:4] + "." + n[4:6] + "." + n[6:]
    else:
        v = n[:3] + " " + n[3:6] + " " + n[6:]
    return M("BSN", v)


def iban_ok(v):
    s = v.replace(" ", "").replace("\u00a0", "").upper()
    if not re.fullmatch(r"NL\d{2}[A-Z]{4}\d{10}", s):
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_compact():
    bank = pick(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "INGB", "RABO"])
    while True:
        if bank == "INGB":
            acc = str(R.randint(10000, 9999999)).rjust(10, "0")
            break
        acc = str(R.randint(1000000000, 9999999999))
        if sum(w * int(c) for w, c in zip(range(10, 0, -1), acc)) % 11 == 0:
            break
    base = bank + acc + "NL00"
    num = int("".join(str(int(c, 36)) for c in base))
    cd = 98 - num % 97
    return "NL%02d%s%s" % (cd, bank, acc)


def iban(style=None):
    v = iban_compact()
    style = style or ch("compact", "grouped", "grouped", "lower")
    if style != "compact":
        v = " ".join(v[i:i + 4] for i in range(0, 18, 4))
    if style == "lower":
        v = v.lower()
    return M("IBAN", v)


def postcode(style=None):
    while True:
        a, b = R.choice("ABCDEGHJKLMNPRSTVWXZFY"), R.choice("ABCDEGHJKLMNPRSTVWXZ")
        if a + b not in ("SA", "SD", "SS"):
            break
    n = R.randint(1000, 9999)
    style = style or ch("sp", "sp", "sp", "nosp", "low")
    v = {"sp": "%d %s%s", "nosp": "%d%s%s", "low": "%d %s%s"}[style] % (n, a, b)
    if style == "low":
        v = v.lower()
    return M("POSTCODE", v)


AREA2 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040",
         "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075",
         "076", "077", "078", "079"]
AREA3 = ["0111", "0113", "0161", "0162", "0172", "0180", "0181", "0222", "0223", "0227", "0251",
         "0297", "0314", "0318", "0320", "0341", "0344", "0413", "0416", "0475", "0478", "0492",
         "0493", "0511", "0513", "0515", "0522", "0524", "0546", "0570", "0591", "0597", "0599"]


def digits(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def phone(kind=None, style=None):
    kind = kind or ch("mob", "mob", "mob", "geo2", "geo3", "nongeo")
    if kind == "mob":
        n = "6" + str(R.randint(1, 5)) + digits(7)
        style = style or R.randint(0, 10)
        forms = [
            lambda: "0%s-%s" % (n[:1], n[1:]),                      # 06-12345678
            lambda: "06 %s %s" % (n[1:5], n[5:]),                   # 06 1234 5678
            lambda: "06 %s %s %s %s" % (n[1:3], n[3:5], n[5:7], n[7:]),
            lambda: "0" + n,                                         # 0612345678
            lambda: "(06) %s" % n[1:],
            lambda: "+31 6 %s" % n[1:],
            lambda: "+31%s" % n,
            lambda: "+31 (0)6 %s %s" % (n[1:5], n[5:]),
            lambda: "0031-6-%s" % n[1:],
            lambda: "06-%s %s %s" % (n[1:4], n[4:6], n[6:]),
            lambda: "06 - %s%s" % (n[1:5], n[5:]),
        ]
        return M("PHONE", forms[style % len(forms)]())
    if kind == "geo2":
        a = pick(AREA2)
        s = digits(7)
        forms = ["%s-%s" % (a, s), "%s %s %s %s" % (a, s[:3], s[3:5], s[5:]), "(%s) %s" % (a, s),
                 "+31(0)%s-%s" % (a[1:], s), "0031 %s %s %s" % (a[1:], s[:3], s[3:]),
                 "%s - %s %s" % (a, s[:3], s[3:]), "+31 %s %s" % (a[1:], s), a + s]
        return M("PHONE", pick(forms) if style is None else forms[style % len(forms)])
    if kind == "geo3":
        a = pick(AREA3)
        s = digits(6)
        forms = ["%s-%s" % (a, s), "(%s) %s" % (a, s), "%s - %s %s" % (a, s[:3], s[3:]),
                 "%s %s" % (a, s), "+31 %s %s" % (a[1:], s), "%s-%s %s %s" % (a, s[:2], s[2:4], s[4:])]
        return M("PHONE", pick(forms) if style is None else forms[style % len(forms)])
    a = ch("085", "088")
    s = digits(7)
    return M("PHONE", ch("%s-%s" % (a, s), "%s %s %s" % (a, s[:3], s[3:]), "%s %s" % (a, s)))


PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
PLATE_CODES = ["XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX",
               "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"]


def plate(style=None):
    code = pick(PLATE_CODES)
    v = "".join(R.choice(PLATE_LETTERS) if c == "X" else str(R.randint(0, 9)) if c == "9" else c
                for c in code)
    style = style or ch("hy", "hy", "nohy", "lowhy", "lownohy")
    if "nohy" in style:
        v = v.replace("-", "")
    if style.startswith("low"):
        v = v.lower()
    return M("LICENSE_PLATE", v)


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MON_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MON_AB2 = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def fmt_date(y, m, d, style):
    forms = {
        "long": "%d %s %d" % (d, MONTHS[m - 1], y),
        "ab": "%d %s %d" % (d, MON_AB[m - 1], y),
        "ab2": "%d %s %d" % (d, MON_AB2[m - 1], y),
        "dash0": "%02d-%02d-%d" % (d, m, y),
        "dash": "%d-%d-%d" % (d, m, y),
        "slash": "%02d/%02d/%d" % (d, m, y),
        "dot": "%d.%d.%d" % (d, m, y),
        "short": "%d-%d-%02d" % (d, m, y % 100),
        "iso": "%d-%02d-%02d" % (y, m, d),
        "dm": "%d %s" % (d, MONTHS[m - 1]),
        "dmab": "%d %s" % (d, MON_AB2[m - 1]),
        "dmnum": "%d-%d" % (d, m),
    }
    return forms[style]


def date(style=None, year=None):
    y = year or ch(2025, 2026, 2026, 2026)
    m, d = R.randint(1, 12), R.randint(1, 28)
    style = style or ch("long", "long", "ab", "ab2", "dash0", "dash", "slash", "dot", "short", "iso",
                        "dm", "dm", "dm", "dmab")
    return M("DATE", fmt_date(y, m, d, style))


def dob(style=None, young=False):
    y = R.randint(2004, 2015) if young else R.randint(1938, 2003)
    m, d = R.randint(1, 12), R.randint(1, 28)
    style = style or ch("long", "ab2", "dash0", "dash0", "dash", "slash", "dot", "iso", "short")
    return M("DATE_OF_BIRTH", fmt_date(y, m, d, style))


def age(lo=19, hi=92):
    return M("AGE", R.randint(lo, hi))


def wd():
    return pick(WEEKDAYS)


def time_():
    h, mi = R.randint(8, 20), ch(0, 15, 30, 45, 10)
    return ch("%d.%02d uur" % (h, mi), "%02d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d uur" % h)


def trange():
    h = R.randint(8, 15)
    return ch("%02d:00-%02d:00" % (h, h + 2), "van %d.00 tot %d.30 uur" % (h, h + 1), "%d-%d uur" % (h, h + 3))


def amount():
    return ch("€ %d,%02d" % (R.randint(20, 2500), R.randint(0, 99)), "€%d" % R.randint(15, 900),
              "%d euro" % R.randint(30, 4000), "€ %d.%03d,00" % (R.randint(1, 14), R.randint(0, 999)),
              "EUR %d,-" % R.randint(40, 800))


def case(kind=None):
    kind = kind or ch("dossier", "zaak", "klant", "kenmerk", "beschikking", "relatie", "client")
    y = ch(2024, 2025, 2026)
    if kind == "dossier":
        return pick(["dossiernummer ", "dossiernr. ", "dossier "]) + M("CASE_NUMBER", ch(
            "%d-%06d" % (y, R.randint(1, 999999)), "D%07d" % R.randint(1, 9999999),
            "%d/%05d" % (y, R.randint(1, 99999)), "WMO-%d-%04d" % (y, R.randint(1, 9999))))
    if kind == "zaak":
        return pick(["zaaknummer ", "zaaknr ", "zaak ", "Zaaknummer: "]) + M("CASE_NUMBER", ch(
            "Z-%d-%05d" % (y, R.randint(1, 99999)), "Z/%02d/%06d" % (y % 100, R.randint(1, 999999)),
            "Z%d.%05d" % (y, R.randint(1, 99999)), "%07d" % R.randint(1000000, 9999999)))
    if kind == "klant":
        return pick(["klantnummer ", "klantnr. ", "klant nr "]) + M("CASE_NUMBER", ch(
            "%08d" % R.randint(10000000, 99999999), "K-%06d" % R.randint(1, 999999),
            "%d %d" % (R.randint(100, 999), R.randint(10000, 99999))))
    if kind == "kenmerk":
        return pick(["ons kenmerk: ", "kenmerk ", "uw kenmerk ", "o/ref. "]) + M("CASE_NUMBER", ch(
            "BZ/%d/%04d" % (y, R.randint(1, 9999)), "%s-%d-%05d" % (ch("SD", "WZ", "JZ", "BB"), y, R.randint(1, 99999)),
            "U%d.%06d" % (y, R.randint(1, 999999)), "2%d%05d-B" % (y % 100, R.randint(1, 99999))))
    if kind == "beschikking":
        return pick(["beschikkingsnummer ", "beschikking nr. "]) + M("CASE_NUMBER", nine_not_bsn())
    if kind == "relatie":
        return pick(["relatienummer ", "cliëntnummer ", "registratienummer "]) + M("CASE_NUMBER", ch(
            "%010d" % R.randint(1, 9999999999), "%d-%d" % (R.randint(1000, 9999), R.randint(100, 999)),
            "C%06d" % R.randint(1, 999999)))
    if kind == "client":
        return pick(["cliëntnr. ", "cliëntnummer "]) + M("CASE_NUMBER", "%d%05d" % (R.randint(1, 9), R.randint(0, 99999)))
    if kind == "betaling":
        n = "%016d" % R.randint(10 ** 15, 10 ** 16 - 1)
        return pick(["betalingskenmerk ", "betalingskenmerk: ", "met kenmerk "]) + M("CASE_NUMBER", ch(
            n, " ".join(n[i:i + 4] for i in range(0, 16, 4))))
    if kind == "kvk":
        return pick(["KvK ", "KvK-nr. ", "KvK-nummer ", "kvk nummer ", "ingeschreven bij de Kamer van Koophandel onder nummer "]) + \
            M("CASE_NUMBER", "%08d" % R.randint(10000000, 99999999))
    raise ValueError(kind)


# ----------------------------------------------------------------------------- names

NAMES = {
    "nl": (["Jan", "Henk", "Kees", "Piet", "Willem", "Gerrit", "Sander", "Bas", "Joost", "Ruud", "Marco",
            "Dennis", "Lars", "Daan", "Thijs", "Wim", "Cor", "Arie", "Johan", "Niels", "Frits"],
           ["Anneke", "Ria", "Truus", "Els", "Ingrid", "Marieke", "Sanne", "Lotte", "Femke", "Esther",
            "Joke", "Wilma", "Carla", "Petra", "Fleur", "Gerda", "Tineke", "Hennie", "Mirjam", "Jolanda"],
           [("de", "Boer"), ("van der", "Berg"), ("van den", "Heuvel"), ("", "Jansen"), ("", "Smit"),
            ("", "Visser"), ("", "Mulder"), ("ter", "Horst"), ("'t", "Hart"), ("van", "Dijk"),
            ("", "Bakker"), ("", "Kok"), ("de", "Groot"), ("", "Hoekstra"), ("", "Postma"),
            ("van", "Leeuwen"), ("van 't", "Hof"), ("de", "Vries"), ("", "Klein"), ("", "Bos"),
            ("van der", "Meulen"), ("", "Verhoeven"), ("in 't", "Veld"), ("", "Wijnands"), ("", "Zwart"),
            ("ten", "Brink"), ("van", "Rijswijk"), ("", "Schouten"), ("de", "Winter"), ("", "Brouwer")]),
    "tr": (["Mehmet", "Hüseyin", "Mustafa", "Gökhan", "İbrahim", "Şükrü", "Emre", "Burak", "Yusuf", "Ömer"],
           ["Ayşe", "Fatma", "Emine", "Elif", "Özlem", "Zeynep", "Gülsüm", "Hatice", "Derya", "Şeyma"],
           [("", "Yılmaz"), ("", "Kaya"), ("", "Demir"), ("", "Çelik"), ("", "Şahin"), ("", "Öztürk"),
            ("", "Aydın"), ("", "Doğan"), ("", "Kılıç"), ("", "Arslan"), ("", "Güneş"), ("", "Karagöz")]),
    "ma": (["Mohamed", "Youssef", "Said", "Hamid", "Brahim", "Karim", "Mounir", "Redouan", "Abdelkader"],
           ["Fatima", "Khadija", "Noura", "Samira", "Ilham", "Naima", "Siham", "Malika", "Hafsa"],
           [("", "El Amrani"), ("", "Bouzid"), ("", "Ait Haddou"), ("", "El Idrissi"), ("", "Benali"),
            ("", "Ouali"), ("", "Azzouzi"), ("", "El Khatib"), ("", "Chaouch"), ("", "Ait Ouaali"),
            ("", "Boukhari"), ("", "El Bouchtaoui")]),
    "sr": (["Rishi", "Ramon", "Gerold", "Marlon", "Sunil", "Ravi", "Orlando", "Glenn"],
           ["Shanti", "Roshni", "Sharon", "Priya", "Sita", "Ingrid", "Jennifer", "Anjali"],
           [("", "Ramdin"), ("", "Tjon-A-Fong"), ("", "Sewnath"), ("", "Pinas"), ("", "Kartosen"),
            ("", "Bhagwandin"), ("", "Jagessar"), ("", "Biharie"), ("", "Tjin-A-Tsoi"), ("", "Wongsodikromo")]),
    "aw": (["Jurgen", "Shurendy", "Eldrick", "Rigel", "Jeandro"],
           ["Ruthmila", "Gisèlle", "Jeandra", "Shudaisy", "Yvanka"],
           [("", "Martina"), ("", "Isenia"), ("", "Statia"), ("", "Doran"), ("", "Pieternella"),
            ("", "Girigorie"), ("", "Rosaria"), ("", "Cijntje")]),
    "pl": (["Krzysztof", "Paweł", "Tomasz", "Łukasz", "Marek", "Grzegorz"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Ewa", "Żaneta"],
           [("", "Nowak"), ("", "Wiśniewski"), ("", "Wójcik"), ("", "Lewandowski"), ("", "Zieliński"),
            ("", "Dąbrowski"), ("", "Kamiński"), ("", "Kowalczyk"), ("", "Szymańczak")]),
    "ua": (["Oleksandr", "Andriy", "Mykola", "Dmytro", "Serhiy"],
           ["Olena", "Iryna", "Tetiana", "Yuliia", "Oksana", "Nataliia"],
           [("", "Shevchenko"), ("", "Kovalenko"), ("", "Bondarenko"), ("", "Tkachenko"), ("", "Melnyk"),
            ("", "Kravchuk"), ("", "Hrytsenko")]),
    "sy": (["Ahmad", "Omar", "Khaled", "Yaser", "Mahmoud", "Bashar"],
           ["Rania", "Lina", "Hiba", "Nour", "Rasha", "Yara"],
           [("", "Al-Hassan"), ("", "Al-Khatib"), ("", "Haddad"), ("", "Darwish"), ("", "Al-Masri"),
            ("", "Kassab"), ("", "Alhamwi"), ("", "Al Zoubi")]),
    "er": (["Tesfay", "Yonas", "Mehari", "Dawit", "Filmon", "Tekle"],
           ["Senait", "Helen", "Semhar", "Luwam", "Saba", "Rahwa"],
           [("", "Tesfamariam"), ("", "Gebremedhin"), ("", "Habte"), ("", "Kidane"), ("", "Berhane"),
            ("", "Woldu"), ("", "Ghebreyesus")]),
    "so": (["Abdi", "Farah", "Abdirahman", "Mahad", "Liban"],
           ["Hodan", "Amina", "Hawa", "Ifrah", "Sahra", "Idil"],
           [("", "Warsame"), ("", "Mohamud"), ("", "Abdullahi"), ("", "Osman"), ("", "Jama"),
            ("", "Hirsi"), ("", "Egal")]),
    "cn": (["Wei", "Jian", "Hao", "Jun"],
           ["Mei", "Xiaoling", "Li Na", "Yan"],
           [("", "Chen"), ("", "Wang"), ("", "Zhang"), ("", "Liu"), ("", "Lin"), ("", "Huang"), ("", "Zhou")]),
    "id": (["Budi", "Agus", "Rudy", "Johny", "Semuel"],
           ["Dewi", "Sari", "Wulan", "Maria", "Yohana"],
           [("", "Siahaya"), ("", "Pattikawa"), ("", "Tuankotta"), ("", "Latuheru"), ("", "Wattimena"),
            ("", "Hadiwijaya"), ("", "Sopacua")]),
}
ORIGIN_W = ["nl"] * 9 + ["tr"] * 3 + ["ma"] * 3 + ["sr"] * 2 + ["aw", "pl", "pl", "ua", "ua", "sy", "sy",
                                                              "er", "so", "cn", "id"]
PL_FEM = {"Wiśniewski": "Wiśniewska", "Lewandowski": "Lewandowska", "Zieliński": "Zielińska",
          "Dąbrowski": "Dąbrowska", "Kamiński": "Kamińska"}


def cap_particle(p):
    if not p:
        return p
    return p[0].upper() + p[1:] if not p.startswith("'t") else "'t"


class Person:
    def __init__(self, origin=None, female=None):
        self.origin = origin or pick(ORIGIN_W)
        self.female = R.random() < 0.5 if female is None else female
        males, females, surs = NAMES[self.origin]
        self.first = pick(females if self.female else males)
        self.particle, self.last = pick(surs)
        if self.female and self.origin == "pl":
            self.last = PL_FEM.get(self.last, self.last)
        self.maiden = None
        if self.origin == "nl" and self.female and R.random() < 0.3:
            self.maiden = pick(NAMES["nl"][2])

    @property
    def surname_lc(self):   # after a first name or initials
        s = (self.particle + " " + self.last).strip()
        if self.maiden:
            s += "-" + (self.maiden[0] + " " + self.maiden[1]).strip()
        return s

    @property
    def sur(self):          # standing alone: particle capitalised
        s = self.surname_lc
        if self.particle:
            s = cap_particle(self.particle) + s[len(self.particle):]
        return s

    @property
    def full(self):
        return self.first + " " + self.surname_lc

    @property
    def initials(self):
        parts = self.first.replace("-", " ").split()
        ini = "".join(p[0] + "." for p in parts)
        if R.random() < 0.35:
            ini += pick("AHJMCWPE") + "."
        return ini + " " + self.surname_lc

    def title(self, short=False):
        if self.female:
            return pick(["mw.", "mevr."]) if short else pick(["mevrouw", "mevrouw", "mw.", "mevr."])
        return pick(["dhr.", "dhr"]) if short else pick(["meneer", "de heer", "dhr.", "mijnheer"])

    def T(self, short=False):
        """title + marked surname (title outside the span)."""
        return self.title(short) + " " + M("PERSON", self.sur)

    def sal(self, beste=False):
        """salutation form: 'Geachte heer X' / 'Beste meneer X' (title outside the span)."""
        t = ("mevrouw" if self.female else ("meneer" if beste else "heer"))
        return t + " " + M("PERSON", self.sur)

    def F(self):
        return M("PERSON", self.full)

    def I(self):
        return M("PERSON", self.initials)

    def N(self):
        return M("PERSON", self.first)

    def poss(self):
        return M("PERSON", self.first) + ch("'s", "'s", "’s")

    def email(self, domain=None):
        def slug(s):
            s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
            return re.sub(r"[^a-z]", "", s.encode("ascii", "ignore").decode().lower())
        f, l = slug(self.first), slug(self.particle + self.last)
        dom = domain or pick(["gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl",
                              "kpnmail.nl", "hotmail.nl", "icloud.com", "yahoo.com", "planet.nl"])
        loc = ch("%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, R.randint(60, 99)),
                 "%s.%s%d" % (f, l[:4], R.randint(1, 99)), "%s%d" % (f, R.randint(1960, 2005)),
                 "%s.%s" % (f[0], l))
        return M("EMAIL", loc + "@" + dom)


def asc(s):
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return re.sub(r"[^a-z]", "", s.encode("ascii", "ignore").decode().lower())


def P(origin=None, female=None):
    return Person(origin, female)


def kin(p):
    """'dochter Fatma' / 'zoon Emre': a relative of p, first name marked."""
    k = Person(p.origin)
    return ("dochter " if k.female else "zoon ") + k.N()


def fresh(n, **kw):
    """n persons with different surnames."""
    out, seen = [], set()
    while len(out) < n:
        p = Person(**kw)
        if p.last not in seen and p.first not in seen:
            seen.add(p.last)
            seen.add(p.first)
            out.append(p)
    return out


# ----------------------------------------------------------------------------- places, orgs

STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Burg. Saletlaan", "Van Heemskerckstraat",
           "Dr. Schaepmanlaan", "2e Oosterparkstraat", "Graaf Florislaan", "Koningin Julianaweg",
           "Prins Hendrikkade", "Bijlmerdreef", "Aalscholverstraat", "Hoogstraat", "Pastoor van Arskade",
           "Sint Annastraat", "Laan van Meerdervoort", "Oudegracht", "Zwanenveld", "Pieter Zeemanweg",
           "Groen van Prinstererlaan", "Vlierbesstraat", "Wethouder Nijhuisstraat", "Karel Doormanplein",
           "Boerhaavelaan", "Mgr. Nolensplein", "Jan Pieterszoon Coenstraat", "Anne Frankstraat",
           "Stationsweg", "Esdoornlaan", "Tuinstraat", "Meidoornhof", "Rembrandtlaan", "Akkerwinde",
           "Zuiderparkweg", "Van der Pekstraat", "Herenweg", "Insulindestraat", "Kleine Berg", "Hof van Delft",
           "Schiedamseweg", "Oranjeboomstraat", "Troelstralaan", "Cornelis Schuytstraat", "Weteringpad"]
HOUSENO = ["%d", "%d", "%d", "%da", "%d-II", "%d bis", "%d-3hg", "%d hs", "%d A", "%d-1", "%db", "%d zw"]


def street_no():
    return pick(STREETS) + " " + pick(HOUSENO) % R.randint(1, 240)


def addr():
    return M("ADDRESS", street_no())


def street():
    return M("ADDRESS", pick(STREETS))


CITIES = ["Amsterdam", "Rotterdam", "Den Haag", "'s-Hertogenbosch", "Zaandam", "Tilburg", "Almere",
          "Lelystad", "Emmen", "Heerlen", "Kerkrade", "Ede", "Deventer", "Zwolle", "Schiedam",
          "Vlaardingen", "Capelle aan den IJssel", "Nieuwegein", "Hoogvliet", "Leeuwarden", "Drachten",
          "Oss", "Helmond", "Spijkenisse", "Purmerend", "Ter Apel", "Sneek", "Uden", "Veghel",
          "Bergen op Zoom", "Krimpen aan den IJssel", "Alphen aan den Rijn", "Urk", "Hoogezand",
          "Veendam", "Venlo", "Roermond", "Sittard", "Geleen", "Enschede", "Hengelo", "Apeldoorn",
          "Arnhem", "Nijmegen", "Gouda", "Zoetermeer", "Delft", "Leiden", "Haarlem", "IJmuiden",
          "Den Helder", "Hoorn", "Winschoten", "Assen", "Ridderkerk", "Maassluis", "Culemborg", "Tiel",
          "Kampen", "Harderwijk", "Breda", "Roosendaal", "Goes", "Vlissingen", "Terneuzen", "Hilversum",
          "Amersfoort", "Utrecht", "Groningen", "Maastricht", "Eindhoven", "Dordrecht", "Zaanstad"]
DISTRICTS = ["Kanaleneiland", "Schilderswijk", "Overvecht", "Hatert", "Bijlmer", "Osdorp", "Tarwewijk",
             "Transvaal", "Presikhaaf", "Selwerd", "Lombok", "Malburgen", "Woensel", "Poelenburg"]
ABROAD = ["Istanbul", "Nador", "Paramaribo", "Willemstad", "Kraków", "Kharkiv", "Aleppo", "Asmara",
          "Mogadishu", "Ankara", "Casablanca", "Lviv", "Gdańsk", "Hargeisa", "Surabaya", "Wenzhou", "Homs"]


def city():
    return M("CITY", pick(CITIES))


def district():
    return M("CITY", pick(DISTRICTS))


ABROAD_BY = {"tr": ["Istanbul", "Ankara", "Konya", "Kayseri"], "ma": ["Nador", "Casablanca", "Al Hoceima", "Tanger"],
             "sr": ["Paramaribo", "Nickerie", "Moengo"], "aw": ["Willemstad", "Oranjestad", "Kralendijk"],
             "pl": ["Kraków", "Gdańsk", "Wrocław", "Łódź"], "ua": ["Kharkiv", "Lviv", "Odesa", "Mariupol"],
             "sy": ["Aleppo", "Homs", "Damascus", "Deir ez-Zor"], "er": ["Asmara", "Keren", "Massawa"],
             "so": ["Mogadishu", "Hargeisa", "Kismayo"], "cn": ["Wenzhou", "Qingtian", "Guangzhou"],
             "id": ["Surabaya", "Ambon", "Bandung"], "nl": ["Antwerpen", "Gent", "Düsseldorf", "Málaga"]}


def abroad(origin=None):
    return M("CITY", pick(ABROAD_BY[origin]) if origin else pick(ABROAD))


ORG_CARE = ["Zorggroep Het Baken", "Thuiszorg West", "Buurtzorg", "Cordaan", "Lentis", "Kwadraad",
            "Thuiszorg Vitaal", "De Hoop", "Het Anker", "Horizon Jeugdzorg", "Zorgcentrum De Linde",
            "Stichting Samen", "Pameijer", "Amsta", "Kompaan", "Parnassia", "Emergis", "Zorgboerderij De Akker",
            "Stichting Perspectief", "Thuiszorg Zonnestraal", "Dagbesteding De Werkplaats", "Vitaal Thuis",
            "Zorg & Zo", "GGZ Breburg", "De Brug", "Woonzorg Samen Sterk", "Lievegoed", "Arkin",
            "Ambulante Begeleiding Kompas", "Stichting Anton Constandse", "Thuiszorg Ons Huis"]
ORG_BEWIND = ["Bewindvoering Noord B.V.", "Budgetbeheer De Sleutel", "Bewindkantoor Evenwicht",
              "Van Dalen Bewind", "Bewind & Balans", "Mentorschap Zuid", "Beschermingsbewind Horizon",
              "Stichting Op Orde", "Financiële Hulp Rijnmond", "Bewindvoering Vandaag"]
ORG_TAXI = ["Taxi Snel", "Taxicentrale Noord", "Vervoer Op Maat BV", "Taxi Willems", "Regiotaxi Veluwe",
            "Rolstoeltaxi De Wielen", "Taxi Direct", "Connexxion Zorgvervoer"]
ORG_WELFARE = ["Humanitas", "Leger des Heils", "VluchtelingenWerk", "Stichting Present", "MEE",
               "Schuldhulpmaatje", "Stichting Vier het Leven", "Welzijn Oost", "Stichting Thuis",
               "Buurtwerk Kansrijk", "Stichting Nieuwe Start", "Formulierenbrigade Plus", "Dock",
               "Stichting Eigen Kracht", "Wijkwerk Welkom"]


def org(kind=None):
    kind = kind or ch("care", "care", "bewind", "welfare", "taxi")
    return M("ORG", pick({"care": ORG_CARE, "bewind": ORG_BEWIND, "taxi": ORG_TAXI,
                          "welfare": ORG_WELFARE}[kind]))


def url(p=None, kind=None):
    """person-linked URL: own business, social media or crowdfunding page."""
    p = p or Person()
    s = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", p.first + p.last.replace("ı", "i")).encode(
        "ascii", "ignore").decode().lower())
    forms = {
        "biz": ["www.%s-klussen.nl" % s, "%s.nl" % s, "https://www.%sschoonmaak.nl" % s[:8],
                "https://www.marktplaats.nl/u/%s/%d" % (s, R.randint(10 ** 7, 10 ** 8 - 1)),
                "www.kapsalon-%s.nl" % p.first.lower().replace("ı", "i").replace("ş", "s")],
        "social": ["https://www.facebook.com/%s" % s, "www.instagram.com/%s_%d" % (s, R.randint(1, 99)),
                   "tiktok.com/@%s" % s, "https://nl.linkedin.com/in/%s-%d" % (s, R.randint(100, 999)),
                   "https://x.com/%s%d" % (s[:10], R.randint(1, 99)), "soundcloud.com/%s" % s],
        "fund": ["https://www.gofundme.com/f/help-%s" % s, "https://www.doneeractie.nl/%s/-%d" % (s, R.randint(1000, 99999)),
                 "https://gofund.me/%s%d" % (s[:5], R.randint(100, 999)), "www.whydonate.com/fundraising/%s" % s],
    }
    return M("URL", pick(forms[kind or ch("biz", "social", "fund")]))


def org_email(o_name, p=None):
    dom = re.sub(r"[^a-z]", "", o_name.lower().replace("b.v.", "").replace("stichting", ""))[:16] + ".nl"
    loc = ch("info", "planning", "secretariaat", "klantenservice") if p is None else (
        re.sub(r"[^a-z.]", "", unicodedata.normalize("NFKD", (p.first[0] + "." + p.last).lower()).encode(
            "ascii", "ignore").decode()))
    return M("EMAIL", loc + "@" + dom)


# ----------------------------------------------------------------------------- hard negatives (unmarked)

LAWS = ["Wmo", "Jeugdwet", "Awb", "Participatiewet", "Wet schuldsanering natuurlijke personen", "pgb",
        "Wmo 2015", "Wlz", "Zvw", "Wet kinderopvang", "Bbz", "Toeslagenwet"]
AGENCIES = ["UWV", "CAK", "SVB", "CJIB", "Belastingdienst", "Veilig Thuis", "DUO", "IND",
            "Dienst Toeslagen", "het Juridisch Loket", "de Raad voor de Kinderbescherming", "COA"]
GOV_URLS = ["www.rijksoverheid.nl", "www.toeslagen.nl", "mijn.belastingdienst.nl", "www.uwv.nl/werkmap",
            "www.hetcak.nl", "wetten.overheid.nl", "www.svb.nl", "www.juridischloket.nl",
            "www.cjib.nl", "www.government.nl", "www.nationaleombudsman.nl"]
HELPLINES = ["0800-2000", "0800-0432", "0900-1450", "113", "0800-8115", "0900-8844"]
ECLI = ["ECLI:NL:CRVB:2021:1378", "ECLI:NL:RVS:2023:772", "ECLI:NL:CRVB:2019:2212", "ECLI:NL:RBAMS:2022:4410"]
ARTS = ["art. 7:1 Awb", "artikel 2.3.5 Wmo 2015", "artikel 6:7 Awb", "art. 4:84 Awb", "artikel 58 Participatiewet",
        "artikel 2.3.2 lid 4 Wmo 2015", "art. 8 EVRM"]
SHOPS = ["Albert Heijn", "Jumbo", "Lidl", "Kruidvat", "Action", "de HEMA", "Aldi", "Zeeman", "de Blokker"]


# ----------------------------------------------------------------------------- frames
FRAMES = []


def frame(kind):
    def deco(fn):
        FRAMES.append((kind, fn))
        return fn
    return deco


def law():
    return pick(LAWS)


def agency():
    return pick(AGENCIES)


# --- citizens' e-mails ---------------------------------------------------------------

@frame("email-citizen")
def f_mail_wmo_trapliftl():
    p = P("nl")
    return (f"Geachte heer/mevrouw,\n\nMijn naam is {p.F()}, ik woon op {addr()} in {city()}. "
            f"Sinds mijn heupoperatie op {date('long')} kom ik de trap niet meer op. Mijn huisarts zegt dat ik "
            f"een traplift via de {ch('Wmo', 'Wmo 2015')} moet aanvragen. Ik ben {age(66, 90)} jaar en woon alleen. "
            f"Kunt u mij terugbellen op {phone('geo2')}? Ik ben meestal thuis tussen {trange()}.\n\n"
            f"Met vriendelijke groet,\n{M('PERSON', p.initials)}\n{postcode()} {city()}")


@frame("email-citizen")
def f_mail_poor_dutch():
    p = P(ch("ma", "tr", "so", "er", "sy"))
    k = P(p.origin, female=False)
    return (f"goede dag\n\nik ben {p.F()} mijn zoon {k.N()} heeft brief gekregen van school "
            f"hij moet naar andere school maar ik begrijp niet goed. mijn nederlands is niet zo goed. "
            f"hij is {age(6, 15)} jaar. de vrouw van wijkteam zei ik moet mail sturen. "
            f"kan iemand mij helpen met de brief? mijn nummer is {phone('mob')} "
            f"of mail naar {p.email()}\n\ndank u wel\n{p.N()}")


@frame("email-citizen")
def f_mail_english_mix():
    p = P(ch("pl", "ua", "cn", "id", "nl"))
    return (f"Hallo,\n\nSorry my Dutch is not so good, ik probeer het. I am {p.F()} and I live at "
            f"{addr()}, {postcode()} {city()} since {ch('last year', '2023', 'two years')}. "
            f"My landlord wants me out before {date(ch('long', 'dm'))} and I don't know my rights. "
            f"Ik heb geen geld voor advocaat. My BSN is {bsn()} if you need it.\n"
            f"Please call me: {phone('mob', ch(5, 6, 7, 8))} (WhatsApp also ok).\n\n"
            f"Thanks a lot,\n{M('PERSON', p.first)}")


@frame("email-citizen")
def f_mail_turkish_mix():
    p = P("tr", female=True)
    m = P("tr", female=False)
    return (f"Merhaba, goedemiddag,\n\nIk schrijf voor mijn vader "
            f"{m.F()}, hij is {age(68, 88)}. Babam spreekt geen Nederlands. Hij krijgt steeds brieven van "
            f"het {agency()} en hij is bang. Allah razı olsun als jullie kunnen helpen. "
            f"Hij woont {addr()} in {city()}, mijn nummer {phone('mob')}.\n\n"
            f"Saygılarımla / met vriendelijke groet,\n{p.F()}\n{p.email()}")


@frame("email-citizen")
def f_mail_debt():
    p = P()
    b = ch("bewind", "welfare")
    return (f"Beste meneer/mevrouw,\n\nIk heb schulden bij de zorgverzekeraar en het {ch('CJIB', 'CAK')} en het wordt "
            f"mij te veel. Er is al beslag gelegd op mijn loon. Mijn bewindvoerder van {org('bewind')} reageert "
            f"niet meer sinds {date('dm')}. Ik heb ook een betalingsregeling met {case('betaling')} "
            f"maar die kan ik niet meer betalen. Mijn rekening is {iban()}.\n"
            f"Kunt u mij helpen? Bel {phone()}.\n\nGroet,\n{p.F()}\n{addr()}, {city()}")


@frame("email-citizen")
def f_mail_mantelzorg():
    p, q = fresh(2)
    return (f"Goedemorgen,\n\n{q.F()} ({age(70, 95)}) is mijn buurvrouw. Ik doe al {R.randint(2, 9)} jaar "
            f"haar boodschappen bij de {pick(SHOPS)} en help met de post, maar ik word zelf ook ouder. "
            f"Ze is vergeetachtig, gisteren stond het gas aan. Haar dochter woont in {abroad()} en komt "
            f"zelden. Kan er iemand van {org('care')} langsgaan? Haar adres is {addr()}.\n"
            f"U kunt mij bereiken op {phone()} of {p.email()}.\n\nVriendelijke groet,\n{p.F()}")


@frame("email-citizen")
def f_mail_lowercase_angry():
    p = P()
    t = (f"waarom krijg ik nou weer een brief dat mijn huishoudelijke hulp stopt??? ik heb al {R.randint(2, 6)} keer "
         f"gebeld. de mevrouw aan de telefoon zei dat mijn dossier kwijt is. {case('dossier')}. "
         f"ik ben {age(60, 90)} en kan niet zelf schoonmaken met mijn rug. mijn dochter {P('nl', True).N()} "
         f"is ook boos. dit is toch niet normaal. bel me {phone('mob', 3)}\n{p.F()}\n{addr()}")
    return t.lower()


@frame("email-citizen")
def f_mail_bijstand_kvk():
    p = P()
    return (f"Beste,\n\nIk heb sinds {date('long')} een eigen bedrijfje als schoonmaker ({case('kvk')}) "
            f"en krijg ook aanvullende bijstand vanuit het {ch('Bbz', 'Bbz 2004')}. Nu vraagt de consulent om mijn "
            f"jaaropgave van {ch(2024, 2025)}. Ik heb die gestuurd naar {M('EMAIL', 'inkomen@' + ch('gemeente-ede.nl', 'zaanstad.nl', 'emmen.nl'))} "
            f"maar geen reactie. Mijn site is {url(p, 'biz')}.\n"
            f"Zakelijke rekening: {iban('grouped')}.\n\nMvg\n{p.F()}\ntel {phone()}")


@frame("email-citizen")
def f_mail_short_question():
    p = P()
    return (f"Hoi,\n\nKorte vraag: ik ben verhuisd van {city()} naar {addr()}, {postcode('nosp')} {city()}. "
            f"Moet ik dat zelf doorgeven aan {org('taxi')} voor mijn vervoerspas of doen jullie dat? "
            f"Pasnummer weet ik niet, {case('klant')}.\nIk heb op {date('dm')} een afspraak bij de tandarts "
            f"om {time_()} en wil niet dat de taxi naar het oude adres gaat.\n\nAlvast bedankt,\n"
            f"{M('PERSON', p.first + ' ' + p.surname_lc)}\n{phone('mob', 1)}")


@frame("email-citizen")
def f_mail_jeugd():
    p = P(female=True)
    k = P(p.origin)
    return (f"Geachte mevrouw {M('PERSON', P(ch('nl', 'sr')).sur)},\n\nNaar aanleiding van ons gesprek van "
            f"{wd()} stuur ik u de gegevens van mijn dochter/zoon. Naam: {k.F()}. Geboortedatum: {dob(young=True)}. "
            f"BSN: {bsn()}. School: {ch('De Regenboog', 'Het Palet', 'OBS De Klimop')} in {district()}.\n"
            f"{k.N()} heeft sinds de zomer paniekaanvallen en slaapt slecht. Volgens de huisarts valt dit onder "
            f"de {ch('Jeugdwet', 'Jeugdwet')} en kan {org('care')} helpen.\n\nMet vriendelijke groet,\n{p.F()}")


@frame("email-citizen")
def f_mail_syrian_status():
    p = P("sy")
    s = P("sy", female=not p.female)
    return (f"Hello / Hallo,\n\nWe are family {M('PERSON', p.last)}. Ik ({p.F()}, {age(25, 55)} jaar) en mijn vrouw/man "
            f"{s.N()} wonen sinds {ch('2021', '2022', 'vorig jaar')} in {city()}. De {ch('IND', 'COA')} heeft ons huis "
            f"gegeven op {addr()}. Nu komt er rekening van energie van {amount()} en wij hebben dat niet. "
            f"{org('welfare')} zegt wij moeten bij u zijn. Telefoon {phone('mob', 6)}. "
            f"Shukran, dank u.\n{p.N()}")


@frame("email-citizen")
def f_mail_ukrainian():
    p = P("ua")
    return (f"Добрий день / Goedendag,\n\nMijn naam is {p.F()}, geboren {dob()} in {abroad(p.origin)}. "
            f"Ik woon in de opvang aan de {street()} in {city()}. Ik werk via uitzendbureau maar het contract "
            f"stopt op {date('dm')}. Wat moet ik doen voor leefgeld? Mijn rekening {iban('compact')}, "
            f"BSN {bsn()}.\nDank u wel / Дякую,\n{M('PERSON', p.first)}\n{p.email()}")


@frame("email-citizen")
def f_mail_moroccan_family():
    m = P("ma", female=True)
    c1, c2 = P("ma", female=False), P("ma", female=True)
    return (f"Beste mevrouw,\n\nIk ben {m.F()}. {c1.poss()} school belt steeds dat hij te laat is. {c2.N()} "
            f"({age(8, 16)}) moet naar de {ch('orthodontist', 'fysio', 'logopedist')} maar ik heb geen auto meer, "
            f"die is verkocht ({plate()}). Inshallah komt het goed maar ik heb hulp nodig met vervoer. "
            f"Mijn adres: {addr()}, {postcode()} {city()}. Ik heb al gebeld naar de gemeente maar ze zeggen ik moet "
            f"mailen. Mijn telefoon: {phone('mob')}.\nSalaam,\n{m.N()}")


@frame("email-citizen")
def f_mail_surinamese():
    p = P("sr")
    o = P("sr", female=True)
    return (f"Goedenavond,\n\nMijn tante {o.F()} woont alleen op {addr()} ({district()}). Ze is {age(72, 94)} "
            f"en heeft suiker. Sinds {date('dm')} komt de wijkverpleging van {org('care')} niet meer. "
            f"Ze belt mij steeds 's nachts. Ik woon zelf in {city()} en werk fulltime. Wie kan ik bellen? "
            f"Haar nummer is {phone('geo2')}, ik ben te bereiken via {phone('mob')}.\n\nGroetjes,\n{p.F()}")


@frame("email-citizen")
def f_mail_antillean():
    p = P("aw")
    return (f"Bon dia,\n\nMi ta {p.F()}, ik kom van {ch('Curaçao', 'Aruba')}. Ik ben {age(19, 30)} en "
            f"zoek een kamer. {ch('Mi mama', 'Mijn moeder')} zegt ik moet mij inschrijven maar ik heb geen vast adres, "
            f"ik slaap bij vrienden in {district()}. Kan ik een briefadres krijgen? Mijn geboortedatum "
            f"is {dob()}. Ik heb {url(p, 'social')} voor mijn muziek, daar zie je wie ik ben haha.\n"
            f"Danki,\n{M('PERSON', p.first)}\n{phone('mob', 0)}")


# --- WhatsApp-like messages ----------------------------------------------------------

EMO = ["😢", "🙏", "😡", "👍", "🤞", "😅", "💔", "🙈", "😤", "❤️", "🥺", "🤷‍♀️"]


def emo():
    return pick(EMO)


@frame("whatsapp")
def f_wa_export():
    a, b = fresh(2)
    d = date("dash0")
    v = d.split("\x02")[1].split("\x03")[0]
    d2 = M("DATE", v)
    return (f"{d} 09:14 - {a.F()}: hoi {b.N()}, ben je er vandaag? {emo()}\n"
            f"{d2} 09:20 - {M('PERSON', b.full)}: ja vanaf 11 uur, wat is er\n"
            f"{d2} 09:21 - {M('PERSON', a.full)}: de deurwaarder stond weer voor de deur, ze willen de auto "
            f"meenemen ({plate('lowhy')}) maar die heb ik nodig voor werk\n"
            f"{d2} 09:25 - {M('PERSON', b.full)}: stuur me even een foto van de brief. welk kenmerk staat erop?\n"
            f"{d2} 09:31 - {M('PERSON', a.full)}: {case('kenmerk')} {emo()}")


@frame("whatsapp")
def f_wa_lower():
    p = P()
    q = P(ch("nl", "ma", "tr"), female=True)
    t = (f"hee met {p.first.lower()} hier van de {ch('buurvrouw', 'overkant', 'flat')}, ik heb jouw nummer van "
         f"{q.N()} gekregen. {q.N()} zegt jij kan helpen met formulieren?? ik moet toeslag terugbetalen {amount()} "
         f"en snap er niks van {emo()}{emo()} ik woon op nr {R.randint(2, 180)} van de {street()}. "
         f"mag ik morgen langskomen of bel je me? {phone('mob', 3)} {emo()}\n"
         f"sorry voor de lange app. ik ben {age(20, 45)} en alleen met 2 kids, vrijdag moet ik werken")
    # the first name was lower-cased by hand: mark it too
    t = t.replace("hee met " + p.first.lower(), "hee met " + M("PERSON", p.first.lower()))
    return t.lower()


@frame("whatsapp")
def f_wa_voice():
    p = P()
    return (f"[Spraakbericht uitgeschreven]\nja hallo met {p.F()} ehm ik bel over mijn moeder die woont in "
            f"{city()} op de {street()}, ze is gevallen gisteren en ligt nu in het ziekenhuis. ze is {age(75, 98)} "
            f"en ze moet over een week naar huis maar dat gaat niet zo. kan er thuiszorg komen van "
            f"{org('care')}? ik ben vandaag bereikbaar tot {time_()} op {phone('mob', 2)}. "
            f"ja dank je wel doei {emo()}")


@frame("whatsapp")
def f_wa_group():
    a, b, c = fresh(3)
    return (f"Groep: Mantelzorg {M('PERSON', a.sur)} 👵\n"
            f"{M('PERSON', b.first)}: wie kan {wd()} mama naar de dagbesteding brengen? {org('taxi')} heeft afgezegd\n"
            f"{M('PERSON', c.first)}: ik niet, werk tot {time_()}\n"
            f"{M('PERSON', b.first)}: ok dan bel ik {ch('de taxicentrale', 'de taxi')} opnieuw. wat was haar pasnummer?\n"
            f"{M('PERSON', c.first)}: {case('klant')} staat op de pas. en haar geboortedatum is {dob()}\n"
            f"{M('PERSON', b.first)}: top {emo()} en herinnering: {date('dm')} gesprek met wijkteam om {time_()}")


@frame("whatsapp")
def f_wa_english_turkish():
    p = P("tr")
    t = (f"abla sorry ik app je laat 🙈 my landlord {P('nl', False).F()} wil dat ik de kamer leeg maak voor "
         f"{date(ch('dm', 'dmnum'))}. ne yapacağım bilmiyorum. can you call me? {phone('mob', ch(0, 3))} "
         f"my mail is {p.email()} btw. adres is {addr()} {postcode('low')} anyway. "
         f"çok teşekkürler {emo()}\nand the heater is broken since {date('dm')}, verhuurder doet niks. "
         f"annem {P('tr', True).N()} is ook ziek 😢")
    return t


@frame("whatsapp")
def f_wa_confidant_reply():
    v = P("nl", True)
    c = P()
    return (f"Hoi {c.N()}, met {v.N()} van de cliëntondersteuning. Ik heb je bezwaar ontvangen 👍 "
            f"Ik heb het doorgestuurd naar de gemeente. Wil je mij nog even de brief sturen van {date('dm')}? "
            f"Dan zie ik het {ch('zaaknummer', 'kenmerk')}. Volgende week {wd()} ben ik bij jou langs op de "
            f"{street()}, tussen {trange()}. Lukt dat? Groetjes {v.N()}\n"
            f"Tel. {phone('nongeo')} (werk) of {phone('mob', 1)}")


@frame("whatsapp")
def f_wa_money():
    p = P(ch("nl", "pl", "ma"))
    return (f"{emo()} kan jij {amount()} voorschieten voor de huur? ik krijg pas {date('dm')} mijn uitkering. "
            f"zet het op {iban('lower')} tnv {M('PERSON', p.initials.lower())}. ik betaal je echt terug 🤞\n"
            f"oh en zeg niks tegen {M('PERSON', P().first)}, die weet het niet van het {ch('UWV', 'CJIB')}\n\n"
            f"??? hallo\nlaat maar, {P().N()} helpt me al. maar nog steeds bedankt he. {ch('Vrijdag', 'Zaterdag')} "
            f"ben ik weer in {city()} {emo()}")


@frame("whatsapp")
def f_wa_polish():
    p = P("pl")
    return (f"Dzień dobry! Goedemorgen. Ik ben {p.F()}, ik werk bij {ch('de kas', 'het distributiecentrum')} in "
            f"{city()}. Mój pracodawca heeft mijn paspoort. Ik woon met {R.randint(5, 12)} mannen in huis op "
            f"{addr()}. Is dat normaal? Ik heb {ch('ook', 'geen')} verzekering. Bel na {time_()}: "
            f"{phone('mob', 8)} 🙏 Dziękuję\nMój kolega {P('pl', False).F()} heeft hetzelfde probleem. Wij betalen "
            f"{amount()} per week voor een bed.")


@frame("whatsapp")
def f_wa_eritrean():
    p = P("er")
    w = P("nl", True)
    return (f"Goeiedag mevrouw {M('PERSON', w.sur)} 🙏\nIk ben {p.N()} {M('PERSON', p.last)}. "
            f"mijn broer {P('er', False).F()} is gisteren aangekomen in {M('CITY', ch('Ter Apel', 'Budel', 'Zoetermeer'))}. "
            f"Hij is {age(16, 24)}. Kan hij bij mij wonen op {addr()}? Ik heb kleine woning. "
            f"Mijn vriend {P('er').N()} kan tolken Tigrinya. Mijn tel is {phone('mob', 4)}\n"
            f"De begeleider van {org('welfare')} heet {P('nl').F()}, zij zegt ik moet eerst vragen aan de gemeente. "
            f"Dank u!")


# --- intake notes and contact logs ---------------------------------------------------

@frame("intake")
def f_intake_form():
    p = P()
    return (f"INTAKE cliëntondersteuning\nNaam: {p.F()}\nGeboortedatum: {dob('dash0')}\nLeeftijd: {age(18, 90)}\n"
            f"Adres: {addr()}, {postcode()} {city()}\nTelefoon: {phone()}\nE-mail: {p.email()}\n"
            f"BSN: {bsn()}\nHulpvraag: ondersteuning bij aanvraag {law()}, eerdere aanvraag afgewezen.\n"
            f"Betrokken: {org('care')}, huisarts dr. {M('PERSON', P('nl').sur)}\n"
            f"Afspraak vervolg: {date('dash')} {time_()}")


@frame("intake")
def f_intake_narrative():
    p = P(female=True)
    x = P(p.origin, female=False)
    return (f"Intakegesprek {date('long')}, bij cliënte thuis.\n\nMw. {M('PERSON', p.sur)} ({age(28, 50)}) woont met "
            f"drie kinderen in een portiekflat aan de {street()}. Ex-partner {x.F()} betaalt geen alimentatie sinds "
            f"{ch('de zomer', 'vorig jaar', 'januari')}. Cliënte heeft een betalingsachterstand bij de woningcorporatie "
            f"van {amount()}. Zij is {ch('erg', 'zichtbaar', 'duidelijk')} gespannen. Afgesproken dat ik contact opneem met "
            f"{org('welfare')} voor schuldhulp. Cliënte geeft toestemming om gegevens te delen. "
            f"Bereikbaar op {phone('mob')}, liever niet bellen tussen {trange()} (werk).")


@frame("intake")
def f_intake_bullets():
    p = P()
    b = P("nl")
    return (f"Intake {ch('vertrouwenspersoon', 'onafhankelijk cliëntondersteuner')} – {p.F()}\n"
            f"- geboren {dob('long')}, {ch('alleenstaand', 'gescheiden', 'weduwe/weduwnaar')}\n"
            f"- woont {addr()}, {city()}\n"
            f"- inkomen: {ch('AOW', 'WIA', 'bijstand', 'Wajong')}, onder bewind bij {org('bewind')} "
            f"(contactpersoon {M('PERSON', b.initials)}, {phone('geo2')})\n"
            f"- rekening leefgeld {iban('grouped')}\n"
            f"- klacht over {ch('de indicatie', 'het keukentafelgesprek', 'de eigen bijdrage')}\n"
            f"- {ch('Maandag', 'Dinsdag', 'Donderdag')} terugkoppeling aan cliënt")


@frame("intake")
def f_intake_youth():
    k = P(female=R.random() < 0.5)
    m = P(k.origin, female=True)
    return (f"Aanmelding jeugd – {case('dossier')}\nJeugdige: {k.F()}, {age(12, 17)} jaar, geb. {dob('dash0', young=True)}\n"
            f"Moeder: {m.F()}, tel. {phone()}\nSchool: {ch('Het Stedelijk', 'Vmbo De Poort', 'Praktijkschool Noord')}, "
            f"mentor {M('PERSON', P('nl').initials)}\nReden: schoolverzuim sinds {ch('september', 'de herfstvakantie')}, "
            f"somberheid. Eerder traject bij {org('care')} in {ch('2023', '2024')} afgebroken.\n"
            f"Advies: overleg met leerplicht en huisarts; geen melding {ch('Veilig Thuis', 'Raad voor de Kinderbescherming')} nodig.")


@frame("intake")
def f_intake_refugee():
    p = P(ch("er", "so", "sy"))
    t = P("nl")
    return (f"Gespreksverslag {date('slash')}\nAanwezig: {p.F()} (cliënt), tolk {ch('via telefoon', 'ter plaatse')}, "
            f"{M('PERSON', t.initials)} ({M('ORG', ch('VluchtelingenWerk', 'Humanitas'))} begeleider)\n\n"
            f"Cliënt is statushouder, {age(19, 45)} jaar, afkomstig uit {abroad(p.origin)}. Sinds {date('dm')} woonachtig "
            f"op {addr()}. Gezinshereniging loopt via IND. Grootste zorg: post niet begrijpen en boete van het CJIB "
            f"({case('betaling')}). Cliënt heeft geen DigiD. Actie: samen aanvragen {wd()}.")


@frame("contact-log")
def f_log_table():
    p = P()
    o = P("nl")
    l1, l2, l3 = date("dash0"), date("dash0"), date("dash0")
    return (f"Contactlog {M('PERSON', p.full)} ({case('client')})\n"
            f"{l1} tel. – cliënt belt, huur niet betaald, doorverwezen\n"
            f"{l2} mail – aan {o.T(True)} ({org('bewind')}): verzoek om overzicht, "
            f"{o.email(ch('bewindnoord.nl', 'desleutel.nl', 'evenwicht-bewind.nl'))}\n"
            f"{l3} huisbezoek {addr()} – koelkast leeg, voedselpakket geregeld\n"
            f"{date('dash0')} tel. {phone()} – geen gehoor, voicemail ingesproken")


@frame("contact-log")
def f_log_prose():
    p = P(female=True)
    return (f"{wd().capitalize()} {date('dm')}: gebeld met {p.T()}. Zij vertelt dat haar zoon {P(p.origin, False).N()} "
            f"weer thuis woont na de detentie. Spanningen in huis. Ik heb gevraagd of ze met {org('care')} "
            f"wil praten; ze twijfelt.\n{wd().capitalize()} {date('dm')}: mevrouw belt zelf terug vanaf een ander nummer "
            f"({phone('mob')}). Ze wil toch een gesprek. Afspraak gepland bij haar thuis op {date('dm')} om {time_()}.\n"
            f"Notitie: niet via {ch('het vaste nummer', 'de mail')} contact opnemen, partner leest mee.")


@frame("contact-log")
def f_log_officials():
    c = P()
    a, b = fresh(2, origin="nl")
    return (f"Log dossier {M('PERSON', c.sur)}\n- {date('iso')}: overleg met dhr. {M('PERSON', a.initials)}, teamleider Wmo, "
            f"over herindicatie. Hij zegt toe dat het {ch('Wmo-loket', 'sociaal team')} binnen 2 weken belt.\n"
            f"- {date('iso')}: mail van {b.T(True)}, beleidsmedewerker, met verwijzing naar {pick(ARTS)}.\n"
            f"- {date('iso')}: cliënt ({age(40, 85)}) belt boos: nog niets gehoord. Doorgezet naar {M('PERSON', a.sur)}.\n"
            f"- Volgende stap: schriftelijk verzoek, {ch('kenmerk volgt', 'termijn 6 weken')}.")


@frame("contact-log")
def f_log_homevisit():
    p = P()
    n = P("nl", True)
    return (f"Huisbezoek {p.T()}, {addr()}\nDatum: {date('long')}, {time_()}\n"
            f"Aanwezig: cliënt, buurvrouw {n.N()} (mantelzorger), ondergetekende.\n"
            f"Woning vervuild, trap onveilig. Cliënt ({age(60, 93)}) weigert opname. Dochter {P(p.origin, True).F()} "
            f"woont in {city()} en is telefonisch bereikbaar ({phone()}). Afspraak gemaakt met {org('care')} voor "
            f"extra ondersteuning. Zorgpad 2.0 is niet van toepassing.")


@frame("contact-log")
def f_log_taxi():
    p = P()
    d = P()
    return (f"Klachtregistratie vervoer\nCliënt: {p.F()} ({case('klant')})\nVervoerder: {org('taxi')}, "
            f"chauffeur {d.N()}, voertuig {plate()}\nRit: {date('dash0')}, ophalen {time_()} {addr()}, "
            f"afzetten dagbesteding {org('care')}\nKlacht: chauffeur {ch('45', 'ruim 50', '70')} minuten te laat, "
            f"cliënt in rolstoel in de regen laten staan. Cliënt wil schadevergoeding (nieuwe jas, {amount()}).")


# --- complaint and objection letters -------------------------------------------------

@frame("bezwaar")
def f_bezwaar_formal():
    p = P()
    return (f"{p.F()}\n{addr()}\n{postcode()}  {city()}\n\nAan het college van burgemeester en wethouders\n"
            f"t.a.v. de afdeling Bezwaar\n\n{city()}, {date('long')}\n\nBetreft: bezwaar tegen beschikking "
            f"van {date('long')}, {case('beschikking')}\n\nGeachte college,\n\nHierbij maak ik bezwaar tegen het besluit "
            f"om mijn {ch('huishoudelijke ondersteuning', 'maatwerkvoorziening', 'pgb')} te verlagen van {R.randint(3, 6)} naar "
            f"{R.randint(1, 2)} uur per week. Het besluit is onvoldoende gemotiveerd ({pick(ARTS)}). Mijn gronden volgen.\n\n"
            f"Hoogachtend,\n\n{M('PERSON', p.initials)}\nBSN {bsn()}")


@frame("bezwaar")
def f_bezwaar_pro_forma():
    p = P()
    v = P("nl")
    return (f"PRO FORMA BEZWAARSCHRIFT\n\nNamens cliënt {p.T()}, geboren {dob('ab2')}, wonende te {city()}, "
            f"maak ik bezwaar tegen het besluit {case('kenmerk')} d.d. {date('dash0')}. De gronden worden "
            f"nagezonden. Ik verzoek u de termijn van {pick(['art. 6:6 Awb', 'artikel 6:6 Awb'])} te hanteren.\n"
            f"Machtiging is bijgevoegd.\n\n{v.F()}\n{ch('Sociaal raadslieden', 'Cliëntondersteuning')} {org('welfare')}\n"
            f"{v.email(ch('humanitas.nl', 'welzijnoost.nl', 'dock.nl'))} | {phone('nongeo')}")


@frame("bezwaar")
def f_bezwaar_informal():
    p = P()
    return (f"bezwaar!!\n\nik ben het niet eens met jullie brief van {date(ch('dm', 'dash'))}. jullie zeggen dat ik "
            f"{amount()} moet terugbetalen omdat ik niet heb doorgegeven dat mijn zoon thuis woont. maar hij woont "
            f"NIET bij mij, hij woont in {city()} bij zijn vriendin op {addr()}. dat kan ik bewijzen.\n"
            f"Winter is hier al erg genoeg zonder dit gedoe.\n"
            f"{p.F()}\nbsn {bsn()}\n{phone()}")


@frame("bezwaar")
def f_bezwaar_hoorzitting():
    p = P()
    j = P("nl")
    return (f"Verslag hoorzitting bezwaarcommissie\nDatum: {date('long')}, {trange()}\nBezwaarde: {p.T()}, "
            f"bijgestaan door mr. {j.F()}\nNamens het college: {M('PERSON', P('nl').initials)}, jurist\n\n"
            f"Bezwaarde ({age(30, 80)}) licht toe dat zij/hij sinds {ch('2019', '2021', 'de scheiding')} afhankelijk is van "
            f"begeleiding door {org('care')}. Mr. {M('PERSON', j.sur)} wijst op {pick(ECLI)} en {pick(ARTS)}. "
            f"De commissie brengt binnen zes weken advies uit.")


@frame("complaint")
def f_klacht_official():
    p = P()
    o = P("nl")
    return (f"Klacht over behandeling\n\nGeachte heer, mevrouw,\n\nOp {wd()} {date('dm')} had ik een gesprek met "
            f"{o.T()} van het sociaal team. {ch('Zij', 'Hij')} was onbeleefd en zei letterlijk dat ik 'niet moest zeuren'. "
            f"Ik ben {age(35, 80)} jaar en heb dat nog nooit meegemaakt. Ik wil dat hier iets mee gebeurt.\n"
            f"Zwart op wit: ik heb alle stukken op tijd ingeleverd.\n\nMet vriendelijke groet,\n{p.F()}\n"
            f"{addr()}\n{postcode('nosp')} {city()}\n{p.email()}")


@frame("complaint")
def f_klacht_careprovider():
    p = P()
    k = P(p.origin)
    o = org('care')
    return (f"Aan de klachtencommissie van {o}\n\nBetreft: {k.F()}, cliënt, {case('client')}\n\n"
            f"Ik dien deze klacht in namens mijn {age(20, 60)}-jarige {'zus' if k.female else 'broer'} {k.N()}. Op {date('long')} is "
            f"{'zij' if k.female else 'hij'} zonder overleg overgeplaatst naar een andere groep. Begeleider {P().F()} heeft "
            f"de medicatie twee dagen niet gegeven. Ik verwacht binnen vier weken een reactie.\n\n"
            f"{p.F()}\n{phone()}")


@frame("complaint")
def f_klacht_bewind():
    p = P()
    b = P("nl")
    return (f"Geachte {b.sal()},\n\nAl {R.randint(3, 8)} weken krijg ik mijn leefgeld te laat op {iban()}. "
            f"Ik heb {ch('drie', 'vier', 'vijf')} keer gebeld naar {org('bewind')} op {phone('geo2')} en niemand belt terug. "
            f"Mijn kinderen hebben geen eten. Dit is de laatste keer dat ik het netjes vraag, daarna ga ik naar de "
            f"kantonrechter.\n\n{p.F()}\n{case('dossier')}")


@frame("complaint")
def f_klacht_neighbour():
    p = P()
    n = P(female=False)
    return (f"Beste mensen van {org('welfare')},\n\nMijn bovenbuurman {n.T()} ({addr()}) maakt elke nacht "
            f"lawaai en heeft mijn {ch('fiets', 'scootmobiel')} beschadigd. De politie zegt dat het een zaak is voor "
            f"buurtbemiddeling. Ik ben {age(50, 85)} en slaap slecht. Kunnen jullie bemiddelen?\n"
            f"Ik ben thuis op {ch('maandag', 'dinsdag', 'woensdag')} en {ch('donderdag', 'vrijdag')}.\n"
            f"{p.F()}\n{phone('geo2')}")


# --- forwarded e-mail chains ---------------------------------------------------------

def hdr_date():
    return f"{wd()} {date('long')} {time_()}"


@frame("mail-chain")
def f_chain_fw():
    a, b, c = fresh(3)
    o = pick(ORG_CARE)
    return (f"---------- Doorgestuurd bericht ---------\nVan: {b.F()} <{b.email()}>\nDatum: {hdr_date()}\n"
            f"Aan: {c.F()} <{org_email(o, c)}>\nOnderwerp: FW: {M('PERSON', a.sur)}, begeleiding\n\n"
            f"Hoi {c.N()},\n\nZie hieronder. {a.T()} woont sinds kort op {addr()} en heeft "
            f"dringend begeleiding nodig. Kunnen jullie ({M('ORG', o)}) dit oppakken?\n\n"
            f"Groet, {b.N()}\n\n> Van: {a.F()}\n> Ik weet niet meer wat ik moet doen, help aub")


@frame("mail-chain")
def f_chain_reply():
    a, b = fresh(2)
    o = pick(ORG_BEWIND)
    return (f"Op {date('long')} om {time_()} schreef {a.F()} <{a.email()}>:\n> Geachte {b.sal()},\n"
            f"> mijn energierekening is niet betaald, zie bijlage.\n\nGeachte {a.sal()},\n\n"
            f"Dank voor uw bericht. Ik heb de betaling aan {ch('Vattenfall', 'Eneco', 'Essent')} vandaag alsnog "
            f"gedaan ({amount()}). Uw leefgeld komt {wd()} op uw rekening.\n\nMet vriendelijke groet,\n\n"
            f"{b.F()}\nBewindvoerder | {M('ORG', o)}\nT {phone('geo3')} | E {org_email(o, b)}\n"
            f"KvK {R.randint(10000000, 99999999)} (B.V.) – dit bericht is vertrouwelijk")


@frame("mail-chain")
def f_chain_internal():
    a, b, c = fresh(3, origin="nl")
    cl = P()
    return (f"Van: {M('EMAIL', a.first.lower() + '.' + re.sub('[^a-z]', '', a.last.lower()) + '@gemeente.nl')}\n"
            f"Verzonden: {hdr_date()}\nAan: {M('EMAIL', 'wmo@gemeente.nl')}\nCC: {b.F()}\n"
            f"Onderwerp: RE: melding {M('PERSON', cl.full)}\n\nCollega's,\n\nDe melding over {cl.T()} "
            f"({dob('dash0')}) is dubbel binnengekomen, via het {ch('KCC', 'Wmo-loket', '14-nummer')} en via "
            f"{org('welfare')}. Ik pak hem op; {M('PERSON', c.first)} kan de andere sluiten.\n\n"
            f"{a.F()}\nconsulent Wmo\nbereikbaar ma-do via 14 0{R.randint(10, 79)}")


@frame("mail-chain")
def f_chain_long_signature():
    a = P()
    b = P("nl")
    o = pick(ORG_WELFARE)
    return (f"Beste {a.N()},\n\nHierbij de afspraak bevestigd: {date('long')} om {time_()} op ons kantoor. Neem "
            f"je bankafschriften van de afgelopen 3 maanden mee, en de brief van de {agency()}.\n\n"
            f"Hartelijke groet,\n\n{b.F()}\nVrijwillig thuisadministrateur | {M('ORG', o)}\nBezoekadres: "
            f"{addr()}, {postcode()} {city()}\nMobiel: {phone('mob', 9)}\n"
            f"Werkdagen: ma, di, do\n\nDisclaimer: De informatie in dit bericht is uitsluitend bestemd voor de "
            f"geadresseerde. Kijk voor onze privacyverklaring op {ch('onze website', 'de site')}.")


@frame("mail-chain")
def f_chain_english():
    a = P(ch("pl", "ua", "cn", "id"))
    b = P("nl")
    return (f"From: {a.F()} <{a.email()}>\nSent: {wd().capitalize()}, {date('long')}\nTo: {b.email('bewindvandaag.nl')}\n"
            f"Subject: Re: Re: your letter\n\nDear Mr/Mrs {M('PERSON', b.sur)},\n\nI still did not receive my money. "
            f"My account is {iban('grouped')}. I have to pay rent to {P('nl').F()} on the first of the month.\n"
            f"Regards, {M('PERSON', a.first)}\n\n> Beste {a.sal(True)}, we hebben uw verzoek ontvangen onder "
            f"{case('dossier')}.")


@frame("mail-chain")
def f_chain_forward_note():
    a, b = fresh(2, origin="nl")
    cl = P(ch("tr", "ma", "so"))
    return (f"Fwd: aanvraag {ch('bijzondere bijstand', 'kwijtschelding', 'witgoed')}\n\nVan: {cl.F()} <{cl.email()}>\n"
            f"Aan: {b.email()}\n\n> Mijn wasmachine is kapot en ik heb {R.randint(2, 5)} kinderen. Kan de gemeente "
            f"helpen? Mijn BSN: {bsn()}. Groet, {cl.N()}\n\n---\n{M('PERSON', b.first)}, kun jij dit oppakken? "
            f"Mevrouw staat bij ons bekend ({case('relatie')}). Zij woont {addr()}.\n"
            f"Thx, {M('PERSON', a.initials)}")


# --- notes about officials -----------------------------------------------------------

@frame("official-note")
def f_off_meeting():
    a, b, c = fresh(3, origin="nl")
    d = P(ch("tr", "ma", "sr"))
    return (f"Overleg sociaal domein {date('long')}\nAanwezig: dhr. {a.I()}, teamleider Wmo; mw. {b.I()}, "
            f"beleidsadviseur Jeugd; {d.F()} (wijkteam {district()}); {c.T(True)} ({org('care')})\n\n"
            f"1. Wachtlijsten: {M('PERSON', a.sur)} meldt dat de wachttijd is opgelopen tot 14 weken.\n"
            f"2. Casus {ch('Oost', 'Noord', 'Centrum')} (geanonimiseerd) besproken.\n3. Volgende overleg: {date('dm')}, "
            f"{time_()}.")


@frame("official-note")
def f_off_complaint_about():
    a = P("nl")
    cl = P()
    return (f"Notitie vertrouwenspersoon\n\nCliënt {cl.F()} beklaagt zich over consulent {a.F()}. Volgens cliënt "
            f"heeft {M('PERSON', a.sur if R.random() < 0.5 else a.first)} tijdens het keukentafelgesprek op "
            f"{date('dm')} gezegd dat een traplift 'toch niet meer loont op uw {age(70, 95)}e'. "
            f"Ik heb dit besproken met de leidinggevende, {M('PERSON', P('nl').initials)} (teammanager). "
            f"Die neemt contact op via {M('EMAIL', 'klachten@' + ch('almere.nl', 'gemeentehelmond.nl', 'oss.nl'))}.")


@frame("official-note")
def f_off_directory():
    a, b, c = fresh(3)
    return (f"Contactpersonen bij de gemeente (bijgewerkt {date('dash0')}):\n"
            f"• {a.F()} – consulent schuldhulp – {phone('geo2', 0)} – {a.email('gemeente.nl')}\n"
            f"• {b.I()} – leerplichtambtenaar – {phone('mob', 0)}\n"
            f"• {c.T(True)} – jurist bezwaar – via secretariaat\n"
            f"Algemeen nummer 14 0{R.randint(10, 79)}, spoed buiten kantoortijd: 0800-{R.randint(1000, 9999)} "
            f"(crisisdienst). Niet doorgeven aan cliënten: de directe nummers.")


@frame("official-note")
def f_off_wethouder():
    w = P("nl")
    cl = P()
    return (f"Aantekening: wethouder {w.F()} is op {date('long')} op werkbezoek geweest bij {org('welfare')}. "
            f"Daar sprak zij/hij met {cl.T()}, die vertelde over de {ch('lange wachttijd', 'eigen bijdrage', 'bureaucratie')}. "
            f"De wethouder heeft toegezegd dat iemand van het team contact opneemt ({phone()}). "
            f"Kwartaalcijfers en {ch('de Wmo-monitor', 'het armoedebeleid')} worden in het {ch('voorjaar', 'najaar')} besproken.")


# --- quarterly signal notes ----------------------------------------------------------

@frame("signal-note")
def f_sig_quarter():
    a, b = fresh(2)
    q = ch("Q1", "Q2", "Q3", "Q4")
    return (f"Signaalnotitie {q} {ch(2025, 2026)} aan de gemeente\n\nIn dit kwartaal ontvingen wij {R.randint(40, 160)} "
            f"meldingen, vooral van melders tussen 18 en 27 jaar en ouderen boven de 75 jaar. Terugkerend thema: "
            f"vervoer. {org('taxi')} rijdt structureel te laat. Voorbeeld (met toestemming): {a.T()} ({age(70, 90)}) "
            f"miste op {date('dm')} een ziekenhuisafspraak. Tweede signaal: {org('bewind')} is slecht bereikbaar. "
            f"Contact: {b.F()}, {b.email()}.")


@frame("signal-note")
def f_sig_amounts():
    a = P()
    return (f"Signaal: hoge energieschulden\n\nIn {district()} zien we een toename van "
            f"huishoudens met een achterstand boven de {amount()}. Landelijk gaat het om 2 500 000 euro aan "
            f"noodfonds. Casus: {a.F()} uit {city()} (alleenstaande ouder, {age(24, 45)}) kreeg een afsluitbrief op "
            f"{date('long')}. De Bank weigerde een betalingsregeling. Advies aan de gemeente: afspraken maken met "
            f"leveranciers. Zie ook {pick(GOV_URLS)}.")


@frame("signal-note")
def f_sig_table():
    a, b, c = fresh(3)
    return (f"Kwartaaloverzicht signalen cliëntondersteuning\n\nThema | aantal | voorbeeld\n"
            f"Wmo-huishoudelijke hulp | {R.randint(5, 30)} | {a.T(True)}, indicatie ingetrokken op {date('dash')}\n"
            f"Jeugdwet wachtlijst | {R.randint(3, 20)} | gezin {M('PERSON', b.sur)}, {city()}\n"
            f"Schulden | {R.randint(10, 40)} | {c.F()}, beslag via {ch('CJIB', 'Belastingdienst')}\n"
            f"Totaal {R.randint(60, 140)} meldingen in de periode 2025-2026. Meeste melders zijn tussen 30 en 50 jaar.")


@frame("signal-note")
def f_sig_provider():
    a = P("nl")
    o = org('care')
    return (f"Signaal aan de gemeente – zorgaanbieder\n\nMeerdere cliënten melden dat {o} de zorg eenzijdig heeft "
            f"afgeschaald na de nieuwe tarieven. Het gaat om {R.randint(8, 25)} cliënten in de leeftijd van 60 tot 90 jaar. "
            f"Eén cliënt, {a.T()} uit {district()}, heeft sinds {date('dm')} geen hulp meer. "
            f"Wij verzoeken de gemeente dit op te nemen in het contractmanagement. Gesprek met Albert Heijn over "
            f"boodschappenbezorging loopt.")


# --- phone notes ---------------------------------------------------------------------

@frame("phone-note")
def f_tel_incoming():
    p = P()
    return (f"Telefoonnotitie {date('dash0')} {time_()}\nBeller: {p.F()}\nTerugbelnummer: {phone()}\n"
            f"Onderwerp: vraagt hoe het staat met {ch('de aanvraag scootmobiel', 'het pgb', 'de woningaanpassing')} "
            f"({case('zaak')}). Woont {addr()}. Is {age(55, 90)}, slechthorend: graag hard praten.\n"
            f"Beller gaf aan dat {kin(p)} meeluistert en mag meepraten. Niet bellen "
            f"tussen 12.00-13.30 uur.\nAfgehandeld: nee, terugbellen door consulent.")


@frame("phone-note")
def f_tel_transcript():
    p = P(female=True)
    o = P("nl", False)
    return (f"Gesprek uitgeschreven (opname met toestemming)\n\nMW: ...ja en toen zei die meneer {M('PERSON', o.sur)} "
            f"dat ik het {ch('formulier', 'papier')} opnieuw moest sturen.\nVP: Weet u nog wanneer dat was?\n"
            f"MW: {ch('Eh, ', '')}{wd()} {date('dm')} geloof ik. Of de {R.randint(2, 28)}e.\nVP: En uw geboortedatum voor "
            f"het dossier?\nMW: {dob('long')}.\nVP: Dank u mevrouw {M('PERSON', p.sur)}. Ik bel u terug op "
            f"{phone('mob', 2)}.")


@frame("phone-note")
def f_tel_voicemail():
    p = P()
    return (f"Voicemail {wd()} {time_()}: {p.T()} ({'dochter' if p.female else 'zoon'} van cliënt) vraagt terugbelverzoek. "
            f"Moeder is {age(70, 97)}, woont {addr()} in {city()}. Dringend: {ch('verwarming kapot', 'valt vaak', 'eet niet')}. "
            f"Nummer ingesproken: {phone()}, alternatief {phone('geo3')}. Hij/zij noemde ook "
            f"{org('care')} als huidige aanbieder.\nTeruggebeld om {time_()}: geen gehoor, sms gestuurd. Morgen opnieuw.")


@frame("phone-note")
def f_tel_crisis():
    p = P()
    return (f"Telefoon {date('iso')} {time_()} – {p.F()}, {ch('een man', 'een vrouw', 'iemand')} van {age(18, 40)}, belt vanuit {city()}. Is het huis uit "
            f"gezet, slaapt in auto ({plate('hy')}). Heeft contact gehad met 113 en met Veilig Thuis. "
            f"Advies: aanmelden bij {org('welfare')} nachtopvang. Cliënt wil terugbellen via {phone('mob', 7)}.\n"
            f"Vorige melding {date('dash0')} via {P('nl').T(True)} van het wijkteam. Geen plek in de noodopvang "
            f"tot {wd()}.")


# --- more varied frames --------------------------------------------------------------

@frame("email-citizen")
def f_mail_names_in_list():
    a, b = fresh(2)
    c, d = P(a.origin), P(a.origin)
    return (f"Beste cliëntondersteuner,\n\nIn ons huis wonen: {a.F()} ({age(35, 60)}), {b.F()} ({age(30, 60)}), "
            f"onze kinderen {c.N()} en {d.N()}, en opa {P(a.origin, False).F()} ({age(70, 90)}). "
            f"{c.N()} heeft autisme en gaat naar dagbesteding bij {org('care')}. Het huis op {addr()} is te klein "
            f"en vochtig. Mei was het ergste, alles schimmel. Kunnen we urgentie krijgen?\n\n"
            f"Groeten van de familie {M('PERSON', a.sur)}\n{phone()}")


@frame("email-citizen")
def f_mail_sentence_start_names():
    p = P(ch("nl", "ma", "tr", "sr"))
    q = P("nl", False)
    return (f"Goedemiddag,\n\n{M('PERSON', q.full)} heeft mij doorgestuurd naar u. {M('PERSON', q.first)} is mijn "
            f"buurman en hij helpt mij met de computer. Bakker bij ons op de hoek zegt dat er ook een potje is voor "
            f"mensen met weinig geld, klopt dat? Ik werk als schoonmaker bij het {ch('ziekenhuis', 'hotel', 'station')} "
            f"en verdien {amount()} netto.\nGroot probleem is dat mijn {ch('koelkast', 'bed', 'fornuis')} stuk is.\n\n"
            f"{p.F()}, {postcode('low')}, huisnummer {R.randint(1, 99)}\n{p.email()}")


@frame("email-citizen")
def f_mail_dossier_refs():
    p = P()
    return (f"Onderwerp: {case('zaak')} – aanvulling\n\nGeachte heer/mevrouw,\n\nHierbij stuur ik de gevraagde "
            f"stukken voor {case('dossier')}: loonstroken {ch('augustus', 'september', 'oktober')} en de beschikking "
            f"van het UWV. Let op: het artikelnummer {nine_not_bsn()} op de factuur van de rolstoel is géén BSN, "
            f"mijn BSN is {bsn()}.\nDe betaling kan naar {iban('grouped')} t.n.v. {M('PERSON', p.initials)}.\n\n"
            f"Met vriendelijke groet,\n{p.F()}\n{phone()}")


@frame("whatsapp")
def f_wa_lowercase_names():
    p = P(ch("nl", "ma", "tr", "sr"))
    q, r = fresh(2)
    t = (f"heyy {p.first} 👋 weet jij het nummer van die mevrouw van {org('welfare')}? {q.first} {q.surname_lc} of zo. "
         f"{r.poss()} moeder zei dat zij goed is met bezwaar maken. ik moet voor {date('dm')} reageren anders krijg ik "
         f"boete {emo()} stuur maar naar mijn mail {P().email()} of bel {phone('mob', 2)}. "
         f"ik ben tot {time_()} op werk daarna thuis op de {street()}")
    t = t.replace("heyy " + p.first, "heyy " + M("PERSON", p.first), 1)
    t = t.replace(" " + q.first + " " + q.surname_lc + " of zo", " " + M("PERSON", q.full) + " of zo", 1)
    return t.lower()


@frame("whatsapp")
def f_wa_scan_photo():
    p = P()
    return (f"📷 [foto]\n{p.N()}: hier is de brief\n{p.N()}: staat {case('kenmerk')} bovenaan en mijn geboortedatum "
            f"klopt niet!! moet {dob('dash0')} zijn\n{p.N()}: en ze hebben mijn naam fout {M('PERSON', p.last.lower())} "
            f"met kleine letter haha\n{p.N()}: adres klopt wel, {addr()} {postcode('nosp')}\n"
            f"{p.N()}: ik bel morgen {ch('tussen 10 en 12', 'na de lunch', 'om 9 uur')} 👍\n"
            f"{p.N()}: o ja en {org('care')} vroeg ook nog naar mijn bsn, is dat {bsn()}? staat op mijn pas")


@frame("whatsapp")
def f_wa_somali():
    p = P("so")
    return (f"Asc walaal / hallo mevrouw. ik ben {p.F()}, moeder van {R.randint(3, 6)} kinderen. jullie hebben mijn "
            f"kinderbijslag gestopt zegt SVB. mijn man {P('so', False).F()} woont in {abroad(p.origin)} nu. ik woon {addr()} "
            f"{city()}. mijn dochter {P('so', True).N()} ({age(12, 19)}) schrijft dit voor mij. mahadsanid 🙏 "
            f"tel {phone('mob', 0)}\nhaar school is in {district()}, de juf heet {P('nl', True).N()}. wij wachten op antwoord")


@frame("intake")
def f_intake_elderly():
    p = P()
    return (f"Keukentafelgesprek – verslag\nDatum gesprek: {date('long')}\nCliënt: {p.T()}, {age(75, 99)} jaar\n"
            f"Adres: {addr()}\n{postcode()} {city()}\nAanwezig: cliënt, dochter {P(p.origin, True).F()} "
            f"({phone()}), consulent {M('PERSON', P('nl').initials)}\n\nCliënt loopt met rollator, valt regelmatig. "
            f"Wens: huishoudelijke hulp en maaltijdservice. Zelfredzaamheidsmatrix ingevuld. Eigen bijdrage via CAK "
            f"besproken (maximaal € 21,80 per maand).")


@frame("intake")
def f_intake_ocr():
    p = P()
    return (f"AANVRAAGFORMULIER BIJZONDERE BIJSTAND (ingescand)\n1. Achternaam: {M('PERSON', p.sur.upper())}\n"
            f"   Voornamen: {M('PERSON', p.first.upper())}\n2. Geboortedatum: {dob('dash0')}  BSN: {bsn()}\n"
            f"3. Straat en huisnummer: {addr()}\n   Postcode/woonplaats: {postcode()} / {city()}\n"
            f"4. IBAN: {iban('grouped')}\n5. Telefoon: {phone()}\n6. Waarvoor: {ch('bril', 'tandarts', 'bed')}, "
            f"{amount()}\nHandtekening: ............   Datum: {date('dash0')}")


@frame("intake")
def f_intake_sex_work_safety():
    p = P(female=True)
    return (f"Vertrouwelijk – intake {date('dash0')}\nCliënte ({age(19, 35)}) wil anoniem blijven richting partner. "
            f"Roepnaam: {p.N()}. Veilig telefoonnummer: {phone('mob', 4)} (alleen appen). Geen post naar huisadres, "
            f"wel naar het adres van haar zus {P(p.origin, True).F()}, {addr()}, {city()}.\n"
            f"Veilig Thuis is op de hoogte. Volgende stap: gesprek met {org('welfare')} over onderdak.")


@frame("contact-log")
def f_log_shorthand():
    p = P()
    b = P("nl")
    return (f"{date('dmnum')}: tc cl. {M('PERSON', p.sur)}, wil uitstel betaling\n{date('dmnum')}: mail bwv {b.T(True)} "
            f"({org('bewind')}), antw. volgt\n{date('dmnum')}: hb, cl. {age(40, 80)}j, woont alleen {street()}, "
            f"geen eten in huis → vb\n{date('dmnum')}: tc {phone()} ({ch('zus', 'broer')} cl.), geen gehoor\n"
            f"{date('dmnum')}: overleg wijkteam, besluit: melding bij huisarts\nAfkortingen: tc=telefonisch contact, "
            f"hb=huisbezoek, vb=voedselbank")


@frame("contact-log")
def f_log_family_poss():
    m = P(ch("ma", "tr", "nl", "sy"), female=True)
    k = P(m.origin, False)
    return (f"Verloop contacten\n\n{date('dm')} – {m.poss()} zoon {k.N()} ({age(14, 19)}) is opnieuw "
            f"weggelopen. Politie heeft hem gevonden bij het station van {city()}. Moeder overweldigd.\n"
            f"{date('dm')} – Gesprek met {k.poss()} mentor op school, {P('nl').T()}; school ziet het verzuim ook.\n"
            f"{date('dm')} – Aanmelding bij {org('care')} verstuurd via {M('EMAIL', 'aanmelding@' + ch('kompaan.nl', 'horizon.nl', 'pameijer.nl'))}.")


@frame("bezwaar")
def f_bezwaar_gronden():
    p = P()
    return (f"Aanvulling gronden bezwaar – {case('kenmerk')}\n\nNamens {p.T()} (geb. {dob('dot')}) vul ik het "
            f"bezwaar aan. Het college heeft ten onrechte aangenomen dat cliënt samenwoont met {P().F()}. "
            f"{M('PERSON', p.sur)} staat sinds {date('long')} ingeschreven op {addr()}, {city()}. De verklaring van "
            f"de verhuurder is bijgevoegd. Zie ook {pick(ECLI)}.\n\n{M('PERSON', P('nl').initials)}, sociaal raadsvrouw")


@frame("bezwaar")
def f_bezwaar_poor_dutch():
    p = P(ch("tr", "ma", "pl", "er"))
    return (f"aan gemeente\n\nik maak bezwaar voor de brief van {date('dash')} want ik krijg geen geld meer. "
            f"ik ben {age(45, 64)} jaar en ziek van rug. dokter kan zeggen. ik kan niet werken bij {ch('PostNL', 'de schoonmaak', 'de kassa')}. "
            f"mijn {case('klant')}. mijn zoon {P(p.origin, False).F()} helpt met schrijven.\n"
            f"ik heb al {R.randint(2, 5)} keer gebeld maar niemand neemt op. telefoon {phone('mob', 3)}\n"
            f"{p.F()}\n{addr()} {postcode('low')} {city()}")


@frame("complaint")
def f_klacht_wijkverpleging():
    p = P()
    n = P()
    return (f"Klacht – {org('care')}\n\nIk, {p.F()}, dien een klacht in over wijkverpleegkundige {n.N()} "
            f"(achternaam weet ik niet). Op {date(ch('dm', 'long'))} kwam zij pas om {time_()} terwijl de insuline om "
            f"8 uur moet. Dit is al {R.randint(3, 7)} keer gebeurd. Mijn vader ({age(70, 95)}) is hierdoor "
            f"in de war geraakt.\nAdres vader: {addr()}, {city()}.\nMij kunt u bereiken op {phone()}.")


@frame("complaint")
def f_klacht_ombudsman():
    p = P()
    return (f"Aan de Nationale ombudsman\n\nGeachte heer/mevrouw,\n\nIk heb in {ch(2024, 2025)} een klacht ingediend bij de "
            f"gemeente ({case('zaak')}), maar na {R.randint(4, 9)} maanden nog geen antwoord. Ik heb het ook via "
            f"www.nationaleombudsman.nl geprobeerd. Mijn gegevens: {p.F()}, {addr()}, {postcode()} {city()}, "
            f"geboren {dob('ab')}.\n\nHoogachtend,\n{M('PERSON', p.initials)}")


@frame("mail-chain")
def f_chain_three_levels():
    a, b, c = fresh(3)
    return (f"RE: RE: RE: huisbezoek\n\n{M('PERSON', c.first)}, prima, ik ga {wd()} mee.\n\n"
            f"Van: {b.F()}\nVerzonden: {date('dash0')} {time_()}\n> Kan iemand mee naar {a.T()}? Adres "
            f"{addr()}, {city()}. Er is een hond.\n>\n>> Van: {a.F()} <{a.email()}>\n>> Ik ben thuis op {date('dm')}. "
            f"mijn telefoon {phone('mob')}\n>> groet\n\n-- \nVerstuurd vanaf mijn iPhone")


@frame("mail-chain")
def f_chain_autoreply():
    a = P("nl")
    o = pick(ORG_CARE)
    return (f"Automatisch antwoord: Uw bericht\n\nDank voor uw e-mail. Ik ben afwezig tot en met {date(ch('dm', 'long'))}. "
            f"Voor dringende zaken kunt u contact opnemen met mijn collega {P('nl').F()} via "
            f"{org_email(o, None)} of {phone('nongeo')}.\n\nMet vriendelijke groet,\n{a.F()}\n"
            f"Ambulant begeleider, {M('ORG', o)}\n{addr()} | {postcode()} {city()}\n"
            f"Bij crisis: bel 112 of de huisartsenpost.")


@frame("signal-note")
def f_sig_laws_only():
    a = P()
    return (f"Kwartaalsignaal: samenloop Participatiewet en Toeslagenwet\n\nWij zien dat alleenstaande ouders tussen 25 "
            f"en 40 jaar na het hersteltraject van Dienst Toeslagen alsnog worden gekort. Een indicatie voor 5 jaar "
            f"biedt geen zekerheid. Casus ter illustratie (toestemming aanwezig): {a.F()}, {district()}, "
            f"{age(25, 40)} jaar, korting vanaf {date('long')}. Voorstel: afstemming met UWV en SVB. "
            f"Zie ook artikel 58 Participatiewet.")


@frame("signal-note")
def f_sig_ageing():
    a, b = fresh(2)
    return (f"Signaal eenzaamheid ouderen\n\nIn de wijk {district()} wonen veel ouderen boven de 80 jaar alleen. "
            f"Sinds de sluiting van het buurthuis in {ch('2023', '2024')} is er geen ontmoetingsplek. Voorbeelden: "
            f"{a.T()} ({age(80, 96)}) en {b.T()} ({age(80, 96)}) zien soms dagen niemand. {org('welfare')} wil een "
            f"koffie-ochtend starten op de {street()}. Financiering via het armoedefonds is aangevraagd.")


@frame("phone-note")
def f_tel_official_callback():
    o = P("nl")
    c = P()
    return (f"Teruggebeld door {o.T()}, {ch('teamleider Wmo', 'consulent Jeugd', 'coördinator schuldhulp')}, op "
            f"{date('dash0')}. Gaat over {c.T()} ({case(ch('zaak', 'dossier'))}). {M('PERSON', o.sur)} zegt dat de "
            f"beschikking deze week de deur uit gaat. Direct nummer van {M('PERSON', o.sur)}: {phone('geo2')}. "
            f"Algemene nummer 14 0{R.randint(10, 79)} geeft alleen wachtrij.\nCliënt ({age(30, 85)}) is hierover "
            f"geïnformeerd op {date('dm')}; {ch('hij', 'zij')} was opgelucht. Dossier bijgewerkt.")


@frame("phone-note")
def f_tel_english():
    c = P(ch("pl", "ua", "er", "cn"))
    return (f"Phone note (in English, client does not speak Dutch)\nCaller: {c.F()}, {age(20, 50)}\nCallback: "
            f"{phone('mob', 5)}\nIssue: employer {ch('Flexwork', 'StaffNow', 'uitzendbureau')} stopped paying wages "
            f"since {date('dm')}. Lives at {addr()}, {city()}, in housing arranged by employer. Licence plate of the "
            f"van that brings them to work: {plate('nohy')}.\nAction: refer to {M('ORG', 'FairWork')} and {org('welfare')}.")


@frame("official-note")
def f_off_particles():
    a = P("nl", True)
    while not a.particle:
        a = P("nl", True)
    b = P("nl", False)
    while not b.particle:
        b = P("nl", False)
    return (f"Notitie: {a.T()} (consulent) en {b.T()} (jurist) hebben het dossier van cliënt besproken. "
            f"Volgens {M('PERSON', a.sur)} is de aanvraag compleet. {M('PERSON', b.full)} wijst erop dat de "
            f"beslistermijn op {date('long')} verloopt. Afspraak: {M('PERSON', a.first + ' ' + a.surname_lc)} belt cliënt "
            f"vóór {wd()}. Telefoon {M('PERSON', a.sur)}: {phone('geo2', 1)}.")


@frame("letter-provider")
def f_letter_provider():
    c = P()
    w = P("nl")
    o = pick(ORG_CARE)
    return (f"{M('ORG', o)}\n{addr()}\n{postcode()} {city()}\n\n{c.T()}\n{addr()}\n{postcode()} {city()}\n\n"
            f"{city()}, {date('long')}\nKenmerk: {M('CASE_NUMBER', 'CL-%05d' % R.randint(1, 99999))}\n\n"
            f"Geachte {c.sal()},\n\nHierbij bevestigen wij de start van uw begeleiding per {date('long')}. "
            f"Uw vaste begeleider is {w.F()}.\n\nMet vriendelijke groet,\n{M('PERSON', P('nl').initials)}, manager zorg")


@frame("letter-provider")
def f_letter_bewind_overview():
    c = P()
    o = pick(ORG_BEWIND)
    return (f"{M('ORG', o)} – maandoverzicht\n\nCliënt: {c.F()}\nRekening beheer: {iban('compact')}\n"
            f"Leefgeldrekening: {iban('grouped')}\nPeriode: {ch('september', 'oktober', 'november')} {ch(2025, 2026)}\n\n"
            f"Inkomsten: uitkering {amount()}, zorgtoeslag {amount()}\nUitgaven: huur, energie, CAK, CJIB "
            f"({case('betaling')})\n\nVragen? {phone('geo3')}, ma t/m vr 09:00-12:00.")


@frame("sms")
def f_sms_reminder():
    c = P()
    return (f"SMS verzonden {date('dash0')} {time_()} naar {phone('mob', 3)}:\n\"Beste {c.N()}, herinnering: "
            f"afspraak met uw cliëntondersteuner op {wd()} {date('dm')} om {time_()}, adres {addr()}. "
            f"Verhinderd? Bel {phone('geo2')}. Neem uw ID-kaart mee.\"\nStatus: afgeleverd.\n"
            f"Vorige sms ({date('dash0')}) was mislukt: nummer onbekend.\nNotitie: cliënt wil liever gebeld worden "
            f"door {P('nl').T()}, niet door de balie.")


@frame("sms")
def f_sms_from_client():
    c = P()
    day = wd()
    t = (f"Sms van {phone('mob', 0)} ontvangen {date('dm')}:\n\"ik kan niet komen morgen, mijn kind is ziek. "
         f"kan het {day}? groet {c.first}\"\nTeruggestuurd: \"Dag {c.first}, {day} om {time_()} is goed. "
         f"Tot dan, {M('PERSON', P('nl').first)}\"\nIn agenda gezet; adres cliënt: {addr()}. Cliënt heeft geen "
         f"e-mail, alleen sms. Kind ({age(2, 9)}) is bekend bij het consultatiebureau.")
    t = t.replace("groet " + c.first + '"', "groet " + M("PERSON", c.first) + '"', 1)
    t = t.replace("Dag " + c.first + ",", "Dag " + M("PERSON", c.first) + ",", 1)
    return t


@frame("whatsapp")
def f_wa_crowdfunding():
    p = P()
    q = P(p.origin)
    return (f"Hoi allemaal, dit is {p.N()} 💔 Na de brand in onze flat aan de {street()} hebben we niks meer. "
            f"Mijn nicht {q.F()} heeft een actie gestart: {url(p, 'fund')} - delen mag!! Ook op insta: {url(p, 'social')}\n"
            f"De verzekering (De Bank zegt ook nee) betaalt niet. We slapen nu bij familie in {city()}. "
            f"Bedankt iedereen 🙏🙏")


@frame("email-citizen")
def f_mail_own_business():
    p = P(ch("tr", "ma", "sr", "nl", "pl"))
    return (f"Geachte Bbz-consulent,\n\nZoals besproken stuur ik mijn gegevens. Bedrijf: eenmanszaak "
            f"op naam van {p.F()}, {case('kvk')}. Website {url(p, 'biz')}, ook op Marktplaats. "
            f"Mijn bus ({plate()}) is afgeschreven en ik wil een lening voor een nieuwe. De omzet over "
            f"2024-2025 was {amount()}.\nMet vriendelijke groet,\n{M('PERSON', p.initials)}\n{phone('mob', R.randint(0, 10))}")


@frame("signal-note")
def f_sig_hard_negatives():
    a = P()
    return (f"Signaalnotitie voor de gemeente\n\nWinter: de stookkosten stijgen, en niet alleen voor Jan Modaal. "
            f"Jan en alleman belt het 14 0{R.randint(10, 79)}-nummer, maar de wachttijd is 40 minuten. Zwart op wit: "
            f"de regeling uit {ch('2019', '2022')} is nooit geëvalueerd. Rond Sinterklaas delen Albert Heijn en de "
            f"kerken pakketten uit. Het project Zorgpad 2.0 loopt van 2025-2027. Eén casus: {a.T()} ({age(60, 90)}) "
            f"kon productnummer {nine_not_bsn()} (een kachel) niet betalen en zat op {date('dm')} in de kou. "
            f"Contact via {a.email()}.")


@frame("contact-log")
def f_log_social_media():
    c = P(female=True)
    x = P(c.origin, female=False)
    return (f"Contactverslag {date('long')}\nCliënte {c.F()} laat screenshots zien van berichten van ex-partner "
            f"{x.F()} via {url(x, 'social')}. Hij plaatst foto's van haar woning ({addr()}). Ook een nep-account "
            f"{M('URL', 'instagram.com/' + asc(x.first) + '_' + str(R.randint(100, 999)))}. Advies: aangifte doen, contact met Veilig Thuis. Cliënte ({age(20, 45)}) wil eerst met "
            f"{org('welfare')} praten. Telefoon: {phone('mob')}.")


@frame("email-citizen")
def f_mail_parking_fine():
    p = P()
    return (f"Hallo,\n\nIk heb een boete gekregen van het CJIB voor mijn auto {plate()} maar die auto is op "
            f"{date('dash0')} verkocht aan {P().F()} uit {city()}. Het {case('betaling')} staat op de acceptgiro. "
            f"Kan de gemeente (schuldhulp) mij helpen met bezwaar? Ik kan geen {amount()} betalen, ik heb al een "
            f"regeling bij de Belastingdienst.\n\n{p.F()}\n{addr()}\n{postcode()} {city()}")


# ----------------------------------------------------------------------------- assembly

MARK = re.compile(r"\x01([A-Za-z_]+)\x02(.*?)\x03", re.S)


def assemble(marked):
    """Strip the markers, appending plain pieces and values; record the span of every value."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = marked[last:m.start()]
        out.append(plain)
        pos += len(plain)
        value = m.group(2)
        spans.append({"start": pos, "end": pos + len(value), "label": m.group(1).upper(), "_v": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(marked[last:])
    text = "".join(out)
    return text, spans


def check(text, spans):
    assert not any(c in text for c in "\x01\x02\x03"), "stray marker"
    prev_end = -1
    for s in sorted(spans, key=lambda s: s["start"]):
        v = text[s["start"]:s["end"]]
        assert v == s["_v"], (v, s)
        assert v and v == v.strip(), repr(v)
        assert s["label"] in LABELS, s
        assert s["start"] >= prev_end, ("overlap", s)
        prev_end = s["end"]
        if s["label"] == "BSN":
            assert bsn_ok(v), v
        if s["label"] == "IBAN":
            assert iban_ok(v), v
        if s["label"] == "POSTCODE":
            assert re.fullmatch(r"[1-9]\d{3}[ \u00a0]?[A-Za-z]{2}", v) and v[-2:].upper() not in ("SA", "SD", "SS"), v
        if s["label"] == "AGE":
            assert v.isdigit(), v
    n = len(text.encode("utf-8"))
    return MIN_BYTES <= n <= MAX_BYTES


def nbsp(text):
    """Occasionally replace an ordinary space by a no-break space (between words, outside markers)."""
    if R.random() < 0.25:
        idx = [i for i, c in enumerate(text) if c == " "]
        for i in R.sample(idx, min(2, len(idx))):
            text = text[:i] + "\u00a0" + text[i + 1:]
    return text


def make(fn):
    for _ in range(60):
        marked = fn()
        text, spans = assemble(nbsp(marked))
        if check(text, spans):
            return text, spans
    raise RuntimeError("frame %s cannot reach %d-%d bytes" % (fn.__name__, MIN_BYTES, MAX_BYTES))


def main():
    order = list(range(len(FRAMES)))
    R.shuffle(order)
    docs, kinds = [], []
    for k in range(N_PAIRS):
        kind, fn = FRAMES[order[k % len(order)]]
        for _ in range(2):
            text, spans = make(fn)
            i = len(docs) + 1
            docs.append({"id": "ind3-%04d" % i, "text": text,
                         "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in spans]})
            kinds.append((kind, fn.__name__))
    for d in docs:
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        from collections import Counter
        lab = {"dev": Counter(), "test": Counter()}
        kc = {"dev": Counter(), "test": Counter()}
        for d, (kind, _) in zip(docs, kinds):
            half = "dev" if int(d["id"].rsplit("-", 1)[1]) % 2 else "test"
            kc[half][kind] += 1
            for s in d["spans"]:
                lab[half][s["label"]] += 1
        print("frames: %d, documents: %d" % (len(FRAMES), len(docs)), file=sys.stderr)
        print("%-14s %5s %5s %5s" % ("label", "dev", "test", "all"), file=sys.stderr)
        for l in sorted(LABELS):
            print("%-14s %5d %5d %5d" % (l, lab["dev"][l], lab["test"][l], lab["dev"][l] + lab["test"][l]), file=sys.stderr)
        print("%-14s %5d %5d %5d" % ("total", sum(lab["dev"].values()), sum(lab["test"].values()),
                                      sum(lab["dev"].values()) + sum(lab["test"].values())), file=sys.stderr)
        for k in sorted(set(kc["dev"]) | set(kc["test"])):
            print("%-14s %5d %5d" % (k, kc["dev"][k], kc["test"][k]), file=sys.stderr)
        b = [len(d["text"].encode()) for d in docs]
        print("bytes min/avg/max: %d/%d/%d" % (min(b), sum(b) // len(b), max(b)), file=sys.stderr)


if __name__ == "__main__":
    main()
