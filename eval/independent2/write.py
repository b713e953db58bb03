#!/usr/bin/env python3
"""Independent evaluation set 2 for the Dutch de-identifier (issue 32): prints JSONL documents with gold spans.

Usage: python3 write.py > ind2.jsonl   (add --stats for counts per label/kind on stderr)
Standard library only, deterministic (fixed seed). Offsets are Unicode code points, end exclusive.
"""
import datetime
import re

# ---------------------------------------------------------------- names
# (first name, gender) per origin; surnames as (particle, core)
FIRST = {
    "nl": [("Henk", "m"), ("Jan", "m"), ("Karin", "f"), ("Sanne", "f"), ("Anna", "f"), ("Pieter", "m"),
           ("Marieke", "f"), ("Ingrid", "f"), ("Kees", "m"), ("Joost", "m"), ("Esther", "f"), ("Linda", "f"),
           ("Bram", "m"), ("Femke", "f"), ("Wim", "m"), ("Gerda", "f"), ("Ria", "f"), ("Sjoerd", "m"),
           ("Noor", "f"), ("Daan", "m"), ("Lotte", "f"), ("Ruud", "m"), ("Petra", "f"), ("Tineke", "f"),
           ("Gert-Jan", "m"), ("Anneke", "f"), ("Jeroen", "m"), ("Hennie", "f"), ("Maarten", "m"), ("Joke", "f")],
    "tr": [("Ayşe", "f"), ("Mehmet", "m"), ("Emine", "f"), ("Hüseyin", "m"), ("Zeynep", "f"), ("Murat", "m"),
           ("Elif", "f"), ("Şükrü", "m"), ("Gökhan", "m"), ("Büşra", "f"), ("Özlem", "f"), ("Çağlar", "m")],
    "ma": [("Fatima", "f"), ("Mohamed", "m"), ("Youssef", "m"), ("Khadija", "f"), ("Nadia", "f"), ("Said", "m"),
           ("Samira", "f"), ("Karim", "m"), ("Hanane", "f"), ("Ilias", "m"), ("Naima", "f"), ("Abdelkader", "m")],
    "sr": [("Roy", "m"), ("Sharon", "f"), ("Rajesh", "m"), ("Priya", "f"), ("Glenn", "m"), ("Wendy", "f"),
           ("Anand", "m"), ("Shanti", "f"), ("Ricardo", "m"), ("Marisca", "f")],
    "pl": [("Agnieszka", "f"), ("Krzysztof", "m"), ("Małgorzata", "f"), ("Paweł", "m"), ("Katarzyna", "f"),
           ("Tomasz", "m"), ("Łukasz", "m"), ("Joanna", "f")],
    "ua": [("Olena", "f"), ("Oleksandr", "m"), ("Iryna", "f"), ("Dmytro", "m"), ("Nataliia", "f"),
           ("Andriy", "m"), ("Yuliia", "f"), ("Serhiy", "m")],
    "sy": [("Ahmad", "m"), ("Rania", "f"), ("Omar", "m"), ("Lina", "f"), ("Khaled", "m"), ("Hala", "f"),
           ("Yasmin", "f"), ("Bashar", "m")],
    "er": [("Semhar", "f"), ("Tesfay", "m"), ("Yonas", "m"), ("Helen", "f"), ("Senait", "f"), ("Filmon", "m"),
           ("Mehret", "f"), ("Abraham", "m")],
    "so": [("Hodan", "f"), ("Abdirahman", "m"), ("Faadumo", "f"), ("Mahad", "m")],
}
SUR = {
    "nl": [("de", "Boer"), ("van der", "Berg"), ("van den", "Heuvel"), ("", "Jansen"), ("de", "Vries"),
           ("", "Bakker"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("", "Mulder"), ("", "Bos"),
           ("de", "Jong"), ("van", "Dijk"), ("", "Kok"), ("", "Dekker"), ("", "Hendriks"), ("van 't", "Hek"),
           ("ter", "Horst"), ("van", "Leeuwen"), ("", "Brouwer"), ("", "Vermeulen"), ("de", "Graaf"),
           ("", "Schouten"), ("", "Koster"), ("", "Prins"), ("", "Wijnands"), ("", "Hoekstra"), ("", "Zwart"),
           ("de", "Groot"), ("'t", "Hart"), ("van der", "Linden"), ("in 't", "Veld"), ("", "Winter"),
           ("op den", "Kamp"), ("van", "Beek"), ("", "Klein")],
    "tr": [("", "Yılmaz"), ("", "Kaya"), ("", "Demir"), ("", "Çelik"), ("", "Şahin"), ("", "Öztürk"),
           ("", "Aydın"), ("", "Arslan"), ("", "Doğan"), ("", "Koç")],
    "ma": [("", "El Amrani"), ("", "Ouali"), ("", "Bouzid"), ("", "Ait Taleb"), ("", "El Idrissi"),
           ("", "Benali"), ("", "Azzouzi"), ("", "El Khatib"), ("", "Ait Hamou"), ("", "Boukhari")],
    "sr": [("", "Tjon-A-Fong"), ("", "Ramdin"), ("", "Sewnath"), ("", "Kartosen"), ("", "Pinas"),
           ("", "Wongsodikromo"), ("", "Jagesar"), ("", "Lie-A-Ling")],
    "pl": [("", "Kowalski"), ("", "Nowak"), ("", "Wiśniewska"), ("", "Wójcik"), ("", "Kamiński"),
           ("", "Lewandowska"), ("", "Zieliński"), ("", "Dąbrowski")],
    "ua": [("", "Shevchenko"), ("", "Kovalenko"), ("", "Bondarenko"), ("", "Tkachenko"), ("", "Melnyk"),
           ("", "Kravchuk")],
    "sy": [("", "Al-Hassan"), ("", "Haddad"), ("", "Al-Masri"), ("", "Khoury"), ("", "Al-Jasem"),
           ("", "Darwish"), ("", "Nasser")],
    "er": [("", "Tesfamariam"), ("", "Ghebremedhin"), ("", "Haile"), ("", "Berhane"), ("", "Woldemichael"),
           ("", "Kidane")],
    "so": [("", "Warsame"), ("", "Abdi"), ("", "Farah")],
}
ORIGIN_W = [("nl", 40), ("tr", 10), ("ma", 12), ("sr", 8), ("pl", 7), ("ua", 7), ("sy", 7), ("er", 6), ("so", 3)]

TRANSLIT = str.maketrans({"ş": "s", "ı": "i", "ç": "c", "ö": "o", "ü": "u", "ğ": "g", "ł": "l", "ń": "n",
                          "ś": "s", "ą": "a", "ę": "e", "ó": "o", "ż": "z", "ź": "z", "ć": "c", "'": "",
                          "é": "e", "ë": "e"})


def ascii_lower(s):
    return s.lower().translate(TRANSLIT)


class Person:
    def __init__(self, rng, kind, gender=None):
        self.rng = rng
        origins = [o for o, _ in ORIGIN_W]
        weights = [w for _, w in ORIGIN_W]
        self.origin = rng.choices(origins, weights)[0]
        pool = [fg for fg in FIRST[self.origin] if gender is None or fg[1] == gender]
        self.first, self.gender = rng.choice(pool)
        self.particle, self.core = rng.choice(SUR[self.origin])
        self.second = None  # married name part
        if self.gender == "f" and kind != "k" and rng.random() < 0.22:
            o2 = rng.choices(origins, weights)[0]
            p2 = rng.choice(SUR[o2])
            if p2[1] != self.core:
                self.second = p2
        if kind == "k":
            self.age = rng.randint(2, 17)
        elif kind == "g":
            self.age = rng.randint(70, 97)
        else:
            self.age = rng.randint(19, 86)
        letters = [self.first[0]]
        if rng.random() < 0.4:
            letters.append(rng.choice("ABCDEFGHJKLMNPRSTW"))
        self.initials = "".join(c + "." for c in letters)

    def surname(self, cap):
        part = self.particle
        if part and cap and part[0].isalpha():
            part = part[0].upper() + part[1:]
        s = (part + " " if part else "") + self.core
        if self.second:
            p2, c2 = self.second
            s += "-" + (p2 + " " if p2 else "") + c2
        return s

    def full(self):
        return self.first + " " + self.surname(False)

    def init(self):
        return self.initials + " " + self.surname(False)

    def sur(self):
        return self.surname(True)

    def title(self):
        if self.gender == "f":
            return self.rng.choice(["mevrouw", "mevrouw", "mevr.", "mw."])
        return self.rng.choice(["meneer", "de heer", "dhr.", "meneer"])

    def email(self):
        f = ascii_lower(self.first).replace("-", "")
        s = ascii_lower(self.core).replace(" ", "").replace("-", "")
        p = ascii_lower(self.particle).replace(" ", "")
        dom = self.rng.choice(["hotmail.com", "gmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl",
                               "live.nl", "icloud.com", "planet.nl"])
        form = self.rng.randrange(5)
        if form == 0:
            loc = f + "." + p + s
        elif form == 1:
            loc = f[0] + p + s + str(self.rng.randint(60, 99))
        elif form == 2:
            loc = f + "_" + s
        elif form == 3:
            loc = f + s[:4] + str(self.rng.randint(1, 999))
        else:
            loc = f + "." + s
        return loc + "@" + dom

    def url(self):
        f = ascii_lower(self.first).replace("-", "")
        s = ascii_lower(self.core).replace(" ", "").replace("-", "")
        form = self.rng.randrange(7)
        if form == 0:
            return "www.facebook.com/%s.%s.%d" % (f, s, self.rng.randint(1, 99))
        if form == 1:
            return "https://www.instagram.com/%s_%s/" % (f, s)
        if form == 2:
            return "https://www.gofundme.com/f/help-%s-met-de-huur" % f
        if form == 3:
            return "www.doneeractie.nl/steun-%s-%s/-/%d" % (f, s, self.rng.randint(10000, 99999))
        if form == 4:
            return "https://www.linkedin.com/in/%s-%s-%d" % (f, s, self.rng.randint(100, 999))
        if form == 5:
            return "tiktok.com/@%s.%s" % (f, s[:3])
        return "www.klusbedrijf%s.nl" % s


# ---------------------------------------------------------------- identifiers
def bsn(rng):
    while True:
        d = [rng.randint(1 if i == 0 else 0, 9) for i in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last < 10:
            d.append(last)
            assert bsn_ok("".join(map(str, d)))
            return "".join(map(str, d))


def bsn_ok(digits):
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    w = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(a * int(b) for a, b in zip(w, digits)) % 11 == 0


def bsn_fmt(rng, n=None):
    n = n or bsn(rng)
    f = rng.randrange(3)
    if f == 0:
        return n
    if f == 1:
        return n[:4] + "." + n[4:6] + "." + n[6:]
    return n[:3] + " " + n[3:6] + " " + n[6:]


def bad_nine(rng):
    while True:
        n = "".join(str(rng.randint(0, 9)) for _ in range(9))
        if n[0] != "0" and not bsn_ok(n):
            return n


BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "RBRB", "TRIO", "KNAB", "BUNQ", "FVLB", "NNBA", "HAND"]


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == 18 and iban_num(s[4:] + s[:4]) % 97 == 1


def iban(rng):
    bank = rng.choice(BANKS)
    if bank == "INGB":
        acct = "000" + str(rng.randint(1000000, 9999999))
    else:
        while True:
            d = [rng.randint(0, 9) for _ in range(9)]
            d[0] = rng.randint(1, 9)
            s = sum((10 - i) * x for i, x in enumerate(d))
            last = (-s) % 11
            if last < 10:
                acct = "".join(map(str, d)) + str(last)
                break
    cd = 98 - iban_num(bank + acct + "NL00") % 97
    out = "NL%02d%s%s" % (cd, bank, acct)
    assert iban_ok(out)
    return out


def iban_fmt(rng):
    s = iban(rng)
    r = rng.random()
    if r < 0.45:
        s = " ".join(s[i:i + 4] for i in range(0, 18, 4))
    if rng.random() < 0.12:
        s = s.lower()
    return s


AREA2 = ["010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043",
         "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077",
         "078", "079"]
AREA3 = ["0111", "0113", "0162", "0164", "0172", "0181", "0222", "0223", "0294", "0313", "0314", "0318",
         "0341", "0343", "0413", "0475", "0478", "0492", "0495", "0511", "0512", "0522", "0544", "0570",
         "0591", "0594", "0599", "0184", "0252", "0344"]


def _sub(rng, n):
    return str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def phone(rng, which=None):
    which = which or rng.choices(["mob", "a2", "a3", "nongeo"], [55, 22, 17, 6])[0]
    intl = rng.random() < 0.22
    nb = rng.random() < 0.06
    sp = "\u00a0" if nb else " "
    if which == "mob":
        s = "".join(str(rng.randint(0, 9)) for _ in range(8))
        s = str(rng.randint(1, 9)) + s[1:]
        if intl:
            return rng.choice(["+31 6 %s" % s, "+316%s" % s, "+31 (0)6 %s" % s, "0031 6 %s" % s,
                               "0031-6-%s" % s, "+31 6 %s %s" % (s[:4], s[4:]),
                               "+31 6 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:])])
        return rng.choice(["06-%s" % s, "06%s%s %s" % (sp, s[:4], s[4:]), "06 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:]),
                           "06%s" % s, "(06) %s" % s, "06-%s %s" % (s[:4], s[4:]), "06 - %s" % s,
                           "06%s%s" % (sp, s)])
    if which == "a2":
        a = rng.choice(AREA2)
        s = _sub(rng, 7)
        if intl:
            return rng.choice(["+31 (0)%s-%s" % (a[1:], s), "+31(0)%s-%s" % (a[1:], s),
                               "0031 %s %s %s" % (a[1:], s[:3], s[3:]), "+31 %s %s" % (a[1:], s),
                               "+31%s%s" % (a[1:], s)])
        return rng.choice(["%s-%s" % (a, s), "%s %s %s %s" % (a, s[:3], s[3:5], s[5:]), "(%s) %s" % (a, s),
                           "%s%s" % (a, s), "%s - %s %s" % (a, s[:3], s[3:]), "%s-%s %s" % (a, s[:3], s[3:])])
    if which == "a3":
        a = rng.choice(AREA3)
        s = _sub(rng, 6)
        if intl:
            return rng.choice(["+31 %s %s" % (a[1:], s), "0031 %s %s" % (a[1:], s), "+31 (0)%s-%s" % (a[1:], s)])
        return rng.choice(["(%s) %s" % (a, s), "%s - %s %s" % (a, s[:3], s[3:]), "%s-%s" % (a, s),
                           "%s %s" % (a, s), "%s%s" % (a, s), "%s %s %s %s" % (a, s[:2], s[2:4], s[4:])])
    a = rng.choice(["085", "088", "084", "087"])
    s = _sub(rng, 7)
    return rng.choice(["%s-%s" % (a, s), "%s %s %s" % (a, s[:3], s[3:]), "(%s) %s" % (a, s)])


def postcode(rng):
    while True:
        L = rng.choice("ABCDEGHJKLMNPRSTVWXZFIOUY") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if L not in ("SA", "SD", "SS"):
            break
    n = rng.randint(1000, 9999)
    f = rng.random()
    if f < 0.68:
        return "%d %s" % (n, L)
    if f < 0.88:
        return "%d%s" % (n, L)
    return "%d %s" % (n, L.lower())


STREETS = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Burg. Saletlaan", "Prins Bernhardlaan", "Van Goghstraat",
           "Oranjestraat", "Julianalaan", "Beatrixstraat", "Schoolstraat", "Nieuwe Kade", "Graaf Florisweg",
           "Merelstraat", "Lijsterbeslaan", "Tuinstraat", "Stationsweg", "Hoofdstraat", "Kastanjelaan",
           "Willem de Zwijgerlaan", "2e Oosterparkstraat", "Jan Steenstraat", "Pieter de Hoochstraat",
           "Ds. Boschplein", "Koningin Wilhelminaplein", "Aert van Nesstraat", "Laan van Meerdervoort",
           "'s-Gravendijkwal", "Marktveld", "Het Want", "De Gaarde", "Zonnebloemstraat", "Akkerwinde",
           "Berkenhof", "Dr. Schaepmanstraat", "Sint Janssingel", "Lange Nieuwstraat", "Vinkenpad",
           "Hobbemaplein", "Bachlaan", "Plesmanweg", "Tjalkstraat", "Händelstraat", "Rozengracht",
           "Van Heutszstraat", "Oude Kijk in 't Jatstraat", "Mr. Troelstraweg", "Zuiderdiep", "Ooievaarsnest"]


def housenr(rng):
    n = str(rng.choices([rng.randint(1, 40), rng.randint(41, 260)], [3, 2])[0])
    r = rng.random()
    if r < 0.15:
        n += rng.choice("abcd")
    elif r < 0.22:
        n += "-" + str(rng.randint(1, 4))
    elif r < 0.27:
        n += rng.choice([" bis", " A", " II", "-hs", " zw"])
    return n


def address(rng):
    return rng.choice(STREETS) + " " + housenr(rng)


CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "'s-Hertogenbosch", "Tilburg", "Zwolle", "Deventer",
          "Nijmegen", "Arnhem", "Leeuwarden", "Groningen", "Emmen", "Almere", "Lelystad", "Dordrecht", "Schiedam",
          "Vlaardingen", "Zaandam", "Hoorn", "Venlo", "Roermond", "Heerlen", "Kerkrade", "Sittard", "Oss",
          "Veghel", "Helmond", "Eindhoven", "Breda", "Roosendaal", "Bergen op Zoom", "Goes", "Vlissingen",
          "Terneuzen", "Assen", "Meppel", "Kampen", "Ede", "Veenendaal", "Amersfoort", "Hilversum", "Gouda",
          "Alphen aan den Rijn", "Leiden", "Delft", "Zoetermeer", "Purmerend", "Den Helder", "Sneek", "Drachten",
          "Hengelo", "Enschede", "Almelo", "Doetinchem", "Winterswijk", "Tiel", "Culemborg", "IJsselstein",
          "Nieuwegein", "Capelle aan den IJssel", "Krimpen aan den IJssel", "Kanaleneiland", "Overvecht",
          "Bijlmer", "Presikhaaf", "Hoogvliet", "Stein", "Ter Apel", "Ouddorp"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(rng, d, allow_noyear=True):
    f = rng.randrange(13 if allow_noyear else 10)
    D, M, Y = d.day, d.month, d.year
    if f == 0:
        return "%d %s %d" % (D, MONTHS[M - 1], Y)
    if f == 1:
        return "%d %s %d" % (D, MON_AB[M - 1], Y)
    if f == 2 and M != 5:
        return "%d %s. %d" % (D, MON_AB[M - 1], Y)
    if f == 2:
        return "%d mei %d" % (D, Y)
    if f == 3:
        return "%02d-%02d-%d" % (D, M, Y)
    if f == 4:
        return "%d-%d-%d" % (D, M, Y)
    if f == 5:
        return "%02d/%02d/%d" % (D, M, Y)
    if f == 6:
        return "%d.%d.%d" % (D, M, Y)
    if f == 7:
        return "%d-%d-%02d" % (D, M, Y % 100)
    if f == 8:
        return d.isoformat()
    if f == 9:
        return "%d %s %d" % (D, MONTHS[M - 1], Y)
    if f == 10:
        return "%d %s" % (D, MONTHS[M - 1])
    if f == 11:
        return "%d %s" % (D, MON_AB[M - 1])
    return "%d %s" % (D, MONTHS[M - 1])


def kenteken(rng):
    C = "BDFGHJKLNPRSTVXZ"
    L = lambda k: "".join(rng.choice(C) for _ in range(k))
    N = lambda k: str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(k - 1))
    forms = [lambda: (L(2), N(2), L(2)), lambda: (L(2), L(2), N(2)), lambda: (N(2), L(2), L(2)),
             lambda: (N(2), L(3), N(1)), lambda: (N(1), L(3), N(2)), lambda: (L(2), N(3), L(1)),
             lambda: (L(1), N(3), L(2)), lambda: (L(3), N(2), L(1)), lambda: (L(1), N(2), L(3)),
             lambda: (N(1), L(2), N(3)), lambda: (N(3), L(2), N(1))]
    parts = rng.choice(forms)()
    r = rng.random()
    s = "-".join(parts) if r < 0.7 else "".join(parts)
    if rng.random() < 0.2:
        s = s.lower()
    return s


def case_number(rng):
    y = rng.choice([2024, 2025, 2026, 2026])
    f = rng.randrange(12)
    if f == 0:
        return "Z/%02d/%06d" % (y % 100, rng.randint(1000, 999999))
    if f == 1:
        return "%d-%07d" % (y, rng.randint(10000, 9999999))
    if f == 2:
        return "WMO-%d-%05d" % (y, rng.randint(1, 99999))
    if f == 3:
        return "JW-%02d-%05d" % (y % 100, rng.randint(1, 99999))
    if f == 4:
        return "SHV %d.%04d" % (y, rng.randint(1, 9999))
    if f == 5:
        return "D-%06d" % rng.randint(100000, 999999)
    if f == 6:
        return "PW/%d/%04d" % (y, rng.randint(1, 9999))
    if f == 7:
        return "%02d.%04d.WMO" % (y % 100, rng.randint(1, 9999))
    if f == 8:
        return "CJG-%d-%04d" % (y, rng.randint(1, 9999))
    if f == 9:
        return "%07d" % rng.randint(1000000, 9999999)
    if f == 10:
        return "ZK%d-%05d" % (y, rng.randint(1, 99999))
    return "%d/%06d" % (y, rng.randint(1, 999999))


def betalingskenmerk(rng):
    d = "".join(str(rng.randint(0, 9)) for _ in range(16))
    d = str(rng.randint(1, 9)) + d[1:]
    return d if rng.random() < 0.4 else " ".join(d[i:i + 4] for i in range(0, 16, 4))


def kvk(rng):
    return str(rng.randint(10000000, 99999999))


ORG_CARE = ["Zorggroep Oost", "Thuiszorg De Linde", "Zorgaanbieder Horizon", "Thuiszorg Het Baken",
            "Stichting Het Anker", "Zorgboerderij De Hoeve", "Dagbesteding De Werkplaats", "Jeugdhulp Kompas",
            "GGZ Westerlicht", "Begeleid Wonen De Brug", "Jeugdzorg Eikenrode", "Schoon & Fris Thuishulp",
            "Zorgcentrum Avondlicht", "Ambulante Begeleiding Samen Sterk", "De Zorgzame Buur BV",
            "Gezinshuis De Vlinder", "Thuiszorg Zuidwest", "Kinderdagcentrum Het Zonnetje", "Leger des Heils",
            "Cordaan Thuiszorg"]
ORG_BEWIND = ["Bewindvoering Van Dijk & Partners", "De Hoofdzaak Bewindvoering", "Budgetbeheer Noord BV",
              "Bewindvoerderskantoor Stabiel", "Kwadraat Bewind", "Mentorschap Midden", "FinVitaal Bewind",
              "Beschermingsbewind Rijnmond"]
ORG_TAXI = ["Taxi Maas & Waal", "Taxibedrijf Verhoef", "Taxi Centrale Noord", "Zorgvervoer De Rijn",
            "Taxi Snel & Zeker", "Vervoersbedrijf Tuk", "Regio Zorgtaxi Lemmens"]
ORG_WELFARE = ["Schuldhulpmaatje Oost", "Humanitas", "Stichting Welzijn Centrum", "MEE Zuid",
               "Vluchtelingenwerk Midden", "Stichting Present", "Buurtwerk De Kameleon", "Re-integratiebureau Kans & Werk",
               "Werkfit Re-integratie", "Stichting Thuisadministratie Plus"]


def org(rng, cat=None):
    cat = cat or rng.choice(["care", "care", "bewind", "taxi", "welfare"])
    return rng.choice({"care": ORG_CARE, "bewind": ORG_BEWIND, "taxi": ORG_TAXI, "welfare": ORG_WELFARE}[cat])


# ---------------------------------------------------------------- negatives (never annotated)
def amount(rng):
    v = rng.choice([38.5, 45, 112.4, 245, 386.17, 1250, 12400, 690, 1873.22, 57.95, 2500000, 19.9, 3150])
    f = rng.randrange(6)
    if v == 2500000:
        return rng.choice(["2 500 000 euro", "€ 2.500.000"])
    euros = ("%.2f" % v).replace(".", ",")
    if euros.endswith(",00") and rng.random() < 0.5:
        euros = euros[:-3] + ",-"
    if v >= 1000:
        whole, cents = ("%.2f" % v).split(".")
        whole = whole[:-3] + "." + whole[-3:]
        euros = whole + "," + cents
    if f == 0:
        return "€ " + euros
    if f == 1:
        return "€\u00a0" + euros
    if f == 2:
        return euros + " euro"
    if f == 3:
        return "€" + euros
    if f == 4:
        return "EUR " + euros
    return "€ " + euros + ",-" if "," not in euros else "€ " + euros


def clock(rng):
    h = rng.randint(8, 17)
    m = rng.choice([0, 15, 30, 45])
    f = rng.randrange(5)
    if f == 0:
        return "%d.%02d uur" % (h, m)
    if f == 1:
        return "%02d:%02d" % (h, m)
    if f == 2:
        return "%02d:%02d-%02d:%02d" % (h, m, h + 2, m)
    if f == 3:
        return "%d uur" % h
    return "tussen %d.%02d en %d.%02d uur" % (h, m, h + 1, m)


def negative(rng, key):
    if key == "amount":
        return amount(rng)
    if key == "time":
        return clock(rng)
    if key == "year":
        return str(rng.randint(2009, 2025))
    if key == "yrange":
        y = rng.randint(2018, 2025)
        return rng.choice(["%d-%d" % (y, y + 1), "%d/%d" % (y, y + 1), "%d–%d" % (y - 2, y)])
    if key == "dur1":  # bare duration
        n = rng.randint(2, 14)
        return rng.choice(["%d jaar" % n, "%d maanden" % n, "%d weken" % n, "ruim %d jaar" % n,
                           "bijna %d maanden" % n, "een half jaar", "anderhalf jaar", "%d jr" % n])
    if key == "dur2":  # duration with its own preposition
        n = rng.randint(2, 14)
        return rng.choice(["al %d jaar" % n, "sinds %d jaar" % n, "al %d maanden" % n, "al ruim %d weken" % n,
                           "sinds %d maanden" % n, "al %d jr" % n])
    if key == "aggage":
        a = rng.choice([18, 21, 23, 55, 65, 75])
        return rng.choice(["tussen %d en %d jaar" % (a, a + 9), "ouder dan %d jaar" % a, "%d-plussers" % a,
                           "jonger dan %d jaar" % a, "van %d jaar en ouder" % a])
    if key == "law":
        return rng.choice(["Wmo", "Wmo 2015", "Jeugdwet", "Participatiewet", "Awb", "Wsnp", "pgb", "Wlz", "Zvw",
                           "Wet gemeentelijke schuldhulpverlening", "Wet inburgering", "IOAW", "Bbz"])
    if key in ("agency", "Agency"):
        a = rng.choice(["het UWV", "het CAK", "de SVB", "het CJIB", "de Belastingdienst", "Dienst Toeslagen",
                        "Veilig Thuis", "DUO", "de IND", "de Raad voor de Kinderbescherming", "het UWV",
                        "de Belastingdienst/Toeslagen"])
        return a[0].upper() + a[1:] if key == "Agency" else a
    if key == "art":
        return rng.choice(["art. 7:1 Awb", "artikel 2.3.5 Wmo 2015", "artikel 8.1.1 Jeugdwet", "art. 6:7 Awb",
                           "artikel 18 Participatiewet", "art. 4:17 Awb", "ECLI:NL:CRVB:2021:1234",
                           "ECLI:NL:RBGEL:2024:5521", "artikel 2.1.4 lid 2 Wmo 2015"])
    if key == "bad9":
        return bad_nine(rng)
    if key == "gem14":
        return "14 0" + rng.choice(["10", "20", "30", "40", "50", "70", "73", "76", "38", "53", "26", "24"])
    if key == "help":
        return rng.choice(["0800-8051", "0800-1351", "112", "0800-2000", "0800 0113", "0800-0432"])
    if key == "govurl":
        return rng.choice(["www.rijksoverheid.nl/onderwerpen/wmo", "https://www.belastingdienst.nl",
                           "www.uwv.nl", "www.regelhulp.nl", "www.juridischloket.nl", "www.toeslagen.nl",
                           "https://www.svb.nl/nl/aow", "www.geldfit.nl", "www.wijzeringeldzaken.nl",
                           "https://www.rechtspraak.nl", "www.nationaleombudsman.nl"])
    if key == "wd":
        return rng.choice(WEEKDAYS)
    if key == "Wd":
        return rng.choice(WEEKDAYS).capitalize()
    if key == "mon":
        return rng.choice(MONTHS)
    if key == "Mon":
        return rng.choice(MONTHS).capitalize()
    if key == "n":
        return str(rng.randint(2, 12))
    if key == "pct":
        return "%d%%" % rng.choice([10, 20, 25, 30, 50, 75])
    if key == "prodnr":
        return rng.choice(["artikelnummer", "productnummer", "serienummer", "bestelnummer"])
    raise KeyError(key)


# ---------------------------------------------------------------- renderer
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
PH = re.compile(r"\{([A-Z_]+):([^{}]+)\}")
NEGKEYS = {"amount", "time", "year", "yrange", "dur1", "dur2", "aggage", "law", "agency", "Agency", "art", "bad9", "gem14",
           "help", "govurl", "wd", "Wd", "mon", "Mon", "n", "pct", "prodnr"}


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.people = {}
        self.vars = {}

    def person(self, name):
        if name not in self.people:
            gender = None
            if name[0] in "fm":
                gender = name[0]
            if name[-1] in "fm":
                gender = name[-1]
            self.people[name] = Person(self.rng, name[0], gender)
        return self.people[name]

    def value(self, key):
        """Returns a list of (text, is_main) pieces."""
        rng = self.rng
        if "=" in key:
            var, gen = key.split("=", 1)
            out = self.value(gen)
            self.vars[var] = out
            return out
        if key in self.vars:
            return self.vars[key]
        m = re.fullmatch(r"([pkgofm]\d[fm]?)\.(\w+)", key)
        if m:
            p = self.person(m.group(1))
            attr = m.group(2)
            if attr == "tit":
                return [(p.title(), True)]
            if attr == "Tit":
                t = p.title()
                return [(t[0].upper() + t[1:], True)]
            if attr == "role":
                return [(rng.choice(["consulent Wmo", "teamleider Wmo", "wijkcoach", "schuldhulpverlener",
                                     "klantmanager", "jeugdconsulent", "casemanager", "ambulant begeleider",
                                     "gezinscoach", "trajectbegeleider"]), True)]
            if attr == "age":
                return [(str(p.age), True)]
            if attr == "any":  # any name form, for variety
                f = rng.choice(["full", "full", "init", "first"])
                return [(getattr(p, f)() if f != "first" else p.first, True)]
            if attr == "first":
                return [(p.first, True)]
            if attr == "dob":
                d = datetime.date(2026 - p.age - 1, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
                return [(fmt_date(rng, d, allow_noyear=False), True)]
            return [(getattr(p, attr)(), True)]
        if key in NEGKEYS:
            return [(negative(rng, key), True)]
        if key == "bsn":
            return [(bsn_fmt(rng), True)]
        if key == "iban":
            return [(iban_fmt(rng), True)]
        if key == "phone":
            return [(phone(rng), True)]
        if key == "mobile":
            return [(phone(rng, "mob"), True)]
        if key == "landline":
            return [(phone(rng, rng.choice(["a2", "a3"])), True)]
        if key == "pc":
            return [(postcode(rng), True)]
        if key == "addr":
            return [(address(rng), True)]
        if key == "street":
            return [(rng.choice([x for x in STREETS if not x.startswith(("De ", "Het ", "'s-"))]), True)]
        if key == "city":
            return [(rng.choice(CITIES), True)]
        if key == "date":  # recent event date, any notation, maybe with weekday outside the span
            d = rand_date(rng, 2025, 2026)
            txt = fmt_date(rng, d)
            if rng.random() < 0.2:
                return [(WEEKDAYS[d.weekday()] + " ", False), (txt, True)]
            return [(txt, True)]
        if key == "dm":  # day + month, no year
            d = rand_date(rng, 2026, 2026)
            return [(rng.choice(["%d %s" % (d.day, MONTHS[d.month - 1]), "%d %s" % (d.day, MON_AB[d.month - 1])]), True)]
        if key == "dmy":
            return [(fmt_date(rng, rand_date(rng, 2024, 2026), allow_noyear=False), True)]
        if key == "dob":
            return [(fmt_date(rng, rand_date(rng, 1932, 2007), allow_noyear=False), True)]
        if key == "kiddob":
            return [(fmt_date(rng, rand_date(rng, 2009, 2023), allow_noyear=False), True)]
        if key == "age":
            return [(str(rng.randint(19, 89)), True)]
        if key == "kidage":
            return [(str(rng.randint(2, 17)), True)]
        if key == "case":
            return [(case_number(rng), True)]
        if key == "betk":
            return [(betalingskenmerk(rng), True)]
        if key == "kvk":
            return [(kvk(rng), True)]
        if key == "plate":
            return [(kenteken(rng), True)]
        if key in ("care", "bewind", "taxi", "welfare"):
            return [(org(rng, key), True)]
        if key == "org":
            return [(org(rng), True)]
        if key == "email":
            return [(self.person("x%d" % rng.randint(0, 9)).email(), True)]
        if key == "offmail":
            p = self.person("o9")
            dom = rng.choice(["gemeente.nl", "sociaalteam.nl", "wijkteam-noord.nl", "werkeninkomen.nl"])
            return [(ascii_lower(p.initials.replace(".", "")[0]) + "." + ascii_lower(p.core).replace(" ", "") + "@" + dom, True)]
        if key == "orgmail":
            o = org(rng)
            dom = re.sub(r"[^a-z]", "", ascii_lower(o))[:16]
            return [(rng.choice(["info", "planning", "klantenservice", "administratie"]) + "@" + dom + ".nl", True)]
        if key == "num":
            return [(str(rng.randint(1, 250)), True)]
        raise KeyError(key)


def expand_alts(rng, text):
    while True:
        m = ALT.search(text)
        if not m:
            return text
        choice = rng.choice(m.group(1).split("|"))
        text = text[:m.start()] + choice + text[m.end():]


def render(rng, template):
    """template -> list of (text, label or None)."""
    ctx = Ctx(rng)
    text = expand_alts(rng, template)
    pieces = []
    pos = 0
    for m in PH.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], None))
        label, key = m.group(1), m.group(2)
        for t, main in ctx.value(key):
            pieces.append((t, label if (main and label != "_") else None))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], None))
    assert "{" not in "".join(t for t, _ in pieces), text
    return pieces

