/// Everyone quoted (or proposing) across a corpus: one entry per person, however many articles name them.
///
/// Names are compared by `nameKey` (case, accents and spacing ignored: "Erdogan" is "Erdoğan"). A bare
/// surname ("Trump") joins the full name that ends with it ("Donald Trump") only when the corpus has
/// exactly one such person; with two ("Joe Biden", "Hunter Biden") it stays apart. The one name that adds
/// middle names to a first and last name ("John R. Bolton", "John Bolton") joins it the same way. The first spelling
/// seen is shown (but not one in capitals, as a transcript's label writes it, when another is seen); roles keep
/// their first-seen order without repeats (ignoring case).
///
/// `people` lists those quoted (as `sayso people` does); `people(includingProposers: true)` adds those
/// who only made proposals (as the reader's People view does).
public struct PeopleIndex: Sendable {
  /// One person across the corpus.
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var roles: [String]
    public var quotes: Int
    /// How many proposals the corpus attributes to the person.
    public var proposals: Int
    /// Paths of the articles that quote the person or report their proposals, in corpus order; empty
    /// when an index counted them without listing them (`articleCount`).
    public var articles: [String]
    /// How many articles quote the person or report their proposals.
    public var articleCount: Int

    /// An entry; `articleCount` is the number of `articles` unless given.
    public init(
      name: String, roles: [String], quotes: Int, proposals: Int = 0, articles: [String], articleCount: Int? = nil
    ) {
      self.name = name
      self.roles = roles
      self.quotes = quotes
      self.proposals = proposals
      self.articles = articles
      self.articleCount = articleCount ?? articles.count
    }

