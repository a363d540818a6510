/// Article text cut into boxes of one kind further out than the core's siblings.
///
/// A page made with a layout builder often cuts one article into a run of alike boxes high in the
/// page: `<div class="container-fluid headline-with-text">` three times under `<body>`, each with a
/// heading and its paragraphs, a table between them; or a page builder's rows and columns, one text
/// column each. The core is one of them, so its own siblings (see `keptSiblings`) are only the
/// columns of its row. So going out from the core to the box right inside `<body>`, a box of the same
/// tag and class as the one the core is in, beside it, is the article's too when it holds an element
/// that scores at least a fifth as well as the core (Readability's bar for a sibling of the core's
/// class), at most `alikeLevels` levels out.
extension ContentScore {
  /// How many levels above the core its alike boxes are looked for.
  static let alikeLevels = 4

  /// The boxes beside the core's containers that are like them and hold article text.
  func alikeBoxes(around top: Int) -> Set<Int> {
    let best = scores[top] ?? 0
    var out: Set<Int> = []
    for box in ([top] + ancestors(of: top)).prefix(Self.alikeLevels + 1) {
      guard let parent = nodes[box].parent, nodes[box].name != "body", !nodes[box].className.isEmpty else { continue }
      for (number, node) in nodes.enumerated()
      where node.parent == parent && number != box && node.name == nodes[box].name
        && node.className == nodes[box].className && bestScore(inside: number) >= best * 0.2
      {
        out.insert(number)
      }
    }
    return out
  }

  /// The best score of `box` or an element inside it.
  func bestScore(inside box: Int) -> Double {
    scores.reduce(0) { best, entry in
      entry.value > best && (entry.key == box || ancestors(of: entry.key).contains(box)) ? entry.value : best
    }
  }
}
