/// How long work shows where it is, on stderr and on the reader's status line alike:
/// `Indexing 1,234 of 20,000 articles (6%) · 812 a second · business/001.txt`.
public enum ProgressText {
  /// The progress line.
  ///
  /// - Parameters:
  ///   - doing: what is done, capitalised ("Indexing").
  ///   - done: how many items are done, of `total`.
  ///   - seconds: since the work began (no rate before a tenth of a second).
  ///   - item: the item in hand, e.g. a file's path: untrusted, so made terminal-safe, and shortened
  ///     from the left to fit.
  ///   - width: the most display columns the line may take (none when nil).
  public static func line(
    _ doing: String, done: Int, total: Int, unit: String = "article", seconds: Double, item: String? = nil,
    width: Int? = nil
  ) -> String {
    var line = "\(doing) \(grouped(done)) of \(grouped(total)) \(total == 1 ? unit : unit + "s")"
    if total > 0 { line += " (\(min(100, done * 100 / total))%)" }
    if seconds >= 0.1 { line += " · \(grouped(Int((Double(done) / seconds).rounded()))) a second" }
    line = TerminalText.line(line)
    guard let width else { return line + (item.map { " · " + TerminalText.line($0) } ?? "") }
    if line.displayWidth > width { return String(line.prefix(max(0, width))) }
    guard let item else { return line }
    let room = width - line.displayWidth - 3
    guard room >= 8 else { return line }
    return line + " · " + tail(TerminalText.line(item), width: room)
  }

  /// `n` with its thousands apart: 20000 is "20,000".
  public static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(digit)
    }
    return (n < 0 ? "-" : "") + out
  }

  /// The end of `text` that fits in `width` columns, with "…" before it when shortened.
  static func tail(_ text: String, width: Int) -> String {
    guard text.displayWidth > width else { return text }
    var kept: [Character] = []
    var used = 1  // the ellipsis
    for character in text.reversed() {
      let w = String(character).displayWidth
      if used + w > width { break }
      kept.append(character)
      used += w
    }
    return "…" + String(kept.reversed())
  }
}
