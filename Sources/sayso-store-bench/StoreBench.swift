import Foundation
import SaysoStore

/// `sayso-store-bench`: the index's speed and size on synthetic corpora, against grep and the sqlite3 shell.
///
///     swift run -c release sayso-store-bench [--articles 2000,20000,100000] [--seed N] [--rounds N]
///       [--work DIR] [--no-baselines]
///     swift run -c release sayso-store-bench --hostile [--articles 2000]
///
/// For each size: index build time and MB/s, peak memory while indexing, reopening an up-to-date index,
/// reopening after one file changed, search latency p50/p99 over 20 typical queries (`--rounds` times
/// each), and the database size; then the same queries through `grep -rliE` over the files and through
/// the `sqlite3` shell on the built index, as ratios to sayso's p50. Then the stories: the time to build
/// them from the index (`CorpusIndex.stories()` on the index just built), the peak memory while doing
/// so, how many there are, and the time to read them back from the index's cache on reopening. Corpora
/// are generated once under `--work` (default `/tmp/sayso-store-bench`) and reused while the seed and
/// size are the same.
/// When the `sayso` binary is built beside this one, the same queries are also run as whole processes
/// (`sayso search Q --corpus DIR`, start-up, index opening and freshness check included) after a whole
/// `sayso index`, and set beside grep and the sqlite3 shell, which are whole processes too.
/// `--views` instead times opening the reader's People, Claims and Search views (see `ViewOpenings`).
/// `--hostile` instead times hostile queries (deep nesting, thousands of repeated words; see
/// `HostileQueries`) on the index of the first size.
@main
struct StoreBench {
  struct Options {
    var sizes = [2_000, 20_000]
    var seed: UInt64 = 2020
    var rounds = 10
    var work = "/tmp/sayso-store-bench"
    var baselines = true
    var verbose = false
    var hostile = false
    var views = false
    var viewRuns = 5
  }

  struct Row {
    var articles = 0
    var megabytes = 0.0
    var buildSeconds = 0.0
    var peakMemory = 0.0
    var reopenMilliseconds = 0.0
    var changedMilliseconds = 0.0
    var p50 = 0.0
    var p99 = 0.0
    var grepP50 = Double.nan
    var sqliteP50 = Double.nan
    var databaseMegabytes = 0.0
    var storiesSeconds = 0.0
    var storiesPeakMemory = 0.0
    var storiesCachedSeconds = 0.0
    var stories = 0
    /// `sayso index` and `sayso search` as whole processes, when the binary is there.
    var processIndexSeconds = Double.nan
    var processP50 = Double.nan
    var processP99 = Double.nan
  }

  /// The `sayso` binary built beside this benchmark, if any.
  static let saysoBinary: String? = {
    let path = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("sayso").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }()

