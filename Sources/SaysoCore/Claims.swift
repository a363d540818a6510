/// Where a claim comes from: an article, a paragraph, and a span inside that paragraph.
///
/// `start` and `end` are Unicode scalar offsets into the paragraph's text.
public struct SourceLink: Sendable, Equatable, Hashable, Codable {
  public var article: String
  public var paragraph: Int
  public var start: Int
  public var end: Int

  public init(article: String, paragraph: Int, start: Int, end: Int) {
    self.article = article
    self.paragraph = paragraph
    self.start = start
    self.end = end
  }
}

/// A person to whom a quote or proposal is attributed.
public struct Speaker: Sendable, Equatable, Hashable, Codable {
  /// The canonical name of the person, e.g. "Vladimir Putin".
  public var name: String
  /// Role and affiliation as the article gives them, e.g. "Russian President".
  public var role: String?
  /// The words that stand for the person at this claim, e.g. "the president", "he", "Poast".
  public var mention: String

  public init(name: String, role: String? = nil, mention: String) {
    self.name = name
    self.role = role
    self.mention = mention
  }
}

/// How a quote reports speech.
public enum QuoteKind: String, Sendable, Codable {
  /// Words in quote marks (or a dash-quote paragraph).
  case direct
  /// Reported speech without quote marks.
  case indirect
  /// Reported speech that carries a quoted fragment.
  case mixed
}

/// A quote: words attributed to a speaker, with an exact link to where they stand.
///
/// Stored compactly, as one paragraph can hold tens of thousands of quotes: offsets as 32 bits (a text
/// of 2^31 scalars is far past any file read), the speaker and the organisation, most often absent in
/// such runs, in a box of their own — 80 bytes a quote instead of 160 (stored properties are laid out in
/// the order declared: the one-byte kind last).
public struct Quote: Sendable, Equatable, Codable {
  public var paragraph: Int {
    get { Int(storedParagraph) }
    set { storedParagraph = Int32(newValue) }
  }
  public var start: Int {
    get { Int(storedStart) }
    set { storedStart = Int32(newValue) }
  }
  public var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = Int32(newValue) }
  }
  /// The paragraph text from `start` to `end`.
  public var text: String
  /// The reporting verb or phrase ("said", "according to", "told").
  public var cue: String?
  public var speaker: Speaker? {
    get { source?.speaker }
    set { source = Source.boxed(newValue, organisation) }
  }
  /// An unnamed or plural source ("experts", "officials", "a spokesman").
  public var group: String?
  /// An organisation or place that is the source ("the union", "Reuters", "Russia"); never a person.
  public var organisation: String? {
    get { source?.organisation }
    set { source = Source.boxed(speaker, newValue) }
  }
  /// Shared by the quoted pieces of one utterance that a frame splits: in `"We were ready," the coach
  /// said. "The third period was ours."` both pieces carry the same id (unique in the article).
  public var utterance: Int? {
    get { storedUtterance.map(Int.init) }
    set { storedUtterance = newValue.map { Int32($0) } }
  }

  private var source: Source?
  private var storedParagraph: Int32
  private var storedStart: Int32
  private var storedEnd: Int32
  private var storedUtterance: Int32?
  public var kind: QuoteKind

  /// The speaker and the organisation, kept out of line (never changed: a new value is a new box).
  private final class Source: Sendable, Equatable {
    let speaker: Speaker?
    let organisation: String?

    private init(_ speaker: Speaker?, _ organisation: String?) {
      (self.speaker, self.organisation) = (speaker, organisation)
    }

    /// A box for the two, or nil when both are absent.
    static func boxed(_ speaker: Speaker?, _ organisation: String?) -> Source? {
      speaker == nil && organisation == nil ? nil : Source(speaker, organisation)
    }

    static func == (left: Source, right: Source) -> Bool {
      (left.speaker, left.organisation) == (right.speaker, right.organisation)
    }
  }

  public init(
    paragraph: Int, start: Int, end: Int, text: String, kind: QuoteKind, cue: String?,
    speaker: Speaker?, group: String?, organisation: String? = nil, utterance: Int? = nil
  ) {
    (storedParagraph, storedStart, storedEnd) = (Int32(paragraph), Int32(start), Int32(end))
    self.text = text
    self.kind = kind
    self.cue = cue
    source = Source.boxed(speaker, organisation)
    self.group = group
    storedUtterance = utterance.map { Int32($0) }
  }

  private enum CodingKeys: String, CodingKey {
    case paragraph, start, end, text, kind, cue, speaker, group, organisation, utterance
  }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      paragraph: values.decode(Int.self, forKey: .paragraph), start: values.decode(Int.self, forKey: .start),
      end: values.decode(Int.self, forKey: .end), text: values.decode(String.self, forKey: .text),
      kind: values.decode(QuoteKind.self, forKey: .kind), cue: values.decodeIfPresent(String.self, forKey: .cue),
      speaker: values.decodeIfPresent(Speaker.self, forKey: .speaker),
      group: values.decodeIfPresent(String.self, forKey: .group),
      organisation: values.decodeIfPresent(String.self, forKey: .organisation),
      utterance: values.decodeIfPresent(Int.self, forKey: .utterance))
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: CodingKeys.self)
    try values.encode(paragraph, forKey: .paragraph)
    try values.encode(start, forKey: .start)
    try values.encode(end, forKey: .end)
    try values.encode(text, forKey: .text)
    try values.encode(kind, forKey: .kind)
    try values.encodeIfPresent(cue, forKey: .cue)
    try values.encodeIfPresent(speaker, forKey: .speaker)
    try values.encodeIfPresent(group, forKey: .group)
    try values.encodeIfPresent(organisation, forKey: .organisation)
    try values.encodeIfPresent(utterance, forKey: .utterance)
  }
}

