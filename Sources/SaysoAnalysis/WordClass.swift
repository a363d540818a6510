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
  /// "according", which opens the according-to template.
  static let according = WordClass(rawValue: 1 << 16)
  /// `Lexicon.groupNouns`: "officials", "experts".
  static let groupNoun = WordClass(rawValue: 1 << 17)
  /// `Lexicon.sourceNouns`: "source", "official".
  static let sourceNoun = WordClass(rawValue: 1 << 18)
  /// `Lexicon.postnominals`: "qc", "jr".
  static let postnominal = WordClass(rawValue: 1 << 19)
  /// `SpeakerPhraseParser.documentNouns`: "statement", "speech".
  static let documentNoun = WordClass(rawValue: 1 << 20)
  /// `WorldKnowledge.organisationWords` (data/organisation-words.txt): "bank", "ministry".
  static let organisationWord = WordClass(rawValue: 1 << 21)
  /// `Lexicon.prepositions`: "in", "with", "by".
  static let preposition = WordClass(rawValue: 1 << 22)
  /// `Lexicon.timeUnits`: "night", "week", "days".
  static let timeUnit = WordClass(rawValue: 1 << 23)
  /// `Lexicon.timeClosers`: "later", "ago".
  static let timeCloser = WordClass(rawValue: 1 << 24)
  /// `Lexicon.roleClasses`: "minister", "spokeswoman", "coach".
  static let roleNoun = WordClass(rawValue: 1 << 25)
  /// `Lexicon.relativeDays`: "yesterday", "today".
  static let relativeDay = WordClass(rawValue: 1 << 26)
  /// `Attributor.hearsayAdverbs`: "reportedly".
  static let hearsayAdverb = WordClass(rawValue: 1 << 27)

  /// Every listed word with the classes it belongs to.
  static let table: [String: WordClass] = {
    var classesByWord: [String: WordClass] = [:]
    let lists: [(Set<String>, WordClass)] = [
      (Lexicon.titles, .title), (Lexicon.determiners, .determiner), (Lexicon.sentenceOpeners, .sentenceOpener),
      (Lexicon.monthNames, .month), (Lexicon.cueAdjuncts, .cueAdjunct), (Lexicon.clauseWords, .clauseWord),
      (Lexicon.nameParticles, .nameParticle), (Lexicon.cueModifiers, .cueModifier),
      (Lexicon.honorifics, .honorific), (Lexicon.weekdays, .weekday), (CueFinder.anyCueWord, .cueWord),
      (Attributor.frameStops, .frameStop), (Attributor.objectWords, .objectWord), (NameScanner.notNames, .notName),
      (SpeakerPhraseParser.postModifiers, .postModifier),
      (ProposalDetector.firstWords.union(ProposalDetector.nouns), .proposalStart),
      (["according"], .according), (Lexicon.groupNouns, .groupNoun), (Lexicon.sourceNouns, .sourceNoun),
      (Lexicon.postnominals, .postnominal), (SpeakerPhraseParser.documentNouns, .documentNoun),
      (WorldKnowledge.shared.organisationWords, .organisationWord), (Lexicon.prepositions, .preposition),
      (Lexicon.timeUnits, .timeUnit), (Lexicon.timeClosers, .timeCloser),
      (Set(Lexicon.roleClasses.keys), .roleNoun), (Lexicon.relativeDays, .relativeDay),
      (Attributor.hearsayAdverbs, .hearsayAdverb),
    ]
    for (words, wordClass) in lists {
      for word in words { classesByWord[word, default: []].insert(wordClass) }
    }
    return classesByWord
  }()

  static func of(_ lower: String) -> WordClass { FastTable.shared.classes(of: lower) }

  /// An open-addressing table keyed by an FNV-1a hash of the UTF-8 bytes: one cheap hash per token
  /// instead of Swift's SipHash, with the word compared only when the hash matches.
  final class FastTable: Sendable {
    static let shared = FastTable(WordClass.table)

    private let mask: Int
    private let hashes: [UInt64]
    private let words: [String]
    private let values: [WordClass]

    init(_ table: [String: WordClass]) {
      var size = 1
      while size < table.count * 4 { size <<= 1 }
      var hashes = [UInt64](repeating: 0, count: size)
      var words = [String](repeating: "", count: size)
      var values = [WordClass](repeating: [], count: size)
      for (word, value) in table {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & (size - 1)
        while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
        hashes[slot] = hash
        words[slot] = word
        values[slot] = value
      }
      mask = size - 1
      self.hashes = hashes
      self.words = words
      self.values = values
    }

    @inline(__always) static func hash(_ word: String) -> UInt64 {
      // on the UTF-8 in place (a word of up to 15 bytes is copied to the stack): iterating the String's
      // UTF-8 view costs several times more a byte
      word.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(Array(word.utf8))
    }

    @inline(__always) static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
      var state: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return state == 0 ? 1 : state
    }

    func classes(of word: String) -> WordClass {
      let hash = Self.hash(word)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while hashes[slot] != 0 {
        if hashes[slot] == hash && words[slot] == word { return values[slot] }
        slot = (slot + 1) & mask
      }
      return []
    }
  }
}
