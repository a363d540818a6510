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
  /// The texts of the paragraphs' `source` and `facets` columns, each once (for `FieldTerms`).
  var fieldTexts: Set<String> = []

  /// The rows of `analysis`, for a file of `size` bytes modified at `modified` (ns), nil for an
  /// embedded document.
  init(_ analysis: ArticleAnalysis, hash: ContentHash, size: Int?, modified: Int64?) {
    let article = analysis.article
    path = article.path
    encoding = article.encoding
    self.article = [
      Self.value(article.path), Self.value(size), Self.value(modified), Self.value(hash.description),
      Self.value(article.title), Self.value(article.source), Self.value(article.date), Self.value(article.place),
      Self.value(article.url), Self.value(article.paragraphs.count),
    ]
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
          Self.value(quote.paragraph), Self.value(role(quote.paragraph)), Self.value(PassageKind.quote.rawValue),
          Self.value(quote.start), Self.value(quote.end),
          Self.value(offset(quote.paragraph)), .null, Self.value(quote.text),
          Self.value(Self.speakerText(quote.speaker, quote.organisation ?? quote.group)),
          Self.value(article.source), Self.value(article.date), .null, Self.value(quote.speaker?.name),
          Self.value(quote.speaker?.role), Self.value(quote.speaker?.mention),
          Self.value(quote.group), Self.value(quote.organisation), Self.value(quote.utterance),
          Self.value(quote.kind.rawValue), Self.value(quote.cue),
        ], text: quote.text)
    }
    for proposal in analysis.proposals {
      addClaim(
        [
          Self.value(proposal.paragraph), Self.value(role(proposal.paragraph)),
          Self.value(PassageKind.proposal.rawValue), Self.value(proposal.start), Self.value(proposal.end),
          Self.value(offset(proposal.paragraph)), .null, Self.value(proposal.text),
          Self.value(Self.speakerText(proposal.proposer, proposal.organisation ?? proposal.group)),
          Self.value(article.source), Self.value(article.date),
          .null, Self.value(proposal.proposer?.name), Self.value(proposal.proposer?.role),
          Self.value(proposal.proposer?.mention), Self.value(proposal.group),
          Self.value(proposal.organisation), .null, .null, Self.value(proposal.cue),
        ], text: proposal.text)
    }
    people = analysis.people.map {
      [Self.value($0.name), Self.value($0.roles.joined(separator: IndexRows.roleSeparator)), Self.value($0.quotes)]
    }
    addPeopleAndClaims(of: analysis)
  }

  /// The paragraphs' passages, each with the people behind its claims and its facet terms, and the
  /// title passage of a title written only in the front matter (see `IndexRows.frontMatterTitle`).
  private mutating func addParagraphs(of analysis: ArticleAnalysis) {
    let article = analysis.article
    // By paragraph index: the people behind its claims, and the kinds of those claims (bits of
    // `PassageKind.allCases`, 0 for none), in one dictionary rather than a set of kinds for each.
    var claimsByParagraph: [Int: (names: [String], kinds: UInt8)] = [:]
    func note(paragraph: Int, _ name: String?, _ kind: PassageKind) {
      let bit = UInt8(1) << PassageKind.allCases.firstIndex(of: kind)!
      claimsByParagraph[paragraph, default: ([], 0)].kinds |= bit
      if let name { claimsByParagraph[paragraph, default: ([], 0)].names.append(name) }
    }
    for quote in analysis.quotes {
      note(paragraph: quote.paragraph, Self.speakerText(quote.speaker, quote.organisation ?? quote.group), .quote)
    }
    for proposal in analysis.proposals {
      note(
        paragraph: proposal.paragraph, Self.speakerText(proposal.proposer, proposal.organisation ?? proposal.group),
        .proposal)
    }
    // The facets of each kind of paragraph (its role and the kinds of claim in it) are made once an
    // article: most paragraphs share them, and making the text and noting it in `fieldTexts` cost some
    // 3,500 instructions a paragraph. A few kinds an article: a list, not a dictionary.
    var facetsByShape: [(role: ParagraphRole, kinds: UInt8, facets: String)] = []
    for paragraph in article.paragraphs {
      let claims = claimsByParagraph[paragraph.index]
      var names: [String] = []
      for name in claims?.names ?? [] where !names.contains(name) { names.append(name) }
      let claimKinds = claims?.kinds ?? 0
      let facets: String
      if let known = facetsByShape.first(where: { $0.role == paragraph.role && $0.kinds == claimKinds }) {
        facets = known.facets
      } else {
        let kinds = PassageKind.allCases.enumerated().filter { claimKinds & (1 << $0.offset) != 0 }.map(\.element)
        facets = SearchSQL.facetText(kinds: [.paragraph] + kinds, role: paragraph.role.rawValue, date: article.date)
        fieldTexts.insert(facets)
        facetsByShape.append((paragraph.role, claimKinds, facets))
      }
      passages.append(
        Passage(
          values: [
            Self.value(paragraph.index), Self.value(paragraph.role.rawValue),
            Self.value(PassageKind.paragraph.rawValue), Self.value(0),
            Self.value(paragraph.end - paragraph.start), Self.value(paragraph.start), Self.value(paragraph.datelineEnd),
            Self.value(paragraph.text),
            Self.value(names.isEmpty ? nil : names.joined(separator: " · ")), Self.value(article.source),
            Self.value(article.date), Self.value(facets),
            .null, .null, .null, .null, .null, .null, .null, .null,
          ]))
    }
    if let title = IndexRows.frontMatterTitle(article) {
      let facets = SearchSQL.facetText(kinds: [.paragraph], role: ParagraphRole.title.rawValue, date: article.date)
      fieldTexts.insert(facets)
      passages.append(
        Passage(
          values: [
            Self.value(IndexRows.frontMatterTitleParagraph), Self.value(ParagraphRole.title.rawValue),
            Self.value(PassageKind.paragraph.rawValue), Self.value(0),
            Self.value(title.unicodeScalars.count), Self.value(0), .null, Self.value(title), .null,
            Self.value(article.source), Self.value(article.date), Self.value(facets),
            .null, .null, .null, .null, .null, .null, .null, .null,
          ]))
    }
    if !passages.isEmpty, let source = article.source { fieldTexts.insert(source) }
  }

  /// A quote's or proposal's passage, with its shingles when it has any.
  private mutating func addClaim(_ values: [DatabaseValue], text: String) {
    let shingles = ClaimShingles.shingles(of: text)
    passages.append(
      Passage(values: values, shingles: shingles.isEmpty ? nil : Data(ClaimShingles.encoded(shingles))))
  }

  /// The `speaker` and `claim` rows: what the People and Claims views count and list without reading
  /// the analysis back. The article's own people index has one entry per name key, in the order first
  /// seen, no surnames joined (that is done across the corpus, as `PeopleIndex` does).
  private mutating func addPeopleAndClaims(of analysis: ArticleAnalysis) {
    var people = PeopleIndex()
    people.add(analysis)
    speakers = people.noted.enumerated().map { ordinal, noted in
      [
        Self.value(ordinal), Self.value(noted.key), Self.value(noted.entry.name),
        Self.value(noted.entry.roles.joined(separator: IndexRows.roleSeparator)),
        Self.value(noted.entry.quotes), Self.value(noted.entry.proposals), Self.value(noted.quoted),
      ]
    }
    claims = analysis.listedClaims.enumerated().map { ordinal, listed in
      [
        Self.value(ordinal), Self.value(listed.isQuote), Self.value(listed.speaker.map { Self.lowercased($0.name) }),
        Self.value(Self.filterText(of: listed)),
      ]
    }
  }

  /// What a Claims view's filter looks in: who, then the words, lower-cased, apart so that no match
  /// spans them.
  static func filterText(of listed: ListedClaim) -> String {
    lowercased(listed.first.who) + "\u{1F}" + lowercased(listed.text)
  }

  /// `text.lowercased()`, made on the bytes when the text is ASCII (the standard library's lowercasing
  /// costs some 6,000 instructions a claim).
  static func lowercased(_ text: String) -> String {
    var text = text
    // (over the contiguous bytes: stepping through `utf8` cost some 3,600 instructions a claim)
    let lowered = text.withUTF8 { bytes -> String? in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        for offset in bytes.indices {
          let byte = bytes[offset]
          buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
        }
        return bytes.count
      }
    }
    return lowered ?? text.lowercased()
  }

  /// What the `speaker` search column holds for a claim: the person's name and the group, if any.
  static func speakerText(_ speaker: Speaker?, _ group: String?) -> String? {
    let parts = [speaker?.name, group].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }

  /// A column's value. Generic, so that each call site binds a concrete type: no value is boxed in an
  /// existential (`any DatabaseValueConvertible`), as some twenty values make each row of an update.
  private static func value<T: DatabaseValueConvertible>(_ value: T?) -> DatabaseValue {
    value?.databaseValue ?? .null
  }
}
