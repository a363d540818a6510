/// Which elements of a page hold its article, found the way Readability finds them.
///
/// Every paragraph of 25 characters or more scores 1, plus one per comma, plus one per 100 characters
/// (at most 3). Its score goes to the element around it, half to the one around that, then a sixth, a
/// ninth and a twelfth further out; to that is added what its tag and class say (`<div>` +5, lists −3,
/// class `content` +25, class `comment` −25; in its favour at most 10 more than its paragraphs gave
/// it), and the sum is multiplied by the share of its text outside links. The best element is the
/// article's core, unless it is outside `<main>` and `<article>` and an element inside one scores at
/// least a third as well: that one is. The core then widens:
/// - to a common container when three or more other elements score nearly as well inside it (an
///   article cut into many `<div>`s, one per few paragraphs);
/// - to its container when that scores better still, going out as long as scores stay above a third;
/// - to its siblings that score at least a fifth as well, and its sibling paragraphs that are long and
///   not links (an article split in two boxes around an advert, a lead paragraph outside the body box).
/// - to boxes of the tag and class of one of its containers, beside it, up to four levels out, that hold
///   text scoring a fifth as well (an article cut into a layout builder's bands; `ContentScore+Alike`).
struct ContentScore {
  let blocks: [Block]
  let nodes: [BlockCollector.Node]
  /// Final scores of the elements that hold paragraphs, by number.
  private(set) var scores: [Int: Double] = [:]

  init(blocks: [Block], nodes: [BlockCollector.Node]) {
    self.blocks = blocks
    self.nodes = nodes
    var content: [Int: Double] = [:]
    for block in blocks where Self.isScored(block) {
      for (level, number) in block.ancestors.reversed().prefix(5).enumerated() {
        content[number, default: 0] += Self.score(of: block) / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
      }
    }
    // What the tag and class say counts against an element in full, for it at most 10 more than its
    // paragraphs do: a video box classed `storytop` twice (class and id, +50) with two captions must
    // not outscore the story's twenty paragraphs.
    var raw: [Int: Double] = [:]
    for (number, score) in content {
      let weight = Self.tagWeight(nodes[number].name) + nodes[number].classWeight
      raw[number] = score + min(weight, score + 10)
    }
    var linkCharacters: [Int: Double] = [:]
    var characters: [Int: Double] = [:]
    for block in blocks {
      let count = Double(block.text.count)
      for number in block.ancestors where raw[number] != nil {
        characters[number, default: 0] += count
        linkCharacters[number, default: 0] += count * block.linkDensity
      }
    }
    for (number, score) in raw {
      let density = (linkCharacters[number] ?? 0) / max(characters[number] ?? 1, 1)
      scores[number] = score * (1 - min(density, 1))
    }
  }

  /// Whether a block counts as a paragraph of prose.
  static func isScored(_ block: Block) -> Bool { block.kind == .paragraph && block.text.count >= 25 }

  /// A paragraph's own score: 1, one per comma, one per 100 characters up to 3.
  static func score(of block: Block) -> Double {
    let commas = block.text.filter { $0 == "," || $0 == "，" || $0 == "、" || $0 == "،" }.count
    return 1 + Double(commas) + min(Double(block.text.count / 100), 3)
  }

  /// What an element's tag says of it before its paragraphs count.
  static func tagWeight(_ name: String) -> Double {
    switch name {
    case "div": 5
    case "pre", "td", "blockquote": 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
    default: 0
    }
  }

  /// Parts of class and id values that speak for article text (+25 each attribute) …
  static let positiveParts = [
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
  ]
  /// … and against it (−25 each attribute).
  static let negativeParts = [
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
    "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags", "widget",
  ]

  /// −25 or +25 for each of `class` and `id` whose value holds a negative or a positive part.
  static func classWeight(_ element: HTMLElement) -> Double {
    var weight = 0.0
    for key in ["class", "id"] {
      guard let value = element.attributes[key]?.lowercased(), !value.isEmpty else { continue }
      if negativeParts.contains(where: value.contains) { weight -= 25 }
      if positiveParts.contains(where: value.contains) { weight += 25 }
    }
    return weight
  }