    mutating func absorb(_ other: Entry) {
      // ("Jane Okoro" rather than a transcript's "JANE OKORO")
      if name == name.uppercased(), other.name != other.name.uppercased() { name = other.name }
      if !other.roles.isEmpty {
        var known = Set(roles.map(nameKey))
        for role in other.roles where known.insert(nameKey(role)).inserted { roles.append(role) }
      }
      quotes += other.quotes
      proposals += other.proposals
      for path in other.articles where !articles.contains(path) { articles.append(path) }
      // Entries counted by an index list no paths: their counts add up (an article naming a surname
      // and the full name it joins is counted twice; the index counts those again).
      articleCount = articles.isEmpty ? articleCount + other.articleCount : articles.count
    }
  }

  private var entries: [String: Entry] = [:]
  /// Keys in the order first seen, so merging is the same on every run.
  private var order: [String] = []
  /// Keys of the people an analysis lists as quoted (the rest only made proposals).
  private var quoted: Set<String> = []

  public init() {}

  /// Adds the people of one analysed article: those it quotes, and those whose proposals it reports.
  public mutating func add(_ analysis: ArticleAnalysis) {
    let path = analysis.article.path
    for person in analysis.people {
      quoted.insert(nameKey(person.name))
      note(Entry(name: person.name, roles: person.roles, quotes: person.quotes, articles: [path]))
    }
    for proposal in analysis.proposals {
      guard let proposer = proposal.proposer else { continue }
      note(
        Entry(name: proposer.name, roles: proposer.role.map { [$0] } ?? [], quotes: 0, proposals: 1, articles: [path]))
    }
  }

  /// Adds one person as noted elsewhere (an index's row for one article, or for several): the same
  /// as noting each of its appearances in turn, for entries given in the order first seen.
  ///
  /// - Parameter quoted: whether the person is quoted (not only reported proposing).
  public mutating func add(_ entry: Entry, quoted isQuoted: Bool) {
    if isQuoted { quoted.insert(nameKey(entry.name)) }
    note(entry)
  }

  /// Everyone noted, one entry per name key in the order first seen (no surname joined yet), with the
  /// key and whether they were quoted: what an index keeps per article.
  public var noted: [(key: String, entry: Entry, quoted: Bool)] {
    order.map { ($0, entries[$0]!, quoted.contains($0)) }
  }

  /// Adds one entry as it stands (e.g. a person read back from an index): it joins the entry of the same
  /// name, if any.
  public mutating func add(_ entry: Entry) {
    if entry.quotes > 0 { quoted.insert(nameKey(entry.name)) }
    note(entry)
  }

  private mutating func note(_ entry: Entry) {
    let key = nameKey(entry.name)
    if entries[key] == nil {
      order.append(key)
      entries[key] = Entry(name: entry.name, roles: [], quotes: 0, articles: [])
    }
    entries[key]!.absorb(entry)
  }

  /// Everyone quoted, bare surnames joined to their one full name, most quoted first, then by name.
  public var people: [Entry] { people(includingProposers: false) }

  /// Everyone, bare surnames joined to their one full name; with `includingProposers`, those who only
  /// made proposals too, ranked by quotes and proposals together.
  public func people(includingProposers: Bool) -> [Entry] {
    joined(includingProposers: includingProposers).map(\.entry)
  }

  /// `people(includingProposers:)` with the name keys each entry joins: its own, then a bare surname's.
  public func joined(includingProposers: Bool) -> [(entry: Entry, keys: [String])] {
    var merged = entries
    var keys: [String: [String]] = [:]
    var quoted = quoted
    for (key, full) in joins() {
      guard let single = merged[key] else { continue }
      merged[full]!.absorb(single)
      keys[full, default: [full]].append(key)
      merged[key] = nil
      if quoted.contains(key) { quoted.insert(full) }
    }
    let weight: (Entry) -> Int = includingProposers ? { $0.quotes + $0.proposals } : { $0.quotes }
    let listed = order.filter { includingProposers || quoted.contains($0) }
    return listed.compactMap { key in merged[key].map { ($0, keys[key] ?? [key]) } }.sorted {
      (weight($1.entry), $0.entry.name.lowercased()) < (weight($0.entry), $1.entry.name.lowercased())
    }
  }

  /// The names that join another's entry, as (key, key of the entry joined). A bare surname joins the one
  /// full name that ends with it (none for a surname that two full names share); a surname keeps its
  /// particles: "de blasio" joins "bill de blasio".
  ///
  /// The one name of the corpus that adds middle names or initials to a first and last name joins it,
  /// as the shorter is how the person is mostly named ("john r. bolton" joins "john bolton"; with "george
  /// w. bush" and "george h. w. bush" both, each stays apart); a bare surname then counts them as one.
  /// So does a full name spelled with "el-" for the "al-" of the name first seen ("abdel fattah el-sisi"), or
  /// with a letter doubled that it writes once, as transliterations differ ("volodymyr zelenskyy").
  private func joins() -> [(key: String, into: String)] {
    var firstSpelling: [String: String] = [:]
    let respelled: [(key: String, into: String)] = order.compactMap { key in
      guard !Self.isBareSurname(key) else { return nil }
      let folded = key.spaceSeparatedWords.map {
        Self.singledLetters($0.hasPrefix("el-") ? "al-" + $0.dropFirst(3) : $0)
      }.joined(separator: " ")
      guard let first = firstSpelling[folded] else {
        firstSpelling[folded] = key
        return nil
      }
      return (key, first)
    }
    var fullerNames: [String: [String]] = [:]
    for key in order {
      let words = key.spaceSeparatedWords
      guard words.count >= 3, !Self.isBareSurname(key) else { continue }
      fullerNames[words[0] + " " + words[words.count - 1], default: []].append(key)
    }
    let lengthened: [(key: String, into: String)] = order.compactMap { key in
      guard key.spaceSeparatedWords.count == 2, !Self.isBareSurname(key), let fuller = fullerNames[key],
        fuller.count == 1
      else { return nil }
      return (fuller[0], key)
    }
    let joinedLong = Set(lengthened.map(\.key) + respelled.map(\.key))
    var fullNamesBySurname: [String: [String]] = [:]
    for key in order where !Self.isBareSurname(key) && !joinedLong.contains(key) {
      for surname in Self.surnames(of: key) { fullNamesBySurname[surname, default: []].append(key) }
    }
    let surnames: [(key: String, into: String)] = order.compactMap { key in
      guard Self.isBareSurname(key), let full = fullNamesBySurname[key], full.count == 1 else { return nil }
      return (key, full[0])
    }
    // a join may lead to a name that joins another ("ahmed k. el-sisi" → "ahmed el-sisi" → "ahmed
    // al-sisi"): each name joins the entry at the end of its chain
    var into: [String: String] = [:]
    for (key, target) in respelled + lengthened + surnames where into[key] == nil && key != target {
      into[key] = target
    }
    func end(of key: String) -> String {
      var current = key
      var steps = 0
      while let next = into[current], steps < into.count {
        current = next
        steps += 1
      }
      return current
    }
    return order.compactMap { key in into[key] == nil ? nil : (key, end(of: key)) }
  }

  /// A word with each run of one letter written once: "zelenskyy" → "zelensky", "gaddafi" → "gadafi".
  static func singledLetters(_ word: Substring) -> String {
    var out = ""
    for character in word where character != out.last || !character.isLetter { out.append(character) }
    return out
  }

  /// Lower-case words that belong to a surname: "de Blasio", "van Halen", "bin Salman".
  public static let surnameParticles: Set<String> = [
    "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "del", "dos", "das", "bin", "ibn", "al", "el",
    "ter", "dela", "della", "los", "las",
  ]

  /// The surnames a full name's key ends with: the last word, then with each particle before it
  /// ("bill de blasio" → "blasio", "de blasio"). The first word is never one.
  public static func surnames(of key: String) -> [String] {
    let words = key.spaceSeparatedWords
    guard var start = words.indices.last else { return [] }
    var surnames = [String(words[start])]
    while start > 1, surnameParticles.contains(String(words[start - 1])) {
      start -= 1
      surnames.append(words[start...].joined(separator: " "))
    }
    return surnames
  }

  /// A name key that is a surname alone, with its particles: "trump", "de blasio".
  static func isBareSurname(_ key: String) -> Bool {
    key.spaceSeparatedWords.dropLast().allSatisfy { surnameParticles.contains(String($0)) }
  }

  /// Who each name stands for across the corpus, as `people` merges them: the key of every name seen
  /// (`nameKey`) mapped to its entry's key and shown name. "okoro" maps to ("jane okoro", "Jane Okoro")
  /// when the corpus has one person of that surname.
  public func canonicalNames() -> [String: (key: String, name: String)] {
    var result: [String: (key: String, name: String)] = [:]
    for key in order { result[key] = (key, entries[key]!.name) }
    for (key, full) in joins() { result[key] = (full, entries[full]!.name) }
    return result
  }

  /// Whether two name keys may stand for one person: the same key, a bare surname and a full name
  /// ending with it, or a first and last name and the same with middle names (the corpus decides which
  /// person a shorter name is; see `canonicalNames()`).
  public static func mayBeSamePerson(_ first: String, _ second: String) -> Bool {
    if first == second { return true }
    let (short, long) = first.count < second.count ? (first, second) : (second, first)
    if isBareSurname(short) { return long.hasSuffix(" " + short) }
    // a first and last name, and the same with middle names or initials
    let (shortWords, longWords) = (short.spaceSeparatedWords, long.spaceSeparatedWords)
    return shortWords.count == 2 && longWords.count >= 3 && shortWords[0] == longWords[0]
      && shortWords[1] == longWords[longWords.count - 1]
  }
}
