import SaysoAnalysis
import SaysoCore

/// `sayso list`, `people`, `analyze` and `show`: what each prints of the corpus, as text or JSON, ended
/// by the corpus's rule (as `ClaimListing.print` does for quotes and proposals).
public enum CorpusPrinting {
  /// Prints the articles, numbered (`CorpusText.listing`), or as `{"articles": […]}`.
  public static func list(_ corpus: inout Corpus, json: Bool) throws(SaysoError) {
    let articles = corpus.loadAll()
    var stream = json ? JSONOutput.Stream(key: "articles") : nil
    let width = String(articles.count).count
    for (i, article) in articles.enumerated() {
      if json {
        stream?.write(JSONOutput.listing(article, number: i + 1))
      } else {
        print(CorpusText.listing(article, number: i + 1, numberWidth: width))
      }
    }
    stream?.close()
    try corpus.finish(listed: articles.count, json: json, asked: "in the corpus")
  }

  /// Prints everyone quoted across the corpus (`CorpusText.person`), or as `{"people": […]}`.
  public static func people(_ corpus: inout Corpus, json: Bool) throws(SaysoError) {
    var directory = PeopleIndex()
    corpus.forEachAnalysis { directory.add($0) }
    let people = directory.people
    var stream = json ? JSONOutput.Stream(key: "people") : nil
    for person in people {
      if json { stream?.write(JSONOutput.person(person)) } else { print(CorpusText.person(person)) }
    }
    stream?.close()
    try corpus.finish(listed: people.count, json: json, asked: "people: no one is quoted in the corpus")
  }

  /// Prints every article's analysis, streamed as `{"articles": […]}` or as summaries.
  public static func analyze(_ corpus: inout Corpus, json: Bool) throws(SaysoError) {
    if json {
      var stream = JSONOutput.Stream(key: "articles")
      corpus.forEachAnalysis { stream.write($0) }
      stream.close()
    } else {
      corpus.forEachAnalysis(transform: CorpusText.summary) { print($0) }
    }
    try corpus.finish()
  }

  /// Prints the article `query` names (a number, file name, path or part of a title; or a file outside
  /// the corpus) with its claims marked.
  public static func show(_ query: String, corpus: inout Corpus, style: OutputStyle, width: Int?) throws {
    var selected: Article?
    switch try ArticleSelector(articles: corpus.loadAll()).select(query) {
    case .article(let found):
      selected = found
    case .file(let path):
      var file = Corpus(paths: [path])
      selected = file.loadAll().first
      try file.finish()  // reports and fails when the file cannot be read
    }
    let renderer = ArticleRenderer(style: style, width: width)
    if let selected { print(renderer.render(SaysoAnalysis.analyze(selected)), terminator: "") }
    try corpus.finish()
  }
}
