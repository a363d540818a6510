import Foundation
import Testing

/// `sayso bookmark …` and `sayso bookmarks …` end to end, including bookmarks that survive edits.
@Suite struct BookmarkCommandTests {
  @Test func addListNoteRemoveOnTheSeeds() throws {
    let data = try StoreTestHelpers.dataDirectory()
    var run = try StoreTestHelpers.run(
      ["bookmark", "add", "2:5", "--note", "Poast is sceptical", "--tag", "cyber", "--tag", "usa"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.output == "bookmark 1: seeds/002_ee816ef9547c31f7.txt ¶5  paragraph\n")
    run = try StoreTestHelpers.run(["bookmark", "add", "002_ee816ef9547c31f7.txt:5:0-60"], dataDirectory: data)
    #expect(run.output.hasPrefix("bookmark 2: seeds/002_ee816ef9547c31f7.txt ¶5:0-60  quote — Paul Poast"))

    run = try StoreTestHelpers.run(["bookmarks"], dataDirectory: data)
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("1  seeds/002_ee816ef9547c31f7.txt ¶5  paragraph  20") == true)
    #expect(lines.contains("    note: Poast is sceptical"))
    #expect(lines.contains("    tags: cyber, usa"))
    #expect(lines.contains { $0.hasPrefix("2  seeds/002_ee816ef9547c31f7.txt ¶5:0-60  quote — Paul Poast") })

    run = try StoreTestHelpers.run(["bookmark", "note", "2", "Compare with Lozansky."], dataDirectory: data)
    #expect(run.output == "bookmark 2: note saved\n")
    run = try StoreTestHelpers.run(["bookmark", "remove", "1"], dataDirectory: data)
    #expect(run.output == "removed bookmark 1\n")
    run = try StoreTestHelpers.run(["bookmark", "remove", "1"], dataDirectory: data)
    #expect(run.status == 1)
    #expect(run.errorLines == ["sayso: there is no bookmark 1 (see `sayso bookmarks`)"])

    run = try StoreTestHelpers.run(["bookmarks", "--json"], dataDirectory: data)
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let bookmarks = try #require(object["bookmarks"] as? [[String: Any]])
    #expect(bookmarks.count == 1)
    #expect(bookmarks[0]["id"] as? Int == 2)
    #expect(bookmarks[0]["note"] as? String == "Compare with Lozansky.")
    #expect(bookmarks[0]["speaker"] as? String == "Paul Poast")
    #expect(bookmarks[0]["status"] as? String == "exact")
    #expect(bookmarks[0]["whole_paragraph"] as? Bool == false)
    #expect((bookmarks[0]["text"] as? String)?.unicodeScalars.count == 60)
  }

