import Foundation
import SaysoAnalysis
import SaysoCore

/// `sayso-bench [FOLDER] [--synthetic-mb N] [--wire-mb N] [--long-paragraph-mb N] [--runs N]`: how fast
/// the analysis reads text, on one core.
///
/// For the articles in FOLDER (default: ../shared/corpus/wikinews next to the repository) and for a
/// synthetic news corpus and a synthetic wire-service corpus made up in memory (`SyntheticCorpus`,
/// `WireCorpus`), it times `ArticleReader.parse` + `analyze` over all the text
/// (already in memory) and prints MB/s, best of N runs, with the peak RSS before and after; then it times
/// `grep -c said` over the same files (I/O from the page cache included) for comparison. A last row times
/// one article that is a single paragraph of N MB (default 5): the analysis must stay linear in it; then
/// the peak memory of `sayso analyze --json` on that paragraph as a file, against the file's size.
/// A row "1 article" runs the folder's articles together into one article of `--long-article-mb` MB
/// (default 10): the analysis must stay linear in an article's paragraphs and people too.
/// `--write-wire DIR` writes the wire corpus (`--wire-mb` of it) into DIR as files and exits.
@main
enum SaysoBench {
  static let usage = "usage: sayso-bench [FOLDER] [--synthetic-mb N] [--wire-mb N] [--write-wire DIR] [--long-article-mb N] [--long-paragraph-mb N] [--runs N]"

  static func main() throws {
    var folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("../shared/corpus/wikinews").standardizedFileURL.path
    var syntheticMegabytes = 50
    var wireMegabytes = 20
    var longParagraphMegabytes = 5
    var longArticleMegabytes = 10
    var runs = 3
    var arguments = CommandLine.arguments.dropFirst()
    while let argument = arguments.popFirst() {
      switch argument {
      case "--synthetic-mb": syntheticMegabytes = arguments.popFirst().flatMap { Int($0) } ?? syntheticMegabytes
      case "--wire-mb": wireMegabytes = arguments.popFirst().flatMap { Int($0) } ?? wireMegabytes
      case "--write-wire":
        // writes the wire corpus as files, for whole-process runs beside grep (farm-bench, hyperfine)
        guard let directory = arguments.popFirst() else { print(usage); return }
        try WireCorpus.write(bytes: wireMegabytes * 1_000_000, to: directory)
        return
      case "--runs": runs = arguments.popFirst().flatMap { Int($0) } ?? runs
      case "--long-article-mb":
        longArticleMegabytes = arguments.popFirst().flatMap { Int($0) } ?? longArticleMegabytes
      case "--long-paragraph-mb":
        longParagraphMegabytes = arguments.popFirst().flatMap { Int($0) } ?? longParagraphMegabytes
      case "-h", "--help":
        print(usage)
        return
      default: folder = argument
      }
    }

    // one paragraph past 2^20 scalars: once a crash (packed positions) and quadratic time
    let sentence = "The minister said, \"we will propose a new tax\" and then walked away. "
    let repeats = longParagraphMegabytes * 1_000_000 / sentence.utf8.count
    let paragraph = "A long paragraph\n\n" + String(repeating: sentence, count: repeats) + "\n"
    // measured first: a child's peak counts this process's as it was when the child started
    let paragraphPeak = longParagraphMegabytes > 0 ? try peakMemory(analyzing: paragraph) : nil

    var rows: [Row] = []
    let files = articleFiles(in: folder)
    if files.isEmpty {
      print("note: no article files in \(folder); skipping it and grep")
    } else {
      let before = ProcessStats.peakResidentMegabytes()
      let texts = files.map { path in
        (
          path: path,
          text: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
        )
      }
      rows.append(measure(name: "wikinews", texts, runs: runs, peakBefore: before))
      // the same articles run together into one article of many paragraphs and people: once quadratic in
      // the people and mentions of an article (11 s for 19.6 MB), it must stay linear
      var joined = "One long article\n\n"
      while joined.utf8.count < longArticleMegabytes * 1_000_000 {
        for (_, text) in texts { joined += text + "\n\n" }
      }
      if longArticleMegabytes > 0 {
        let longBefore = ProcessStats.peakResidentMegabytes()
        rows.append(measure(name: "1 article", [(path: "joined.txt", text: joined)], runs: 1, peakBefore: longBefore))
      }
    }
    let before = ProcessStats.peakResidentMegabytes()
    let synthetic = SyntheticCorpus.make(bytes: syntheticMegabytes * 1_000_000)
    rows.append(measure(name: "synthetic", synthetic, runs: runs, peakBefore: before))
    if wireMegabytes > 0 {
      let wireBefore = ProcessStats.peakResidentMegabytes()
      rows.append(measure(name: "wire", WireCorpus.make(bytes: wireMegabytes * 1_000_000), runs: runs, peakBefore: wireBefore))
    }
    if longParagraphMegabytes > 0 {
      let longBefore = ProcessStats.peakResidentMegabytes()
      rows.append(
        measure(name: "1 paragraph", [(path: "long.txt", text: paragraph)], runs: 1, peakBefore: longBefore))
    }
    printTable(rows)
    if let paragraphPeak {
      let (peak, size) = (Double(paragraphPeak.peak), Double(paragraphPeak.size))
      print("")
      print(
        String(
          format: "sayso analyze --json on the paragraph as a file (%.2f MB): peak RSS %.1f MB, %.2f× the file"
            + " (a quote: %d bytes)", size / 1e6, peak / 1e6, peak / size, MemoryLayout<Quote>.stride))
    }

    if let sayso = rows.first, sayso.name == "wikinews", let grep = GrepBaseline.bestTime(files: files, runs: runs) {
      let grepSpeed = sayso.megabytes / grep
      print("")
      print(String(format: "grep -c said over the same %d files: %.4f s, %.1f MB/s", files.count, grep, grepSpeed))
      print(
        String(
          format: "sayso / grep throughput: %.4f (grep is %.0f× faster)", sayso.speed / grepSpeed,
          grepSpeed / sayso.speed))
    }
  }

