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
  /// An orphaned bookmark says so and shows its saved text. What users and articles wrote (passages,
  /// notes, titles, names, tags) is escaped: it reads as the text it is and never as Markdown or HTML, so an
  /// unclosed ```` ``` ````, a `<script>`, a `[link](javascript:…)`, a `# heading` or a `---` in a note
  /// stays text, and one bookmark cannot change how the next one is shown.
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
    out += block(bookmark.anchor.exact).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n\n"
    if let speaker = bookmark.speaker, bookmark.kind == .quote || bookmark.kind == .proposal {
      let role = bookmark.speakerRole.map { " (\(inline($0)))" } ?? ""
      out += "— \(inline(speaker))\(role), \(bookmark.kind.rawValue)\n\n"
    }
    var place = [bookmark.title.map { "*\(inline($0))*" } ?? code(bookmark.article)]
    if let source = bookmark.source { place.append(inline(source)) }
    if let date = bookmark.date { place.append(inline(date)) }
    place.append("¶\(bookmark.anchor.paragraph)")
    out += place.joined(separator: " · ") + " (\(code(bookmark.article)))\n"
    if !bookmark.tags.isEmpty { out += "\nTags: " + bookmark.tags.map(inline).joined(separator: ", ") + "\n" }
    if let note = bookmark.note { out += "\n" + block(note).joined(separator: "\n") + "\n" }
    return out
  }

  /// The ASCII punctuation that can start or end Markdown (CommonMark and GitHub's) formatting inline:
  /// emphasis, code, links and images, HTML and entities, tables, strikethrough, hard breaks.
  private static let inlineMarkup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#"]

  /// User text (a note, a passage) as lines of Markdown that read as the text itself, never as markup.
  ///
  /// Every character that can start inline formatting is escaped with a backslash (CommonMark lets any
  /// ASCII punctuation be escaped), and so is whatever could open a block at the start of a line:
  /// a heading (`#`), a fence (```` ``` ````, `~~~`), a list (`-`, `+`, `1.`, `1)`), a thematic break or
  /// setext underline (`---`, `===`), a quote (`>`), HTML (`<`). Indentation is dropped, so that no line
  /// becomes an indented code block. Each line of the text is one line of the result.
  static func block(_ text: some StringProtocol) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
      let content = line.drop { $0 == " " || $0 == "\t" }
      var out = inline(content)
      // `#`, `>`, `` ` ``, `~`, `<` are escaped anywhere already; these open blocks only at the start.
      if let first = out.first, "-+=".contains(first) {
        out.insert("\\", at: out.startIndex)
      } else if let marker = out.firstIndex(where: { !$0.isNumber }), marker != out.startIndex,
        out[marker] == "." || out[marker] == ")"
      {
        out.insert("\\", at: marker)
      }
      return out
    }
  }

  /// User text for one line of Markdown (a title, a name, a tag): line breaks become spaces, and
  /// every character that can start inline formatting is escaped with a backslash.
  static func inline(_ text: some StringProtocol) -> String {
    var out = ""
    for character in text {
      if character.isNewline {
        out.append(" ")
        continue
      }
      if inlineMarkup.contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// `text` as a code span, on one line; backticks become `'` so that none can close it.
  static func code(_ text: String) -> String {
    let inner = String(text.map { $0 == "`" ? "'" : $0.isNewline ? " " : $0 })
    return "`" + inner + "`"
  }
}