# ---------------------------------------------------------------- document frames
# {LABEL:key} = value annotated with LABEL ({_:key} = not annotated); [[a|b]] = pick one alternative.

EMAIL = [
# e1
"""Beste {PERSON:o1.first},

Mijn naam is {PERSON:p1.full} en ik ben {AGE:p1.age} jaar. Ik woon sinds kort aan de {ADDRESS:addr} in {CITY:city}. [[Via|Door]] de buurvrouw kreeg ik uw naam. Ik heb {_:dur1} huishoudelijke hulp van {ORG:o2=care}, maar sinds {DATE:date} komt er niemand meer. [[De gemeente zegt dat ik een nieuwe aanvraag moet doen.|Bij de gemeente zeggen ze dat de indicatie is verlopen.]] Kunt u mij helpen? Mijn nummer is {PHONE:phone}.

Met vriendelijke groet,
{PERSON:p1.full}""",
# e2
"""Goedemiddag {_:o1.tit} {PERSON:o1.sur},

Hierbij stuur ik u de gegevens waar u om vroeg voor de aanvraag bijzondere bijstand.
Naam: {PERSON:p1.init}
Geboortedatum: {DATE_OF_BIRTH:p1.dob}
BSN: {BSN:bsn}
Rekeningnummer: {IBAN:iban}
Adres: {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}
De kosten van de wasmachine zijn {_:amount}. De bon van [[Albert Heijn|de Action|de Blokker]] heb ik er ook bij gedaan, al is dat niet de goede bon denk ik.

Groet,
{PERSON:p1.first}""",
# e3
"""Hallo {PERSON:o1.first},

Even een update over mijn vader, {PERSON:g1m.full} ({AGE:g1m.age}). Hij is {DATE:date} gevallen in de badkamer en ligt nu in het ziekenhuis in {CITY:city}. [[Toen|Nadat]] ik {ORG:o2=care} belde, zeiden ze dat zijn zorg pas na de herindicatie weer opgestart kan worden. Dat vind ik raar want hij heeft {_:dur1} zorg via de {_:law}. Ik ben zelf bereikbaar op {PHONE:mobile} of via {EMAIL:p1.email}.

Groetjes,
{PERSON:p1.full}""",
# e4
"""Geachte {_:o1.tit} {PERSON:o1.sur},

Ik schrijf u namens mijn buurvrouw, {_:p2f.tit} {PERSON:p2f.sur}. Zij spreekt weinig Nederlands en heeft een brief van {_:agency} gekregen over een terugvordering van {_:amount}. Ze woont op {ADDRESS:addr} en is {AGE:p2f.age}. Haar dochter {PERSON:p3f.first} woont in {CITY:city} en komt alleen in het weekend. [[Winter|De winter]] is altijd zwaar voor haar. Zou u contact met mij willen opnemen op {PHONE:phone}?

Vriendelijke groet,
{PERSON:p1.full}
{EMAIL:p1.email}""",
# e5
"""Beste cliëntondersteuner,

Ik ben {PERSON:p1f.full} ({AGE:p1f.age}), alleenstaande moeder van {PERSON:k1.first} en {PERSON:k2.first}. Sinds {_:mon} krijg ik geen uitkering meer omdat ik volgens de gemeente een formulier niet heb ingeleverd. Ik heb dat wel gedaan, op {DATE:date} bij de balie! Mijn bewindvoerder, {ORG:o2=bewind}, zegt dat ik zelf bezwaar moet maken. Mijn klantnummer is {CASE_NUMBER:case}. Met Sinterklaas kon ik niks voor de kinderen kopen. Ik ben ten einde raad.

{PERSON:p1f.first}
{PHONE:mobile}""",
# e6
"""Geachte heer/mevrouw,

Op {DATE:date} had ik een gesprek met uw collega {PERSON:o1.full} over de {_:law}-aanvraag voor mijn zoon {PERSON:k1m.full}, geboren {DATE_OF_BIRTH:kiddob}. Hij heeft autisme en gaat [[twee|drie|vier|3|2]] dagen per week naar {ORG:o2=care}. [[Maar|Alleen]] {ORG:o3=taxi} rijdt steeds te laat, soms pas om {_:time}. Ik wil graag weten wat ik kan doen. Mijn e-mailadres is {EMAIL:p1.email}.

Met vriendelijke groet,
{_:p1.Tit} {PERSON:p1.init}
{ADDRESS:addr}
{POSTCODE:pc}  {CITY:city}""",
# e7
"""Hoi {PERSON:o1.first},

Zoals beloofd de gegevens van mijn nieuwe bewindvoerder: {ORG:o2=bewind}, contactpersoon {PERSON:o3.full}, telefoon {PHONE:landline}, mail {EMAIL:orgmail}. Het leefgeld wordt nu elke {_:wd} overgemaakt op {IBAN:iban}. Ik heb nog een schuld bij {_:agency} met betalingskenmerk {CASE_NUMBER:betk}. Kan jij kijken of dat klopt? Ik heb op {_:govurl} gezocht maar ik snap het niet.

Dank je wel!
{PERSON:p1.full}""",
# e8
"""Beste {_:o1.tit} {PERSON:o1.sur},

Ik ben {PERSON:p1.full} en ik heb een eigen schoonmaakbedrijfje (KvK {CASE_NUMBER:kvk}). Via de {_:law} krijg ik een aanvulling. Sinds de verhuizing naar {CITY:city} loopt alles mis. Mijn website is {URL:p1.url}, daar staan mijn klanten niet op hoor. Op {DATE:date} heb ik mijn inkomsten over [[het vorige kwartaal|{_:mon}]] doorgegeven, maar ik hoor niks. Mijn telefoonnummer is {PHONE:phone}.

Met groet,
{PERSON:p1.init}""",
# e9
"""Goedenavond,

Ik maak me zorgen over mijn broer {PERSON:p2m.full}. Hij is {AGE:p2m.age} en woont alleen in de {ADDRESS:street}. Hij heeft schulden bij Jan en alleman en opent zijn post niet meer. Zijn auto ({LICENSE_PLATE:plate}) staat al weken stil omdat hij de boetes van {_:agency} niet betaalt. Ik heb hem aangemeld bij {ORG:o1=welfare} maar hij komt niet op afspraken. Wie kan ik hierover bellen? Het gemeentenummer {_:gem14} verwijst me steeds door.

{PERSON:p1.full}
{PHONE:mobile}""",
# e10
"""Geachte {_:o1.tit} {PERSON:o1.sur},

Dank voor het gesprek van {_:wd}. Zoals besproken stuur ik een kopie van de beschikking (kenmerk {CASE_NUMBER:case}) van {DATE:date}. Daarin staat dat mijn moeder, {_:g1f.tit} {PERSON:g1f.sur}, {_:n} uur begeleiding krijgt, terwijl {ORG:o2=care} had geadviseerd om meer uren te geven. Ze is {AGE:g1f.age} en woont in {CITY:city}. Mijn moeder heeft {_:dur1} mantelzorg van mij gehad en ik kan het niet meer alleen.

Hartelijke groet,
{PERSON:p1.full}
{EMAIL:p1.email}""",
]

