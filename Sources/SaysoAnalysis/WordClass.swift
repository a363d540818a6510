/// The word lists a token belongs to, looked up once per token: membership tests in the hot loops
/// become bit tests instead of string hashing.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let title = WordClass(rawValue: 1 << 0)
  static let determiner = WordClass(rawValue: 1 << 1)
  static let sentenceOpener = WordClass(rawValue: 1 << 2)
  static let month = WordClass(rawValue: 1 << 3)
  static let cueAdjunct = WordClass(rawValue: 1 << 4)
  static let clauseWord = WordClass(rawValue: 1 << 5)
  static let nameParticle = WordClass(rawValue: 1 << 6)
  static let cueModifier = WordClass(rawValue: 1 << 7)
  static let honorific = WordClass(rawValue: 1 << 8)
  static let weekday = WordClass(rawValue: 1 << 9)
  static let cueWord = WordClass(rawValue: 1 << 10)
  static let frameStop = WordClass(rawValue: 1 << 11)
  static let objectWord = WordClass(rawValue: 1 << 12)
  static let notName = WordClass(rawValue: 1 << 13)
  static let postModifier = WordClass(rawValue: 1 << 14)
  /// Words that can open a proposal: "I propose", "we call on", "let us", "a proposal to".
  static let proposalStart = WordClass(rawValue: 1 << 15)

  /// Every listed word with the classes it belongs to.
  static let table: [String: WordClass] = {
    var t: [String: WordClass] = [:]
    let lists: [(Set<String>, WordClass)] = [
      (Lexicon.titles, .title), (Lexicon.determiners, .determiner), (Lexicon.sentenceOpeners, .sentenceOpener),
      (Lexicon.monthNames, .month), (Lexicon.cueAdjuncts, .cueAdjunct), (Lexicon.clauseWords, .clauseWord),
      (Lexicon.nameParticles, .nameParticle), (Lexicon.cueModifiers, .cueModifier),
      (Lexicon.honorifics, .honorific), (Lexicon.weekdays, .weekday), (CueFinder.anyCueWord, .cueWord),
      (Attributor.frameStops, .frameStop), (Attributor.objectWords, .objectWord), (NameScanner.notNames, .notName),
      (SpeakerPhraseParser.postModifiers, .postModifier),
      (ProposalDetector.firstWords.union(ProposalDetector.nouns), .proposalStart),
    ]
    for (words, cls) in lists {
      for w in words { t[w, default: []].insert(cls) }
    }
    return t
  }()

  static func of(_ lower: String) -> WordClass { table[lower] ?? [] }
}
