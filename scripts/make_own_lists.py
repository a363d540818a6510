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

# Reporting verbs, one record per lemma: (lemma, category, flags, irregular forms). Categories: statement,
# belief, argument, warning, proposal, commitment, evidence. Flags: invert (may stand before its subject:
# "…, said Poast"), weak (often not speech: needs a person subject or an explicit "that"), addressee (its
# object is the addressee, never the content: "told Reuters that"). A lemma with '-' is a multi-word cue
# ("call-on") that the code builds from its particle; its record only carries flags. Forms of a regular
# verb are generated (e-drop, y -> ied, -es); irregular ones are listed.
CUE_VERBS = [
    ('say', 'statement', 'invert', 'say,says,said,saying'),
    ('tell', 'statement', 'addressee', 'tell,tells,told,telling'),
    ('state', 'statement', 'invert', ''),
    ('note', 'statement', 'invert', ''),
    ('add', 'statement', 'invert', ''),
    ('explain', 'statement', 'invert', ''),
    ('comment', 'statement', 'invert', ''),
    ('remark', 'statement', 'invert', ''),
    ('mention', 'statement', 'weak', ''),
    ('report', 'statement', 'invert,weak', ''),
    ('write', 'statement', 'invert', 'write,writes,wrote,written,writing'),
    ('recall', 'statement', 'invert', ''),
    ('emphasize', 'statement', 'invert', ''),
    ('emphasise', 'statement', 'invert', ''),
    ('stress', 'statement', 'invert', ''),
    ('underline', 'statement', '', ''),
    ('underscore', 'statement', '', ''),
    ('highlight', 'statement', '', ''),
    ('clarify', 'statement', '', 'clarify,clarifies,clarified,clarifying'),
    ('announce', 'statement', 'invert', ''),
    ('declare', 'statement', 'invert', ''),
    ('continue', 'statement', 'invert,weak', ''),
    ('conclude', 'statement', 'invert', ''),
    ('observe', 'statement', 'invert', ''),
    ('testify', 'statement', '', 'testify,testifies,testified,testifying'),
    ('tweet', 'statement', 'invert', ''),
    ('post', 'statement', 'invert,weak', ''),
    ('quip', 'statement', 'invert', 'quip,quips,quipped,quipping'),
    ('joke', 'statement', '', ''),
    ('reiterate', 'statement', '', ''),
    ('repeat', 'statement', 'weak', ''),
    ('disclose', 'statement', '', ''),
    ('reveal', 'statement', 'weak', ''),
    ('acknowledge', 'statement', 'invert', ''),
    ('concede', 'statement', 'invert', ''),
    ('confirm', 'statement', 'invert', ''),
    ('predict', 'statement', 'invert,weak', ''),
    ('describe', 'statement', 'weak', ''),
    ('boast', 'statement', '', ''),
    ('brag', 'statement', '', ''),
    ('recount', 'statement', '', ''),
    ('lament', 'statement', '', ''),
    ('muse', 'statement', '', ''),
    ('exclaim', 'statement', '', ''),
    ('whisper', 'statement', '', ''),
    ('shout', 'statement', '', ''),
    ('yell', 'statement', '', ''),
    ('signal', 'statement', 'weak', 'signal,signals,signaled,signalled,signaling'),
    ('believe', 'belief', 'weak', ''),
    ('think', 'belief', 'weak', 'think,thinks,thought,thinking'),
    ('consider', 'belief', 'weak', ''),
    ('expect', 'belief', 'weak', ''),
    ('estimate', 'belief', 'weak', ''),
    ('fear', 'belief', 'weak', ''),
    ('hope', 'belief', 'weak', ''),
    ('doubt', 'belief', 'weak', ''),
    ('feel', 'belief', 'weak', 'feel,feels,felt,feeling'),
    ('suspect', 'belief', 'weak', ''),
    ('worry', 'belief', 'weak', ''),
    ('reckon', 'belief', '', ''),
    ('know', 'belief', 'weak', 'know,knows,knew,known,knowing'),
    ('suggest', 'belief', 'invert,weak', ''),
    ('argue', 'argument', 'invert', ''),
    ('claim', 'argument', 'invert', ''),
    ('assert', 'argument', '', ''),
    ('contend', 'argument', '', ''),
    ('insist', 'argument', 'invert', ''),
    ('maintain', 'argument', 'weak', ''),
    ('allege', 'argument', '', ''),
    ('admit', 'argument', 'invert', 'admit,admits,admitted,admitting'),
    ('deny', 'argument', 'weak', 'deny,denies,denied,denying'),
    ('reject', 'argument', 'weak', ''),
    ('object', 'argument', 'weak', ''),
    ('reply', 'argument', 'invert', 'reply,replies,replied,replying'),
    ('respond', 'argument', 'invert', ''),
    ('ask', 'argument', 'invert,addressee', ''),
    ('counter', 'argument', 'invert', ''),
    ('retort', 'argument', '', ''),
    ('answer', 'argument', 'weak', ''),
    ('agree', 'argument', 'invert,weak', ''),
    ('disagree', 'argument', 'weak', ''),
    ('dispute', 'argument', '', ''),
    ('question', 'argument', 'weak', ''),
    ('wonder', 'argument', '', ''),
    ('point', 'argument', 'invert,weak', ''),
    ('warn', 'warning', 'invert,addressee', ''),
    ('caution', 'warning', 'addressee', ''),
    ('criticize', 'warning', 'weak', 'criticize,criticizes,criticized,criticizing'),
    ('criticise', 'warning', 'weak', ''),
    ('condemn', 'warning', 'weak', ''),
    ('accuse', 'warning', 'weak', ''),
    ('complain', 'warning', 'invert', ''),
    ('threaten', 'warning', 'weak', ''),
    ('blast', 'warning', 'weak', ''),
    ('slam', 'warning', 'weak', 'slam,slams,slammed,slamming'),
    ('attack', 'warning', 'weak', ''),
    ('decry', 'warning', 'weak', ''),
    ('denounce', 'warning', 'weak', ''),
    ('lambaste', 'warning', 'weak', ''),
    ('rail', 'warning', 'weak', 'rail,rails,railed,railing'),
    ('chide', 'warning', 'weak', ''),
    ('scold', 'warning', 'weak', ''),
    ('propose', 'proposal', 'weak', ''),
    ('recommend', 'proposal', 'weak', ''),
    ('urge', 'proposal', 'weak,addressee', ''),
    ('advise', 'proposal', 'weak,addressee', ''),
    ('advocate', 'proposal', 'weak', ''),
    ('offer', 'proposal', 'weak', ''),
    ('invite', 'proposal', 'weak,addressee', ''),
    ('appeal', 'proposal', 'weak', ''),
    ('demand', 'proposal', 'weak', ''),
    ('request', 'proposal', 'weak', ''),
    ('encourage', 'proposal', 'weak,addressee', ''),
    ('call', 'proposal', 'weak', ''),
    ('plead', 'proposal', '', ''),
    ('implore', 'proposal', '', ''),
    ('promise', 'commitment', 'weak,addressee', ''),
    ('pledge', 'commitment', 'weak', ''),
    ('vow', 'commitment', 'weak', ''),
    ('commit', 'commitment', 'weak', 'commit,commits,committed,committing'),
    ('vouch', 'commitment', 'weak', ''),
    ('show', 'evidence', '', 'show,shows,showed,shown,showing'),
    ('find', 'evidence', '', 'find,finds,found,finding'),
    ('indicate', 'evidence', '', ''),
    ('demonstrate', 'evidence', '', ''),
    ('call-on', 'proposal', 'addressee', ''),
    ('inform', 'statement', 'addressee,weak', ''),
    ('assure', 'statement', 'addressee,weak', ''),
    ('remind', 'statement', 'addressee,weak', ''),
    ('point-out', 'statement', 'invert', ''),
    ('sum-up', 'statement', 'invert', ''),
    # speech verbs of news prose that the first lexicon missed ("…,” Toomey fumed.)
    ('bark', 'statement', 'invert', ''),
    ('fume', 'statement', 'invert', ''),
    ('riff', 'statement', 'invert', ''),
    ('react', 'statement', 'invert,weak', ''),
    ('snap', 'statement', 'invert', 'snap,snaps,snapped,snapping'),
    ('scoff', 'statement', 'invert', ''),
    ('gush', 'statement', 'invert', ''),
    ('rant', 'statement', 'invert', ''),
    ('vent', 'statement', 'invert', ''),
    ('sneer', 'statement', 'invert', ''),
    ('proclaim', 'statement', 'invert', ''),
    ('hint', 'statement', 'weak', ''),
    ('grumble', 'statement', 'invert', ''),
    ('groan', 'statement', 'invert', ''),
    ('speculate', 'belief', 'invert', ''),
    ('opine', 'statement', 'invert', ''),
    ('swear', 'commitment', 'invert', 'swear,swears,swore,sworn,swearing'),
    ('marvel', 'statement', 'invert', 'marvel,marvels,marveled,marvelled,marveling,marvelling'),
]


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

def cue_verb_lines():
    seen, lines = set(), []
    for lemma, category, flags, forms in CUE_VERBS:
        assert lemma not in seen, f"duplicate cue verb {lemma}"
        assert category in {"statement", "belief", "argument", "warning", "proposal", "commitment", "evidence"}, lemma
        assert set(filter(None, flags.split(","))) <= {"invert", "weak", "addressee"}, lemma
        seen.add(lemma)
        lines.append(f"{lemma}\t{category}\t{flags}\t{forms}")
    return sorted(lines)

def main():
    write("cue-verbs.txt", "reporting verbs, one record per lemma (Sayso).",
          "LEMMA<TAB>CATEGORY<TAB>FLAGS<TAB>FORMS per line, sorted. FLAGS and FORMS are comma-separated and may\n"
          "# be empty: flags invert, weak, addressee; forms list an irregular verb's forms (else they are generated).",
          cue_verb_lines())
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
