#!/usr/bin/env python3
"""A deterministic evaluation set for the de-identifier: Dutch social-domain texts (e-mails,
chat messages, intake notes, contact logs, letters) with gold spans in code points.

Everything here is written by the Naast team for this purpose: the names, streets and places are
short hand-made lists (no fake-data generator's lists, no real data). Hard negatives (laws,
agencies, amounts, durations, article numbers, name-like words) are mixed in. Usage:
    python3 eval/generate.py [N] > eval/out/gold.jsonl
"""
import json
import random
import sys

FIRST = ["Fatima", "Daan", "Samira", "Kees", "Anouk", "Mohammed", "Ayşe", "Piet", "Noor", "Yusuf",
         "Ingrid", "Bram", "Lotte", "Hamza", "Emine", "Joost", "Marieke", "Stefan", "Iris", "Rachid"]
LAST = ["de Vries", "Bakker", "El Amrani", "Öztürk", "Jansen", "van den Berg", "Visser", "Yılmaz",
        "Smit", "de Jong", "Kaya", "Mulder", "Bos", "van Dijk", "Haddou", "Kowalski", "Meijer"]
STREET = ["Kerkstraat", "Dorpsstraat", "Molenweg", "Lindelaan", "Burg. Saletlaan", "Havenkade",
          "Schoolstraat", "Beukenhof", "Van Goghstraat", "Stationsplein", "Dijkweg", "Prinses Irenestraat"]
