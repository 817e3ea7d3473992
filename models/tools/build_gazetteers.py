#!/usr/bin/env python3
"""Builds the generated gazetteers in models/ from ../shared/data/gazetteers.

Usage: python3 models/tools/build_gazetteers.py [GAZETTEER_DIR [OUT_DIR]]
  (defaults ../shared/data/gazetteers and models/; models/tools/rebuild-models.sh gives another
  OUT_DIR to compare the files with the committed ones)

Writes models/countries.tsv (from the MIT-licensed i18n-iso-countries names plus the aliases
below), models/cities.tsv (GeoNames, CC BY 4.0), models/given-names.txt and models/surnames.txt
(US SSA and 1990 US Census lists, public domain). The hand-curated files (demonyms.tsv,
regions.tsv, titles.txt, ministries.tsv) are edited directly.
"""
import csv, os, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/gazetteers'
if not os.path.isdir(src):
    print('gazetteer directory not found: ' + src, file=sys.stderr)
    sys.exit(2)
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
if not os.path.isdir(out):
    print('output directory not found: ' + out, file=sys.stderr)
    sys.exit(2)

# ISO codes that are not sovereign states (dependencies, territories, uninhabited): LOCATION.
NOT_SOVEREIGN = set('AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM '
                    'IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI '
                    'WF YT'.split())
# Canonical name: the common English short name (ENTITY-GUIDELINES.md), where it differs from
# the primary i18n-iso-countries name.
CANONICAL = {
    'BN': 'Brunei', 'CD': 'Democratic Republic of the Congo', 'CG': 'Republic of the Congo',
    'CI': "Côte d'Ivoire", 'CN': 'China', 'CZ': 'Czechia', 'FM': 'Micronesia', 'GM': 'Gambia',
    'IR': 'Iran', 'LA': 'Laos', 'MD': 'Moldova', 'MK': 'North Macedonia', 'PS': 'Palestine',
    'RU': 'Russia', 'SY': 'Syria', 'TW': 'Taiwan', 'TZ': 'Tanzania', 'US': 'United States',
    'VA': 'Vatican City', 'TR': 'Türkiye', 'BS': 'Bahamas', 'ST': 'São Tomé and Príncipe',
    'CV': 'Cabo Verde', 'BO': 'Bolivia', 'VE': 'Venezuela', 'KR': 'South Korea',
    'KP': 'North Korea', 'VN': 'Vietnam', 'GB': 'United Kingdom',
}
# Everyday aliases and abbreviations not in the source list.
ALIASES = {
    'US': ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'U.S.A'],
    'GB': ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
    'RU': ['Russian Federation'], 'NL': ['Holland', 'The Netherlands'], 'MM': ['Burma'],
    'TL': ['East Timor'], 'SZ': ['Swaziland'], 'CZ': ['Czech Republic'],
    'CI': ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire', 'Cote d’Ivoire'],
    'CD': ['DRC', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo',
           'Congo', 'DRCongo'],
    'CG': ['Congo-Brazzaville', 'Republic of Congo', 'Congo Republic'],
    'AE': ['UAE', 'U.A.E.'], 'KR': ['Korea', 'Republic of Korea', 'ROK'],
    'KP': ['DPRK', "Democratic People's Republic of Korea"],
    'TR': ['Turkey', 'Turkiye'], 'MK': ['Macedonia'], 'VA': ['Vatican', 'Holy See'],
    'PS': ['State of Palestine', 'Palestinian Territories'], 'CV': ['Cape Verde'],
    'ST': ['Sao Tome and Principe', 'São Tomé', 'Sao Tome'], 'BA': ['Bosnia'],
    'TT': ['Trinidad'], 'KN': ['St Kitts and Nevis', 'St. Kitts and Nevis'],
    'LC': ['St Lucia', 'St. Lucia'], 'VC': ['St Vincent', 'St. Vincent and the Grenadines', 'Saint Vincent'],
    'AG': ['Antigua'], 'CN': ["People's Republic of China", 'PRC', 'Mainland China'],
    'TW': ['Republic of China'], 'SA': ['KSA'], 'VN': ['Viet Nam'], 'LA': ['Lao PDR'],
    'GM': ['The Gambia'], 'PH': ['The Philippines'], 'BS': ['The Bahamas'], 'KG': ['Kyrgyz Republic'],
    'SK': ['Slovak Republic'], 'DO': [], 'XK': ['Kosova'], 'FM': ['Federated States of Micronesia'],
    'BN': ['Brunei Darussalam'], 'SY': ['Syrian Arab Republic'], 'IR': ['Islamic Republic of Iran', 'Persia'],
    'MD': ['Republic of Moldova'], 'TZ': ['United Republic of Tanzania'], 'BO': ['Plurinational State of Bolivia'],
    'VE': ['Bolivarian Republic of Venezuela'], 'BY': ['Byelorussia'], 'IE': ['Republic of Ireland', 'Eire'],
    # official long forms that news text writes out ("the Kingdom of Saudi Arabia said")
    'JO': ['Hashemite Kingdom of Jordan', 'Kingdom of Jordan'], 'MA': ['Kingdom of Morocco'],
    'BH': ['Kingdom of Bahrain'], 'TH': ['Kingdom of Thailand'], 'ES': ['Kingdom of Spain'],
    'BE': ['Kingdom of Belgium'], 'NO': ['Kingdom of Norway'], 'SE': ['Kingdom of Sweden'],
    'DK': ['Kingdom of Denmark'], 'OM': ['Sultanate of Oman'], 'QA': ['State of Qatar'],
    'KW': ['State of Kuwait'], 'IL': ['State of Israel'], 'DE': ['Federal Republic of Germany'],
    'FR': ['French Republic'], 'IN': ['Republic of India'], 'EG': ['Arab Republic of Egypt'],
    'MX': ['United Mexican States'], 'BR': ['Federative Republic of Brazil'],
    'NG': ['Federal Republic of Nigeria'], 'ZA': ['Republic of South Africa'],
    'PK': ['Islamic Republic of Pakistan'],
}
ALIASES['SA'] = ALIASES['SA'] + ['Kingdom of Saudi Arabia']
ALIASES['NL'] = ALIASES['NL'] + ['Kingdom of the Netherlands']
ALIASES['TR'] = ALIASES['TR'] + ['Republic of Türkiye', 'Republic of Turkey']
# i18n variants that are not how news text names the state.
DROP = {'Korea, Republic of', 'Netherlands (Kingdom of the)', 'Taiwan, Province of China',
        'Moldova, Republic of', 'Micronesia, Federated States of', 'Holy See (Vatican City State)',
        'Lao People\'s Democratic Republic', 'The Republic of North Macedonia', 'Republic of The Gambia'}

