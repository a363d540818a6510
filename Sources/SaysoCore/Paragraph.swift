/// What a paragraph is for in its article: the title line, the dateline, a section heading, or body text.
public enum ParagraphRole: String, Sendable, Codable, CaseIterable {
  case title
  case dateline
  case heading
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
  public var role: ParagraphRole
  /// The paragraph's text, byte for byte as in the file.
  public var text: String

  public init(index: Int, start: Int, end: Int, role: ParagraphRole, text: String) {
    self.index = index
    self.start = start
    self.end = end
    self.role = role
    self.text = text
  }
}
