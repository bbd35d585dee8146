#!/usr/bin/env python3
"""Generates Graphs/event-actors.yaml: which codes and names of event data stand for which
gazetteer actor (GDELT/CAMEO country and known-group codes, ISO 3166 alpha-3 and alpha-2, Correlates
of War state numbers, ICEWS and POLECAT country names, and the sectors that speak for a state).

Usage: Scripts/gen_event_actors.py [--check]
  (no option)  writes Graphs/event-actors.yaml from Graphs/actors.yaml and the tables below
  --check      exits 1 when the written file differs from what the tables give

The gazetteer gives every state's and organisation's id, name and other names (ICEWS and POLECAT
name countries in full: "Russian Federation"). The hand-kept tables below add the codes:
STATES   id | ISO alpha-3 | ISO alpha-2 | COW number (- when the state has none or it is not kept here)
         | CAMEO code when it differs from ISO alpha-3 | extra names event data uses
GROUPS   id | CAMEO known-group codes (GDELT Actor1KnownGroupCode) | extra names
Every id must be in the gazetteer; every code must be claimed by one actor only.
"""
import os
import sys

import yaml

STATES = """
afghanistan | AFG | AF | 700 | | Islamic Republic of Afghanistan
albania | ALB | AL | 339 | |
algeria | DZA | DZ | 615 | |
andorra | AND | AD | 232 | |
angola | AGO | AO | 540 | |
antigua-and-barbuda | ATG | AG | 58 | |
argentina | ARG | AR | 160 | |
armenia | ARM | AM | 371 | |
australia | AUS | AU | 900 | |
austria | AUT | AT | 305 | |
azerbaijan | AZE | AZ | 373 | |
bahamas | BHS | BS | 31 | |
bahrain | BHR | BH | 692 | |
bangladesh | BGD | BD | 771 | |
barbados | BRB | BB | 53 | |
belarus | BLR | BY | 370 | |
belgium | BEL | BE | 211 | |
belize | BLZ | BZ | 80 | |
benin | BEN | BJ | 434 | |
bhutan | BTN | BT | 760 | |
bolivia | BOL | BO | 145 | |
bosnia-and-herzegovina | BIH | BA | 346 | |
botswana | BWA | BW | 571 | |
brazil | BRA | BR | 140 | |
brunei | BRN | BN | 835 | | Brunei Darussalam
bulgaria | BGR | BG | 355 | |
burkina-faso | BFA | BF | 439 | |
burundi | BDI | BI | 516 | |
cabo-verde | CPV | CV | 402 | |
cambodia | KHM | KH | 811 | |
cameroon | CMR | CM | 471 | |
canada | CAN | CA | 20 | |
central-african-republic | CAF | CF | 482 | |
chad | TCD | TD | 483 | |
chile | CHL | CL | 155 | |
china | CHN | CN | 710 | |
colombia | COL | CO | 100 | |
comoros | COM | KM | 581 | |
costa-rica | CRI | CR | 94 | |
croatia | HRV | HR | 344 | |
cuba | CUB | CU | 40 | |
cyprus | CYP | CY | 352 | |
czechia | CZE | CZ | 316 | | Czech Republic
denmark | DNK | DK | 390 | |
djibouti | DJI | DJ | 522 | |
dominica | DMA | DM | 54 | |
dominican-republic | DOM | DO | 42 | |
dr-congo | COD | CD | 490 | ZAR | Democratic Republic of Congo; Congo, Democratic Republic of; Congo-Kinshasa
ecuador | ECU | EC | 130 | |
egypt | EGY | EG | 651 | |
el-salvador | SLV | SV | 92 | |
equatorial-guinea | GNQ | GQ | 411 | |
eritrea | ERI | ER | 531 | |
estonia | EST | EE | 366 | |
eswatini | SWZ | SZ | 572 | | Swaziland
ethiopia | ETH | ET | 530 | |
fiji | FJI | FJ | 950 | |
finland | FIN | FI | 375 | |
france | FRA | FR | 220 | |
gabon | GAB | GA | 481 | |
gambia | GMB | GM | 420 | |
georgia | GEO | GE | 372 | |
germany | DEU | DE | 255 | |
ghana | GHA | GH | 452 | |
greece | GRC | GR | 350 | |
grenada | GRD | GD | 55 | |
guatemala | GTM | GT | 90 | |
guinea | GIN | GN | 438 | |
guinea-bissau | GNB | GW | 404 | |
guyana | GUY | GY | 110 | |
haiti | HTI | HT | 41 | |
honduras | HND | HN | 91 | |
hungary | HUN | HU | 310 | |
iceland | ISL | IS | 395 | |
india | IND | IN | 750 | |
indonesia | IDN | ID | 850 | |
iran | IRN | IR | 630 | | Islamic Republic of Iran
iraq | IRQ | IQ | 645 | |
ireland | IRL | IE | 205 | |
israel | ISR | IL | 666 | |
italy | ITA | IT | 325 | |
ivory-coast | CIV | CI | 437 | | Cote d'Ivoire; Côte d'Ivoire
jamaica | JAM | JM | 51 | |
japan | JPN | JP | 740 | |
jordan | JOR | JO | 663 | |
kazakhstan | KAZ | KZ | 705 | |
kenya | KEN | KE | 501 | |
kiribati | KIR | KI | 946 | |
kosovo | XKX | XK | 347 | KOS |
kuwait | KWT | KW | 690 | |
kyrgyzstan | KGZ | KG | 703 | | Kyrgyz Republic
laos | LAO | LA | 812 | | Lao People's Democratic Republic
latvia | LVA | LV | 367 | |
lebanon | LBN | LB | 660 | |
lesotho | LSO | LS | 570 | |
liberia | LBR | LR | 450 | |
libya | LBY | LY | 620 | |
liechtenstein | LIE | LI | 223 | |
lithuania | LTU | LT | 368 | |
luxembourg | LUX | LU | 212 | |
madagascar | MDG | MG | 580 | |
malawi | MWI | MW | 553 | |
malaysia | MYS | MY | 820 | |
maldives | MDV | MV | 781 | |
mali | MLI | ML | 432 | |
malta | MLT | MT | 338 | |
marshall-islands | MHL | MH | 983 | |
mauritania | MRT | MR | 435 | |
mauritius | MUS | MU | 590 | |
mexico | MEX | MX | 70 | |
micronesia | FSM | FM | 987 | |
moldova | MDA | MD | 359 | | Republic of Moldova
monaco | MCO | MC | 221 | |
mongolia | MNG | MN | 712 | |
montenegro | MNE | ME | 341 | |
morocco | MAR | MA | 600 | |
mozambique | MOZ | MZ | 541 | |
myanmar | MMR | MM | 775 | | Burma
namibia | NAM | NA | 565 | |
nauru | NRU | NR | 970 | |
nepal | NPL | NP | 790 | |
netherlands | NLD | NL | 210 | |
new-zealand | NZL | NZ | 920 | |
nicaragua | NIC | NI | 93 | |
niger | NER | NE | 436 | |
nigeria | NGA | NG | 475 | |
north-korea | PRK | KP | 731 | | Democratic People's Republic of Korea
north-macedonia | MKD | MK | 343 | | Macedonia
norway | NOR | NO | 385 | |
oman | OMN | OM | 698 | |
pakistan | PAK | PK | 770 | |
palau | PLW | PW | 986 | |
palestine | PSE | PS | - | | Occupied Palestinian Territory
panama | PAN | PA | 95 | |
papua-new-guinea | PNG | PG | 910 | |
paraguay | PRY | PY | 150 | |
peru | PER | PE | 135 | |
philippines | PHL | PH | 840 | |
poland | POL | PL | 290 | |
portugal | PRT | PT | 235 | |
qatar | QAT | QA | 694 | |
republic-of-the-congo | COG | CG | 484 | | Congo; Congo-Brazzaville
romania | ROU | RO | 360 | ROM |
russia | RUS | RU | 365 | | Russian Federation
rwanda | RWA | RW | 517 | |
saint-kitts-and-nevis | KNA | KN | 60 | |
saint-lucia | LCA | LC | 56 | |
saint-vincent-and-the-grenadines | VCT | VC | 57 | |
samoa | WSM | WS | 990 | |
san-marino | SMR | SM | 331 | |
sao-tome-and-principe | STP | ST | 403 | |
saudi-arabia | SAU | SA | 670 | |
senegal | SEN | SN | 433 | |
serbia | SRB | RS | 345 | |
seychelles | SYC | SC | 591 | |
sierra-leone | SLE | SL | 451 | |
singapore | SGP | SG | 830 | |
slovakia | SVK | SK | 317 | |
slovenia | SVN | SI | 349 | |
solomon-islands | SLB | SB | 940 | |
somalia | SOM | SO | 520 | |
south-africa | ZAF | ZA | 560 | |
south-korea | KOR | KR | 732 | | Republic of Korea
south-sudan | SSD | SS | 626 | |
spain | ESP | ES | 230 | |
sri-lanka | LKA | LK | 780 | |
sudan | SDN | SD | 625 | |
suriname | SUR | SR | 115 | |
sweden | SWE | SE | 380 | |
switzerland | CHE | CH | 225 | |
syria | SYR | SY | 652 | | Syrian Arab Republic
taiwan | TWN | TW | 713 | |
tajikistan | TJK | TJ | 702 | |
tanzania | TZA | TZ | 510 | | United Republic of Tanzania
thailand | THA | TH | 800 | |
timor-leste | TLS | TL | 860 | TMP | East Timor
togo | TGO | TG | 461 | |
tonga | TON | TO | 955 | |
trinidad-and-tobago | TTO | TT | 52 | |
tunisia | TUN | TN | 616 | |
turkey | TUR | TR | 640 | | Türkiye
turkmenistan | TKM | TM | 701 | |
tuvalu | TUV | TV | 947 | |
uae | ARE | AE | 696 | | United Arab Emirates
uganda | UGA | UG | 500 | |
uk | GBR | GB | 200 | | United Kingdom
ukraine | UKR | UA | 369 | |
uruguay | URY | UY | 165 | |
usa | USA | US | 2 | | United States
uzbekistan | UZB | UZ | 704 | |
vanuatu | VUT | VU | 935 | |
vatican | VAT | VA | - | | Holy See
venezuela | VEN | VE | 101 | |
vietnam | VNM | VN | 816 | | Viet Nam
yemen | YEM | YE | 679 | |
zambia | ZMB | ZM | 551 | |
zimbabwe | ZWE | ZW | 552 | |
"""

