#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds pilot-2023.json, Sailau's bundled sample, from the public-source CSV files
(regions.csv, races.csv, candidates.csv, totals.csv).

    python3 resources/sample/convert.py DATA_DIR resources/sample/pilot-2023.json

Every figure is copied from its source row unchanged and keeps that row's source URLs. The
Kazakh and English names of districts, the aliases of regions and parties, and party colours are
Sailau's own additions (they are names, not figures). A few figures that the sources give only in
the notes of totals.csv (polling stations, ballots cast outside the station, registered candidates
of single races) are attached to their race with the source of that note.
"""
import csv
import json
import sys
from pathlib import Path

# Races whose candidate lists the sources give in full.
COMPLETE_LISTS = [
    ("Северо-Казахстанская область", "Есильский район"),
    ("Северо-Казахстанская область", "Мамлютский район"),
    ("Северо-Казахстанская область", "Тимирязевский район"),
    ("Западно-Казахстанская область", "Бокейординский район"),
]

# Region aliases: Russian short forms, older ISO 3166-2 letter codes, other spellings.
REGION_ALIASES = {
    "KZ-10": ["Абайская область", "Абайская", "Абай", "Abay", "Abai Region", "KZ-ABY", "Абай облысы"],
    "KZ-11": ["Акмолинская", "Ақмола", "Aqmola oblysy", "Akmola Region", "KZ-AKM"],
    "KZ-15": ["Актюбинская", "Ақтөбе", "Aqtóbe oblysy", "Aktobe Region", "KZ-AKT"],
    "KZ-19": ["Алматинская", "Almaty Region", "Almaty oblysy", "KZ-ALM"],
    "KZ-23": ["Атырауская", "Atyrau Region", "KZ-ATY"],
    "KZ-27": ["Западно-Казахстанская", "ЗКО", "Батыс Қазақстан", "West Kazakhstan Region", "KZ-ZAP"],
    "KZ-31": ["Жамбылская", "Жамбыл", "Zhambyl Region", "Jambyl oblysy", "KZ-ZHA"],
    "KZ-33": ["область Жетысу", "Жетысуская", "Жетісу", "Zhetysu", "Jetisý oblysy", "KZ-ZHT"],
    "KZ-35": ["Карагандинская", "Қарағанды", "Karagandy", "Karaganda Region", "KZ-KAR"],
    "KZ-39": ["Костанайская", "Қостанай", "Qostanaı oblysy", "Kostanay Region", "KZ-KUS"],
    "KZ-43": ["Кызылординская", "Қызылорда", "Qyzylorda oblysy", "Kyzylorda Region", "KZ-KZY"],
    "KZ-47": ["Мангистауская", "Мангыстауская область", "Маңғыстау", "Mangystau Region", "KZ-MAN"],
    "KZ-55": ["Павлодарская", "Pavlodar Region", "KZ-PAV"],
    "KZ-59": ["Северо-Казахстанская", "СКО", "Солтүстік Қазақстан", "North Kazakhstan Region", "KZ-SEV"],
    "KZ-61": ["Туркестанская", "Түркістан", "Túrkistan oblysy", "Turkestan", "Turkistan Region",
              "Южно-Казахстанская область", "KZ-YUZ"],
    "KZ-62": ["область Улытау", "Улытауская", "Ұлытау", "Ulytau Region", "KZ-ULT"],
    "KZ-63": ["Восточно-Казахстанская", "ВКО", "Шығыс Қазақстан", "East Kazakhstan Region", "KZ-VOS"],
    "KZ-71": ["город Астана", "Astana city", "Нур-Султан", "Nur-Sultan", "KZ-AST"],
    "KZ-75": ["город Алматы", "Almaty city", "KZ-ALA"],
    "KZ-79": ["город Шымкент", "Чимкент", "Shymkent city", "KZ-SHY"],
}

# Districts and cities of the 2023 pilot: Russian name as the sources give it → (kk, en, aliases).
DISTRICT_NAMES = {
    "город Курчатов": ("Курчатов қаласы", "Kurchatov", ["Курчатов"]),
    "Абайский район": ("Абай ауданы", "Abai District", ["Abay District"]),
    "Аккольский район": ("Ақкөл ауданы", "Akkol District", []),
    "Астраханский район": ("Астрахан ауданы", "Astrakhan District", []),
    "Есильский район": ("Есіл ауданы", "Esil District", ["Yesil District"]),
    "Жаксынский район": ("Жақсы ауданы", "Zhaksy District", []),
    "Шортандинский район": ("Шортанды ауданы", "Shortandy District", []),
    "Иргизский район": ("Ырғыз ауданы", "Yrgyz District", ["Irgiz District"]),
    "Хобдинский (Кобдинский) район": ("Қобда ауданы", "Kobda District",
                                       ["Хобдинский район", "Кобдинский район", "Khobda District"]),
    "Уилский район": ("Ойыл ауданы", "Oiyl District", ["Uil District"]),
    "Балхашский район": ("Балқаш ауданы", "Balkhash District", []),
    "Жамбылский район": ("Жамбыл ауданы", "Zhambyl District", []),
    "Исатайский район": ("Исатай ауданы", "Isatai District", []),
    "Кызылкогинский район": ("Қызылқоға ауданы", "Kyzylkoga District", []),
    "Алтайский район": ("Алтай ауданы", "Altai District", []),
    "Глубоковский район": ("Глубокое ауданы", "Glubokoye District", []),
    "Жуалынский район": ("Жуалы ауданы", "Zhualy District", []),
    "район имени Турара Рыскулова": ("Тұрар Рысқұлов ауданы", "Turar Ryskulov District", []),
    "Кербулакский район": ("Кербұлақ ауданы", "Kerbulak District", []),
    "Сарканский район": ("Сарқан ауданы", "Sarkand District", []),
    "Бокейординский район": ("Бөкей Орда ауданы", "Bokey Orda District", ["Bokeyorda District"]),
    "Каратобинский район": ("Қаратөбе ауданы", "Karatobe District", []),
    "Таскалинский район": ("Тасқала ауданы", "Taskala District", []),
    "город Приозерск": ("Приозерск қаласы", "Priozersk", ["Приозерск"]),
    "Актогайский район": ("Ақтоғай ауданы", "Aktogay District", []),
    "Осакаровский район": ("Осакаров ауданы", "Osakarovka District", []),
    "город Рудный": ("Рудный қаласы", "Rudny", ["Рудный"]),
    "Алтынсаринский район": ("Алтынсарин ауданы", "Altynsarin District", []),
    "Денисовский район": ("Денисов ауданы", "Denisov District", []),
    "Карабалыкский район": ("Қарабалық ауданы", "Karabalyk District", []),
    "Федоровский район": ("Федоров ауданы", "Fedorov District", []),
    "Сырдарьинский район": ("Сырдария ауданы", "Syrdarya District", []),
    "Шиелийский район": ("Шиелі ауданы", "Shieli District", []),
    "Бейнеуский район": ("Бейнеу ауданы", "Beineu District", []),
    "Железинский район": ("Железин ауданы", "Zhelezin District", []),
    "Щербактинский район": ("Шарбақты ауданы", "Sharbakty District", ["Shcherbakty District"]),
    "Мамлютский район": ("Мамлют ауданы", "Mamlyut District", []),
    "Тимирязевский район": ("Тимирязев ауданы", "Timiryazev District", []),
}

PARTIES = [
    {"short": "AMANAT", "kk": "AMANAT партиясы", "ru": "партия AMANAT", "en": "AMANAT",
     "colour": "#0072B2", "aliases": [{"name": "Нур Отан", "to": "2022-03-01"},
                                      {"name": "Nur Otan", "to": "2022-03-01"},
                                      {"name": "Аманат"}, {"name": "Amanat"}]},
    {"short": "Ak Zhol", "kk": "«Ақ жол» партиясы", "ru": "партия «Ак жол»", "en": "Ak Zhol",
     "colour": "#E69F00", "aliases": [{"name": "Ақ жол"}, {"name": "Ак жол"}, {"name": "Aq Jol"}, {"name": "AQJOL"}]},
    {"short": "Auyl", "kk": "«Ауыл» партиясы", "ru": "партия «Ауыл»", "en": "Auyl",
     "colour": "#009E73", "aliases": [{"name": "Ауыл"}]},
    {"short": "Respublica", "kk": "«Respublica» партиясы", "ru": "партия «Respublica»", "en": "Respublica",
     "colour": "#56B4E9", "aliases": [{"name": "Республика"}]},
    {"short": "QHP", "kk": "Қазақстан халық партиясы", "ru": "Народная партия Казахстана",
     "en": "People's Party of Kazakhstan", "colour": "#D55E00",
     "aliases": [{"name": "НПК"}, {"name": "QHP"}, {"name": "ҚХП"}, {"name": "People's Party of Kazakhstan (QHP)"},
                 {"name": "Коммунистическая народная партия Казахстана", "to": "2020-11-28"}]},
    {"short": "JSDP", "kk": "Жалпыұлттық социал-демократиялық партия",
     "ru": "Общенациональная социал-демократическая партия", "en": "Nationwide Social Democratic Party",
     "colour": "#CC79A7", "aliases": [{"name": "ОСДП"}, {"name": "ЖСДП"}, {"name": "OSDP"},
                                      {"name": "Nationwide Social Democratic Party (JSDP/OSDP)"}]},
    {"short": "Baitak", "kk": "«Байтақ» партиясы", "ru": "партия «Байтак»", "en": "Baitak",
     "colour": "#F0E442", "aliases": [{"name": "Байтақ"}, {"name": "Байтак"}]},
    {"short": "ADAL", "kk": "«Адал» партиясы", "ru": "партия «Адал»", "en": "ADAL",
     "colour": "#000000", "aliases": [{"name": "Адал"}, {"name": "Adal"}, {"name": "Бірлік", "to": "2020-05-27"}]},
]

ELECTIONS = [
    {"ref": "2023-11-05/district", "date": "2023-11-05", "level": "district", "kind": "regular",
     "kk": "Аудан әкімдерін сайлау (пилоттық)", "ru": "Выборы акимов районов (пилотные)",
     "en": "Elections of district akims (pilot)"},
    {"ref": "2023-11-05/city_regional", "date": "2023-11-05", "level": "city_regional", "kind": "regular",
     "kk": "Облыстық маңызы бар қалалар әкімдерін сайлау (пилоттық)",
     "ru": "Выборы акимов городов областного значения (пилотные)",
     "en": "Elections of akims of cities of regional significance (pilot)"},
    {"ref": "2021-07-25/rural", "date": "2021-07-25", "level": "rural", "kind": "regular",
     "kk": "Ауылдық округтер әкімдерін сайлау", "ru": "Выборы сельских акимов",
     "en": "Elections of rural akims"},
]

# Figures given in the notes of totals.csv rows for single races: (region, district) → figures,
# each attached with the URLs of the totals.csv row whose note gives it (matched by metric).
NOTE_FIGURES = [
    ("Атырауская область", "polling stations", {"Исатайский район": ("polling_stations", 15),
                                                 "Кызылкогинский район": ("polling_stations", 19)}),
    ("Атырауская область", "voted at home", {"Исатайский район": ("outside_station", 238),
                                              "Кызылкогинский район": ("outside_station", 314)}),
    ("Кызылординская область", "polling stations", {"Сырдарьинский район": ("polling_stations", 18)}),
    ("Кызылординская область", "polling stations", {"Сырдарьинский район": ("candidates_registered", 3),
                                                     "Шиелийский район": ("candidates_registered", 3)}),
    ("Павлодарская область", "candidates registered", {"Железинский район": ("candidates_registered", 4),
                                                        "Щербактинский район": ("candidates_registered", 3)}),
    ("Западно-Казахстанская область", "people nominated", {"Бокейординский район": ("candidates_registered", 3),
                                                           "Каратобинский район": ("candidates_registered", 3),
                                                           "Таскалинский район": ("candidates_registered", 3)}),
]

SCOPE_REGIONS = {"Kazakhstan": "KZ", "Túrkistan oblysy": "KZ-61", "Aqmola oblysy": "KZ-11"}


def urls(cell):
    return [u.strip() for u in cell.split(" ; ") if u.strip()]


def number(cell):
    cell = cell.strip()
    if not cell:
        return None
    value = float(cell)
    return int(value) if value.is_integer() and "." not in cell else value


def main(data_dir, out_path):
    data = Path(data_dir)
    read = lambda name: list(csv.DictReader(open(data / name, encoding="utf-8", newline="")))
    regions, races, candidates, totals = (read(n) for n in
                                          ("regions.csv", "races.csv", "candidates.csv", "totals.csv"))

    sources = {}

    def source_ids(cell):
        ids = []
        for url in urls(cell):
            if url not in sources:
                sources[url] = f"s{len(sources) + 1}"
            ids.append(sources[url])
        return ids

    territories = [{"ref": "KZ", "level": "country", "iso": "KZ", "name": "Қазақстан",
                    "kk": "Қазақстан", "ru": "Казахстан", "en": "Kazakhstan",
                    "aliases": ["Kazakhstan", "Республика Казахстан", "Қазақстан Республикасы"]}]
    region_by_name = {}
    for r in regions:
        ref = r["iso_3166_2"]
        territories.append({
            "ref": ref, "parent": "KZ", "level": r["kind"], "kato": r["kato"], "iso": ref,
            "name": r["name_ru"], "kk": r["name_kk"], "ru": r["name_ru"], "en": r["name_en"],
            "centre_en": r["admin_centre_en"], "tile": [int(r["tile_row"]), int(r["tile_col"])],
            "aliases": REGION_ALIASES.get(ref, []),
        })
        region_by_name[r["name_ru"]] = ref
        for alias in REGION_ALIASES.get(ref, []):
            region_by_name[alias] = ref
    region_by_name.update(SCOPE_REGIONS)

    race_list = []
    race_index = {}
    for row in races:
        region = region_by_name[row["region"]]
        district = row["district"]
        kk, en, aliases = DISTRICT_NAMES[district]
        ref = f"{region}/{district}"
        level = "city_regional" if row["election_type"] == "city_regional" else "district"
        territories.append({"ref": ref, "parent": region, "level": level, "name": district,
                            "kk": kk, "ru": district, "en": en, "aliases": aliases})
        figures = {}
        if row["registered_voters"]:
            figures["voters"] = number(row["registered_voters"])
        if row["ballots_cast"]:
            figures["ballots_cast"] = number(row["ballots_cast"])
        if row["turnout_pct"]:
            figures["turnout_published"] = number(row["turnout_pct"])
        race = {"election": f"{row['election_date']}/{row['election_type']}", "territory": ref,
                "figures": figures, "sources": source_ids(row["source_url"]), "figure_sources": {},
                "candidates": []}
        if row["region"] != territories[[t["ref"] for t in territories].index(region)]["name"]:
            race["region_as_given"] = row["region"]
        race_index[(row["region"], district)] = race
        race_list.append(race)

    for row in candidates:
        race = race_index[(row["region"], row["district"])]
        if row["nominated_by"] == "against_all":
            race["figures"]["against_all"] = number(row["votes"])
            race["figure_sources"]["against_all"] = source_ids(row["source_url"])
            race["against_all_label"] = row["candidate_name"]
            continue
        candidate = {"name": row["candidate_name"], "sources": source_ids(row["source_url"])}
        if row["nominated_by"] == "self-nominated":
            candidate["nomination"] = "self"
        elif row["nominated_by"]:
            candidate["nomination"] = row["nominated_by"]
        if row["votes"]:
            candidate["votes"] = number(row["votes"])
        if row["vote_pct"]:
            candidate["vote_share_published"] = number(row["vote_pct"])
        if row["is_winner"]:
            candidate["elected"] = row["is_winner"] == "true"
        race["candidates"].append(candidate)

    # Races whose sources list every candidate with their votes (data/README.md: "complete for 4
    # of them"); the others list only some candidates, and their lists stay partial.
    for key in COMPLETE_LISTS:
        race_index[key]["figures"]["candidate_list_complete"] = 1

    published = []
    for row in totals:
        region = region_by_name.get(row["region"])
        figure = {"date": row["as_of_date"], "scope": row["election_type"], "territory": region,
                  "territory_name": row["region"], "metric": row["metric"], "unit": row["unit"] or None,
                  "notes": row["notes"] or None, "sources": source_ids(row["source_url"])}
        try:
            figure["value"] = number(row["value"])
        except ValueError:
            figure["value_text"] = row["value"]
        published.append(figure)
        for region_name, metric, per_race in NOTE_FIGURES:
            if row["region"] == region_name and row["metric"] == metric and row["as_of_date"] == "2023-11-05":
                for district, (field, value) in per_race.items():
                    race = race_index[(region_name, district)]
                    race["figures"][field] = value
                    race["figure_sources"][field] = source_ids(row["source_url"])

    document = {
        "format": "sailau-dataset",
        "version": 1,
        "title": "5 November 2023 pilot elections of akims of districts and cities of regional "
                 "significance (public sources)",
        "coverage": {"races_total": 45, "races_named": len(race_list)},
        "sources": [{"id": sid, "url": url} for url, sid in sources.items()],
        "parties": PARTIES,
        "elections": ELECTIONS,
        "territories": territories,
        "races": race_list,
        "published": published,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