  /// The article's blocks in page order, or nil when no block reads as a paragraph.
  func articleBlocks() -> [Block]? {
    guard var top = bestElement() else { return nil }
    top = commonContainer(of: top)
    top = betterContainer(of: top)
    // A lone child has no siblings to look at: its container does.
    while let parent = nodes[top].parent, nodes[parent].name != "body", childCount(parent) == 1 { top = parent }
    let kept = keptSiblings(of: top).union(alikeBoxes(around: top))
    let chosen = blocks.map { block in
      block.ancestors.contains(where: kept.contains) || keptParagraph(block, in: nodes[top].parent)
    }
    return zip(blocks, widened(chosen, around: top)).filter(\.1).map(\.0)
  }

  /// The element that scores best, or the best inside the page's `<main>` or an `<article>` when that
  /// scores at least a third as well: the page says where its text is (a notice about old browsers
  /// above it, three paragraphs and a list of links, outscored a short report inside `<main>`).
  func bestElement() -> Int? {
    let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    guard let first = ranked.first else { return nil }
    let inMain = { (number: Int) in
      ([number] + self.ancestors(of: number)).contains { Self.mainTags.contains(self.nodes[$0].name) }
    }
    if inMain(first.key) { return first.key }
    if let inside = ranked.first(where: { inMain($0.key) }), inside.value >= first.value / 3 { return inside.key }
    return first.key
  }

  /// Tags by which a page says where its text is.
  static let mainTags: Set<String> = ["main", "article"]

  func ancestors(of number: Int) -> [Int] {
    var out: [Int] = []
    var next = nodes[number].parent
    while let n = next {
      out.append(n)
      next = nodes[n].parent
    }
    return out
  }

  /// The container that holds three or more of the elements that score at least ¾ of `top`.
  private func commonContainer(of top: Int) -> Int {
    let best = scores[top] ?? 0
    let rivals = scores.filter { $0.key != top && $0.value >= best * 0.75 }.sorted { $0.value > $1.value }
      .prefix(4).map { Set(ancestors(of: $0.key)) }
    guard rivals.count >= 3 else { return top }
    for parent in ancestors(of: top) where nodes[parent].name != "body" {
      if rivals.filter({ $0.contains(parent) }).count >= 3 { return parent }
    }
    return top
  }

  /// The first container out from `top` that scores more than it, while scores stay above a third of it.
  private func betterContainer(of top: Int) -> Int {
    let best = scores[top] ?? 0
    for parent in ancestors(of: top) where nodes[parent].name != "body" {
      guard let score = scores[parent] else { continue }
      if score < best / 3 { break }
      if score > best { return parent }
    }
    return top
  }

  private func childCount(_ parent: Int) -> Int {
    nodes.lazy.filter { $0.parent == parent }.count
      + blocks.lazy.filter { $0.ancestors.last == parent }.count
  }

  /// `top` and its siblings that score at least a fifth as well (more easily for a sibling of the
  /// same class); none beside the page's `<main>`.
  private func keptSiblings(of top: Int) -> Set<Int> {
    // What is beside the page's `<main>` is not its main text.
    guard let parent = nodes[top].parent, nodes[top].name != "main" else { return [top] }
    let best = scores[top] ?? 0
    var kept: Set<Int> = [top]
    for (number, node) in nodes.enumerated() where node.parent == parent && number != top {
      // A box like the core (same tag and class) is more of the article: a fifth of its score will do.
      let bar = isAlike(number, top) ? best * 0.2 : max(10, best * 0.2)
      if let score = scores[number], score >= bar { kept.insert(number) }
    }
    // A box like the core between two kept ones is a step of the article however little it scores
    // (a list of what a how-to needs, between its scored steps).
    guard let first = kept.min(), let last = kept.max() else { return kept }
    for number in (first + 1)..<max(last, first + 1) where nodes[number].parent == parent && isAlike(number, top) {
      kept.insert(number)
    }
    return kept
  }

  /// Whether two elements have the same tag and the same class, not empty.
  private func isAlike(_ a: Int, _ b: Int) -> Bool {
    !nodes[a].className.isEmpty && nodes[a].className == nodes[b].className && nodes[a].name == nodes[b].name
  }

  /// Whether a block right inside `parent` (beside the article's core) is article text: a paragraph
  /// of more than 80 characters with few links, or a shorter one with none that ends a sentence.
  private func keptParagraph(_ block: Block, in parent: Int?) -> Bool {
    guard let parent, block.ancestors.last == parent, block.kind == .paragraph else { return false }
    if block.text.count > 80 { return block.linkDensity < 0.25 }
    return block.linkDensity == 0 && block.text.last.map { ".!?。！？".contains($0) } == true
  }
}
