/// Finds the article's text in a web page: its paragraphs and section headings, without navigation,
/// headers, footers, asides, scripts, comments, related links or newsletter boxes.
///
/// The way Readability does it, in three steps: drop what is never article text (by tag, ARIA role and
/// class or id words); cut the rest into text blocks (`<p>`, headings, list items, quotes, runs of text
/// inside a `<div>`); give every paragraph-like block a score (longer, with commas, fewer links: more)
/// and add it to its container and half of it to the container's container. The container with the
/// highest score holds the article (or its container, when that scores nearly as well: an article split
/// in two boxes); its blocks that are not mostly links are kept.
public enum MainText {
  /// The article's blocks, in order: paragraphs as they read, section headings as `## Heading`.
  ///
  /// - Parameters:
  ///   - root: the page (or a feed item's content, parsed as a page).
  ///   - wholeFragment: keep every block that is not boilerplate, with no search for a container (a feed
  ///     item's content is the article already).
  ///   - title: the headline, dropped when a block repeats it; `byline` likewise.
  public static func paragraphs(
    in root: HTMLElement, wholeFragment: Bool = false, title: String? = nil, byline: String? = nil
  ) -> [String] {
    var collector = BlockCollector()
    if let body = root.elements.first(where: { $0.name == "body" }) ?? Optional(root) {
      collector.visit(body, ancestors: [])
    }
    collector.flush(ancestors: [])
    let blocks = collector.blocks
    let chosen: [Block]
    if wholeFragment {
      chosen = blocks
    } else {
      var scores: [Int: Double] = [:]
      for block in blocks where block.kind == .paragraph && block.text.count >= 25 {
        let commas = block.text.filter { $0 == "," || $0 == "،" || $0 == "、" }.count
        let score = (1 + Double(commas) + min(Double(block.text.count) / 100, 3)) * (1 - block.linkDensity)
        if let parent = block.ancestors.last { scores[parent, default: 0] += score }
        if block.ancestors.count >= 2 { scores[block.ancestors[block.ancestors.count - 2], default: 0] += score / 2 }
      }
      guard var best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
      else { return [] }
      // An article split over sibling boxes (an advert between its halves): their common container
      // gets half of each, so it scores nearly as well as the best half when the other half counts too.
      let bestScore = scores[best] ?? 0
      if let parent = blocks.lazy.compactMap({ block -> Int? in
        guard let i = block.ancestors.firstIndex(of: best), i > 0 else { return nil }
        return block.ancestors[i - 1]
      }).first, (scores[parent] ?? 0) >= bestScore * 0.7 {
        best = parent
      }
      chosen = blocks.filter { $0.ancestors.contains(best) }
    }
    let dropped = Set([title, byline, byline.map { "By " + $0 }].compactMap { $0?.lowercased() })
    var out: [String] = []
    for block in chosen {
      guard !dropped.contains(block.text.lowercased()), block.linkDensity < 0.5 else { continue }
      switch block.kind {
      case .heading:
        out.append("## " + block.text)
      case .paragraph, .listItem:
        // A lone short line ("Share", "Advertisement", "Read more") is not article text.
        let words = block.text.split(separator: " ").count
        if words < 4 && !block.text.hasSuffix(".") && block.kind == .paragraph { continue }
        out.append(block.kind == .listItem ? "- " + block.text : block.text)
      }
    }
    return out
  }

  /// Tags whose content is never article text.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "textarea", "template", "figure", "menu", "dialog", "object", "embed", "canvas", "video",
    "audio", "map", "head", "input",
  ]

  /// ARIA roles of page furniture.
  static let droppedRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search",
  ]

  /// Words of class and id attributes that mark boilerplate boxes.
  static let boilerplateWords: Set<String> = [
    "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "aside", "related",
    "newsletter", "subscribe", "subscription", "signup", "share", "sharing", "social", "comments", "comment",
    "promo", "advert", "advertisement", "ad", "ads", "sponsored", "cookie", "cookies", "consent",
    "breadcrumb", "breadcrumbs", "byline", "author", "tags", "popup", "modal", "recommended", "recirculation",
    "widget", "banner", "skip", "outbrain", "taboola", "more", "trending", "popular", "toolbar", "caption",
    "disclaimer", "paywall", "print",
  ]

  /// Class or id words that keep a box even when a boilerplate word is there too (`article-header`
  /// still drops; `main-content has-sidebar` stays).
  static let contentWords: Set<String> = ["article", "content", "main", "story", "post", "entry", "body", "text"]

  /// Whether `element` is page furniture rather than article text.
  static func isBoilerplate(_ element: HTMLElement) -> Bool {
    if droppedTags.contains(element.name) { return true }
    if let role = element.attributes["role"]?.lowercased(), droppedRoles.contains(role) { return true }
    if element.attributes["aria-hidden"] == "true" || element.attributes["hidden"] != nil { return true }
    if ["html", "body", "main", "article"].contains(element.name) { return false }
    let words = element.classWords
    guard words.contains(where: boilerplateWords.contains) else { return false }
    // "article-header" is the article's header: boilerplate. "main-content has-sidebar" is content.
    let headerish = words.contains { ["header", "byline", "author", "share", "tags", "related"].contains($0) }
    return headerish || !words.contains(where: contentWords.contains)
  }
}