CHAT = [
# c1
"""hoi {PERSON:o1.first} 👋 met {PERSON:p1.first} hier. de taxi van {ORG:o2=taxi} is weer niet gekomen 😡 ik sta al sinds {_:time} te wachten bij {_:agency}... nee sorry bij het ziekenhuis. kun jij bellen? mijn nummer is {PHONE:mobile} als ze je terug moeten bellen. mijn afspraak was om {_:time}. echt elke keer hetzelfde, vorige {_:wd} ook al. ik ben {AGE:p1.age} en loop slecht, ik kan niet met de bus 😢""",
# c2
"""goeiemorgen! ik heb de brief gekregen van de gemeente over de {_:law}. er staat een zaaknummer op: {CASE_NUMBER:case}. moet ik dat ergens invullen?? mijn bsn is {BSN:bsn} als je dat nodig hebt. ik woon nog steeds op {ADDRESS:addr} hoor, ze hebben het oude adres gebruikt in {CITY:city}. {PERSON:k1.first} is trouwens ziek dus ik kan {_:wd} niet komen 🤒 sorry!! groetjes {PERSON:p1.full}""",
# c3
"""{PERSON:o1.first} ben je er? 🙏 ik heb net een aanmaning gehad van {_:amount} van een incassobureau. ik dacht dat {ORG:o2=bewind} dat allemaal regelde? mijn bewindvoerder heet {PERSON:o3f.full} maar die neemt nooit op. ik heb haar nummer {PHONE:landline} al [[5x|vijf keer|zo vaak]] gebeld. ik word er gek van 😭 mijn iban is {IBAN:iban} toch? daar moet het leefgeld op komen""",
# c4
"""hee met {PERSON:p1.full}, ik zit bij jullie in het traject van {ORG:o1=welfare}. ik heb een baan gevonden!! 🎉 bij een bakker in {CITY:city}, vanaf {DATE:dm}. mijn begeleider {PERSON:o2.first} zei dat ik dat aan jullie moest doorgeven voor de {_:law}. mijn nieuwe mail is {EMAIL:p1.email}. zwart op wit heb ik het contract nog niet maar dat komt deze week 🤞""",
# c5
"""sorry dat ik zo laat app. mijn dochter {PERSON:k1f.first} ({AGE:k1f.age}) wil niet meer naar school en {ORG:o1=care} heeft een wachtlijst van {_:dur2}. de huisarts in {CITY:city} zegt dat we via het wijkteam moeten. wie is daar mijn contactpersoon? iemand met de naam {PERSON:o2.sur} ofzo? ik weet het niet meer 😔 bel me maar op {PHONE:phone} na {_:time}""",
# c6
"""ok top dank je! 👍 hierbij de gegevens voor het formulier:
naam {PERSON:p1.full}
geb {DATE_OF_BIRTH:p1.dob}
adres {ADDRESS:addr} {POSTCODE:pc}
tel {PHONE:mobile}
rekening {IBAN:iban}
ik weet mijn bsn niet uit mijn hoofd, staat op mijn pas. het {_:prodnr} van de scootmobiel is {_:bad9} als je dat nodig hebt""",
# c7
"""{PERSON:o1.first}!! de bewindvoerder van {ORG:o2=bewind} heeft mijn huur niet betaald en nu dreigt de woningcorporatie met ontruiming 😱😱 ik woon {_:dur2} in de {ADDRESS:street}, ik wil hier niet weg. mijn buurman {PERSON:p2m.full} wil wel helpen maar die weet er ook niks van. kan je morgen om {_:time} langs komen? ik ben {AGE:p1.age} en ik heb dit nog nooit meegemaakt""",
# c8
"""hallo! u kent mij niet maar ik ben de nicht van {_:g1f.tit} {PERSON:g1f.sur} uit {CITY:city}. zij is {AGE:g1f.age} en heeft dementie. de thuiszorg van {ORG:o1=care} komt maar 1x per dag en ze eet niet goed. ik heb een inzamelactie gestart op {URL:p1.url} voor een alarmsysteem, mag dat eigenlijk wel? groetjes {PERSON:p1.first} 😊""",
# c9
"""heej, het ging gisteren mis bij de fysio. de regiotaxi bracht me naar het verkeerde adres, {ADDRESS:addr} ipv de praktijk. de chauffeur reed in een grijze bus met kenteken {LICENSE_PLATE:plate}, ik heb het opgeschreven. ook {ORG:o1=taxi} zegt dat het niet aan hen ligt. {_:Wd} moet ik weer. wil jij een klacht indienen? mijn klantnummer bij hun is {CASE_NUMBER:case} 🙄""",
# c10
"""goedemiddag {PERSON:o1.first}, ik ben het {PERSON:p1.full} uit de {ADDRESS:street}. mijn zoon {PERSON:k1m.first} is {AGE:k1m.age} en heeft een indicatie voor 5 jaar gekregen, super blij 🥳 alleen staat er een verkeerde geboortedatum op de beschikking: {DATE_OF_BIRTH:kiddob}, dat klopt niet. wie moet ik daarvoor mailen? is het {EMAIL:offmail}? de brief is van {DATE:date}""",
]

