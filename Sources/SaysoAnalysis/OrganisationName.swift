/// An organisation's name as `EntityRegistry.noteOrganisation` files it: lower-cased, and its distinct
/// words. Worked out from the name alone and remembered a thread (`ThreadMemo`): a corpus names the same
/// firms and bodies again and again, and most articles note each as new.
struct OrganisationName {
  /// The name, lower-cased.
  var key: String
  /// The space-separated words of `key`, each once (`EntityRegistry.distinctWords`).
  var words: [String]
  /// Whether one of `words` is a firm's ("Tesco PLC", "Domtar Corp."; `EntityRegistry.firmSuffixes`): a name
  /// "the company" may stand for.
  var hasFirmWord: Bool

  /// The filing of `name`.
  static let of = ThreadMemo { name in
    let key = name.lowercasedQuickly()
    let words = EntityRegistry.distinctWords(of: key)
    return OrganisationName(
      key: key, words: words, hasFirmWord: words.contains(where: EntityRegistry.firmSuffixes.contains))
  }
}