# Names the news gives one state and event data another: ICEWS and POLECAT write the Republic of the
# Congo as "Congo" (DR Congo in full), while the bare "Congo" of the news is DR Congo's in the gazetteer.
NOT_EVENT_NAMES = {"dr-congo": {"Congo"}}

GROUPS = """
nato | NAT |
eu | EEC |
un | UNO |
imf | IMF |
world-bank | WBK |
wto | WTO |
opec | OPC |
asean | ASN |
arab-league | ARL |
gcc | GCC |
african-union | AFU |
"""

# Sectors that speak for their state: a government, its armed forces, its police, its intelligence
# service (CAMEO type codes as GDELT writes them; ICEWS and POLECAT sector words).
STATE_SECTORS = {
    "cameo": ["GOV", "MIL", "COP", "SPY"],
    "words": ["Government", "Military", "Police", "Executive", "Executive Office", "Cabinet", "Armed Forces",
              "Foreign Ministry", "Ministry", "Intelligence"],
}


def rows(table, width):
    for line in table.strip().splitlines():
        fields = [f.strip() for f in line.split("|")]
        fields += [""] * (width - len(fields))
        yield fields[:width]


def generate(root):
    gazetteer = yaml.safe_load(open(os.path.join(root, "Graphs", "actors.yaml"), encoding="utf-8"))
    actors = {a["id"]: a for a in gazetteer["actors"]}
    states, groups, claimed, errors = [], [], {}, []

    def claim(kind, code, actor):
        key = (kind, code.casefold())
        if key in claimed and claimed[key] != actor:
            errors.append(f"{kind} '{code}' claimed by {claimed[key]} and {actor}")
        claimed[key] = actor

    listed = set()
    for sid, iso3, iso2, cow, cameo, extra in rows(STATES, 6):
        if sid not in actors or actors[sid]["kind"] != "state":
            errors.append(f"STATES: '{sid}' is not a state of the gazetteer")
            continue
        listed.add(sid)
        a = actors[sid]
        names = [a["name"]] + [n for n in a.get("names", []) if len(n) > 3 and not n.isupper()
                               and n not in NOT_EVENT_NAMES.get(sid, ())]
        names += [n.strip() for n in extra.split(";") if n.strip()]
        names = list(dict.fromkeys(names))
        entry = {"id": sid, "cameo": cameo or iso3, "iso3": iso3, "iso2": iso2}
        if cow != "-":
            entry["cow"] = int(cow)
            claim("cow", cow, sid)
        entry["names"] = names
        for code in {entry["cameo"], iso3}:
            claim("alpha-3", code, sid)
        claim("alpha-2", iso2, sid)
        for n in names:
            claim("name", n, sid)
        states.append(entry)
    # States no event-data coding scheme gives a code of its own: Somaliland has no ISO or CAMEO code
    # (event data codes it as Somalia), and the USSR's COW number 365 is Russia's.
    not_coded = {"somaliland", "ussr"}
    missing = sorted(i for i, a in actors.items() if a["kind"] == "state" and i not in listed and i not in not_coded)
    if missing:
        errors.append(f"STATES lacks gazetteer states: {', '.join(missing)}")
    codes = {g[0]: [c for c in g[1].split() if c] for g in rows(GROUPS, 3)}
    for a in gazetteer["actors"]:
        if a["kind"] != "organisation":
            continue
        names = list(dict.fromkeys([a["name"]] + [n for n in a.get("names", []) if len(n) > 3]))
        entry = {"id": a["id"]}
        if a["id"] in codes:
            entry["cameo"] = codes.pop(a["id"])
            for c in entry["cameo"]:
                claim("alpha-3", c, a["id"])
        entry["names"] = names
        for n in names:
            claim("name", n, a["id"])
        groups.append(entry)
    for gid in codes:
        errors.append(f"GROUPS: '{gid}' is not an organisation of the gazetteer")
    return states, groups, errors


