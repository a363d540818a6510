import SaysoCore

/// What the analysis knows about the world, read once from the data files in `data/`: given names
/// and surnames, places, demonyms, news outlets, organisation words, seats of power and the most
/// frequent English words. Every lookup takes a `nameKey` (lower case, accents folded).
struct WorldKnowledge: Sendable {
  /// What a place name is.
  enum PlaceKind: Int, Sendable, Comparable {
    case city, continent, state, country

    static func < (a: PlaceKind, b: PlaceKind) -> Bool { a.rawValue < b.rawValue }
  }

  static let shared = WorldKnowledge()

  let givenNames: Set<String>
  let surnames: Set<String>
  /// Each place name with the strongest kind it has ("georgia": country).
  let places: [String: PlaceKind]
  /// Frequency rank of common English words, 0 for "the".
  let commonWordRank: [String: Int]
  /// Country of a demonym ("russian" → "russia").
  let demonymCountry: [String: String]
  /// The first demonym of each country ("russia" → "russian").
  let countryDemonym: [String: String]
  let outlets: Set<String>
  let organisationWords: Set<String>
  /// Country whose leadership a place or name stands for ("kremlin" → "russia").
  let seatsOfPower: [String: String]

  init() {
    func keys(_ file: String) -> Set<String> { Set(EmbeddedData.entries(of: file).map { nameKey(String($0)) }) }
    givenNames = keys("given-names.txt")
    surnames = keys("surnames.txt")
    outlets = keys("outlets.txt")
    organisationWords = keys("organisation-words.txt")
    var places: [String: PlaceKind] = [:]
    for (name, kind) in EmbeddedData.pairs(of: "places.txt") {
      let placeKind: PlaceKind
      switch kind {
      case "country": placeKind = .country
      case "state": placeKind = .state
      case "continent": placeKind = .continent
      default: placeKind = .city
      }
      let key = nameKey(String(name))
      places[key] = max(places[key] ?? placeKind, placeKind)
    }
    self.places = places
    var ranks: [String: Int] = [:]
    for (rank, word) in EmbeddedData.entries(of: "common-words.txt").enumerated() where ranks[String(word)] == nil {
      ranks[String(word)] = rank
    }
    commonWordRank = ranks
    var demonymCountry: [String: String] = [:]
    var countryDemonym: [String: String] = [:]
    for (demonym, country) in EmbeddedData.pairs(of: "demonyms.txt") {
      let (d, c) = (nameKey(String(demonym)), nameKey(String(country)))
      if demonymCountry[d] == nil { demonymCountry[d] = c }
      if countryDemonym[c] == nil { countryDemonym[c] = d }
    }
    self.demonymCountry = demonymCountry
    self.countryDemonym = countryDemonym
    var seats: [String: String] = [:]
    for (name, country) in EmbeddedData.pairs(of: "seats-of-power.txt") {
      seats[nameKey(String(name))] = nameKey(String(country))
    }
    seatsOfPower = seats
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
