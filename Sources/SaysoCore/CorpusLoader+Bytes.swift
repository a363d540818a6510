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
  public static func article(from data: Data, path: String) throws(SaysoCoreError) -> Article {
    let (text, encoding) = try ArticleBytes.decodeNamingEncoding(data, path: path)
    var article = ArticleReader.parse(text, path: path)
    article.encoding = encoding
    if article.paragraphs.isEmpty { throw .noText(path: path) }
    return article
  }
}
