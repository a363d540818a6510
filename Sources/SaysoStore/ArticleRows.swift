import Foundation
import GRDB
import SaysoCore

/// The rows the index holds for one article, worked out from its analysis on the thread that analysed
/// it, so that the index's one writer only binds values and steps statements (`IndexRows.insert`).
///
/// An update analyses the next batch on every core while it writes the last one on a single thread:
/// whatever the writer computes — facet terms, a claim's shingles, name keys, lower-cased filter text —
/// holds up the whole update. Each row is its column values in the order of its `IndexRows` statement,
/// without the article's id, which the writer learns on inserting the article.
struct ArticleRows: Sendable {
  /// A passage's values, and for a quote or proposal of three words or more its shingles
  /// (`ClaimShingles.encoded`, for `claimPrint`).
  struct Passage: Sendable {
    var values: [DatabaseValue]
    var shingles: Data?
  }

  /// The path, for reports.
  var path: String
  /// How the file's bytes were read (a notice says so when not UTF-8).
  var encoding: TextEncoding
  /// The `article` row.
  var article: [DatabaseValue]
  /// The `passage` rows: paragraphs (and a front-matter title), then quotes, then proposals.
  var passages: [Passage] = []
  /// The `person` rows.
  var people: [[DatabaseValue]] = []
  /// The `speaker` rows.
  var speakers: [[DatabaseValue]] = []
  /// The `claim` rows.
  var claims: [[DatabaseValue]] = []

  /// The rows of `analysis`, for a file of `size` bytes modified at `modified` (ns), nil for an
  /// embedded document.
  init(_ analysis: ArticleAnalysis, hash: ContentHash, size: Int?, modified: Int64?) {
    let article = analysis.article
    path = article.path
    encoding = article.encoding
    self.article = Self.values([
      article.path, size, modified, hash.description, article.title, article.source, article.date, article.place,
      article.url, article.paragraphs.count,
    ])
    addParagraphs(of: analysis)
    func role(_ index: Int) -> String {
      article.paragraphs.indices.contains(index) ? article.paragraphs[index].role.rawValue : ParagraphRole.body.rawValue
    }
    func offset(_ index: Int) -> Int {
      article.paragraphs.indices.contains(index) ? article.paragraphs[index].start : 0
    }
    for quote in analysis.quotes {
      addClaim(
        [
          quote.paragraph, role(quote.paragraph), PassageKind.quote.rawValue, quote.start, quote.end,
          offset(quote.paragraph), nil, quote.text, Self.speakerText(quote.speaker, quote.organisation ?? quote.group),
          article.source, article.date, nil, quote.speaker?.name, quote.speaker?.role, quote.speaker?.mention,
          quote.group, quote.organisation, quote.utterance, quote.kind.rawValue, quote.cue,
        ], text: quote.text)
    }
    for proposal in analysis.proposals {
      addClaim(
        [
          proposal.paragraph, role(proposal.paragraph), PassageKind.proposal.rawValue, proposal.start, proposal.end,
          offset(proposal.paragraph), nil, proposal.text,
          Self.speakerText(proposal.proposer, proposal.organisation ?? proposal.group), article.source, article.date,
          nil, proposal.proposer?.name, proposal.proposer?.role, proposal.proposer?.mention, proposal.group,
          proposal.organisation, nil, nil, proposal.cue,
        ], text: proposal.text)
    }
    people = analysis.people.map {
      Self.values([$0.name, $0.roles.joined(separator: IndexRows.roleSeparator), $0.quotes])
    }
    addPeopleAndClaims(of: analysis)
  }

