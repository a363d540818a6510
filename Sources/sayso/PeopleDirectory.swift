import SaysoCore

/// Everyone quoted across a corpus, the same person in several articles merged by name.
///
/// Names match ignoring case and runs of white space ("Vladimir  Putin" is "vladimir putin"); the first
/// spelling seen is shown. Roles keep their first-seen order without repeats (ignoring case).
struct PeopleDirectory {
  /// One person across the corpus.
  struct Entry: Equatable {
    var name: String
    var roles: [String]
    var quotes: Int
    /// Paths of the articles that quote the person, in corpus order.
    var articles: [String]
  }

  private var entries: [String: Entry] = [:]

  /// Adds the people of one analysed article.
  mutating func add(_ analysis: ArticleAnalysis) {
    for person in analysis.people {
      let key = Self.key(person.name)
      var entry = entries[key] ?? Entry(name: person.name, roles: [], quotes: 0, articles: [])
      for role in person.roles where !entry.roles.contains(where: { Self.key($0) == Self.key(role) }) {
        entry.roles.append(role)
      }
      entry.quotes += person.quotes
      if entry.articles.last != analysis.article.path { entry.articles.append(analysis.article.path) }
      entries[key] = entry
    }
  }

  /// Everyone, most quoted first, then by name.
  var people: [Entry] {
    entries.values.sorted { ($1.quotes, $0.name.lowercased()) < ($0.quotes, $1.name.lowercased()) }
  }

  private static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
