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
  /// each paragraph, person and claim written out as it goes (`appendMember`): no value tree of the whole
  /// article nor of its parts, and no copy of its JSON (for a 5 MB paragraph of quotes that JSON is 19 MB).
  static func write<Output: JSONBytes>(_ analysis: ArticleAnalysis, to out: inout Output) {
    let article = analysis.article
    func writeArray<Element>(_ key: StaticString, _ elements: [Element], _ write: (Element, inout Output) -> Void) {
      out.appendKey(key)
      out.append(UInt8(ascii: "["))
      for (index, item) in elements.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        write(item, &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.appendMember("path", article.path, first: true)
    out.appendMember("title", article.title)
    out.appendMember("source", article.source)
    out.appendMember("date", article.date)
    writeArray("paragraphs", article.paragraphs) { paragraph, out in
      out.appendMember("index", paragraph.index, first: true)
      out.appendMember("start", paragraph.start)
      out.appendMember("end", paragraph.end)
      out.appendMember("role", paragraph.role.rawValue)
      out.appendMember("text", paragraph.text)
      out.closeObject()
    }
    writeArray("people", analysis.people) { person, out in
      out.appendMember("name", person.name, first: true)
      out.appendKey("roles")
      out.append(UInt8(ascii: "["))
      for (index, role) in person.roles.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        JSONValue.write(role, to: &out)
      }
      out.append(UInt8(ascii: "]"))
      out.appendMember("quotes", person.quotes)
      out.closeObject()
    }
    writeArray("quotes", analysis.quotes) { quote, out in write(quote, to: &out) }
    writeArray("proposals", analysis.proposals) { proposal, out in write(proposal, to: &out) }
    out.closeObject()
  }

  /// A quote or a proposal as JSON, as `write(_:path:to:)` writes it; with a `path`, that of the article
  /// it stands in comes first.
  public static func claim(_ claim: Claim, path: String? = nil) -> String {
    var out: [UInt8] = []
    switch claim {
    case .quote(let quote): write(quote, path: path, to: &out)
    case .proposal(let proposal): write(proposal, path: path, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A quote: `{"paragraph", "start", "end", "text", "kind", "cue", "speaker", "group", "organisation",
  /// "utterance"}`, after `"path"` when one is given.
  static func write(_ quote: Quote, path: String? = nil, to out: inout some JSONBytes) {
    if let path { out.appendMember("path", path, first: true) }
    out.appendMember("paragraph", quote.paragraph, first: path == nil)
    out.appendMember("start", quote.start)
    out.appendMember("end", quote.end)
    out.appendMember("text", quote.text)
    out.appendMember("kind", quote.kind.rawValue)
    out.appendMember("cue", quote.cue)
    out.appendKey("speaker")
    write(quote.speaker, to: &out)
    out.appendMember("group", quote.group)
    out.appendMember("organisation", quote.organisation)
    out.appendMember("utterance", quote.utterance)
    out.closeObject()
  }

  /// A proposal: `{"paragraph", "start", "end", "text", "cue", "proposer", "group", "organisation"}`, after
  /// `"path"` when one is given.
  static func write(_ proposal: Proposal, path: String? = nil, to out: inout some JSONBytes) {
    if let path { out.appendMember("path", path, first: true) }
    out.appendMember("paragraph", proposal.paragraph, first: path == nil)
    out.appendMember("start", proposal.start)
    out.appendMember("end", proposal.end)
    out.appendMember("text", proposal.text)
    out.appendMember("cue", proposal.cue)
    out.appendKey("proposer")
    write(proposal.proposer, to: &out)
    out.appendMember("group", proposal.group)
    out.appendMember("organisation", proposal.organisation)
    out.closeObject()
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

  /// A speaker: `{"name", "role", "mention"}`, or `null`.
  private static func write(_ speaker: Speaker?, to out: inout some JSONBytes) {
    guard let speaker else { return out.append("null") }
    out.appendMember("name", speaker.name, first: true)
    out.appendMember("role", speaker.role)
    out.appendMember("mention", speaker.mention)
    out.closeObject()
  }
}
