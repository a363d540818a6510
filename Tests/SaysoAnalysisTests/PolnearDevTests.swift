import Foundation
import SaysoAnalysis
import SaysoCore
import XCTest

/// Scores the analysis on the PolNeAR dev split in ../shared (84 real US political news articles) the
/// way ../shared/eval/score.py --join-utterances does, and fails below the bars of the analysis issue:
/// quotes F1 ≥ 60, direct recall ≥ 95, attribution ≥ 87, no text mismatches. Skipped, with a message,
/// when ../shared is not beside the repository. The texts stay in ../shared: nothing is copied here.
final class PolnearDevTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let devFolder = root.deletingLastPathComponent().appendingPathComponent("shared/eval/polnear-dev")

  func testDevSplitMeetsTheBars() throws {
    let goldURL = Self.devFolder.appendingPathComponent("gold.jsonl")
    guard FileManager.default.fileExists(atPath: goldURL.path) else {
      throw XCTSkip("PolNeAR dev split not found at \(Self.devFolder.path): ../shared is not beside the repository")
    }
    var figures = GoldScorer.Figures()
    var articles = 0
    for line in try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n") where !line.isEmpty {
      let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let file = try XCTUnwrap(gold["file"] as? String)
      let text = try String(contentsOf: Self.devFolder.appendingPathComponent(file), encoding: .utf8)
      let analysis = analyze(ArticleReader.parse(text, path: file))
      articles += 1
      figures = Self.score(analysis, text: text, gold: gold, into: figures)
    }
    XCTAssertEqual(articles, 84)
    let summary = String(
      format: "PolNeAR dev: F1 %.1f (P %.1f R %.1f), direct recall %.1f, attribution %.1f on %d",
      figures.f1 * 100, figures.precision * 100, figures.recall * 100, figures.directRecall * 100,
      figures.attributionAccuracy * 100, figures.attributed)
    print(summary)
    XCTAssertGreaterThanOrEqual(figures.f1, 0.60, summary)
    XCTAssertGreaterThanOrEqual(figures.directRecall, 0.95, summary)
    XCTAssertGreaterThanOrEqual(figures.attributionAccuracy, 0.87, summary)
    XCTAssertEqual(figures.textMismatches, 0, summary)
  }

  /// Adds one article's quotes to `figures`, joining the pieces of each utterance first.
  static func score(_ analysis: ArticleAnalysis, text: String, gold: [String: Any], into figures: GoldScorer.Figures)
    -> GoldScorer.Figures
  {
    var figures = figures
    let scalars = Array(text.unicodeScalars)
    let paragraphStart = Dictionary(uniqueKeysWithValues: analysis.article.paragraphs.map { ($0.index, $0.start) })
    var predictions: [(cells: Set<Int>, who: String?)] = []
    var byUtterance: [Int: Int] = [:]
    for quote in analysis.quotes {
      guard let offset = paragraphStart[quote.paragraph] else {
        figures.textMismatches += 1
        continue
      }
      let (start, end) = (offset + quote.start, offset + quote.end)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[start..<end])
      if String(slice) != quote.text { figures.textMismatches += 1 }
      let who = quote.speaker?.name ?? quote.organisation ?? quote.group
      if let utterance = quote.utterance, let index = byUtterance[utterance] {
        predictions[index].cells.formUnion(start..<end)
      } else {
        if let utterance = quote.utterance { byUtterance[utterance] = predictions.count }
        predictions.append((Set(start..<end), who))
      }
    }
    let items = (gold["quotes"] as? [[String: Any]] ?? []).map { item in
      var cells = Set<Int>()
      for span in item["spans"] as? [[Int]] ?? [] { cells.formUnion(span[0]..<span[1]) }
      return GoldScorer.GoldItem(
        cells: cells, who: item["speaker"] as? String, whoIsPronoun: item["speaker_is_pronoun"] as? Bool ?? false,
        optional: item["optional"] as? Bool ?? false, direct: item["direct"] as? Bool ?? false)
    }
    GoldScorer.score(gold: items, predictions: predictions, into: &figures)
    return figures
  }
}
