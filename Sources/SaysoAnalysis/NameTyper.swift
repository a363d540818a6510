import Foundation
import SaysoCore

/// What a capitalised name stands for. Only persons are people; organisations and places may still
/// be the source of a claim.
enum EntityKind: Sendable, Equatable {
  case person, organisation, place, eventOrLaw, other
}

/// Types a capitalised name before it may speak, from what the data files know: given names and
/// surnames, places, outlets, organisation words and common English words.
///
/// A name that a sentence glued to another word is split first: "Oregon Dale Ferris" → place +
/// "Dale Ferris"; "Tuesday Papadakis" → weekday + "Papadakis"; "Moderator Tom Ware" → role
/// word + "Tom Ware".
enum NameTyper {
  /// The kind of a name and the words that name it, without a glued prefix.
  struct Typing: Equatable {
    var kind: EntityKind
    /// The name without the glued words: "Dale Ferris".
    var name: String
    /// How many leading words were split off.
    var dropped: Int
  }

  /// Words that end the names of events, laws and documents: "Independence Day", "Housing Bill".
  static let eventOrLawHeads: WordSet = [
    "act", "acts", "bill", "law", "laws", "amendment", "treaty", "accord", "accords", "agreement", "war",
    "day", "convention", "summit", "olympics", "games", "cup", "championship", "festival", "election",
    "referendum", "clause", "code", "constitution", "declaration", "protocol", "plan", "pride", "week",
  ]

  /// Words that end the names of seas, regions and other features of a place: "Aral Sea", "Rust Belt".
  static let placeHeads: WordSet = [
    "sea", "ocean", "gulf", "strait", "straits", "peninsula", "desert", "belt", "canyon", "glacier", "reef", "basin",
    "mountains", "highlands", "lowlands", "plains", "archipelago", "isthmus",
  ]

  /// Whether a speaker phrase gives its name a title or an honorific: "Senator …", "Mr …".
  static func isTitled(_ phrase: SpeakerPhrase) -> Bool {
    if phrase.isLabel || EntityRegistry.hasHonorific(phrase.name) { return true }
    guard var role = phrase.role else { return false }
    if qualifiesNoOffice(role) { return false }
    // an office with its place or body: "Prime Minister of India"
    if let office = officeBeforeOf(role) { role = office }
    var last = role.lastWord
    while let end = last.last, end == "." || end == "," { last = last.dropLast() }
    let word = last.lowercasedQuickly()
    // "one of the lead designers" (the whole role is lower-cased only after a plural)
    return Lexicon.titles.contains(word)
      || (word.hasSuffix("s") && role.lowercasedQuickly().hasPrefix("one of ")
        && Lexicon.titles.contains(String(word.dropLast())))
  }

  /// Whether a phrase's role is a role noun with its body, "a spokeswoman for the party", which says its name
  /// is a person's — not a place's name, which an appositive's place may be ("the mayor of Malvar, Rio
  /// Seco, announced"). Read only for a name not typed a person otherwise (it costs a role's words).
  static func hasPersonsRole(_ phrase: SpeakerPhrase) -> Bool {
    guard let role = phrase.role, !qualifiesNoOffice(role) else { return false }
    return roleHead(role).map(Lexicon.titles.contains) == true
      && WorldKnowledge.shared.places[nameKey(phrase.name)] == nil
  }

  /// Whether a role is only a word that qualifies an office, which names none alone: "The First" of "The First
  /// Amendment", "former" ("First Lady", "former Senator" do).
  static func qualifiesNoOffice(_ role: String) -> Bool {
    // (told by its length first, with no string made: "the incumbent" is the longest such role, most roles are
    // longer, and this is asked of every role)
    guard role.utf8.count <= 13 else { return false }
    let words = role.lowercasedQuickly().split(separator: " ").filter { !["the", "a", "an"].contains($0) }
    return words.count == 1 && (words[0] == "first" || Lexicon.officeTimeWords.contains(String(words[0])))
  }

