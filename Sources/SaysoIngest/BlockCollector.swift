/// Cuts a page into text blocks, skipping boilerplate (see `Boilerplate`), and records the elements
/// that hold them (`nodes`, by number) for `ContentScore`.
struct BlockCollector {
  /// An element that holds blocks: its container's number, its tag, its `class` and how its class
  /// and id weigh in `ContentScore`.
  struct Node {
    var parent: Int?
    var name: String
    var className: String
    var classWeight: Double
  }

  private(set) var blocks: [Block] = []
  /// The elements visited, by number (`Block.ancestors` holds these numbers).
  private(set) var nodes: [Node] = []
  /// `Boilerplate.textWeight` of the whole page when a furniture box holding more than half of it is
  /// kept; nil when furniture is always dropped.
  let pageWeight: Int?
  private var nextNumber = 0
  /// Inline text waiting for the end of its run.
  private var pending = ""
  private var pendingLinks = 0
  /// Whether the last thing in the run was a `<br>`: a second one ends the paragraph.
  private var afterBreak = false
  /// How many `<article>` and `<main>` elements are around the element being visited.
  private var articleDepth = 0

  /// Elements that are one block of text each.
  static let blockTags: [String: Block.Kind] = [
    "p": .paragraph, "pre": .paragraph, "dd": .paragraph, "h2": .heading, "h3": .heading, "h4": .heading,
    "h5": .heading, "h6": .heading, "li": .listItem,
  ]
  /// Elements that end a run of inline text.
  static let breakingTags: Set<String> = [
    "div", "section", "article", "main", "table", "tr", "td", "th", "ul", "ol", "dl", "blockquote", "h1",
    "hr", "body", "center", "details", "summary", "form", "header", "footer", "nav", "aside", "figure",
    "figcaption", "address", "fieldset", "menu", "dialog", "noscript",
  ]

  /// A collector for the page rooted at `root`.
  ///
  /// - Parameter keepingLargeFurniture: keep a furniture box that holds more than half of the page's
  ///   text (sites that wrap the whole page in a `<form>`, a `<header>` or a box classed `sidebar`).
  /// - Parameter readingNoscript: read the text inside `<noscript>` (a page that shows its article only
  ///   there when scripts do not run).
  init(page root: HTMLElement, keepingLargeFurniture: Bool = false, readingNoscript: Bool = false) {
    pageWeight = keepingLargeFurniture ? Boilerplate.textWeight(root, readingNoscript: readingNoscript) : nil
    self.readingNoscript = readingNoscript
  }

  /// Whether `<noscript>` is read as content.
  let readingNoscript: Bool

  /// Whether `element` is left out: never text, or furniture (that does not hold most of the page,
  /// when large furniture is kept).
  func isDropped(_ element: HTMLElement) -> Bool {
    if readingNoscript && element.name == "noscript" { return false }
    // An `<article>`'s (or `<main>`'s) own `<header>` holds its headline, byline and often its lead;
    // it is furniture by its tag alone only at the page's level.
    if element.name == "header" && articleDepth > 0 {
      return Boilerplate.verdict(HTMLElement(name: "div", attributes: element.attributes)) != .content
    }
    switch Boilerplate.verdict(element) {
    case .content: return false
    case .never: return true
    case .furniture:
      return pageWeight.map { Boilerplate.textWeight(element, readingNoscript: readingNoscript) * 2 <= $0 } ?? true
    }
  }

