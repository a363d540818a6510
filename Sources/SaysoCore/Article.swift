/// A news article read from a file: its metadata and its paragraphs with their file offsets.
public struct Article: Sendable, Equatable {
  /// The path as the user gave it (or the virtual path of a bundled article).
  public var path: String
  /// The title: from front matter, the title line, or else the file name without its extension.
  public var title: String?
  /// The outlet that published the article, e.g. "Izvestia" or "Pakistan Point News / Sputnik".
  public var source: String?
  /// The publication date as `YYYY-MM-DD` when it could be read.
  public var date: String?
  /// The place named in a dateline, e.g. "MOSCOW".
  public var place: String?
  /// The address of the original page, from front matter.
  public var url: String?
  /// The section, from front matter (`section`), else the folder the file is in inside a corpus folder
  /// (`business/`, `sport/`).
  public var section: String?
  /// Every block of the article in file order, title and headings included; `paragraphs[i].index == i`.
  public var paragraphs: [Paragraph]
  /// The encoding the file was read in (UTF-8 unless it was not valid UTF-8, or had a UTF-16 mark).
  public var encoding: TextEncoding = .utf8

  /// Makes an article from already-read parts.
  public init(
    path: String, title: String? = nil, source: String? = nil, date: String? = nil,
    place: String? = nil, url: String? = nil, paragraphs: [Paragraph]
  ) {
    self.path = path
    self.title = title
    self.source = source
    self.date = date
    self.place = place
    self.url = url
    self.paragraphs = paragraphs
  }

  /// The file name without folders, for display.
  public var fileName: String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
