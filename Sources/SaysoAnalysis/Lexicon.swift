import SaysoCore

/// Word lists the stages share: titles, role nouns and their synonym classes, pronouns, groups,
/// organisation words and function words. Tables, not scattered literals.
enum Lexicon {
  /// One record of `data/nouns.txt`: a noun or title of people and sources.
  struct NounRecord: Sendable, Equatable {
    var word: String
    var flags: Set<String>
    var roleClass: String?
    /// The word a title's abbreviation stands for: "senator" for "sen".
    var standsFor: String? = nil
  }

  /// The records of `data/nouns.txt`, from which the noun classes below are generated.
  static let nouns: [NounRecord] = EmbeddedData.entries(of: "nouns.txt").compactMap { line in
    let fields = EmbeddedData.fields(line, separator: "\t")
    guard fields.count == 4, !fields[0].isEmpty else { return nil }
    return NounRecord(
      word: fields[0], flags: Set(EmbeddedData.fields(Substring(fields[1]), separator: ",", omittingEmpty: true)),
      roleClass: fields[2].isEmpty ? nil : fields[2], standsFor: fields[3].isEmpty ? nil : fields[3])
  }

  /// The titles' abbreviations and the words they stand for: "sen" → "senator" (`RoleForm`).
  static let titleAbbreviations: [String: String] = Dictionary(
    nouns.compactMap { record in record.standsFor.map { (record.word, $0) } }, uniquingKeysWith: { first, _ in first })

  /// What is wrong with the noun records: duplicate words or unknown flags. Empty for sound data.
  static func problems(inNouns records: [NounRecord]) -> [String] {
    var seen: Set<String> = []
    var problems: [String] = []
    let flags: Set<String> = [
      "title", "honorific", "group", "source", "postnominal", "kind", "holding", "club", "account", "regnal",
    ]
    for record in records {
      if !seen.insert(record.word).inserted { problems.append("duplicate noun: \(record.word)") }
      for flag in record.flags.subtracting(flags) {
        problems.append("unknown flag \(flag) of \(record.word)")
      }
      if record.standsFor != nil && !record.flags.contains("title") {
        problems.append("an abbreviation of no title: \(record.word)")
      }
    }
    return problems
  }

  static func nouns(flagged flag: String) -> Set<String> { Set(nouns.filter { $0.flags.contains(flag) }.map(\.word)) }

  /// Words that stand before a name as its title ("President", "Sen.", "Americanist").
  static let titles = nouns(flagged: "title")
  /// Words that are a title only right after another: "Det Con Lisa Shaw" (Detective Constable), where "Con"
  /// alone is a given name ("Con O'Neill"); with the titles they follow and the word they stand for.
  static let titlesAfterTitle: KeyTable<(after: Set<String>, standsFor: String)> = [
    "con": (after: ["det"], standsFor: "constable")
  ]
  /// Words that are a title only before another title: "Prime Minister Ann Vey", but "Amazon Prime Video" names no
  /// one called Video.
  static let titlesBeforeTitle: Set<String> = ["prime"]
  /// Titles of a monarch, a prince or a pope, which stay with a single name as part of it: "Pope Francis".
  static let regnalTitles = WordSet(nouns(flagged: "regnal"))
  /// Honorifics dropped from a canonical name ("Mr. Podesta" → "Podesta").
  static let honorifics = nouns(flagged: "honorific")
  /// The honorifics that say a gender: "Mr Smith" is no Jane Smith.
  static let honorificGenders: [String: WorldKnowledge.Gender] = [
    "mr": .male, "lord": .male, "sir": .male, "mrs": .female, "ms": .female, "miss": .female, "lady": .female,
    "dame": .female, "baroness": .female,
  ]
  /// Nouns of a person that say the person's gender beyond a "-man" or "-woman" ending ("a spokeswoman").
  static let personNounGenders: [String: WorldKnowledge.Gender] = [
    "mother": .female, "wife": .female, "daughter": .female, "sister": .female, "girl": .female, "aunt": .female,
    "grandmother": .female, "niece": .female, "widow": .female, "actress": .female, "girlfriend": .female,
    "man": .male, "father": .male, "husband": .male, "son": .male, "brother": .male, "boy": .male, "uncle": .male,
    "grandfather": .male, "nephew": .male, "widower": .male, "actor": .male, "boyfriend": .male,
  ]

