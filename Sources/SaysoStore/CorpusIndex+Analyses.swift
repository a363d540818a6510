import GRDB
import SaysoCore

extension CorpusIndex {
  /// An in-memory index that holds `analyses` as they are: nothing is read or analysed again. For
  /// articles made by hand (the reader's tests and benchmarks), so that they go through the same
  /// search, bookmarks and reading state as a corpus of files.
  ///
  /// Each article is the embedded document of its paragraphs' text, so the corpus keeps the order of
  /// `analyses` and an `update()` finds nothing changed.
  ///
  /// - Parameter name: the corpus's name (its identity, which bookmarks remember).
  /// - Throws: `SaysoStoreError` when two analyses share a path.
  public static func inMemory(analyses: [ArticleAnalysis], name: String = "analyses") throws(SaysoStoreError)
    -> CorpusIndex
  {
    let documents = analyses.map { analysis in
      EmbeddedDocument(
        path: analysis.article.path,
        bytes: Array(analysis.article.paragraphs.map(\.text).joined(separator: "\n\n").utf8))
    }
    let index = inMemory(corpus: [.embedded(name: name, documents: documents)])
    try run(path: ":memory:") {
      try index.database.write { db in
        var batch = try IndexRows.Batch(db)
        for (analysis, document) in zip(analyses, documents) {
          let rows = ArticleRows(analysis, hash: ContentHash(document.bytes), size: nil, modified: nil)
          try IndexRows.insert(rows, &batch, db)
        }
        try IndexRows.indexPassages(of: &batch, db)
      }
    }
    return index
  }
}
