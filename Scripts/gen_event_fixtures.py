#!/usr/bin/env python3
"""Writes the event-data test fixtures (Tests/GeoGraphEventsTests/Fixtures): small files of each
format, written by us from the published column definitions (GDELT 1.0/2.0 event and mention
codebooks, the ICEWS and POLECAT column lists, PLOVER's field names), plus the real GDELT 1.0 rows
of loum/geoutils (geoutils/tests/files/test_gdelt_data.py), kept verbatim in gdelt1-real.CSV.

Usage: Scripts/gen_event_fixtures.py   (deterministic: the same files on every run)

The story the rows tell, so that tests can state what they expect: Russia and Kazakhstan consult and
cooperate through 2023-Q1 (government and military actors), then from 2023-04 Russia threatens and
Kazakhstan protests (tension); China invests in and trades with Kazakhstan throughout; NATO and
Russia accuse each other; a few rows name businesses, the media or unknown codes (unmapped), a
public statement (skipped), and gdelt2-bad.CSV holds one row of each kind of damage.
"""
import io
import json
import os
import random
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "GeoGraphEventsTests", "Fixtures")

# (source code, source country, source group, source type, target code, target country, target group, target type)
RU_GOV, KZ_GOV = ("RUSGOV", "RUS", "", "GOV"), ("KAZGOV", "KAZ", "", "GOV")
RU, KZ, CN = ("RUS", "RUS", "", ""), ("KAZ", "KAZ", "", ""), ("CHN", "CHN", "", "")
RU_MIL, NATO = ("RUSMIL", "RUS", "", "MIL"), ("IGOWSTNAT", "", "NAT", "IGO")
RU_BUS, KZ_MED, UNKNOWN = ("RUSBUS", "RUS", "", "BUS"), ("KAZMED", "KAZ", "", "MED"), ("XYZGOV", "XYZ", "", "GOV")

# CAMEO code, quad class, Goldstein score
CONSULT, AGREE_ECON, COOP_MIL, AID_ECON = ("042", 1, 1.9), ("0311", 1, 5.2), ("062", 2, 6.4), ("071", 2, 7.4)
THREATEN_MIL, PROTEST, ACCUSE, TRADE = ("138", 3, -7.0), ("111", 3, -2.0), ("112", 3, -2.0), ("061", 2, 6.4)
STATEMENT, SANCTION = ("010", 1, 0.0), ("163", 4, -8.0)


def month_days(year, month, count, rng):
    return sorted(f"{year}{month:02d}{rng.randint(1, 28):02d}" for _ in range(count))


def gdelt2_row(event_id, date, a, b, code, quad, goldstein, url):
    cols = [""] * 61
    cols[0], cols[1], cols[2], cols[3] = str(event_id), date, date[:6], date[:4]
    cols[4] = f"{int(date[:4]) + (int(date[4:6]) - 1) / 12:.4f}"
    cols[5], cols[7], cols[8], cols[12] = a[0], a[1], a[2], a[3]
    cols[6] = {"RUS": "RUSSIA", "KAZ": "KAZAKHSTAN", "CHN": "CHINA"}.get(a[1], a[0])
    cols[15], cols[17], cols[18], cols[22] = b[0], b[1], b[2], b[3]
    cols[16] = {"RUS": "RUSSIA", "KAZ": "KAZAKHSTAN", "CHN": "CHINA"}.get(b[1], b[0])
    cols[25], cols[26], cols[27], cols[28] = "1", code, code[:3], code[:2]
    cols[29], cols[30] = str(quad), f"{goldstein:.1f}"
    cols[31], cols[32], cols[33], cols[34] = "4", "1", "4", "-1.5"
    cols[59], cols[60] = date + "120000", url
    return "\t".join(cols)


