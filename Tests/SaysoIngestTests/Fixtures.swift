import Foundation

/// Pages and feeds the tests serve or parse: made up for the tests, in the layouts news sites use.
enum Fixtures {
  /// A news page with navigation, a byline, an aside of related links, a newsletter box, a script, a
  /// comment and a footer around three paragraphs and a section heading.
  static let page = """
    <!DOCTYPE html>
    <html><head><title>Council approves harbour plan | The Coast Gazette</title>
    <meta property="og:site_name" content="The Coast Gazette">
    <meta property="article:published_time" content="2026-11-28T09:30:00Z">
    <script>var teaser = "<p>Script text must never be kept as a paragraph.</p>";</script>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves harbour plan",
      "author":{"@type":"Person","name":"Jane Doe"}}</script>
    </head><body>
    <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <p>The Coast Gazette, your town's paper since 1901, every day of the week.</p></header>
    <main><article>
    <h1>Council approves harbour plan</h1>
    <div class="byline">By Jane Doe</div>
    <p>The town council on Tuesday approved a plan to rebuild the harbour wall, ending two years of debate.</p>
    <p>"This is a good day for the town," the mayor, Tom Reed, said after the vote, to applause.</p>
    <!-- <p>A commented-out paragraph must not appear either.</p> -->
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Harbour history, in pictures</a></li></ul></aside>
    <h2>What happens next</h2>
    <p>Work is due to start in the spring, and the council said it would publish a timetable next month.</p>
    <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the news first, every morning.</p></div>
    </article></main>
    <footer><p>© 2026 The Coast Gazette. All rights reserved. Contact us at the address below.</p></footer>
    </body></html>
    """

  /// The article paragraphs of `page`, as extracted.
  static let pageParagraphs = [
    "The town council on Tuesday approved a plan to rebuild the harbour wall, ending two years of debate.",
    "\"This is a good day for the town,\" the mayor, Tom Reed, said after the vote, to applause.",
    "## What happens next",
    "Work is due to start in the spring, and the council said it would publish a timetable next month.",
  ]

  /// An RSS 2.0 feed whose items carry their full text (`content:encoded`).
  static func rss(items: [(guid: String, title: String)]) -> String {
    let body = items.map { item in
      """
      <item><title>\(item.title)</title><link>https://news.invalid/\(item.guid)</link>
      <guid isPermaLink="false">\(item.guid)</guid><pubDate>Tue, 01 Dec 2026 08:00:00 +0000</pubDate>
      <dc:creator>Ana Lima</dc:creator>
      <description>A short teaser.</description>
      <content:encoded><![CDATA[<p>The first paragraph of \(item.title), told in full in the feed itself.</p>
      <p>A second paragraph, with "a quote," the minister said, to close the story.</p>]]></content:encoded></item>
      """
    }.joined(separator: "\n")
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Harbour Daily</title><link>https://news.invalid/</link>
      \(body)
      </channel></rss>
      """
  }

  /// An Atom 1.0 feed with one entry that has only a summary; its link is `pageURL`.
  static func atom(pageURL: String) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title>Coast Gazette (Atom)</title><id>urn:feed:coast</id><updated>2026-11-28T10:00:00Z</updated>
      <link href="https://coast.invalid/"/>
      <entry><title>Council approves harbour plan</title><id>urn:coast:harbour-plan</id>
        <link rel="alternate" href="\(pageURL)"/><updated>2026-11-28T10:00:00Z</updated>
        <author><name>Jane Doe</name></author>
        <summary>The council approved the plan.</summary></entry>
    </feed>
    """
  }
}
