/// Twenty made-up pages in the layouts news sites and blogs use, each with the article's paragraphs
/// (what extraction must keep) and its boilerplate lines (what it must drop): for `ExtractionMeasureTests`.
enum PageLayouts {
  struct Page {
    var name: String
    var html: String
    var article: [String]
    var boilerplate: [String]
  }

  static let paragraphs = [
    "The harbour authority said on Monday that repairs to the north quay would take until the end of the year.",
    "Engineers found cracks in the old stone wall after the storms in February, the authority's report says.",
    "\"We cannot let ships berth there until it is safe,\" the harbour master, Lena Moss, told reporters.",
    "Fishing crews, who land most of their catch at the north quay, have moved to the smaller south pier.",
    "The council will decide next month whether to pay for a new wall or to patch the old one, at half the cost.",
  ]
  static let heading = "What the crews say"

  static let nav = ["Home", "World", "Business", "Sport", "Culture", "Opinion"]
  static let related = [
    "Ferry timetable changes for the winter season", "New lighthouse keeper appointed after a long search",
    "Council budget vote delayed until the spring",
  ]
  static let newsletter = "Get our morning briefing in your inbox every weekday, free of charge."
  static let footer = "Copyright 2026 Coast Media Group. All rights reserved. Terms of use and privacy policy."
  static let cookie = "We use cookies to improve your experience. By continuing you agree to our cookie policy."
  static let comment = "I have fished from that quay for thirty years and never seen it this bad, honestly."
  static let bio =
    "Jane Doe covers transport and the harbour for the Gazette and has reported from the coast since 2010."

  static func body(_ p: [String] = paragraphs, tag: String = "p") -> String {
    let first = p[0..<3].map { "<\(tag)>\($0)</\(tag)>" }.joined()
    let rest = p[3...].map { "<\(tag)>\($0)</\(tag)>" }.joined()
    return first + "<h2>\(heading)</h2>" + rest
  }
  static var navHTML: String {
    "<nav><ul>" + nav.map { "<li><a href=\"/\($0)\">\($0)</a></li>" }.joined() + "</ul></nav>"
  }
  static var relatedHTML: String { related.map { "<li><a href=\"/r\">\($0)</a></li>" }.joined() }
  static func page(_ body: String, head: String = "") -> String {
    "<!DOCTYPE html><html><head><title>Repairs to take all year | Gazette</title>\(head)</head><body>\(body)</body></html>"
  }

