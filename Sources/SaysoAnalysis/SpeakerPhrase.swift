import SaysoCore

/// The words that name who speaks, as found in a frame, before resolution to a person.
struct SpeakerPhrase: Equatable {
  enum Kind: Equatable {
    /// A capitalised personal name ("Paul Poast", "Poast", "Mr. Podesta").
    case person
    /// he, she, I, we, him …
    case pronoun
    /// A singular role or source noun ("the president", "a source", "the Russian leader").
    case nominal
    /// A plural or anonymous source ("experts", "officials", "they").
    case group
    /// An organisation or place ("the IMF", "The Post", "Russia", "the Kremlin").
    case organisation
  }

  var kind: Kind
  /// The whole phrase as it stands: the mention.
  var text: String
  /// The name for `.person` (without role words), else the phrase without a leading determiner.
  var name: String
  /// The role from a title or an appositive ("Russian President", "an assistant professor …").
  var role: String?
  /// Lower-cased head noun and its modifiers, for role-noun resolution ("leader", ["russian"]).
  var head: String = ""
  var modifiers: [String] = []
  /// Token range of the phrase in its paragraph.
  var tokens: Range<Int>
  /// The layout itself says a person speaks here (a transcript label "WALLACE:"), whatever the name.
  var isLabel = false
}

/// Parses token ranges into speaker phrases.
enum SpeakerPhraseParser {
  /// Document nouns whose possessor is the speaker: "the Russian leader’s address".
  static let documentNouns: Set<String> = [
    "address", "statement", "speech", "words", "remarks", "letter", "article", "op-ed", "message", "tweet",
    "post", "interview", "testimony", "comments",
  ]

  static let leadingMarks: Set<String> = ["–", "—", "-", "“", "”", "\"", "("]

  /// Words that start a modifier after a source noun's head.
  static let postModifiers: Set<String> = [
    "of", "at", "with", "from", "for", "interviewed", "polled", "surveyed", "familiar", "close", "in", "on",
    "quoted", "cited", "contacted", "asked", "briefed", "involved", "working",
  ]

  /// Whether token `i` can be part of a capitalised name run.
  static func isNameToken(_ p: ParagraphText, _ i: Int) -> Bool {
    let t = p.tokens[i]
    if t.kind == .word && t.isCapitalized { return true }
    if t.kind == .punct && t.scalar == "." && i > 0 {
      // the dot of an initial or of a title abbreviation: "R.", "Mr.", "Jr."
      let prev = p.tokens[i - 1]
      return prev.end == t.start && prev.isCapitalized
        && (prev.text.count == 1 || SentenceSplitter.titles.contains(prev.lower))
    }
    return false
  }

  /// The capitalised run that ends at token `end - 1`, allowing particles inside ("Abu Bakr al-Baghdadi").
  static func nameRun(_ p: ParagraphText, endingAt end: Int, from lower: Int) -> Range<Int>? {
    var i = end - 1
    guard i >= lower, isNameToken(p, i), p.tokens[i].scalar != "." || i > lower else { return nil }
    while i - 1 >= lower {
      if isNameToken(p, i - 1) {
        i -= 1
      } else if i - 2 >= lower && p.tokens[i - 1].classes.contains(.nameParticle)
        && isNameToken(p, i - 2)
      {
        i -= 2
      } else {
        break
      }
    }
    return i..<end
  }

  /// Capital letters (and dots) only: "IMF", "U.S.".
  static func isAcronym(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    word.allSatisfy { ($0.value >= 65 && $0.value <= 90) || $0 == "." || (!$0.isASCII && $0.properties.isUppercase) }
  }

  /// Whether a capitalised run names an organisation or a polity: it holds an organisation word or an
  /// acronym, or it is a news outlet, a country, state or continent, or a seat of power (data/).
  static func isOrganisation(_ p: ParagraphText, _ r: Range<Int>) -> Bool {
    let world = WorldKnowledge.shared
    for i in r {
      let t = p.tokens[i]
      guard t.kind == .word else { continue }
      if world.organisationWords.contains(t.stemLower) { return true }
      if t.end - t.start >= 2 && t.end - t.start <= 6 && isAcronym(p.scalars[t.start..<t.end]) {
        return true  // an acronym: IMF, FBI, NAACP, U.S.
      }
    }
    var a = r.lowerBound
    if r.count >= 2 && p.tokens[a].lower == "the" { a += 1 }
    guard r.upperBound - a <= 4, world.polityFirstWords.contains(p.tokens[a].stemLower) else { return false }
    let key = nameKey((a..<r.upperBound).map { p.tokens[$0].stem }.joined(separator: " "))
    if world.outlets.contains(key) || world.seatsOfPower[key] != nil { return true }
    if let place = world.places[key], place != .city { return true }
    return false
  }

