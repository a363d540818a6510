import Foundation
import GRDB
import SaysoAnalysis
import SaysoCore

extension CorpusIndex {
  /// Brings the index in line with the corpus: new and changed files are read and analysed, deleted
  /// ones leave the index, renamed ones (same bytes, new path) keep their analysis.
  ///
  /// A file counts as unchanged when its size and modification time are the ones indexed; otherwise its
  /// content hash decides, so a touched file is not analysed again. Embedded documents have nothing to
  /// stat and are compared by hash. Articles are analysed on every core a batch at a time, and each
  /// batch is written in one transaction: a process killed in the middle leaves a usable index, and
  /// the next update carries on. Only one process updates a given index at a time; another waits.
  ///
  /// - Returns: what changed, and the files that could not be read.
  /// - Throws: `SaysoStoreError` when the index cannot be written (read-only, disk full, …).
  @discardableResult
  public func update() throws(SaysoStoreError) -> UpdateReport {
    let path = file?.path ?? ":memory:"
    do {
      return try FileLock.withLock(file.map(Self.lockFile)) { try performUpdate() }
    } catch  where StoreDatabase.isDamage(error) && file != nil {
      try rebuild()
      var report = try Self.run(path: path) { try performUpdate() }
      report.notices = notices
      return report
    } catch {
      throw StoreDatabase.storeError(error, path: path)
    }
  }

  /// One file or document of the corpus, as listed.
  private enum Entry: Sendable {
    case file(CorpusWalker.File)
    case embedded(EmbeddedDocument)

    var path: String {
      switch self {
      case .file(let file): file.path
      case .embedded(let document): document.path
      }
    }
  }

  /// What the index held for an article before the update.
  private struct Stored: Sendable {
    var id: Int64
    var path: String
    var size: Int?
    var modified: Int64?
    var hash: String
  }

  /// What reading an entry gave, worked out on a worker thread.
  private enum Outcome: Sendable {
    /// Same bytes as indexed: only size and time change.
    case touched(path: String, size: Int?, modified: Int64?)
    /// Bytes equal to those of an article whose path vanished: probably a rename.
    case renamed(path: String, hash: ContentHash, size: Int?, modified: Int64?, bytes: Data)
    /// New or changed: analysed.
    case analysed(ArticleAnalysis, hash: ContentHash, size: Int?, modified: Int64?)
    /// Could not be read.
    case failed(path: String, SaysoCoreError)
  }

  /// How many articles are read and analysed together, and written in one transaction: enough to keep
  /// every core busy and to give the full-text index large segments, few enough that memory holds two
  /// batches, not the corpus.
  static let batchSize = 256

  /// A batch being analysed on other threads; `outcomes` is set before `group` is left.
  private final class Pending: @unchecked Sendable {
    let group = DispatchGroup()
    var outcomes: [Outcome] = []
  }

  /// The update itself, without locking or recovery.
  func performUpdate() throws -> UpdateReport {
    var report = UpdateReport()
    report.notices = notices
    // 1. What the corpus holds now.
    var entries: [Entry] = []
    var seen: Set<String> = []
    for source in sources {
      switch source {
      case .path(let path):
        CorpusWalker.forEachFile(in: path) { outcome in
          switch outcome {
          case .success(let file): if seen.insert(file.path).inserted { entries.append(.file(file)) }
          case .failure(let error): report.errors.append(error)
          }
        }
      case .embedded(_, let documents):
        for document in documents where seen.insert(document.path).inserted { entries.append(.embedded(document)) }
      }
    }
    corpusOrder = Dictionary(entries.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })

    // 2. What the index holds.
    let stored: [String: Stored] = try database.read { db in
      var stored: [String: Stored] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, hash FROM article")
      while let row = try rows.next() {
        stored[row["path"]] = Stored(
          id: row["id"], path: row["path"], size: row["size"], modified: row["modified"], hash: row["hash"])
      }
      return stored
    }

    // 3. What needs reading: anything whose size or time differ, and every embedded document whose
    // hash differs.
    var work: [Entry] = []
    for entry in entries {
      switch entry {
      case .file(let file):
        if let old = stored[file.path], file.isRegular, old.size == file.size, old.modified == file.modified {
          report.unchanged += 1
        } else {
          work.append(entry)
        }
      case .embedded(let document):
        if stored[document.path]?.hash == ContentHash(document.bytes).description {
          report.unchanged += 1
        } else {
          work.append(entry)
        }
      }
    }
    let present = Set(entries.map(\.path))
    var vanished: [String: [Stored]] = [:]  // by hash: articles whose path is gone, candidates for renames
    for old in stored.values where !present.contains(old.path) { vanished[old.hash, default: []].append(old) }
    let vanishedHashes = Set(vanished.keys)
    let storedHashes = stored.mapValues(\.hash)
    let limit = maximumFileSize

