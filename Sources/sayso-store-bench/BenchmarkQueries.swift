/// The fixed list of 20 typical queries, each with the `grep` pipeline that comes closest to it.
///
/// A grep pipeline is a list of steps over files: the first lists the files matching its pattern, each
/// next one keeps the files that match (or, with `exclude`, do not match) its pattern. grep answers
/// per file, not per paragraph, and knows nothing of fields, stems or ranking: it is the baseline a
/// user without an index has.
struct BenchmarkQuery {
  /// A step of the grep pipeline: an extended regular expression, ignoring case.
  struct Step {
    var pattern: String
    var exclude = false
  }

  var query: String
  var grep: [Step]

  static let all: [BenchmarkQuery] = [
    .init(query: "budget", grep: [.init(pattern: "budget")]),
    .init(query: "propose", grep: [.init(pattern: "propos")]),
    .init(query: "\"referendum on the\"", grep: [.init(pattern: "referendum on the")]),
    .init(query: "minister approved", grep: [.init(pattern: "minister"), .init(pattern: "approved")]),
    .init(query: "speaker:Keller", grep: [.init(pattern: "Keller")]),
    .init(query: "source:Sputnik drought", grep: [.init(pattern: "Sputnik"), .init(pattern: "drought")]),
    .init(query: "kind:proposal inquiry", grep: [.init(pattern: "inquiry")]),
    .init(query: "date:2020-09 strike", grep: [.init(pattern: "date: 2020-09"), .init(pattern: "strike")]),
    .init(
      query: "\"nuclear reactor\" -drought",
      grep: [.init(pattern: "nuclear reactor"), .init(pattern: "drought", exclude: true)]),
    .init(query: "electi*", grep: [.init(pattern: "electi")]),
    .init(query: "in:title budget", grep: [.init(pattern: "^title: .*budget")]),
    .init(query: "bridge OR tunnel", grep: [.init(pattern: "bridge|tunnel")]),
    .init(query: "speaker:\"Maria Keller\"", grep: [.init(pattern: "Maria Keller")]),
    .init(query: "kind:quote hospital", grep: [.init(pattern: "hospital")]),
    .init(query: "(rail OR bridge) strike", grep: [.init(pattern: "rail|bridge"), .init(pattern: "strike")]),
    .init(query: "cybersecurity audit", grep: [.init(pattern: "cybersecurity"), .init(pattern: "audit")]),
    .init(query: "\"independent inquiry\"", grep: [.init(pattern: "independent inquiry")]),
    .init(
      query: "date:2021-01-01..2021-03-31 housing",
      grep: [.init(pattern: "date: 2021-0[1-3]"), .init(pattern: "housing")]),
    .init(query: "pension -trade", grep: [.init(pattern: "pension"), .init(pattern: "trade", exclude: true)]),
    .init(
      query: "source:Izvestia kind:quote families", grep: [.init(pattern: "Izvestia"), .init(pattern: "families")]),
  ]

  /// The shell pipeline for `folder`.
  func pipeline(in folder: String) -> String {
    var command = "grep -rliE -e \(Self.quoted(grep[0].pattern)) \(Self.quoted(folder))"
    for step in grep.dropFirst() {
      command += " | xargs -d '\\n' -r grep -\(step.exclude ? "L" : "l")iE -e \(Self.quoted(step.pattern))"
    }
    return command
  }

  /// `text` in single quotes for the shell.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