INTAKE = [
# i1
"""Intakeverslag cliëntondersteuning
Datum gesprek: {DATE:date}
Cliënt: {PERSON:p1.full}, {AGE:p1.age} jaar
Adres: {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}
Telefoon: {PHONE:phone}
Hulpvraag: cliënt vraagt ondersteuning bij een aanvraag {_:law} voor begeleiding. Heeft {_:dur2} hulp van {ORG:o1=care} gehad via {_:law}. Inkomen uit uitkering van {_:agency}, circa {_:amount}. Geen schulden bekend. Vervolgafspraak over {_:n} weken.
Ondersteuner: {PERSON:o2.first}""",
# i2
"""Intake {DATE:date} - {PERSON:p1f.init} (geb. {DATE_OF_BIRTH:p1f.dob})
Mw. woont met haar twee kinderen ({AGE:k1.age} en {AGE:k2.age}) in een portiekflat in {CITY:city}. Partner {PERSON:p2m.full} is {_:dur1} uit beeld. Er zijn schulden bij o.a. {_:agency} en de zorgverzekeraar, totaal rond {_:amount}. Mw. heeft al een bewindvoerder aangevraagd bij {ORG:o1=bewind}. BSN {BSN:bsn}. Afspraak: aanmelding schuldhulp, zaaknummer {CASE_NUMBER:case}. Mw. is bereikbaar op {PHONE:mobile}.""",
# i3
"""Verslag kennismaking
Aanwezig: {PERSON:p1m.full} (cliënt), zijn zus {PERSON:p2f.full}, {PERSON:o1.full} (cliëntondersteuner)
Dhr. is {AGE:p1m.age} en sinds een beroerte halfzijdig verlamd. Hij woont alleen op {ADDRESS:addr}. Zus woont in {CITY:city} en doet de boodschappen, meestal bij Albert Heijn om de hoek. Er is een aanvraag voor een traplift gedaan op {DATE:date}. Het CAK-bedrag van de eigen bijdrage ({_:amount}) is een zorg. Contact via zus: {EMAIL:p2f.email}.""",
# i4
"""Intakeformulier re-integratie
Naam: {PERSON:p1.full}
Geboren: {DATE_OF_BIRTH:p1.dob} te {CITY:city}
BSN: {BSN:bsn}
Mobiel: {PHONE:mobile}
E-mail: {EMAIL:p1.email}
Opleiding: mbo-2 logistiek. Heeft {_:dur1} in een magazijn gewerkt. Wil graag weer aan de slag, liefst {_:n} uur per week. Doorverwezen naar {ORG:o1=welfare}. Doelgroep jongeren {_:aggage} valt hier niet onder. Rijbewijs B, eigen auto {LICENSE_PLATE:plate}.""",
# i5
"""Eerste gesprek met {_:p1f.tit} {PERSON:p1f.sur} op {DATE:date}, bij haar thuis ({ADDRESS:addr}).
Mevr. is {AGE:p1f.age} jaar, weduwe, en heeft sinds het overlijden van haar man moeite met de administratie. Zoon {PERSON:p2m.first} woont in {CITY:city} en helpt soms. Er ligt een stapel ongeopende post. Brief van de Belastingdienst over toeslagen. Rekening {IBAN:iban} staat op naam van beide echtgenoten. Afspraak gemaakt met {ORG:o1=welfare} voor thuisadministratie. Volgende keer om {_:time}.""",
# i6
"""INTAKE JEUGD
Kind: {PERSON:k1.full}, {AGE:k1.age} jr, geb. {DATE_OF_BIRTH:kiddob}
Ouders: {PERSON:p1.full} en {PERSON:p2.full}
Adres: {ADDRESS:addr}, {CITY:city}
Vraag: ouders zoeken dagbehandeling. Huidige hulp via {ORG:o1=care} stopt per {DATE:dm}. Verwijzing huisarts aanwezig. Wachttijd bij andere aanbieders {_:dur1}. Ouders zijn bereikbaar op {PHONE:phone} (moeder) en {PHONE:phone} (vader). Dossiernummer {CASE_NUMBER:case}.""",
# i7
"""Gespreksnotitie {DATE:date}
Cliënt {PERSON:p1.full} (leeftijd: {AGE:p1.age}) meldt zich met vragen over de {_:law}. Cliënt is gevlucht uit [[Syrië|Eritrea|Oekraïne]] en woont sinds {_:year} in {CITY:city}. Spreekt Engels en een beetje Nederlands. Inburgering loopt via {ORG:o1=welfare}. Taalmaatje: {PERSON:p2.full}. Woonadres {ADDRESS:addr}, postcode {POSTCODE:pc}. Geen telefoon, wel e-mail: {EMAIL:p1.email}. Afgesproken dat ondersteuner contact opneemt met {_:agency}.""",
# i8
"""Huisbezoek {_:wd} {DATE:dm}, {_:time}
Aanwezig {_:p1f.tit} {PERSON:p1f.sur} ({AGE:p1f.age}) en dochter {PERSON:p2f.full}. Het huis aan de {ADDRESS:street} is sterk vervuild. Mevr. heeft {_:dur1} geen hulp meer gehad nadat {ORG:o1=care} stopte. Dochter wil graag dat de gemeente een nieuwe indicatie afgeeft. Ik heb uitgelegd dat een aanvraag {_:law} via {_:gem14} kan of digitaal. Telefoon dochter {PHONE:mobile}. Zaak {CASE_NUMBER:case}.""",
# i9
"""Aanmelding schuldhulpverlening
Aanvrager: {PERSON:p1.init}, geb. {DATE_OF_BIRTH:p1.dob}
Partner: {PERSON:p2.full}, geb. {DATE_OF_BIRTH:p2.dob}
Adres: {ADDRESS:addr} {POSTCODE:pc} {CITY:city}
IBAN: {IBAN:iban}
Schulden: ca. {_:amount}, waaronder een vordering van {_:agency}. Aantal schuldeisers: {_:n}. Aanvrager is zzp'er (KvK-nummer {CASE_NUMBER:kvk}). Betalingsachterstand huur {_:dur1}. Doorverwezen door {ORG:o1=welfare}.""",
# i10
"""Notitie eerste contact
{PERSON:p1f.full} belde op {DATE:date} met het verzoek om een second opinion over haar keukentafelgesprek. Ze is {AGE:p1f.age} en heeft MS. Volgens haar was de consulent, {_:o1.tit} {PERSON:o1.sur}, erg kortaf. Ze heeft een pgb aangevraagd om haar eigen hulp, {PERSON:p2.first}, te betalen. De gemeente bood alleen zorg in natura van {ORG:o2=care}. Cliënte woont in {CITY:city}; bereikbaar op {PHONE:landline}.""",
]