names = {}
with open(os.path.join(src, 'country-names-en-i18n-iso-countries.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        code = row['alpha_2']
        if code in NOT_SOVEREIGN:
            continue
        names.setdefault(code, [])
        if row['name_variant'] not in DROP and not (code == 'CG' and row['name_variant'] == 'Congo'):
            names[code].append(row['name_variant'])
with open(os.path.join(out, 'countries.tsv'), 'w', encoding='utf-8') as f:
    f.write('# code\tcanonical name\taliases (|-separated). Generated by models/tools/build_gazetteers.py\n')
    for code in sorted(names):
        canonical = CANONICAL.get(code, names[code][0] if names[code] else code)
        aliases = []
        for a in names[code] + ALIASES.get(code, []):
            if a != canonical and a not in aliases:
                aliases.append(a)
        f.write(f'{code}\t{canonical}\t{"|".join(aliases)}\n')

# Cities: GeoNames rows with population >= 15,000, name and ASCII name; Latin alternate names
# only for the large cities (>= 1M), where they are common English exonyms ("Kiev"). A city's
# own name is never another's alternate ("Victoria" is no Hong Kong, "Islamabad" no Chittagong),
# and alternates that are English words or people's names are left out: the lexicon took every
# capitalised "Central" for Davao, "Soul" for Seoul.
ALT = re.compile(r"^[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)*$")
NOT_ALTERNATES = set('Central Dual Hang Soul Para Deli Lime Kali Judah Sophia Sidney Stalin Gorky '
                     'Mila Vena Urbs Cham Vele Honan Killa Quilla Masr Misr'.split())
# GeoNames writes many names with the marks of a scholarly transliteration ("Rafaḩ", "Jabālyā",
# "Abū Ghurayb") that English news never writes; its ASCII name is the English form. Names within
# Latin-1 keep their accents ("Düsseldorf", "São Paulo", "Kraków").
def english_name(name, ascii_name):
    return name if all(ord(c) < 256 for c in name) or not ascii_name else ascii_name


own, alternate = {}, {}
with open(os.path.join(src, 'geonames-cities15000.tsv'), encoding='utf-8') as f:
    r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(r)
    for gid, name, ascii_name, cc, pop, fcode, admin1, alts in r:
        pop = int(pop)
        forms = {name, ascii_name}
        if ',' in name:
            # "Washington, D.C." is written "Washington" in running text.
            forms.add(name.split(',')[0].strip())
        alt_forms = set()
        if pop >= 1_000_000 and alts:
            alt_forms = {a for a in alts.split('|') if ALT.match(a) and len(a) >= 4
                         and a not in NOT_ALTERNATES} - forms
        for rows, names in ((own, forms), (alternate, alt_forms)):
            for form in names:
                if not form or len(form) < 3:
                    continue
                prev = rows.get(form)
                if prev is None or prev[2] < pop:
                    rows[form] = (english_name(name, ascii_name), cc, pop, fcode)
rows = dict(alternate)
rows.update(own)
with open(os.path.join(out, 'cities.tsv'), 'w', encoding='utf-8') as f:
    f.write('# form\tcanonical name\tcountry code\tpopulation\tfeature code. GeoNames (CC BY 4.0), '
            'generated by models/tools/build_gazetteers.py\n')
    for form in sorted(rows):
        name, cc, pop, fcode = rows[form]
        f.write(f'{form}\t{name}\t{cc}\t{pop}\t{fcode}\n')

# Given names: SSA names with >= 2,000 births 1880-2024 plus the 1990 Census lists.
given = set()
with open(os.path.join(src, 'us-ssa-given-names.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        if int(row['total_births_1880_2024']) >= 2000:
            given.add(row['name'])
with open(os.path.join(src, 'us-census1990-given-names.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        given.add(row['name'].capitalize())
with open(os.path.join(out, 'given-names.txt'), 'w', encoding='utf-8') as f:
    f.write('# US SSA baby names (>= 2,000 births 1880-2024) and 1990 US Census given names; public domain\n')
    f.write('\n'.join(sorted(given)) + '\n')
with open(os.path.join(src, 'us-census1990-surnames.tsv'), encoding='utf-8') as f:
    sur = [row['surname'] for row in csv.DictReader(f, delimiter='\t') if int(row['rank_1990_census']) <= 30000]
with open(os.path.join(out, 'surnames.txt'), 'w', encoding='utf-8') as f:
    f.write('# 1990 US Census surnames, 30,000 most frequent; public domain\n')
    f.write('\n'.join(sur) + '\n')
