import Foundation
import GRDB
import SaysoAnalysis
import Testing

@testable import SaysoStore

/// An index keeps the analyses one analysis made: opened by a program whose analysis differs (another
/// fingerprint), it is rebuilt, and every article analysed again.
@Suite struct IndexFingerprintTests {
  /// An index file of the two test articles, closed, and its corpus.
  private func builtIndex() throws -> (url: URL, corpus: [CorpusSource]) { try StoreTestSupport.builtIndexFile() }

  private func rewrite(_ url: URL, _ sql: String) throws {
    let queue = try DatabaseQueue(path: url.path)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
  }

  @Test func theIndexRecordsTheFingerprintOfTheAnalysis() throws {
    let (url, _) = try builtIndex()
    let queue = try DatabaseQueue(path: url.path)
    #expect(try queue.read { try String.fetchAll($0, sql: "SELECT fingerprint FROM analysis") } == [
      AnalysisFingerprint.current
    ])
    #expect(AnalysisFingerprint.current.count == 16)
  }

  @Test func anIndexOfTheSameAnalysisIsKept() throws {
    let (url, corpus) = try builtIndex()
    #expect(try CorpusIndex.open(corpus: corpus, at: url).update().analysed.isEmpty)
  }

  @Test func anIndexThatAnotherAnalysisMadeIsAnalysedAgain() throws {
    let (url, corpus) = try builtIndex()
    try rewrite(url, "UPDATE analysis SET fingerprint = '0123456789abcdef'")
    let index = try CorpusIndex.open(corpus: corpus, at: url)
    #expect(try index.update().analysed.count == 2)
    #expect(try index.search("inquiry").count == 1)
    #expect(try CorpusIndex.open(corpus: corpus, at: url).update().analysed.isEmpty)
  }

  @Test func anIndexThatRecordsNoAnalysisIsAnalysedAgain() throws {
    let (url, corpus) = try builtIndex()
    try rewrite(url, "DROP TABLE analysis")
    #expect(try CorpusIndex.open(corpus: corpus, at: url).update().analysed.count == 2)
  }
}