LOG = [
# l1
"""Contactlog {PERSON:p1.full}
{DATE:date} - telefonisch contact met cliënt, vraagt naar stand van zaken aanvraag.
{DATE:date} - mail gestuurd naar {ORG:o1=care} ({EMAIL:orgmail}), geen reactie.
{DATE:date} - gebeld met {PERSON:o2f.full} van {ORG:o1}. Zij geeft aan dat de zorg per {DATE:dm} weer start.
{DATE:date} - cliënt ({PHONE:phone}) geïnformeerd. Cliënt tevreden.""",
# l2
"""Logboek
{_:Wd} {DATE:dm}: bezoek aan {_:p1.tit} {PERSON:p1.sur} op {ADDRESS:addr}. Post doorgenomen. Aanmaning van {_:amount} van {_:agency}.
{_:Wd} {DATE:dm}: gebeld met bewindvoerder {ORG:o1=bewind}, sprak met {PERSON:o2.first}. Afspraak betalingsregeling.
{DATE:dm}: cliënt belt, is {_:n} kilo afgevallen en eet slecht. Doorverwezen naar huisarts in {CITY:city}.
{DATE:dm}: geen contact mogelijk, telefoon ({PHONE:mobile}) staat uit.""",
# l3
"""{DATE:date} {_:time}
Telefoontje van {PERSON:p1m.full} ({AGE:p1m.age}). Dhr. wil bezwaar maken tegen de beëindiging van zijn vervoersvoorziening. Ook {ORG:o1=taxi} heeft zijn pas geblokkeerd. Dhr. woont in {CITY:city} en is afhankelijk van de taxi voor dialyse, {_:n}x per week. Ik heb de bezwaartermijn ({_:art}) uitgelegd. Afspraak gemaakt voor {DATE:date}. Bevestiging per mail naar {EMAIL:p1m.email}.""",
# l4
"""Contactmoment {DATE:date}
Met: {PERSON:p1f.full} en haar moeder {PERSON:g1f.full} ({AGE:g1f.age})
Onderwerp: mantelzorg en respijtzorg
Mevr. zorgt {_:dur2} voor haar moeder, die in de {ADDRESS:street} woont. Ze is overbelast. Besproken: logeeropvang bij {ORG:o1=care}, dagbesteding, en de mantelzorgwaardering ({_:amount}). Mevr. weet niet of haar moeder dat wil. Terugbellen op {PHONE:phone}. Vervolg: {DATE:dm}.""",
# l5
"""Notities week {_:n}
Ma: {PERSON:p1.first} gebeld over schuldenoverzicht, {_:n} schuldeisers bekend.
Di: overleg met {PERSON:o1.full} ({ORG:o2=welfare}), plan gemaakt.
Wo: mail van cliënt ({EMAIL:p1.email}) met kopie van bankafschrift, rekening {IBAN:iban}.
Do: aanvraag Wsnp voorbereid. Kenmerk {CASE_NUMBER:case}.
Vr: cliënt niet bereikbaar, voicemail ingesproken op {PHONE:mobile}.""",
# l6
"""{DATE:date}: Mw. {PERSON:p1f.sur} meldt dat haar zoon {PERSON:k1m.first} ({AGE:k1m.age}) is geschorst van school. Leerplicht is betrokken. Jeugdhulp via {ORG:o1=care} loopt nog, maar de hulpverlener {PERSON:o2.full} is langdurig ziek. Mw. vraagt om een andere hulpverlener. Ik heb met {ORG:o1} gebeld ({PHONE:landline}); men zoekt vervanging binnen {_:dur1}. Mw. woont op {ADDRESS:addr}.""",
# l7
"""Logregel {CASE_NUMBER:case}
{DATE:date} Cliënt {PERSON:p1.init} kwam langs op het spreekuur in {CITY:city}. Had een brief van {_:agency} over een boete ({_:amount}) voor het kenteken {LICENSE_PLATE:plate}. Auto is volgens cliënt al {_:dur1} verkocht aan {PERSON:p2.full}. Vrijwaringsbewijs niet aanwezig. Geadviseerd om bij de RDW navraag te doen. Cliënt neemt contact op via {PHONE:phone}.""",
# l8
"""Belnotitie {DATE:date}
Gebeld door {PERSON:m5.full}, medewerker incasso van de woningcorporatie. Hij meldt dat {_:p1f.tit} {PERSON:p1f.sur} de huur van {_:n} maanden niet heeft betaald. Mevr. is {AGE:p1f.age} en woont op {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}. Verhuurder overweegt ontruiming. Met toestemming van mevr. contact opgenomen met {ORG:o2=bewind}. Ook {_:agency} is ingeschakeld voor de toeslag.""",
# l9
"""Voortgang traject {PERSON:p1.full}
- {DATE:dm} sollicitatietraining bij {ORG:o1=welfare}, aanwezig.
- {DATE:dm} proefplaatsing bij een tuincentrum in {CITY:city}, {_:n} uur per week.
- {DATE:dm} gesprek met jobcoach {PERSON:o2.full}: positief.
- {DATE:dm} cliënt ziek gemeld, belde vanaf {PHONE:phone}.
Uitkering {_:law} loopt door. {_:Mon} volgt evaluatie.""",
# l10
"""{DATE:date} - Huisbezoek samen met {PERSON:o1.first} van het wijkteam. {_:p1.Tit} {PERSON:p1.sur} ({AGE:p1.age}) zat in het donker; energie is afgesloten. Direct contact gezocht met de energieleverancier en {ORG:o2=bewind}. Toen {ORG:o3=care} langskwam bleek ook de koelkast leeg. Voedselpakket geregeld. Dochter {PERSON:p2f.full} ({PHONE:mobile}) is geïnformeerd.""",
]