  /// Parts of a role's head noun that leave the title after them: "co-director", "vice-chair".
  static let roleHeadPrefixes = ["co-", "vice-"]

  /// The head noun of a role in lower case: the last word before its first preposition, clause word or
  /// punctuation, without a "co-" or "vice-" part: "director" of "co-director of the center", "spokeswoman"
  /// of "a spokeswoman for the group", "union" of "a union that has backed her".
  static func roleHead(_ role: String) -> String? {
    // (`Attributor.roleHeadIsTitle` reads the same rule on a paragraph's tokens)
    var head: Substring? = nil
    for word in role.spaceSeparatedWords.prefix(6) {
      let lower = word.lowercasedQuickly()
      if Lexicon.prepositions.contains(lower) || Lexicon.clauseWords.contains(lower) { break }
      var trimmed = word
      while let end = trimmed.last, !end.isLetter { trimmed = trimmed.dropLast() }
      head = trimmed
      if trimmed.count < word.count { break }
    }
    guard var lower = head?.lowercasedQuickly(), !lower.isEmpty else { return nil }
    for prefix in roleHeadPrefixes where lower.hasPrefix(prefix) { lower.removeFirst(prefix.count) }
    return lower
  }

  /// The office before " of " in a capitalised role ("Prime Minister" of "Prime Minister of India"), read
  /// on the role's bytes (a string search costs a thousand times more, on every speaker).
  static func officeBeforeOf(_ role: String) -> String? {
    guard let first = role.utf8.first, first >= 65, first <= 90 else { return nil }
    var role = role
    return role.withUTF8 { bytes -> String? in
      guard bytes.count > 4 else { return nil }
      for index in 1..<(bytes.count - 3)
      where bytes[index] == 0x20 && bytes[index + 1] == 0x6F && bytes[index + 2] == 0x66 && bytes[index + 3] == 0x20 {
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<index]), as: UTF8.self)
      }
      return nil
    }
  }

  /// Names typed so far on this thread, with a title and without (`ThreadMemo`): a name recurs across a corpus,
  /// and its type depends on the name and the title flag alone.
  private static let rememberedUntitled = ThreadMemo { name in type(name, titled: false) }
  private static let rememberedTitled = ThreadMemo { name in type(name, titled: true) }

  /// `type(_:titled:)`, remembered a thread.
  static func typeRemembered(_ name: String, titled: Bool) -> Typing {
    titled ? rememberedTitled(name) : rememberedUntitled(name)
  }

  /// "I" with a verb, as a sentence writes it: no word of a name.
  static let firstPersonContractions: Set<String> = [
    "I’ve", "I've", "I’m", "I'm", "I’ll", "I'll", "I’d", "I'd",
  ]

  /// Types `name` (the words of a capitalised run, e.g. "Oregon Dale Ferris").
  /// - Parameter titled: the article gives the name a title or an honorific ("Mr", "Senator").
  static func type(_ name: String, titled: Bool = false) -> Typing {
    var words = name.spaceSeparatedWords.map(String.init)
    guard !words.isEmpty else { return Typing(kind: .other, name: name, dropped: 0) }
    // letters after a name belong to the person, and are no part of the name: "Ruth Keel QC"; but "Jr."
    // tells the son from his father, so it stays ("Tom Reed Jr.")
    if words.count >= 3, Lexicon.postnominals.contains(nameKey(words[words.count - 1]).filter { $0 != "." }),
      !EntityRegistry.isGenerationalSuffix(nameKey(words[words.count - 1]))
    {
      words.removeLast()
    }
    // nor is "I" with its verb, which a sentence glued after it: "other than Tom Reed I’ve chaired …"
    if words.count >= 2, let last = words.last, last.hasPrefix("I"), firstPersonContractions.contains(last) {
      words.removeLast()
    }
    let keys = words.map { titleKey(nameKey(stripPossessive($0))) }
    let world = WorldKnowledge.shared
    let whole = keys.joined(separator: " ")
    // (an ampersand joins the names of a firm or a club, never a person's: "Marks & Spencer", "Brighton &
    // Hove Albion")
    if world.outlets.contains(whole) || world.outlets.contains("the " + whole) || words.contains("&") {
      return Typing(kind: .organisation, name: name, dropped: 0)
    }
    // the name of an event or a law: "Housing Bill", "Due Process Clause"
    // (a place's name first, though a given name too: "Paris Agreement")
    if keys.count >= 2, eventOrLawHeads.contains(keys[keys.count - 1]), !titled,
      !isGivenName(keys[0]) || world.places[keys[0]] != nil
    {
      return Typing(kind: .eventOrLaw, name: name, dropped: 0)
    }
    // a possessor is never part of the name after it: "Chelsea's Marta Lind"
    var dropped = 0
    if let possessor = words.dropLast().lastIndex(where: { stripPossessive($0) != $0 }) { dropped = possessor + 1 }
    dropped += gluedPrefixLength(Array(keys[dropped...]))
    // a sentence or role word before what is a name on its own: "Co-author Mei-Ling Zhou",
    // "Fifteen-year-old Robert", "Nepal Ravi Tamang"
    // (a rare town's name before a family name alone is a given name the lists lack: "Ama Boateng")
    while dropped < keys.count - 1, !isRegnalName(keys[dropped...]),
      world.places[keys[dropped...].joined(separator: " ")] == nil,
      !isGivenName(keys[dropped]), !isCompoundGivenName(keys[dropped]),
      !(dropped + 2 == keys.count && isRareTown(keys[dropped])),
      isStrippable(keys[dropped]) || isAgentNounBeforeFullName(keys[dropped...]),
      kind(of: Array(keys[(dropped + 1)...]), titled: false) == .person
    {
      dropped += 1
    }
    let kept = Array(keys[dropped...])
    let keptWords = words[dropped...]
    let keptName = keptWords.joined(separator: " ")
    // (not a title written in capitals: "CEO", "MPP")
    // (a person's name in capitals is a person's, as a transcript's label writes it: "JANE OKORO")
    if keptWords.allSatisfy(isAcronym) && !titled && !kept.allSatisfy({ Lexicon.titles.contains($0) })
      && !isPersonsNameInCapitals(kept)
    {
      // "IMF", "WSET-TV"; two letters alone are more often initials or a label: "NG"
      let kind: EntityKind = kept.count == 1 && kept[0].count <= 2 ? .other : .organisation
      return Typing(kind: kind, name: keptName, dropped: dropped)
    }
    // a capital inside a word marks a brand, not a person: "PolitiFact", "EuroNord Cable" (but a
    // family name's prefix may take one: "McConnell", "DeSantis", "O'Neill")
    if !titled, keptWords.contains(where: isBrandWord) {
      return Typing(kind: .organisation, name: keptName, dropped: dropped)
    }
    // an East Asian given name romanised with a hyphen after the family name: "Park Ji-hoon"
    if keptWords.count >= 2, keptWords.dropFirst().contains(where: isHyphenatedGivenName),
      !kept.contains(where: { WorldKnowledge.shared.organisationWords.contains($0) })
    {
      return Typing(kind: .person, name: keptName, dropped: dropped)
    }
    return Typing(kind: kind(of: kept, titled: titled), name: keptName, dropped: dropped)
  }

  /// A word's key without the period of an abbreviated title, which is glued to a name as the title is: "rep" of
  /// "Rep." in "Republican Rep. Tom Vey", "sens" of "Sens." (an initial keeps its period: "j.").
  static func titleKey(_ key: String) -> String {
    guard key.utf8.count > 3, key.utf8.last == 0x2E, case let stem = String(key.dropLast()),
      Lexicon.titles.contains(stem)
    else { return key }
    return stem
  }

  /// The kind of a name whose words (as name keys) are `keys`.
  static func kind(of keys: [String], titled: Bool) -> EntityKind {
    let world = WorldKnowledge.shared
    let whole = keys.joined(separator: " ")
    if world.outlets.contains(whole) || world.companies.contains(whole) { return .organisation }
    // a title or an honorific before a surname says a person, though the surname is a body's word too: "Mr
    // West", "rapper Austin West" (not a body's head: "the Prime Minister's Office", "Intelligence Committee")
    if titled, isSurnameAfterTitle(keys) { return .person }
    if !isPersonShaped(keys) && keys.contains(where: { world.organisationWords.contains($0) }) { return .organisation }
    if world.seatsOfPower[whole] != nil { return .organisation }
    let place = world.places[whole]
    // a title alone names no one: "Minister", "Defence Secretary"
    if keys.allSatisfy({ Lexicon.titles.contains($0) || world.organisationWords.contains($0) }) { return .other }
    if isRegnalName(keys[...]) { return .person }
    if keys.count == 1 {
      let word = keys[0]
      if titled && word.count > 1 && !isPluralNoun(word) { return .person }
      if let place, place != .city { return .place }
      if world.demonymCountry[word] != nil { return .other }
      // a surname alone that is also an English word is more often the word or a firm: "Hall", "Ford"
      if word.count > 1,
        (isGivenName(word) && !world.isCommonWord(word, within: 1000))
          || (world.surnames.contains(word) && !world.isCommonWord(word))
      {
        return .person
      }
      return place == nil ? .other : .place
    }
    if place != nil && !titled { return .place }
    let last = keys[keys.count - 1]
    // a word last that names a member of a group, a role or a place's feature, and no family, names no person:
    // "Orlando Republican", "Clinton Pollster" (a headline’s capitals), "Aral Sea"
    if !world.surnames.contains(last), Lexicon.groupNouns.contains(last) || Lexicon.titles.contains(last) {
      return .other
    }
    if !titled, placeHeads.contains(last) { return .place }
    if titled || isGivenName(keys[0]) || isInitial(keys[0]) || isCompoundGivenName(keys[0]) { return .person }

    if namesBodyOfPlace(keys) { return .organisation }
    // (a frequent word last, after no given name, names a firm: "Yorkshire Water", "Northern Rail")
    // (a rare town's name may be a given name the lists lack: "Ama Boateng"; not a state's or a country's, nor a
    // town English news names often, whose name is a club's or a college's: "Aston Villa", "Nottingham Trent")
    if world.surnames.contains(last) && !world.isCommonWord(keys[0], within: 5000)
      && (world.places[keys[0]] == nil || isRareTown(keys[0]))
      && !(world.isCommonWord(last, within: 1000) && !world.givenNames.contains(last))
    {
      return .person
    }
    // a gerund that opens the sentence is no given name, however rare the word: "Enrolling Tuxcraft into …"
    if keys[0].count > 5, keys[0].hasSuffix("ing"), !isGivenName(keys[0]), !world.surnames.contains(keys[0]) {
      return .other
    }
    // names that no list knows but that hold no common word and no place: "Haileab Gebremeskel Woldu"
    let unknown = keys.allSatisfy { key in
      key.split(separator: "-").allSatisfy { !world.isCommonWord(String($0)) } && world.places[key] == nil
        && world.demonymCountry[key] == nil
    }
    return unknown ? .person : .other
  }

  /// Whether a single name's key is a noun in the plural, which no title makes a person's name: "Democrats" of
  /// "House Democrats", "Committees" of "Two House Committees", "Khans" of "the Khans" (not a family name that
  /// ends so: "Sanders", "Williams").
  static func isPluralNoun(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    if Lexicon.groupNouns.contains(key) { return true }
    guard key.utf8.count > 3, key.utf8.last == UInt8(ascii: "s"), !world.surnames.contains(key),
      !world.givenNames.contains(key)
    else { return false }
    let stem = String(key.dropLast())
    return world.isCommonWord(stem) || world.surnames.contains(stem) || Lexicon.sourceNouns.contains(stem)
  }

  /// Whether name keys end with a surname after given names, initials or rare words ("west", "austin west"),
  /// which a title before them makes a person's name (a town's name may be a given name: "Austin").
  static func isSurnameAfterTitle(_ keys: [String]) -> Bool {
    let world = WorldKnowledge.shared
    // (a body's word in the plural is no family name: "Developer Stonebridge Homes")
    guard let last = keys.last, world.surnames.contains(last),
      !(last.hasSuffix("s") && world.organisationWords.contains(last))
    else { return false }
    return keys.dropLast().allSatisfy { key in
      isGivenName(key) || isInitial(key)
        || (!world.isCommonWord(key, within: 5000) && (world.places[key].map { $0 <= .city } ?? true)
          && !world.organisationWords.contains(key) && !Lexicon.titles.contains(key))
    }
  }

  /// Whether the keys of a name written in capitals are a person's, as a transcript's label writes one: two or
  /// three words, a given name first that is no place's, no organisation word ("JANE OKORO", not "JOHN DEERE
  /// COMPANY").
  static func isPersonsNameInCapitals(_ keys: [String]) -> Bool {
    let world = WorldKnowledge.shared
    return (2...3).contains(keys.count) && isGivenName(keys[0]) && world.places[keys[0]] == nil
      && !keys.contains(where: { world.organisationWords.contains($0) || EntityRegistry.firmSuffixes.contains($0) })
  }

  /// Whether name keys read as a given name then a surname, so that an organisation word among them is
  /// the surname: "Sharon White", "Austin West". A given name that is also a place's opens a body's name
  /// as often: "Georgia Power", "Bradford Council". A firm's legal form is no surname, though some are
  /// family names too: "Walter Corp".
  static func isPersonShaped(_ keys: [String]) -> Bool {
    let world = WorldKnowledge.shared
    return keys.count >= 2 && isGivenName(keys[0]) && world.surnames.contains(keys[keys.count - 1])
      && world.places[keys[0]] == nil && !EntityRegistry.firmSuffixes.contains(keys[keys.count - 1])
  }

  /// Whether common words before a country or a state name a body of it: "Statistics Canada", "Air Canada",
  /// "Public Health England" (not a given name first: "Jack England"), or a firm's name its branch there.
  static func namesBodyOfPlace(_ keys: [String]) -> Bool {
    let world = WorldKnowledge.shared
    guard keys.count >= 2, let kind = world.places[keys[keys.count - 1]], kind >= .state, !isGivenName(keys[0]) else {
      return false
    }
    // a firm's name before a country is its branch there: "Aldi Poland", "Tesco Ireland"
    if kind == .country, keys.count == 2, world.places[keys[0]] == nil {
      return true
    }
    return keys.dropLast().allSatisfy { world.isCommonWord($0) && world.places[$0] == nil }
  }

  /// Whether a key is the name of a town (no state or country) that is no frequent word: "Ama", "Merrick" (not
  /// "Nottingham", "Aston", "Leeds", which English news names often, in the names of its clubs and colleges too).
  static func isRareTown(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    return world.places[key] == .city && !world.isCommonWord(key, within: 12000)
  }

  /// The number of leading words glued to a name that starts after them.
  static func gluedPrefixLength(_ keys: [String]) -> Int {
    guard keys.count >= 2, !namesBodyOfPlace(keys), !isRegnalName(keys[...]) else { return 0 }
    let world = WorldKnowledge.shared
    // a place's name is whole: "Los Angeles" is no "Angeles"
    if world.places[keys.joined(separator: " ")] != nil { return 0 }
    // a weekday or month opens no name: "Tuesday Papadakis", "Saturday Omar Haddad" (but a month that is a
    // given name does, before one family name: "April Ryan", "June Sarpong")
    if Lexicon.weekdays.contains(keys[0])
      || (Lexicon.monthNames.contains(keys[0]) && keys[0].count > 3
        && !(keys.count == 2 && world.givenNames.contains(keys[0]) && world.surnames.contains(keys[1])))
    {
      return 1 + gluedPrefixLength(Array(keys.dropFirst()))
    }
    for prefixLength in 1..<keys.count {
      let rest = keys[prefixLength...]
      // a country or state before two or more words: "Nepal Ravi Tamang"
      if rest.count >= 2, let place = world.places[keys[..<prefixLength].joined(separator: " ")], place > .city {
        return prefixLength
      }
      guard isGivenName(keys[prefixLength]) || (rest.count >= 2 && isInitial(keys[prefixLength])) else { continue }
      // one word left must still look like a name, not a word: "Housing Bill" is no "Bill"
      if rest.count == 1 && world.isCommonWord(keys[prefixLength], within: 5000) { continue }
      let prefix = keys[..<prefixLength].joined(separator: " ")
      // a place, outlet or polity before a full name: "Hong Kong Wai-lun Cheng", "Iran Greg Lund"
      let place = world.places[prefix]
      if (place.map { $0 > .city } ?? false) || world.outlets.contains(prefix) || world.seatsOfPower[prefix] != nil
        || (place != nil && !isGivenName(prefix) && rest.count >= 2)
      {
        return prefixLength
      }
      // sentence, role and organisation words: "Whereas Pierce", "Moderator Tom Ware"; a rare word
      // before a single name is more likely a name of its own ("Jubal Cobb")
      if !isGivenName(keys[0]), !isCompoundGivenName(keys[0]), keys[..<prefixLength].allSatisfy(isGluable),
        rest.count >= 2
          || keys[..<prefixLength].allSatisfy({ world.isCommonWord($0, within: 3000) || Lexicon.titles.contains($0) })
      {
        return prefixLength
      }
    }
    return 0
  }

  /// Whether the keys of a name are a title of a monarch, a prince or a pope and a single name, with a regnal
  /// number or none, which the title is part of: "Pope Francis", "Queen Elizabeth II".
  static func isRegnalName(_ keys: ArraySlice<String>) -> Bool {
    // (the count first: most names are of other lengths, and most first words no title)
    guard keys.count == 2 || keys.count == 3, let first = keys.first, (4...8).contains(first.utf8.count),
      Lexicon.regnalTitles.contains(first)
    else {
      return false
    }
    return keys.count == 2 || SpeakerPhraseParser.isRegnalNumber(keys[keys.startIndex + 2].uppercased())
  }

  /// Whether a word can be glued before a name: a common word, a title, an organisation word, a
  /// demonym, a place, or a phrase such as "Fifteen-year-old".
  static func isGluable(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    if isInitial(key) { return false }
    if world.surnames.contains(key) && !world.isCommonWord(key, within: 5000) { return false }
    if world.isCommonWord(key) || Lexicon.titles.contains(key) || world.organisationWords.contains(key)
      || world.demonymCountry[key] != nil || world.places[key] != nil
    {
      return true
    }
    let parts = key.split(separator: "-")
    return parts.count > 1 && parts.allSatisfy { world.isCommonWord(String($0)) || $0.allSatisfy(\.isNumber) }
  }

  /// A word that is glued before names often enough to be split off when the rest is a name: a
  /// frequent word, a hyphenated phrase, a place or a title (not a rare word: "Jubal Cobb").
  static func isStrippable(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    return !isInitial(key) && isGluable(key)
      && (world.isCommonWord(key, within: 10000) || key.contains("-") || world.places[key] != nil
        || Lexicon.titles.contains(key))
      || isOccupation(key)
  }

  /// Whether the first of `keys` is a noun of one who does a trade ("-er", "-or", "-ist"), though a family name
  /// too, before a given name and a family name: "Welder Ana Cruz", "Plumber Joe Grey" (a family name opens no
  /// full name before a given name).
  static func isAgentNounBeforeFullName(_ keys: ArraySlice<String>) -> Bool {
    guard keys.count >= 3, case let key = keys[keys.startIndex], key.utf8.count > 5,
      key.hasSuffix("er") || key.hasSuffix("or") || key.hasSuffix("ist"),
      isGivenName(keys[keys.startIndex + 1]), !isInitial(keys[keys.startIndex + 1])
    else { return false }
    return !isGivenName(key) && WorldKnowledge.shared.places[key] == nil
  }

  /// Endings of nouns of occupations and conditions: "Podcaster", "Pensioner", "Shopkeeper", "Homeowner".
  static let occupationSuffixes = [
    "caster", "ger", "ist", "ator", "ster", "eer", "ioner", "keeper", "maker", "worker", "owner", "goer", "grapher",
    "ician", "seller",
  ]

  /// A word shaped like an occupation that no name list knows: "Podcaster", "Vlogger", "Panelist", or a
  /// common word with "-er": "Rancher", "Trucker".
  static func isOccupation(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    guard key.count > 5,
      occupationSuffixes.contains(where: { key.hasSuffix($0) })
        || (key.hasSuffix("er") && world.isCommonWord(String(key.dropLast(2)), within: 10000))
    else { return false }
    return !world.givenNames.contains(key) && !world.surnames.contains(key) && world.places[key] == nil
  }

  /// Whether a lower-case key is a plain English word that no name list holds: a common word (of the `within`
  /// commonest) that is no surname and no given name ("web", "markets"; not "grant", "may").
  static func isPlainWord(_ key: String, within limit: Int = Int.max) -> Bool {
    let world = WorldKnowledge.shared
    return world.isCommonWord(key, within: limit) && !world.surnames.contains(key) && !isGivenName(key)
  }

  /// A given name that is not also an English function word ("The", "He", "Will" are in the lists).
  static func isGivenName(_ key: String) -> Bool {
    WorldKnowledge.shared.givenNames.contains(key) && !WorldKnowledge.shared.isCommonWord(key, within: 150)
  }

  /// Two given names joined by a hyphen: "Nils-Erik", "Anne-Marie" (a name key).
  static func isCompoundGivenName(_ key: String) -> Bool {
    guard key.utf8.contains(0x2D) else { return false }
    let parts = key.split(separator: "-", omittingEmptySubsequences: false)
    return parts.count == 2 && parts.allSatisfy { $0.count >= 3 && isGivenName(String($0)) }
  }

  /// "Ji-hoon", "Wai-lun": a capital, lower-case letters, a hyphen, lower-case letters.
  static func isHyphenatedGivenName(_ word: String) -> Bool {
    // (read on the scalars, with no copies: it is asked of many words that have no hyphen)
    guard word.utf8.contains(0x2D) else { return false }
    var lengths = (0, 0)
    var afterHyphen = false
    for scalar in word.unicodeScalars {
      if scalar == "-" {
        if afterHyphen { return false }
        afterHyphen = true
      } else if afterHyphen {
        guard scalar.properties.isLowercase else { return false }
        lengths.1 += 1
      } else {
        guard lengths.0 == 0 ? scalar.properties.isUppercase : scalar.properties.isLowercase else { return false }
        lengths.0 += 1
      }
    }
    return lengths.0 >= 2 && lengths.1 >= 2
  }

  /// "J." or "J": one letter, with or without its dot.
  static func isInitial(_ key: String) -> Bool {
    let letters = key.filter { $0 != "." }
    return letters.count == 1 && letters.first!.isLetter
  }

  /// Capitals, digits and dots only, with at least two capitals: "IMF", "U.S.", "H1N1".
  static func isAcronym(_ word: String) -> Bool {
    let plain = stripPossessive(word)
    if let ascii = plain.utf8.withContiguousStorageIfAvailable(isASCIIAcronym), let ascii { return ascii }
    return plain.filter(\.isUppercase).count >= 2
      && plain.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." || $0 == "-" }
  }

  /// `isAcronym` of ASCII bytes, each a character (but a carriage return, which joins a line feed after
  /// it into one): nil for other bytes, which need Unicode's character properties.
  static func isASCIIAcronym(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    var capitals = 0
    for byte in bytes {
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
        capitals += 1
      } else if !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) && byte != UInt8(ascii: ".")
        && byte != UInt8(ascii: "-")
      {
        return false
      }
    }
    return capitals >= 2
  }

  /// Whether `word` has a capital after a lower-case letter that no family-name prefix explains
  /// ("PolitiFact", "YouTube"; not "McConnell", "MacArthur", "DeSantis", "VandeHei", "KellyAnne"), in
  /// ASCII letters, the capital before a lower-case one (text decoded the wrong way is no sign: "RamÃ­rez",
  /// its "Ã" an "A" and a combining tilde).
  static func isBrandWord(_ word: String) -> Bool {
    let letters = Array(stripPossessive(word).unicodeScalars)
    guard letters.count >= 4, ("A"..."Z").contains(letters[0]) else { return false }
    for index in 2..<(letters.count - 1)
    where ("A"..."Z").contains(letters[index]) && ("a"..."z").contains(letters[index - 1])
      && ("a"..."z").contains(letters[index + 1])
    {
      let prefix = String(String.UnicodeScalarView(letters[..<index])).lowercasedQuickly()
      // a prefix that is a given name makes a double given name: "KellyAnne", "MaryAnn"
      if !familyNamePrefixes.contains(prefix) && !isGivenName(prefix) { return true }
    }
    return false
  }

  /// The prefixes a family name is written with a capital after: "McConnell", "DeVos", "VanderMeer".
  static let familyNamePrefixes: WordSet = [
    "mc", "mac", "de", "di", "da", "du", "la", "le", "van", "vande", "vander", "von", "der", "fitz", "st", "ben", "al", "el",
  ]

  /// Whether `key` (a name key) is in no list: no common word, place, people's name, outlet or
  /// organisation word, four letters or more, all letters.
  static func isUnknownWord(_ key: String) -> Bool {
    let world = WorldKnowledge.shared
    return key.count >= 4 && key.allSatisfy(\.isLetter) && !world.isCommonWord(key) && world.places[key] == nil
      && world.demonymCountry[key] == nil && !world.outlets.contains(key) && !world.organisationWords.contains(key)
      && !isGivenName(key) && !world.surnames.contains(key) && !Lexicon.titles.contains(key)
  }

  /// Whether a name key is in the given-name or the surname list, however common a word it is too.
  static func isListedName(_ key: String) -> Bool {
    WorldKnowledge.shared.surnames.contains(key) || WorldKnowledge.shared.givenNames.contains(key)
  }

  static func stripPossessive(_ word: String) -> String {
    // (a last character "s" is the byte "s" alone, so a word that ends in another byte has neither ending:
    // most words, told without comparing characters)
    guard word.utf8.last == UInt8(ascii: "s") else {
      // (or a plural's apostrophe alone: "Reuters’" of "Reuters’ Marta Ruiz"; "’" ends in the byte 0x99)
      guard word.utf8.last == 0x99 || word.utf8.last == UInt8(ascii: "'"), case let scalars = word.unicodeScalars,
        scalars.last == "’" || scalars.last == "'", scalars.count > 2, scalars.dropLast().last == "s"
      else { return word }
      return String(scalars.dropLast())
    }
    for suffix in ["’s", "'s"] where word.hasSuffix(suffix) && word.count > 2 { return String(word.dropLast(2)) }
    return word
  }
}
