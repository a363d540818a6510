import Foundation

/// What a piece of output is, so colours are chosen by meaning in one table, never inline.
public enum TextRole: CaseIterable, Sendable {
  case title
  case heading
  case margin
  case quote
  case proposal
  case speaker
  case note
  /// Markdown `**strong**`, `*emphasis*`, `` `code` `` and link text in a Markdown article.
  case strong
  case emphasis
  case code
  case link
}

/// How output is decorated: ANSI colours for a terminal, plain-text markers otherwise.
public struct OutputStyle: Sendable {
  /// Whether ANSI colour sequences are written.
  public var usesColor: Bool

  public init(usesColor: Bool) { self.usesColor = usesColor }

  /// The SGR parameters of each role: the one colour table.
  private static let sgr: [TextRole: String] = [
    .title: "1;4",
    .heading: "1",
    .margin: "2",
    .quote: "32",
    .proposal: "33;4",
    .speaker: "1;36",
    .note: "2",
    .strong: "1",
    .emphasis: "3",
    .code: "2",
    .link: "4",
  ]

  /// `text`, coloured for `roles` when colour is on; unchanged otherwise.
  ///
  /// - Parameters:
  ///   - text: already terminal-safe text.
  ///   - roles: what the text is; several roles combine (a quote inside a proposal).
  public func styled(_ text: String, _ roles: Set<TextRole>) -> String {
    guard usesColor, !roles.isEmpty, !text.isEmpty else { return text }
    let codes = TextRole.allCases.filter(roles.contains).compactMap { Self.sgr[$0] }
    return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
  }

  /// `text`, coloured for `role` when colour is on.
  public func styled(_ text: String, _ role: TextRole) -> String {
    styled(text, [role])
  }
}

/// When to colour output: the `--color` option.
public enum ColorChoice: String, CaseIterable, Sendable {
  /// Colour when stdout is a terminal and `NO_COLOR` is unset.
  case auto
  case always
  case never

  /// The style this choice gives in the current process.
  ///
  /// - Parameter environment: where `NO_COLOR` is looked up; set to anything, even empty, it turns colour off.
  public func style(environment: [String: String] = ProcessInfo.processInfo.environment) -> OutputStyle {
    switch self {
    case .always: OutputStyle(usesColor: true)
    case .never: OutputStyle(usesColor: false)
    case .auto:
      OutputStyle(usesColor: isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil)
    }
  }
}
