import SaysoCore

/// The `sayso analyze --json` schema, written one article at a time.
///
/// The whole output is `opening`, then each article's `article(_:)` separated by `separator`, then
/// `closing`, so a corpus of any size streams without building one giant object:
///
///     {"articles":[
///     {"path":"a.txt","title":…,"paragraphs":[…],"people":[…],"quotes":[…],"proposals":[…]}
///     ,{"path":"b.txt",…}
///     ]}
enum JSONOutput {
  /// Everything before the first article.
  static let opening = "{\"articles\":["
  /// What goes before every article but the first.
  static let separator = ","
  /// Everything after the last article.
  static let closing = "]}"

  /// One element of the `articles` array.
  static func article(_ analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    let value = JSONValue.object([
      "path": .string(article.path),
      "title": .string(orNull: article.title),
      "source": .string(orNull: article.source),
      "date": .string(orNull: article.date),
      "paragraphs": .array(
        article.paragraphs.map {
          .object([
            "index": .int($0.index), "start": .int($0.start), "end": .int($0.end),
            "role": .string($0.role.rawValue), "text": .string($0.text),
          ])
        }),
      "people": .array(
        analysis.people.map {
          .object(["name": .string($0.name), "roles": .array($0.roles.map(JSONValue.string)), "quotes": .int($0.quotes)])
        }),
      "quotes": .array(
        analysis.quotes.map {
          .object([
            "paragraph": .int($0.paragraph), "start": .int($0.start), "end": .int($0.end),
            "text": .string($0.text), "kind": .string($0.kind.rawValue), "cue": .string(orNull: $0.cue),
            "speaker": speaker($0.speaker), "group": .string(orNull: $0.group),
            "organisation": .string(orNull: $0.organisation), "utterance": $0.utterance.map(JSONValue.int) ?? .null,
          ])
        }),
      "proposals": .array(
        analysis.proposals.map {
          .object([
            "paragraph": .int($0.paragraph), "start": .int($0.start), "end": .int($0.end),
            "text": .string($0.text), "cue": .string($0.cue), "proposer": speaker($0.proposer),
            "group": .string(orNull: $0.group), "organisation": .string(orNull: $0.organisation),
          ])
        }),
    ])
    return value.serialized
  }

  private static func speaker(_ speaker: Speaker?) -> JSONValue {
    guard let speaker else { return .null }
    return .object(["name": .string(speaker.name), "role": .string(orNull: speaker.role), "mention": .string(speaker.mention)])
  }
}