  mutating func visit(_ element: HTMLElement, ancestors: [Int]) {
    let number = nextNumber
    nextNumber += 1
    nodes.append(
      Node(
        parent: ancestors.last, name: element.name, className: element.attributes["class"] ?? "",
        classWeight: ContentScore.classWeight(element)))
    let inside = ancestors + [number]
    let opensArticle = element.name == "article" || element.name == "main"
    if opensArticle { articleDepth += 1 }
    defer { if opensArticle { articleDepth -= 1 } }
    for child in element.children {
      switch child {
      case .text(let t):
        pending += t
        if t.contains(where: { !$0.isWhitespace }) { afterBreak = false }
      case .element(let e):
        if isDropped(e) { continue }
        if e.name != "br" { afterBreak = false }
        if let kind = Self.blockTags[e.name], !(e.name == "li" && hasBlockChildren(e)) {
          flush(ancestors: inside)
          add(kind, e, ancestors: inside)
        } else if Self.breakingTags.contains(e.name) || Self.blockTags[e.name] != nil {
          flush(ancestors: inside)
          if e.name == "h1" { continue }  // the headline: the title, not a paragraph
          visit(e, ancestors: inside)
        } else if e.name == "br" {
          if afterBreak { flush(ancestors: inside) } else { pending += " " }
          afterBreak = true
        } else {
          let (text, links) = inlineText(e)
          pending += text
          // A link is link text all through, paragraphs and headings inside it too (a teaser card).
          pendingLinks += e.name == "a" ? text.count : links
        }
      }
    }
    flush(ancestors: inside)
  }

  /// Ends the current run of inline text as a paragraph block.
  mutating func flush(ancestors: [Int]) {
    let text = LibraryEntry.oneLine(pending)
    if !text.isEmpty {
      let density = Double(pendingLinks) / Double(max(pending.count, 1))
      blocks.append(Block(kind: .paragraph, text: text, linkDensity: min(density, 1), ancestors: ancestors))
    }
    pending = ""
    pendingLinks = 0
  }

  private mutating func add(_ kind: Block.Kind, _ e: HTMLElement, ancestors: [Int]) {
    let (raw, links) = inlineText(e)
    let text = LibraryEntry.oneLine(raw)
    guard !text.isEmpty else { return }
    let bold = kind == .paragraph && links == 0 && Self.isBoldHeading(e, text)
    blocks.append(
      Block(
        kind: kind, text: text, linkDensity: min(Double(links) / Double(max(raw.count, 1)), 1),
        ancestors: ancestors, isBoldHeading: bold))
  }

  /// Tags that set text in bold.
  static let boldTags: Set<String> = ["strong", "b"]

  /// Whether a paragraph is a section heading set in bold type (`<p><strong>The fares</strong></p>`):
  /// all its text in `<strong>` or `<b>`, and short (at most `boldHeadingLength` characters), not a
  /// sentence. Kept as a heading, where a short line would be dropped as a button's or a label's.
  static func isBoldHeading(_ e: HTMLElement, _ text: String) -> Bool {
    guard text.count <= boldHeadingLength, text.last.map({ ".,;".contains($0) }) == false else { return false }
    return isAllBold(e)
  }

  /// How long a paragraph set in bold may be to read as a heading.
  static let boldHeadingLength = 80

  /// Whether every character of text inside `e` is in a bold element (and there is some).
  static func isAllBold(_ e: HTMLElement) -> Bool {
    var sawText = false
    for child in e.children {
      switch child {
      case .text(let t): if t.contains(where: { !$0.isWhitespace }) { return false }
      case .element(let c):
        if boldTags.contains(c.name) {
          sawText = sawText || c.text.contains(where: { !$0.isWhitespace })
        } else if c.name == "br" || c.text.allSatisfy(\.isWhitespace) {
          continue
        } else if isAllBold(c) {
          sawText = true
        } else {
          return false
        }
      }
    }
    return sawText
  }

  private func hasBlockChildren(_ e: HTMLElement) -> Bool {
    e.elements.contains { $0.name == "p" || $0.name == "ul" || $0.name == "ol" || $0.name == "div" }
  }

  /// The text of an inline element (boilerplate inside skipped) and how many of its characters are in links.
  func inlineText(_ e: HTMLElement) -> (String, Int) {
    var text = ""
    var links = 0
    for child in e.children {
      switch child {
      case .text(let t): text += t
      case .element(let c):
        if isDropped(c) { continue }
        if c.name == "br" {
          text += " "
          continue
        }
        let (inner, innerLinks) = inlineText(c)
        // A heading or paragraph inside an inline element (`<a><h3>…</h3><p>…</p></a>`) stays a word apart.
        let apart = Self.blockTags[c.name] != nil || Self.breakingTags.contains(c.name)
        text += apart ? " " + inner + " " : inner
        links += c.name == "a" ? inner.count : innerLinks
      }
    }
    return (text, links)
  }
}
