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

    /// Ends the array and the object.
    public func close() {
      print("]}")
    }
  }

  /// One element of `sayso analyze --json`'s `articles`: the whole analysis.
  ///
  /// Written member by member into one string reserved at about its size, each paragraph, person and
  /// claim serialized on its own: no value tree of the whole article, and no second copy of its bytes
  /// (for a 20 MB article the tree and the copies held four times the output).
  public static func analysis(_ analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var output = ""
    output.reserveCapacity(estimatedSize(of: analysis))
    var element: [UInt8] = []
    func append(_ value: JSONValue) {
      element.removeAll(keepingCapacity: true)
      value.write(to: &element)
      output += String(decoding: element, as: UTF8.self)
    }
    func appendArray<Element>(_ key: String, _ elements: [Element], _ value: (Element) -> JSONValue) {
      output += ",\"" + key + "\":["
      for (index, item) in elements.enumerated() {
        if index > 0 { output += "," }
        append(value(item))
      }
      output += "]"
    }
    output += "{\"path\":"
    append(.string(article.path))
    output += ",\"title\":"
    append(.string(orNull: article.title))
    output += ",\"source\":"
    append(.string(orNull: article.source))
    output += ",\"date\":"
    append(.string(orNull: article.date))
    appendArray("paragraphs", article.paragraphs) {
      .object([
        "index": .int($0.index), "start": .int($0.start), "end": .int($0.end),
        "role": .string($0.role.rawValue), "text": .string($0.text),
      ])
    }
    appendArray("people", analysis.people) {
      .object([
        "name": .string($0.name), "roles": .array($0.roles.map(JSONValue.string)), "quotes": .int($0.quotes),
      ])
    }
    appendArray("quotes", analysis.quotes, quote)
    appendArray("proposals", analysis.proposals, proposal)
    output += "}"
    return output
  }

  /// About the size of `analysis(_:)`'s output, a little over for most articles: the texts, and the
  /// fields around each paragraph and claim.
  static func estimatedSize(of analysis: ArticleAnalysis) -> Int {
    let paragraphs = analysis.article.paragraphs.reduce(0) { $0 + $1.text.utf8.count + 80 }
    let quotes = analysis.quotes.reduce(0) { $0 + $1.text.utf8.count + 260 }
    let proposals = analysis.proposals.reduce(0) { $0 + $1.text.utf8.count + 260 }
    return (paragraphs + quotes + proposals + analysis.people.count * 80 + 512) * 11 / 10
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