LETTER = [
# b1
"""{PERSON:p1.full}
{ADDRESS:addr}
{POSTCODE:pc} {CITY:city}

Aan het college van burgemeester en wethouders

{CITY:city}, {DATE:date}

Betreft: bezwaar tegen beschikking {CASE_NUMBER:case}

Geachte college,

Hierbij maak ik bezwaar tegen uw besluit van {DATE:date} waarin u mijn aanvraag voor huishoudelijke hulp op grond van de {_:law} afwijst. Ik ben {AGE:p1.age} jaar en kan door mijn reuma niet meer zelf schoonmaken. Ik verzoek u het besluit te herzien.

Hoogachtend,
{PERSON:p1.init}""",
# b2
"""Geachte heer, mevrouw,

Ik wil een klacht indienen over de behandeling door uw medewerker {_:o1.tit} {PERSON:o1.sur}. Op {DATE:date} belde ik over mijn uitkering. Ik werd [[onbeschoft|grof|zeer onvriendelijk]] te woord gestaan en kreeg te horen dat ik maar naar {_:agency} moest. Ik ben {AGE:p1.age}, heb {_:dur1} gewerkt en heb recht op een nette behandeling. Mijn BSN is {BSN:bsn}.

Met vriendelijke groet,
{PERSON:p1.full}
{ADDRESS:addr}, {CITY:city}
Tel. {PHONE:phone}""",
# b3
"""Aan: klachtencommissie {ORG:o1=care}
Van: {PERSON:p1.full}, mantelzorger van {PERSON:g1m.full}
Datum: {DATE:date}

Ik klaag over de zorg aan mijn vader ({AGE:g1m.age}). Zijn medicijnen werden {_:n} keer vergeten. Ook de verpleegkundige {PERSON:o2.first} erkent dat er fouten zijn gemaakt. Maar {ORG:o1} reageert niet op mijn mails aan {EMAIL:orgmail}. Ik wil een gesprek binnen {_:n} weken. U kunt mij bereiken op {PHONE:mobile}.""",
# b4
"""Betreft: bezwaar terugvordering bijstand, kenmerk {CASE_NUMBER:case}

Geachte {_:o1.tit} {PERSON:o1.sur},

Uw brief van {DATE:date} heb ik ontvangen. U vordert {_:amount} terug omdat ik inkomsten niet zou hebben gemeld. Dat klopt niet: ik heb alles gemeld op {DATE:date}. Zwart op wit staat het in mijn mail aan uw afdeling. Ook De Bank kan bevestigen dat het geld is teruggestort. Ik verzoek u ook om uitstel van betaling. Mijn rekeningnummer is {IBAN:iban}.

Met vriendelijke groet,
{PERSON:p1.full}
geboren {DATE_OF_BIRTH:p1.dob}""",
# b5
"""Klacht over vervoer

Ik ben {PERSON:p1.full} en woon op {ADDRESS:addr} in {CITY:city}. Op {DATE:date} zou {ORG:o1=taxi} mij om {_:time} ophalen voor mijn afspraak in het ziekenhuis. De taxi kwam niet. Toen ik belde naar {PHONE:landline} kreeg ik een bandje. Dit is de {_:n}e keer dit jaar. Ik ben {AGE:p1.age} en zit in een rolstoel. Ik wil dat de gemeente hier iets aan doet.

{PERSON:p1.init}""",
# b6
"""{CITY:city}, {DATE:date}

Geachte heer/mevrouw,

Namens mijn cliënt, {_:p1.tit} {PERSON:p1.init}, geboren {DATE_OF_BIRTH:p1.dob}, BSN {BSN:bsn}, maak ik pro forma bezwaar tegen het besluit van {DATE:date} over de {_:law}. De gronden volgen binnen {_:n} weken. Ik verwijs alvast naar {_:art} en {_:art}.

Hoogachtend,
{PERSON:o1.full}
{ORG:o2=welfare}
{PHONE:landline}""",
# b7
"""Geachte {_:o1.tit} {PERSON:o1.sur},

Ik ben het niet eens met het afwijzen van de verhuiskostenvergoeding. Wij wonen met {_:n} kinderen in een bovenwoning aan de {ADDRESS:addr} en mijn man {PERSON:p2m.full} kan door zijn rug de trap niet op. Toen {ORG:care} adviseerde om te verhuizen, hebben we dat gedaan. De nieuwe woning in {CITY:city} kost {_:amount}. Ik verzoek u de beslissing te herzien.

Met vriendelijke groeten,
{PERSON:p1.full}
{EMAIL:p1.email}""",
# b8
"""Onderwerp: klacht {ORG:o1=bewind}

Beste mensen,

Sinds {_:year} heb ik beschermingsbewind bij {ORG:o1}. Mijn bewindvoerder {PERSON:o2.init} betaalt rekeningen te laat, waardoor ik al {_:n} keer incassokosten heb gekregen. Ik krijg maar {_:amount} leefgeld per week. Ik ben {AGE:p1.age} en wil een andere bewindvoerder. Wie kan mij helpen? Mijn nummer: {PHONE:mobile}.

{PERSON:p1.full}
{ADDRESS:addr}""",
# b9
"""Zaak: {CASE_NUMBER:case}
Datum: {DATE:date}

Geachte heer, mevrouw,

Ik maak bezwaar tegen de hoogte van de eigen bijdrage. {_:Agency} rekent {_:amount} per maand, terwijl ik sinds {DATE:dm} geen hulp meer krijg van {ORG:o1=care}. Mijn zoon {PERSON:p2m.first} heeft dit al eerder gemeld bij uw collega {PERSON:o1.full}. Graag ontvang ik binnen {_:n} weken een reactie op {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}.

{PERSON:p1.full}""",
# b10
"""Geachte leden van de bezwaarcommissie,

Op {DATE:date} is mijn aanvraag voor een scootmobiel afgewezen. Ik woon in {CITY:city}, ver van de winkels; de dichtstbijzijnde supermarkt is Albert Heijn op {_:n} kilometer. Ik ben {AGE:p1.age}, heb COPD en kan maximaal {_:n} minuten lopen. Jan Modaal kan misschien fietsen, ik niet. Mijn fysiotherapeut {PERSON:o1.full} heeft een verklaring geschreven.

Met vriendelijke groet,
{PERSON:p1.full}, {ADDRESS:addr}""",
]

