import SaysoCore

/// The people of one article: full names with aliases, roles, and where each is mentioned.
///
/// Positions are global: `paragraph << 32 | offset`, so they order mentions across paragraphs (an
/// offset fits in 32 bits: files are at most 20 MB).
struct EntityRegistry {
  struct Entity {
    var name: String {
      didSet {
        gender = Self.genderOfName(name)
        nameWords = Self.lowerWords(of: name)
      }
    }
    /// The space-separated words of `name`, lower-cased: what the questions about every person of the article
    /// compare (`person(withFirstName:)`), split once a name and not at each question.
    private(set) var nameWords: [String]
    /// What the first name says of the person, when it names men or women only.
    private(set) var gender: WorldKnowledge.Gender?
    /// The roles, in the order they were first given (`addRole`).
    private(set) var roles: [String] = []
    /// The role classes of `roleWords` ("president" → head of state…).
    private(set) var roleClasses: Set<String> = []
    /// The words of `roles`, lower-cased: what `resolveRole` compares a role noun with.
    private(set) var roleWords: [String] = []
    /// The roles the article gave that `addRole` tidied into others ("the mayor of London"): given again,
    /// they add nothing.
    private var tidiedAway: [String] = []
    /// Where the entity is mentioned, in increasing order.
    var mentions: [Int] = []
    /// Whether the article uses the name as an organisation's too ("Jack Wills, the clothing brand").
    var isOrganisation = false
    /// The runs of letters of `text` (ASCII letters tested without Unicode's tables).
    static func words(of text: String) -> [String] {
      asciiWords(of: text) ?? scalarWords(of: text)
    }

    /// `words(of:)` for any text, letters told by Unicode's tables (ASCII ones by their codes).
    static func scalarWords(of text: String) -> [String] {
      var words: [String] = []
      var word = String.UnicodeScalarView()
      for scalar in text.unicodeScalars {
        let isLetter =
          scalar.isASCII
          ? (scalar.value >= 97 && scalar.value <= 122) || (scalar.value >= 65 && scalar.value <= 90)
          : scalar.properties.isAlphabetic
        if isLetter {
          word.append(scalar)
        } else if !word.isEmpty {
          words.append(String(word))
          word = String.UnicodeScalarView()
        }
      }
      if !word.isEmpty { words.append(String(word)) }
      return words
    }

