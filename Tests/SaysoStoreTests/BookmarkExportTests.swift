import Foundation
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// The Markdown export escapes what users and articles wrote: a note or passage is shown as the text it
/// is, never read as Markdown (or HTML) markup.
@Suite struct BookmarkExportTests {
  /// An article whose paragraphs are Markdown and HTML in disguise.
  static let hostileArticle = """
    ---
    title: Hostile *title* <b>
    source: Evil [News](javascript:alert(1))
    date: 2021-05-03
    ---

    Hostile markup

    <script>alert("passage")</script> and [click](javascript:alert(2)) ![img](x.png) &amp; `code`

    Nothing to see here, the minister said.

    """

  /// The notes that broke the export: each would be markup if it passed through.
  static let hostileNotes = [
    "```\nunclosed fence",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "# heading",
    "---",
    "line\n---",
    "line\n===",
    "    indented code",
    "- list item\n+ other\n1. numbered\n2) too",
    "> quoted\n~~~\nfence",
    "<!-- comment",
    "| a | b |\n|---|---|",
    "a *b* _c_ **d** ~~e~~ \\ &lt; &#60;",
    "trailing backslash\\",
    "www.example.com and https://example.com <https://example.com>",
  ]

  private func exported() throws -> (markdown: String, bookmarks: [Bookmark]) {
    let folder = try StoreTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try StoreTestSupport.write(Self.hostileArticle, "hostile.md", in: folder)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    let analysis = try #require(try index.analysis(of: path))
    let store = BookmarkDatabase.inMemory()
    for (n, note) in Self.hostileNotes.enumerated() {
      try store.add(
        try NewBookmark(
          in: analysis, hash: try index.contentHash(of: path), corpus: index.identity, paragraph: 1 + n % 2,
          note: note, tags: ["#tag", "<b>"]))
    }
    let bookmarks = try store.bookmarks()
    return (BookmarkExport.markdown(bookmarks), bookmarks)
  }

  @Test func notesAndPassagesCannotOpenBlocksOrHTML() throws {
    let (markdown, bookmarks) = try exported()
    #expect(bookmarks.count == Self.hostileNotes.count)
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The only block markup is the export's own: block quotes, the separators between bookmarks.
    for line in lines {
      let trimmed = line.drop { $0 == " " }
      #expect(!line.hasPrefix("    ") && !line.hasPrefix("\t"), "indented code: \(line)")
      #expect(!trimmed.hasPrefix("```") && !trimmed.hasPrefix("~~~"), "fence: \(line)")
      #expect(!trimmed.hasPrefix("#"), "heading: \(line)")
      #expect(!trimmed.hasPrefix("<"), "HTML block: \(line)")
      #expect(!trimmed.hasPrefix("=") && !trimmed.hasPrefix("+ "), "setext or list: \(line)")
      #expect(!trimmed.hasPrefix("- ") && !trimmed.hasPrefix("|"), "list or table: \(line)")
      #expect(trimmed.range(of: #"^[0-9]+[.)]"#, options: .regularExpression) == nil, "numbered list: \(line)")
      if trimmed.hasPrefix("---") { #expect(line == "---", "a thematic break or setext heading: \(line)") }
      if trimmed.hasPrefix(">") { #expect(line == ">" || line.hasPrefix("> "), "quote: \(line)") }
    }
    // No markup character of user text is left unescaped anywhere.
    #expect(Self.unescaped(in: markdown, of: "<").isEmpty, "\(Self.unescaped(in: markdown, of: "<"))")
    #expect(Self.unescaped(in: markdown, of: "[").isEmpty)
    #expect(Self.unescaped(in: markdown, of: "&").isEmpty)
    #expect(Self.unescaped(in: markdown, of: "]").isEmpty)
    // Backticks: only the two around each article's path.
    #expect(Self.unescaped(in: markdown, of: "`").count == 2 * Self.hostileNotes.count)
    // Exactly one separator between bookmarks: a note's "---" is not one.
    #expect(lines.filter { $0 == "---" }.count == Self.hostileNotes.count - 1)
  }

  @Test func escapedTextStillReadsAsTheText() throws {
    let (markdown, _) = try exported()
    #expect(markdown.contains(#"\<script\>alert("passage")\</script\>"#))
    #expect(markdown.contains(#"\`\`\`"#))
    #expect(markdown.contains(##"\# heading"##))
    #expect(markdown.contains(#"\[x\](javascript:alert(1))"#))
    #expect(markdown.contains(##"a \*b\* \_c\_ \*\*d\*\* \~\~e\~\~ \\ \&lt; \&\#60;"##))
    #expect(markdown.contains("*Hostile \\*title\\* \\<b\\>*"))
    #expect(markdown.contains("Tags: \\#tag, \\<b\\>"))
  }

  /// The places where `character` appears without a backslash before it (or with an escaped one).
  static func unescaped(in text: String, of character: Character) -> [String] {
    let characters = Array(text)
    var found: [String] = []
    for (i, c) in characters.enumerated() where c == character {
      var backslashes = 0
      var j = i - 1
      while j >= 0 && characters[j] == "\\" {
        backslashes += 1
        j -= 1
      }
      if backslashes % 2 == 0 { found.append(String(characters[max(0, i - 20)..<min(characters.count, i + 20)])) }
    }
    return found
  }
}