def gdelt2_events():
    rng = random.Random(15)
    rows, event_id = [], 1_100_000_000
    plan = []
    for month in range(1, 7):
        cooperative = month <= 3
        for date in month_days(2023, month, 8, rng):
            if cooperative:
                pick = rng.choice([(RU_GOV, KZ_GOV, CONSULT), (KZ_GOV, RU_GOV, CONSULT), (RU_MIL, KZ_GOV, COOP_MIL), (RU, KZ, AGREE_ECON)])
            else:
                pick = rng.choice([(RU_GOV, KZ_GOV, THREATEN_MIL), (KZ_GOV, RU_GOV, PROTEST), (RU_MIL, KZ, THREATEN_MIL), (RU_GOV, KZ_GOV, CONSULT)])
            plan.append((date, pick))
        for date in month_days(2023, month, 5, rng):
            plan.append((date, rng.choice([(CN, KZ, AID_ECON), (CN, KZ_GOV, TRADE), (KZ_GOV, CN, TRADE)])))
        for date in month_days(2023, month, 3, rng):
            plan.append((date, rng.choice([(NATO, RU_GOV, ACCUSE), (RU_GOV, NATO, ACCUSE), (RU_GOV, NATO, SANCTION)])))
        for date in month_days(2023, month, 2, rng):
            plan.append((date, rng.choice([(RU_BUS, KZ_GOV, CONSULT), (KZ_MED, RU_GOV, PROTEST), (UNKNOWN, KZ_GOV, CONSULT),
                                           (RU_GOV, KZ_GOV, STATEMENT), (RU_GOV, ("", "", "", ""), CONSULT), (RU_GOV, RU_MIL, CONSULT)])))
    plan.sort(key=lambda p: p[0])
    for date, (a, b, (code, quad, goldstein)) in plan:
        event_id += 1
        url = f"https://news.example.org/{date[:4]}/{date[4:6]}/story-{event_id}.html"
        rows.append((event_id, gdelt2_row(event_id, date, a, b, code, quad, goldstein, url)))
    return rows


def mentions(events):
    rng = random.Random(16)
    out = []
    for event_id, row in events[::3]:
        cols = row.split("\t")
        for k in range(rng.randint(1, 3)):
            a1, a2, action = rng.randint(0, 400), rng.randint(0, 400), rng.randint(0, 400)
            if k == 2:
                a2 = -1
            m = [str(event_id), cols[59], cols[59][:12] + "00", "1", "news.example.org",
                 f"https://news.example.org/mention/{event_id}-{k}.html", str(rng.randint(1, 30)), str(a1), str(a2), str(action),
                 "1", str(rng.choice([50, 80, 100])), str(rng.randint(800, 4000)), "-2.1", "", ""]
            out.append("\t".join(m))
    return out


ICEWS_HEADER = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity",
                "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
                "Province", "Country", "Latitude", "Longitude"]


def icews():
    rng = random.Random(17)
    sides = {
        "ru-gov": ("Government (Russia)", "Government", "Russian Federation"),
        "putin": ("Vladimir Putin", "Elite,Executive,Executive Office,Government", "Russian Federation"),
        "kz": ("Kazakhstan", "", "Kazakhstan"),
        "kz-police": ("Police (Kazakhstan)", "Police", "Kazakhstan"),
        "kz-business": ("Business (Kazakhstan)", "Business", "Kazakhstan"),
        "cn": ("China", "", "China"),
        "sco": ("Shanghai Cooperation Organization", "", ""),
    }
    kinds = [("ru-gov", "kz", "Consult", "040", 1.0), ("putin", "kz", "Make a visit", "042", 1.9), ("kz", "ru-gov", "Host a visit", "043", 2.8),
             ("cn", "kz", "Provide economic aid", "071", 7.4), ("kz", "sco", "Engage in negotiation", "046", 3.5),
             ("ru-gov", "kz-police", "Threaten", "130", -4.4), ("kz-business", "cn", "Cooperate economically", "061", 6.4)]
    rows, event_id = [], 30_000_000
    for month in range(1, 13):
        for day in sorted(rng.randint(1, 28) for _ in range(10)):
            s, t, text, code, intensity = rng.choice(kinds)
            if month > 8 and s == "ru-gov" and code == "040":
                text, code, intensity = "Criticize or denounce", "111", -2.0
            event_id += 1
            src, dst = sides[s], sides[t]
            rows.append([str(event_id % 30_000_050 + 1), f"2022-{month:02d}-{day:02d}", src[0], src[1], src[2], text, code, f"{intensity}",
                         dst[0], dst[1], dst[2], str(40_000_000 + event_id), str(rng.randint(1, 12)), "Example Wire", "Astana", "",
                         "Astana", dst[2] or "Kazakhstan", "51.18", "71.45"])
    return ["\t".join(ICEWS_HEADER)] + ["\t".join(r) for r in rows]


