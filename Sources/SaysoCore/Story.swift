/// Articles joined by the claims they share: several outlets reporting the same statement.
///
/// Built by `Story.assemble(_:articles:)` from the groups `ClaimMatcher` finds. A story's claims come
/// most shared first; each claim's reports come in date order, so the first report is who said it
/// first and the others' `drift` shows how their wording differs from it.
public struct Story: Sendable, Equatable, Codable {
  /// An article of a story.
  public struct Article: Sendable, Equatable, Codable {
    public var path: String
    public var title: String?
    public var source: String?
    /// The article's date (`YYYY-MM-DD`), when it has one.
    public var date: String?

    public init(path: String, title: String?, source: String?, date: String?) {
      self.path = path
      self.title = title
      self.source = source
      self.date = date
    }
  }

  /// One article's wording of a claim, and where it stands.
  public struct Report: Sendable, Equatable, Codable {
    public var path: String
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(path: String, paragraph: Int, start: Int, end: Int, text: String) {
      self.path = path
      self.paragraph = paragraph
      self.start = start
      self.end = end
      self.text = text
    }
  }

  /// A claim several articles carry.
  public struct Claim: Sendable, Equatable, Codable {
    /// The person behind it, as the corpus names them in full; nil when no person is known.
    public var speaker: String?
    /// When no person is known: the organisation or place its reports name as the source ("the
    /// hospital", "Russia"), else the group ("officials"), as the analysis gives them.
    public var organisation: String?
    public var group: String?
    /// Its reports, first reported first (by date, then path).
    public var reports: [Report]

    public init(speaker: String?, organisation: String? = nil, group: String? = nil, reports: [Report]) {
      self.speaker = speaker
      self.organisation = organisation
      self.group = group
      self.reports = reports
    }

    /// Who stands behind it, in words: the person, else `organisation: NAME` or `group: NAME`, else
    /// `unknown speaker` (as `ClaimWording.attribution` says it of a quote).
    public var who: String {
      speaker ?? ClaimWording.attribution(nil, group: group, organisation: organisation)
    }

    /// Its wording as first reported.
    public var text: String { reports[0].text }

    /// The paths of the articles that carry it, first reported first, each once.
    public var articles: [String] {
      var seen = Set<String>()
      return reports.map(\.path).filter { seen.insert($0).inserted }
    }

    /// How each later report's wording differs from the first one's, for those that differ.
    public var drift: [(report: Report, diff: WordDiff)] {
      reports.dropFirst().compactMap { report in
        let diff = WordDiff(from: reports[0].text, to: report.text)
        return diff.isEmpty ? nil : (report, diff)
      }
    }
  }

  /// Its number in the corpus's list of stories, from 1.
  public var id: Int
  /// Its most shared claim, as first reported.
  public var headline: String
  public var firstDate: String?
  public var lastDate: String?
  /// Its articles, by date, then path.
  public var articles: [Article]
  /// Its claims, most shared first.
  public var claims: [Claim]

  public init(
    id: Int, headline: String, firstDate: String?, lastDate: String?, articles: [Article], claims: [Claim]
  ) {
    self.id = id
    self.headline = headline
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.articles = articles
    self.claims = claims
  }

  /// The outlets that report the story, each once, in the order of `articles` (an article without a
  /// source counts by its path).
  public var outlets: [String] {
    var seen = Set<String>()
    return articles.map { $0.source ?? $0.path }.filter { seen.insert($0).inserted }
  }
}
