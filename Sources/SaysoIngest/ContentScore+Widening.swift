/// The article's text beyond its core: prose that the page puts before the core, or between its
/// parts, in a box of its own, found in page order rather than in the tree.
///
/// An article is one run of the page. Its core (see `ContentScore`) often misses part of that run:
/// the lead in a `story-intro` box before a `read-more` box that holds the rest, the first part of
/// a post cut into `<section>`s by a rule, a body split in two at different depths around a figure.
/// So the choice widens over paragraphs of prose (long, few links, no `©`; a heading as long as a
/// paragraph is a standfirst) that live near the core in the tree (in a container at most
/// `nearness` levels above it, and in no box whose class speaks against article text: `comment`,
/// `related`, `share` …): every such paragraph between the first
/// and the last block chosen, and those before the first, going back until more than `allowedGap`
/// blocks in a row, of more than `allowedGapCharacters` in all, are not prose (a menu, a byline and
/// a date, a row of buttons; a gallery's counter and thumbnails are stepped over), or more than
/// `longestGap` blocks. A heading right before a chosen paragraph is kept with it.
extension ContentScore {
  /// How many levels above the core a container may be for its prose to count as near.
  static let nearness = 6
  /// How many blocks that are not prose the widening steps over.
  static let allowedGap = 3
  /// … unless they hold this many characters or fewer …
  static let allowedGapCharacters = 150
  /// … and never more blocks than this.
  static let longestGap = 12

  /// `chosen` (one flag per block) with the neighbouring prose of the article added.
  func widened(_ chosen: [Bool], around top: Int) -> [Bool] {
    guard let first = chosen.firstIndex(of: true), let last = chosen.lastIndex(of: true) else { return chosen }
    let near = Set(([top] + ancestors(of: top)).prefix(Self.nearness + 1).filter { nodes[$0].name != "body" })
    var out = chosen
    let belongs = { (index: Int) in self.isProse(self.blocks[index]) && self.isNear(self.blocks[index], near) }
    for index in first...last where !out[index] && belongs(index) { out[index] = true }
    // Only backward: what follows an article (an author's note, a newsletter box, a copyright line)
    // reads as prose too and is not the article; what comes before it is its lead. (Tried forward
    // too: on the development sets it added as much furniture as text.)
    var gap: [Int] = []
    for index in stride(from: first - 1, through: 0, by: -1) {
      if belongs(index) {
        out[index] = true
        gap = []
      } else {
        gap.append(index)
        let characters = gap.reduce(0) { $0 + blocks[$1].text.count }
        if gap.count > Self.allowedGap && characters > Self.allowedGapCharacters || gap.count > Self.longestGap {
          break
        }
      }
    }
    // A section heading right before a chosen paragraph goes with it.
    for index in out.indices.dropLast() where !out[index] && out[index + 1] && blocks[index].kind == .heading {
      out[index] = blocks[index].linkDensity < 0.5 && isNear(blocks[index], near)
    }
    return out
  }

  /// Whether a block reads as a paragraph of prose: a paragraph of 100 characters or more, or of 40
  /// that ends a sentence, or a heading of 100 or more, with under a fifth of its text in links and no
  /// `©` (a copyright line).
  func isProse(_ block: Block) -> Bool {
    guard block.linkDensity < 0.2, !block.text.contains("©") else { return false }
    // A heading as long as a paragraph is a standfirst set in large type.
    if block.kind == .heading { return block.text.count >= 100 }
    guard block.kind == .paragraph else { return false }
    let ends = block.text.last.map { ".!?。！？\"”»".contains($0) } == true
    return block.text.count >= 100 || (block.text.count >= 40 && ends)
  }

  /// Whether `block` sits in one of the `near` containers and in no box that speaks against text
  /// between that container and itself.
  func isNear(_ block: Block, _ near: Set<Int>) -> Bool {
    guard let shared = block.ancestors.lastIndex(where: near.contains) else { return false }
    return !block.ancestors[(shared + 1)...].contains { nodes[$0].classWeight < 0 }
  }
}
