import SaysoCore

/// The rule for articles far longer than any news article: analysed in runs of paragraphs.
///
/// An article of more than `maximumRunBytes` (1 MB of UTF-8; the longest real news articles have a
/// few hundred kilobytes, and most under 20 KB) is analysed in runs of whole paragraphs of about that
/// size, one after another, so that memory holds one run's prepared paragraphs (tokens, cues,
/// sentences) instead of the whole article's: with runs, a 20 MB file needs a fraction of what it
/// would take in one piece. The people are carried over from run to run — the registry of persons and
/// organisations with their mentions, the names given a title, a quote left open at a run's end — so
/// "Smith said" in a later run still resolves to the John Smith of an earlier one. What a run does not
/// see: names typed by evidence that only a later run gives, and a quote without a frame at the start
/// of a run does not take the speaker of the run before. An article up to 1 MB is one run, analysed
/// exactly as before.
enum ArticleRuns {
  /// The most UTF-8 bytes of paragraph text in one run (a single longer paragraph is a run of its own).
  static let maximumRunBytes = 1_000_000

  /// The runs of paragraph indices: one run for an article up to `maximumBytes`, else runs of whole
  /// paragraphs, each closed once it reaches that size. A paragraph marked in `alone` (a piece of a
  /// long paragraph, `ParagraphPieces`) is a run of its own, whatever the article's size.
  static func runs(of paragraphs: [Paragraph], maximumBytes: Int = maximumRunBytes, alone: [Bool] = []) -> [Range<Int>] {
    guard paragraphs.reduce(0, { $0 + $1.text.utf8.count }) > maximumBytes || alone.contains(true) else {
      return [paragraphs.indices]
    }
    var runs: [Range<Int>] = []
    var runStart = 0
    var bytes = 0
    for (index, paragraph) in paragraphs.enumerated() {
      let isAlone = index < alone.count && alone[index]
      if isAlone && runStart < index {
        runs.append(runStart..<index)
        runStart = index
        bytes = 0
      }
      bytes += paragraph.text.utf8.count
      if (bytes >= maximumBytes || isAlone) && index + 1 < paragraphs.count {
        runs.append(runStart..<(index + 1))
        runStart = index + 1
        bytes = 0
      }
    }
    if runStart < paragraphs.count { runs.append(runStart..<paragraphs.count) }
    return runs
  }

  /// The analysis of `article` run by run (`runs` as `runs(of:)` gives them), with the people carried over.
  /// With `releasingTexts`, a paragraph's text is let go once its run is prepared (which keeps scalars of
  /// its own): for the pieces of a long paragraph, copies made for the analysis alone, not all held to its end.
  static func analyze(
    _ article: consuming Article, in runs: [Range<Int>], releasingTexts: Bool = false
  ) -> ArticleAnalysis {
    let paragraphBytes = article.paragraphs.map(\.text.utf8.count)
    var analyzer = Analyzer(consume article, preparing: runs.first ?? 0..<0)
    var quotes: [Quote] = []
    var proposals: [Proposal] = []
    var quoteCounts: [Int: Int] = [:]
    var utterances = 0
    var reserved = false
    for (number, run) in runs.enumerated() {
      if number > 0 { analyzer.prepare(run) }
      if releasingTexts { for index in run { analyzer.article.paragraphs[index].text = "" } }
      let found = analyzer.findAndResolve()
      // each person's quotes, counted as `claims` counts them: one per attribution that is emitted
      for (index, attribution) in found.attributions.enumerated() where attribution.end > attribution.start {
        if let entity = found.speakers[index]?.entity { quoteCounts[entity, default: 0] += 1 }
      }
      let part = analyzer.claims(found.attributions, found.speakers, found.proposals)
      // utterance ids stay unique in the article
      let runUtterances = part.quotes.compactMap(\.utterance).max() ?? 0
      quotes += part.quotes.map { quote in
        var quote = quote
        quote.utterance = quote.utterance.map { $0 + utterances }
        return quote
      }
      utterances += runUtterances
      proposals += part.proposals
      // once quotes are found, room for the article's at their rate so far and a quarter more: a list
      // that doubles holds its old buffer beside the new (75,000 quotes of one paragraph: 6 MB more)
      if !reserved && !quotes.isEmpty && number + 1 < runs.count {
        reserved = true
        let bytes = paragraphBytes.reduce(0, +) * 5 / 4
        quotes.reserveCapacity(quotes.count * bytes / paragraphBytes[..<run.upperBound].reduce(0, +))
      }
    }
    // in order of first mention, then of registration, with their names and roles as the article ends
    let registry = analyzer.registry
    let people = quoteCounts.keys.sorted {
      (registry.entities[$0].mentions.min() ?? 0, $0) < (registry.entities[$1].mentions.min() ?? 0, $1)
    }
    .map { Person(name: registry.shownName(of: $0), roles: registry.entities[$0].roles, quotes: quoteCounts[$0]!) }
    return ArticleAnalysis(article: analyzer.article, people: people, quotes: quotes, proposals: proposals)
  }
}