  static func main() throws {
    let options = try parse(Array(CommandLine.arguments.dropFirst()))
    if options.views {
      try ViewOpenings.run(options: options)
      return
    }
    if options.hostile {
      let folder = URL(fileURLWithPath: options.work).appendingPathComponent("corpus-\(options.sizes[0])")
      log("generating \(options.sizes[0]) articles in \(folder.path)")
      _ = try NewsGenerator(seed: options.seed).write(count: options.sizes[0], to: folder)
      let database = URL(fileURLWithPath: options.work).appendingPathComponent("index-\(options.sizes[0]).sqlite")
      let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: database)
      try index.update()
      HostileQueries.run(on: index, corpus: folder)
      return
    }
    var rows: [Row] = []
    for size in options.sizes {
      rows.append(try measure(articles: size, options: options))
      printTable(rows)
    }
  }

  static func parse(_ arguments: [String]) throws -> Options {
    var options = Options()
    var i = 0
    func value() -> String {
      i += 1
      guard i < arguments.count else { fail("\(arguments[i - 1]) needs a value") }
      return arguments[i]
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--articles": options.sizes = value().split(separator: ",").compactMap { Int($0) }
      case "--seed": options.seed = UInt64(value()) ?? options.seed
      case "--rounds": options.rounds = max(1, Int(value()) ?? options.rounds)
      case "--work": options.work = value()
      case "--no-baselines": options.baselines = false
      case "--verbose": options.verbose = true
      case "--hostile": options.hostile = true
      case "--views": options.views = true
      case "--view-runs": options.viewRuns = max(1, Int(value()) ?? options.viewRuns)
      case "-h", "--help":
        print(
          "usage: sayso-store-bench [--articles 2000,20000,100000] [--seed N] [--rounds N] [--work DIR] [--no-baselines] [--hostile] [--views [--view-runs N]]"
        )
        exit(0)
      default: fail("unknown argument \(arguments[i])")
      }
      i += 1
    }
    return options
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("sayso-store-bench: \(message)\n".utf8))
    exit(2)
  }

  static func log(_ message: String) {
    FileHandle.standardError.write(Data("[\(message)]\n".utf8))
  }

  static func measure(articles: Int, options: Options) throws -> Row {
    var row = Row(articles: articles)
    let work = URL(fileURLWithPath: options.work)
    let folder = work.appendingPathComponent("corpus-\(articles)")
    log("generating \(articles) articles in \(folder.path)")
    let bytes = try NewsGenerator(seed: options.seed).write(count: articles, to: folder)
    row.megabytes = Double(bytes) / 1_000_000
    let database = work.appendingPathComponent("index-\(articles).sqlite")
    for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
    let corpus: [CorpusSource] = [.path(folder.path)]

    // Build.
    log("indexing")
    Measurement.resetPeakMemory()
    var report = UpdateReport()
    row.buildSeconds = try Measurement.seconds {
      let index = try CorpusIndex.open(corpus: corpus, at: database)
      report = try index.update()
    }
    row.peakMemory = Measurement.peakMemoryMegabytes() ?? .nan
    guard report.articles == articles, report.errors.isEmpty else {
      fail("indexed \(report.articles) of \(articles) articles; errors: \(report.errors.prefix(3))")
    }

    // Reopen, up to date.
    var reopen: [Double] = []
    for _ in 0..<5 {
      reopen.append(
        try Measurement.seconds {
          let index = try CorpusIndex.open(corpus: corpus, at: database)
          let again = try index.update()
          precondition(again.unchanged == articles)
        })
    }
    row.reopenMilliseconds = Measurement.median(reopen) * 1000

    // Reopen after one file changed (a different file each time, rewritten with one more paragraph).
    var changed: [Double] = []
    for round in 0..<3 {
      let file = folder.appendingPathComponent(String(format: "%03d/article-%06d.txt", (round * 7) / 1000, round * 7))
      let text = try String(contentsOf: file, encoding: .utf8)
      try Data((text + "\nThe minister resigned unexpectedly after round \(round).\n").utf8).write(to: file)
      changed.append(
        try Measurement.seconds {
          let index = try CorpusIndex.open(corpus: corpus, at: database)
          let again = try index.update()
          precondition(again.analysed.count == 1)
        })
      try Data(text.utf8).write(to: file)
      _ = try CorpusIndex.open(corpus: corpus, at: database).update()
    }
    row.changedMilliseconds = Measurement.median(changed) * 1000

    // Stories, from a freshly opened index.
    log("stories")
    Measurement.resetPeakMemory()
    row.storiesSeconds = try Measurement.seconds {
      row.stories = try CorpusIndex.open(corpus: corpus, at: database).stories().count
    }
    row.storiesPeakMemory = Measurement.peakMemoryMegabytes() ?? .nan
    row.storiesCachedSeconds = try Measurement.seconds {
      let again = try CorpusIndex.open(corpus: corpus, at: database).stories().count
      precondition(again == row.stories)
    }

    // Search.
    log("searching")
    let index = try CorpusIndex.open(corpus: corpus, at: database)
    let queries = try BenchmarkQuery.all.map { try QueryParser.parse($0.query) }
    for query in queries { _ = try index.search(query) }  // warm the page cache
    var latencies: [Double] = []
    for _ in 0..<options.rounds {
      for query in queries {
        latencies.append(try Measurement.seconds { _ = try index.search(query, limit: 20) })
      }
    }
    if options.verbose {
      for (n, benchmark) in BenchmarkQuery.all.enumerated() {
        let times = stride(from: n, to: latencies.count, by: queries.count).map { latencies[$0] * 1000 }
        let hits = try index.search(queries[n], limit: 20).count
        log(String(format: "%8.2f ms  %2d hits  %@", Measurement.median(times), hits, benchmark.query))
      }
    }
    row.p50 = Measurement.percentile(latencies, 0.5) * 1000
    row.p99 = Measurement.percentile(latencies, 0.99) * 1000
    row.databaseMegabytes =
      Double(Measurement.size(database.path) + Measurement.size(database.path + "-wal")) / 1_000_000

    if options.baselines {
      log("grep and sqlite3")
      var grep: [Double] = []
      var shell: [Double] = []
      for (benchmark, query) in zip(BenchmarkQuery.all, queries) {
        grep.append(try Measurement.shell(benchmark.pipeline(in: folder.path)))
        let sql = index.sqlText(for: query, limit: 20)
        shell.append(
          try Measurement.shell("sqlite3 \(BenchmarkQuery.quoted(database.path)) \(BenchmarkQuery.quoted(sql))"))
      }
      row.grepP50 = Measurement.median(grep) * 1000
      row.sqliteP50 = Measurement.median(shell) * 1000
    }
    if let sayso = saysoBinary {
      log("sayso index and sayso search as whole processes")
      let data = work.appendingPathComponent("data-\(articles)")
      try? FileManager.default.removeItem(at: data)
      let place = ["--corpus", folder.path, "--data-dir", data.path]
      row.processIndexSeconds = try Measurement.process(sayso, ["index"] + place)
      _ = try Measurement.process(sayso, ["search", "budget"] + place)  // an index made just now is checked once
      var whole: [Double] = []
      for _ in 0..<max(1, options.rounds / 2) {
        for benchmark in BenchmarkQuery.all {
          whole.append(try Measurement.process(sayso, ["search", benchmark.query] + place))
        }
      }
      row.processP50 = Measurement.percentile(whole, 0.5) * 1000
      row.processP99 = Measurement.percentile(whole, 0.99) * 1000
    }
    return row
  }

  static func printTable(_ rows: [Row]) {
    func f(_ value: Double, _ digits: Int = 1) -> String { value.isNaN ? "-" : String(format: "%.\(digits)f", value) }
    let header = [
      "articles", "corpus MB", "build s", "MB/s", "peak RSS MB", "reopen ms", "1 changed ms", "search p50 ms",
      "p99 ms", "grep p50 ms", "grep/sayso", "sqlite3 p50 ms", "sqlite3/sayso", "db MB", "process: index MB/s",
      "search p50 ms", "p99 ms", "vs grep", "vs sqlite3", "stories s", "stories peak RSS MB", "stories",
      "stories again s",
    ]
    var lines = [header]
    for row in rows {
      lines.append([
        "\(row.articles)", f(row.megabytes), f(row.buildSeconds), f(row.megabytes / row.buildSeconds),
        f(row.peakMemory, 0),
        f(row.reopenMilliseconds), f(row.changedMilliseconds), f(row.p50, 2), f(row.p99, 2), f(row.grepP50),
        f(row.grepP50 / row.p50, 0) + "x", f(row.sqliteP50), f(row.sqliteP50 / row.p50, 1) + "x",
        f(row.databaseMegabytes), f(row.megabytes / row.processIndexSeconds), f(row.processP50), f(row.processP99),
        f(row.grepP50 / row.processP50, 1) + "x faster", f(row.processP50 / row.sqliteP50, 1) + "x slower",
        f(row.storiesSeconds, 2), f(row.storiesPeakMemory, 0), "\(row.stories)", f(row.storiesCachedSeconds, 2),
      ])
    }
    let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    print("")
    for (n, line) in lines.enumerated() {
      print(
        "| "
          + line.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(
            separator: " | ") + " |")
      if n == 0 { print("|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|") }
    }
  }
}
