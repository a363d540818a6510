import SaysoCore

/// One hit of a search: a paragraph, or a quote or proposal inside one, with a snippet and a link.
public struct SearchResult: Sendable, Equatable {
  /// The article's path, title, source and date.
  public var article: String
  public var title: String?
  public var source: String?
  public var date: String?
  /// The paragraph's index in its article (from 0, title included); 0 for a title written only in
  /// the front matter (role `.title`, an empty span: `start` = `end` = 0, `text` the title).
  public var paragraph: Int
  /// What the paragraph is for (title, heading, body…).
  public var role: ParagraphRole
  /// Whether the hit is the whole paragraph, a quote or a proposal.
  public var kind: PassageKind
  /// The speaker of a quote or the proposer of a proposal (name, else group), when the hit is one.
  public var speaker: String?
  /// The speaker's role as the article gives it, when known.
  public var speakerRole: String?
  /// The passage's start and end, in Unicode scalars inside the paragraph (the whole paragraph for a
  /// paragraph hit).
  public var start: Int
  public var end: Int
  /// A short excerpt of the passage with the matched words marked.
  public var snippet: Snippet
  /// The passage's whole text: the quote, the proposal or the paragraph.
  public var text: String
  /// The bm25 score: lower is better (0 for a query of filters only).
  public var score: Double

  /// The link to the passage, as claims have: article, paragraph and span.
  public var link: SourceLink {
    SourceLink(article: article, paragraph: paragraph, start: start, end: end)
  }
}

/// An excerpt with marked ranges: the words that matched the query.
public struct Snippet: Sendable, Equatable {
  /// The excerpt; "…" stands for text left out.
  public var text: String
  /// The matched words, as Unicode scalar ranges into `text`.
  public var marks: [Range<Int>]

  /// Makes a snippet.
  public init(text: String, marks: [Range<Int>]) {
    self.text = text
    self.marks = marks
  }

  /// Opens a mark in FTS5's `snippet()` output (a private-use character no article uses as text).
  static let open: Unicode.Scalar = "\u{F8F0}"
  /// Closes a mark.
  static let close: Unicode.Scalar = "\u{F8F1}"

  /// Reads FTS5's `snippet()` output, turning the mark characters into ranges.
  init(marked: String) {
    var text = String.UnicodeScalarView()
    var marks: [Range<Int>] = []
    var count = 0
    var openAt: Int?
    for scalar in marked.unicodeScalars {
      if scalar == Self.open {
        openAt = count
      } else if scalar == Self.close {
        if let start = openAt, start < count {
          // Adjacent marks ("peace talks" as a phrase) merge into one.
          if let last = marks.last, last.upperBound == start || last.upperBound + 1 == start {
            marks[marks.count - 1] = last.lowerBound..<count
          } else {
            marks.append(start..<count)
          }
        }
        openAt = nil
      } else {
        text.append(scalar)
        count += 1
      }
    }
    self.init(text: String(text), marks: marks)
  }

  /// The part of the snippet in `range` (Unicode scalar offsets), with the marks inside it.
  func slice(_ range: Range<Int>) -> Snippet {
    let scalars = Array(text.unicodeScalars)
    let bounds = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
    return Snippet(
      text: String(String.UnicodeScalarView(scalars[bounds])),
      marks: marks.filter { $0.lowerBound >= bounds.lowerBound && $0.upperBound <= bounds.upperBound }.map {
        ($0.lowerBound - bounds.lowerBound)..<($0.upperBound - bounds.lowerBound)
      })
  }

  /// At most about `words` words of the snippet, from a little before its first mark, with "…" where
  /// text was left out.
  func excerpt(words: Int) -> Snippet {
    let scalars = Array(text.unicodeScalars)
    var starts: [Int] = []  // where each word starts
    for (i, scalar) in scalars.enumerated() where scalar != " " && scalar != "\n" {
      if i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\n" { starts.append(i) }
    }
    guard starts.count > words + words / 4 else { return self }
    let firstMark = marks.first?.lowerBound ?? 0
    let markWord = starts.lastIndex { $0 <= firstMark } ?? 0
    let firstWord = max(0, min(markWord - words / 3, starts.count - words))
    let lastWord = min(starts.count, firstWord + words)
    var start = starts[firstWord]
    var end = lastWord < starts.count ? starts[lastWord] : scalars.count
    while end > start && (scalars[end - 1] == " " || scalars[end - 1] == "\n") { end -= 1 }
    let prefix = firstWord > 0 ? "…" : ""
    let suffix = lastWord < starts.count ? "…" : ""
    if start > end { start = end }
    let part = slice(start..<end)
    return Snippet(
      text: prefix + part.text + suffix,
      marks: part.marks.map {
        ($0.lowerBound + prefix.unicodeScalars.count)..<($0.upperBound + prefix.unicodeScalars.count)
      })
  }

  /// The snippet with marks written around the matched words, e.g. `the «proposed» plan`.
  public func marked(open: String = "«", close: String = "»") -> String {
    var out = ""
    let scalars = Array(text.unicodeScalars)
    var position = 0
    for mark in marks where mark.lowerBound >= position && mark.upperBound <= scalars.count {
      out.unicodeScalars.append(contentsOf: scalars[position..<mark.lowerBound])
      out += open
      out.unicodeScalars.append(contentsOf: scalars[mark])
      out += close
      position = mark.upperBound
    }
    out.unicodeScalars.append(contentsOf: scalars[position...])
    return out
  }
}