    /// `words(of:)` of ASCII text, split on its bytes; nil when the text holds anything else.
    static func asciiWords(of text: String) -> [String]? {
      var text = text
      return text.withUTF8 { bytes -> [String]? in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // (room for the most words the bytes can hold, one letter and a separator each: growing the array
        // from empty allocates it again and again)
        var words: [String] = []
        words.reserveCapacity((bytes.count + 1) / 2)
        var wordStart = -1
        for index in 0...bytes.count {
          let isLetter =
            index < bytes.count
            && ((bytes[index] >= 97 && bytes[index] <= 122) || (bytes[index] >= 65 && bytes[index] <= 90))
          if isLetter {
            if wordStart < 0 { wordStart = index }
          } else if wordStart >= 0 {
            words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), as: UTF8.self))
            wordStart = -1
          }
        }
        return words
      }
    }

    init(name: String) {
      self.name = name
      gender = Self.genderOfName(name)
      nameWords = Self.lowerWords(of: name)
    }

    static func lowerWords(of name: String) -> [String] { name.spaceSeparatedWords.map { $0.lowercasedQuickly() } }

    /// Notes the gender an honorific gives ("Mr Smith": male) when the name says none.
    mutating func noteGender(_ given: WorldKnowledge.Gender) {
      if gender == nil { gender = given }
    }

    /// Whether the role was given before, as it is listed or as it was tidied away.
    func hasRole(given role: String) -> Bool { roles.contains(role) || tidiedAway.contains(role) }

    /// Adds a role, with its lower-cased words and their role classes. The words of all roles are the
    /// words of each in turn: a role is added to them, never recomputed from all of them.
    mutating func addRole(_ given: String) {
      guard let form = RoleForm.of(given) else { return }
      if form.tidied != given { tidiedAway.append(given) }
      let role = form.role
      let lower = form.lower
      // one role said more fully stands for both: "actor", "EastEnders actor"; "chief", "chief of the Harbour
      // First Nation"
      let lowered = roles.map { $0.lowercasedQuickly() }  // (once, for both questions)
      if lowered.contains(where: { Self.saysMoreFully($0, lower) }) { return }
      if let shorter = lowered.firstIndex(where: { Self.saysMoreFully(lower, $0) }) {
        roles[shorter] = role
      } else {
        roles.append(role)
      }
      roleWords.append(contentsOf: form.words)
      for roleClass in form.roleClasses { roleClasses.insert(roleClass) }
    }

    /// `gender(of:)`, worked out once a thread for each name: it is asked for every person an article
    /// registers and every name a person is given, and a corpus names the same people again and again.
    static let genderOfName = ThreadMemo(gender(of:))

    /// The gender of a full name's first word ("Maria Keller": female), or of a single name that is a
    /// given name and no family name ("Cherie", "Zoe"); nil for another single name, which may be a
    /// surname ("James", "Lee").
    static func gender(of name: String) -> WorldKnowledge.Gender? {
      let world = WorldKnowledge.shared
      guard let first = firstOfSeveralWords(name) else {
        let key = nameKey(name)
        guard !name.contains(" "), !world.surnames.contains(key) else { return nil }
        return world.givenNameGender[key]
      }
      return world.givenNameGender[nameKey(first)]
    }

    /// The first space-separated word of a name of two words or more, else nil: on the bytes of an
    /// ASCII name, as Characters otherwise.
    static func firstOfSeveralWords(_ name: String) -> String? {
      let utf8 = name.utf8
      guard utf8.allSatisfy({ $0 < 0x80 }) else {
        let words = name.spaceSeparatedWords
        return words.count >= 2 ? String(words[0]) : nil
      }
      var start = utf8.startIndex
      while start != utf8.endIndex, utf8[start] == 0x20 { start = utf8.index(after: start) }
      var end = start
      while end != utf8.endIndex, utf8[end] != 0x20 { end = utf8.index(after: end) }
      guard end != utf8.endIndex, utf8[end...].contains(where: { $0 != 0x20 }) else { return nil }
      return String(name[start..<end])
    }

  }

  private(set) var entities: [Entity] = []
  /// Organisations named in the narrative, in reading order: `(name, position)`.
  private(set) var organisations: [(name: String, position: Int)] = []
  /// For each lower-cased word of an organisation's name, the latest entry of `organisationWords` for it:
  /// the organisations whose names hold a word are a chain through the entries, latest first
  /// (`lastOrganisation(withWord:where:)`), with no array a word.
  private var latestOrganisationWord: [String: Int] = [:]
  /// An entry for each word of each organisation noted: the organisation (an index into `organisations`)
  /// and the entry of the organisation noted before it with the same word (-1 when none was).
  private var organisationWords: [(organisation: Int, previous: Int)] = []
  /// The organisations (indices into `organisations`) whose names hold a firm's word, in order: those "the
  /// company" may stand for (`OrganisationName.hasFirmWord`).
  private(set) var firmOrganisations: [Int] = []
  /// The filing of each name noted as an organisation's (`noteOrganisation`): a name is split once,
  /// however often it is named.
  private(set) var organisationFilings: [String: OrganisationName] = [:]
  /// Every mention, `(entity, position)`, in order of paragraph (and in the order noted within one): "the
  /// person mentioned last" looks at the few paragraphs before a position, not at every mention of the
  /// article. One array, where an array a paragraph was allocated for each paragraph with a mention.
  private var mentionsByParagraph: [(id: Int, position: Int)] = []

  mutating func noteOrganisation(_ name: String, at position: Int) {
    // (room for an article's organisations at once: a dictionary grown from empty rehashes its keys at
    // each doubling; made with its room, as reserving room in one calls unspecialised code)
    if organisations.isEmpty {
      organisationFilings = Dictionary(minimumCapacity: 8)
      latestOrganisationWord = Dictionary(minimumCapacity: 16)
      organisations.reserveCapacity(8)
      organisationWords.reserveCapacity(16)
    }
    // (the name is looked up and, when new to the article, filed in one search of the dictionary)
    let (filed, isNew) = Self.fileOnce(name, in: &organisationFilings[name])
    // a name of two or more words that looks like a person's but is used as an organisation's
    if isNew, filed.words.count >= 2, let ids = byAlias[filed.key] {
      for id in ids where entities[id].name == name { entities[id].isOrganisation = true }
    }
    for word in filed.words {
      let previous = latestOrganisationWord.updateValue(organisationWords.count, forKey: word) ?? -1
      organisationWords.append((organisations.count, previous))
    }
    if filed.hasFirmWord { firmOrganisations.append(organisations.count) }
    organisations.append((name, position))
  }

  /// The filing of `name` held in `slot`, filed there first when the slot is empty, and whether it was.
  private static func fileOnce(_ name: String, in slot: inout OrganisationName?) -> (OrganisationName, isNew: Bool) {
    if let known = slot { return (known, false) }
    let filed = OrganisationName.of(name)
    slot = filed
    return (filed, true)
  }

  /// The last organisation noted (an index into `organisations`) whose name holds the lower-cased `word`
  /// and that `isWanted` accepts.
  func lastOrganisation(withWord word: String, where isWanted: (Int) -> Bool) -> Int? {
    var entry = latestOrganisationWord[word] ?? -1
    while entry >= 0 {
      let organisation = organisationWords[entry].organisation
      if isWanted(organisation) { return organisation }
      entry = organisationWords[entry].previous
    }
    return nil
  }

  /// The space-separated words of `text`, each once.
  static func distinctWords(of text: String) -> [String] {
    var words: [String] = []
    // an ASCII name is cut on its bytes, with no Substrings
    var text = text
    let isASCII = text.withUTF8 { bytes -> Bool in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        if index > start {
          let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
          if !words.contains(word) { words.append(word) }
        }
        start = index + 1
      }
      return true
    }
    if isASCII { return words }
    for word in text.spaceSeparatedWords {
      let word = String(word)
      if !words.contains(word) { words.append(word) }
    }
    return words
  }

  private mutating func noteMention(_ id: Int, at position: Int) {
    // kept sorted: most mentions come in reading order and are appended
    if let last = entities[id].mentions.last, last > position {
      entities[id].mentions.insert(position, at: Self.countBefore(position, in: entities[id].mentions))
    } else {
      entities[id].mentions.append(position)
    }
    // (after the mentions of its paragraph and those before: most come in reading order and are appended)
    let paragraph = position >> 32
    if let last = mentionsByParagraph.last, last.position >> 32 > paragraph {
      let after = ParagraphText.partition(mentionsByParagraph.count) {
        mentionsByParagraph[$0].position >> 32 > paragraph
      }
      mentionsByParagraph.insert((id, position), at: after)
    } else {
      mentionsByParagraph.append((id, position))
    }
  }

  private var byAlias: [String: [Int]] = [:]
  /// The type of a name of this article (see `NameTyper`).
  func typing(of name: String, titled: Bool) -> NameTyper.Typing {
    NameTyper.typeRemembered(name, titled: titled)
  }

  static func position(_ paragraph: Int, _ offset: Int) -> Int { paragraph << 32 | offset }

  /// Finds or adds the person named `name`, records a mention and a role.
  /// - Parameter gender: what an honorific before the name says ("Mr Smith"): a single name is no person
  ///   of the other gender ("Sarah Smith").
  @discardableResult
  mutating func register(
    _ rawName: String, role: String?, at position: Int, gender: WorldKnowledge.Gender? = nil
  ) -> Int {
    let name = Self.canonical(rawName)
    let key = name.lowercasedQuickly()
    let wordCount = name.wordCount
    // (room for an article's names at once: a dictionary grown from empty rehashes its keys at each doubling)
    if byAlias.isEmpty { byAlias = Dictionary(minimumCapacity: 16) }
    let id: Int
    if wordCount >= 2, let found = byAlias[key]?.first {
      id = found
    } else if wordCount == 2, let found = person(titledAs: name) {
      id = found
    } else if wordCount >= 2 {
      // a longer form of a known single name ("Poast" then "Paul Poast") merges into it
      let surname = Self.familyName(of: name)
      if let single = byAlias[surname]?.first(where: { entities[$0].name.wordCount == 1 }) {
        id = single
        entities[id].name = name
      } else {
        id = entities.count
        entities.append(Entity(name: name))
      }
      byAlias[key, default: []].append(id)
      byAlias[surname, default: []].append(id)
      if (organisationFilings[name]?.words.count ?? 0) >= 2 { entities[id].isOrganisation = true }
      // a surname with its particles names the person too: "de Souza" of "Rita de Souza"
      // (a particle needs a word before it and the surname after it: three words at least)
      if wordCount >= 3 {
        for withParticles in PeopleIndex.surnames(of: key).dropFirst() {
          byAlias[withParticles, default: []].append(id)
        }
      }
    } else if let found = resolveSurname(name, before: Int.max, gender: gender) {
      id = found
    } else {
      id = entities.count
      entities.append(Entity(name: name))
      byAlias[key, default: []].append(id)
    }
    if let gender, wordCount == 1 { entities[id].noteGender(gender) }
    if let role, let cleaned = Self.trimmedRole(role), !entities[id].hasRole(given: cleaned) {
      entities[id].addRole(cleaned)
    }
    noteMention(id, at: position)
    return id
  }

  mutating func addMention(_ id: Int, at position: Int) { noteMention(id, at: position) }

  /// The words after a family name that tell a father from a son: "Brent Bozell III", "Tom Reed Jr.".
  static let generationalSuffixes: WordSet = ["ii", "iii", "iv", "jr", "sr"]

  /// Whether `word` (in lower case) tells a father from a son: "iii", "jr.".
  static func isGenerationalSuffix(_ word: some StringProtocol) -> Bool {
    generationalSuffixes.contains(word.hasSuffix(".") ? String(word.dropLast()) : String(word))
  }

  /// The name a reader is shown for the person `id`: a son's "Jr" (a father's "Sr") stays where it tells him
  /// from someone else the article names ("Tom Reed Jr" beside "Tom Reed"), and is left off where it tells no
  /// one apart, as news writes the name after its first mention ("Tom Reed").
  func shownName(of id: Int) -> String {
    let name = entities[id].name
    // (the last three bytes read first, in place: most names end in no suffix)
    var last = name.utf8.reversed().makeIterator()
    guard let second = last.next(), second | 0x20 == 0x72, let first = last.next(),
      first | 0x20 == 0x6A || first | 0x20 == 0x73, last.next() == 0x20, name.wordCount >= 3,
      let space = name.lastIndex(of: " ")
    else { return name }
    let base = String(name[..<space])
    let sharesBase = entities.indices.contains { other in
      other != id
        && (entities[other].name == base
          || (entities[other].name.hasPrefix(base + " ")
            && Self.isGenerationalSuffix(entities[other].name.dropFirst(base.count + 1).lowercased())))
    }
    return sharesBase ? name : base
  }

  /// A name's family name in lower case: its last word, or the one before a generational suffix ("reed" of
  /// "Tom Reed III" or "Tom Reed Jr."), which a bare "Reed" names.
  static func familyName(of name: String) -> String {
    let last = name.lastWord.lowercasedQuickly()
    guard isGenerationalSuffix(last) else { return last }
    return String(name.dropLast(last.count + 1)).lastWord.lowercasedQuickly()
  }

  /// A role without surrounding spaces and commas, or nil when nothing is left.
  static func trimmedRole(_ role: String) -> String? {
    // an age is no role: "Mary Jones, 54,"
    if role.unicodeScalars.allSatisfy({ $0 == " " || $0 == "," || ("0"..."9").contains($0) }) { return nil }
    let scalars = role.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end && (scalars[start] == " " || scalars[start] == ",") { start = scalars.index(after: start) }
    while end > start && (scalars[scalars.index(before: end)] == " " || scalars[scalars.index(before: end)] == ",") {
      end = scalars.index(before: end)
    }
    guard start < end else { return nil }
    return start == scalars.startIndex && end == scalars.endIndex ? role : String(scalars[start..<end])
  }

  /// The entity a single name refers to: of the people with that surname (or first name), the one
  /// mentioned most before `position`, then the one mentioned last. With "Joan Tate" the subject of an article
  /// and "Sam Tate" named in passing, "Tate said" is Joan.
  /// With a `gender` (an honorific's: "Mr Smith"), a person of the other gender is passed over.
  func resolveSurname(_ name: String, before position: Int, gender: WorldKnowledge.Gender? = nil) -> Int? {
    resolveSurname(key: Self.canonical(name).lowercasedQuickly(), before: position, gender: gender)
  }

  /// `resolveSurname` of one word of a paragraph: its lower-cased stem is the key when `canonical` leaves the
  /// stem as it is (no dot and no "’s" left in it), and no string is made.
  func resolveSurname(word token: Token, before position: Int) -> Int? {
    guard !byAlias.isEmpty else { return nil }
    // (a word opens with a letter or a digit and holds no comma; its "’s" is told on its bytes)
    let stem = token.stem
    let bytes = stem.utf8.dropLast()
    let apostropheS = (stem.utf8.last == 0x73 || stem.utf8.last == 0x53)
      && (bytes.last == 0x27 || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0x99]))
    if token.endsWithDot || apostropheS { return resolveSurname(stem, before: position) }
    return resolveSurname(key: token.stemLower, before: position, gender: nil)
  }

  private func resolveSurname(key: String, before position: Int, gender: WorldKnowledge.Gender?) -> Int? {
    guard let all = byAlias[key] else { return nil }
    let ids = gender == nil ? all : all.filter { entities[$0].gender == nil || entities[$0].gender == gender }
    guard var best = ids.first else { return nil }
    var bestScore = (mentions(best, before: position), latest(best, before: position))
    for id in ids.dropFirst() where id != best {
      let score = (mentions(id, before: position), latest(id, before: position))
      if score > bestScore { (best, bestScore) = (id, score) }
    }
    return best
  }

  /// The one person of two names or more whose first name is `name`: a knight or a dame named by the
  /// title and the first name ("Sir Hugh" of "Sir Hugh Penn"), a family name written first ("Park" of
  /// "Park Ji-hoon"). Nil when none or several have it, or when the name goes on with a common word, as a
  /// caption's does ("Crane Speech").
  func person(withFirstName name: String) -> Int? {
    let key = name.lowercasedQuickly()
    let found = entities.indices.filter { id in
      let words = entities[id].nameWords
      return words.count >= 2 && words[0] == key && !entities[id].isOrganisation
        && !WorldKnowledge.shared.isCommonWord(words[words.count - 1], within: 2000)
    }
    return found.count == 1 ? found[0] : nil
  }

  /// The one person of a longer name whom a monarch's, a prince's or a pope's title and one of their names
  /// stand for, the title being among their roles: "Princess Ubolratana" of "Princess Ubolratana Mahidol" (not
  /// "Prince Harry" of a "Harry Kane" no one calls a prince). Nil when none or several are.
  func person(titledAs name: String) -> Int? {
    // (the first word is told before the name is split: most names open with no such title, of four to eight
    // letters)
    // (the titles open with D, K, P, Q or S: "Duke", "King", "Pope", "Queen", "Sheikh")
    switch (name.utf8.first ?? 0) & 0xDF {
    case 0x44, 0x4B, 0x50, 0x51, 0x53: break
    default: return nil
    }
    guard let space = name.utf8.firstIndex(of: 0x20),
      case let length = name.utf8.distance(from: name.utf8.startIndex, to: space),
      length >= 4 && length <= 8, Lexicon.regnalTitles.contains(String(name[..<space]).lowercasedQuickly())
    else { return nil }
    let words = Entity.lowerWords(of: name)
    guard words.count == 2 else { return nil }
    var found: Int? = nil
    for (id, entity) in entities.enumerated()
    where entity.nameWords.count >= 2 && entity.nameWords.contains(words[1]) && entity.roleWords.contains(words[0])
      && !entity.isOrganisation
    {
      if found != nil { return nil }
      found = id
    }
    return found
  }

  /// The one person of three names or more whose inner name (neither first nor last) is `name`: a second
  /// family name ("Ríos" of "Marta Ríos Delgado"). Nil when none or several have it.
  func person(withInnerName name: String) -> Int? {
    let key = name.lowercasedQuickly()
    var found: Int? = nil
    for (id, entity) in entities.enumerated() {
      let words = entity.nameWords
      guard words.count >= 3, words.dropFirst().dropLast().contains(key) else { continue }
      if found != nil { return nil }
      found = id
    }
    return found
  }

  /// The one person of two names or more whose family name is `name` spelt with one letter changed, added
  /// or left out, as one name is transliterated two ways in one article ("Rahman" of "Idris Rehman"); names
  /// of five letters or more that open with the same letter. Nil when none or several are.
  func person(withSurnameSpeltLike name: String) -> Int? {
    let key = Array(name.lowercasedQuickly().unicodeScalars)
    guard key.count >= 5 else { return nil }
    var found: Int? = nil
    // (on the lower-cased words each person keeps, the first letter first: most differ there)
    for (id, entity) in entities.enumerated() where entity.nameWords.count >= 2 && !isOrganisation(id) {
      guard let last = entity.nameWords.last, last.unicodeScalars.first == key.first else { continue }
      let other = Array(last.unicodeScalars)
      guard other != key, Self.differByOneLetter(key, other) else { continue }
      if found != nil && found != id { return nil }
      found = id
    }
    return found
  }

  /// Whether two spellings differ by one letter changed, added or left out.
  static func differByOneLetter(_ one: [Unicode.Scalar], _ other: [Unicode.Scalar]) -> Bool {
    let (short, long) = one.count <= other.count ? (one, other) : (other, one)
    guard long.count - short.count <= 1 else { return false }
    guard let first = short.indices.first(where: { short[$0] != long[$0] }) else { return true }
    // the rest after the first difference: the same past it (changed), or the longer's past it (added)
    let skip = short.count == long.count ? 1 : 0
    return short[(first + skip)...] == long[(first + 1)...]
  }

  /// The one person of two or three names whose initials are `letters` (capitals, "NG" of "Natasha
  /// Gownaris"), as an interview's transcript labels its speakers. Nil when none or several have them.
  func person(withInitials letters: String) -> Int? {
    var found: Int? = nil
    let asciiLetters = letters.utf8.allSatisfy { $0 < 0x80 } ? Array(letters.utf8) : nil
    for (id, entity) in entities.enumerated() where !isOrganisation(id) {
      // (an ASCII name's initials read on its bytes, with no words made; others by their characters)
      if let asciiLetters, entity.name.utf8.allSatisfy({ $0 < 0x80 }) {
        guard Self.asciiInitials(of: entity.name) == asciiLetters else { continue }
      } else {
        let words = entity.name.spaceSeparatedWords
        guard words.count == letters.count, String(words.compactMap(\.first)) == letters else { continue }
      }
      if found != nil { return nil }
      found = id
    }
    return found
  }

  /// The first byte of each word of an ASCII name, its words parted by spaces: "NG" of "Nell Grady".
  static func asciiInitials(of name: String) -> [UInt8] {
    var initials: [UInt8] = []
    var previous: UInt8 = 0x20
    for byte in name.utf8 {
      if previous == 0x20 && byte != 0x20 { initials.append(byte) }
      previous = byte
    }
    return initials
  }

  /// How often `id` was mentioned before `position`.
  func mentions(_ id: Int, before position: Int) -> Int {
    Self.countBefore(position, in: entities[id].mentions)
  }

  /// How many of the sorted `positions` are below `position` (a binary search).
  static func countBefore(_ position: Int, in positions: [Int]) -> Int {
    ParagraphText.partition(positions.count) { positions[$0] >= position }
  }

  /// Where `id` was last mentioned before `position` (-1 when it was not).
  func latest(_ id: Int, before position: Int) -> Int {
    let count = Self.countBefore(position, in: entities[id].mentions)
    return count > 0 ? entities[id].mentions[count - 1] : -1
  }

  /// The person mentioned last before `position`, skipping mentions inside `excluding`.
  ///
  /// With a `gender` ("she": female), a person whose first name names the other gender only is passed
  /// over: in "… signed by the mayor, Peter Holm. She asked …" the words are not his.
  func latestPerson(
    before position: Int, excluding: Range<Int>? = nil, within window: Int = 4 << 32,
    gender: WorldKnowledge.Gender? = nil
  ) -> Int? {
    var best: (id: Int, position: Int)? = nil
    let first = max(0, position - window) >> 32
    guard first <= position >> 32 else { return nil }
    // the mentions of paragraphs `first` to the position's
    var index = ParagraphText.partition(mentionsByParagraph.count) { mentionsByParagraph[$0].position >> 32 >= first }
    while index < mentionsByParagraph.count && mentionsByParagraph[index].position >> 32 <= position >> 32 {
      let (id, mention) = mentionsByParagraph[index]
      index += 1
      guard mention < position && mention >= position - window && !(excluding?.contains(mention) ?? false)
        && !entities[id].isOrganisation
        && (gender == nil || entities[id].gender == nil || entities[id].gender == gender)
      else { continue }
      // the latest mention; of two at one place, the person registered first
      if best == nil || mention > best!.position || (mention == best!.position && id < best!.id) {
        best = (id, mention)
      }
    }
    return best?.id
  }

  /// The person whose role fits a role noun ("the Russian leader" → "Russian President"), or holds it
  /// when the noun has no class of synonyms ("the actress" → "Actress Nora Pell").
  /// - Parameter words: the phrase's words in lower case, when known: a role with its head that another office's
  ///   word makes another ("shadow health secretary") is not the one a phrase without it names ("the secretary").
  /// - Parameter text: the phrase that names the role, whose words an office's other words must be among.
  func resolveRole(head: String, qualifiers: [String], before position: Int, wordsOf text: String? = nil) -> Int? {
    let roleClass = Lexicon.roleClasses[head]
    // (a title that is also a body's word names the body: "the Senate", "the state")
    guard roleClass != nil || (Lexicon.titles.contains(head) && !WordClass.of(head).contains(.organisationWord))
    else { return nil }
    var candidates: [(id: Int, mention: Int, holdsTheNoun: Bool)] = []
    // (the phrase's words, made only when a role asks, and once)
    lazy var words = text.map { Set($0.lowercasedQuickly().spaceSeparatedWords.map(String.init)) } ?? []
    for (id, entity) in entities.enumerated() {
      let roleWords = entity.roleWords
      guard !roleWords.isEmpty else { continue }
      let fits = roleClass.map { entity.roleClasses.contains($0) } == true || roleWords.contains(head)
      guard fits else { continue }
      // (when the role has the phrase's own head: "the expert" may be an "assistant professor")
      if text != nil, roleWords.contains(head), roleWords.contains(where: Lexicon.otherOfficeWords.contains),
        !words.isEmpty, roleWords.contains(where: { Lexicon.otherOfficeWords.contains($0) && !words.contains($0) })
      {
        continue
      }
      if !qualifiers.isEmpty {
        let qualifies = qualifiers.contains { qualifier in
          roleWords.contains { $0.hasPrefix(String(qualifier.prefix(5))) }
        }
        if !qualifies { continue }
      }
      candidates.append((id, latest(id, before: position), roleWords.contains(head)))
    }
    // (one who holds the noun itself wins over one whose role is only of its class: "the chancellor" is Chancellor
    // Berta Holm, not "union head" Jonas Pike named after her)
    var mentioned = candidates.filter { $0.mention >= 0 }
    if mentioned.contains(where: \.holdsTheNoun) { mentioned.removeAll { !$0.holdsTheNoun } }
    if let best = mentioned.max(by: { $0.mention < $1.mention }) { return best.id }
    return candidates.count == 1 ? candidates[0].id : nil
  }

  /// The head of a polity ("Russia", "the Kremlin", "the Russian side") when the article names one.
  func resolveHead(of demonym: String, before position: Int) -> Int? {
    resolveRole(head: "leader", qualifiers: [demonym], before: Int.max)
  }
}