  static var all: [Page] {
    let article = paragraphs + ["## " + heading]
    let b = [String]()
    var pages: [Page] = []
    func add(_ name: String, _ html: String, _ boilerplate: [String], _ kept: [String] = article) {
      pages.append(Page(name: name, html: page(html), article: kept, boilerplate: boilerplate))
    }
    add(
      "semantic",
      "<header>\(navHTML)</header><main><article><h1>Repairs</h1>\(body())</article></main>"
        + "<aside><h3>Related</h3><ul>\(relatedHTML)</ul></aside><footer><p>\(footer)</p></footer>",
      nav + related + [footer])
    add(
      "div-soup",
      "<div id=\"wrapper\"><div class=\"header\"><div class=\"menu\">\(nav.joined(separator: " | "))</div></div>"
        + "<div class=\"content\"><div class=\"post-body\">\(body())</div></div>"
        + "<div class=\"sidebar\"><p>\(newsletter)</p></div><div class=\"footer\"><p>\(footer)</p></div></div>",
      [newsletter, footer])
    add(
      "table-layout",
      "<table><tr><td>\(nav.map { "<a href=\"/\">\($0)</a><br>" }.joined())</td><td>\(body())</td>"
        + "<td><b>Related</b><br>\(related.map { "<a href=\"/r\">\($0)</a><br>" }.joined())</td></tr></table>",
      related)
    add(
      "wordpress",
      "<div class=\"site\"><div class=\"entry-content\">\(body())</div><div id=\"comments\" class=\"comments-area\">"
        + "<ol><li><p>\(comment)</p></li><li><p>\(comment) Me too.</p></li></ol></div>"
        + "<div class=\"widget-area\"><section class=\"widget\"><p>\(bio)</p></section></div></div>",
      [comment, bio])
    add(
      "br-text",
      "<div class=\"story\">" + paragraphs[0..<3].joined(separator: "<br><br>") + "<h2>\(heading)</h2>"
        + paragraphs[3...].joined(separator: "<br><br>") + "</div><div class=\"footer\">\(footer)</div>",
      [footer])
    add(
      "inline-related",
      "<article>\(body([paragraphs[0], paragraphs[1]] + ["READ"] + Array(paragraphs[2...])).replacingOccurrences(of: "<p>READ</p>", with: "<div class=\"related-inline\"><p>Read more: <a href=\"/r\">\(related[0])</a></p></div><figure><img src=\"x.jpg\"><figcaption>The north quay in February. Photo: Coast Media</figcaption></figure>"))</article>",
      ["Read more", related[0], "Photo: Coast Media"])
    add(
      "share-bars",
      "<article><ul class=\"share-tools\"><li><a href=\"#\">Share on Facebook</a></li><li><a href=\"#\">Share by email</a></li></ul>"
        + "\(body())<div class=\"social-share\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Post it</a></div></article>",
      ["Share on Facebook", "Share by email", "Post it"])
    add(
      "deep-nesting",
      "<section><div><div><div class=\"pw-post-body\"><div>\(body())</div></div></div></div>"
        + "<form class=\"signup\"><p>\(newsletter)</p><input type=\"email\"><button>Subscribe</button></form></section>",
      [newsletter, "Subscribe"])
    add(
      "cookie-banner",
      "<div id=\"cookie-consent\"><p>\(cookie)</p><button>Accept</button></div>"
        + "<div role=\"dialog\"><p>\(newsletter)</p></div><main>\(body())</main>",
      [cookie, newsletter, "Accept"])
    add(
      "paywall-box",
      "<article>\(body().replacingOccurrences(of: "<h2>", with: "<div class=\"subscription-promo\"><p>Subscribe today for unlimited access to every story on the coast.</p></div><h2>"))</article>",
      ["Subscribe today for unlimited access"])
    add(
      "breadcrumbs-tags",
      "<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">Local news</a></li></ol>"
        + "<article>\(body())<ul class=\"tags\"><li><a href=\"/t\">Harbour</a></li><li><a href=\"/t\">Fishing industry news</a></li></ul></article>",
      ["Local news", "Fishing industry news"])
    add(
      "time-and-byline",
      "<article><h1>Repairs</h1><p class=\"byline\">By Jane Doe, transport reporter</p>"
        + "<div class=\"meta\"><time datetime=\"2026-11-30\">30 November 2026</time></div>\(body())</article>",
      ["By Jane Doe", "30 November 2026"])
    add(
      "custom-elements",
      "<amp-ad width=\"300\"><div>Advertisement</div></amp-ad><article>\(body())</article>"
        + "<div class=\"ad-slot\"><p>Advertisement: holidays on the coast from only 99 pounds a night this winter.</p></div>",
      ["Advertisement"])
    let listArticle = article + ["- Boats may not berth at the north quay.", "- Repairs are due to end in December."]
    add(
      "article-list",
      "<article>\(body())<ul><li>Boats may not berth at the north quay.</li><li>Repairs are due to end in December.</li></ul></article>"
        + "<footer>\(footer)</footer>",
      [footer], listArticle)
    add(
      "blockquote",
      "<article>\(body().replacingOccurrences(of: "<h2>", with: "<blockquote><p>The wall is older than anyone alive, and it has served us well until now.</p></blockquote><h2>"))</article>",
      b, article + ["The wall is older than anyone alive, and it has served us well until now."])
    add(
      "most-read",
      "<article>\(body())</article><div class=\"most-popular\"><h3>Most read</h3><ol>\(relatedHTML)</ol></div>",
      related + ["Most read"])
    add(
      "author-bio", "<article>\(body())<div class=\"author-bio\"><p>\(bio)</p></div></article>",
      [bio])
    add(
      "long-comments",
      "<article>\(body())</article><section id=\"comments\">"
        + (0..<6).map {
          "<div class=\"comment\"><p>\(comment) Comment number \($0), with more words to make it long enough.</p></div>"
        }.joined()
        + "</section>",
      [comment])
    add(
      "aside-text",
      "<aside><p>\(bio)</p><p>The Gazette has served the coast since 1901 and is owned by its readers.</p></aside>"
        + "<div class=\"main\">\(body())</div>",
      [bio, "served the coast since 1901"])
    add(
      "split-article",
      "<div class=\"article\"><div class=\"part\">\(paragraphs[0..<3].map { "<p>\($0)</p>" }.joined())</div>"
        + "<div class=\"inline-ad advert\"><p>Advertisement</p></div>"
        + "<div class=\"part\"><h2>\(heading)</h2>\(paragraphs[3...].map { "<p>\($0)</p>" }.joined())</div></div>"
        + "<div class=\"footer\"><p>\(footer)</p></div>",
      ["Advertisement", footer])
    return pages
  }
}
