/// The organisations an article names, as "the ministry" or "the company" and the first word of a
/// name stand for them.
extension EntityRegistry {
  /// Whether entity `id`'s name is also used as an organisation's (`Entity.isOrganisation`).
  func isOrganisation(_ id: Int) -> Bool { entities[id].isOrganisation }

  /// The organisation that "the ministry", "the union" stands for: the last one named before `position`
  /// whose name holds the noun ("the ministry" → "Ministry of Health"); "the company" and "the firm"
  /// stand for the last one whose name ends like a firm's ("Domtar Corp.", "Tesco PLC"). Any other
  /// organisation is too often not the company meant, and "the company" is left as it is.
  func latestOrganisation(for noun: String, before position: Int) -> String? {
    let words = Self.firmNouns.contains(noun) ? Self.firmSuffixes : [noun]
    let latest = words.compactMap { word in
      organisationsByWord[word]?.last { organisations[$0].position < position }
    }.max()
    return latest.map { organisations[$0].name }
  }

  /// Nouns that stand for a firm, and the last words of a firm's name (lower case, with and without a dot).
  static let firmNouns: Set<String> = ["company", "firm", "corporation"]
  static let firmSuffixes = [
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "co.", "corporation", "company", "limited",
  ]

  /// The organisation named before `position` whose name opens with the one word `word` and goes on:
  /// "Salling" of "Salling Group", "Tesco" of "Tesco PLC". Nil when none is.
  func organisation(openingWith word: String, before position: Int) -> String? {
    let key = word.lowercased()
    return organisationsByWord[key]?.last { index in
      let name = organisations[index].name.lowercased()
      return organisations[index].position < position && name.hasPrefix(key + " ")
    }.map { organisations[$0].name }
  }
}
