/// A notice that the rest of the article is for subscribers: "To view the full story, please
/// subscribe …", "Subscribe now to our e-edition for the full story.", "Pour lire la suite …".
///
/// A paywall often puts its notice inside the article's own box, as a paragraph among paragraphs,
/// and its offer after it (prices, what subscribers get, "already a subscriber? log in"): the
/// article's text ends before the notice. The phrases say that reading goes on elsewhere, never what
/// an article says about subscriptions ("the service costs $10 a month to subscribe to").
enum ReadOnNotice {
  /// Phrases of such notices, lower-cased, in the languages of the pages read most.
  static let phrases: [String] = [
    "to view the full story", "to read the full story", "for the full story", "to continue reading",
    "to keep reading", "to read the rest of", "already a subscriber", "subscribe to continue", "subscribe to read",
    "um weiterzulesen", "jetzt weiterlesen", "bereits abonnent", "para seguir leyendo", "para continuar leyendo",
    "ya eres suscriptor", "pour lire la suite", "déjà abonné",
  ]

  /// A notice is a short paragraph: at most this many characters.
  static let longest = 300

  /// Whether `block` is such a notice.
  static func isNotice(_ block: Block) -> Bool {
    guard block.kind != .heading, block.text.count <= longest else { return false }
    let text = block.text.lowercased()
    return phrases.contains(where: text.contains)
  }

  /// `blocks` up to the first notice.
  static func cut(_ blocks: [Block]) -> [Block] {
    guard let notice = blocks.firstIndex(where: isNotice) else { return blocks }
    return Array(blocks[..<notice])
  }
}
