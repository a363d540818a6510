/// A run of text in a page, with what `MainText` needs to judge it.
struct Block {
  enum Kind { case paragraph, heading, listItem }
  var kind: Kind
  /// The text on one line.
  var text: String
  /// The share of the text that is inside links, 0…1.
  var linkDensity: Double
  /// Numbers of the elements around the block, outermost first.
  var ancestors: [Int]
  /// Whether the block is a paragraph set in bold that reads as a heading (see
  /// `BlockCollector.isBoldHeading`): kept only before prose.
  var isBoldHeading = false
}
