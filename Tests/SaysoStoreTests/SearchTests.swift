import Foundation
import SaysoCore
import Testing

@testable import SaysoStore

/// Ranked keyword search over paragraphs, quotes and proposals.
@Suite struct SearchTests {
  let index: CorpusIndex
  let budget: String
  let strike: String

  init() throws {
    let (index, folder) = try StoreTestSupport.indexedFolder()
    self.index = index
    budget = folder.appendingPathComponent("budget.md").path
    strike = folder.appendingPathComponent("strike.md").path
  }

  @Test func stemsFindOtherFormsOfAWord() throws {
    let seeds = CorpusIndex.inMemory(corpus: [.path(StoreTestSupport.seedsFolder)])
    try seeds.update()
    let texts = try seeds.search("propose", limit: 50).map { $0.snippet.text.lowercased() }
    #expect(texts.contains { $0.contains("proposals") })
    #expect(texts.contains { $0.contains("proposed") })
    #expect(texts.contains { $0.contains("proposal ") || $0.contains("proposal,") || $0.contains("proposal.") })
  }

  @Test func caseAndDiacriticsDoNotMatter() throws {
    #expect(try index.search("ZOE").first?.article == budget)
    #expect(try index.search("zoë").first?.article == budget)
    #expect(try index.search("Negotiations").map(\.article).sorted() == [budget, strike].sorted())
  }

