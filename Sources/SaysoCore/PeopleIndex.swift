/// Everyone quoted across a corpus: one entry per person, however many articles quote them.
///
/// Names are compared by `nameKey` (case, accents and spacing ignored: "Erdogan" is "Erdoğan"). A bare
/// surname ("Trump") joins the full name that ends with it ("Donald Trump") only when the corpus has
/// exactly one such person; with two ("Joe Biden", "Hunter Biden") it stays apart. The first spelling
/// seen is shown; roles keep their first-seen order without repeats (ignoring case).
public struct PeopleIndex: Sendable {
  /// One person across the corpus.
  public struct Entry: Equatable, Sendable {
    public var name: String
    public var roles: [String]
    public var quotes: Int
    /// Paths of the articles that quote the person, in corpus order.
    public var articles: [String]

    public init(name: String, roles: [String], quotes: Int, articles: [String]) {
      self.name = name
      self.roles = roles
      self.quotes = quotes
      self.articles = articles
    }

    mutating func absorb(_ other: Entry) {
      for role in other.roles where !roles.contains(where: { nameKey($0) == nameKey(role) }) { roles.append(role) }
      quotes += other.quotes
      for path in other.articles where !articles.contains(path) { articles.append(path) }
    }
  }

  private var entries: [String: Entry] = [:]
  /// Keys in the order first seen, so merging is the same on every run.
  private var order: [String] = []

  public init() {}

  /// Adds the people of one analysed article.
  public mutating func add(_ analysis: ArticleAnalysis) {
    for person in analysis.people {
      let key = nameKey(person.name)
      if entries[key] == nil {
        order.append(key)
        entries[key] = Entry(name: person.name, roles: [], quotes: 0, articles: [])
      }
      entries[key]!.absorb(
        Entry(name: person.name, roles: person.roles, quotes: person.quotes, articles: [analysis.article.path]))
    }
  }

  /// Everyone, bare surnames joined to their one full name, most quoted first, then by name.
  public var people: [Entry] {
    var merged = entries
    var fullNamesBySurname: [String: [String]] = [:]
    for key in order where key.contains(" ") {
      fullNamesBySurname[String(key.split(separator: " ").last!), default: []].append(key)
    }
    for key in order where !key.contains(" ") {
      guard let full = fullNamesBySurname[key], full.count == 1, let single = merged[key] else { continue }
      merged[full[0]]!.absorb(single)
      merged[key] = nil
    }
    return order.compactMap { merged[$0] }.sorted {
      ($1.quotes, $0.name.lowercased()) < ($0.quotes, $1.name.lowercased())
    }
  }
}
