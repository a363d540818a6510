/// What a searchable passage is: a whole paragraph, or a quote or a proposal inside one.
public enum PassageKind: String, Sendable, Codable, CaseIterable {
  /// A whole paragraph (title, dateline, heading or body).
  case paragraph
  /// A quote found by the analysis: words attributed to a speaker.
  case quote
  /// A proposal found by the analysis: what somebody proposed or called for.
  case proposal
}
