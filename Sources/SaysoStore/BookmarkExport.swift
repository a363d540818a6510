import Foundation

/// Bookmarks written out for other tools.
public enum BookmarkExport {
  /// The bookmarks as Markdown, one section each: the passage as a block quote; its speaker and role
  /// where it is a quote or proposal; the article's title, source, date and paragraph number; then the note.
  ///
  ///     > “We will not back down on this,”
  ///
  ///     — Maria Keller (the finance minister), quote
  ///
  ///     *Officials divided over the new budget* · Synthetic News · 2021-05-03 · ¶4 (`synthetic/1.txt`)
  ///
  ///     Check against the minutes.
  ///
  /// An orphaned bookmark says so and shows its saved text.
  public static func markdown(_ bookmarks: [Bookmark]) -> String {
    bookmarks.map(section).joined(separator: "\n---\n\n")
  }

  private static func section(_ bookmark: Bookmark) -> String {
    var out = ""
    if bookmark.status.isOrphaned {
      let why =
        bookmark.status == .orphanedArticle
        ? "the article is no longer in the corpus" : "the passage is no longer in the article"
      out += "**Orphaned:** \(why); the saved text:\n\n"
    }
    let lines = bookmark.anchor.exact.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    out += lines.map { $0.isEmpty ? ">" : "> " + escaped($0) }.joined(separator: "\n") + "\n\n"
    if let speaker = bookmark.speaker, bookmark.kind == .quote || bookmark.kind == .proposal {
      let role = bookmark.speakerRole.map { " (\(escaped($0)))" } ?? ""
      out += "— \(escaped(speaker))\(role), \(bookmark.kind.rawValue)\n\n"
    }
    var place = [bookmark.title.map { "*\(escaped($0))*" } ?? "`\(bookmark.article)`"]
    if let source = bookmark.source { place.append(escaped(source)) }
    if let date = bookmark.date { place.append(date) }
    place.append("¶\(bookmark.anchor.paragraph)")
    out += place.joined(separator: " · ") + " (`\(bookmark.article.replacingOccurrences(of: "`", with: "'"))`)\n"
    if !bookmark.tags.isEmpty { out += "\nTags: " + bookmark.tags.map(escaped).joined(separator: ", ") + "\n" }
    if let note = bookmark.note { out += "\n" + note + "\n" }
    return out
  }

  /// `text` with the characters that would start Markdown formatting escaped.
  private static func escaped(_ text: some StringProtocol) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>#|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
