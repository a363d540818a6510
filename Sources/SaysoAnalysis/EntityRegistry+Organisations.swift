import SaysoCore

/// The organisations an article names, as "the ministry" or "the company" and the first word of a
/// name stand for them.
extension EntityRegistry {
  /// An organisation's name as a claim gives it, the same wherever the article put it: without the article
  /// that a sentence gave it ("the Associated Press", "The Ontario Medical Association" → "Associated
  /// Press", "Ontario Medical Association"; "the BBC" → "BBC"), but with the capitalised one that is part
  /// of a one-word name ("the Guardian" → "The Guardian", "The Hill").
  static func shownName(ofOrganisation name: String) -> String {
    // (a name whose first byte is no "t" or "T" has neither prefix: told before the prefixes are compared)
    guard let lead = name.utf8.first, lead == 0x74 || lead == 0x54 else { return name }
    guard name.hasPrefix("the ") || name.hasPrefix("The ") else { return name }
    let rest = name.dropFirst(4)
    if rest.isEmpty { return name }
    // (the rest of an ASCII name is read on its bytes, a character each, where the characters' tests look up
    // Unicode's tables; a carriage return joined to a line feed is neither a space nor an acronym's)
    if rest.utf8.allSatisfy({ $0 < 0x80 }) {
      if rest.utf8.contains(0x20) { return String(rest) }
      let acronym = rest.utf8.allSatisfy { byte in
        (byte >= 0x41 && byte <= 0x5A) || byte == 0x2E || byte == 0x26 || (byte >= 0x30 && byte <= 0x39)
      }
      return acronym ? String(rest) : "The " + rest
    }
    if rest.contains(" ") { return String(rest) }
    let acronym = rest.allSatisfy { $0.isUppercase || $0 == "." || $0 == "&" || $0.isNumber }
    return acronym ? String(rest) : "The " + rest
  }

  /// Whether entity `id`'s name is also used as an organisation's (`Entity.isOrganisation`).
  func isOrganisation(_ id: Int) -> Bool { entities[id].isOrganisation }

  /// The organisation that "the ministry", "the union" stands for: the last one named before `position`
  /// whose name holds the noun ("the ministry" → "Ministry of Health"); "the company" and "the firm"
  /// stand for the last one whose name ends like a firm's ("Domtar Corp.", "Tesco PLC"), else for the
  /// last firm named in their paragraph or the one before (`firmNamedJustBefore`); further back, another
  /// organisation is too often not the company meant, and "the company" is left as it is.
  func latestOrganisation(for noun: String, before position: Int) -> String? {
    let isFirm = Self.firmNouns.contains(noun)
    // (the organisations alone captured, not the registry, which a closure of `self` copies at each call)
    let organisations = self.organisations
    let isBefore = { (index: Int) in organisations[index].position < position }
    let latest = isFirm ? firmOrganisations.last(where: isBefore) : lastOrganisation(withWord: noun, where: isBefore)
    if let latest { return organisations[latest].name }
    return isFirm ? firmNamedJustBefore(position) : nil
  }

  /// The last organisation named before `position`, in its paragraph or the one before, whose name is a
  /// firm's: none of its words is a word of another kind of body ("Ministry", "Council", "University",
  /// "Police", "Times"; `WorldKnowledge.organisationWords`) unless it is a word of trade ("Foods",
  /// "Motors", "Group") or of a compass ("Southern Vale Water"), and it is no news outlet and no place:
  /// "Northwind Foods said it would cut 40 jobs. The company said …".
  func firmNamedJustBefore(_ position: Int) -> String? {
    let paragraph = position >> 32
    var index = ParagraphText.partition(organisations.count) { organisations[$0].position >= position } - 1
    let world = WorldKnowledge.shared
    while index >= 0, organisations[index].position >> 32 >= paragraph - 1 {
      let name = organisations[index].name
      let key = nameKey(EntityRegistry.canonical(name))
      let words = key.spaceSeparatedWords.map(String.init)
      // (a compass's word goes with a word of trade: "Southern Vale Water", not "North American Free Trade
      // Agreement")
      let hasTradeWord = words.contains(where: Self.tradeWords.contains)
      if !world.outlets.contains(key), world.places[key] == nil,
        words.allSatisfy({
          !world.organisationWords.contains($0) || Self.tradeWords.contains($0)
            || (hasTradeWord && Lexicon.compassWords.contains($0))
        })
      {
        return name
      }
      index -= 1
    }
    return nil
  }

  /// The organisation whose name was noted at `position`, if any.
  func organisation(at position: Int) -> String? {
    let index = ParagraphText.partition(organisations.count) { organisations[$0].position >= position }
    guard index < organisations.count, organisations[index].position == position else { return nil }
    return organisations[index].name
  }

  /// The last body named before `position`, in its paragraph or the one before, that is no place: what "its"
  /// stands for in "its website notes …" ("The Federal Aviation Office was closed. Its website notes …"; not
  /// "Russia … its foreign ministry said").
  func bodyNamedJustBefore(_ position: Int) -> String? {
    let paragraph = position >> 32
    let index = ParagraphText.partition(organisations.count) { organisations[$0].position >= position } - 1
    guard index >= 0, organisations[index].position >> 32 >= paragraph - 1,
      WorldKnowledge.shared.places[nameKey(EntityRegistry.canonical(organisations[index].name))] == nil
    else { return nil }
    // (nor one that another name follows, which "its" may stand for: "… in the Middle East. Dalton Brody is a
    // store, according to its website")
    if let person = latestPerson(before: position, within: 1 << 32),
      latest(person, before: position) > organisations[index].position
    {
      return nil
    }
    return organisations[index].name
  }

  /// Words of organisation names that a firm's name may hold: "Northwind Foods", "Acme Motors" (the words of
  /// trade of data/trade-words.txt and a firm's last words).
  static let tradeWords: Set<String> = WorldKnowledge.shared.tradeWords.union(firmSuffixes)

  /// Nouns that stand for a firm, and the last words of a firm's name (lower case, with and without a dot).
  /// ("The supermarket giant admitted …", "the carmaker said" after a firm is named)
  static let firmNouns: WordSet = [
    "company", "firm", "corporation", "giant", "retailer", "supermarket", "grocer", "chain", "carmaker",
    "automaker", "airline", "carrier", "insurer", "lender", "manufacturer", "maker", "conglomerate", "startup",
    "start-up", "supplier", "brand",
  ]
  static let firmSuffixes = [
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "co.", "corporation", "company", "limited",
  ]

  /// The last organisation named before `position` whose name is the one word `word` ("Lazard" of
  /// "investment bank Lazard") or opens with it and goes on ("Salling" of "Salling Group", "Tesco" of "Tesco
  /// PLC"). Nil when none is.
  func organisation(openingWith word: String, before position: Int) -> String? {
    let key = word.lowercasedQuickly()
    return lastOrganisation(withWord: key) { index in
      let name = organisations[index].name.lowercasedQuickly()
      return organisations[index].position < position && (name == key || name.hasPrefix(key + " "))
    }.map { organisations[$0].name }
  }
}
