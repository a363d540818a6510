#!/usr/bin/env python3
# Writes the project's own word lists to data/: organisation-words.txt, trade-words.txt, outlets.txt,
# seats-of-power.txt.
# The tables below are their source: edit them here, then run (from the repository root):
#   python3 scripts/make_own_lists.py
import re

LICENCE = "the project's own list, under the same terms as the rest of Sayso"

# Words that mark a capitalised run as an organisation, not a person: heads ("Council", "Bank"),
# legal suffixes ("Ltd", "Inc") and words of media names ("Times", "Gazette", and other languages' words for
# a newspaper: "Zeitung", "Gazeta", "Corriere", "Diario").
ORGANISATION_WORDS = """
academy administration agency airline airlines airways alliance army assembly association authority bank
board brigade broadcasting bulletin bureau cabinet campaign capital caucus center centre chamber church
club co coalition college commission committee company congress corp corporation council court
courier cooperative corps department directorate district division duma embassy enterprises
federation force forces foundation front fund gazette government group guard guardian herald holdings
hospital house inc industries initiative institute insurance journal kingdom lab laboratory league
library limited llc llp ltd magazine mail media ministry motors movement museum navy network news
observatory office organisation organization parliament partners partnership party patrol pharmaceuticals
police post presidency press programme program project radio channel station railway railways register regulator republic research review
school senate service services society software studio studios survey systems team technologies
telegraph television times transit tribune trust union university
international
post times news journal tribune herald gazette press committee party council department ministry campaign house court fund association
center centre institute university college school agency bank union foundation commission administration police office service services senate
congress government inc corp co ltd group company corporation organization organisation federation republic kingdom states nations council
board bureau authority network insider magazine review daily weekly street city county church club league army navy forces force embassy
parliament duma assembly cabinet caucus project program programme initiative alliance coalition movement front society academy laboratory lab hospital
airlines motors systems technologies partners capital holdings industries treasury white state states county district region province island islands
north south east west northern southern eastern western central hat valley river mountains town cape port fort lake mount bay hurricane storm typhoon cyclone
power energy utilities utility foods electric oil gas resources mining airport arena stadium pharma
homes centers centres
zeitung gazeta gazzetta gazete corriere courrier diario dagblad dagbladet nyheter tidende tidning kurier periodico jornal rundschau tageblatt
facility
palace rovers wanderers athletic albion hotspur rangers
bancorp bancshares bankshares plc gmbh
watch
"""

