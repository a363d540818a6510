/// What is never article text, and what usually is not: tags, ARIA roles, hidden elements, and the
/// class and id words of page furniture.
///
/// Two strengths. A script, a style, a form control or a hidden element is never read (`.never`).
/// A `<nav>`, `<header>`, `<aside>`, a box classed `sidebar` or `widget` is furniture on most pages
/// (`.furniture`), but some sites put the whole page in one (`<div class="panel-sidebar-right">`,
/// `<div id="ad-portal">`, a Blogger `widget Blog`, a `<header>` around everything): `BlockCollector`
/// keeps such a box when it holds most of the page's text.
enum Boilerplate {
  enum Verdict { case content, furniture, never }

  /// Tags whose content is never read: code, styles, media and form controls.
  static let neverTags: Set<String> = [
    "script", "style", "noscript", "svg", "button", "select", "textarea", "template", "object", "embed", "canvas",
    "video", "audio", "map", "head", "input", "iframe", "math",
  ]

  /// Tags of page furniture: dropped unless they hold most of the page's text.
  static let furnitureTags: Set<String> = [
    "nav", "header", "footer", "aside", "form", "figure", "figcaption", "menu", "dialog",
  ]

  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search",
    "alertdialog",
  ]

  /// Words of class and id attributes that mark boilerplate boxes.
  static let furnitureWords: Set<String> = [
    "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "aside", "related",
    "newsletter", "subscribe", "subscription", "signup", "share", "sharing", "social", "comments", "comment",
    "promo", "advert", "advertisement", "ad", "ads", "sponsored", "cookie", "cookies", "consent",
    "breadcrumb", "breadcrumbs", "byline", "author", "bio", "tags", "popup", "modal", "recommended", "recirculation",
    "widget", "banner", "skip", "outbrain", "taboola", "trending", "popular", "toolbar", "caption",
    "disclaimer", "paywall", "teaser", "teasers",
  ]

  /// Class or id words that keep a box even when a boilerplate word is there too (`article-header`
  /// still drops; `main-content has-sidebar` stays).
  static let contentWords: Set<String> = ["article", "content", "main", "story", "post", "entry", "body", "text"]

  /// Boilerplate words that win over content words: `article-header`, `post-author`, `story-tags`.
  static let strongWords: Set<String> = ["header", "byline", "author", "bio", "share", "tags", "related"]

  /// Class names that mark an element as one post or article, whatever other classes it has.
  static let entryClasses: Set<Substring> = ["hentry", "h-entry", "type-post", "type-page", "type-article"]

  /// How `element` is to be read (its contents are not looked at: see `BlockCollector`).
  static func verdict(_ element: HTMLElement) -> Verdict {
    if neverTags.contains(element.name) || isHidden(element) { return .never }
    if ["html", "body"].contains(element.name) { return .content }
    if furnitureTags.contains(element.name) { return .furniture }
    if let role = element.attributes["role"]?.lowercased(), furnitureRoles.contains(role) { return .furniture }
    if ["main", "article"].contains(element.name) { return .content }
    // A post's own markers (microformats' `hentry`, WordPress's `type-post`) win over the terms its
    // CMS lists beside them (`tag-social-media`, `custom_tags-share`).
    let tokens = (element.attributes["class"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
    if tokens.contains(where: entryClasses.contains) { return .content }
    let words = componentWords(element)
    guard words.contains(where: furnitureWords.contains) else { return .content }
    // A class that names content outright wins over an id made by a widget
    // (`class="text-wrapper" id="share-btns-containerParent"`).
    let classWords = (element.attributes["class"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
      .flatMap(nameWords)
    if classWords.contains(where: contentWords.contains) && !classWords.contains(where: furnitureWords.contains) {
      return .content
    }
    let strong = words.contains(where: strongWords.contains)
    return strong || !words.contains(where: contentWords.contains) ? .furniture : .content
  }

  /// The class and id words that name a page component. An id of four words or more is the slug of a
  /// heading (`id="sharing-with-a-single-developer"`), not a component's name, and is left out.
  static func componentWords(_ element: HTMLElement) -> [String] {
    var words = (element.attributes["class"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
      .flatMap(nameWords)
    if let id = element.attributes["id"]?.lowercased(),
      HTMLElement(name: "", attributes: ["id": id]).classWords.count < 4
    {
      words += id.split(whereSeparator: \.isWhitespace).flatMap(nameWords)
    }
    return words
  }

  /// Words that turn the rest of a class name into a statement of what the box holds or lacks, not
  /// of what it is: `section--has-ads`, `layout-with-sidebar`, `page-no-comments` are no adverts,
  /// sidebars or comments; `non-paywall` is no paywall.
  static let modifierWords: Set<String> = ["has", "with", "without", "no", "non", "not"]

  /// The words of one class name (or id), split at `-` and `_`, up to a modifier word; a word that
  /// runs a long furniture word into the next (`jp-relatedposts`, `newsletterbox`) counts as it.
  static func nameWords(_ name: Substring) -> [String] {
    let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
    return words.prefix(while: { !modifierWords.contains($0) }).enumerated().map { index, word in
      if index > 0 && headOnlyWords.contains(word) { return "" }
      return furnitureWords.contains(word) ? word : compoundHeads.first(where: word.hasPrefix) ?? word
    }
  }

  /// Furniture words that name furniture only at the head of a class name: `teaser`, `teasers--3`,
  /// `teaser-list` are boxes of teasers for other stories; `news--teaser`, `artikel-teaser` are the
  /// story's own teaser, its lead.
  static let headOnlyWords: Set<String> = ["teaser", "teasers"]

  /// Furniture words long enough to be known at the head of a longer word: seven letters or more,
  /// but not "comment" (`commentary` is a kind of article).
  static let compoundHeads = furnitureWords.filter { $0.count >= 7 && $0 != "comment" }.sorted()

  /// Whether the page hides the element: `hidden`, `aria-hidden="true"`, or an inline style of
  /// `display: none` or `visibility: hidden`.
  static func isHidden(_ element: HTMLElement) -> Bool {
    if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { return true }
    guard let style = element.attributes["style"]?.lowercased() else { return false }
    let compact = style.filter { !$0.isWhitespace }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  /// The number of characters of readable text inside `element` outside links: what "most of the
  /// page's text" is measured in (a menu of links weighs little, a column of paragraphs a lot).
  /// `readingNoscript` counts the text inside `<noscript>` too.
  static func textWeight(_ element: HTMLElement, readingNoscript: Bool = false) -> Int {
    var weight = 0
    for child in element.children {
      switch child {
      case .text(let t): weight += t.unicodeScalars.lazy.filter { !$0.properties.isWhitespace }.count
      case .element(let e):
        let read = readingNoscript && e.name == "noscript"
        if e.name == "a" || (verdict(e) == .never && !read) { continue }
        weight += textWeight(e, readingNoscript: readingNoscript)
      }
    }
    return weight
  }
}
