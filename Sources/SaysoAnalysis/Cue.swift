/// A reporting cue found at a token: its words, lemma and category.
struct Cue {
  var first: Int
  /// One past the last token of the cue ("called for", "summed up", "is sure").
  var end: Int
  var lemma: String
  var category: CueLexicon.Category
  var text: String
}

enum CueFinder {
  static let particles: [String: Set<String>] = [
    "call": ["for", "on", "upon"], "sum": ["up"], "point": ["out"], "push": ["for"], "press": ["for"],
    "put": ["forward"], "weigh": ["in"], "speak": ["out"], "lay": ["out"], "spell": ["out"],
  ]
  static let extra: [String: (String, CueLexicon.Category)] = [
    "summed": ("sum-up", .statement), "sums": ("sum-up", .statement), "pointed": ("point-out", .statement),
    "points": ("point-out", .statement), "pushed": ("push-for", .proposal), "pressed": ("press-for", .proposal),
    "put": ("put-forward", .proposal), "weighed": ("weigh-in", .statement),
    "spoke": ("speak-out", .statement),
  ]
  static let beliefAdjectives: Set<String> = ["sure", "convinced", "confident", "certain", "adamant", "positive"]
  /// Every word that can start a cue: one look-up rules out the rest.
  static let anyCueWord: Set<String> = Set(CueLexicon.table.keys).union(extra.keys).union(beliefAdjectives)
  /// Prepositions after which a cue word is a noun.
  static let nounPrepositions: Set<String> = ["of", "in", "at", "for", "from", "across", "per", "among", "into"]
  static let copulas: Set<String> = ["is", "was", "are", "were", "remains", "remained", "be", "been", "'s", "’s"]

  /// The cue starting at token `i` (outside quotes), if any; computed once per paragraph.
  @inline(__always) static func cue(_ p: ParagraphText, at i: Int) -> Cue? { p.cues[i] }

  /// Finds the cue at token `i` from the words themselves.
  static func compute(_ p: ParagraphText, at i: Int) -> Cue? {
    let t = p.tokens[i]
    guard t.kind == .word, t.quote == nil else { return nil }
    let l = t.lower
    guard t.classes.contains(.cueWord) else { return nil }
    // a capitalised word inside a sentence is a name, not a verb ("the United States")
    // (and a capitalised verb opening a sentence is rare in news: "State Department", "Report:")
    if t.isCapitalized { return nil }
    // after a determiner or a possessive the word is a noun: "Clinton’s comments", "the question"
    if i > 0, p.tokens[i - 1].isPossessive || p.tokens[i - 1].classes.contains(.determiner) {
      return nil
    }
    // after a preposition too: "secretary of state", "in all 50 states", "for comment"
    if i > 0, nounPrepositions.contains(p.tokens[i - 1].lower) { return nil }
    // is sure / convinced / confident (that)
    if beliefAdjectives.contains(l), i > 0, copulas.contains(p.tokens[i - 1].lower) {
      return Cue(first: i - 1, end: i + 1, lemma: "be-" + l, category: .belief, text: p.text(tokens: (i - 1)..<(i + 1)))
    }
    if let (lemma, cat) = extra[l] {
      let base = lemma.split(separator: "-").first.map(String.init) ?? lemma
      if i + 1 < p.tokens.count, let parts = particles[base], parts.contains(p.tokens[i + 1].lower) {
        return Cue(first: i, end: i + 2, lemma: lemma, category: cat, text: p.text(tokens: i..<(i + 2)))
      }
      return nil
    }
    guard let (lemma, cat) = CueLexicon.lookup(l) else { return nil }
    if lemma == "call" || lemma == "point" {
      // "called Clinton a liar": calling someone something is a statement about them
      if lemma == "call", t.lower == "called" || t.lower == "calls", i + 2 < p.tokens.count,
        !particles[lemma]!.contains(p.tokens[i + 1].lower), p.tokens[i + 1].quote == nil,
        p.tokens[i + 1].isCapitalized || Lexicon.personalPronouns.contains(p.tokens[i + 1].lower)
          || p.tokens[i + 1].classes.contains(.determiner)
      {
        return Cue(first: i, end: i + 1, lemma: "call-name", category: .statement, text: t.text)
      }
      guard i + 1 < p.tokens.count, particles[lemma]!.contains(p.tokens[i + 1].lower) else { return nil }
      let name = lemma == "call" ? "call-" + p.tokens[i + 1].lower : "point-out"
      return Cue(
        first: i, end: i + 2, lemma: name, category: lemma == "call" ? .proposal : .statement,
        text: p.text(tokens: i..<(i + 2)))
    }
    return Cue(first: i, end: i + 1, lemma: lemma, category: cat, text: t.text)
  }
}
