/// What looks like a proposal and is none: an offer or an appeal of a thing, which is an act ("offered her
/// condolences", "appealed the ruling"), and a modal in reported speech that supposes, conditions, infers or tells
/// the speaker's own duty ("would have to", "should she win", "there must be hundreds", "I should note").
extension ProposalDetector {
  /// Whether an offer or an appeal at `cue` is of a thing, which is an act, not a proposal: an offer with no "to"
  /// and a verb in the next words ("offered to cover", "offered the union to hold talks") and no deal or plan
  /// ("offered the union a new deal"); an appeal with no "for" ("appealed again for calm") and not to someone to do
  /// something ("appealed directly to residents to stay indoors"): not "offered her condolences to the families",
  /// "appealed the ruling to the high court", "is appealing to younger voters".
  static func isOfferOrAppealOfAThing(_ paragraph: ParagraphText, _ cue: Cue, sentenceEnd: Int) -> Bool {
    guard cue.lemma == "offer" || cue.lemma == "appeal" else { return false }
    let window = wordsAfter(cue, sentenceEnd: sentenceEnd)
    // the places of "to" before a verb's bare form ("to bring" too, which the test of a verb leaves out)
    let infinitives = window.filter { index in
      guard paragraph.tokens[index].lower == "to", index + 1 < sentenceEnd else { return false }
      let next = paragraph.tokens[index + 1]
      return Attributor.opensInfinitive(next)
        || (next.kind == .word && !next.isCapitalized && next.lower.hasSuffix("ing") && next.lower.utf8.count <= 5)
    }
    if cue.lemma == "offer" {
      // (a deal offered is the verb's object, with no preposition or clause word before it: not "offered their
      // thoughts on the proposal", "offered condolences after the deal collapsed")
      let plan = window.prefix { index in
        let token = paragraph.tokens[index]
        return !token.isListedAsWritten(.preposition) && !token.classes.contains(.clauseWord) && token.kind != .punct
      }.contains { offeredPlans.contains(paragraph.tokens[$0].lower) }
      return infinitives.isEmpty && !plan
    }
    // (an appeal's first "to" is to whom, its verb after a second; only a time or an adverb before "for" or the
    // first "to": "appealed on Sunday for", "appealed directly to"; not "an appealing campaign for")
    guard let first = window.first(where: { ["for", "to"].contains(paragraph.tokens[$0].lower) }),
      (cue.end..<first).allSatisfy({ index in
        let token = paragraph.tokens[index]
        return token.isListedAsWritten(.preposition) || token.isTimeWord || token.isCapitalized
          || token.lower.hasSuffix("ly") || Attributor.adverbsOfTimeOrRepetition.contains(token.lower)
      })
    else { return true }
    return paragraph.tokens[first].lower != "for" && !infinitives.contains { $0 != first }
      && !window.contains { $0 > first && paragraph.tokens[$0].lower == "for" }
  }

  /// The up to eight words after a proposal's verb `cue`, in its sentence, where what it proposes shows.
  static func wordsAfter(_ cue: Cue, sentenceEnd: Int) -> Range<Int> {
    cue.end..<max(cue.end, min(sentenceEnd, cue.end + 8))
  }

  /// Whether the words of `window`, after a verb of urging, are a clause of what be done: "that" right after the
  /// verb ("urged that …"), or a subject and "be" with no "to" before it ("urged the schools be closed").
  static func isClauseOfWhatBeDone(_ paragraph: ParagraphText, _ window: Range<Int>) -> Bool {
    guard let first = window.first else { return false }
    if paragraph.tokens[first].lower == "that" { return true }
    return window.dropFirst().contains { index in
      paragraph.tokens[index].lower == "be" && paragraph.tokens[index - 1].lower != "to"
        && paragraph.tokens[index - 1].kind == .word && paragraph.tokens[index - 1].quote == nil
        && !Lexicon.auxiliaries.contains(paragraph.tokens[index - 1].lower)
    }
  }

  /// What an offer may propose besides an act: "offered the union a new deal", "offered a compromise".
  static let offeredPlans: WordSet = [
    "deal", "plan", "proposal", "compromise", "settlement", "agreement", "package", "terms", "truce", "ceasefire",
    "talks", "solution", "alternative", "contract",
  ]

  /// Words before a modal that make it a supposed obligation, a speaker's own one, or one in a clause about a
  /// noun: "would have to", "may need to", "I should note", "workers who should already be paid".
  static let wordsBeforeModalOfNoProposal: WordSet = [
    "would", "may", "might", "could", "can", "i", "who", "which",
  ]

  /// Counts after "there must be", which infer how many there are: "there must be hundreds of cases".
  static let countsOfWhatMustBe: WordSet = [
    "many", "hundreds", "thousands", "dozens", "millions", "several", "some", "plenty", "lots", "more", "other",
  ]

  /// Comparatives after "should have" and its participle, of what should have been: "should have known better".
  static let comparativesAfterShouldHave: WordSet = [
    "better", "sooner", "earlier", "faster", "more", "harder", "differently", "first",
  ]

  /// The words that open a subject after a "should" of a condition: "should the party ask", "should her bid fail" (not
  /// "should all", "should no longer").
  static let subjectOpenersAfterConditionalShould: WordSet = [
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
  ]

  /// Whether the modal phrase at `index` (`length` words) proposes nothing: after `wordsBeforeModalOfNoProposal`, a
  /// condition ("should the party ask"), or what should have been ("should not have signed the deal", not what one
  /// should have: "should have trained nurses"). (A "must" may demand what it supposes: "there must be an inquiry",
  /// "must have lived in the county for five years".)
  static func isModalOfNoProposal(_ paragraph: ParagraphText, _ index: Int, length: Int) -> Bool {
    if index > 0, wordsBeforeModalOfNoProposal.contains(paragraph.tokens[index - 1].lower) { return true }
    // (a "must" of how many there are infers: "there must be hundreds of cases", not "there must be an inquiry")
    if index > 0, paragraph.tokens[index - 1].lower == "there", paragraph.tokens[index].lower == "must",
      index + 2 < paragraph.tokens.count, paragraph.tokens[index + 1].lower == "be",
      countsOfWhatMustBe.contains(paragraph.tokens[index + 2].lower)
    {
      return true
    }
    guard length == 1, paragraph.tokens[index].lower == "should", index + 1 < paragraph.tokens.count else {
      return false
    }
    let next = paragraph.tokens[index + 1]
    if next.quote == nil,
      next.isCapitalized || subjectOpenersAfterConditionalShould.contains(next.lower)
        || Attributor.subjectPronouns.contains(next.lower)
    {
      return true
    }
    var have = index + 1
    if paragraph.tokens[have].lower == "not" { have += 1 }
    guard have + 1 < paragraph.tokens.count, paragraph.tokens[have].lower == "have" else { return false }
    let participle = paragraph.tokens[have + 1].lower
    guard participle == "been" || participle.hasSuffix("ed") || Attributor.isIrregularParticiple(participle) else {
      return false
    }
    // (a participle with its object or its end after it, not one that qualifies a noun: "have paid sick leave")
    guard participle != "been", have + 2 < paragraph.tokens.count else { return true }
    let after = paragraph.tokens[have + 2]
    return after.kind == .punct || after.quote != nil || after.isCapitalized
      || !after.classes.isDisjoint(with: [.determiner, .preposition, .objectWord, .clauseWord])
      || CueFinder.possessivePronouns.contains(after.lower) || after.lower.hasSuffix("ly")
      || comparativesAfterShouldHave.contains(after.lower)
  }
}