    // 4. Read, hash and analyse a batch at a time on every core; write each batch in one transaction.
    // While one batch is written, the next is analysed on the other threads.
    var failed: [String] = []
    let batches = stride(from: 0, to: work.count, by: Self.batchSize).map {
      Array(work[$0..<min($0 + Self.batchSize, work.count)])
    }
    let analyse = { (batch: [Entry]) -> Pending in
      let pending = Pending()
      DispatchQueue.global(qos: .userInitiated).async(group: pending.group) {
        pending.outcomes = ParallelMap.map(batch) { entry in
          Self.read(entry, storedHash: storedHashes[entry.path], vanishedHashes: vanishedHashes, limit: limit)
        }
      }
      return pending
    }
    var next = batches.first.map(analyse)
    for position in batches.indices {
      guard let current = next else { break }
      current.group.wait()
      next = position + 1 < batches.count ? analyse(batches[position + 1]) : nil
      let outcomes = current.outcomes
      try database.write { db in
        let lastPassage = try IndexRows.lastPassageID(db)
        for outcome in outcomes {
          switch outcome {
          case .touched(let path, let size, let modified):
            try db.execute(
              sql: "UPDATE article SET size = ?, modified = ? WHERE path = ?", arguments: [size, modified, path])
            report.touched.append(path)
          case .renamed(let path, let hash, let size, let modified, let bytes):
            if let old = vanished[hash.description]?.popLast() {
              try IndexRows.delete(path: path, db)
              try db.execute(
                sql: "UPDATE article SET path = ?, size = ?, modified = ? WHERE id = ?",
                arguments: [path, size, modified, old.id])
              report.renamed.append(.init(from: old.path, to: path))
            } else {
              // Another file with the same bytes took the vanished article: analyse this one.
              switch Result(catching: { () throws(SaysoCoreError) in try CorpusLoader.article(from: bytes, path: path) }
              ) {
              case .success(let article):
                try IndexRows.delete(path: path, db)
                try IndexRows.insert(analyze(article), hash: hash, size: size, modified: modified, db)
                report.analysed.append(path)
              case .failure(let error):
                report.errors.append(error)
                failed.append(path)
              }
            }
          case .analysed(let analysis, let hash, let size, let modified):
            try IndexRows.delete(path: analysis.article.path, db)
            try IndexRows.insert(analysis, hash: hash, size: size, modified: modified, db)
            report.analysed.append(analysis.article.path)
          case .failed(let path, let error):
            report.errors.append(error)
            failed.append(path)
          }
        }
        try IndexRows.indexPassages(after: lastPassage, db)
      }
    }
    next?.group.wait()

    // 5. Articles whose file is gone (and did not move) or can no longer be read leave the index.
    let gone = vanished.values.flatMap { $0 }.map(\.path) + failed.filter { stored[$0] != nil }
    if !gone.isEmpty {
      try database.write { db in
        for path in gone { try IndexRows.delete(path: path, db) }
      }
      report.removed = gone.sorted()
    }
    report.articles = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    return report
  }

  /// Reads one entry and decides what to do with it; runs on a worker thread.
  private static func read(
    _ entry: Entry, storedHash: String?, vanishedHashes: Set<String>, limit: Int
  ) -> Outcome {
    let path = entry.path
    let bytes: Data
    var size: Int?
    var modified: Int64?
    switch entry {
    case .embedded(let document):
      bytes = Data(document.bytes)
    case .file(let file):
      guard let fileSize = file.size else { return .failed(path: path, .missing(path: path)) }
      guard file.isRegular else { return .failed(path: path, .notRegularFile(path: path)) }
      guard fileSize <= limit else { return .failed(path: path, .tooLarge(path: path, size: fileSize, limit: limit)) }
      guard let data = FileManager.default.contents(atPath: path) else {
        let reason = access(path, R_OK) != 0 ? "permission denied" : "input/output error"
        return .failed(path: path, .unreadable(path: path, reason: reason))
      }
      guard data.count <= limit else {
        return .failed(path: path, .tooLarge(path: path, size: data.count, limit: limit))
      }
      bytes = data
      size = fileSize
      modified = file.modified
    }
    let hash = ContentHash(bytes)
    if storedHash == hash.description { return .touched(path: path, size: size, modified: modified) }
    if vanishedHashes.contains(hash.description) {
      return .renamed(path: path, hash: hash, size: size, modified: modified, bytes: bytes)
    }
    do {
      let article = try CorpusLoader.article(from: bytes, path: path)
      return .analysed(analyze(article), hash: hash, size: size, modified: modified)
    } catch {
      return .failed(path: path, error)
    }
  }
}