  /// The gender a noun of a person says: "spokeswoman", "mother" (female); "chairman", "father" (male); nil for
  /// one that does not ("spokesperson", "official", "German", "human").
  static func gender(ofPersonNoun noun: String) -> WorldKnowledge.Gender? {
    if let gender = personNounGenders[noun] { return gender }
    if noun.hasSuffix("woman") { return .female }
    guard noun.count > 3, noun.hasSuffix("man"), noun != "human",
      WorldKnowledge.shared.demonymCountry[noun] == nil
    else { return nil }
    return .male
  }

  /// Role nouns and the class each belongs to: a mention "the leader" can stand for a "president".
  static let roleClasses: [String: String] = Dictionary(
    nouns.compactMap { record in record.roleClass.map { (record.word, $0) } }, uniquingKeysWith: { first, _ in first })
  /// Plural or anonymous sources: a group, not a person.
  static let groupNouns = nouns(flagged: "group")
  /// Singular nouns that name an anonymous source: "a source said", "the official said".
  static let sourceNouns = nouns(flagged: "source")
  /// Letters after a name that belong to the person ("Kama Melly QC", "King Jr"), not to an organisation.
  static let postnominals = nouns(flagged: "postnominal")
  /// Kinds of organisation: in lower case just before a name they say what it names ("the daily newspaper
  /// Magyar Nemzet", "the supermarket Ocado").
  static let organisationKinds = WordSet(nouns(flagged: "kind"))
  /// What only an organisation has, after a possessive name: "John Lewis's stores".
  static let organisationHoldings = nouns(flagged: "holding")
  /// Where one posts, after a possessive name whose owner speaks through it: "Ann Vey's Facebook page".
  static let postingAccounts = nouns(flagged: "account")
  /// Roles in a club or a team, which say in lower case right after a single name that it is the club's:
  /// "Arsenal boss Mikel Arteta", "Chelsea captain".
  static let clubRoles = WordSet(nouns(flagged: "club"))

  static let personalPronouns: WordSet = ["he", "she", "him", "her", "i", "me", "we", "us", "you"]
  static let groupPronouns: WordSet = ["they", "them", "we", "us"]

  /// Words that cannot be inside a speaker's noun phrase.
  static let clauseWords: Set<String> = [
    "that", "which", "who", "whom", "whose", "is", "was", "are", "were", "be", "been", "being", "has", "have",
    "had", "would", "will", "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do",
    "if", "when", "because", "while", "whilst", "although", "though", "but", "so", "than", "then", "not", "to",
    "it", "this", "these", "those", "there", "where", "what", "why", "how", "whether", "as", "after",
    "before", "since", "until", "unless", "also", "and", "or", "nor", "yet", "don't", "doesn't", "didn't",
    "don’t", "doesn’t", "didn’t", "won't", "won’t", "can't", "can’t", "whenever", "wherever", "whereas",
  ]

  /// Auxiliaries and adverbs that may stand between a subject and its cue: "has also said".
  static let cueModifiers: Set<String> = Set<String>([
    "has", "have", "had", "also", "later", "then", "previously", "recently", "repeatedly", "often",
    "once", "again", "will", "would", "may", "might", "could", "should", "did", "does", "do", "reportedly",
    "further", "publicly", "privately", "frequently", "always", "never", "already", "still", "has",
    "long", "even", "quickly", "flatly", "simply", "openly", "explicitly", "directly", "separately",
    "earlier", "first", "had", "is", "was", "are", "were", "been", "be", "just", "too", "similarly",
    "likewise", "ultimately", "finally", "initially", "subsequently", "immediately", "specifically",
    "and", "who", "which", "that", "not", "n't", "itself", "himself", "herself", "themselves", "since",
  ]).union(negatedAuxiliaryContractions)