# Words of trade: they mark a name as an organisation's too (they are written into organisation-words.txt), and
# a name that holds one may be a firm's ("Northwind Foods said … The company said …").
TRADE_WORDS = """
airlines airways brands capital co electric energy enterprises foods gas group holdings homes industries mining
motors oil partners pharma pharmaceuticals resources software studios systems technologies utilities utility
construction engineering logistics communications telecom telecommunications healthcare financial retail
solutions consulting developments properties realty metals steel chemicals petroleum exploration shipping
automotive aerospace aviation biotech therapeutics ventures investments securities water builders contractors
breweries brewery distillery dairy restaurants hotels resorts casino entertainment publishing electronics
semiconductor semiconductors robotics manufacturing textiles apparel cosmetics beverages wireless
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
# object is the addressee, never the content: "told Reuters that"), after (a cue only in a frame after its
# content: "…, he continued." but not "he continued to …"), noun (its -s form is also a plural noun:
# "Initial reports stated …", so before the clause's verb it is the subject), gerund (its -ing form is also a
# noun that modifiers may open: "a severe thunderstorm warning put …"), mostlynoun (its -s form is nearly always
# a plural noun: a verb of saying only before "that", a colon, a quote or a clause's subject, or in a frame
# after its content), clause (reports only a clause or a quote, never a noun phrase: "suggested that …", not
# "suggested a plan"), to (its "to" opens the one spoken to before what was said: "said to reporters that …",
# "wrote to supporters that …"), active (its passive reports no words: "were sworn to secrecy", "is called No
# Respite"), words (says only words, never a thing as its object: "“…,” an angry Vey retorted" has Vey say it,
# where "a plan Vey described" is a thing she described), act (names an act on a thing or a person as well:
# after "and" inside a reported clause with a subject of its own, with a plain object, it is that clause's verb:
# "said the driver left the car and attacked a guard"). A lemma with '-' is a multi-word cue
# ("call-on") that the code builds from its particle; its record only carries flags. Forms of a regular
# verb are generated (e-drop, y -> ied, -es); irregular ones are listed.
CUE_VERBS = [
    ('say', 'statement', 'invert,to,words', 'say,says,said,saying'),
    ('tell', 'statement', 'addressee,words', 'tell,tells,told,telling'),
    ('state', 'statement', 'invert,noun,mostlynoun,to', 'states,stated,stating'),  # 'state' is nearly always a noun
    ('note', 'statement', 'invert,noun', ''),
    ('add', 'statement', 'invert,words', ''),
    ('explain', 'statement', 'invert,to,words', ''),
    ('comment', 'statement', 'invert,noun', ''),
    ('remark', 'statement', 'invert,noun,words', ''),
    ('mention', 'statement', 'weak,to', ''),
    ('report', 'statement', 'invert,weak,noun,to', ''),
    ('write', 'statement', 'invert,to', 'write,writes,wrote,written,writing'),
    ('recall', 'statement', 'invert', ''),
    ('emphasize', 'statement', 'invert', ''),
    ('emphasise', 'statement', 'invert', ''),
    ('stress', 'statement', 'invert,to', ''),
    ('underline', 'statement', '', ''),
    ('underscore', 'statement', '', ''),
    ('highlight', 'statement', '', ''),
    ('clarify', 'statement', '', 'clarify,clarifies,clarified,clarifying'),
    ('specify', 'statement', 'weak', 'specify,specifies,specified,specifying'),  # 'The Constitution specifies that …'
    ('announce', 'statement', 'invert,to', ''),
    ('declare', 'statement', 'invert,to', ''),
    ('continue', 'statement', 'invert,weak,after,words,act', ''),
    ('read', 'statement', 'invert,after', 'read,reads'),  # '“…,” reads the statement' (not 'she reads books')
    ('conclude', 'statement', 'invert', ''),
    ('echo', 'statement', 'active', 'echoes,echoed,echoing'),  # "Rubio echoed the criticism"; not "were echoed by"
    ('determine', 'statement', 'clause', ''),  # "a judge determined that …"; not "determined to"
    ('observe', 'statement', 'invert,clause', ''),
    ('rule', 'statement', 'invert,clause,active', 'ruled'),  # 'the judge ruled (that) …' ('rules': a noun)
    ('testify', 'statement', '', 'testify,testifies,testified,testifying'),
    ('tweet', 'statement', 'invert,noun', ''),
    ('post', 'statement', 'invert,weak,noun', ''),
    ('quip', 'statement', 'invert,words', 'quip,quips,quipped,quipping'),
    ('joke', 'statement', 'invert,noun,to,words', ''),
    ('reiterate', 'statement', 'invert', ''),
    ('reaffirm', 'statement', 'invert', ''),
    ('repeat', 'statement', 'weak', ''),
    ('disclose', 'statement', '', ''),
    ('reveal', 'statement', 'weak,to', ''),
    ('acknowledge', 'statement', 'invert,to', ''),
    ('concede', 'statement', 'invert,to', ''),
    ('confirm', 'statement', 'invert,to', ''),
    ('predict', 'statement', 'invert,weak', ''),
    ('describe', 'statement', 'weak', ''),
    ('boast', 'statement', 'invert,noun,to', ''),
    ('brag', 'statement', 'invert,to', ''),
    ('recount', 'statement', 'invert', ''),
    ('lament', 'statement', 'invert', ''),
    ('muse', 'statement', 'invert', ''),
    ('exclaim', 'statement', 'invert,words', ''),
    ('whisper', 'statement', 'invert,to', ''),
    ('shout', 'statement', 'invert', ''),
    ('yell', 'statement', 'invert', ''),
    ('scream', 'statement', 'invert,after', ''),
    ('cry', 'statement', 'invert,after', 'cry,cries,cried,crying'),
    ('holler', 'statement', 'invert,after', ''),
    ('interject', 'statement', 'invert,words', ''),
    ('mutter', 'statement', 'invert', ''),
    ('murmur', 'statement', 'invert', ''),
    ('chant', 'statement', 'after', ''),
    ('signal', 'statement', 'weak', 'signal,signals,signaled,signalled,signaling'),
    ('believe', 'belief', 'weak', ''),
    ('think', 'belief', 'weak', 'think,thinks,thought,thinking'),
    ('consider', 'belief', 'weak', ''),
    ('expect', 'belief', 'weak', ''),
    ('estimate', 'belief', 'weak,noun', ''),
    ('fear', 'belief', 'weak', ''),
    ('hope', 'belief', 'weak', ''),
    ('doubt', 'belief', 'weak', ''),
    ('feel', 'belief', 'weak', 'feel,feels,felt,feeling'),
    ('suspect', 'belief', 'weak', ''),
    ('worry', 'belief', 'weak', ''),
    ('reckon', 'belief', '', ''),
    ('know', 'belief', 'weak', 'know,knows,knew,knowing'),
    ('suppose', 'belief', 'weak,clause', ''),
    ('imagine', 'belief', 'weak,clause', ''),
    ('learn', 'belief', 'weak,clause', 'learn,learns,learned,learnt,learning'),
    ('suggest', 'belief', 'invert,weak,to,clause', ''),
    ('argue', 'argument', 'invert', ''),
    ('claim', 'argument', 'invert,noun', ''),
    ('assert', 'argument', 'invert,to', ''),
    ('contend', 'argument', 'invert', ''),
    ('insist', 'argument', 'invert,to,words', ''),
    ('maintain', 'argument', 'weak,clause', ''),
    ('allege', 'argument', 'invert', ''),
    ('admit', 'argument', 'invert,to', 'admit,admits,admitted,admitting'),
    ('confess', 'argument', 'invert,to', ''),
    ('deny', 'argument', 'weak', 'deny,denies,denied,denying'),
    ('reject', 'argument', 'weak', ''),
    ('object', 'argument', 'weak', ''),
    ('protest', 'argument', 'invert,weak,clause', 'protested,protesting'),  # 'protested that …' ('protest leaders': a noun)
    ('reply', 'argument', 'invert,noun,to,words', 'reply,replies,replied,replying'),
    ('respond', 'argument', 'invert,words', ''),
    ('ask', 'argument', 'invert,addressee', ''),
    ('counter', 'argument', 'invert', ''),
    ('retort', 'argument', 'invert,words', ''),
    ('answer', 'argument', 'weak,noun,clause', ''),
    ('agree', 'argument', 'invert,weak', ''),
    ('disagree', 'argument', 'weak', ''),
    ('dispute', 'argument', '', ''),
    ('question', 'argument', 'weak,noun', ''),
    ('wonder', 'argument', 'invert', ''),
    ('point', 'argument', 'invert,weak', ''),
    ('warn', 'warning', 'invert,addressee,gerund', ''),
    ('caution', 'warning', 'addressee', ''),
    ('criticize', 'warning', 'weak', 'criticize,criticizes,criticized,criticizing'),
    ('criticise', 'warning', 'weak', ''),
    ('condemn', 'warning', 'weak', ''),
    ('accuse', 'warning', 'weak', ''),
    ('charge', 'warning', 'weak,act', ''),
    ('complain', 'warning', 'invert,to', ''),
    ('threaten', 'warning', 'weak,act', ''),
    ('blast', 'warning', 'weak,act', ''),
    ('slam', 'warning', 'weak,act', 'slam,slams,slammed,slamming'),
    ('attack', 'warning', 'weak,act', 'attack,attacked,attacking'),  # 'attacks' is nearly always the noun
    ('decry', 'warning', 'weak', ''),
    ('denounce', 'warning', 'weak', ''),
    ('lambaste', 'warning', 'weak', ''),
    ('rail', 'warning', 'weak', 'rail,rails,railed,railing'),
    ('chide', 'warning', 'weak', ''),
    ('scold', 'warning', 'weak', ''),
    ('propose', 'proposal', 'weak', ''),
    ('recommend', 'proposal', 'weak', ''),
    ('urge', 'proposal', 'weak,addressee', ''),
    ('order', 'statement', 'weak,addressee,noun,mostlynoun,active', 'orders,ordered'),  # not 'order' ("in order to") nor 'ordering' ("online ordering")
    ('advise', 'proposal', 'weak,addressee', ''),
    ('instruct', 'statement', 'weak,addressee,active', ''),  # 'instructed aides to send …', as 'ordered'
    ('identify', 'statement', 'weak,active', 'identify,identifies,identified,identifying'),  # 'identified the driver as …'
    ('name', 'statement', 'weak,active', 'named,naming'),  # 'named the victim as …' (not 'name', 'names': nouns)
    ('advocate', 'proposal', 'weak', ''),
    ('offer', 'proposal', 'weak', ''),
    ('invite', 'proposal', 'weak,addressee', ''),
    ('appeal', 'proposal', 'weak', ''),
    ('demand', 'proposal', 'weak,noun', ''),
    ('request', 'proposal', 'weak,noun', ''),
    ('encourage', 'proposal', 'weak,addressee', ''),
    ('call', 'proposal', 'weak', ''),
    ('plead', 'proposal', '', ''),
    ('implore', 'proposal', '', ''),
    ('promise', 'commitment', 'weak,addressee,noun', ''),
    ('pledge', 'commitment', 'weak,noun', ''),
    ('vow', 'commitment', 'invert,weak,noun', ''),
    ('commit', 'commitment', 'weak', 'commit,commits,committed,committing'),
    ('vouch', 'commitment', 'weak', ''),
    ('show', 'evidence', '', 'show,shows,showed,shown,showing'),
    ('find', 'evidence', 'gerund', 'find,finds,found,finding'),
    ('indicate', 'evidence', 'clause', ''),
    ('demonstrate', 'evidence', '', ''),
    ('call-on', 'proposal', 'addressee', ''),
    ('inform', 'statement', 'addressee,weak', ''),
    ('assure', 'statement', 'addressee,weak', ''),
    ('remind', 'statement', 'addressee,weak', ''),
    ('point-out', 'statement', 'invert', ''),
    ('sum-up', 'statement', 'invert', ''),
    ('fire-back', 'statement', 'invert', ''),  # '“…,” Reed fired back'
    ('shoot-back', 'statement', 'invert', ''),
    ('make-clear', 'statement', 'clause,to', ''),  # 'made (it) clear that …', not 'made it clear to everyone'
    ('make-case', 'argument', 'clause', ''),  # 'made the case that …'
    ('make-point', 'argument', 'clause', ''),  # 'made the point that …'
    ('go-on', 'statement', 'invert,weak,after', ''),
    ('call-name', 'statement', 'active', ''),  # "call" before a name or a quote that names: "called it X"
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
    ('hint', 'statement', 'weak,to', ''),
    ('imply', 'statement', 'weak', 'imply,implies,implied,implying'),
    ('grumble', 'statement', 'invert', ''),
    ('groan', 'statement', 'invert', ''),
    ('speculate', 'belief', 'invert', ''),
    ('blame', 'warning', 'weak', ''),
    ('bemoan', 'statement', 'invert,weak', ''),
    ('tout', 'statement', 'weak', ''),
    ('dismiss', 'warning', 'weak,active', ''),
    ('mock', 'warning', 'weak', ''),
    ('deride', 'warning', 'weak', ''),
    ('rebuke', 'warning', 'weak', ''),
    ('ridicule', 'warning', 'weak', ''),
    ('belittle', 'warning', 'weak', ''),
    ('praise', 'statement', 'weak', ''),
    ('applaud', 'statement', 'weak', ''),
    ('hail', 'statement', 'weak', ''),
    ('defend', 'argument', 'weak', ''),
    ('cite', 'statement', 'weak', ''),
    ('theorize', 'belief', 'invert', ''),
    ('theorise', 'belief', 'invert', ''),
    ('hypothesize', 'belief', 'invert', ''),
    ('hypothesise', 'belief', 'invert', ''),
    ('surmise', 'belief', 'invert', ''),
    ('posit', 'belief', 'invert', ''),
    ('opine', 'statement', 'invert', ''),
    ('swear', 'commitment', 'invert,active', 'swear,swears,swore,sworn,swearing'),
    ('marvel', 'statement', 'invert', 'marvel,marvels,marveled,marvelled,marveling,marvelling'),
]


# Nouns and titles of people and sources, one record per word: (word, flags, role class). Flags: title
# (stands before a name: "Senator", "Americanist"), honorific (dropped from a canonical name: "Mr"), group
# (a plural or anonymous source: "experts", "officials"), source (a singular source noun: "a spokesman",
# "the report"). The role class groups role nouns that may stand for each other: "the leader" can be the
# "president" (class leader). postnominal: letters after a name that belong to the person, not to an
# organisation: "Kama Melly QC", "Martin Luther King Jr". kind: a kind of organisation, which says in lower
# case just before a name what the name is: "the daily newspaper Magyar Nemzet", "the supermarket Ocado".
# holding: what only an organisation has, after a possessive name: "John Lewis's stores". club: a role in a
# club or a team, which says in lower case right after a single name that the name is the club's: "Arsenal
# boss Mikel Arteta", "Chelsea captain". account: where one posts, after a possessive name, whose owner speaks
# through what is posted there: "a post on Ann Vey's Facebook page", "a tweet from the ministry's account".
# regnal: a title of a monarch, a prince or a pope that stays with a single name as part of it: "Pope Francis",
# "King Charles", "Prince Harry" (not "Francis", which a "Ray Charles" of another article could claim).
NOUNS = [
    ('academic', '', 'expert'),
    ('boy', 'source', ''),
    ('boys', 'group', ''),
    ('cfo', 'title', 'executive'),
    ('child', 'source', ''),
    ('children', 'group', ''),
    ('girl', 'source', ''),
    ('girls', 'group', ''),
    ('mep', 'postnominal,title', 'lawmaker'),
    ('mla', 'postnominal,title', 'lawmaker'),
    ('mna', 'postnominal,title', 'lawmaker'),
    ('mpp', 'postnominal,title', 'lawmaker'),
    ('msp', 'postnominal,title', 'lawmaker'),
    ('teenager', 'source', ''),
    ('teenagers', 'group', ''),
    # kinds of organisation: just before a name they say what it names
    ('daily', 'kind', ''),
    ('weekly', 'kind', ''),
    ('tabloid', 'kind', ''),
    ('broadcaster', 'kind', ''),
    ('publisher', 'kind', ''),
    ('firm', 'kind', ''),
    ('carmaker', 'kind', ''),
    ('automaker', 'kind', ''),
    ('supermarket', 'kind', ''),
    ('retailer', 'kind', ''),
    ('airline', 'kind', ''),
    ('lender', 'kind', ''),
    ('insurer', 'kind', ''),
    ('charity', 'kind', ''),
    ('foundation', 'source', ''),
    ('trust', 'source', ''),
    ('institute', 'source', ''),
    ('club', 'source', ''),
    ('startup', 'kind', ''),
    ('brand', 'kind', ''),
    ('chain', 'kind', ''),
    ('store', 'kind', ''),
    ('label', 'kind', ''),
    ('manufacturer', 'kind', ''),
    ('conglomerate', 'kind', ''),
    # (and those of the wire's markets: "Ann Vey of oil brokerage Northpoint", "miner Rio Tinto"; not "broker",
    # which is a person as often: "Dale Fry, a broker based in Tampa")
    ('brokerage', 'kind', ''),
    ('consultancy', 'kind', ''),
    ('miner', 'kind', ''),
    ('refiner', 'kind', ''),
    ('utility', 'kind', ''),
    ('watchdog', 'kind', ''),
    ('regulator', 'kind', ''),
    # what only an organisation has
    ('stores', 'holding', ''),
    ('account', 'account', ''),
    ('accounts', 'account', ''),
    ('page', 'account', ''),
    ('feed', 'account', ''),
    ('blog', 'account', ''),
    ('profile', 'account', ''),
    ('timeline', 'account', ''),
    ('shops', 'holding', ''),
    ('branches', 'holding', ''),
    ('shareholders', 'holding,group', ''),
    ('turnover', 'holding', ''),
    ('subsidiaries', 'holding', ''),
    ('subsidiary', 'holding', ''),
    ('headquarters', 'holding', ''),
    ('workforce', 'holding', ''),
    # letters after a name
    ('cbe', 'postnominal', ''),
    ('esq', 'postnominal', ''),
    ('jr', 'postnominal', ''),
    ('kbe', 'postnominal', ''),
    ('kc', 'postnominal', ''),
    ('mbe', 'postnominal', ''),
    ('obe', 'postnominal', ''),
    ('phd', 'postnominal', ''),
    ('qc', 'postnominal', ''),
    ('sr', 'postnominal', ''),
    # chess titles before a player's name: "GM Magnus Carlsen", "IM Dorsa Derakhshani"
    ('gm', 'title', ''),
    ('im', 'title', ''),
    ('wgm', 'title', ''),
    ('acting', 'title', ''),
    ('activist', 'source,title', ''),
    ('advocate', 'source,title', ''),  # 'Public Advocate Ann Vey', 'consumer advocate Tom Reed'
    ('activists', 'group', ''),
    ('actor', 'title', ''),
    ('actress', 'title', ''),
    ('ad', 'source', ''),
    ('adm', 'title', 'general'),
    ('administration', 'source', ''),
    ('advertisement', 'source', ''),
    ('adviser', 'source,title', 'adviser'),
    ('advisers', 'group', ''),
    ('advisor', 'source,title', 'adviser'),
    ('advisors', 'group', ''),
    ('advocates', 'group', ''),
    ('agencies', 'group', ''),
    ('agency', 'source,kind', ''),
    ('agent', 'title', ''),
    ('aide', 'source', ''),
    ('aides', 'group', ''),
    ('allies', 'group', ''),
    ('ambassador', 'source,title', 'diplomat'),
    ('americanist', 'source,title', 'expert'),
    ('americans', 'group', ''),
    ('analyst', 'source,title', 'expert'),
    ('analysts', 'group', ''),
    ('anchor', 'source,title', ''),
    ('announcement', 'source', ''),
    ('archbishop', 'title', ''),
    ('architect', 'title', ''),
    ('army', 'source', ''),
    ('artist', 'title', ''),
    ('assemblyman', 'title', ''),
    ('assemblywoman', 'title', ''),
    ('assistant', 'title', ''),
    ('associate', 'title', ''),
    ('association', 'source', ''),
    ('attorney', 'source,title', 'lawyer'),
    ('attorneys', 'group', ''),
    ('auditor', 'title', ''),
    ('aunt', 'source', 'family'),
    ('author', 'source,title', ''),
    ('authorities', 'group', ''),
    ('ayatollah', 'title', ''),
    ('backers', 'group', ''),
    ('bank', 'source,kind', ''),
    ('banker', 'title', ''),
    ('barrister', 'title', ''),
    ('billionaire', 'title', ''),
    ('bishop', 'title', ''),
    ('board', 'source', ''),
    ('both', 'group', ''),
    ('brother', 'source,title', 'family'),
    ('businessman', 'title', ''),
    ('businesswoman', 'title', ''),
    ('campaign', 'source', ''),
    ('campaigners', 'group', ''),
    ('candidate', 'source,title', 'candidate'),
    ('capt', 'title', 'general'),
    ('cardinal', 'title', ''),
    ('monsignor', 'title', ''),
    ('selectman', 'title', ''),
    ('selectwoman', 'title', ''),
    ('monsenor', 'title', ''),
    ('monseñor', 'title', ''),
    ('ceo', 'title', 'executive'),
    ('coo', 'title', 'executive'),
    ('cto', 'title', 'executive'),
    ('chair', 'title', 'chair'),
    ('chairman', 'source,title', 'chair'),
    ('chairperson', 'title', ''),
    ('chairwoman', 'source,title', 'chair'),
    ('chancellor', 'source,title', 'leader'),
    ('channel', 'source,account', ''),
    ('chief', 'source,title', 'leader'),
    ('coach', 'source,title', ''),
    ('col', 'title', 'general'),
    ('colleague', 'source', ''),
    ('columnist', 'source,title', ''),
    ('comedian', 'title', ''),
    ('commander', 'source,title', 'general'),
    ('commentator', 'title', ''),
    ('commentators', 'group', ''),
    ('commission', 'source', ''),
    ('commissioner', 'source,title', 'official'),
    ('administrator', 'source,title', 'official'),
    ('committee', 'source', ''),
    ('assembly', 'source', ''),
    ('delegation', 'source', ''),
    ('companies', 'group', ''),
    ('company', 'source,kind', ''),
    ('complaint', 'source', ''),
    ('comptroller', 'title', ''),
    ('congressman', 'source,title', 'lawmaker'),
    ('congresswoman', 'source,title', 'lawmaker'),
    ('conservatives', 'group', ''),
    ('consultant', 'title', ''),
    ('controller', 'title', ''),
    ('correspondent', 'title', ''),
    ('council', 'source', ''),
    ('councilman', 'title', ''),
    ('councilwoman', 'title', ''),
    ('counsel', 'title', ''),
    ('countries', 'group', ''),
    ('court', 'source', ''),
    ('cpl', 'title', ''),
    # abbreviated ranks and offices: "Const. Ann Roy", "Cst.", "Atty. Gen.", "Pte.", "Brig.", "Ald.", "Msgr."
    ('const', 'title', ''),
    ('cst', 'title', ''),
    ('atty', 'title', ''),
    ('pte', 'title', ''),
    ('brig', 'title', 'general'),
    ('ald', 'title', ''),
    ('alderman', 'title', 'lawmaker'),
    ('alderwoman', 'title', 'lawmaker'),
    # plural abbreviations before two names: "Sens. Ann Vey (Ky.) and Tom Reed (Fla.)"
    ('sens', 'title', 'lawmaker'),
    ('reps', 'title', 'lawmaker'),
    ('msgr', 'title', ''),
    # more abbreviated offices before a name: "Pres. Ann Vey", "Cmdr.", "Amb.", a priest's "Fr.", "The Hon." (not
    # "Sec.", which a title would take from "the SEC")
    ('pres', 'title', 'leader'),
    ('cmdr', 'title', 'general'),
    ('amb', 'title', 'diplomat'),
    ('fr', 'honorific,title', ''),
    ('hon', 'honorific,title', ''),
    ('critic', 'source', ''),
    ('critics', 'group', ''),
    ('dame', 'honorific,title', ''),
    ('data', 'group', ''),
    ('daughter', 'source', 'family'),
    ('dean', 'title', ''),
    ('defender', 'title,club', ''),
    ('democrat', 'group', ''),  # one of a party, as "republican": "one senior Democrat said"
    ('democrats', 'group', ''),
    ('department', 'source', ''),
    ('deputy', 'source,title', 'lawmaker'),
    ('director-general', 'source,title', 'official'),
    ('designer', 'title', ''),
    ('detective', 'title', 'official'),
    ('detractors', 'group', ''),
    ('developer', 'title', ''),
    ('diplomat', 'source,title', 'diplomat'),
    ('diplomats', 'group', ''),
    ('director', 'source,title', 'director'),
    ('dj', 'source,title', ''),
    ('doctor', 'source,title', ''),
    ('doctors', 'group', ''),
    ('document', 'source', ''),
    ('documents', 'group', ''),
    ('dr', 'honorific,title', ''),
    ('economist', 'source,title', 'expert'),
    ('economists', 'group', ''),
    ('editor', 'source,title', ''),
    ('embassy', 'source', ''),
    ('employee', 'source', ''),
    ('employees', 'group', ''),
    ('engineer', 'title', ''),
    ('environmentalists', 'group', ''),
    ('envoy', 'source,title', 'diplomat'),
    ('estimate', 'source', ''),
    ('executive', 'source,title', 'executive'),
    ('executives', 'group', ''),
    ('expert', 'source,title', 'expert'),
    ('experts', 'group', ''),
    ('father', 'source,title', 'family'),
    ('figures', 'group', ''),
    ('filing', 'source', ''),
    ('filmmaker', 'title', ''),
    ('first', 'title', ''),
    ('former', 'title', ''),
    ('current', 'title', ''),
    ('founder', 'source,title', 'executive'),
    ('friend', 'source', ''),
    ('fund', 'source', ''),
    ('gen', 'title', 'general'),
    ('general', 'source,title', 'general'),
    ('gov', 'title', 'governor'),
    ('government', 'source', ''),
    ('governments', 'group', ''),
    ('gp', 'source,title', ''),
    ('governor', 'source,title', 'governor'),
    ('group', 'source,kind', ''),
    ('groups', 'group', ''),
    ('gubernatorial', 'title', ''),
    ('half', 'group', ''),
    ('head', 'source,title', 'leader'),
    ('historian', 'source,title', 'expert'),
    ('historians', 'group', ''),
    ('host', 'source,title', ''),
    ('house', 'title', ''),
    ('husband', 'source', 'family'),
    ('imam', 'title', ''),
    ('incoming', 'title', ''),
    ('insiders', 'group', ''),
    ('inspector', 'title', ''),
    ('interim', 'title', ''),
    ('investigators', 'group', ''),
    ('investor', 'title', ''),
    ('journalist', 'source,title', ''),
    ('journalists', 'group', ''),
    ('judge', 'source,title', 'judge'),
    ('junior', 'title', ''),
    ('justice', 'title', 'judge'),
    ('king', 'source,title,regnal', 'leader'),
    ('lady', 'title', ''),
    ('lawmaker', 'source,title', 'lawmaker'),
    ('lawmakers', 'group', ''),
    ('lawsuit', 'source', ''),
    ('lawyer', 'source,title', 'lawyer'),
    ('lawyers', 'group', ''),
    ('leader', 'source,title', 'leader'),
    ('leaders', 'group', ''),
    ('leadership', 'source', ''),
    ('legislator', 'source', 'lawmaker'),
    ('legislators', 'group', ''),
    ('letter', 'source', ''),
    ('liberals', 'group', ''),
    ('longtime', 'title', ''),
    ('lord', 'honorific,title', ''),
    ('lt', 'title', 'general'),
    ('magazine', 'source,kind', ''),
    ('maj', 'title', 'general'),
    ('majority', 'group', ''),
    ('man', 'source', ''),
    ('manager', 'source,title,club', ''),
    ('many', 'group', ''),
    ('mayor', 'source,title', 'mayor'),
    ('members', 'group', ''),
    ('memo', 'source', ''),
    ('military', 'source', ''),
    ('minister', 'source,title', 'minister'),
    ('ministry', 'source', ''),
    ('minority', 'group', ''),
    ('miss', 'honorific,title', ''),
    ('mogul', 'title', ''),
    ('mother', 'source', 'family'),
    ('mp', 'postnominal,title', 'lawmaker'),
    ('mr', 'honorific,title', ''),
    ('mrs', 'honorific,title', ''),
    ('ms', 'honorific,title', ''),
    ('mx', 'honorific,title', ''),
    ('nations', 'group', ''),
    ('navy', 'source', ''),
    ('neighbor', 'source', ''),
    ('neighbour', 'source', ''),
    ('network', 'source,kind', ''),
    ('newspaper', 'source,kind', ''),
    ('nominee', 'source,title', 'candidate'),
    ('novelist', 'title', ''),
    ('numbers', 'group', ''),
    ('nurse', 'source,title', ''),
    ('observers', 'group', ''),
    ('office', 'source', ''),
    ('officer', 'source,title', 'official'),
    ('officers', 'group', ''),
    ('official', 'source', 'official'),
    ('officials', 'group', ''),
    # (a plural of outlets: "Local media reported …", "state media said")
    ('media', 'group', ''),
    ('opponent', 'source', ''),
    ('opponents', 'group', ''),
    ('organisation', 'source', ''),
    ('organisers', 'group', ''),
    ('organization', 'source', ''),
    ('organizers', 'group', ''),
    ('others', 'group', ''),
    ('outgoing', 'title', ''),
    ('outlet', 'source', ''),
    ('owner', 'source', ''),
    ('panel', 'source', ''),
    ('paper', 'source', ''),
    ('parents', 'group', ''),
    ('parliamentarian', '', 'lawmaker'),
    ('participants', 'group', ''),
    ('party', 'source', ''),
    ('people', 'group', ''),
    ('percent', 'group', ''),
    ('person', 'source', ''),
    ('photographer', 'title', ''),
    ('physician', 'title', ''),
    ('player', 'source', ''),
    ('poet', 'title', ''),
    ('police', 'group,source', ''),
    ('political', 'title', ''),
    ('political scientist', '', 'expert'),
    ('politicians', 'group', ''),
    ('poll', 'source', ''),
    ('polling', 'source', ''),
    ('polls', 'group', ''),
    ('pollster', 'source,title', 'expert'),
    ('pollsters', 'group', ''),
    ('pope', 'title,regnal', ''),
    ('premier', 'source,title', 'leader'),
    ('presenter', 'source', ''),
    ('president', 'source,title', 'leader'),
    ('presidential', 'title', ''),
    ('prime', 'title', ''),
    ('prince', 'title,regnal', ''),
    ('princess', 'title,regnal', ''),
    ('principal', 'title', ''),
    ('producer', 'title', ''),
    ('prof', 'honorific,title', 'expert'),
    ('professor', 'source,title', 'expert'),
    ('proponents', 'group', ''),
    ('prosecutor', 'source,title', 'lawyer'),
    ('prosecutors', 'group', ''),
    ('protesters', 'group', ''),
    ('demonstrators', 'group', ''),
    ('medics', 'group', ''),
    ('rescuers', 'group', ''),
    ('staffers', 'group', ''),
    ('protestors', 'group', ''),
    ('provost', 'title', ''),
    ('pvt', 'title', ''),
    ('quarter', 'group', ''),
    ('queen', 'source,title,regnal', 'leader'),
    ('rabbi', 'title', ''),
    ('rapper', 'title', ''),
    ('release', 'source', ''),
    ('rep', 'title', 'lawmaker'),
    ('report', 'source', ''),
    ('reporter', 'source', ''),
    ('reporters', 'group', ''),
    ('reports', 'group', ''),
    ('representative', 'source,title', 'lawmaker'),
    ('representatives', 'group', ''),
    ('republican', 'group', ''),
    ('republicans', 'group', ''),
    ('researcher', 'source,title', 'expert'),
    ('researchers', 'group', ''),
    ('resident', 'source', ''),
    ('residents', 'group', ''),
    ('respondents', 'group', ''),
    ('results', 'group', ''),
    ('retired', 'title', ''),
    ('rev', 'honorific,title', ''),
    ('reverend', 'title', ''),
    ('russians', 'group', ''),
    ('scholar', 'source,title', 'expert'),
    ('scholars', 'group', ''),
    ('scientist', 'source,title', 'expert'),
    ('scientists', 'group', ''),
    ('secretary', 'source,title', 'minister'),
    ('secretary-general', 'source,title', 'leader'),
    ('sen', 'title', 'lawmaker'),
    ('senate', 'title', ''),
    ('senator', 'source,title', 'lawmaker'),
    ('senators', 'group', ''),
    ('senior', 'title', ''),
    ('service', 'source', ''),
    ('sgt', 'title', 'official'),
    # British and Canadian ranks as news abbreviates them before a name: "Det Insp Jane Hill", "Ch Supt
    # Ian Barker", "PC Mark Dunn", "Cllr Ann Lee", "Coun. Pete Fry"
    ('det', 'title', 'official'),
    ('insp', 'title', ''),
    ('supt', 'title', 'official'),
    ('ch', 'title', ''),
    ('pc', 'title', ''),
    ('pcso', 'title', ''),
    ('dc', 'title', ''),
    ('ds', 'title', ''),
    ('dci', 'title', ''),
    ('dcs', 'title', ''),
    ('cllr', 'title', 'lawmaker'),
    ('coun', 'title', 'lawmaker'),
    # peerage: "the Duke of Sussex", "Baroness Casey" ("Earl" and "Baron" are more often given names:
    # "Earl Blumenauer")
    ('duke', 'title,regnal', ''),
    ('duchess', 'title,regnal', ''),
    ('countess', 'title', ''),
    ('baroness', 'honorific,title', ''),
    ('viscount', 'title', ''),
    ('marquess', 'title', ''),
    ('sheikh', 'title,regnal', ''),
    ('sheriff', 'source,title', 'official'),
    ('side', 'source', ''),
    ('singer', 'title', ''),
    ('sir', 'honorific,title', ''),
    ('sister', 'source,title', 'family'),
    ('skeptics', 'group', ''),
    ('solicitor', 'title', ''),
    ('some', 'group', ''),
    ('son', 'source', 'family'),
    ('widow', 'source', 'family'),
    ('widower', 'source', 'family'),
    ('grandmother', 'source', 'family'),
    ('grandfather', 'source', 'family'),
    ('granddaughter', 'source', 'family'),
    ('grandson', 'source', 'family'),
    ('niece', 'source', 'family'),
    ('nephew', 'source', 'family'),
    ('cousin', 'source', 'family'),
    ('source', 'source', ''),
    ('sources', 'group', ''),
    ('sovietologist', 'title', ''),
    ('speaker', 'title', ''),
    ('specialist', 'source', 'expert'),
    ('specialists', 'group', ''),
    ('spokesman', 'source,title', 'spokesperson'),
    ('spokesmen', 'group', ''),
    ('spokesperson', 'source,title', 'spokesperson'),
    ('spokeswoman', 'source,title', 'spokesperson'),
    ('spouse', 'source', ''),
    ('star', 'title', ''),
    ('state', 'title', ''),
    ('statement', 'source', ''),
    ('states', 'group', ''),
    ('statistics', 'group', ''),
    ('strategist', 'source,title', 'expert'),
    ('strategists', 'group', ''),
    ('student', 'source', ''),
    ('students', 'group', ''),
    ('studies', 'group', ''),
    ('study', 'source', ''),
    ('superintendent', 'title', 'official'),
    ('supporter', 'source', ''),
    ('supporters', 'group', ''),
    ('surgeon', 'title', ''),
    ('survey', 'source', ''),
    ('analysis', 'source', ''),
    ('surveys', 'group', ''),
    # inquiries and reviews that report their findings as a study does: "…, the inquiry reported"
    ('inquiry', 'source', ''),
    ('inquiries', 'group', ''),
    ('investigation', 'source', ''),
    ('investigations', 'group', ''),
    ('audit', 'source', ''),
    ('audits', 'group', ''),
    ('probe', 'source', ''),
    ('review', 'source', ''),
    ('reviews', 'group', ''),
    ('teacher', 'source,title', ''),
    # occupations that stand before a name as a title in news ("Headteacher Paul Grange", "Umpire Joe
    # Grey", "Manchester United boss Erik ten Hag") and that "the headteacher said" names as a source
    ('headteacher', 'source,title', ''),
    ('headmaster', 'source,title', ''),
    ('headmistress', 'source,title', ''),
    ('umpire', 'source,title', ''),
    ('referee', 'source,title', ''),
    ('striker', 'source,title,club', ''),
    ('midfielder', 'source,title,club', ''),
    ('goalkeeper', 'source,title,club', ''),
    ('winger', 'source,title,club', ''),
    ('batsman', 'source,title', ''),
    ('bowler', 'source,title', ''),
    ('jockey', 'source,title', ''),
    ('trainer', 'source,title', ''),
    ('chef', 'source,title', ''),
    ('landlord', 'source,title', ''),
    ('publican', 'source,title', ''),
    ('farmer', 'source,title', ''),
    ('paramedic', 'source,title', ''),
    ('firefighter', 'source,title', ''),
    ('coroner', 'source,title', ''),
    ('councillor', 'source,title', 'lawmaker'),
    ('pastor', 'source,title', ''),
    ('vicar', 'source,title', ''),
    ('pundit', 'source,title', ''),
    ('playwright', 'source,title', ''),
    ('campaigner', 'source,title', ''),
    ('boss', 'source,title,club', ''),
    ('skipper', 'source,title', ''),
    ('magistrate', 'source,title', ''),
    ('lecturer', 'source,title', ''),
    ('midwife', 'source,title', ''),
    ('pharmacist', 'source,title', ''),
    ('dentist', 'source,title', ''),
    ('musician', 'source,title', ''),
    ('guitarist', 'source,title', ''),
    ('drummer', 'source,title', ''),
    ('sculptor', 'source,title', ''),
    ('teachers', 'group', ''),
    ('team', 'source', ''),
    ('then', 'title', ''),
    ('third', 'group', ''),
    ('trader', 'title', ''),
    ('treasurer', 'title', ''),
    ('tycoon', 'title', ''),
    ('uncle', 'source', 'family'),
    ('union', 'source', ''),
    ('user', 'source', ''),
    ('veteran', 'title', ''),
    ('vice', 'title', ''),
    ('voter', 'source', ''),
    ('voters', 'group', ''),
    ('website', 'source,kind,account', ''),
    ('wife', 'source', 'family'),
    ('witness', 'source', ''),
    ('witnesses', 'group', ''),
    ('woman', 'source', ''),
    ('worker', 'source', ''),
    ('workers', 'group', ''),
    ('writer', 'source,title', ''),
    # ranks and offices that stand before a name: "Captain Rochester", "Constable Daniel Dubé"
    ('captain', 'title,club', 'general'),
    ('colonel', 'title', 'general'),
    ('lieutenant', 'title', 'general'),
    ('sergeant', 'title', 'official'),
    ('admiral', 'title', 'general'),
    ('constable', 'title', 'official'),
    ('corporal', 'title', ''),
    ('marshal', 'title', 'official'),
    ('mufti', 'title', ''),
    ('emeritus', 'title', ''),
    # people who speak as a household, a crowd or a plural of their kind: "the family said", "neighbours said"
    ('families', 'group', ''),
    ('relatives', 'group', ''),
    ('friends', 'group', ''),
    ('neighbours', 'group', ''),
    ('neighbors', 'group', ''),
    ('survivors', 'group', ''),
    ('victims', 'group', ''),
    ('fans', 'group', ''),
    ('players', 'group', ''),
    ('colleagues', 'group', ''),
    ('nurses', 'group', ''),
    ('locals', 'group', ''),
    ('villagers', 'group', ''),
    ('shoppers', 'group', ''),
    ('commuters', 'group', ''),
    ('passengers', 'group', ''),
    ('patients', 'group', ''),
    ('tenants', 'group', ''),
    ('landlords', 'group', ''),
    ('farmers', 'group', ''),
    ('owners', 'group', ''),
    ('family', 'source', ''),
    ('jury', 'source', ''),
    ('staff', 'source', ''),
    ('crew', 'source', ''),
    # people met in the news who speak unnamed: "said a party member", "a donor who …"
    ('member', 'source', ''),
    ('donor', 'source', ''),
    ('parent', 'source', ''),
    ('patient', 'source', ''),
    ('fan', 'source', ''),
    ('passenger', 'source', ''),
    ('customer', 'source', ''),
    ('shopper', 'source', ''),
    ('driver', 'source', ''),
    ('insider', 'source', ''),
    ('staffer', 'source', ''),
    ('volunteer', 'source', ''),
    ('protester', 'source', ''),
    ('attendee', 'source', ''),
    ('participant', 'source', ''),
    ('observer', 'source', ''),
    ('delegate', 'source', ''),
    ('organiser', 'source', ''),
    ('organizer', 'source', ''),
    ('donors', 'group', ''),
    ('customers', 'group', ''),
    ('drivers', 'group', ''),
    ('volunteers', 'group', ''),
    ('attendees', 'group', ''),
    ('delegates', 'group', ''),
    # scientists and specialists by field, who speak as experts
    ('geologist', 'source,title', 'expert'),
    ('biologist', 'source,title', 'expert'),
    ('microbiologist', 'source,title', 'expert'),
    ('ecologist', 'source,title', 'expert'),
    ('epidemiologist', 'source,title', 'expert'),
    ('virologist', 'source,title', 'expert'),
    ('immunologist', 'source,title', 'expert'),
    ('seismologist', 'source,title', 'expert'),
    ('meteorologist', 'source,title', 'expert'),
    ('climatologist', 'source,title', 'expert'),
    ('volcanologist', 'source,title', 'expert'),
    ('glaciologist', 'source,title', 'expert'),
    ('hydrologist', 'source,title', 'expert'),
    ('astronomer', 'source,title', 'expert'),
    ('astrophysicist', 'source,title', 'expert'),
    ('physicist', 'source,title', 'expert'),
    ('chemist', 'source,title', 'expert'),
    ('archaeologist', 'source,title', 'expert'),
    ('anthropologist', 'source,title', 'expert'),
    ('psychologist', 'source,title', 'expert'),
    ('sociologist', 'source,title', 'expert'),
    ('criminologist', 'source,title', 'expert'),
    ('paleontologist', 'source,title', 'expert'),
    ('palaeontologist', 'source,title', 'expert'),
    ('zoologist', 'source,title', 'expert'),
    ('botanist', 'source,title', 'expert'),
    ('entomologist', 'source,title', 'expert'),
    ('ornithologist', 'source,title', 'expert'),
    ('oceanographer', 'source,title', 'expert'),
    ('demographer', 'source,title', 'expert'),
    ('statistician', 'source,title', 'expert'),
    ('mathematician', 'source,title', 'expert'),
    ('geneticist', 'source,title', 'expert'),
    ('neuroscientist', 'source,title', 'expert'),
    ('toxicologist', 'source,title', 'expert'),
    ('pharmacologist', 'source,title', 'expert'),
    ('pathologist', 'source,title', 'expert'),
    ('psychiatrist', 'source,title', 'expert'),
    ('neurologist', 'source,title', 'expert'),
    ('cardiologist', 'source,title', 'expert'),
    ('oncologist', 'source,title', 'expert'),
    ('paediatrician', 'source,title', 'expert'),
    ('pediatrician', 'source,title', 'expert'),
    ('linguist', 'source,title', 'expert'),
    ('philosopher', 'source,title', 'expert'),
    ('theologian', 'source,title', 'expert'),
    ('veterinarian', 'source,title', 'expert'),
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
        known = {"invert", "weak", "addressee", "after", "noun", "gerund", "mostlynoun", "clause", "to", "active", "words",
                 "act"}
        assert set(filter(None, flags.split(","))) <= known, lemma
        seen.add(lemma)
        lines.append(f"{lemma}\t{category}\t{flags}\t{forms}")
    return sorted(lines)

# Titles whose plural names no group of people: adjectives ("former"), abbreviations ("supt"), offices and
# bodies ("house", "senate"), and words whose plural is more often a thing ("trainers", "anchors", "stars").
TITLES_WITHOUT_PLURAL = set('''acting current emeritus first former gubernatorial incoming interim longtime outgoing
    political presidential retired then vice prime senior junior house senate chair head star lord capt cllr coun insp
    pcso supt trainer anchor monsenor monseñor sens reps'''.split())

def plural(word):
    """The plural of a title of a person: 'traders', 'spokeswomen', 'midwives', 'secretaries-general'."""
    if '-' in word and word.split('-')[-1] == 'general':
        return plural(word[:word.rindex('-')]) + word[word.rindex('-'):]
    if word.endswith('man'):
        return word[:-3] + 'men'
    if word.endswith('wife'):
        return word[:-4] + 'wives'
    if word.endswith('person'):
        return word[:-6] + 'people'
    if word.endswith('y') and word[-2] not in 'aeiou':
        return word[:-1] + 'ies'
    if word.endswith(('s', 'sh', 'ch', 'x')):
        return word + 'es'
    return word + 's'

# The word a title's abbreviation stands for, which a role lists in its place: "Vermont Sen." is listed as
# "Vermont Senator". (Not the honorifics: "Dr", "Prof" and "Rev" stay as the article wrote them.)
TITLE_ABBREVIATIONS = {
    'adm': 'admiral', 'atty': 'attorney', 'brig': 'brigadier', 'capt': 'captain', 'col': 'colonel',
    'cpl': 'corporal', 'det': 'detective', 'gen': 'general', 'gov': 'governor', 'insp': 'inspector',
    'lt': 'lieutenant', 'maj': 'major', 'pvt': 'private', 'rep': 'representative', 'sen': 'senator',
    'sgt': 'sergeant', 'supt': 'superintendent', 'const': 'constable', 'cst': 'constable', 'coun': 'councillor',
    'ald': 'alderman', 'sens': 'senators', 'reps': 'representatives', 'msgr': 'monsignor', 'pte': 'private', 'pc': 'police constable',
    'pres': 'president', 'cmdr': 'commander', 'amb': 'ambassador',
}

def noun_lines():
    seen, lines = set(), []
    for word, flags, role in NOUNS:
        assert word not in seen, f"duplicate noun {word}"
        assert set(filter(None, flags.split(","))) <= {"title", "honorific", "group", "source", "postnominal", "kind",
                                                   "holding", "club", "account", "regnal"}, word
        assert word not in TITLE_ABBREVIATIONS or 'title' in flags.split(","), word
        seen.add(word)
        lines.append(f"{word}\t{flags}\t{role}\t{TITLE_ABBREVIATIONS.get(word, '')}")
    assert set(TITLE_ABBREVIATIONS) <= seen, set(TITLE_ABBREVIATIONS) - seen
    # the plural of a title of a person names a group of them: "traders", "bankers", "firefighters"
    for word, flags, role in NOUNS:
        flags = set(filter(None, flags.split(",")))
        if ('title' in flags and 'honorific' not in flags and '.' not in word and len(word) > 3
                and word not in TITLES_WITHOUT_PLURAL):
            group = plural(word)
            if group not in seen:
                seen.add(group)
                lines.append(f"{group}\tgroup\t\t")
    return sorted(lines)

def main():
    write("nouns.txt", "nouns and titles of people and sources, one record per word (Sayso).",
          "WORD<TAB>FLAGS<TAB>ROLE-CLASS<TAB>STANDS-FOR per line, sorted. FLAGS is comma-separated (title,\n"
          "# honorific, group, source, postnominal, kind, holding, club, account, regnal) and may be empty; ROLE-CLASS may be\n"
          "# empty; STANDS-FOR is the word a title's abbreviation stands for (\"sen\": \"senator\"), else empty.",
          noun_lines())
    write("cue-verbs.txt", "reporting verbs, one record per lemma (Sayso).",
          "LEMMA<TAB>CATEGORY<TAB>FLAGS<TAB>FORMS per line, sorted. FLAGS and FORMS are comma-separated and may\n"
          "# be empty: flags invert, weak, addressee, after, noun, gerund, mostlynoun, clause, to, active, words; forms\n"
          "# list an irregular verb's forms (else they are generated).",
          cue_verb_lines())
    trades = sorted(set(TRADE_WORDS.split()))
    words = sorted(set(ORGANISATION_WORDS.split()) | set(trades))
    write("organisation-words.txt", "words that mark a capitalised name as an organisation (Sayso).",
          "one lower-case word per line, sorted.", words)
    write("trade-words.txt", "words of trade, which a firm's name may hold ('Northwind Foods', 'Acme Motors') (Sayso).",
          "one lower-case word per line, sorted.", trades)
    outlets = sorted({o.strip() for o in OUTLETS.split("|") if o.strip()}, key=str.casefold)
    write("outlets.txt", "news outlets, platforms and media companies, which are organisations, never people (Sayso).",
          "one name per line as it is written, sorted ignoring case.", outlets)
    seats = sorted(f"{k}\t{v}" for k, v in SEATS_OF_POWER.items())
    write("seats-of-power.txt", "places and names that stand for a country's leadership ('the Kremlin said', 'Moscow said') (Sayso).",
          "NAME<TAB>COUNTRY per line (the country as data/places.txt writes it), sorted.", seats)

if __name__ == "__main__":
    main()
