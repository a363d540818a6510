import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// One test class per pipeline stage, on small cases written for them.
final class TokenizerTests: XCTestCase {
  func testInitialismsPossessivesAndContractionsStayWhole() {
    let t = Tokenizer.tokenize(Array("The U.S. said Putin’s plan won't work.".unicodeScalars)).tokens.map(\.text)
    XCTAssertEqual(t, ["The", "U.S.", "said", "Putin’s", "plan", "won't", "work", "."])
    XCTAssertEqual(Tokenizer.tokenize(Array("Putin’s".unicodeScalars)).tokens[0].stem, "Putin")
  }

  func testADecimalAtTheEndOfASentenceLeavesItsFullStop() {
    let t = Tokenizer.tokenize(Array("It measured 6.1. Then U.S. aid came.".unicodeScalars)).tokens.map(\.text)
    XCTAssertEqual(t, ["It", "measured", "6.1", ".", "Then", "U.S.", "aid", "came", "."])
  }

  func testAnEnDashJoinsTwoNamesButNotTwoWordsOrNumbers() {
    let text = "the Kent–Sussex Trust, her leadership–specifically, 1990–2000"
    let t = Tokenizer.tokenize(Array(text.unicodeScalars)).tokens
    XCTAssertEqual(
      t.map(\.text),
      ["the", "Kent–Sussex", "Trust", ",", "her", "leadership", "–", "specifically", ",", "1990", "–", "2000"])
  }

  func testAFamilyNameOpeningWithAParticleIsCapitalised() {
    let tokens = Tokenizer.tokenize(Array("minister al-Hashimi and the well-Known el-masri".unicodeScalars)).tokens
    XCTAssertEqual(tokens.filter(\.isCapitalized).map(\.text), ["al-Hashimi"])
  }

  func testInvisibleMarksOfWidthAndDirectionAreNoTokens() {
    let tokens = Tokenizer.tokenize(Array("\u{2014} \u{200D}Meera and\u{200E} Kapur".unicodeScalars)).tokens.map(\.text)
    XCTAssertEqual(tokens, ["\u{2014}", "Meera", "and", "Kapur"])
  }

  func testAnInitialismOfThreeLettersStaysWholeAndEndsNoSentence() {
    let t = Tokenizer.tokenize(Array("the F.B.I. had not and the U.S.Army".unicodeScalars)).tokens.map(\.text)
    XCTAssertEqual(t, ["the", "F.B.I.", "had", "not", "and", "the", "U.S.", "Army"])
    let a = analyze(ArticleReader.parse("A title\n\nThe company said the F.B.I. had not contacted it.", path: "t.txt"))
    XCTAssertEqual(a.quotes.first?.text, "the F.B.I. had not contacted it")
  }

  func testATimeOfDayEndsASentenceBeforeACapitalThatIsNoDayOrZoneOrAQuote() {
    func claims(_ text: String) -> [String] {
      analyze(ArticleReader.parse("A title\n\n" + text, path: "t.txt")).quotes.map(\.text)
    }
    XCTAssertEqual(
      claims("Amy Boudreau said officers responded after 2 a.m. Three people were taken to hospital, she said."),
      ["officers responded after 2 a.m.", "Three people were taken to hospital"])
    XCTAssertEqual(claims("Amy Boudreau said officers arrived at 10 a.m. Tuesday and left."),
      ["officers arrived at 10 a.m. Tuesday and left"])
    XCTAssertEqual(claims("Amy Boudreau said the vote is at 9 a.m. Eastern on Friday."),
      ["the vote is at 9 a.m. Eastern on Friday"])
    // (and before a quote that opens)
    XCTAssertEqual(
      claims("A spokesman told reporters the fire started at 6:20 p.m. “No one was injured,” read the statement."),
      ["the fire started at 6:20 p.m.", "“No one was injured,”"])
  }