def flow(value):
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    plain = text and all(c.isalnum() or c in " -.'()" for c in text) and not text[0] in "-'" \
        and text.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "y", "n") and not text[0].isdigit()
    return text if plain else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def emit(states, groups):
    out = [
        "# Which codes and names of event data stand for which gazetteer actor. GENERATED by",
        "# Scripts/gen_event_actors.py from Graphs/actors.yaml and the script's hand-kept tables: edit those.",
        "#",
        "# states: cameo (GDELT's Actor1CountryCode, CAMEO's country code; ISO alpha-3 but for a few), iso3,",
        "#   iso2 (ISO 3166), cow (Correlates of War state number, POLECAT's Actor COW), names (ICEWS's and",
        "#   POLECAT's country names). groups: cameo (GDELT's Actor1KnownGroupCode) and names of organisations.",
        "# sectors: the sectors that speak for their state (CAMEO type codes, ICEWS/POLECAT sector words);",
        "#   an actor of another sector (business, media, opposition) is counted as unmapped, never folded in.",
        "schema: geograph-event-actors/1",
        "sectors:",
        f"  cameo: {flow(STATE_SECTORS['cameo'])}",
        f"  words: {flow(STATE_SECTORS['words'])}",
        "states:",
    ]
    for s in states:
        fields = [f"id: {s['id']}", f"cameo: {s['cameo']}", f"iso3: {s['iso3']}", f"iso2: {flow(s['iso2'])}"]
        if "cow" in s:
            fields.append(f"cow: {s['cow']}")
        fields.append(f"names: {flow(s['names'])}")
        out.append("  - {" + ", ".join(fields) + "}")
    out.append("groups:")
    for g in groups:
        fields = [f"id: {g['id']}"]
        if "cameo" in g:
            fields.append(f"cameo: {flow(g['cameo'])}")
        fields.append(f"names: {flow(g['names'])}")
        out.append("  - {" + ", ".join(fields) + "}")
    return "\n".join(out) + "\n"


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    states, groups, errors = generate(root)
    if errors:
        for e in errors:
            print(f"gen_event_actors: {e}", file=sys.stderr)
        return 1
    text = emit(states, groups)
    path = os.path.join(root, "Graphs", "event-actors.yaml")
    yaml.safe_load(text)  # must parse
    if "--check" in sys.argv:
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        if current != text:
            print("gen_event_actors: Graphs/event-actors.yaml is out of date; run Scripts/gen_event_actors.py", file=sys.stderr)
            return 1
        return 0
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(path + ".tmp", path)
    print(f"wrote {path}: {len(states)} states, {len(groups)} organisations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
