import Foundation
import XCTest

@testable import SaysoIngest

/// Measures main-text extraction on `PageLayouts`' twenty pages: the share of article paragraphs kept
/// and of boilerplate lines dropped, page by page and overall (printed, and held to a bar).
final class ExtractionMeasureTests: XCTestCase {
  func testArticleParagraphsKeptAndBoilerplateDropped() throws {
    var kept = 0
    var articleTotal = 0
    var dropped = 0
    var boilerplateTotal = 0
    var report: [String] = []
    for page in PageLayouts.all {
      let entry = try WebPage.entry(Data(page.html.utf8), address: page.name)
      let text = entry.paragraphs.joined(separator: "\n")
      let keptHere = page.article.filter { entry.paragraphs.contains($0) }.count
      let droppedHere = page.boilerplate.filter { !text.contains($0) }.count
      kept += keptHere
      articleTotal += page.article.count
      dropped += droppedHere
      boilerplateTotal += page.boilerplate.count
      report.append(
        "\(page.name): kept \(keptHere)/\(page.article.count), dropped \(droppedHere)/\(page.boilerplate.count)"
          + (keptHere < page.article.count || droppedHere < page.boilerplate.count ? "  \(entry.paragraphs)" : ""))
    }
    let keptShare = Double(kept) / Double(articleTotal)
    let droppedShare = Double(dropped) / Double(boilerplateTotal)
    print(report.joined(separator: "\n"))
    print(
      "extraction on \(PageLayouts.all.count) pages: \(kept)/\(articleTotal) article paragraphs kept "
        + "(\(Int((keptShare * 1000).rounded()) / 10)%), \(dropped)/\(boilerplateTotal) boilerplate lines dropped "
        + "(\(Int((droppedShare * 1000).rounded()) / 10)%)")
    XCTAssertEqual(PageLayouts.all.count, 20)
    XCTAssertGreaterThanOrEqual(keptShare, 0.95, report.joined(separator: "\n"))
    XCTAssertGreaterThanOrEqual(droppedShare, 0.95, report.joined(separator: "\n"))
  }
}