  /// An auxiliary and "not" in one word, with a straight or a curly apostrophe: "don't", "didn’t", "won't".
  static let negatedAuxiliaryContractions: Set<String> = Set(
    [
      "do", "does", "did", "has", "have", "had", "would", "could", "should", "must",
    ].flatMap { stem in ["\(stem)n't", "\(stem)n’t"] } + ["won't", "won’t", "can't", "can’t"]
      + negatedFormsOfBe)

  /// A form of "be" and "not" in one word, whose past participle after it is a passive: "wasn't told".
  static let negatedFormsOfBe: Set<String> = Set(
    ["is", "was", "are", "were"].flatMap { stem in ["\(stem)n't", "\(stem)n’t"] })
  /// The forms of "be" with their negations in one word: what makes a past participle after it a passive.
  static let formsOfBeAndNegations = WordSet(formsOfBe.union(negatedFormsOfBe))

  /// Leading words of a sentence that are not part of its subject: "But he said …".
  static let sentenceOpeners: Set<String> = [
    "but", "and", "so", "yet", "however", "still", "meanwhile", "now", "then", "also", "indeed", "instead",
    "moreover", "furthermore", "nevertheless", "nonetheless", "thus", "hence", "besides", "later",
    "earlier", "separately", "finally", "overall", "similarly", "likewise", "yesterday", "today",
    "afterwards", "afterward", "once", "well", "now", "here", "there", "additionally", "again", "regarding",
    "maybe", "perhaps", "back", "elsewhere", "consequently", "accordingly", "notably", "ultimately",
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
    "days", "day", "weeks", "ago", "overnight", "minutes", "shortly", "soon", "past", "weekend", "months",
    "years",
  ]

  /// Prepositions that open an adjunct after a cue ("said in a statement", "wrote on Twitter"), never a subject.
  static let adjunctPrepositions: Set<String> = [
    "in", "on", "at", "during", "via", "through", "to", "with", "from", "after", "before", "for", "over", "of",
    "about",
  ]

  /// Nouns of an audience that a speaker tells or addresses: "told a news conference", "told the jury".
  static let audienceNouns: WordSet = [
    "conference", "crowd", "audience", "meeting", "rally", "court", "jury", "committee", "hearing", "briefing",
    "summit", "gathering", "panel", "assembly", "legislature", "chamber", "inquiry", "tribunal", "forum",
    "session", "congregation", "convention", "reporters", "journalists", "hall", "dinner", "luncheon", "breakfast",
    "gala", "event", "fundraiser", "roundtable", "seminar", "lecture", "reception", "ceremony", "vigil",
    "press", "media", "public", "nation", "world", "country", "parliament", "senate", "house", "cabinet", "council",
    "board", "staff", "employees", "workers", "members", "supporters", "students", "viewers", "listeners",
    "readers", "delegates", "lawmakers", "legislators", "investors", "analysts", "residents", "voters", "troops",
    "clients", "shareholders", "customers", "donors", "colleagues", "followers",
    "newspaper", "magazine", "broadcaster", "network", "outlet", "television", "radio", "tv", "daily",
  ]

  /// What an outlet broadcasts or prints, named after it as an addressee: "told BBC Radio 4's Today programme".
  static let programmeNouns: WordSet = ["programme", "program", "show", "podcast", "newspaper", "website"]

  /// Nouns of works whose title a quote may give: "the film “The Long Road Home”", "her album, “Northern Lights,”".
  static let workNouns: WordSet = [
    "film", "movie", "book", "novel", "album", "song", "single", "play", "series", "documentary", "memoir",
    "musical", "opera", "poem", "painting", "exhibition", "episode", "sitcom", "game", "anthem", "hymn",
    "programme", "program", "show", "podcast",
  ]

  /// Makers whose work's title follows "of": "author of “Empire of the Fund”", "director of “Alien”".
  static let makerNouns: WordSet = [
    "author", "director", "creator", "writer", "producer", "editor", "host", "composer", "star",
  ]

  /// Whether `word` names a work's maker, alone or shared: "author", "co-editor".
  static func isMakerNoun(_ word: String) -> Bool {
    makerNouns.contains(word.hasPrefix("co-") ? String(word.dropFirst(3)) : word)
  }

