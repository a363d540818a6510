import SaysoCore

/// What a role given to a person comes to (`EntityRegistry.Entity.addRole`), worked out from its text
/// alone: its noun phrase tidied, its lower-cased words and their role classes. Remembered a thread
/// (`ThreadMemo`): a corpus gives the same roles again and again ("chief executive of …", "a spokesman
/// for …"), and working one out takes some ten thousand instructions.
struct RoleForm {
  /// The role's noun phrase, tidied (`RoleText.tidied`).
  var tidied: String
  /// `tidied` without the full stop of the sentence it ended.
  var role: String
  /// `role`, lower-cased.
  var lower: String
  /// The runs of letters of `lower`.
  var words: [String]
  /// The role class of each word of `words` that is a role noun with one, in order.
  var roleClasses: [String]

  /// The form of the role `given`, or nil when it is no role: a clause, nothing once tidied, only words
  /// that place an office in time ("former"), or a place.
  static let of = ThreadMemo(make)

  private static func make(_ given: String) -> RoleForm? {
    guard let phrase = EntityRegistry.Entity.nounPhrase(given), let tidied = RoleText.tidied(phrase) else {
      return nil
    }
    let role = RoleText.spelledOut(EntityRegistry.Entity.withoutFullStop(tidied))
    let lower = role.lowercasedQuickly()
    let words = EntityRegistry.Entity.words(of: lower)
    // a word that places an office in time is no role alone: "current" of "current Crane personal attorney"
    guard !words.allSatisfy({ Lexicon.officeTimeWords.contains($0) }) else { return nil }
    // nor an auxiliary that opened a question, nor an honorific: "Should", "Mr" of "Should Mr. Clarke win, …"
    guard !(words.count == 1 && (Lexicon.auxiliaries.contains(words[0]) || Lexicon.honorifics.contains(words[0])))
    else { return nil }
    // nor is a place alone: "Oregon" of "United States Senator from Oregon Dale Ferris", when the name
    // scan met only the capitalised words after "from"
    guard words.count > 3 || WorldKnowledge.shared.places[nameKey(role)] == nil else { return nil }
    // (nor a place and its state: "Cole Harbour, N.S" of "Ann Vey, of Cole Harbour, N.S., said")
    guard !isPlaceAndState(role) else { return nil }
    var roleClasses: [String] = []
    // (the word lists' table tells the role nouns before the dictionary is asked)
    for word in words where WordClass.of(word).contains(.roleNoun) {
      if let roleClass = Lexicon.roleClasses[word] { roleClasses.append(roleClass) }
    }
    return RoleForm(tidied: tidied, role: role, lower: lower, words: words, roleClasses: roleClasses)
  }

  /// Whether `role` is a capitalised place of up to three words, a comma and a state: its abbreviation ("N.S",
  /// "Ore") or a state or country the gazetteer knows ("Salem, Oregon").
  static func isPlaceAndState(_ role: String) -> Bool {
    // (most roles hold no comma: told on the bytes before any split)
    guard role.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(ascii: ",")) }) ?? true else {
      return false
    }
    let parts = role.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count == 2, case let place = parts[0].split(separator: " "), (1...3).contains(place.count),
      place.allSatisfy({ $0.first?.isUppercase == true }),
      case let state = parts[1].trimmingCharacters(in: .whitespaces), let first = state.first, first.isUppercase
    else { return false }
    let letters = state.filter { $0 != "." }
    // (not a firm's suffix: "Acme, Inc")
    if state.count <= 5, (2...4).contains(letters.count), letters.allSatisfy(\.isLetter), !state.contains(" "),
      !WorldKnowledge.shared.organisationWords.contains(letters.lowercasedQuickly())
    {
      return true
    }
    return (WorldKnowledge.shared.places[nameKey(state)] ?? .city) >= .state
  }
}