  func testOffsetsAreUnicodeScalars() {
    let tokens = Tokenizer.tokenize(Array("😀 said".unicodeScalars)).tokens
    XCTAssertEqual(tokens.map(\.start), [0, 2])
  }
}

final class QuoteScannerTests: XCTestCase {
  func scan(_ s: String, open: Bool = false) -> [String] {
    let sc = Array(s.unicodeScalars)
    return QuoteScanner.scan(sc, openFromPrevious: open).map { q in
      var v = String.UnicodeScalarView()
      v.append(contentsOf: sc[q.start..<q.end])
      return String(v)
    }
  }

  func testCurlyStraightAndGuillemets() {
    XCTAssertEqual(scan("He said “We need peace,” loudly."), ["“We need peace,”"])
    XCTAssertEqual(scan("\"It works,\" she said."), ["\"It works,\""])
    XCTAssertEqual(scan("Il a dit «la paix» hier."), ["«la paix»"])
  }

  func testAStraightQuoteClosedWithEitherCurlyMark() {
    XCTAssertEqual(scan("\"We are ready,” she said."), ["\"We are ready,”"])
    XCTAssertEqual(scan("\"It will only get worse.“ Then she left."), ["\"It will only get worse.“"])
  }

  func testApostrophesAndPossessivesAreNotQuotes() {
    XCTAssertEqual(scan("The Americans’ view isn't Putin's, and that’s that."), [])
  }

  func testAPluralsPossessiveInsideASingleQuoteDoesNotCloseIt() {
    XCTAssertEqual(
      scan("Graham said: 'The council is playing games with workers' livelihoods.'"),
      ["'The council is playing games with workers' livelihoods.'"])
    // with no later mark, the possessive's mark is the only close there is
    XCTAssertEqual(scan("He called it 'a deal for the farmers' and left."), ["'a deal for the farmers'"])
  }

  func testNestedSingleQuotesStayInsideTheOuterQuote() {
    XCTAssertEqual(
      scan("\"As my father said, 'Measure twice, cut once.' That holds,\" Hale said."),
      ["\"As my father said, 'Measure twice, cut once.' That holds,\""])
  }

  func testUnclosedQuoteRunsToTheParagraphEnd() {
    let q = QuoteScanner.scan(Array("“The first part of a long quote".unicodeScalars))
    XCTAssertEqual(q.count, 1)
    XCTAssertTrue(q[0].unclosed)
    // a single mark after a colon or opening the paragraph too (not an apostrophe's mark in the sentence)
    let s = QuoteScanner.scan(Array("She said: ‘It was terrifying. I thought we would die".unicodeScalars))
    XCTAssertEqual(s.map(\.unclosed), [true])
    XCTAssertEqual(scan("It was the ‘90s and the music was loud and everyone was dancing"), [])
  }

  func testAQuoteLeftOpenAtALinesEndBeforeALineThatOpensAQuoteEndsThere() {
    // the way a quote goes on over paragraphs, in a paragraph whose lines are its paragraphs: the next line's mark
    // opens a quote of its own, and its closing mark is not the first one's
    XCTAssertEqual(
      scan("“Yes,” Vey said. “We saw it at work.\n“The rest is worse,” Vey said. “I saw both.”\nVey left."),
      ["“Yes,”", "“We saw it at work.", "“The rest is worse,”", "“I saw both.”"])
    XCTAssertEqual(
      scan("\"We saw it at work.\r\n  \"The rest is worse,\" Vey said."), ["\"We saw it at work.", "\"The rest is worse,\""])
    // (a closing mark at a line's start closes: "…\n” she said")
    XCTAssertEqual(scan("“We saw it\n” at work, Vey said."), ["“We saw it\n”"])
    // (a quote nested in it that opens a line of hard-wrapped text, the line ending no sentence, is inside it)
    XCTAssertEqual(
      scan("“Our motto has been\n“never give up,” and we will not,” said Dana Pell."),
      ["“Our motto has been\n“never give up,” and we will not,”"])
    // (a quote the line breaks run through, with its closing mark on a later line, is one)
    XCTAssertEqual(scan("He said “we saw it\nat work” and left."), ["“we saw it\nat work”"])
  }