POLECAT_HEADER = ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country",
                  "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
                  "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
                  "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District", "Province",
                  "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
                  "Story People", "Story Organizations", "Story Locations", "Language", "Version"]


def polecat():
    rng = random.Random(18)
    kinds = [("CONSULT", "visit", "", "VERBAL COOPERATION", 1.0), ("COOPERATE", "", "economic", "MATERIAL COOPERATION", 3.0),
             ("AID", "", "military", "MATERIAL COOPERATION", 4.0), ("THREATEN", "", "military", "VERBAL CONFLICT", -5.0),
             ("SANCTION", "", "economic", "MATERIAL CONFLICT", -6.0), ("ACCUSE", "", "", "VERBAL CONFLICT", -2.0)]
    actors = [("Vladimir Putin", "RUS", "365", "GOV", "Government;Executive"), ("Kassym-Jomart Tokayev", "KAZ", "705", "GOV", "Government"),
              ("Ministry of Foreign Affairs (China)", "CHN", "710", "GOV", "Government"), ("Halyk Bank", "KAZ", "705", "BUS", "Business"),
              ("Uzbekistan", "UZB", "704", "", "")]
    rows = []
    for week in range(26):
        for k in range(4):
            ev, mode, ctx, quad, intensity = rng.choice(kinds)
            (an, ac, acow, ap, asec), (rn, rc, rcow, rp, rsec) = rng.sample(actors, 2)
            day = 1 + (week * 7 + k) % 28
            month = 1 + (week * 7 + k) // 28 % 12
            cols = [""] * 40
            cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6] = f"20240{month:02d}{day:02d}-{week}-{k}", f"2024-{month:02d}-{day:02d}", ev, mode, str(intensity), quad, ctx
            cols[7], cols[8], cols[9], cols[10], cols[11] = an, ac, acow, ap, asec
            cols[15], cols[16], cols[17], cols[18], cols[19] = rn, rc, rcow, rp, rsec
            cols[33], cols[34], cols[38], cols[39] = "Example Wire", f"2024-{month:02d}-{day:02d}", "en", "1.0"
            rows.append("\t".join(cols))
    return ["\t".join(POLECAT_HEADER)] + rows


def plover():
    rng = random.Random(19)
    out = []
    for i in range(40):
        month = 1 + i % 6
        ev, ctx, quad = rng.choice([("CONSULT", [], "1"), ("COOPERATE", ["economic"], "2"), ("THREATEN", ["military"], "3"), ("AGREE", ["economic"], "1")])
        rec = {"id": f"plv-{i:04d}", "date": f"2025-{month:02d}-{1 + i % 27:02d}", "event": ev, "mode": "", "context": ctx, "quad": quad,
               "intensity": rng.choice([1.0, 2.5, -3.0, 6.0]), "actor": rng.choice(["Russia", "Government (Russia)"]), "actor_country": "RUS",
               "actor_sector": "GOV", "recipient": "Kazakhstan", "recipient_country": "KAZ", "recipient_sector": "",
               "url": f"https://wire.example.org/plover/{i}"}
        out.append(json.dumps(rec, sort_keys=True))
    return out


def bad_rows(events):
    good = events[0][1].split("\t")
    rows = ["\t".join(good[:40]),                                                        # line 1: 40 columns
            "\t".join(good[:1] + ["2023-13-45"] + good[2:]),                             # line 2: bad date
            "\t".join(good[:26] + ["9Z9"] + good[27:]),                                  # line 3: unknown code
            "\t".join(good[:60] + ["https://news.example.org/" + "x" * 300]),            # line 4: too long with a small limit
            "\t".join(good)]                                                             # line 5: good
    return rows


