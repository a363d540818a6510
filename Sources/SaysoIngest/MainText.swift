/// Finds the article's text in a web page: its paragraphs and section headings, without navigation,
/// headers, footers, asides, scripts, comments, related links or newsletter boxes.
///
/// The way Readability does it, in three steps: drop what is never article text (`Boilerplate`: by
/// tag, ARIA role and class or id words); cut the rest into text blocks (`BlockCollector`: `<p>`,
/// headings, list items, quotes, runs of text inside a `<div>`); find the elements that hold the
/// article (`ContentScore`). Their blocks that are not mostly links are kept.
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
    let page = root.elements.first(where: { $0.name == "body" }) ?? root
    let strict = paragraphs(in: page, Reading(wholeFragment: wholeFragment), title, byline)
    if wholeFragment || characters(strict) >= minimumArticle { return strict }
    // Too little: the page may hold its article in a box that looks like furniture (a `<form>`
    // around everything, a layout column classed `sidebar-right`). Readability retries likewise.
    let lenient = paragraphs(in: page, Reading(keepingLargeFurniture: true), title, byline)
    let best = characters(lenient) > characters(strict) ? lenient : strict
    if !best.isEmpty { return best }
    // Nothing at all: the page may keep its text in `<noscript>` (a blog that draws its posts with
    // script), or be a few short lines or one big link; those are read rather than refused.
    let noscript = paragraphs(in: page, Reading(keepingLargeFurniture: true, readingNoscript: true), title, byline)
    if !noscript.isEmpty { return noscript }
    return paragraphs(in: page, Reading(readingNoscript: true, keepingEveryLine: true), title, byline)
  }

  /// How a pass over the page reads it: the first pass is strict, the later ones give more away.
  struct Reading {
    /// Keep every block that is not boilerplate, with no search for a container.
    var wholeFragment = false
    /// Keep a furniture box that holds most of the page (see `BlockCollector`).
    var keepingLargeFurniture = false
    /// Read the text inside `<noscript>`.
    var readingNoscript = false
    /// Keep short lines and lines of links too.
    var keepingEveryLine = false
  }

  /// Fewer characters than this in the article sends `paragraphs` to look again, keeping furniture
  /// that holds most of the page.
  static let minimumArticle = 500

  /// Whether `block` is a paragraph of prose: 80 characters or more, under a fifth of them in links.
  static func startsProse(_ block: Block?) -> Bool {
    guard let block, block.kind == .paragraph else { return false }
    return block.text.count >= 80 && block.linkDensity < 0.2
  }

  /// Whether `block` is a copyright line ("© 2022 Island News. All rights reserved.", "Copyright
  /// 2020 …"): a paragraph or list item of at most 300 characters that opens with `©` or `copyright`.
  /// An article's box often ends with one; it is the site's, not the article's.
  static func isCopyrightLine(_ block: Block) -> Bool {
    guard block.kind != .heading, block.text.count <= 300 else { return false }
    return block.text.hasPrefix("©") || block.text.lowercased().hasPrefix("copyright")
  }

  /// The lines under the last heading, while they are read: when the article's last heading heads
  /// only lines that were dropped (links, buttons), it headed a box of related links ("Read more",
  /// "Related stories") at the article's end, not a part of it, and goes with them. A heading with
  /// no lines under it at all stays, and so does one before another heading (a section of links
  /// inside an article, "Modules", "Further reading", is often the article's).
  struct Section {
    /// The heading's index in the output, if a heading opened the section.
    var heading: Int?
    var keptLine = false
    var droppedLine = false

    /// Ends the section, removing its heading from `out` when its lines were all dropped.
    func close(_ out: inout [String]) {
      if let heading, heading == out.count - 1, droppedLine, !keptLine { out.removeLast() }
    }
  }

  /// Whether `block` is a list item of the article that names what it links to, at some length
  /// ("Bug 1681796 – Prevent superfluous actors …", "Neil has patches up to improve …"): 40
  /// characters or more, not all of them in links (a related story's headline is one link).
  static func isLinkedListItem(_ block: Block) -> Bool {
    block.kind == .listItem && block.text.count >= 40 && block.linkDensity < 0.9
  }

  /// Characters that end a short line as a sentence, a salutation or a quote.
  static let sentenceEnds: Set<Character> = [".", "。", "!", "?", "！", "？", "…", ",", "\"", "”", "“", "»", ")"]

  static func characters(_ paragraphs: [String]) -> Int { paragraphs.reduce(0) { $0 + $1.count } }

  private static func paragraphs(
    in page: HTMLElement, _ reading: Reading, _ title: String?, _ byline: String?
  ) -> [String] {
    var collector = BlockCollector(
      page: page, keepingLargeFurniture: reading.keepingLargeFurniture, readingNoscript: reading.readingNoscript)
    collector.visit(page, ancestors: [])
    collector.flush(ancestors: [])
    let blocks = collector.blocks
    // A page with no paragraph of prose (a list, a few short lines) is read whole. The article ends
    // at a paywall's notice (see `ReadOnNotice`).
    let chosen = ReadOnNotice.cut(
      reading.wholeFragment ? blocks : ContentScore(blocks: blocks, nodes: collector.nodes).articleBlocks() ?? blocks)
    let dropped = Set([title, byline, byline.map { "By " + $0 }].compactMap { $0?.lowercased() })
    var out: [String] = []
    var section = Section()
    for (index, block) in chosen.enumerated() {
      guard !dropped.contains(block.text.lowercased()), !isCopyrightLine(block) else { continue }
      // A paragraph in bold that heads prose is a section heading, however short; before links or
      // short lines it is a label ("More topics:", "Read also") and goes as any line.
      if block.isBoldHeading && !reading.keepingEveryLine && startsProse(chosen.dropFirst(index + 1).first) {
        out.append("## " + block.text)
        continue
      }
      if reading.keepingEveryLine {
        out.append(block.kind == .heading ? "## " + block.text : block.text)
        continue
      }
      guard block.linkDensity < 0.5 || isLinkedListItem(block) else {
        section.droppedLine = true
        continue
      }
      switch block.kind {
      case .heading:
        out.append("## " + block.text)
        section = Section(heading: out.count - 1)
      case .paragraph, .listItem:
        // A lone short line ("Share", "Advertisement", "Read more") is not article text; a line of
        // Chinese or Japanese has no spaces between words, so its length counts too. One that ends
        // as a sentence, an exclamation, a salutation or a quote does ("Dear readers,", "Wow!").
        let words = block.text.split(separator: " ").count
        let sentence = block.text.last.map(Self.sentenceEnds.contains) == true
        if words < 4 && block.text.count < 30 && !sentence && block.kind == .paragraph {
          section.droppedLine = true
          continue
        }
        out.append(block.kind == .listItem ? "- " + block.text : block.text)
        section.keptLine = true
      }
    }
    section.close(&out)
    return out
  }
}
