import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The rule for paragraphs far longer than any real one: pieces of whole sentences, claims given back
/// to the paragraph.
final class ParagraphPiecesTests: XCTestCase {
  static let sentence = "The minister said, \"we will propose a new tax. Now.\" and then walked away. "

  func article(_ texts: [String]) -> Article {
    var parts: [Paragraph] = []
    var start = 0
    for (index, text) in texts.enumerated() {
      let count = text.unicodeScalars.count
      parts.append(
        Paragraph(index: index, start: start, end: start + count, role: index == 0 ? .title : .body, text: text))
      start += count + 2
    }
    return Article(path: "long.txt", title: texts.first, paragraphs: parts)
  }

  func testAnArticleWithoutALongParagraphHasNoPieces() {
    XCTAssertNil(ParagraphPieces(article(["Title", Self.sentence]), maximumScalars: 100, pieceScalars: 50))
    XCTAssertNil(ParagraphPieces(article(["Title", String(repeating: Self.sentence, count: 100)])))
  }

  func testPiecesEndAtSentenceEndsOutsideQuotes() {
    let text = String(repeating: Self.sentence, count: 20)
    let cuts = ParagraphPieces.cuts(of: text, pieceScalars: 100)
    let scalars = Array(text.unicodeScalars)
    XCTAssertFalse(cuts.isEmpty)
    var previous = 0
    for cut in cuts {
      XCTAssertGreaterThanOrEqual(cut - previous, 100)
      // each piece starts a sentence: "The minister …", never the "Now." inside the quote
      XCTAssertEqual(String(String.UnicodeScalarView(scalars[cut..<(cut + 4)])), "The ")
      previous = cut
    }
    // no sentence end at all: cut at a space past 4 pieces' length, else anywhere past 5
    let words = String(repeating: "word ", count: 100)
    XCTAssertEqual(ParagraphPieces.cuts(of: words, pieceScalars: 20), [80, 160, 240, 320, 400, 480])
    XCTAssertEqual(ParagraphPieces.cuts(of: String(repeating: "x", count: 30), pieceScalars: 5), [25])
  }

  func testPiecesOfTextBeyondASCIIAreCutAtTheirScalars() throws {
    // a sentence of one- to four-byte scalars: "é" (2), "“" (3), "😀" (4), a capital that is no ASCII: "Édith"
    let sentence = "Édith Søndergård said, “we will tax the café 😀.” Then she left. "
    let long = String(repeating: sentence, count: 40)
    let cuts = ParagraphPieces.cuts(of: long, pieceScalars: 200)
    XCTAssertFalse(cuts.isEmpty)
    let scalars = Array(long.unicodeScalars)
    for cut in cuts {
      XCTAssertEqual(String(String.UnicodeScalarView(scalars[cut..<(cut + 6)])), "Édith ")
    }
    let whole = article(["Title", long])
    let pieces = try XCTUnwrap(ParagraphPieces(whole, maximumScalars: 1_000, pieceScalars: 200))
    XCTAssertEqual(pieces.split.paragraphs.dropFirst().map(\.text).joined(), long)
    for paragraph in pieces.split.paragraphs.dropFirst() {
      XCTAssertEqual(paragraph.end - paragraph.start, paragraph.text.unicodeScalars.count)
      XCTAssertEqual(paragraph.text.unicodeScalarCountQuickly, paragraph.text.unicodeScalars.count)
    }
    XCTAssertEqual(pieces.split.paragraphs.last?.end, whole.paragraphs.last?.end)
  }

  func testClaimsOfPiecesAreGivenBackToTheParagraph() throws {
    let long = String(repeating: Self.sentence, count: 30)
    let whole = article(["Title", "A first paragraph.", long, "“We will see,” the minister said."])
    let pieces = try XCTUnwrap(ParagraphPieces(whole, maximumScalars: 1_000, pieceScalars: 300))
    XCTAssertGreaterThan(pieces.split.paragraphs.count, 6)
    XCTAssertEqual(pieces.split.paragraphs.map(\.index), Array(pieces.split.paragraphs.indices))
    XCTAssertEqual(pieces.split.paragraphs.filter { pieces.origins[$0.index].paragraph == 2 }.map(\.text).joined(), long)
    let analysis = pieces.analysis(of: whole)
    XCTAssertEqual(analysis.article, whole)
    let inLong = analysis.quotes.filter { $0.paragraph == 2 }
    XCTAssertEqual(inLong.filter { $0.kind == .direct }.count, 30)
    for quote in analysis.quotes {
      let scalars = Array(whole.paragraphs[quote.paragraph].text.unicodeScalars)
      XCTAssertEqual(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])), quote.text)
    }
    for proposal in analysis.proposals {
      let scalars = Array(whole.paragraphs[proposal.paragraph].text.unicodeScalars)
      XCTAssertEqual(String(String.UnicodeScalarView(scalars[proposal.start..<proposal.end])), proposal.text)
    }
    XCTAssertEqual(analysis.quotes.last?.paragraph, 3)
    // each piece is a run of its own; the paragraphs around them keep theirs
    let runs = ArticleRuns.runs(of: pieces.split.paragraphs, alone: pieces.isPiece)
    XCTAssertEqual(runs.first, 0..<2)
    XCTAssertEqual(runs.count, pieces.split.paragraphs.count - 1)
  }
}
