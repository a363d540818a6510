import Foundation
import SaysoCore

/// What a bookmark marks.
public enum BookmarkKind: String, Sendable, Codable, CaseIterable {
  /// A whole paragraph.
  case paragraph
  /// A quote found by the analysis (or a span inside one).
  case quote
  /// A proposal found by the analysis (or a span inside one).
  case proposal
  /// Any other span the user chose.
  case selection
}

/// A bookmarked passage with its note and tags, kept in the bookmarks database: what was added (its
/// fields read as the bookmark's own, `bookmark.note`), with the number, the time and the status.
@dynamicMemberLookup
public struct Bookmark: Sendable, Equatable, Identifiable {
  /// The bookmark's number, never reused.
  public var id: Int64
  /// The passage, note and tags.
  public var content: NewBookmark
  /// When the bookmark was made.
  public var created: Date
  /// How the passage was found the last time the article was checked.
  public var status: AnchorStatus

  public subscript<Value>(dynamicMember field: WritableKeyPath<NewBookmark, Value>) -> Value {
    get { content[keyPath: field] }
    set { content[keyPath: field] = newValue }
  }

  /// The link to the passage, as claims have.
  public var link: SourceLink {
    SourceLink(
      article: content.article, paragraph: content.anchor.paragraph, start: content.anchor.start,
      end: content.anchor.end)
  }
}

/// A bookmark about to be added (and what a `Bookmark` holds): the passage, picked out of an analysed
/// article, with a note and tags.
public struct NewBookmark: Sendable, Equatable {
  /// The key of the corpus it was made in (`CorpusIdentity.key`): it is re-anchored only against that one.
  public var corpus: String
  /// The article's path, and its title, source and date when bookmarked (kept for orphans and export).
  public var article: String
  public var title: String?
  public var source: String?
  public var date: String?
  /// The hash of the article file the anchor was last checked against.
  public var articleHash: ContentHash?
  /// Where the passage stands, with its text and context.
  public var anchor: PassageAnchor
  /// What the passage is: a paragraph, a quote, a proposal or a selection.
  public var kind: BookmarkKind
  /// The paragraph's role (title, heading, body…).
  public var role: ParagraphRole
  /// For a quote or proposal: who is behind it (name, else group) and their role.
  public var speaker: String?
  public var speakerRole: String?
  /// The user's note, if any.
  public var note: String?
  /// The user's tags, sorted.
  public var tags: [String]
}

extension NewBookmark {
  /// The bookmark of paragraph `paragraph` of `analysis`, or of `span` inside it.
  ///
  /// A span that lies inside a quote or a proposal is bookmarked as one, with its speaker.
  ///
  /// - Parameters:
  ///   - analysis: the article and what the analysis found in it.
  ///   - hash: the article file's content hash (from the index).
  ///   - corpus: the corpus the article belongs to.
  ///   - paragraph: the paragraph's index, from 0.
  ///   - span: Unicode scalar offsets inside the paragraph; nil for the whole paragraph.
  ///   - note: the note, if any.
  ///   - tags: tags, in any order; duplicates and blanks are dropped.
  /// - Throws: `SaysoStoreError.noSuchParagraph` or `.spanOutsideParagraph`.
  public init(
    in analysis: ArticleAnalysis, hash: ContentHash?, corpus: CorpusIdentity, paragraph: Int, span: Range<Int>? = nil,
    note: String? = nil, tags: [String] = []
  ) throws(SaysoStoreError) {
    let article = analysis.article
    guard article.paragraphs.indices.contains(paragraph) else {
      throw .noSuchParagraph(article: article.path, paragraph: paragraph, count: article.paragraphs.count)
    }
    let text = article.paragraphs[paragraph].text
    let length = text.unicodeScalars.count
    if let span, span.isEmpty || span.upperBound > length {
      throw .spanOutsideParagraph(
        article: article.path, paragraph: paragraph, start: span.lowerBound, end: span.upperBound, length: length)
    }
    self.corpus = corpus.key
    self.article = article.path
    title = article.title
    source = article.source
    date = article.date
    articleHash = hash
    anchor = PassageAnchor(paragraph: paragraph, span: span, in: text)
    role = article.paragraphs[paragraph].role
    self.note = note.flatMap { $0.isEmpty ? nil : $0 }
    self.tags = Array(Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
    kind = span == nil ? .paragraph : .selection
    guard let span else { return }
    if let quote = analysis.quotes.first(where: {
      $0.paragraph == paragraph && $0.start <= span.lowerBound && span.upperBound <= $0.end
    }) {
      kind = .quote
      speaker = quote.speaker?.name ?? quote.organisation ?? quote.group
      speakerRole = quote.speaker?.role
    } else if let proposal = analysis.proposals.first(where: {
      $0.paragraph == paragraph && $0.start <= span.lowerBound && span.upperBound <= $0.end
    }) {
      kind = .proposal
      speaker = proposal.proposer?.name ?? proposal.organisation ?? proposal.group
      speakerRole = proposal.proposer?.role
    }
  }
}