REAL_GDELT1 = [  # loum/geoutils, geoutils/tests/files/test_gdelt_data.py ('gdelt_001' to 'gdelt_004'), verbatim
    "324845984\t20041126\t200411\t2004\t2004.8932\t\t\t\t\t\t\t\t\t\t\tCOP\tPOLICE\t\t\t\t\t\tCOP\t\t\t0\t014\t014\t01\t1\t0.0\t10\t1\t10\t2.60770975056689\t0\t\t\t\t\t\t\t3\tWashington, District of Columbia, United States\tUS\tUSDC\t38.8951\t-77.0364\t531871\t3\tWashington, District of Columbia, United States\tUS\tUSDC\t38.8951\t-77.0364\t531871\t20141124\thttp://www.news.com.au/national/western-australia/wa-police-union-ptsd-and-stress-survey-reveals-medically-retired-officers-feel-abandoned/story-fnii5thn-1227133470730",
    "324845984\t20041126\t200411\t2004\t2004.8932\t\t\t\t\t\t\t\t\t\t\tCOP\tPOLICE\t\t\t\t\t\tCOP\t\t\t0\t014\t014\t01\t1\t0.0\t10\t1\t10\t2.60770975056689\t0\t\t\t\t\t\t\t3\tWashington, District of Columbia, United States\tUS\tUSDC\t38.8951\t-77.0364\t531871\t3\tWashington, District of Columbia, United States\tUS\tUSDC\t38.8951\t-77.0364\t531871\t20141124",
    "324845987\t20041126\t200411\t2004\t2004.8932\tBUS\tCOMPANIES\t\t\t\t\t\tBUS\t\t\tMNCUSA\tEXXON\tUSA\t\t\t\t\tMNC\t\t\t1\t051\t051\t05\t1\t3.4\t2\t1\t2\t2.54452926208651\t4\tPort Moresby, National Capital, Papua New Guinea\tPP\tPP20\t-9.46472\t147.193\t-2198538\t4\tPort Moresby, National Capital, Papua New Guinea\tPP\tPP20\t-9.46472\t147.193\t-2198538\t4\tPort Moresby, National Capital, Papua New Guinea\tPP\tPP20\t-9.46472\t147.193\t-2198538\t20141124\thttp://www.jaunted.com/story/2014/11/18/73710/605/travel/How+to+Get+a+Visa+to+Visit+Papua+New+Guinea+",
    "324846008\t20131124\t201311\t2013\t2013.8877\t\t\t\t\t\t\t\t\t\t\tAGR\tFARMER\t\t\t\t\t\tAGR\t\t\t1\t080\t080\t08\t2\t5.0\t5\t1\t5\t1.12359550561798\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t\t0\t\t\t\t\t\t\t20141124\thttp://myrepublica.com/portal/index.php?action=news_details&news_id=87254",
]


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    events = gdelt2_events()
    write("gdelt2-events.CSV", [r for _, r in events])
    write("gdelt2-mentions.CSV", mentions(events))
    write("gdelt1-real.CSV", REAL_GDELT1)
    write("gdelt2-bad.CSV", bad_rows(events))
    write("icews-events.2022.tab", icews())
    write("polecat-2024.tsv", polecat())
    write("plover-2025.jsonl", plover())
    data = open(os.path.join(OUT, "gdelt2-events.CSV"), "rb").read()
    info = zipfile.ZipInfo("gdelt2-events.CSV", date_time=(2023, 7, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(info, data)
    zipped = buffer.getvalue()
    open(os.path.join(OUT, "gdelt2-events.CSV.zip"), "wb").write(zipped)
    open(os.path.join(OUT, "gdelt2-truncated.CSV.zip"), "wb").write(zipped[: len(zipped) // 2])
    print(f"wrote fixtures to {OUT}: {len(events)} GDELT 2.0 events")


if __name__ == "__main__":
    main()
