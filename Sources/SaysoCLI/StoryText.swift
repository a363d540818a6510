import SaysoCore

/// How `sayso stories` reads, as text and as JSON; every text line terminal-safe.
public enum StoryText {
  /// What `sayso stories --help` says about the command, its output and its JSON.
  public static let discussion = """
    A story is a set of articles that carry the same claim: quotes whose words are near-identical once \
    case, punctuation and quote marks are folded (a fragment or an extension of the quote counts), or \
    proposals of the same thing by the same person. Claims are compared by their runs of three words \
    (shingles): two claims match when they share at least four runs (six words), and the shared runs are \
    at least 60% of the shorter claim's; a run found in more than 25 articles is a common phrase and \
    joins nothing. Articles that \
    share a claim are one story. A person named by surname only is the corpus's one person of that \
    surname (never one of two who share it).

    Each story: its number, articles, outlets and dates, its headline (its most shared claim as first \
    reported), its articles (date, outlet, path, title) and its claims (the speaker, or when no person \
    is known the organisation or group the quotes name; the words; the articles as `path ¶N`, first \
    reported first). With --diff, under each claim, how each later report's words differ from the first \
    report's (added, dropped, changed). Stories with most articles come first. With --json: \
    {"stories": [{"id", "headline", "first_date", "last_date", "articles": [{"path", "source", "date", \
    "title"}], "claims": [{"speaker", "organisation", "group", "text", "articles": [path, ...]}]}]}; with \
    --diff each claim also has "drift": [{"path", "text", "changes": [{"added"|"dropped": [words]} or \
    {"changed": [words], "to": [words]}]}]. The exit status is 1 when there is no story (0 with --json).
    """

  /// A story as `sayso stories` lists it: a header line, the headline, the articles and the claims,
  /// with each claim's drift when `drift` is set.
  public static func listing(_ story: Story, drift: Bool) -> String {
    let dates = [story.firstDate, story.lastDate].compactMap { $0 }
    var lines = [
      "story \(story.id) — \(story.articles.count.counted("article")), \(story.outlets.count.counted("outlet"))"
        + (dates.isEmpty ? "" : ", " + (dates[0] == dates[1] ? dates[0] : "\(dates[0]) … \(dates[1])")),
      "  " + TerminalText.line(story.headline),
      "  articles:",
    ]
    for article in story.articles {
      let fields = [article.date ?? "-", article.source ?? "-", article.path, article.title ?? "-"]
      lines.append("    " + fields.map(TerminalText.line).joined(separator: "  "))
    }
    lines.append("  claims:")
    for claim in story.claims {
      lines.append(
        "    " + TerminalText.line(claim.who) + ": " + TerminalText.line(claim.text))
      let places = claim.reports.map { "\($0.path) ¶\($0.paragraph)" }
      lines.append("      in " + TerminalText.line(places.joined(separator: ", ")))
      guard drift else { continue }
      for (report, diff) in claim.drift {
        lines.append("      " + TerminalText.line("\(report.path): \(diff.summary)"))
      }
    }
    return lines.joined(separator: "\n")
  }

  /// One element of `sayso stories --json`'s `stories`, with each claim's `drift` when `drift` is set.
  public static func json(_ story: Story, drift: Bool) -> String {
    JSONValue.object([
      "id": .int(story.id), "headline": .string(story.headline),
      "first_date": .string(orNull: story.firstDate), "last_date": .string(orNull: story.lastDate),
      "articles": .array(
        story.articles.map {
          .object([
            "path": .string($0.path), "source": .string(orNull: $0.source), "date": .string(orNull: $0.date),
            "title": .string(orNull: $0.title),
          ])
        }),
      "claims": .array(story.claims.map { claim($0, drift: drift) }),
    ]).serialized
  }

  private static func claim(_ claim: Story.Claim, drift: Bool) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = [
      ("speaker", .string(orNull: claim.speaker)), ("organisation", .string(orNull: claim.organisation)),
      ("group", .string(orNull: claim.group)), ("text", .string(claim.text)),
      ("articles", .array(claim.articles.map(JSONValue.string))),
    ]
    if drift {
      members.append(
        (
          "drift",
          .array(
            claim.drift.map { report, diff in
              .object([
                "path": .string(report.path), "text": .string(report.text),
                "changes": .array(diff.changes.map(change)),
              ])
            })
        ))
    }
    return .members(members)
  }

  private static func change(_ change: WordDiff.Change) -> JSONValue {
    let words = { (list: [String]) in JSONValue.array(list.map(JSONValue.string)) }
    switch change {
    case .added(let list): return .object(["added": words(list)])
    case .dropped(let list): return .object(["dropped": words(list)])
    case .changed(let from, let to): return .object(["changed": words(from), "to": words(to)])
    }
  }
}
