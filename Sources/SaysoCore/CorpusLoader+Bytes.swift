import Foundation

extension CorpusLoader {
  /// Makes an article of a file's bytes already read, checking them as `load(paths:)` does
  /// (UTF-8, no NUL byte, some text).
  ///
  /// - Parameters:
  ///   - data: the file's bytes.
  ///   - path: the path to give the article and to name in errors.
  /// - Returns: the parsed article.
  /// - Throws: `SaysoCoreError` when the bytes are not an article.
  public static func article(from data: consuming Data, path: String) throws(SaysoCoreError) -> Article {
    // the bytes go straight to scalars and are let go before the reader runs: of a 20 MB file, memory
    // then holds the scalars and the paragraphs, not the bytes and a whole-text String besides
    let (scalars, encoding) = try ArticleBytes.decodeScalarsNamingEncoding(data, path: path)
    _ = consume data
    var article = ArticleReader.parse(scalars: scalars, path: path)
    article.encoding = encoding
    if article.paragraphs.isEmpty { throw .noText(path: path) }
    return article
  }
}