  func testDashQuoteParagraph() {
    let s = "– Both sides will be blamed, – Ivan Sorokin, Director of the Institute, told Kommersant."
    XCTAssertEqual(scan(s), ["Both sides will be blamed"])
  }

  func testMidSentenceDashDoesNotOpenAQuote() {
    XCTAssertEqual(scan("Talks – which began in May – go on."), [])
  }

  func testAShortSingleQuoteThatOpensItsSentenceBeforeAFrame() {
    // the style of papers that quote with single marks
    XCTAssertEqual(
      scan("‘We were ready,’ the coach said. ‘The third period was ours.’"),
      ["‘We were ready,’", "‘The third period was ours.’"])
    XCTAssertEqual(scan("'We were ready,' the coach said."), ["'We were ready,'"])
    XCTAssertEqual(scan("He paused. ‘Yes!’ she shouted."), ["‘Yes!’"])
    XCTAssertEqual(
      scan("‘We don’t know,’ said a neighbour. ‘It’s shocking.’"), ["‘We don’t know,’", "‘It’s shocking.’"])
    // a short single quote inside a sentence, or alone, is a scare quote or a heading
    XCTAssertEqual(scan("Hale calls Ware remark 'reckless,' but backs him."), [])
    XCTAssertEqual(scan("The talks were a so-called ‘reset’."), [])
    XCTAssertEqual(scan("'A bold reformer.'"), [])
  }
}

final class SentenceSplitterTests: XCTestCase {
  func sentences(_ s: String) -> Int {
    let sc = Array(s.unicodeScalars)
    let tokens = Tokenizer.tokenize(sc).tokens
    return SentenceSplitter.split(tokens, quotes: QuoteScanner.scan(sc)).count
  }

  func testTitlesAndInitialsDoNotEndSentences() {
    XCTAssertEqual(sentences("Mr. Hale met Dana J. Fell on Monday. They talked."), 2)
    XCTAssertEqual(sentences("Sen. Ware spoke. Gov. Moss replied."), 2)
    XCTAssertEqual(sentences("Fr. Ware spoke. Amb. Moss replied."), 2)
  }

  func testAWebAddressEndingLikeATitleEndsASentence() {
    XCTAssertEqual(sentences("They were farmers, according to lemonde.fr. They left in May."), 2)
    XCTAssertEqual(sentences("The figures are at census.gov. They show a fall."), 2)
    // (nor is a unit after a number: Swiss francs)
    XCTAssertEqual(sentences("The fine was 40,000 Fr. Nobody paid it."), 2)
    XCTAssertEqual(sentences("\"We left,\" said Air Force 1st Lt. Ann Vey."), 1)
    XCTAssertEqual(sentences("They marched from 40 St. Clair Avenue to the court, Ann Vey said."), 1)
  }

  func testNoBoundaryInsideAQuote() {
    XCTAssertEqual(sentences("“This is one. This is two,” he said. Then he left."), 2)
  }

  func testUSEndsASentenceOnlyBeforeACommonStarter() {
    XCTAssertEqual(sentences("He moved to the U.S. The next year he left."), 2)
    XCTAssertEqual(sentences("The U.S. Navy said so."), 1)
    // (a title or a group after it goes on with the sentence: "U.S. President Tom Ware", "U.S. officials")
    XCTAssertEqual(sentences("He has urged U.S. President Tom Ware to act and U.S. officials agreed."), 1)
  }

