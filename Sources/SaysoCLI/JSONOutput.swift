import SaysoCore

/// The JSON the commands print with `--json`: one schema per listing, every field named once here.
///
/// A listing is one object with one array, written element by element (`JSONOutput.Stream`), so a
/// corpus of any size streams without building one giant value:
///
///     {"articles":[
///     {"path":"a.txt","title":…,"paragraphs":[…],"people":[…],"quotes":[…],"proposals":[…]}
///     ,{"path":"b.txt",…}
///     ]}
public enum JSONOutput {
  /// Writes `{"KEY":[` element `,` element … `]}` to stdout, one element a line.
  public struct Stream {
    private var first = true

    /// Starts the object and its array named `key`.
    public init(key: String) {
      print("{" + JSONValue.string(key).serialized + ":[")
    }

    /// Writes one element (already serialized).
    public mutating func write(_ element: String) {
      print(first ? element : "," + element)
      first = false
    }

    /// Writes one article's analysis as an element, straight to stdout (`StandardOutput`), so that its
    /// JSON is never held whole.
    public mutating func write(_ analysis: ArticleAnalysis) {
      var output = StandardOutput()
      if !first { output.append(UInt8(ascii: ",")) }
      JSONOutput.write(analysis, to: &output)
      output.append(UInt8(ascii: "\n"))
      output.flush()
      first = false
    }

    /// Ends the array and the object.
    public func close() {
      print("]}")
    }
  }

  /// Writes one element of `sayso analyze --json`'s `articles`: the whole analysis, member by member,
  /// each paragraph, person and claim serialized on its own as it goes out: no value tree of the whole
  /// article, and no copy of its JSON (for a 5 MB paragraph of quotes that JSON is 19 MB).
  static func write(_ analysis: ArticleAnalysis, to out: inout some JSONBytes) {
    let article = analysis.article
    func writeArray<Element>(_ key: String, _ elements: [Element], _ value: (Element) -> JSONValue) {
      out.append(",\"" + key + "\":[")
      for (index, item) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        value(item).write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append("{\"path\":")
    JSONValue.string(article.path).write(to: &out)
    out.append(",\"title\":")
    JSONValue.string(orNull: article.title).write(to: &out)
    out.append(",\"source\":")
    JSONValue.string(orNull: article.source).write(to: &out)
    out.append(",\"date\":")
    JSONValue.string(orNull: article.date).write(to: &out)
    writeArray("paragraphs", article.paragraphs) {
      .object([
        "index": .int($0.index), "start": .int($0.start), "end": .int($0.end),
        "role": .string($0.role.rawValue), "text": .string($0.text),
      ])
    }
    writeArray("people", analysis.people) {
      .object([
        "name": .string($0.name), "roles": .array($0.roles.map(JSONValue.string)), "quotes": .int($0.quotes),
      ])
    }
    writeArray("quotes", analysis.quotes, quote)
    writeArray("proposals", analysis.proposals, proposal)
    out.append(UInt8(ascii: "}"))
  }

  /// A quote or a proposal, as `quote(_:)` or `proposal(_:)` writes it.
  public static func claim(_ claim: Claim) -> JSONValue {
    switch claim {
    case .quote(let quote): self.quote(quote)
    case .proposal(let proposal): self.proposal(proposal)
    }
  }

  /// A quote: `{"paragraph", "start", "end", "text", "kind", "cue", "speaker", "group", "organisation",
  /// "utterance"}`.
  public static func quote(_ quote: Quote) -> JSONValue {
    .object([
      "paragraph": .int(quote.paragraph), "start": .int(quote.start), "end": .int(quote.end),
      "text": .string(quote.text), "kind": .string(quote.kind.rawValue), "cue": .string(orNull: quote.cue),
      "speaker": speaker(quote.speaker), "group": .string(orNull: quote.group),
      "organisation": .string(orNull: quote.organisation), "utterance": .int(orNull: quote.utterance),
    ])
  }

  /// A proposal: `{"paragraph", "start", "end", "text", "cue", "proposer", "group", "organisation"}`.
  public static func proposal(_ proposal: Proposal) -> JSONValue {
    .object([
      "paragraph": .int(proposal.paragraph), "start": .int(proposal.start), "end": .int(proposal.end),
      "text": .string(proposal.text), "cue": .string(proposal.cue), "proposer": speaker(proposal.proposer),
      "group": .string(orNull: proposal.group), "organisation": .string(orNull: proposal.organisation),
    ])
  }

  /// One element of `sayso list --json`'s `articles`: `{"number", "path", "title", "source", "date",
  /// "paragraphs"}`.
  public static func listing(_ article: Article, number: Int) -> String {
    JSONValue.object([
      "number": .int(number), "path": .string(article.path), "title": .string(orNull: article.title),
      "source": .string(orNull: article.source), "date": .string(orNull: article.date),
      "paragraphs": .int(article.paragraphs.count),
    ]).serialized
  }

  /// One element of `sayso people --json`'s `people`: `{"name", "roles", "quotes", "proposals",
  /// "articles"}`.
  public static func person(_ person: PeopleIndex.Entry) -> String {
    JSONValue.object([
      "name": .string(person.name), "roles": .array(person.roles.map(JSONValue.string)),
      "quotes": .int(person.quotes), "proposals": .int(person.proposals),
      "articles": .array(person.articles.map(JSONValue.string)),
    ]).serialized
  }

  private static func speaker(_ speaker: Speaker?) -> JSONValue {
    guard let speaker else { return .null }
    return .object([
      "name": .string(speaker.name), "role": .string(orNull: speaker.role), "mention": .string(speaker.mention),
    ])
  }
}