  /// The peak memory of `sayso analyze --json` (the `sayso` beside this binary) on `text` written to a
  /// file, and the file's size, in bytes (issue #9: at most 10× the file; the runtime and the built-in
  /// data alone take about 27 MB); nil when it cannot be run.
  static func peakMemory(analyzing text: String) throws -> (peak: Int, size: Int)? {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("sayso-bench-paragraph.txt").path
    try text.write(toFile: file, atomically: false, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    let sayso = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("sayso").path
    guard let peak = ProcessStats.childPeakResidentBytes(sayso, ["analyze", "--json", file]) else {
      print("note: could not run \(sayso) for its peak memory")
      return nil
    }
    return (peak, text.utf8.count)
  }

  /// One measured corpus.
  struct Row {
    var name: String
    var articles: Int
    var megabytes: Double
    var seconds: Double
    var quotes: Int
    var proposals: Int
    var peakBefore: Double?
    var peakAfter: Double?
    var speed: Double { megabytes / seconds }
  }

  static func measure(name: String, _ texts: [(path: String, text: String)], runs: Int, peakBefore: Double?) -> Row {
    let bytes = texts.reduce(0) { $0 + $1.text.utf8.count }
    var quotes = 0
    var proposals = 0
    let seconds = ProcessStats.bestTime(runs: runs) {
      quotes = 0
      proposals = 0
      for (path, text) in texts {
        let analysis = analyze(ArticleReader.parse(text, path: path))
        quotes += analysis.quotes.count
        proposals += analysis.proposals.count
      }
    }
    return Row(
      name: name, articles: texts.count, megabytes: Double(bytes) / 1_000_000, seconds: seconds, quotes: quotes,
      proposals: proposals, peakBefore: peakBefore, peakAfter: ProcessStats.peakResidentMegabytes())
  }

  static func printTable(_ rows: [Row]) {
    func megabytes(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "n/a" }
    let header = ["corpus", "articles", "MB", "best s", "MB/s", "quotes", "proposals", "peak RSS MB before", "after"]
    let cells = rows.map { row in
      [
        row.name, String(row.articles), String(format: "%.2f", row.megabytes), String(format: "%.3f", row.seconds),
        String(format: "%.2f", row.speed), String(row.quotes), String(row.proposals), megabytes(row.peakBefore),
        megabytes(row.peakAfter),
      ]
    }
    let widths = header.indices.map { column in ([header] + cells).map { $0[column].count }.max()! }
    for line in [header] + cells {
      print(zip(line, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  "))
    }
    print("(parse + analyze of text already in memory, one core, best of the runs; MB = 10^6 bytes of UTF-8)")
  }

  /// The article files (.txt, .md) under `folder`, sorted, hidden ones skipped.
  static func articleFiles(in folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var files: [String] = []
    for case let url as URL in walker where ["txt", "md"].contains(url.pathExtension.lowercased()) {
      if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url.path) }
    }
    return files.sorted()
  }
}