  @Test func aQuoteHitCarriesItsSpeakerRoleAndLink() throws {
    let results = try index.search("\"back down\"")
    let hit = try #require(results.first)
    #expect(results.count == 1)  // the paragraph hit is folded into the quote's
    #expect(hit.kind == .quote)
    #expect(hit.speaker == "Maria Keller")
    #expect(hit.role == .body)
    #expect(hit.title == "Officials divided over the new budget")
    let analysis = try #require(try index.analysis(of: budget))
    let paragraph = analysis.article.paragraphs[hit.paragraph]
    let text = Array(paragraph.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(text[hit.start..<hit.end])).contains("back down"))
    #expect(hit.link == SourceLink(article: budget, paragraph: hit.paragraph, start: hit.start, end: hit.end))
    let marked = hit.snippet.marked(open: "[", close: "]")
    #expect(marked.contains("[back down]"))
  }

  @Test func everyWordMustMatchAndExcludedWordsMustNot() throws {
    #expect(try index.search("budget reviewed").map(\.article) == [budget])
    #expect(try index.search("budget strike").isEmpty)
    let withoutMonday = try index.search("budget -monday")
    #expect(withoutMonday.allSatisfy { !$0.snippet.text.lowercased().contains("monday") })
    #expect(!withoutMonday.isEmpty)
  }

  @Test func orPrefixAndParentheses() throws {
    #expect(Set(try index.search("inquiry OR preconditions").map(\.article)) == [budget, strike])
    #expect(try index.search("precondit*").map(\.article) == [strike])
    #expect(Set(try index.search("(inquiry OR preconditions) talks").map(\.article)) == [strike])
    // "negotiations" is indexed as its stem "negoti": a prefix longer than the stem still finds it.
    #expect(Set(try index.search("negotiat*").map(\.article)) == [budget, strike])
    #expect(Set(try index.search("negotiations").map(\.article)) == [budget, strike])
  }

  @Test func widenedPrefixesStayLong() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    try StoreTestSupport.write("Pro and contra\n\nThe pro-life camp met the elected council.\n", "a.txt", in: folder)
    let small = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try small.update()
    #expect(try small.search("propos*").isEmpty)
    #expect(try small.search("electi*").count == 1)
  }

  @Test func fields() throws {
    let keller = try index.search("speaker:Keller")
    #expect(keller.count == 1)
    #expect(keller.first?.kind == .quote)
    #expect(try index.search("source:sputnik strike").allSatisfy { $0.article == strike })
    #expect(!(try index.search("source:sputnik strike")).isEmpty)
    #expect(try index.search("kind:proposal").allSatisfy { $0.kind == .proposal })
    #expect(try index.search("inquiry kind:proposal").first?.speaker == "Tomas Brandt")
    #expect(try index.search("kind:quote|proposal").allSatisfy { $0.kind != .paragraph })
    #expect(try index.search("date:2020-09 strike").allSatisfy { $0.article == strike })
    #expect(try index.search("date:2021-05-01..2021-05-31 strike").isEmpty)
    #expect(try index.search("date:..2020-12 union").allSatisfy { $0.article == strike })
    let titles = try index.search("budget in:title")
    #expect(titles.count == 1)
    #expect(titles.first?.role == .title)
  }

  @Test func limitAndRanking() throws {
    #expect(try index.search("the", limit: 2).count == 2)
    #expect(try index.search("the", limit: 0).isEmpty)
    let scores = try index.search("budget").map(\.score)
    #expect(scores == scores.sorted())
  }

  @Test func queryTextIsNeverFTS5Syntax() throws {
    // FTS5 operators and quotes inside words are plain text to the index.
    for query in ["NEAR(budget", "budget AND", "\"a\"\"b\"", "col:", "NOT", "^budget", "budget+", "a'b"] {
      _ = try? index.search(query)  // no crash, no SQLite error
    }
    #expect(throws: SaysoStoreError.malformedQuery(.missingValue(field: "speaker"), position: 0)) {
      try index.search("speaker:")
    }
    #expect(!(try index.search("NOT")).isEmpty)  // the word "not"
    #expect(try index.search("budget+").first?.article == budget)
  }

  @Test func theSQLTextForTheShellFindsTheSameRows() throws {
    let sql = index.sqlText(for: try QueryParser.parse("budget kind:quote|paragraph date:2021"))
    #expect(
      sql.contains(
        "MATCH '\"budget\" AND facets : (\"paragraph\" OR \"quote\") AND facets : (\"y2021\")'"))
    let open = index.sqlText(for: try QueryParser.parse("budget date:2021-02.."))
    #expect(open.contains("p.date >= '2021-02'"))
  }

  @Test func dateRangesBecomeTheFewestTokens() {
    #expect(SearchSQL.dateTokens(DateRange(from: "2020", through: "2021")) == ["y2020", "y2021"])
    #expect(SearchSQL.dateTokens(DateRange(from: "2020-09", through: "2020-09")) == ["m202009"])
    #expect(
      SearchSQL.dateTokens(DateRange(from: "2020-11-29", through: "2021-02"))
        == ["d20201129", "d20201130", "d20201131", "m202012", "m202101", "m202102"])
    #expect(SearchSQL.dateTokens(DateRange(from: nil, through: "2021")) == nil)
    #expect(
      SearchSQL.facetText(kinds: [.paragraph, .quote], role: "body", date: "2020-09-30")
        == "paragraph quote body y2020 m202009 d20200930")
  }

  @Test func filtersNarrowBeforeRanking() throws {
    #expect(try index.search("kind:quote").allSatisfy { $0.kind == .quote })
    #expect(try index.search("in:title").map(\.role) == [.title, .title])
    #expect(try index.search("date:2020-09-30 in:title").map(\.article) == [strike])
    #expect(try index.search("date:2020-09-30..2021-05-03 in:title").count == 2)
    #expect(try index.search("date:2020-10..2021-05-02 in:title").isEmpty)
    #expect(try index.search("date:..2020-12 in:title").map(\.article) == [strike])
  }
}

/// `speaker:` and `kind:` select the claim that is returned, not only the paragraph it stands in.
@Suite struct ClaimFilterTests {
  @Test func speakerAndKindApplyToTheClaimItself() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    _ = try StoreTestSupport.write(
      "Council row over the harbour wall\n\nAnn Keller said the wall was far too high. Bob Ortiz said the wall "
        + "was fine as it stands.\n", "wall.md", in: folder)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    let ortiz = try index.search("wall speaker:Ortiz kind:quote")
    #expect(!ortiz.isEmpty)
    #expect(ortiz.allSatisfy { $0.speaker == "Bob Ortiz" && $0.kind == .quote })
    #expect(ortiz.first?.text.contains("was fine as it stands") == true)
    #expect(try index.search("wall speaker:Ortiz").allSatisfy { $0.speaker == "Bob Ortiz" })
    #expect(try index.search("wall speaker:Nobody").isEmpty)
    let keller = try #require(try index.search("high speaker:Keller").first)
    #expect(keller.text.hasSuffix("far too high"))
  }

  @Test func aSpeakersProposalIsNoHitForTheirQuotes() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    _ = try StoreTestSupport.write(
      "Council row over the harbour wall\n\nAnn Keller said the wall was far too high. Bob Ortiz proposed to "
        + "build a lower wall next spring.\n", "wall.md", in: folder)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    #expect(try index.search("wall speaker:Ortiz kind:proposal").first?.speaker == "Bob Ortiz")
    // Keller's quote stands in the same paragraph, but Ortiz said no quote
    #expect(try index.search("wall speaker:Ortiz kind:quote").isEmpty)
  }
}

