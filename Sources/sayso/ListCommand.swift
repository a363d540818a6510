import ArgumentParser

/// `sayso list`: the articles of the corpus, numbered for `sayso show`.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the articles of the corpus, numbered.",
    discussion: """
      One line per article: its number (for `sayso show N`), path, date, source and title (its first \
      80 characters). A missing field shows as "-".
      """)

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    var corpus = corpusOptions.corpus
    let articles = corpus.loadAll()
    let width = String(articles.count).count
    for (i, article) in articles.enumerated() {
      let number = String(i + 1)
      let fields = [
        article.path, article.date ?? "-", article.source ?? "-", shortened(ArticleSelector.title(of: article)),
      ]
      print(String(repeating: " ", count: width - number.count) + number + "  "
        + fields.map(TerminalText.line).joined(separator: "  "))
    }
    try corpus.finish()
  }

  /// `title` cut to 80 characters, with an ellipsis when it was longer.
  private func shortened(_ title: String) -> String {
    title.count > 80 ? title.prefix(79) + "…" : title
  }
}
