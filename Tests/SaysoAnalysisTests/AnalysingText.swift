import SaysoCore

@testable import SaysoAnalysis

/// Tests that analyse a short text as the body of an article under a headline.
protocol AnalysingText {}

extension AnalysingText {
  /// The analysis of `text` as the article's body.
  func run(_ text: String) -> ArticleAnalysis {
    analyze(ArticleReader.parse("A headline\n\n" + text, path: "test.txt"))
  }
}