/// `in:title` finds a title written only in the front matter.
@Suite struct FrontMatterTitleTests {
  static let article = """
    ---
    title: Varga elected Speaker as new Assembly sworn in
    source: Euronews
    date: 2021-03-02
    ---

    The regional parliament chose its leader on Tuesday, after a vote that took most of the morning to complete.

    Members of both parties attended the ceremony in the chamber.

    """

  func index() throws -> (index: CorpusIndex, path: String) {
    let folder = try StoreTestSupport.temporaryFolder()
    let path = try StoreTestSupport.write(Self.article, "assembly.md", in: folder)
    // No front matter and no title line: the title comes from the file name and is not searchable.
    try StoreTestSupport.write(
      "Varga spoke on Friday about the vote in the chamber and what comes next.\n", "varga-notes.txt", in: folder)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    return (index, path)
  }

  @Test func inTitleFindsATitleThatIsOnlyInTheFrontMatter() throws {
    let (index, path) = try index()
    let titles = try index.search("in:title varga")
    #expect(titles.count == 1)
    let hit = try #require(titles.first)
    #expect(hit.article == path)
    #expect(hit.role == .title && hit.kind == .paragraph)
    #expect(hit.text == "Varga elected Speaker as new Assembly sworn in")
    #expect(hit.snippet.marked() == "«Varga» elected Speaker as new Assembly sworn in")
    #expect(hit.paragraph == 0 && hit.start == 0 && hit.end == 0)
    #expect(try index.search("in:title").map(\.article) == [path])
    #expect(try index.search("in:title date:2021-03 assembly").map(\.article) == [path])
    #expect(try index.search("in:body assembly").isEmpty)
    #expect(index.sqlText(for: try QueryParser.parse("in:title varga")).contains("facets : (\"title\")"))
  }

  @Test func theTitlePassageIsNoParagraphOfTheArticle() throws {
    let (index, path) = try index()
    let analysis = try #require(try index.analysis(of: path))
    let read = ArticleReader.parse(Self.article, path: path)
    #expect(analysis.article.paragraphs == read.paragraphs)
    #expect(analysis.article.paragraphs.allSatisfy { $0.role == .body })
    #expect(analysis.article.title == "Varga elected Speaker as new Assembly sworn in")
  }

  @Test func aTitleLineIsNotIndexedTwice() throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    #expect(try index.search("budget in:title").count == 1)
    #expect(try index.count(try QueryParser.parse("in:title")) == 2)
  }

  @Test func oldIndexesAreRebuilt() {
    #expect(IndexSchema.format >= 4)  // format 3 indexes hold no front-matter titles
  }
}

/// A capped list knows how many results there are in all.
@Suite struct SearchCountTests {
  @Test func theCountIsOneQueryOverTheSameMatchAndFilters() throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    let all = try index.search("the", limit: 100)
    #expect(all.count > 3)
    #expect(try index.count(try QueryParser.parse("the")) == all.count)
    #expect(try index.total(of: try QueryParser.parse("the"), returned: 2, limit: 2) == all.count)
    #expect(try index.total(of: try QueryParser.parse("the"), returned: 1, limit: 2) == 1)
    #expect(try index.count(try QueryParser.parse("the date:2020-09")) == index.search("the date:2020-09").count)
    #expect(try index.count(try QueryParser.parse("the date:..2020-12")) == index.search("the date:..2020-12").count)
    #expect(
      try index.count(try QueryParser.parse("date:2021-01..")) == index.search("date:2021-01..", limit: 100).count)
    #expect(try index.count(try QueryParser.parse("xylophone")) == 0)
    // Claim filters: the paragraphs that match, an upper bound of the claims returned.
    let quotes = try index.search("kind:quote", limit: 100).count
    #expect(try index.count(try QueryParser.parse("kind:quote")) >= quotes)
  }
}