  func testAPronounsFrameThatAQuoteFollowsOpensASentenceAfterAQuestion() {
    XCTAssertEqual(sentences("Reed was asked, “Would you have warned them?” He answered, “I cannot say.”"), 2)
    // (a short frame after a question ends no sentence: "“… right?” Hale said, as if …")
    XCTAssertEqual(sentences("“Would you have warned them?” He answered, as if it were obvious."), 1)
    XCTAssertEqual(sentences("“Would you have warned them?” Reed answered, “I cannot say.”"), 1)
  }

  func testAFrameOfUpToTwelveWordsAfterAQuotedQuestionGoesOnWithIt() {
    let long =
      "“You think I'm going to quit?” Hale asked reporters pointedly at a press briefing early last week."
    XCTAssertEqual(sentences(long), 1)
    // (not a verb of belief, which opens a sentence of its own: "…?” I think every person …")
    XCTAssertEqual(sentences("“What if the school were to close?” I think every parent should fight it."), 2)
  }
}

final class CueLexiconTests: XCTestCase {
  func testInflectedForms() {
    for form in ["said", "says", "telling", "told", "emphasized", "criticized", "denied", "argues", "noted", "wrote"] {
      XCTAssertNotNil(CueLexicon.lookup(form), form)
    }
    XCTAssertNil(CueLexicon.lookup("table"))
    XCTAssertEqual(CueLexicon.lookup("proposed")?.category, .proposal)
  }
}

final class SpeakerPhraseTests: XCTestCase {
  func phrase(_ s: String) -> SpeakerPhrase? {
    let p = ParagraphText(
      .init(index: 0, start: 0, end: s.unicodeScalars.count, role: .body, text: s), openFromPrevious: false)
    return SpeakerPhraseParser.parse(p, 0..<p.tokens.count)
  }

  func testTitleBeforeTheName() {
    let sp = phrase("Russian President Vladimir Putin")
    XCTAssertEqual(sp?.kind, .person)
    XCTAssertEqual(sp?.name, "Vladimir Putin")
    XCTAssertEqual(sp?.role, "Russian President")
  }

  func testAppositive() {
    let sp = phrase("Dana Fell, an associate professor at the University of Leeds,")
    XCTAssertEqual(sp?.name, "Dana Fell")
    XCTAssertEqual(sp?.role, "an associate professor at the University of Leeds")
  }

  func testGroupsPronounsAndOrganisations() {
    XCTAssertEqual(phrase("experts interviewed by Izvestia")?.kind, .group)
    XCTAssertEqual(phrase("he")?.kind, .pronoun)
    XCTAssertEqual(phrase("the IMF")?.kind, .organisation)
    XCTAssertEqual(phrase("the Russian leader")?.kind, .nominal)
    XCTAssertNil(phrase("that the plan will fail because"))
  }
}

/// Positions order mentions across paragraphs whatever the offsets: a paragraph of over 2^20 scalars
/// once overflowed the packed position and crashed the analysis.
final class EntityPositionTests: XCTestCase {
  func testPositionsOfLongParagraphsStayInOrder() {
    XCTAssertLessThan(EntityRegistry.position(0, 2_000_000), EntityRegistry.position(1, 0))
    XCTAssertLessThan(EntityRegistry.position(3, 5_000_000), EntityRegistry.position(3, 5_000_001))
  }

  func testLookupsByOffsetAgreeWithScans() {
    let text = "He said, “we will go,” and left. She said: “Not yet.” Then “fine.”"
    let p = ParagraphText(
      Paragraph(index: 1, start: 0, end: text.unicodeScalars.count, role: .body, text: text), openFromPrevious: false)
    for offset in 0...text.unicodeScalars.count {
      XCTAssertEqual(
        p.firstToken(startingAtOrAfter: offset), p.tokens.firstIndex { $0.start >= offset } ?? p.tokens.count)
      let overlapping = p.quotes.indices.filter { p.quotes[$0].start < offset + 5 && offset < p.quotes[$0].end }
      XCTAssertEqual(p.quotes(overlapping: offset..<(offset + 5)), overlapping, "at \(offset)")
    }
  }
}
