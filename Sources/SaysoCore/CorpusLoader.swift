import Foundation

/// Reads articles from files and folders, keeping going past bad files.
///
/// Every path either yields articles or one clear error naming it; nothing is skipped silently,
/// nothing crashes, nothing hangs: special files (FIFOs, devices) are refused before they are opened,
/// files above `defaultMaximumFileSize` are refused before they are read, and folder cycles made with
/// symbolic links are walked once.
public enum CorpusLoader {
  /// The outcome of loading: every article that could be read, and one error per file that could not.
  public struct Result: Sendable {
    /// The articles read, in the order of the paths (each folder's files sorted by path).
    public var articles: [Article]
    /// One error per path or file that could not be read, in the same order.
    public var errors: [SaysoCoreError]
  }

  /// The largest file read by default: 20 MB (decimal), about fifty times the longest news article.
  /// Larger files are refused with `SaysoCoreError.tooLarge` without being read.
  public static let defaultMaximumFileSize = 20_000_000

  /// File extensions read from folders (compared without regard to case).
  public static let articleExtensions: Set<String> = ["txt", "md"]

  /// Whether a file named `name` (no folder in it) is an article by its extension: one of
  /// `articleExtensions`, in any case, after the last dot of a name that does not start with it — as
  /// `(name as NSString).pathExtension` reads it, without bridging to `NSString` (some 9,500
  /// instructions a file of a folder's listing).
  public static func hasArticleExtension(_ name: String) -> Bool {
    let utf8 = name.utf8
    guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")), dot != utf8.startIndex else { return false }
    let suffix = utf8[utf8.index(after: dot)...]
    // (longer than any article extension: not worth lower-casing)
    guard suffix.count <= 8 else { return false }
    return articleExtensions.contains(String(Substring(suffix)).lowercased())
  }

  /// Loads .txt and .md articles from files and directories (recursive, sorted, hidden files skipped).
  /// A path given explicitly is read whatever its extension.
  ///
  /// - Parameter paths: files and folders as the user gave them.
  /// - Returns: the articles in order (paths in the given order, each folder's files sorted by path)
  ///   and the errors, in the same order.
  public static func load(paths: [String]) -> Result {
    load(paths: paths, maximumFileSize: defaultMaximumFileSize)
  }

  /// Loads articles as `load(paths:)` does, with a chosen size limit.
  ///
  /// - Parameters:
  ///   - paths: files and folders as the user gave them.
  ///   - maximumFileSize: files with more bytes than this are refused.
  /// - Returns: the articles and the errors, in order.
  public static func load(paths: [String], maximumFileSize: Int) -> Result {
    var result = Result(articles: [], errors: [])
    forEachArticle(paths: paths, maximumFileSize: maximumFileSize) { outcome in
      switch outcome {
      case .success(let article): result.articles.append(article)
      case .failure(let error): result.errors.append(error)
      }
    }
    return result
  }

  /// Reads articles one file at a time and hands each article, or the error that stopped it, to `body`,
  /// in the order `load(paths:)` gives them — so a caller never needs more than one file in memory.
  ///
  /// - Parameters:
  ///   - paths: files and folders as the user gave them.
  ///   - maximumFileSize: files with more bytes than this are refused.
  ///   - body: receives each outcome in order.
  /// - Throws: whatever `body` throws; reading stops there.
  public static func forEachArticle(
    paths: [String], maximumFileSize: Int = defaultMaximumFileSize,
    _ body: (Swift.Result<Article, SaysoCoreError>) throws -> Void
  ) rethrows {
    for path in paths {
      for entry in entries(of: path) {
        switch entry {
        case .file(let file):
          try body(readArticle(file, maximumFileSize: maximumFileSize).map { withSection($0, inFolder: path) })
        case .failure(let error): try body(.failure(error))
        }
      }
    }
  }

  /// `article` with the folder it is in inside the corpus folder `folder` as its section, when its
  /// front matter gives none and the folder is not the library's `SOURCE/` folder (which names the source).
  public static func withSection(_ article: Article, inFolder folder: String) -> Article {
    guard article.section == nil, let name = section(of: article.path, in: folder),
      letters(of: name) != letters(of: article.source ?? "")
    else { return article }
    var article = article
    article.section = name
    return article
  }

  /// The folder holding `file` inside the corpus folder `folder`, as a section name
  /// ("corpus/business/a.txt" → "business"); nil for a file right in `folder`.
  public static func section(of file: String, in folder: String) -> String? {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    guard file.hasPrefix(prefix) else { return nil }
    let parts = file.dropFirst(prefix.count).split(separator: "/")
    return parts.count >= 2 ? String(parts[parts.count - 2]) : nil
  }

