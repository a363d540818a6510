import SaysoCore

/// What the analysis knows about the world, read once from the data files in `data/`: given names
/// and surnames, places, demonyms, news outlets, organisation words, seats of power and the most
/// frequent English words. Every lookup takes a `nameKey` (lower case, accents folded).
struct WorldKnowledge: Sendable {
  /// What a place name is.
  enum PlaceKind: Int, Sendable, Comparable {
    case city, continent, state, country

    static func < (lhs: PlaceKind, rhs: PlaceKind) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// Whom a given name names, when it names men or women only (data/given-name-genders.txt).
  enum Gender: Sendable { case male, female }

  static let shared = WorldKnowledge()

  let givenNames: KeyTable<Bool>
  /// The gender of given names, asked only of the people a text names: built on first use, so that a run
  /// that meets none does not pay for its 36,000 entries.
  var givenNameGender: KeyTable<Gender> { Self.givenNameGenders }
  private static let givenNameGenders = KeyTable<Gender>(keyedFile: "given-name-genders.txt") { values in
    // (the first entry of a name tells its gender)
    values.first == UInt8(ascii: "f") ? .female : .male
  }
  let surnames: KeyTable<Bool>
  /// Each place name with the strongest kind it has ("georgia": country).
  let places: KeyTable<PlaceKind>
  /// Frequency rank of common English words, 0 for "the".
  let commonWordRank: KeyTable<Int>
  /// Country of a demonym ("russian" → "russia").
  let demonymCountry: [String: String]
  /// The first demonym of each country ("russia" → "russian").
  let countryDemonym: [String: String]
  let outlets: Set<String>
  /// Listed companies of two words or more ("goldman sachs", "marks and spencer"): never people.
  let companies: Set<String>
  let organisationWords: Set<String>
  /// Words of trade, which a firm's name may hold ("foods" of "Northwind Foods"); all are organisation words.
  let tradeWords: Set<String>
  /// Country whose leadership a place or name stands for ("kremlin" → "russia").
  let seatsOfPower: [String: String]
  /// The first words of outlets, seats of power and places other than cities: a capitalised run that
  /// starts with none of them needs no whole-name look-up ("united" of "united states").
  let polityFirstWords: WordSet

  /// The strongest kind that the tab-separated kinds of a place's entries give it (`places.txt`: "city",
  /// "state", "country", "continent").
  static func placeKind(_ kinds: UnsafeBufferPointer<UInt8>) -> PlaceKind {
    var strongest = PlaceKind.city
    var start = 0
    for end in 0...kinds.count where end == kinds.count || kinds[end] == 0x09 {
      let kind = UnsafeBufferPointer(rebasing: kinds[start..<end])
      if bytes(kind, are: "country") {
        strongest = max(strongest, .country)
      } else if bytes(kind, are: "state") {
        strongest = max(strongest, .state)
      } else if bytes(kind, are: "continent") {
        strongest = max(strongest, .continent)
      }
      start = end + 1
    }
    return strongest
  }

  /// Whether `bytes` are those of `text`: compared in place, where a String's UTF-8 view is slow to walk.
  static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, are text: StaticString) -> Bool {
    text.withUTF8Buffer { $0.count == bytes.count && !zip($0, bytes).contains { $0 != $1 } }
  }

  init() {
    func keys(_ file: String) -> Set<String> {
      var set = Set<String>()
      EmbeddedData.forEachKey(of: file) { set.insert(String(decoding: $0, as: UTF8.self)) }
      return set
    }
    givenNames = KeyTable(keyedFile: "given-names.txt") { _ in true }
    surnames = KeyTable(keyedFile: "surnames.txt") { _ in true }
    outlets = keys("outlets.txt")
    companies = keys("companies.txt")
    organisationWords = keys("organisation-words.txt")
    tradeWords = keys("trade-words.txt")
    let places = KeyTable(keyedFile: "places.txt", Self.placeKind)
    self.places = places
    var ranks = KeyTable<Int>(capacity: 20_000)
    var rank = 0
    EmbeddedData.forEachEntry(of: "common-words.txt") { word in
      ranks.insert(word, rank)
      rank += 1
    }
    commonWordRank = ranks
    var demonymCountry: [String: String] = [:]
    var countryDemonym: [String: String] = [:]
    for (demonym, country) in EmbeddedData.pairs(of: "demonyms.txt") {
      let (demonymKey, countryKey) = (nameKey(String(demonym)), nameKey(String(country)))
      if demonymCountry[demonymKey] == nil { demonymCountry[demonymKey] = countryKey }
      if countryDemonym[countryKey] == nil { countryDemonym[countryKey] = demonymKey }
    }
    self.demonymCountry = demonymCountry
    self.countryDemonym = countryDemonym
    var seats: [String: String] = [:]
    for (name, country) in EmbeddedData.pairs(of: "seats-of-power.txt") {
      seats[nameKey(String(name))] = nameKey(String(country))
    }
    seatsOfPower = seats
    var firstWords = Set<String>()
    var polities = Array(outlets) + Array(seats.keys)
    places.forEachEntry { key, placeKind in
      if placeKind != .city { polities.append(String(decoding: key, as: UTF8.self)) }
    }
    for key in polities {
      var first = key.spaceSeparatedWords.first.map(String.init) ?? key
      if first == "the", let second = key.spaceSeparatedWords.dropFirst().first { first = String(second) }
      firstWords.insert(first)
    }
    polityFirstWords = WordSet(firstWords)
  }

  /// Whether `word` is among the `limit` most frequent English words.
  func isCommonWord(_ word: String, within limit: Int = Int.max) -> Bool {
    guard let rank = commonWordRank[word] else { return false }
    return rank < limit
  }

  /// The country a polity's name stands for: a country itself, or a seat of power ("the Kremlin").
  func country(ofPolity key: String) -> String? {
    if let seat = seatsOfPower[key] { return seat }
    return places[key] == .country ? key : nil
  }

  /// The demonym that qualifies the title of a polity's leader: "kremlin" → "russian" ("Russian President").
  func leaderDemonym(ofPolity key: String) -> String? {
    country(ofPolity: key).flatMap { countryDemonym[$0] }
  }
}