SIGNAL = [
# s1
"""Signaal aan gemeente
Melder: {PERSON:p1m.full}, buurman, tel. {PHONE:phone}
Betreft: {_:p2f.tit} {PERSON:p2f.sur}, {AGE:p2f.age} jaar, {ADDRESS:addr}
Melder ziet mevr. al {_:n} dagen niet. Post stapelt zich op, gordijnen dicht. Familie onbekend. Melder heeft eerder contact gehad met {ORG:o1=care}, maar die komen niet meer. Verzoek om huisbezoek door het wijkteam. Datum melding: {DATE:date}.""",
# s2
"""Zorgmelding {DATE:date}
Gemeld door: {PERSON:o1.full} ({ORG:o2=care})
Cliënt: {PERSON:p1.full}, geb. {DATE_OF_BIRTH:p1.dob}, {CITY:city}
Bij het afgelopen bezoek trof de verzorgende een onveilige situatie aan: gaskraan open, cliënt verward. Dochter {PERSON:p2f.first} is niet bereikbaar op {PHONE:mobile}. Melding ook doorgezet naar Veilig Thuis. Graag contact via {EMAIL:offmail}.""",
# s3
"""Melding vroegsignalering betalingsachterstand
Naam: {PERSON:p1.init}
Adres: {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}
Achterstand: huur {_:n} maanden ({_:amount}), energie. 
Bron: woningcorporatie, {DATE:date}
Bij de doelgroep {_:aggage} wordt standaard huisbezoek gedaan; betrokkene is {AGE:p1.age}, dus eerst brief. Klantnummer {CASE_NUMBER:case}.""",
# s4
"""Signaalnotitie
Op {DATE:date} belde juf {PERSON:f5.first} van de basisschool over {PERSON:k1.full} ({AGE:k1.age}). Het kind komt vaak zonder eten naar school en heeft blauwe plekken. Moeder {PERSON:p1f.full} woont met haar nieuwe partner in {CITY:city}. Eerder was {ORG:o2=care} betrokken. Advies: overleg met Veilig Thuis. Dossier {CASE_NUMBER:case}.""",
# s5
"""Melding via het meldpunt
Een [[bezorgde|anonieme]] buurtbewoner meldt dat {_:p1m.tit} {PERSON:p1m.sur} uit de {ADDRESS:street} ({CITY:city}) geregeld buiten slaapt. Dhr. is ongeveer {AGE:age}. Volgens de melder heeft hij schulden en is hij uit huis gezet. Hij zou een auto hebben, kenteken {LICENSE_PLATE:plate}, waarin hij slaapt. Melder wil terugbellen op {PHONE:phone}. Doorgezet naar {ORG:o1=welfare}.""",
# s6
"""Signaal financiële uitbuiting
Betreft {PERSON:g1f.full} ({AGE:g1f.age}), {ADDRESS:addr}, {CITY:city}.
Bank heeft gemeld dat er vanaf rekening {IBAN:iban} sinds {DATE:dm} grote bedragen ({_:amount}) worden overgemaakt naar {IBAN:iban}. Kleinzoon {PERSON:p1m.full} heeft een machtiging. Mevrouw is volgens {ORG:o1=care} niet meer wilsbekwaam. Aanbevolen: aanvraag bewind/mentorschap. Melder: {PERSON:o2.full}, {PHONE:landline}.""",
# s7
"""Melding {CASE_NUMBER:case}
Datum: {DATE:date}, {_:time}
Een medewerker van {ORG:o1=taxi} meldt dat passagier {PERSON:p1m.full} ({AGE:p1m.age}) tijdens de rit erg in de war was en niet wist waar hij woonde. Volgens de administratie is het adres {ADDRESS:addr}, {POSTCODE:pc}. Chauffeur heeft hem thuisgebracht. Geen mantelzorger bekend. Verzoek om contact met wijkteam. Terugkoppeling aan {EMAIL:orgmail}.""",
# s8
"""Signaal jeugd
Melder: {PERSON:o1.full}, {_:o1.role} bij {ORG:o2=care}
Kind: {PERSON:k1.full}, {AGE:k1.age} jaar, geb. {DATE_OF_BIRTH:kiddob}
Ouder: {PERSON:p1.full}, {PHONE:mobile}
Zorg: jongere verzuimt al {_:dur1} van school, sluit zich op. Ouder wil geen hulp. Melding besproken in MDO van {DATE:date}. Vervolg: huisbezoek binnen {_:n} dagen.""",
# s9
"""Aan: team Wmo
Van: {PERSON:o1.full}
Onderwerp: zorgen over {_:p1f.tit} {PERSON:p1f.init}

Vandaag, {DATE:date}, kwam mevr. aan de balie in {CITY:city}. Ze was verward en wilde haar {_:law}-hulp opzeggen omdat die "te duur" was. Ze is {AGE:p1f.age} en woont alleen op {ADDRESS:addr}. Haar BSN ({BSN:bsn}) heb ik gecontroleerd; zorg loopt via {ORG:o2=care}. Graag huisbezoek.""",
# s10
"""Verwijzing naar schuldhulp
Doorverwezen door: {ORG:o1=welfare}, {PERSON:o2.full}
Cliënt: {PERSON:p1.full}, {AGE:p1.age} jaar, {ADDRESS:addr} {POSTCODE:pc} {CITY:city}
E-mail: {EMAIL:p1.email}
Situatie: cliënt heeft {_:n} schuldeisers, waaronder {_:agency} en een webwinkel. Er loopt een crowdfunding ({URL:p1.url}) die door familie is gestart. Aanmelddatum {DATE:date}.""",
]

OFFICIAL = [
# f1
"""Notitie over klantcontact
Cliënt {PERSON:p1.full} was ontevreden over {_:o1.tit} {PERSON:o1.init}, {_:o1.role} bij de gemeente. {PERSON:o1.sur} zou tijdens het keukentafelgesprek van {DATE:date} gezegd hebben dat cliënt "maar bij familie moet aankloppen". {PERSON:o1.sur} ontkent dit. Teamleider {PERSON:o2.full} neemt contact op met cliënt ({PHONE:phone}). Klacht geregistreerd onder {CASE_NUMBER:case}.""",
# f2
"""Overdracht
Per {DATE:dm} neemt {PERSON:o1.full} de caseload over van {PERSON:o2.full}, die met verlof gaat. {PERSON:o1.first} is bereikbaar op {PHONE:landline} en via {EMAIL:offmail}. Lopende zaken: {PERSON:p1.full} ({ADDRESS:addr}), herindicatie {_:law}; {PERSON:p2.full}, schuldhulp via {ORG:o3=bewind}. Let op: bij {PERSON:p2.first} speelt ook huiselijk geweld.""",
# f3
"""Verslag MDO {DATE:date}
Aanwezig: dhr. {PERSON:m6.init}, teamleider Wmo; mevr. {PERSON:f6.init}, consulent jeugd; {PERSON:o3.full} ({ORG:o4=care}); de wijkcoach van team Noord, {PERSON:o5.first}.
Casus: gezin {PERSON:p1.sur}, {ADDRESS:street}, {CITY:city}. Drie kinderen, oudste {AGE:k1.age}. Afspraak: {PERSON:o5.first} coördineert, {ORG:o4} start gezinsbegeleiding per {DATE:dm}.""",
# f4
"""Interne mail
Van: {PERSON:o1.full}
Aan: {PERSON:o2.full}
Hoi {PERSON:o2.first}, kun jij de beschikking voor {_:p1.tit} {PERSON:p1.sur} ({CASE_NUMBER:case}) nog een keer nakijken? Er staat een verkeerd rekeningnummer in, het moet {IBAN:iban} zijn. Ook is het BSN {BSN:bsn} niet goed overgenomen uit het systeem. Ik heb het {_:prodnr} {_:bad9} van de rolstoel wel al doorgegeven aan {ORG:o3=care}.
Groet, {PERSON:o1.first}""",
# f5
"""Klacht over medewerker
Mevr. {PERSON:f1.full} ({AGE:f1.age}) belde op {DATE:date} over consulent {PERSON:m7.full}. Hij zou afspraken hebben afgezegd zonder bericht. De teamleider, dhr. {PERSON:m6.init}, heeft met {PERSON:m7.first} gesproken. Volgens hem waren er {_:n} afspraken verzet vanwege ziekte. Mevr. wil een andere consulent. Afgesproken: vanaf {DATE:dm} neemt {PERSON:o3.full} het over. Mail aan mevr.: {EMAIL:f1.email}.""",
# f6
"""Evaluatie samenwerking
{ORG:o1=care} meldt dat de samenwerking met de gemeentelijke consulent {PERSON:o2.full} [[stroef|moeizaam|niet goed]] verloopt. Aanvragen voor cliënten als {PERSON:p1.full} uit {CITY:city} blijven {_:dur2} liggen. Contactpersoon bij {ORG:o1}: {PERSON:o3.full}, {PHONE:landline}. Directeur {PERSON:o4.init} wil een overleg op {DATE:date}. Zorgpad 2.0 wordt daar ook besproken.""",
# f7
"""Aantekening bij dossier {CASE_NUMBER:case}
Jobcoach {PERSON:o1.full} ({ORG:o2=welfare}) laat weten dat {PERSON:p1.full} ({AGE:p1.age}) goed functioneert op de werkplek in {CITY:city}. Werkgever wil een contract voor {_:n} maanden aanbieden. Loonkostensubsidie via de Participatiewet wordt aangevraagd. Consulent {PERSON:o3.full} handelt dit af voor {DATE:dm}.""",
# f8
"""Verslag gesprek met bewindvoerder
Op {DATE:date} sprak ik met {PERSON:o1.full} van {ORG:o2=bewind} over onze gezamenlijke cliënt {PERSON:p1.init}. {PERSON:o1.first} meldde dat de betalingsregeling met {_:agency} is afgerond. Het resterende bedrag ({_:amount}) wordt betaald vanaf {IBAN:iban}. Betalingskenmerk {CASE_NUMBER:betk}. Volgende evaluatie over {_:n} maanden.""",
# f9
"""Notitie voor de teamleider
Wijkverpleegkundige {PERSON:o1.first} van {ORG:o2=care} heeft signalen over collega-consulent {_:o3m.tit} {PERSON:o3m.sur}: cliënten zouden zijn privénummer {PHONE:mobile} hebben gekregen en hem via WhatsApp benaderen. Ook zou hij op {URL:o3m.url} reclame maken voor een eigen adviesbureau. Graag bespreken op {_:wd} {DATE:dm}.""",
# f10
"""Roosterwijziging team Zuid
{PERSON:f7.full} (consulent Wmo) werkt vanaf {DATE:dm} op {_:wd} en {_:wd}. {PERSON:o2f.full} (schuldhulpverlener) neemt haar spreekuur in {CITY:city} over, {_:time}. Vragen over het rooster aan {PERSON:o3.init}, {EMAIL:offmail} of {PHONE:landline}. Centrale nummer voor inwoners blijft {_:gem14}, bij spoed {_:help}.""",
]

KINDS = [("email", EMAIL), ("chat", CHAT), ("intake", INTAKE), ("log", LOG), ("letter", LETTER),
         ("signal", SIGNAL), ("official", OFFICIAL)]