  /// The letters and digits of `text`, lower-cased, without accents: "The Coast Gazette" and
  /// "the-coast-gazette" give the same.
  static func letters(of text: String) -> String {
    String(
      text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars
        .filter { $0.isASCII && CharacterSet.alphanumerics.contains($0) }.map(Character.init))
  }

  /// What a path the user gave stands for, before any article is read: the files to read, or the error
  /// that names the path (or one file of its folder).
  public enum Entry: Sendable, Equatable {
    /// A file to read with `readArticle` (which reports it if it cannot be read).
    case file(String)
    /// A path or a file that cannot be read, reported in its place.
    case failure(SaysoCoreError)
  }

  /// The entries of `path` in reading order: the file itself; each article file of a folder, sorted
  /// (names that are not valid UTF-8 as failures); or the error of a missing path, a special file, an
  /// unreadable folder or a folder without articles.
  public static func entries(of path: String) -> [Entry] {
    switch kind(of: path) {
    case .missing: return [.failure(.missing(path: path))]
    case .other: return [.failure(.notRegularFile(path: path))]
    case .file: return [.file(path)]
    case .folder:
      let files: [String]
      let invalidNames: Set<String>
      do {
        (files, invalidNames) = try articleFilesAndInvalidNames(in: path)
      } catch {
        return [.failure(error)]
      }
      if files.isEmpty { return [.failure(.noArticles(path: path))] }
      return files.map { invalidNames.contains($0) ? .failure(.invalidFileName(path: $0)) : .file($0) }
    }
  }

  /// Reads and parses one article file. The file is opened once: a missing file, a folder, a special
  /// file or one over `maximumFileSize` is refused by `ArticleFile.read` with its error.
  public static func readArticle(_ path: String, maximumFileSize: Int = defaultMaximumFileSize)
    -> Swift.Result<Article, SaysoCoreError>
  {
    // The size is checked on the open file before anything is read (a link to a big file included).
    switch ArticleFile.read(path, limit: maximumFileSize) {
    case .success(let bytes):
      do {
        return .success(try article(from: bytes, path: path))
      } catch {
        return .failure(error)
      }
    case .failure(let error): return .failure(error)
    }
  }

  /// The article files under `folder`, as the folder path joined with each relative path, sorted by
  /// relative path. Hidden files and folders (names starting with ".") are skipped.
  static func articleFiles(in folder: String) throws(SaysoCoreError) -> [String] {
    try articleFilesAndInvalidNames(in: folder).files
  }

  /// `articleFiles(in:)`, and which of them have a name that is not valid UTF-8 (written with `\xNN`).
  static func articleFilesAndInvalidNames(in folder: String) throws(SaysoCoreError) -> (
    files: [String], invalid: Set<String>
  ) {
    var found: [String] = []  // relative paths
    var invalid: Set<String> = []
    var visited: Set<String> = []
    try collect(folder: folder, relative: "", found: &found, invalid: &invalid, visited: &visited)
    found.sort()
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return (found.map { prefix + $0 }, Set(invalid.map { prefix + $0 }))
  }

  private static func collect(
    folder: String, relative: String, found: inout [String], invalid: inout Set<String>, visited: inout Set<String>
  ) throws(SaysoCoreError) {
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else { return }  // a symbolic link back up the tree
    let names: [String]
    do {
      let listing = try FolderListing.names(in: folder)
      names = listing.valid
      for name in listing.invalid where !name.hasPrefix(".") {
        guard hasArticleExtension(name) else { continue }
        let childRelative = relative.isEmpty ? name : relative + "/" + name
        found.append(childRelative)
        invalid.insert(childRelative)
      }
    } catch {
      throw .unreadable(path: folder, reason: reason(error))
    }
    for name in names where !name.hasPrefix(".") {
      let child = folder.hasSuffix("/") ? folder + name : folder + "/" + name
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      switch kind(of: child) {
      case .folder:
        // An unreadable subfolder is skipped with the rest of its tree rather than failing the folder.
        try? collect(folder: child, relative: childRelative, found: &found, invalid: &invalid, visited: &visited)
      case .file, .missing, .other:
        // A broken link or a FIFO named like an article is listed, so that reading it reports it.
        if hasArticleExtension(name) { found.append(childRelative) }
      }
    }
  }

  private enum Kind { case missing, file, folder, other }

  /// What is at `path`, following symbolic links (one `stat`).
  private static func kind(of path: String) -> Kind {
    guard !path.isEmpty else { return .missing }
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  /// A short reason for a Foundation read error, without the error domain noise.
  private static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain,
      let message = strerror(Int32(underlying.code))
    {
      return String(cString: message).lowercased()
    }
    if ns.domain == NSPOSIXErrorDomain, let message = strerror(Int32(ns.code)) {
      return String(cString: message).lowercased()
    }
    return ns.localizedDescription
  }
}