CITY = ["Maasdal", "Lindeveld", "Oud-Beijerland", "Zevenhuizen", "Nieuw-Lekkerland", "Ede", "Tiel"]
ORG = ["Maasdal Thuiszorg", "Stichting De Linde", "Zorggroep Rivierenland", "Bewindvoering Plus",
       "Taxi Maas & Waal", "Jeugdhulp Rivierenland", "Welzijn Lindeveld", "Dagbesteding De Boomgaard"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
RELATION = ["zoon", "dochter", "moeder", "vader", "man", "vrouw", "buurman", "zus", "broer"]
NEGATIVES = [
    "De Wmo en de Jeugdwet zijn er duidelijk over.", "Het UWV en de Belastingdienst weten ervan.",
    "Ik wacht al 3 jaar op antwoord.", "Ik betaal 250 euro per maand.", "Dat staat in art. 7:1 Awb.",
    "Ik doe boodschappen bij Albert Heijn.", "Het CAK stuurde een rekening van 2 500 euro.",
    "Bel de gemeente op 14 0418.", "In 2019 en 2020 ging het ook al mis.", "Om 14.30 uur had ik een afspraak.",
    "Artikelnummer 123456789 was niet leverbaar.", "De indicatie geldt voor 5 jaar.",
    "Melders tussen 18 en 27 jaar komen vaker.", "Volgens artikel 2.3.5 Wmo 2015 moet dat binnen 2 weken.",
]


def bsn(r):
    while True:
        d = [r.randrange(10) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last < 10 and d[0] != 0:
            return "".join(map(str, d + [last]))


def iban(r):
    bank = r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"])
    acct = "".join(str(r.randrange(10)) for _ in range(10))
    digits = "".join(str(int(c, 36)) for c in bank + acct + "NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bank}{acct}"


def phone(r):
    n = "6" + "".join(str(r.randrange(10)) for _ in range(8))
    return r.choice([f"0{n}", f"0{n[0]}-{n[1:]}", f"0{n[0]} {n[1:5]} {n[5:]}", f"+31 {n[0]} {n[1:]}",
                     f"010-{''.join(str(r.randrange(10)) for _ in range(7))}"])


def plate(r):
    cons = "BDFGHJKLNPRSTVXZ"
    return r.choice([f"{r.randrange(10, 99)}-{''.join(r.choice(cons) for _ in range(3))}-{r.randrange(1, 9)}",
                     f"{''.join(r.choice(cons) for _ in range(2))}-{r.randrange(100, 999)}-{r.choice(cons)}"])


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s, label=None):
        start = len(self.text)
        self.text += s
        if label:
            self.spans.append({"start": start, "end": len(self.text), "label": label})


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def make(i, r):
    d = Doc()
    kind = ["email", "chat", "note", "log", "letter"][i % 5]
    name = person(r)
    street = f"{r.choice(STREET)} {r.randrange(1, 200)}{r.choice(['', 'a', 'b'])}"
    pc = f"{r.randrange(1000, 9999)} {r.choice(['AB', 'KL', 'MN', 'RT', 'GH'])}"
    city = r.choice(CITY)
    org = r.choice(ORG)
    day = f"{r.randrange(1, 28)} {r.choice(MONTHS)} {r.choice([2025, 2026])}"
    if kind == "email":
        d.add("Beste mevrouw ")
        d.add(r.choice(LAST).split()[-1] if r.random() < 0.3 else r.choice(LAST), "PERSON")
        d.add(",\n\nIk schrijf u over de zorg van ")
        d.add(org, "ORG")
        d.add(". Sinds ")
        d.add(day, "DATE")
        d.add(" komt er niemand meer. " + r.choice(NEGATIVES) + " Mijn ")
        d.add(r.choice(RELATION))
        d.add(" ")
        d.add(r.choice(FIRST), "PERSON")
        d.add(" (")
        d.add(str(r.randrange(8, 95)), "AGE")
        d.add(") woont op ")
        d.add(street, "ADDRESS")
        d.add(", ")
        d.add(pc, "POSTCODE")
        d.add(" ")
        d.add(city, "CITY")
        d.add(". U kunt mij bellen op ")
        d.add(phone(r), "PHONE")
        d.add(" of mailen naar ")
        d.add(name.lower().replace(" ", ".").replace("ş", "s").replace("ı", "i").replace("ö", "o") + "@example.org", "EMAIL")
        d.add(".\n\nMet vriendelijke groet,\n")
        d.add(name, "PERSON")
    elif kind == "chat":
        first = r.choice(FIRST)
        d.add("hoi!! 😊 mijn " + r.choice(RELATION) + " ")
        d.add(first, "PERSON")
        d.add(" krijgt geen hulp meer van " + r.choice(["de gemeente", "het wijkteam"]) + " 😢 ")
        d.add(r.choice(NEGATIVES).lower() + " bel me ff op ")
        d.add(phone(r), "PHONE")
        d.add(" of app. kenteken van de taxi was ")
        d.add(plate(r).lower(), "LICENSE_PLATE")
        d.add(" 🙏")
    elif kind == "note":
        d.add("Intake. Inwoner ")
        d.add(name, "PERSON")
        d.add(", geboren op ")
        d.add(f"{r.randrange(1, 28):02d}-{r.randrange(1, 12):02d}-{r.randrange(1940, 2005)}", "DATE_OF_BIRTH")
        d.add(", BSN ")
        d.add(bsn(r), "BSN")
        d.add(", wonende te ")
        d.add(city, "CITY")
        d.add(". Heeft schulden; bewindvoerder is ")
        d.add(org, "ORG")
        d.add(". Rekening ")
        d.add(iban(r), "IBAN")
        d.add(". " + r.choice(NEGATIVES) + " Dossiernummer ")
        d.add(f"{r.choice([2025, 2026])}-{r.randrange(10000, 99999)}", "CASE_NUMBER")
        d.add(".")
    elif kind == "log":
        d.add(f"{day}: gebeld met dhr. ")
        d.spans.append({"start": 0, "end": len(day), "label": "DATE"})
        d.add(person(r), "PERSON")
        d.add(" van ")
        d.add(org, "ORG")
        d.add(". Hij is ")
        d.add(str(r.randrange(20, 90)), "AGE")
        d.add(" jaar. Consulent ")
        d.add(person(r), "PERSON")
        d.add(" belt terug. " + r.choice(NEGATIVES))
    else:
        d.add(name, "PERSON")
        d.add("\n")
        d.add(street, "ADDRESS")
        d.add("\n")
        d.add(pc, "POSTCODE")
        d.add(" ")
        d.add(city, "CITY")
        d.add("\n\nGemeente Maasdal\nPostbus 100\n\nOnderwerp: bezwaar tegen uw besluit van ")
        d.add(day, "DATE")
        d.add(" (kenmerk ")
        d.add(f"Z/{r.randrange(20, 27)}/{r.randrange(100000, 999999)}", "CASE_NUMBER")
        d.add(")\n\nGeacht college,\n\nIk maak bezwaar. " + r.choice(NEGATIVES) + "\n\nMet vriendelijke groet,\n\n")
        d.add(name, "PERSON")
    return {"id": f"naast-{i:04d}", "kind": kind, "text": d.text, "spans": d.spans}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    r = random.Random(2026)
    for i in range(n):
        print(json.dumps(make(i, r), ensure_ascii=False))


if __name__ == "__main__":
    main()
