/// What a paragraph is for in its article: the title line, the dateline, a section heading, or body text.
public enum ParagraphRole: String, Sendable, Codable, CaseIterable {
  /// The article's title line (or headline with its subheadline).
  case title
  /// A block that is only a dateline or a date ("Published: September 30, 2020", "date 2020-09-25").
  case dateline
  /// A section heading inside the body ("The world needs peace"), or a Markdown heading.
  case heading
  /// Running text, including a paragraph that opens with a dateline (see `Paragraph.datelineEnd`).
  case body
}

/// One block of an article, kept exactly as it stands in the file.
///
/// `start` and `end` are Unicode scalar offsets into the file (the same numbers as Python string
/// indices), so `file.unicodeScalars[start..<end]` is `text`.
public struct Paragraph: Sendable, Equatable, Codable {
  /// Position of the paragraph in its article, counted from 0 (title and headings included).
  public var index: Int
  /// Unicode scalar offset of the first character in the file.
  public var start: Int
  /// Unicode scalar offset one past the last character in the file.
  public var end: Int
  /// What the paragraph is for: title, dateline, heading or body text.
  public var role: ParagraphRole
  /// The paragraph's text, byte for byte as in the file.
  public var text: String
  /// Where a dateline at the start of the paragraph ends and the running text begins, as a
  /// paragraph-relative scalar offset; nil when the paragraph has no dateline.
  ///
  /// In "LISBON (Reuters - 14th May, 2021) Portuguese fishermen…" it is the offset of "Portuguese".
  /// A paragraph that is only a dateline (role `.dateline`) has it at its end.
  public var datelineEnd: Int?

  /// Makes a paragraph; `start` and `end` are file offsets, `datelineEnd` is paragraph-relative.
  public init(
    index: Int, start: Int, end: Int, role: ParagraphRole, text: String, datelineEnd: Int? = nil
  ) {
    self.index = index
    self.start = start
    self.end = end
    self.role = role
    self.text = text
    self.datelineEnd = datelineEnd
  }
}