  /// The paragraphs' passages, each with the people behind its claims and its facet terms, and the
  /// title passage of a title written only in the front matter (see `IndexRows.frontMatterTitle`).
  private mutating func addParagraphs(of analysis: ArticleAnalysis) {
    let article = analysis.article
    var speakers: [Int: [String]] = [:]
    var kinds: [Int: Set<PassageKind>] = [:]
    for quote in analysis.quotes {
      if let name = Self.speakerText(quote.speaker, quote.organisation ?? quote.group) {
        speakers[quote.paragraph, default: []].append(name)
      }
      kinds[quote.paragraph, default: []].insert(.quote)
    }
    for proposal in analysis.proposals {
      if let name = Self.speakerText(proposal.proposer, proposal.organisation ?? proposal.group) {
        speakers[proposal.paragraph, default: []].append(name)
      }
      kinds[proposal.paragraph, default: []].insert(.proposal)
    }
    for paragraph in article.paragraphs {
      var names: [String] = []
      for name in speakers[paragraph.index] ?? [] where !names.contains(name) { names.append(name) }
      let facets = SearchSQL.facetText(
        kinds: [.paragraph] + PassageKind.allCases.filter { kinds[paragraph.index]?.contains($0) == true },
        role: paragraph.role.rawValue, date: article.date)
      passages.append(
        Passage(
          values: Self.values([
            paragraph.index, paragraph.role.rawValue, PassageKind.paragraph.rawValue, 0,
            paragraph.end - paragraph.start, paragraph.start, paragraph.datelineEnd, paragraph.text,
            names.isEmpty ? nil : names.joined(separator: " · "), article.source, article.date, facets,
            nil, nil, nil, nil, nil, nil, nil, nil,
          ])))
    }
    if let title = IndexRows.frontMatterTitle(article) {
      passages.append(
        Passage(
          values: Self.values([
            IndexRows.frontMatterTitleParagraph, ParagraphRole.title.rawValue, PassageKind.paragraph.rawValue, 0,
            title.unicodeScalars.count, 0, nil, title, nil, article.source, article.date,
            SearchSQL.facetText(kinds: [.paragraph], role: ParagraphRole.title.rawValue, date: article.date),
            nil, nil, nil, nil, nil, nil, nil, nil,
          ])))
    }
  }

  /// A quote's or proposal's passage, with its shingles when it has any.
  private mutating func addClaim(_ values: [(any DatabaseValueConvertible)?], text: String) {
    let shingles = ClaimShingles.shingles(of: text)
    passages.append(
      Passage(values: Self.values(values), shingles: shingles.isEmpty ? nil : Data(ClaimShingles.encoded(shingles))))
  }

  /// The `speaker` and `claim` rows: what the People and Claims views count and list without reading
  /// the analysis back. The article's own people index has one entry per name key, in the order first
  /// seen, no surnames joined (that is done across the corpus, as `PeopleIndex` does).
  private mutating func addPeopleAndClaims(of analysis: ArticleAnalysis) {
    var people = PeopleIndex()
    people.add(analysis)
    speakers = people.noted.enumerated().map { ordinal, noted in
      Self.values([
        ordinal, noted.key, noted.entry.name, noted.entry.roles.joined(separator: IndexRows.roleSeparator),
        noted.entry.quotes, noted.entry.proposals, noted.quoted,
      ])
    }
    claims = analysis.listedClaims.enumerated().map { ordinal, listed in
      Self.values([ordinal, listed.isQuote, listed.speaker?.name.lowercased(), Self.filterText(of: listed)])
    }
  }

  /// What a Claims view's filter looks in: who, then the words, lower-cased, apart so that no match
  /// spans them.
  static func filterText(of listed: ListedClaim) -> String {
    listed.first.who.lowercased() + "\u{1F}" + listed.text.lowercased()
  }

  /// What the `speaker` search column holds for a claim: the person's name and the group, if any.
  static func speakerText(_ speaker: Speaker?, _ group: String?) -> String? {
    let parts = [speaker?.name, group].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  private static func values(_ values: [(any DatabaseValueConvertible)?]) -> [DatabaseValue] {
    values.map { $0?.databaseValue ?? .null }
  }
}