  @Test func theSamePassageTwiceIsSaidNotAdded() throws {
    let data = try StoreTestHelpers.dataDirectory()
    var run = try StoreTestHelpers.run(["bookmark", "add", "2:5", "--note", "first"], dataDirectory: data)
    #expect(run.output == "bookmark 1: seeds/002_ee816ef9547c31f7.txt ¶5  paragraph\n")
    run = try StoreTestHelpers.run(
      ["bookmark", "add", "002_ee816ef9547c31f7.txt:5", "--note", "again"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.output == "already bookmarked as 1: seeds/002_ee816ef9547c31f7.txt ¶5  paragraph (note: first)\n")
    // A span inside the paragraph is another passage.
    run = try StoreTestHelpers.run(["bookmark", "add", "2:5:0-60"], dataDirectory: data)
    #expect(run.output.hasPrefix("bookmark 2: "))
    run = try StoreTestHelpers.run(["bookmarks", "--json"], dataDirectory: data)
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect((object["bookmarks"] as? [[String: Any]])?.count == 2)
  }

  @Test func exportAsMarkdown() throws {
    let data = try StoreTestHelpers.dataDirectory()
    _ = try StoreTestHelpers.run(["bookmark", "add", "2:5:0-60", "--note", "Check this."], dataDirectory: data)
    let run = try StoreTestHelpers.run(["bookmarks", "export", "--format", "markdown"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // the seed's title line and the first 60 characters of its ¶5
    let seed = try String(
      contentsOf: SaysoBinary.packageRoot.appendingPathComponent("seeds/002_ee816ef9547c31f7.txt"), encoding: .utf8)
    let title = seed.components(separatedBy: "\n")[0]
    var passage = String.UnicodeScalarView()
    passage.append(contentsOf: seed.components(separatedBy: "\n\n")[5].unicodeScalars.prefix(60))
    #expect(lines[0] == "> " + String(passage))
    #expect(lines.contains { $0.hasPrefix("— Paul Poast (assistant professor") && $0.hasSuffix(", quote") })
    #expect(
      lines.contains {
        $0.hasPrefix("*\(title)* · Pakistan Point News / Sputnik · 2020-09-30 · ¶5")
      })
    #expect(lines.contains("Check this."))
    let json = try StoreTestHelpers.run(["bookmarks", "export", "--format", "json"], dataDirectory: data)
    #expect(json.output.hasPrefix("{\"bookmarks\":[{\"id\":1,"))
  }

  @Test func badReferencesAreClearErrors() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let cases: [(String, String)] = [
      (
        "2",
        "sayso: \"2\" is not a passage: say ARTICLE:PARAGRAPH or ARTICLE:PARAGRAPH:START-END (e.g. 1:4 or 1:4:10-52)"
      ),
      (
        "2:5:9-3",
        "sayso: \"2:5:9-3\" is not a passage: say ARTICLE:PARAGRAPH or ARTICLE:PARAGRAPH:START-END (e.g. 1:4 or 1:4:10-52)"
      ),
      ("7:1", "sayso: there is no article 7: the corpus has 2 (see `sayso list`)"),
      ("2:99", "sayso: seeds/002_ee816ef9547c31f7.txt: there is no paragraph 99: the article has 11 (numbered from 0)"),
    ]
    for (reference, message) in cases {
      let run = try StoreTestHelpers.run(["bookmark", "add", reference], dataDirectory: data)
      #expect(run.status == 1, "\(reference)")
      #expect(run.errorLines == [message], "\(reference)")
    }
  }

  @Test func aBookmarkFollowsItsPassageThroughEditsAndIsNeverDropped() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let corpus = try StoreTestHelpers.corpus(articles: 1)
    let file = corpus.appendingPathComponent("article-00000.txt")
    let original = try String(contentsOf: file, encoding: .utf8)
    // ¶3 is "Maria Keller proposed an independent inquiry into the contract. …"; bookmark the proposal's words.
    let paragraph = original.components(separatedBy: "\n\n")[3]
    let words = try #require(paragraph.range(of: "an independent inquiry"))
    let start = paragraph.unicodeScalars.distance(from: paragraph.startIndex, to: words.lowerBound)
    let reference = "1:3:\(start)-\(start + "an independent inquiry into the contract".unicodeScalars.count)"
    var run = try StoreTestHelpers.run(
      ["bookmark", "add", reference, "--note", "inquiry", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")

    // A paragraph inserted before it: the bookmark moves to ¶4.
    let inserted = original.replacingOccurrences(
      of: "“We will not", with: "A new paragraph about the weather.\n\n“We will not")
    try Data(inserted.utf8).write(to: file)
    run = try StoreTestHelpers.run(["bookmarks", "--json", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.stderr.isEmpty)
    let bookmark = try #require(
      ((try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])?["bookmarks"] as? [[String: Any]])?.first)
    #expect(bookmark["paragraph"] as? Int == 4)
    #expect(bookmark["status"] as? String == "moved")
    #expect(bookmark["text"] as? String == "an independent inquiry into the contract")

    // The passage itself deleted: orphaned, said so, kept with its saved text and note.
    let deleted = inserted.replacingOccurrences(
      of: "Maria Keller proposed an independent inquiry into the contract. ", with: "")
    try Data(deleted.utf8).write(to: file)
    run = try StoreTestHelpers.run(["bookmarks", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0)
    #expect(
      run.errorLines == [
        "sayso: bookmark 1: the passage is no longer in the article; this is its saved text (kept, orphaned: \(file.path))"
      ])
    #expect(run.output.contains("ORPHANED"))
    #expect(run.output.contains("> an independent inquiry into the contract"))
    #expect(run.output.contains("note: inquiry"))
    // Said once, not every time.
    run = try StoreTestHelpers.run(["bookmarks", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.stderr.isEmpty)
    #expect(run.output.contains("ORPHANED"))
  }
}
