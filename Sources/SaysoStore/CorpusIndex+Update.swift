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
  /// batch (eight of a fresh build on disk) is written in one transaction: a process killed in the
  /// middle leaves a usable index, and the next update carries on. Only one process updates a given
  /// index at a time; another waits.
  ///
  /// Memory does not grow with the corpus: the files are listed in path order and compared with the
  /// index's rows read in the same order through a cursor; what is left to do goes to temporary tables
  /// (see `UpdateTables`), which SQLite keeps on disk beyond its cache, and is read back a batch at a time.
  ///
  /// The reader asks to stop when the user quits: `keepGoing` is asked every few hundred files listed,
  /// before each batch is written and every 50 ms while one is awaited; once it says no, the update
  /// stops before its next write, keeping the batches written (the next update carries on from them),
  /// and its report is not `isComplete`. It may be called inside a transaction of the index, so it
  /// must not use the index.
  ///
  /// - Parameters:
  ///   - keepGoing: whether to go on; always, by default.
  ///   - progress: told how many of the articles to read are done: once the corpus is listed (none
  ///     yet), then after each batch is written. Not called when nothing needs reading. Like
  ///     `keepGoing`, it must not use the index.
  /// - Returns: what changed, and the files that could not be read.
  /// - Throws: `SaysoStoreError` when the index cannot be written (read-only, disk full, …).
  @discardableResult
  public func update(
    while keepGoing: () -> Bool = { true }, progress: (UpdateProgress) -> Void = { _ in }
  ) throws(SaysoStoreError) -> UpdateReport {
    let path = file?.path ?? ":memory:"
    do {
      return try FileLock.withLock(file.map(Self.lockFile)) {
        try beginUpdate()
        let report = try performUpdate(while: keepGoing, progress: progress)
        endUpdate()
        return report
      }
    } catch  where StoreDatabase.isDamage(error) && file != nil {
      try rebuild()
      var report = try Self.run(path: path) { try performUpdate() }
      report.notices = notices
      return report
    } catch {
      throw StoreDatabase.storeError(error, path: path)
    }
  }

  /// What reading a file gave, worked out on a worker thread.
  private enum Outcome: Sendable {
    /// Same bytes as indexed: only size and time change.
    case touched
    /// Bytes whose hash may be that of an article whose path vanished: probably a rename.
    case renamed(hash: ContentHash, bytes: Data)
    /// New or changed: analysed, and its rows worked out.
    case analysed(ArticleRows)
    /// Could not be read.
    case failed(SaysoCoreError)
  }

  /// A batch being analysed on other threads; `outcomes` is set before `group` is left.
  private final class Pending: @unchecked Sendable {
    let group = DispatchGroup()
    let work: [UpdateTables.Work]
    var outcomes: [Outcome] = []

    init(_ work: [UpdateTables.Work]) { self.work = work }

    /// Frees the outcomes on a worker thread: a batch's rows are hundreds of thousands of strings and
    /// arrays, and freeing them on the writer's thread held up every batch after it.
    func discard() {
      let spent = Spent()
      swap(&spent.outcomes, &outcomes)
      // Whichever thread lets go of `spent` last, the outcomes themselves are freed in the closure.
      DispatchQueue.global(qos: .utility).async { spent.outcomes = [] }
    }

    private final class Spent: @unchecked Sendable { var outcomes: [Outcome] = [] }
  }

  /// The update itself, without locking or recovery.
  func performUpdate(
    while keepGoing: () -> Bool = { true }, progress: (UpdateProgress) -> Void = { _ in }
  ) throws -> UpdateReport {
    let started = ContinuousClock.now
    var report = UpdateReport()
    report.notices = notices
    try database.writeWithoutTransaction(UpdateTables.create)
    try forgetWatched()
    let listedAt = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
    let survey = try compareWithCorpus(&report, while: keepGoing)
    // An index file with no article yet is filled as a bulk load (see `beginBulkLoad()`).
    let isBulkLoad = file != nil && report.isComplete && survey.work > 0 && survey.stored == 0
    if isBulkLoad { try beginBulkLoad() }
    if report.isComplete && survey.work > 0 {
      try analyseWork(
        renameCandidates: survey.vanished, batchesPerTransaction: isBulkLoad ? Self.bulkBatchesPerTransaction : 1,
        &report, while: keepGoing,
        progress: { done, path in
          let elapsed = (ContinuousClock.now - started).components
          progress(
            UpdateProgress(
              done: done, total: survey.work,
              seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18, path: path))
        })
    }
    if report.isComplete {
      try removeGone(&report)
      try compactFullText()
    }
    if isBulkLoad { try endBulkLoad() }
    try database.writeWithoutTransaction(UpdateTables.drop)
    // an update stopped half-way leaves the index not known to be fresh
    if report.isComplete {
      report.articles = try recordWatched(survey.watched, listedAt: listedAt)
    } else {
      report.articles = try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }
    return report
  }

  /// What comparing the corpus with the index found.
  private struct Survey {
    /// How many articles need reading.
    var work = 0
    /// How many articles the index held.
    var stored = 0
    /// The hashes of the articles whose path vanished, or nil when none did.
    var vanished: HashFilter?
    /// The folders listed, with their times (see `isFresh()`).
    var watched: [CorpusWalker.Watched] = []
  }

  /// Step 1: lists the corpus in path order and walks the index's rows alongside, in the same order.
  /// Counts the unchanged articles; notes in `updateWork` the ones to read (new, or whose size, time or
  /// embedded bytes differ) and in `updateGone` the rows whose path is no longer listed.
  private func compareWithCorpus(_ report: inout UpdateReport, while keepGoing: () -> Bool) throws -> Survey {
    var listing = CorpusListing(sources: sources)
    var survey = Survey()
    let sources = self.sources
    try database.writeWithoutTransaction { db in
      try db.inTransaction(.deferred) {
        var work: [[DatabaseValue]] = []
        func addWork(_ row: [DatabaseValue]) throws {
          work.append(row)
          guard work.count == UpdateTables.workChunk else { return }
          try UpdateTables.workInserter.insert(work, db)
          work.removeAll(keepingCapacity: true)
        }
        let addGone = try db.cachedStatement(sql: UpdateTables.insertGone)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, hash FROM article ORDER BY path")
        func nextRow() throws -> UpdateTables.Stored? {
          guard let row = try rows.next() else { return nil }
          survey.stored += 1
          return UpdateTables.Stored(row)
        }
        func vanish(_ row: UpdateTables.Stored) throws {
          try addGone.execute(arguments: [row.id, row.path, row.hash, true])
          if survey.vanished == nil { survey.vanished = HashFilter() }
          survey.vanished?.insert(row.hash)
        }
        var row = try nextRow()
        var listed = 0
        while let entry = listing.next() {
          listed += 1
          if listed % 256 == 0 && !keepGoing() {
            report.isComplete = false
            return .rollback
          }
          // Rows before this path were not listed: their file is gone (or moved).
          var stored: UpdateTables.Stored?
          while let current = row {
            let order = PathOrder.compare(current.path, entry.path)
            if order > 0 { break }
            row = try nextRow()
            if order < 0 {
              try vanish(current)
            } else {
              stored = current
              break
            }
          }
          switch entry.origin {
          case .file(let size, let modified, let isRegular):
            if let stored, isRegular, stored.size == size, stored.modified == modified {
              report.unchanged += 1
              continue
            }
            try addWork([
              entry.path.databaseValue, size.databaseValue, modified.databaseValue, isRegular.databaseValue, .null,
              .null, stored?.hash.databaseValue ?? .null,
            ])
          case .document(let source, let index):
            guard case .embedded(_, let documents) = sources[source] else { continue }
            if let stored, stored.hash == ContentHash(documents[index].bytes).description {
              report.unchanged += 1
              continue
            }
            try addWork([
              entry.path.databaseValue, .null, .null, .null, source.databaseValue, index.databaseValue,
              stored?.hash.databaseValue ?? .null,
            ])
          }
          survey.work += 1
        }
        while let current = row {
          try vanish(current)
          row = try nextRow()
        }
        try UpdateTables.workInserter.insert(work, db)
        return .commit
      }
    }
    report.errors = listing.errors
    survey.watched = listing.watched
    return survey
  }

  /// Step 2: reads, hashes and analyses the articles of `updateWork` a batch at a time on every core, and
  /// writes each batch in one transaction (see below). While one batch is written, the next `analysedAhead` are
  /// analysed on the other threads, one after another; only these batches are in memory.
  ///
  /// The writer is one thread, and with one batch ahead it held the update up: the batch ahead was
  /// analysed before the write ended, and the cores waited for the writer (at 20,000 articles it wrote
  /// for 5.0 s of 5.6 s). With two ahead, analysis goes on while the writer works.
  ///
  /// A transaction holds `batchesPerTransaction` batches (one, but a bulk load's eight: see
  /// `beginBulkLoad()`), and ends by adding their paragraphs to the full-text index, a segment each time.
  private func analyseWork(
    renameCandidates: HashFilter?, batchesPerTransaction: Int, _ report: inout UpdateReport,
    while keepGoing: () -> Bool,
    progress: (_ done: Int, _ path: String?) -> Void
  ) throws {
    let limit = maximumFileSize
    let sources = self.sources
    let size = max(1, batchSize)
    // One batch analysed at a time, each on every core.
    let analysis = DispatchQueue(label: "SaysoStore.analysis", qos: .userInitiated)
    var after = ""  // every path sorts after the empty one
    func nextBatch(_ db: Database) throws -> Pending? {
      let work = try Row.fetchAll(db, sql: UpdateTables.selectWork, arguments: [after, size]).map(
        UpdateTables.Work.init)
      guard let last = work.last else { return nil }
      after = last.path
      let pending = Pending(work)
      analysis.async(group: pending.group) {
        pending.outcomes = ParallelMap.map(work) { work in
          AnalysisThread.yieldToWriter()
          return Self.read(work, sources: sources, renameCandidates: renameCandidates, limit: limit)
        }
      }
      return pending
    }
    var ahead: [Pending] = []
    func fill(_ db: Database) throws {
      while ahead.count < Self.analysedAhead, let batch = try nextBatch(db) { ahead.append(batch) }
    }
    try database.read(fill)
    var done = 0
    progress(0, nil)
    while !ahead.isEmpty && report.isComplete {
      // One transaction: `batchesPerTransaction` batches, then their paragraphs reach the full-text index.
      try database.write { db in
        var written = try IndexRows.Batch(db)
        for _ in 0..<batchesPerTransaction where report.isComplete && !ahead.isEmpty {
          // (asked before each batch too: when the batches are ready ahead of the writer, no wait asks it)
          guard keepGoing() else {
            report.isComplete = false
            break
          }
          let current = ahead.removeFirst()
          while current.group.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            // The batches being analysed are dropped; what was written stays.
            guard keepGoing() else {
              report.isComplete = false
              break
            }
          }
          guard report.isComplete else { break }
          try fill(db)
          for (work, outcome) in zip(current.work, current.outcomes) {
            try write(outcome, of: work, &report, &written, db)
          }
          try IndexRows.flush(&written, db)
          done += current.work.count
          progress(done, current.work.last?.path)
          current.discard()
        }
        try IndexRows.indexPassages(of: &written, db)
      }
    }
  }

  /// How many batches are analysed ahead of the one being written.
  static let analysedAhead = 2

  /// Writes what reading one article gave, within its batch's transaction.
  private func write(
    _ outcome: Outcome, of work: UpdateTables.Work, _ report: inout UpdateReport, _ batch: inout IndexRows.Batch,
    _ db: Database
  ) throws {
    let path = work.path
    switch outcome {
    case .touched:
      try db.cachedStatement(sql: "UPDATE article SET size = ?, modified = ? WHERE path = ?")
        .execute(arguments: [work.size, work.modified, path])
      report.touched.append(path)
    case .renamed(let hash, let bytes):
      if let old = try Row.fetchOne(db.cachedStatement(sql: UpdateTables.selectRenamed), arguments: [hash.description])
      {
        let id: Int64 = old[0]
        let from: String = old[1]
        try IndexRows.delete(path: path, db)
        try IndexRows.forgetStories(db)
        try db.cachedStatement(sql: "UPDATE article SET path = ?, size = ?, modified = ? WHERE id = ?")
          .execute(arguments: [path, work.size, work.modified, id])
        try db.cachedStatement(sql: "DELETE FROM updateGone WHERE id = ?").execute(arguments: [id])
        report.renamed.append(.init(from: from, to: path))
        return
      }
      // No vanished article has these bytes (the filter was wrong, or another file with the same bytes
      // took it): analyse this one.
      let result = Result(catching: { () throws(SaysoCoreError) in try CorpusLoader.article(from: bytes, path: path) })
      switch result {
      case .success(let article):
        let rows = ArticleRows(analyze(article), hash: hash, size: work.size, modified: work.modified)
        try write(.analysed(rows), of: work, &report, &batch, db)
      case .failure(let error):
        try write(.failed(error), of: work, &report, &batch, db)
      }
    case .analysed(let rows):
      // A path the index did not hold when the corpus was listed has no rows to delete.
      if work.storedHash != nil { try IndexRows.delete(path: path, db) }
      try IndexRows.insert(rows, &batch, db)
      report.analysed.append(path)
      if rows.encoding != .utf8 {
        report.notices.append(.readInEncoding(path: path, encoding: rows.encoding))
      }
    case .failed(let error):
      report.errors.append(error)
      // An article that can no longer be read leaves the index with the vanished ones (but none of
      // them can be renamed to it).
      if work.storedHash != nil {
        try db.cachedStatement(sql: UpdateTables.insertFailed).execute(arguments: [path])
      }
    }
  }

  /// Step 3: the articles whose file is gone (and did not move) or can no longer be read leave the
  /// index, in one transaction.
  private func removeGone(_ report: inout UpdateReport) throws {
    let any = try database.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM updateGone)") }
    guard any == true else { return }
    try database.write { db in
      let gone = try String.fetchCursor(db, sql: "SELECT path FROM updateGone ORDER BY path")
      while let path = try gone.next() {
        try IndexRows.delete(path: path, db)
        report.removed.append(path)
      }
    }
  }

  /// Reads one article and decides what to do with it; runs on a worker thread.
  private static func read(
    _ work: UpdateTables.Work, sources: [CorpusSource], renameCandidates: HashFilter?, limit: Int
  ) -> Outcome {
    let path = work.path
    let bytes: Data
    if let source = work.source, let index = work.document {
      guard case .embedded(_, let documents) = sources[source] else { return .failed(.missing(path: path)) }
      bytes = Data(documents[index].bytes)
    } else {
      guard let fileSize = work.size else { return .failed(.missing(path: path)) }
      guard work.isRegular else { return .failed(.notRegularFile(path: path)) }
      guard fileSize <= limit else { return .failed(.tooLarge(path: path, size: fileSize, limit: limit)) }
      switch ArticleFile.read(path, limit: limit) {
      case .success(let data): bytes = data
      case .failure(let error): return .failed(error)
      }
    }
    let hash = ContentHash(bytes)
    if work.storedHash == hash.description { return .touched }
    if renameCandidates?.mayContain(hash.description) == true { return .renamed(hash: hash, bytes: bytes) }
    do {
      let article = try CorpusLoader.article(from: bytes, path: path)
      return .analysed(ArticleRows(analyze(article), hash: hash, size: work.size, modified: work.modified))
    } catch {
      return .failed(error)
    }
  }
}
