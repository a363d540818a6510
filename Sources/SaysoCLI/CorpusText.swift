import SaysoCore

/// How `list`, `people` and `analyze` read as text; every line terminal-safe.
public enum CorpusText {
  /// One line of `sayso list`: the number (right-aligned to `numberWidth`), path, date, source and the
  /// title's first 80 characters; a missing field shows as "-".
  public static func listing(_ article: Article, number: Int, numberWidth: Int) -> String {
    let number = String(number)
    let fields = [
      article.path, article.date ?? "-", article.source ?? "-", shortened(ArticleSelector.title(of: article), to: 80),
    ]
    return String(repeating: " ", count: max(0, numberWidth - number.count)) + number + "  "
      + fields.map(TerminalText.line).joined(separator: "  ")
  }

  /// A person as `sayso people` lists them: `Name — N quotes in M articles`, then the roles and the
  /// articles' paths, indented.
  public static func person(_ person: PeopleIndex.Entry) -> String {
    var lines = [
      TerminalText.line(person.name)
        + " — \(counted(person.quotes, "quote")) in \(counted(person.articles.count, "article"))"
    ]
    if !person.roles.isEmpty { lines.append("  roles: " + person.roles.map(TerminalText.line).joined(separator: "; ")) }
    lines.append("  articles: " + person.articles.map(TerminalText.line).joined(separator: ", "))
    return lines.joined(separator: "\n")
  }

  /// A few readable lines about one analysed article, for `sayso analyze` without `--json`.
  public static func summary(of analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var lines = [TerminalText.line(article.path)]
    let metadata = [article.title, article.source, article.date].compactMap { $0 }.map(TerminalText.line)
    if !metadata.isEmpty { lines.append("  " + metadata.joined(separator: " · ")) }
    lines.append(
      "  \(article.paragraphs.count.counted("paragraph")), "
        + "\(analysis.people.count.counted("person", plural: "people")), "
        + "\(analysis.quotes.count.counted("quote")), \(analysis.proposals.count.counted("proposal"))")
    if !analysis.people.isEmpty {
      let people = analysis.people.map { "\(TerminalText.line($0.name)) (\($0.quotes))" }
      lines.append("  quoted: " + people.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }

  /// `1 quote`, `3 quotes`.
  private static func counted(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }

  /// `text` cut to `length` characters, with an ellipsis when it was longer.
  static func shortened(_ text: String, to length: Int) -> String {
    text.count > length ? text.prefix(length - 1) + "…" : text
  }
}