  /// Whether a capitalised word is a demonym or adjective that can precede a title ("Russian", "Democratic").
  static func isDemonym(_ lower: String) -> Bool {
    lower.hasSuffix("ian") || lower.hasSuffix("ese") || lower.hasSuffix("ish") || lower.hasSuffix("ist")
      || lower.hasSuffix("can") || lower.hasSuffix("ic") || lower == "former" || lower == "us"
      || lower == "u.s." || lower == "french" || lower == "dutch" || lower == "greek" || lower == "thai"
      || lower == "israeli" || lower == "iraqi" || lower == "pakistani" || lower == "saudi"
      || lower == "then" || lower == "new"
  }

  /// Parses a range that should be exactly a subject noun phrase. Returns nil when it is not one.
  /// - Parameter commonNouns: also accept any noun phrase opened by a determiner ("the NFL legend"), for
  ///   the subject of a strong reporting verb.
  static func parse(_ p: ParagraphText, _ range: Range<Int>, commonNouns: Bool = false) -> SpeakerPhrase? {
    var a = range.lowerBound
    let b = range.upperBound
    guard a < b else { return nil }
    // drop leading openers ("But", "And") and quote marks / dashes
    while a < b
      && (p.tokens[a].classes.contains(.sentenceOpener)
        || (p.tokens[a].kind == .punct && leadingMarks.contains(p.tokens[a].text)))
    {
      a += 1
    }
    guard a < b else { return nil }
    // a party or place in brackets: "Gov. Pat McCrory (R)", "Rep. Adam Schiff (D-Calif.)"
    if p.tokens[b - 1].scalar == ")",
      let open = stride(from: b - 2, through: max(a, b - 8), by: -1).first(where: { p.tokens[$0].scalar == "(" }),
      open > a
    {
      guard var inner = parse(p, a..<open) else { return nil }
      inner.tokens = a..<b
      return inner
    }
    let last = p.tokens[b - 1]
    // Pronouns
    if b - a == 1 && last.kind == .word {
      var l = last.lower
      for suffix in ["’s", "'s"] where l.hasSuffix(suffix) && Token.contractionStems.contains(String(l.dropLast(2))) {
        l = String(l.dropLast(2))  // "He’s claiming"
      }
      if Lexicon.personalPronouns.contains(l) && l != "we" && l != "us" {
        return SpeakerPhrase(kind: .pronoun, text: last.text, name: last.text, tokens: a..<b)
      }
      if Lexicon.groupPronouns.contains(l) {
        return SpeakerPhrase(kind: .group, text: last.text, name: last.text, head: l, tokens: a..<b)
      }
    }
    // Appositive: NAME, ROLE,
    if last.scalar == ",", b - a >= 4 {
      if let c = (a..<(b - 1)).first(where: { p.tokens[$0].scalar == "," }), c > a {
        if var person = parse(p, a..<c), person.kind == .person || person.kind == .organisation {
          let roleText = p.text(tokens: (c + 1)..<(b - 1))
          if !roleText.isEmpty && b - 1 - (c + 1) <= 30 {
            // a relative clause describes, it names no role: "Markham Robinson, whose Twitter bio …,"
            if person.kind == .person && !["who", "whose", "whom", "which"].contains(p.tokens[c + 1].lower) {
              person.role = roleText
            }
            person.tokens = a..<b
            person.text = p.text(tokens: a..<(b - 1))
            return person
          }
        }
      }
      return nil
    }
    // Possessor of a document: "the Russian leader’s address", "Putin’s statement"
    if last.kind == .word, documentNouns.contains(last.lower), b - a >= 2 {
      var k = b - 2
      while k > a && !p.tokens[k].isPossessive && p.tokens[k].classes.contains(.title) == false
        && p.tokens[k].kind == .word && !p.tokens[k].isCapitalized
      {
        k -= 1  // "Putin’s latest address"
      }
      if p.tokens[k].isPossessive {
        if var inner = parse(p, a..<(k + 1)) {
          inner.tokens = a..<b
          return inner
        }
      }
    }
    // A source noun with a modifier after it: "experts interviewed by Izvestia", "a spokesman for the Kremlin"
    var firstNoun = a
    while firstNoun < b - 1 && p.tokens[firstNoun].classes.contains(.determiner) { firstNoun += 1 }
    let nounFirst = p.tokens[firstNoun].stemLower
    let startsWithSourceNoun =
      firstNoun + 1 < b
      && (Lexicon.groupNouns.contains(nounFirst) || Lexicon.sourceNouns.contains(nounFirst))
      && p.tokens[firstNoun + 1].classes.contains(.postModifier)
    // A capitalised run at the end: a person or an organisation.
    if !startsWithSourceNoun, var run = nameRun(p, endingAt: b, from: a) {
      // "I" is a pronoun, even capitalised after a word: "Once I", "Well I"
      let lastLower = p.tokens[b - 1].lower
      if lastLower == "i" || lastLower == "i’m" || lastLower == "i'm" {
        return SpeakerPhrase(
          kind: .pronoun, text: p.tokens[b - 1].text, name: p.tokens[b - 1].text, tokens: (b - 1)..<b)
      }
      // a capitalised function word opening the sentence is not part of a name: "The", "It", "Afterwards"
      while run.count > 1 || (run.count == 1 && run.lowerBound == a) {
        let first = p.tokens[run.lowerBound]
        guard
          first.classes.contains(.notName) || first.classes.contains(.sentenceOpener)
            || first.classes.contains(.determiner) || first.classes.contains(.clauseWord)
            || first.classes.contains(.cueModifier)
        else { break }
        if run.count == 1 { return nil }
        run = (run.lowerBound + 1)..<run.upperBound
      }
      // a plural source noun at the start of a sentence: "Officials said", "Authorities"
      if run.count == 1, Lexicon.groupNouns.contains(p.tokens[run.lowerBound].stemLower) {
        let text = p.text(tokens: a..<b)
        return SpeakerPhrase(
          kind: .group, text: text, name: text, head: p.tokens[run.lowerBound].stemLower, tokens: a..<b)
      }
      let prefixStart = a
      // split title words from the run: "Russian President Vladimir Putin"
      var nameStart = run.lowerBound
      var k = run.lowerBound
      while k < run.upperBound - 1 {
        let l = p.tokens[k].stemLower
        if Lexicon.titles.contains(l) && !Lexicon.honorifics.contains(l) {
          nameStart = k + 1
        } else if k == nameStart && isDemonym(l) && run.upperBound - k >= 3 {
          nameStart = k + 1
        } else if p.tokens[k].scalar == "." && k == nameStart {
          nameStart = k + 1
        }
        k += 1
      }
      // honorifics stay with the name, but a run may not be only a title
      while nameStart < run.upperBound && p.tokens[nameStart].scalar == "." { nameStart += 1 }
      guard nameStart < run.upperBound else { return nil }
      if b - nameStart == 1
        && (p.tokens[nameStart].classes.contains(.weekday) || p.tokens[nameStart].classes.contains(.month))
      {
        return nil
      }
      let nameRange = nameStart..<b
      let det = a < run.lowerBound ? p.tokens[run.lowerBound - 1].lower : ""
      let text = p.text(tokens: a..<b)
      // a phrase that has lower-case words before the run that are not role words is not a subject:
      // "they did not have intentions of leaving Thailand or Poland"
      for i in prefixStart..<run.lowerBound {
        let t = p.tokens[i]
        if t.kind == .word && !t.isCapitalized && t.classes.contains(.clauseWord) { return nil }
      }
      if b - a > 14 { return nil }
      let afterPreposition = ["of", "at", "in", "from", "with"].contains(det) && nameRange.count == 1
      if isOrganisation(p, nameRange) || (det == "the" && nameStart == run.lowerBound) || afterPreposition {
        let orgStart = (det == "the" && run.lowerBound - 1 >= a) ? run.lowerBound - 1 : nameStart
        let orgText = p.text(tokens: orgStart..<b)
        var org = SpeakerPhrase(
          kind: .organisation, text: orgText, name: orgText, tokens: a..<b)
        org.head = p.tokens[b - 1].stemLower
        org.modifiers = (a..<(b - 1)).map { p.tokens[$0].lower }
        return org
      }
      // words before the name inside the phrase are its role: "longtime Democratic pollster"
      let role = nameStart > prefixStart ? p.text(tokens: prefixStart..<nameStart) : nil
      let cleanedRole = role.flatMap { r -> String? in
        let w = r.split(separator: " ").filter { !Lexicon.determiners.contains($0.lowercased()) }
        return w.isEmpty ? nil : r
      }
      return SpeakerPhrase(
        kind: .person, text: text, name: p.text(tokens: nameRange), role: cleanedRole, tokens: a..<b)
    }
    // A noun phrase: determiner + modifiers + head noun (+ "of …" / participle phrase)
    guard b - a <= 12 else { return nil }
    for i in a..<b where p.tokens[i].kind == .punct && p.tokens[i].scalar != "-" && p.tokens[i].scalar != "’" {
      return nil
    }
    var headIndex = b - 1
    // "the head of the Russian Federation", "experts interviewed by Izvestia"
    if let of = (a..<b).first(where: { p.tokens[$0].classes.contains(.postModifier) }), of > a {
      headIndex = of - 1
    }
    for i in a...headIndex {
      let l = p.tokens[i].lower
      if Lexicon.clauseWords.contains(l) && !(i == a && (l == "that" || l == "this" || l == "these" || l == "those")) {
        return nil
      }
    }
    // a name followed by a past tense is a clause, not a noun phrase: "the Kremlin issued a statement"
    for i in (a + 1)..<max(a + 1, headIndex) where p.tokens[i].lower.hasSuffix("ed") && p.tokens[i - 1].isCapitalized {
      return nil
    }
    let head = p.tokens[headIndex].stemLower
    let text = p.text(tokens: a..<b)
    let mods = (a..<headIndex).map { p.tokens[$0].lower }.filter { !Lexicon.determiners.contains($0) }
    if Lexicon.groupNouns.contains(head) {
      return SpeakerPhrase(kind: .group, text: text, name: text, head: head, modifiers: mods, tokens: a..<b)
    }
    if Lexicon.sourceNouns.contains(head) || Lexicon.roleClasses[head] != nil {
      let first = p.tokens[a].lower
      let plural = first == "two" || first == "three" || first == "several" || first == "some"
      return SpeakerPhrase(
        kind: plural ? .group : .nominal, text: text, name: text, head: head, modifiers: mods, tokens: a..<b)
    }
    if head.hasSuffix("s") && !head.hasSuffix("ss") && p.tokens[a].classes.contains(.determiner) == false
      && b - a <= 3 && p.tokens[headIndex].kind == .word && !p.tokens[headIndex].isCapitalized
    {
      // bare plural: "economists", "Democratic leaders"
      if Lexicon.groupNouns.contains(head) {
        return SpeakerPhrase(kind: .group, text: text, name: text, head: head, modifiers: mods, tokens: a..<b)
      }
    }
    // any other noun phrase opened by a determiner: "the NFL legend", "several nurses", "the lawsuit"
    if commonNouns && isCommonNounPhrase(p, a, headIndex) {
      let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
      return SpeakerPhrase(
        kind: plural ? .group : .nominal, text: text, name: text, head: head, modifiers: mods, tokens: a..<b)
    }
    return nil
  }

  /// A determiner, up to four modifiers and a lower-case noun: "the NFL legend", "a voice-over".
  static func isCommonNounPhrase(_ p: ParagraphText, _ a: Int, _ headIndex: Int) -> Bool {
    guard headIndex > a, headIndex - a <= 4, p.tokens[a].classes.contains(.determiner) else { return false }
    let head = p.tokens[headIndex]
    guard head.kind == .word, !head.isCapitalized, head.quote == nil, !head.classes.contains(.clauseWord),
      !head.classes.contains(.cueModifier), !head.lower.hasSuffix("ly"), !head.lower.hasSuffix("ing"),
      !Lexicon.personalPronouns.contains(head.lower), !Lexicon.groupPronouns.contains(head.lower)
    else { return false }
    // no verb inside: "some patients deceived him" is a clause
    return ((a + 1)..<headIndex).allSatisfy { i in
      let t = p.tokens[i]
      return (t.kind != .punct || t.scalar == "-") && !(t.lower.hasSuffix("ed") && !t.isCapitalized && i > a + 1)
    }
  }
}
