/// Where reported content starts after its cue and where it stops.
extension Attributor {
  /// Reported content ends before a participle or a new clause that follows a comma:
  /// "… for Mrs. Clinton, implicitly putting his name on the line" · "…, but he has also …".
  static func trimmedTail(_ p: ParagraphText, _ first: Int, _ last: Int) -> Int {
    var k = first + 2
    while k < last {
      let t = p.tokens[k]
      let next = p.tokens[k + 1]
      let after = k + 2 <= last ? p.tokens[k + 2].lower : ""
      let closing = isClosingMark(p, k)
      if t.quote == nil && (t.scalar == "," || t.scalar == "–" || t.scalar == "—")
        || (closing && p.text(p.tokens[k].start - 1, p.tokens[k].start) == ",")
      {
        if next.quote == nil && next.kind == .word && !next.isCapitalized && next.lower.hasSuffix("ing")
          && next.lower.count > 5
        {
          return k - (t.scalar == "," ? 1 : 0)
        }
        if closing && ["but", "while", "which", "who"].contains(next.lower) && after != "," {
          return k  // “… a terrible situation,” but stopped short of …
        }
        if ["while", "whereas", "although", "though"].contains(next.lower) && after != "," {
          return closing ? k : k - 1
        }
      }
      // a semicolon outside quotes joins a new sentence: "… was classified; the department has said …"
      if t.quote == nil && t.scalar == ";" && k > first + 2 { return k - 1 }
      // ", and I think …", ", but he stayed …": a coordinated clause with a subject of its own
      if t.quote == nil && t.scalar == "," && k + 2 <= last && clauseCoordinators.contains(next.lower)
        && subjectPronouns.contains(p.tokens[k + 2].lower) && p.tokens[k + 2].quote == nil
      {
        return k - 1
      }
      // "… to the test and warned North Korea …": a second reporting verb starts an attribution of its own
      if t.quote == nil && t.lower == "and" && k > first + 2, let c = p.cues[k + 1],
        next.lower.hasSuffix("ed") || next.lower == "said" || next.lower == "told", c.category != .belief
      {
        return k - 1
      }
      // a quoted phrase ends the content when another clause follows it:
      // … a “disgrace” after she attacked … · … “a con” and encouraged Americans …
      if closing && k + 1 <= last && startsNewClause(p, at: k + 1, limit: last + 1) {
        return k
      }
      k += 1
    }
    return last
  }

  /// Whether the clause after "that" at `that` states something (an auxiliary or a past tense shows a
  /// finite verb: "suggested that the plan had failed", "… that voters are tired") rather than proposes
  /// it in the subjunctive ("suggested that Russia and the US exchange pledges"). A present tense in -s
  /// is not told from a plural noun, so it counts as no evidence.
  static func isIndicativeClause(_ p: ParagraphText, after that: Int, limit: Int) -> Bool {
    var k = that + 1
    while k < limit && k <= that + 8 && p.tokens[k].quote == nil {
      let word = p.tokens[k]
      if word.kind == .word && !word.isCapitalized && !word.classes.contains(.determiner) {
        if finiteVerbs.contains(word.lower) || word.lower.hasSuffix("ed") { return true }
        if ["should", "must"].contains(word.lower) { return false }
      }
      k += 1
    }
    return false
  }

  /// Auxiliaries and copulas that show a finite clause.
  static let finiteVerbs: Set<String> = [
    "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might", "did",
    "does", "won't", "can't", "isn't", "wasn't", "didn't", "doesn't",
  ]

  /// Conjunctions that join a second clause: ", and …", ", but …".
  static let clauseCoordinators: Set<String> = ["and", "but", "yet", "so"]
  /// Pronouns that open a clause as its subject.
  static let subjectPronouns: Set<String> = ["i", "he", "she", "we", "they", "it", "you", "there"]

  /// Where the content starts after a cue (at "that" when there is one), and whether "that", ":" or a
  /// quote marks it explicitly.
  static func contentAfterCue(_ p: ParagraphText, _ cue: Cue, _ limit: Int) -> (Int, Bool)? {
    var j = cue.end
    guard j < limit else { return nil }
    if CueLexicon.takingAddressee.contains(cue.lemma) {
      // skip the addressee: "told Izvestia", "told The Associated Press", "told him"
      if p.tokens[j].classes.contains(.objectWord) {
        j += 1
      } else if let run = SpeakerPhraseParser.nameRun(p, endingAt: j + 1, from: j), run.lowerBound == j {
        var e = j
        while e < limit && SpeakerPhraseParser.isNameToken(p, e) { e += 1 }
        j = e
      } else if p.tokens[j].classes.contains(.determiner) {
        var e = j + 1
        while e < limit && e < j + 5 && p.tokens[e].kind == .word && p.tokens[e].lower != "that" { e += 1 }
        if e < limit && p.tokens[e].lower == "that" { j = e }
      }
    }
    guard j < limit else { return nil }
    // adjuncts before an explicit "that" / ":"
    var k = j
    while k < limit && k < j + 9 {
      let t = p.tokens[k]
      // the complementizer belongs to the content: "said [that the vote was fair]"
      if t.lower == "that" && t.quote == nil { return k + 1 < limit ? (k, true) : nil }
      if t.scalar == ":" || t.scalar == "," {
        return k + 1 < limit ? (k + 1, true) : nil
      }
      if t.quote != nil { return (k, true) }
      if !(t.classes.contains(.cueAdjunct) || t.classes.contains(.month) || t.kind == .number) { break }
      k += 1
    }
    if p.tokens[j].quote != nil { return (j, true) }
    // "saying during the debate last week, “That makes me smart,”": a short adjunct, a comma, a quote
    var c = j
    while c < limit && c < j + 10 && p.tokens[c].quote == nil && p.tokens[c].lower != "that" && p.cues[c] == nil
      && p.tokens[c].scalar != "."
    {
      if p.tokens[c].scalar == "," {
        if c + 1 < limit, let q = p.tokens[c + 1].quote, p.quotes[q].start == p.tokens[c + 1].start {
          return (c + 1, true)
        }
        break
      }
      c += 1
    }
    return (j, false)
  }

}