/// A proposal: what somebody proposed, called for or invited others to do.
public struct Proposal: Sendable, Equatable, Codable {
  public var paragraph: Int
  public var start: Int
  public var end: Int
  public var text: String
  /// The proposing word or phrase ("proposed", "called for", "I propose").
  public var cue: String
  public var proposer: Speaker?
  /// An unnamed or plural proposer ("officials") when no person stands behind it.
  public var group: String?
  /// An organisation or place that proposes ("the ministry", "Russia"); never a person.
  public var organisation: String?

  public init(
    paragraph: Int, start: Int, end: Int, text: String, cue: String, proposer: Speaker?,
    group: String? = nil, organisation: String? = nil
  ) {
    self.organisation = organisation
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.text = text
    self.cue = cue
    self.proposer = proposer
    self.group = group
  }
}

/// A person quoted in an article: the canonical name, every role the article gives, and how often quoted.
public struct Person: Sendable, Equatable, Codable {
  public var name: String
  public var roles: [String]
  public var quotes: Int

  public init(name: String, roles: [String], quotes: Int) {
    self.name = name
    self.roles = roles
    self.quotes = quotes
  }
}

/// A quote or a proposal, seen uniformly: something somebody claimed, linked to its source.
public enum Claim: Sendable, Equatable {
  case quote(Quote)
  case proposal(Proposal)

  /// Where the quote or proposal stands and what it says: the fields both have.
  private var span: (paragraph: Int, start: Int, end: Int, text: String) {
    switch self {
    case .quote(let q): (q.paragraph, q.start, q.end, q.text)
    case .proposal(let p): (p.paragraph, p.start, p.end, p.text)
    }
  }

  public var paragraph: Int { span.paragraph }
  public var start: Int { span.start }
  public var end: Int { span.end }
  /// The quoted or proposed words.
  public var text: String { span.text }

  /// The person behind the claim, when the analysis found one.
  public var speaker: Speaker? {
    switch self {
    case .quote(let q): q.speaker
    case .proposal(let p): p.proposer
    }
  }

  /// The name of the person behind the claim, or its organisation or group, or "?".
  public var who: String {
    switch self {
    case .quote(let q): q.speaker?.name ?? q.organisation ?? q.group ?? "?"
    case .proposal(let p): p.proposer?.name ?? p.organisation ?? p.group ?? "?"
    }
  }
}

/// Everything the analysis found in one article.
public struct ArticleAnalysis: Sendable, Equatable {
  public var article: Article
  public var people: [Person]
  public var quotes: [Quote]
  public var proposals: [Proposal]

  public init(article: Article, people: [Person], quotes: [Quote], proposals: [Proposal]) {
    self.article = article
    self.people = people
    self.quotes = quotes
    self.proposals = proposals
  }

  /// Every quote and proposal in reading order, each with its source link.
  public var claims: [Claim] {
    (quotes.map(Claim.quote) + proposals.map(Claim.proposal)).sorted {
      ($0.paragraph, $0.start, $0.end) < ($1.paragraph, $1.start, $1.end)
    }
  }

  /// The claim's link back to its source paragraph.
  public func sourceLink(of claim: Claim) -> SourceLink {
    SourceLink(article: article.path, paragraph: claim.paragraph, start: claim.start, end: claim.end)
  }
}