  /// Words that make a role another office than the role without them: the shadow health secretary is not the
  /// health secretary, the former president not the president.
  static let otherOfficeWords: WordSet = ["shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "lieutenant"]

  /// The portfolios of an office, which tell two ministers or secretaries apart: "the health minister" is not
  /// "Energy Minister Raj Patel".
  static let portfolios: WordSet = [
    "health", "energy", "finance", "financial", "foreign", "defence", "defense", "interior", "justice",
    "education", "transport", "transportation", "environment", "environmental", "agriculture", "trade",
    "labour", "labor", "culture", "treasury", "economy", "economic", "housing", "immigration", "tourism",
    "sport", "sports", "home", "security", "communications", "infrastructure", "fisheries", "veterans",
    "commerce", "industry", "aviation", "police", "fire", "water", "welfare", "pensions",
  ]

  /// Prepositions that open a phrase of time, cause or concession before a clause, but no adjunct after a cue:
  /// "Ahead of the vote, …", "Despite the losses, …", "Amid the protests, …", "Absent a deal, …".
  static let leadInPrepositions: WordSet = [
    "ahead", "amid", "amidst", "despite", "following", "throughout", "under", "unlike", "within", "without",
    "absent",
  ]

  /// Prepositions: the adjuncts' and those that tie a noun to another ("among", "by", "between").
  static let prepositions = adjunctPrepositions.union(["among", "amongst", "by", "between"])

  /// Prepositions of place or occasion that are no adjunct prepositions of a frame, but may stand between
  /// the one told and "that": "told reporters outside the courthouse that …".
  static let placePrepositions: WordSet = ["outside", "inside", "near", "amid", "following", "aboard"]

  /// Prepositions that may follow the verb of a frame after its content, opening a place, a time or a
  /// circumstance ("“…,” she exclaimed upon seeing him"), and the particles of phrasal verbs of speech
  /// ("“Mexico!” the audience screamed back", "the crowd cried out").
  static let framePrepositions: WordSet = [
    "upon", "outside", "inside", "after", "before", "from", "near", "amid", "amidst", "while", "whilst", "as",
    "behind", "across", "back", "out", "aboard",
  ]

  /// Words that end a passive's agent, opening a time or a channel after it: "by the mayor on Friday",
  /// "by his son via Twitter".
  static let agentEnders: WordSet = ["on", "in", "at", "during", "last", "this", "earlier", "via", "through"]

  /// Words before a colon that label a link, a photo or a video at a sentence's start, whose quoted
  /// title is no one's words: "Read more:", "Watch:", "Photo:", "See also:".
  static let linkLabels: WordSet = [
    "more", "watch", "listen", "also", "related", "photo", "photos", "video", "image", "images", "credit",
  ]

  /// Words set between commas after a subject that tie the sentence to the text around it and say nothing
  /// of the subject: "Student groups, meanwhile, said …", "The union, for its part, said …".
  static let parentheticals: WordSet = [
    "meanwhile", "however", "though", "too", "also", "instead", "nonetheless", "nevertheless", "in turn",
    "for its part", "for his part", "for her part", "for their part", "in contrast", "by contrast", "in response",
    "separately", "likewise", "similarly", "in the meantime", "in addition", "moreover", "for example",
    "for instance", "in fact", "of course", "again", "later", "earlier", "then", "in particular",
  ]

  /// Words that open a time only before a word of time: "on Friday", "earlier this year".
  /// What an unnamed source asks for, after "asked" or "requested": not claims, but why the source is unnamed
  /// ("a nurse, who asked not to be named, said …", "officials who requested anonymity said …").
  static let anonymityRequests: [[String]] = [
    ["not", "to", "be"], ["to", "not", "be"], ["for", "anonymity"], ["anonymity"], ["to", "remain", "anonymous"],
    ["that", "his", "name"], ["that", "her", "name"], ["that", "their", "names"], ["not", "to", "use"],
    ["not", "to", "publish"], ["not", "to", "reveal"], ["not", "to", "give"], ["not", "to", "print"],
  ]

  static let timeOpeners: WordSet = ["on", "this", "last", "earlier"]

  /// Participles of what came of words, whose phrase quotes others: "…, sparking a “furious” reply".
  static let consequenceParticiples: WordSet = [
    "sparking", "prompting", "drawing", "triggering", "causing", "provoking", "earning", "inviting", "eliciting",
  ]

  /// Words that place an office in time, which make no role on their own: "former" of "former Trump adviser
  /// Steve Bannon" is the adviser's, not Trump's.
  static let officeTimeWords: WordSet = [
    "former", "current", "then", "acting", "late", "outgoing", "incoming", "interim", "future", "incumbent", "ex",
  ]

  /// The lemmas of the cues with which an outlet publishes what it found (a claim with no cue counts as one): an
  /// outlet's name with another cue may be a person's family name ("Fox added that …" of "Const. Mike Fox").
  static let publishingCues: Set<String> = ["", "report", "reveal", "estimate", "find", "show", "according-to"]

  /// Past tenses without "-ed" that a name before them makes a clause of: "Dana Fell held a press
  /// conference", "Ware spoke about Lund".
  static let irregularPasts: WordSet = [
    "held", "made", "took", "gave", "won", "led", "met", "sent", "went", "came", "saw", "put", "brought",
    "found", "left", "kept", "ran", "began", "told", "said", "wrote", "spoke", "thought", "knew", "became",
    "lost", "got", "paid", "sold", "bought", "built", "sought", "meant", "stood", "drove",
    "flew", "threw", "broke", "chose", "fled", "spent", "caught", "taught", "forgot", "understood",
    "rose", "fell", "grew", "sank", "struck", "fought", "drew",
  ]

  /// Past tenses that are no participle of their verb ("spoke", not "spoken"), and "met", and no noun ("rose",
  /// "saw" are): after "and" they are a second verb of the subject, never a word of a noun phrase ("a ban on night
  /// flights and met with residents").
  static let pastOnlyForms: WordSet = [
    "took", "gave", "went", "came", "began", "wrote", "spoke", "knew", "became", "drove", "flew", "threw",
    "broke", "chose", "fell", "grew", "sank", "drew", "forgot", "ran", "met", "said", "told",
  ]

  /// Participles that say how one feels, whose subject may have said the words quoted after them: "was delighted
  /// with the “gutsy” win".
  static let feelingParticiples: WordSet = [
    "delighted", "pleased", "disappointed", "thrilled", "excited", "frustrated", "outraged", "worried", "concerned",
    "shocked", "surprised", "stunned", "saddened", "angered", "relieved", "impressed", "satisfied", "dismayed",
    "amazed", "horrified", "appalled", "heartened", "devastated", "annoyed", "moved", "touched", "offended",
    "insulted", "alarmed", "troubled", "disgusted", "baffled", "puzzled", "confused", "embarrassed", "humbled",
    "honoured", "honored", "unmoved", "unimpressed", "unconvinced", "elated", "overjoyed", "bemused",
  ]

  /// Past participles without "-ed" that open a phrase set between commas: "The study, led by two economists,".
  static let irregularParticiples: WordSet = [
    "led", "held", "made", "written", "given", "taken", "shown", "seen", "known", "drawn", "built", "sent",
    "brought", "bought", "paid", "run", "chosen", "spoken", "put", "broadcast",
  ]

  /// Participles that name a document's author in the phrase "by" ends: "a memo written by the deputy", "The
  /// report, released by the institute, says" (not who paid for it, obtained, read or answered it: "The memo,
  /// obtained by the paper, says" is the memo's).
  static let authorshipParticiples: WordSet = [
    "released", "published", "issued", "written", "signed", "co-signed", "posted", "tweeted", "conducted",
    "led", "prepared", "compiled", "produced", "authored", "co-authored", "filed", "sent", "drafted", "presented",
    "submitted", "delivered", "made", "given", "launched", "put", "carried", "circulated", "distributed",
    "unveiled", "penned", "recorded", "broadcast", "uploaded", "shared",
  ]

  /// Words of a time of day or week after a weekday or "last": "Friday night", "last week".
  static let timeOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"]
  /// Words of time, with the plurals that a count takes: "two days later".
  static let timeUnits = timeOfDay.union(["days", "weeks", "months", "years", "hours", "day", "hour"])
  /// The days named from today: a time in lower case ("said yesterday the port …"), no time in a name ("USA Today").
  static let relativeDays: Set<String> = ["yesterday", "today", "tonight", "tomorrow"]
  /// Hours of the day that have a name: "by noon".
  static let hoursOfDay: WordSet = ["noon", "midnight", "midday"]
  /// The abbreviations of a time of day with no dots: "9 am", "5 pm" (with dots: `SentenceSplitter.clockTimes`).
  static let clockWords: WordSet = ["am", "pm"]
  /// Words that close a time counted back or forward: "a few days later", "two weeks ago".
  static let timeClosers: Set<String> = ["later", "earlier", "ago", "afterwards", "afterward"]

  /// Participles that work as prepositions: after a comma they go on with the content ("… has three
  /// plans for cutting the deficit, including the fuel duty"), where other participles end it.
  static let prepositionalParticiples: WordSet = [
    "including", "excluding", "regarding", "concerning", "involving", "barring", "pending",
  ]

  /// The words of a compass, which name a region in a body's name of any kind ("Southern Vale Water",
  /// "Northern Health Board").
  static let compassWords: Set<String> = [
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "north-east",
    "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
  ]
  /// The modal verbs: a verb's bare form follows them.
  static let modalVerbs: Set<String> = ["will", "would", "could", "should", "can", "may", "might", "must"]
  /// Auxiliary and modal verbs: a phrase holding one is a clause, not a name of a source.
  static let auxiliaries: Set<String> = modalVerbs.union([
    "have", "has", "had", "is", "are", "was", "were", "did", "does", "do",
  ])

  /// The forms of "be": before a participle they make a passive.
  static let formsOfBe: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "’s", "'s"]
  /// The forms of "be" that no clause has as its finite verb.
  static let nonFiniteBe: WordSet = ["be", "been", "being"]
  /// The auxiliaries and the forms of "be" in one set: a word of either opens or holds a verb ("had", "was").
  static let auxiliariesAndBe = WordSet(auxiliaries.union(formsOfBe))

