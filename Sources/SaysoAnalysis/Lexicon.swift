/// Word lists the stages share: titles, role nouns and their synonym classes, pronouns, groups,
/// organisation words and function words. Tables, not scattered literals.
enum Lexicon {
  /// Words that stand before a name as its title ("President", "Sen.", "Americanist").
  static let titles: Set<String> = [
    "president", "prime", "minister", "secretary", "senator", "sen", "rep", "representative", "gov",
    "governor", "mayor", "chairman", "chairwoman", "chair", "director", "professor", "prof", "dr", "judge",
    "justice", "gen", "general", "col", "lt", "sgt", "capt", "adm", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "speaker", "leader", "chief", "executive", "deputy", "vice", "former",
    "candidate", "nominee", "attorney", "commissioner", "rev", "reverend", "sheriff", "councilman",
    "councilwoman", "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "chancellor",
    "premier", "economist", "analyst", "pollster", "strategist", "adviser", "advisor", "founder", "ceo",
    "host", "author", "activist", "lawyer", "coach", "head", "officer", "manager", "editor", "expert",
    "researcher", "scientist", "historian", "diplomat", "lawmaker", "congressman", "congresswoman",
    "assemblyman", "assemblywoman", "sir", "lord", "dame", "detective", "officer", "agent", "inspector",
    "superintendent", "treasurer", "comptroller", "controller", "auditor", "americanist", "sovietologist",
    "political", "scholar", "businessman", "businesswoman", "billionaire", "tycoon", "mogul", "star",
    "actor", "actress", "singer", "rapper", "comedian", "journalist", "columnist", "correspondent",
    "anchor", "commentator", "chairperson", "presidential", "gubernatorial", "mr", "mrs", "ms", "miss",
    "mx", "maj", "sgt", "cpl", "pvt", "rabbi", "imam", "bishop", "cardinal", "archbishop", "father",
    "sister", "brother", "dean", "provost", "principal", "teacher", "nurse", "doctor", "surgeon",
    "physician", "economist", "engineer", "designer", "architect", "developer", "investor", "banker",
    "trader", "consultant", "producer", "filmmaker", "director", "writer", "novelist", "poet", "artist",
    "photographer", "attorney", "prosecutor", "defender", "counsel", "solicitor", "barrister",
    "first", "lady", "house", "senate", "state", "assistant", "associate", "senior", "junior",
    "acting", "interim", "incoming", "outgoing", "longtime", "veteran", "retired", "then",
  ]

