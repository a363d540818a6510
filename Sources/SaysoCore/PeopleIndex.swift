/// Everyone quoted (or proposing) across a corpus: one entry per person, however many articles name them.
///
/// Names are compared by `nameKey` (case, accents and spacing ignored: "Erdogan" is "Erdoğan"). A bare
/// surname ("Trump") joins the full name that ends with it ("Donald Trump") only when the corpus has
/// exactly one such person; with two ("Joe Biden", "Hunter Biden") it stays apart. The first spelling
/// seen is shown; roles keep their first-seen order without repeats (ignoring case).
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
    /// Paths of the articles that quote the person or report their proposals, in corpus order.
    public var articles: [String]

    public init(name: String, roles: [String], quotes: Int, proposals: Int = 0, articles: [String]) {
      self.name = name
      self.roles = roles
      self.quotes = quotes
      self.proposals = proposals
      self.articles = articles
    }

    mutating func absorb(_ other: Entry) {
      for role in other.roles where !roles.contains(where: { nameKey($0) == nameKey(role) }) { roles.append(role) }
      quotes += other.quotes
      proposals += other.proposals
      for path in other.articles where !articles.contains(path) { articles.append(path) }
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
    var merged = entries
    var quoted = quoted
    for (key, full) in surnameTargets() {
      guard let single = merged[key] else { continue }
      merged[full]!.absorb(single)
      merged[key] = nil
      if quoted.contains(key) { quoted.insert(full) }
    }
    let weight: (Entry) -> Int = includingProposers ? { $0.quotes + $0.proposals } : { $0.quotes }
    let listed = order.filter { includingProposers || quoted.contains($0) }
    return listed.compactMap { merged[$0] }.sorted {
      (weight($1), $0.name.lowercased()) < (weight($0), $1.name.lowercased())
    }
  }

  /// The bare surnames that join a full name: each surname's key and the key of the one full name
  /// that ends with it (none for a surname that two full names share).
  private func surnameTargets() -> [(surname: String, full: String)] {
    var fullNamesBySurname: [String: [String]] = [:]
    for key in order where key.contains(" ") {
      fullNamesBySurname[String(key.split(separator: " ").last!), default: []].append(key)
    }
    return order.compactMap { key in
      guard !key.contains(" "), let full = fullNamesBySurname[key], full.count == 1 else { return nil }
      return (key, full[0])
    }
  }

  /// Who each name stands for across the corpus, as `people` merges them: the key of every name seen
  /// (`nameKey`) mapped to its entry's key and shown name. "okoro" maps to ("jane okoro", "Jane Okoro")
  /// when the corpus has one person of that surname.
  public func canonicalNames() -> [String: (key: String, name: String)] {
    var result: [String: (key: String, name: String)] = [:]
    for key in order { result[key] = (key, entries[key]!.name) }
    for (surname, full) in surnameTargets() { result[surname] = (full, entries[full]!.name) }
    return result
  }

  /// Whether two name keys may stand for one person: the same key, or a bare surname and a full name
  /// ending with it (the corpus decides which person a bare surname is; see `canonicalNames()`).
  public static func mayBeSamePerson(_ first: String, _ second: String) -> Bool {
    if first == second { return true }
    let (short, long) = first.count < second.count ? (first, second) : (second, first)
    return !short.contains(" ") && long.hasSuffix(" " + short)
  }
}