  /// The words of one who speaks of themselves: "I", "me", "my", "we", "our" …
  static let firstPersonWords: WordSet = ["i", "me", "my", "mine", "we", "us", "our", "ours", "i'm", "i’m"]
  /// The words that stand for one person, "I" aside (which is asked as written): "me", "his", "herself" …
  static let onePersonsWords: WordSet = ["me", "my", "myself", "his", "him", "himself", "her", "herself"]

  /// The articles, before a noun or its adjective.
  static let articles: WordSet = ["the", "a", "an"]

  /// Count words of more than one: "two Post-Soviet states".
  static let pluralCounts: WordSet = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"]

  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// Addressees of "told": never the speaker.
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your", "some", "many",
    "several", "most", "two", "three", "four", "five", "one", "another", "other", "few", "no", "each",
    "every", "all", "both", "such", "these", "those",
  ]

  /// Lower-case words inside a name, one or two before the family name: the surnames' particles
  /// (`PeopleIndex.surnameParticles`: "de Blasio", "de la Cruz"), and "ben", "ten", "abu", "st" of given names and
  /// saints ("Omar ben Ali", "Karim abu Zaid").
  static let nameParticles: Set<String> = PeopleIndex.surnameParticles.union(["ben", "ten", "abu", "st"])

  static let monthNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
  ]

  /// Words in "-ly" that are no adverbs of manner.
  static let notMannerAdverbs: WordSet = [
    "early", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "family", "assembly", "rally", "ally",
    "reply", "supply", "apply", "comply", "rely", "tally", "only", "likely", "unlikely", "friendly", "elderly",
  ]

  /// Words after which a word in "-ly" is a noun or an adjective: "the family", "her ally".
  static let nounOpeners: WordSet = [
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "whose",
  ]

  /// Words that stand for people before a restrictive "who": "some who advocate …", "others who have …".
  static let indefiniteGroups: WordSet = [
    "some", "others", "those", "many", "few", "several", "anyone", "everyone", "people", "all", "another",
  ]
}
