/// An organisation's name as `EntityRegistry.noteOrganisation` files it: lower-cased, and its distinct
/// words. Worked out from the name alone and remembered a thread (`ThreadMemo`): a corpus names the same
/// firms and bodies again and again, and most articles note each as new.
struct OrganisationName {
  /// The name, lower-cased.
  var key: String
  /// The space-separated words of `key`, each once (`EntityRegistry.distinctWords`).
  var words: [String]

  /// The filing of `name`.
  static let of = ThreadMemo { name in
    let key = name.lowercased()
    return OrganisationName(key: key, words: EntityRegistry.distinctWords(of: key))
  }
}
