/// A parsed HTML document as plain Swift values: elements with lower-cased names and attributes, and text.
/// Comments, processing instructions and the DOCTYPE are not kept.
public indirect enum HTMLNode: Sendable, Equatable {
  case element(HTMLElement)
  case text(String)
}

/// One HTML element.
public struct HTMLElement: Sendable, Equatable {
  /// The tag name, lower-cased ("p", "article").
  public var name: String
  /// The attributes by lower-cased name.
  public var attributes: [String: String]
  /// The children in document order.
  public var children: [HTMLNode]

  public init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
    self.name = name
    self.attributes = attributes
    self.children = children
  }

  /// All the text inside, in document order, white space as the page has it.
  public var text: String {
    var out = ""
    appendText(to: &out)
    return out
  }

  private func appendText(to out: inout String) {
    for child in children {
      switch child {
      case .text(let t): out += t
      case .element(let e):
        if e.name == "br" { out += " " } else { e.appendText(to: &out) }
      }
    }
  }

  /// The child elements.
  public var elements: [HTMLElement] {
    children.compactMap { if case .element(let e) = $0 { e } else { nil } }
  }

  /// Calls `body` with this element and every element inside it, in document order.
  public func forEachElement(_ body: (HTMLElement) -> Void) {
    body(self)
    for case .element(let e) in children { e.forEachElement(body) }
  }

  /// The words of the `class` and `id` attributes, split at spaces, `-` and `_`, lower-cased:
  /// `class="site-nav main"` → ["site", "nav", "main"].
  public var classWords: [String] {
    let value = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    return value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" })
      .map(String.init)
  }
}