  /// Honorifics dropped from a canonical name ("Mr. Podesta" → "Podesta").
  static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "prof"]

  /// Role nouns and the class each belongs to: a mention "the leader" can stand for a "president".
  static let roleClasses: [String: String] = [
    "president": "leader", "leader": "leader", "head": "leader", "chief": "leader", "premier": "leader",
    "chancellor": "leader", "king": "leader", "queen": "leader", "chairman": "chair",
    "chairwoman": "chair", "chair": "chair", "deputy": "lawmaker", "lawmaker": "lawmaker",
    "legislator": "lawmaker", "congressman": "lawmaker", "congresswoman": "lawmaker",
    "senator": "lawmaker", "representative": "lawmaker", "mp": "lawmaker", "parliamentarian": "lawmaker",
    "expert": "expert", "analyst": "expert", "researcher": "expert", "professor": "expert",
    "scholar": "expert", "specialist": "expert", "economist": "expert", "americanist": "expert",
    "scientist": "expert", "historian": "expert", "academic": "expert", "political scientist": "expert",
    "governor": "governor", "mayor": "mayor", "minister": "minister", "secretary": "minister",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "ambassador": "diplomat", "diplomat": "diplomat", "envoy": "diplomat", "candidate": "candidate",
    "nominee": "candidate", "director": "director", "official": "official", "officer": "official",
    "lawyer": "lawyer", "attorney": "lawyer", "judge": "judge", "justice": "judge",
    "general": "general", "commander": "general", "executive": "executive", "ceo": "executive",
    "founder": "executive", "pollster": "expert", "strategist": "expert", "adviser": "adviser",
    "advisor": "adviser", "prosecutor": "lawyer", "sheriff": "official", "commissioner": "official",
  ]

  static let personalPronouns: Set<String> = ["he", "she", "him", "her", "i", "me", "we", "us", "you"]
  static let groupPronouns: Set<String> = ["they", "them", "we", "us"]

  /// Plural or anonymous sources: a group, not a person.
  static let groupNouns: Set<String> = [
    "experts", "sources", "officials", "analysts", "observers", "critics", "supporters", "opponents",
    "people", "residents", "witnesses", "researchers", "scientists", "economists", "lawmakers",
    "legislators", "diplomats", "politicians", "voters", "activists", "protesters", "protestors",
    "leaders", "authorities", "police", "investigators", "prosecutors", "lawyers", "attorneys",
    "democrats", "republicans", "conservatives", "liberals", "advocates", "environmentalists",
    "americans", "russians", "others", "many", "some", "both", "aides", "advisers", "advisors",
    "spokesmen", "members", "representatives", "doctors", "teachers", "students", "parents", "workers",
    "employees", "executives", "insiders", "strategists", "pollsters", "polls", "surveys", "studies",
    "reports", "documents", "data", "figures", "statistics", "scholars", "historians", "specialists",
    "percent", "majority", "minority", "half", "third", "quarter", "respondents", "numbers", "results",
    "organizers", "organisers", "participants", "officers", "agencies", "governments", "countries",
    "nations", "states", "companies", "groups", "senators", "commentators", "journalists", "reporters",
    "republican", "campaigners", "allies", "backers", "detractors", "skeptics", "proponents",
  ]

  /// Singular nouns that name an anonymous source: "a source said", "the official said".
  static let sourceNouns: Set<String> = [
    "source", "official", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
    "person", "witness", "analyst", "expert", "statement", "report", "study", "survey", "poll", "document",
    "memo", "letter", "filing", "lawsuit", "complaint", "campaign", "administration", "government",
    "agency", "department", "ministry", "committee", "court", "company", "spokesperson", "representative",
    "estimate", "release", "website", "ad", "advertisement", "announcement", "fund", "bank", "union",
    "group", "organization", "organisation", "association", "council", "commission", "office",
    "newspaper", "paper", "magazine", "network", "channel", "outlet", "agency", "team", "party",
    "side", "leadership", "embassy", "police", "military", "army", "navy", "service", "board",
    "panel", "lawmaker", "senator", "governor", "mayor", "president", "minister", "secretary", "leader",
    "head", "chief", "deputy", "professor", "researcher", "diplomat", "ambassador", "candidate",
    "nominee", "judge", "lawyer", "attorney", "prosecutor", "director", "executive", "official",
    "chairman", "chairwoman", "economist", "historian", "scientist", "scholar", "specialist",
    "americanist", "sheriff", "commissioner", "officer", "general", "commander", "founder", "pollster",
    "strategist", "premier", "chancellor", "king", "queen", "envoy", "legislator", "congressman",
    "congresswoman", "woman", "man", "friend", "resident", "voter", "activist", "critic", "supporter",
    "opponent", "student", "teacher", "doctor", "nurse", "worker", "employee", "owner", "user",
    "author", "writer", "editor", "columnist", "reporter", "journalist", "host", "anchor", "presenter",
    "manager", "coach", "player", "father", "mother", "son", "daughter", "wife", "husband", "spouse",
    "brother", "sister", "uncle", "aunt", "neighbor", "neighbour", "colleague", "lawsuit",
  ]

  /// Words that cannot be inside a speaker's noun phrase.
  static let clauseWords: Set<String> = [
    "that", "which", "who", "whom", "whose", "is", "was", "are", "were", "be", "been", "being", "has", "have",
    "had", "would", "will", "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do",
    "if", "when", "because", "while", "although", "though", "but", "so", "than", "then", "not", "to",
    "it", "this", "these", "those", "there", "where", "what", "why", "how", "whether", "as", "after",
    "before", "since", "until", "unless", "also", "and", "or", "nor", "yet",
  ]

  /// Auxiliaries and adverbs that may stand between a subject and its cue: "has also said".
  static let cueModifiers: Set<String> = [
    "has", "have", "had", "also", "later", "then", "previously", "recently", "repeatedly", "often",
    "once", "again", "will", "would", "may", "might", "could", "should", "did", "does", "do", "reportedly",
    "further", "publicly", "privately", "frequently", "always", "never", "already", "still", "has",
    "long", "even", "quickly", "flatly", "simply", "openly", "explicitly", "directly", "separately",
    "earlier", "first", "had", "is", "was", "are", "were", "been", "be", "just", "too", "similarly",
    "likewise", "ultimately", "finally", "initially", "subsequently", "immediately", "specifically",
    "and", "who", "which", "that", "not", "n't",
  ]

  /// Leading words of a sentence that are not part of its subject: "But he said …".
  static let sentenceOpeners: Set<String> = [
    "but", "and", "so", "yet", "however", "still", "meanwhile", "now", "then", "also", "indeed", "instead",
    "moreover", "furthermore", "nevertheless", "nonetheless", "thus", "hence", "besides", "later",
    "earlier", "separately", "finally", "overall", "similarly", "likewise", "yesterday", "today",
    "afterwards", "afterward", "once", "well", "now", "here", "there", "additionally", "again", "regarding",
  ]

  /// Words after a cue that say when or how, skipped before the content: "said on Monday that".
  static let cueAdjuncts: Set<String> = [
    "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "earlier", "later", "last", "this", "week", "month", "year", "night", "morning",
    "afternoon", "evening", "recently", "previously", "repeatedly", "again", "also", "publicly",
    "privately", "in", "a", "an", "the", "statement", "interview", "speech", "release", "press",
    "conference", "briefing", "news", "email", "e-mail", "emailed", "written", "telephone", "phone",
    "tweet", "post", "letter", "at", "rally", "event", "hearing", "with", "during", "his", "her", "their",
    "its", "our", "separate", "joint", "then", "once", "often", "flatly", "simply", "openly", "firmly",
    "emphatically", "bluntly", "frankly", "candidly", "wednesday’s", "television", "radio", "remarks",
    "up", "out", "further", "back", "too", "afterwards", "afterward", "early", "late", "hours", "hour",
    "days", "day", "weeks", "ago", "overnight", "minutes", "shortly", "soon",
  ]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Addressees of "told": never the speaker.
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "some", "many",
    "several", "most", "two", "three", "four", "five", "one", "another", "other", "few", "no", "each",
    "every", "all", "both", "such", "these", "those",
  ]

  /// Words that close a capitalised name run: "Jr.", "III".
  static let nameParticles: Set<String> = [
    "de", "van", "von", "bin", "ben", "al", "da", "la", "le", "du", "der", "den", "ter", "di", "del",
    "dos", "das", "el", "ibn", "abu", "st",
  ]

  static let monthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]
}
