#!/usr/bin/env python3
# Writes the project's own word lists to data/: organisation-words.txt, outlets.txt, seats-of-power.txt.
# The tables below are their source: edit them here, then run (from the repository root):
#   python3 scripts/make_own_lists.py
import re

LICENCE = "the project's own list, under the same terms as the rest of Sayso"

# Words that mark a capitalised run as an organisation, not a person: heads ("Council", "Bank"),
# legal suffixes ("Ltd", "Inc") and words of media names ("Times", "Gazette").
ORGANISATION_WORDS = """
academy administration agency airline airlines airways alliance army assembly association authority bank
board brigade broadcasting bulletin bureau cabinet campaign capital caucus center centre chamber church
club co coalition college commission committee company congress corp corporation council court
courier cooperative corps department directorate district division duma embassy enterprises
federation force forces foundation front fund gazette government group guard guardian herald holdings
hospital house inc industries initiative institute insurance journal kingdom lab laboratory league
library limited llc llp ltd magazine mail media ministry motors movement museum navy network news
observatory office organisation organization parliament partners partnership party patrol pharmaceuticals
police post press programme program project radio railway railways register republic research review
school senate service services society software studio studios survey systems team technologies
telegraph television times tribune trust union university
post times news journal tribune herald gazette press committee party council department ministry campaign house court fund association
center centre institute university college school agency bank union foundation commission administration police office service services senate
congress government inc corp co ltd group company corporation organization organisation federation republic kingdom states nations council
board bureau authority network insider magazine review daily weekly street city county church club league army navy forces force embassy
parliament duma assembly cabinet caucus project program programme initiative alliance coalition movement front society academy laboratory lab hospital
airlines motors systems technologies partners capital holdings industries treasury white state states county district region province island islands
north south east west northern southern eastern western central hat valley river mountains town cape port fort lake mount bay hurricane storm typhoon cyclone
"""

# News outlets and platforms, as they are written. A claim "told Reuters" names an addressee, and an
# outlet is an organisation, never a person.
OUTLETS = """
ABC|Agence France-Presse|AFP|Al Arabiya|Al Jazeera|Anadolu Agency|Associated Press|AP|Axios|BBC|
Bloomberg|BuzzFeed|CBC|CBS|CNBC|CNN|Daily Mail|Deutsche Welle|DW|Der Spiegel|Euronews|Facebook|
Financial Times|Forbes|Fox News|France 24|Globe and Mail|Google|Haaretz|HuffPost|Instagram|Interfax|
Izvestia|Kyodo|Le Monde|LinkedIn|Los Angeles Times|MSNBC|NBC|Newsweek|NHK|NPR|PBS|Politico|ProPublica|
RIA Novosti|Reddit|Reuters|RT|Sky News|Slate|Sputnik|Sydney Morning Herald|TASS|Telegram|The Atlantic|
The Economist|The Guardian|The Hill|The Independent|The New Yorker|The Telegraph|The Times|TikTok|Time|
Twitter|USA Today|Vox|Wall Street Journal|Washington Post|New York Times|WhatsApp|Wikinews|Wikipedia|
Xinhua|Yonhap|YouTube|Vice|Wired|Variety|Rappler|Kathimerini|Fars|Tasnim|IRNA|Yle|ANSA|EFE|dpa|
Kommersant|Vedomosti|Pravda|Ukrinform|Channel 4|ITV|Sky|Nature|Science|The Lancet|Apple|Amazon|
Microsoft|Netflix|Fox
"""

# Seats and symbols of power that stand for a country's leadership: "the Kremlin said".
SEATS_OF_POWER = {
    "Kremlin": "Russia", "White House": "United States", "Downing Street": "United Kingdom",
    "Elysee": "France", "Élysée": "France", "Zhongnanhai": "China", "Blue House": "South Korea",
    "Pentagon": "United States", "Quai d'Orsay": "France", "Bundeskanzleramt": "Germany",
    # a country's other names and capitals standing for its government: "Moscow said", "U.S. officials"
    "America": "United States", "U.S.": "United States", "US": "United States", "Washington": "United States",
    "Moscow": "Russia", "Russian Federation": "Russia", "Beijing": "China", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Paris": "France", "Berlin": "Germany", "Britain": "United Kingdom", "London": "United Kingdom",
    "Tehran": "Iran", "Ankara": "Turkey", "Tokyo": "Japan", "New Delhi": "India", "Pyongyang": "North Korea",
    "Seoul": "South Korea", "Damascus": "Syria", "Jerusalem": "Israel",
}

def header(name, what, fmt):
    return (f"# {name}: {what}\n#\n# Provenance: {LICENCE}; its source is the table in scripts/make_own_lists.py.\n"
            f"# Licence: {LICENCE}.\n#\n# Regenerate (from the repository root): python3 scripts/make_own_lists.py\n#\n"
            f"# Format: after these '#' lines, {fmt}\n")

def write(name, what, fmt, lines):
    with open(f"data/{name}", "w", encoding="utf-8", newline="\n") as f:
        f.write(header(name, what, fmt))
        for line in lines:
            f.write(line + "\n")
    print(f"data/{name}: {len(lines)} entries")

def main():
    words = sorted(set(ORGANISATION_WORDS.split()))
    write("organisation-words.txt", "words that mark a capitalised name as an organisation (Sayso).",
          "one lower-case word per line, sorted.", words)
    outlets = sorted({o.strip() for o in OUTLETS.split("|") if o.strip()}, key=str.casefold)
    write("outlets.txt", "news outlets, platforms and media companies, which are organisations, never people (Sayso).",
          "one name per line as it is written, sorted ignoring case.", outlets)
    seats = sorted(f"{k}\t{v}" for k, v in SEATS_OF_POWER.items())
    write("seats-of-power.txt", "places and names that stand for a country's leadership ('the Kremlin said', 'Moscow said') (Sayso).",
          "NAME<TAB>COUNTRY per line (the country as data/places.txt writes it), sorted.", seats)

if __name__ == "__main__":
    main()