# extra sentences: one (sometimes two) inserted into every document, before the closing if there is one
EXTRA = [
"Voor de volledigheid: mijn BSN is {BSN:bsn}.",
"Het gaat om het dossier met kenmerk {CASE_NUMBER:case}.",
"Eerder is op {DATE:date} al een melding gedaan, zonder resultaat.",
"De eigen bijdrage via {_:agency} is {_:amount}, dat kan er echt niet meer bij.",
"Op {_:govurl} staat dat de beslistermijn {_:n} weken is, maar dat is allang voorbij.",
"Het wijkteam is op {_:wd} tussen {_:time} bereikbaar via {_:gem14}.",
"De zorg loopt {_:dur2} en moet per {DATE:dmy} opnieuw worden beoordeeld.",
"{_:Wd} is er weer een gesprek, om {_:time}.",
"In {_:mon} is de indicatie verlengd, maar er is nog niets op papier.",
"Het {_:prodnr} op het apparaat is {_:bad9}, dat heb ik voor de zekerheid genoteerd.",
"Volgens {_:art} had er binnen {_:n} weken een besluit moeten liggen.",
"Er is in {_:year} al eens een aanvraag gedaan, toen ik nog in {CITY:city} woonde.",
"De buurvrouw, {_:f8.tit} {PERSON:f8.sur}, heeft ook een sleutel ({PHONE:phone}).",
"De post kan ook naar het adres van mijn zus: {ADDRESS:addr}, {POSTCODE:pc} {CITY:city}.",
"Het geld kan worden overgemaakt op {IBAN:iban} t.n.v. {PERSON:p1.init}.",
"Mijn oude adres was {ADDRESS:addr} in {CITY:city}, misschien staat dat nog in het systeem.",
"Ik ben geboren op {DATE_OF_BIRTH:p1.dob}, als u dat nodig hebt.",
"Mijn partner {PERSON:p5.full} ({AGE:p5.age}) kan ook gebeld worden op {PHONE:phone}.",
"Het busje van de dagbesteding, kenteken {LICENSE_PLATE:plate}, staat vaak op de stoep geparkeerd.",
"Cliënt heeft een eigen pagina ({URL:p1.url}) waarop om hulp wordt gevraagd.",
"Er is een inzamelactie gestart: {URL:p1.url}.",
"Ook {ORG:care} is betrokken geweest, maar heeft het dossier gesloten.",
"Maar {ORG:bewind} wil pas in actie komen als alle papieren er zijn.",
"Toen {ORG:welfare} erbij kwam, werd het even beter.",
"Daarna heeft {ORG:taxi} de ritten overgenomen, met wisselend succes.",
"De kosten ({_:amount}) worden volgens de regeling voor {_:pct} vergoed.",
"Het gaat in deze wijk vaker om inwoners {_:aggage}.",
"Op het contactformulier vulde ik {EMAIL:p1.email} in, daar kunt u op reageren.",
"Een kopie ging naar {EMAIL:offmail}.",
"De afspraak is verzet naar {_:wd} {DATE:dm} om {_:time}.",
"Ze doet boodschappen bij Albert Heijn en soms bij de markt.",
"Ik woon hier al {_:n} jaar en ken iedereen in de straat.",
"Dat is {_:n} jaar geleden begonnen, na de scheiding.",
"Hij heeft een indicatie voor {_:n} jaar gekregen, maar de uren kloppen niet.",
"Het is geen Jan Modaal-situatie: er zijn {_:n} kinderen en een zieke ouder.",
"Zwart op wit is er nog niets afgesproken.",
"Winter of zomer, de hulp komt nooit op tijd.",
"De Bank heeft de rekening {_:dur1} geblokkeerd.",
"Vanaf {_:yrange} liep er al een traject via de {_:law}.",
"Zorgpad 2.0 is volgens de gemeente nog niet ingevoerd.",
"Met Sinterklaas en kerst is het altijd het zwaarst.",
"De scootmobiel met {_:prodnr} {_:bad9} is al {_:n} keer kapot geweest.",
"Bij nood belt men {_:help}; voor al het andere {_:gem14}.",
"Zijn kenteken is {LICENSE_PLATE:plate}, de auto is nodig voor zijn werk.",
"Haar zoon {PERSON:k6m.first} ({AGE:k6m.age}) zit op het speciaal onderwijs in {CITY:city}.",
"Contactpersoon daar is {PERSON:o8.full}, bereikbaar via {PHONE:landline}.",
"Zij heeft een sofinummer op een oud pasje staan: {BSN:bsn}.",
"BSN-nummer van de partner: {BSN:bsn}.",
"Het klantnummer bij de zorgverzekeraar is {CASE_NUMBER:case}.",
"De brief is gedateerd {DATE:dmy} en kwam pas {_:dur1} later aan.",
"De juiste postcode is {POSTCODE:pc}, niet de oude.",
"Vroeger werkte hij als kok, en later als bakker in de fabriek.",
"{_:Mon} {_:year} is de uitkering van {_:agency} gestopt.",
"Contact verliep via de dochter, {PERSON:f9.full}, {EMAIL:f9.email}.",
"Tip: kijk ook op {_:govurl} voor de voorwaarden.",
"Het gaat om een man van {AGE:age} die alleen woont en weinig netwerk heeft.",
"De {AGE:age}-jarige cliënt wil graag zelfstandig blijven wonen.",
"Leeftijd cliënt: {AGE:age} jr.",
]

CHAT_EXTRA = [
"btw mijn nieuwe nummer is {PHONE:mobile}",
"o ja en {PERSON:p6.first} uit de {ADDRESS:street} heeft hetzelfde probleem",
"mijn bsn is {BSN:bsn} voor als je het nodig hebt",
"kun je het naar {EMAIL:p1.email} sturen?",
"de bus van {ORG:taxi} had kenteken {LICENSE_PLATE:plate} volgens mij",
"ik ben {_:wd} om {_:time} wel thuis",
"mijn rekeningnr is {IBAN:iban}",
"zie ook {URL:p1.url} daar staat alles",
"ik heb {_:dur2} geen leefgeld gehad, {_:amount} per week is niks",
"afspraak is {DATE:dm} toch?",
"mijn moeder ({AGE:g6.age}) woont in {CITY:city} en kan niet helpen",
"jan en alleman zegt wat anders",
]

# ---------------------------------------------------------------- assembly
import argparse
import collections
import json
import random
import sys

SEED = 20261207
N_PAIRS = 161  # 322 documents; ids 2k-1 and 2k share a kind
CHAT_EMOJI = ["😊", "🙏", "😢", "😡", "👍", "🤞", "😭", "🙄", "😔", "🥺", "💪", "😅", "🤷‍♀️", "🫶"]
VOWELS = "aeiou"


def typo(rng, word):
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 3)
    f = rng.randrange(3)
    if f == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if f == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def chatify(rng, pieces):
    out = []
    for t, lab in pieces:
        t = t.lower()
        if lab is None:
            words = t.split(" ")
            for j, w in enumerate(words):
                if rng.random() < 0.035:
                    words[j] = typo(rng, w)
            t = " ".join(words)
            t = t.replace(" ik ", " ik ") if rng.random() < 0.5 else t.replace(" ik ", " k ", 1)
        out.append((t, lab))
    if rng.random() < 0.6:
        out.append((" " + rng.choice(CHAT_EMOJI), None))
    return out


def build(pieces):
    text = ""
    spans = []
    for t, lab in pieces:
        if lab is not None:
            spans.append({"start": len(text), "end": len(text) + len(t), "label": lab, "_want": t})
        text += t
    return text, spans


LABELS = {"PERSON", "ADDRESS", "POSTCODE", "CITY", "PHONE", "EMAIL", "URL", "BSN", "IBAN", "DATE_OF_BIRTH",
          "DATE", "AGE", "CASE_NUMBER", "LICENSE_PLATE", "ORG"}


def check(doc):
    text = doc["text"]
    prev_end = -1
    for sp in sorted(doc["spans"], key=lambda s: s["start"]):
        assert sp["label"] in LABELS, sp
        got = text[sp["start"]:sp["end"]]
        assert got == sp["_want"], (doc["id"], got, sp)
        assert got == got.strip() and got, (doc["id"], repr(got))
        assert sp["start"] >= prev_end, ("overlap", doc["id"], sp)
        prev_end = sp["end"]
        raw = got.replace(" ", "").replace(".", "").replace("\u00a0", "")
        if sp["label"] == "BSN":
            assert bsn_ok(raw), got
        if sp["label"] == "IBAN":
            assert iban_ok(raw), got
    n = len(text.encode("utf-8"))
    assert 250 <= n <= 900, (doc["id"], n)


CLOSING = re.compile(r"\n\n(?=Met vriendelijke|Vriendelijke|Hartelijke|Hoogachtend|Groet|Groetjes|Met groet|Dank je"
                     r"|\{PERSON:[a-z0-9]+\.(full|init|first)\}(\n|$))|\nGroet, ")


def with_extra(rng, kind, frame, extras):
    if kind == "chat":
        return frame + " " + " ".join(extras)
    m = CLOSING.search(frame)
    if m:
        return frame[:m.start()] + " " + " ".join(extras) + frame[m.start():]
    return frame + "\n" + " ".join(extras)


def next_from(rng, queues, name, n):
    q = queues.setdefault(name, [])
    if not q:
        order = list(range(n))
        rng.shuffle(order)
        q.extend(order)
    return q.pop(0)


def generate():
    rng = random.Random(SEED)
    queues = {}
    extra_use = collections.Counter()
    docs = []
    for pair in range(N_PAIRS):
        kind, frames = KINDS[pair % len(KINDS)]
        for _ in range(2):
            q = queues.setdefault(kind, [])
            if not q:
                order = list(range(len(frames)))
                rng.shuffle(order)
                q.extend(order)
            fi = q.pop(0)
            pool, pname = (CHAT_EXTRA, "chatx") if kind == "chat" else (EXTRA, "x")
            ex = [next_from(rng, queues, pname, len(pool))]
            if rng.random() < 0.35:
                ex.append(next_from(rng, queues, pname, len(pool)))
            for e in ex:
                extra_use["%s%d" % (pname, e + 1)] += 1
            frame = with_extra(rng, kind, frames[fi], [pool[e] for e in ex])
            for attempt in range(50):
                pieces = render(rng, frame)
                if kind == "chat":
                    pieces = chatify(rng, pieces)
                text, spans = build(pieces)
                if 250 <= len(text.encode("utf-8")) <= 900:
                    break
            doc = {"id": "ind2-%04d" % (len(docs) + 1), "text": text, "spans": spans,
                   "_kind": kind, "_frame": "%s%d" % (kind, fi + 1)}
            check(doc)
            docs.append(doc)
    generate.extra_use = extra_use
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--stats", action="store_true", help="print counts per label and kind on stderr")
    args = ap.parse_args()
    docs = generate()
    out = sys.stdout
    for d in docs:
        rec = {"id": d["id"], "text": d["text"],
               "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in d["spans"]]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.stats:
        err = sys.stderr
        for half, par in (("all", None), ("dev (odd ids)", 1), ("test (even ids)", 0)):
            sel = [d for d in docs if par is None or int(d["id"][-4:]) % 2 == par]
            lab = collections.Counter(s["label"] for d in sel for s in d["spans"])
            kinds = collections.Counter(d["_kind"] for d in sel)
            nbytes = [len(d["text"].encode("utf-8")) for d in sel]
            err.write("== %s: %d documents, %d gold spans, bytes min/mean/max %d/%d/%d\n" % (
                half, len(sel), sum(lab.values()), min(nbytes), sum(nbytes) // len(nbytes), max(nbytes)))
            err.write("   labels: " + ", ".join("%s %d" % kv for kv in sorted(lab.items())) + "\n")
            err.write("   kinds:  " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())) + "\n")
        frames = collections.Counter(d["_frame"] for d in docs)
        err.write("== frames: %d distinct, uses per frame min %d max %d\n" % (
            len(frames), min(frames.values()), max(frames.values())))
        xu = generate.extra_use
        err.write("== extra sentence frames: %d distinct, uses per frame min %d max %d\n" % (
            len(xu), min(xu.values()), max(xu.values())))


if __name__ == "__main__":
    main()
