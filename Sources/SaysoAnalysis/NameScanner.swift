/// Registers every person named in a paragraph (outside quotes), with the title before the name
/// ("Russian President Vladimir Putin") and an appositive after it ("Paul Poast, an assistant professor …,").
enum NameScanner {
  static let notNames: Set<String> = [
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "for", "with", "by", "from", "to",
    "of", "after", "before", "when", "while", "since", "despite", "although", "though", "however", "this",
    "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "he", "she", "they", "i",
    "there", "then", "now", "so", "yet", "still", "even", "also", "unfortunately", "nevertheless",
    "instead", "thus", "meanwhile", "according", "apart", "addressing", "especially", "whether", "what",
    "who", "how", "why", "where", "read", "rpt", "analysis", "update", "breaking", "mr", "mrs", "ms",

    "along", "over", "about", "above", "across", "against", "among", "around", "behind", "below", "beside",
    "between", "beyond", "during", "except", "inside", "near", "off", "outside", "through", "throughout",
    "toward", "towards", "under", "until", "upon", "within", "without", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundreds", "thousands", "many",
    "most", "some", "several", "both", "each", "every", "all", "any", "few", "more", "less", "other", "others",
    "first", "last", "next", "later", "yes", "no", "not", "only", "just", "like", "unlike", "following",
  ]

  static func register(_ p: ParagraphText, into registry: inout EntityRegistry) {
    var i = 0
    let n = p.tokens.count
    while i < n {
      guard p.tokens[i].quote == nil, SpeakerPhraseParser.isNameToken(p, i), p.tokens[i].kind == .word else {
        i += 1
        continue
      }
      var j = i
      while j < n && p.tokens[j].quote == nil
        && (SpeakerPhraseParser.isNameToken(p, j)
          || (j + 1 < n && p.tokens[j].classes.contains(.nameParticle) && SpeakerPhraseParser.isNameToken(p, j + 1)))
      {
        j += 1
      }
      var a = i
      while a < j && p.tokens[a].classes.contains(.notName) && !p.tokens[a].classes.contains(.honorific) { a += 1 }
      // lower-case title words before the run: "pollster Pat Caddell"
      var pre = a
      while pre - 1 >= 0 && p.tokens[pre - 1].kind == .word && !p.tokens[pre - 1].isCapitalized
        && p.tokens[pre - 1].classes.contains(.title) && p.tokens[pre - 1].quote == nil
      {
        pre -= 1
      }
      if j - a == 1 && pre == a && p.tokens[a].kind == .word {
        // a single capitalised word: only a mention of someone already known ("Putin")
        if let id = registry.resolveSurname(p.tokens[a].stem, before: Int.max) {
          registry.addMention(id, at: EntityRegistry.position(p.index, p.tokens[a].start))
        }
      } else if a < j, let sp = SpeakerPhraseParser.parse(p, pre..<j), sp.kind == .organisation {
        // remembered for "the company said", "the ministry said"
        registry.noteOrganisation(sp.name, at: EntityRegistry.position(p.index, p.tokens[a].start))
      } else if a < j, let sp = SpeakerPhraseParser.parse(p, pre..<j), sp.kind == .person,
        case let typing = registry.typing(of: EntityRegistry.canonical(sp.name), titled: NameTyper.isTitled(sp)),
        typing.kind == .person
      {
        let name = typing.name
        let words = name.wordCount
        let pos = EntityRegistry.position(p.index, p.tokens[a].start)
        var role = sp.role
        if j + 1 < n, p.tokens[j].scalar == ",", let apposEnd = appositiveEnd(p, j + 1) {
          role = [role, p.text(tokens: (j + 1)..<apposEnd)].compactMap { $0 }.joined(separator: ", ")
        }
        if words >= 2 {
          registry.register(name, role: role, at: pos)
        } else if let id = registry.resolveSurname(name, before: Int.max) {
          registry.addMention(id, at: pos)
          if let role { registry.register(registry.entities[id].name, role: role, at: pos) }
        }
      }
      i = max(j, i + 1)
    }
  }

  /// The end of an appositive starting at `from` ("an assistant professor … of Chicago"), if it is one.
  static func appositiveEnd(_ p: ParagraphText, _ from: Int) -> Int? {
    guard from < p.tokens.count else { return nil }
    let first = p.tokens[from]
    let startsRole =
      ["a", "an", "the"].contains(first.lower)
      || (first.classes.contains(.title) && !first.isCapitalized)
      || (first.classes.contains(.title) && first.isCapitalized)
    guard startsRole else { return nil }
    var k = from
    var sawRole = false
    while k < p.tokens.count && k < from + 30 {
      let t = p.tokens[k]
      if t.scalar == "," || t.scalar == ";"
        || (t.scalar == "." && k + 1 < p.tokens.count && p.tokens[k + 1].isCapitalized) || t.quote != nil
      {
        break
      }
      if Lexicon.roleClasses[t.lower] != nil || t.classes.contains(.title) { sawRole = true }
      if t.classes.contains(.clauseWord) && (t.lower == "who" || t.lower == "which" || t.lower == "that")
        || p.cues[k].map({ $0.lemma == "say" || $0.lemma == "tell" }) == true
      {
        return nil
      }
      k += 1
    }
    return sawRole && k > from ? k : nil
  }
}
