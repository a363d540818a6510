/// The frame of a view held: `In S’s view, CONTENT` and `CONTENT, in S’s view` ("In her opinion, …", "In
/// Tom Reed’s mind, …", "From his perspective, …"): the one whose view, opinion or words they are says the
/// content.
extension Attributor {
  /// Nouns of a view held, after a possessive: "in his view", "in her opinion".
  static let viewNouns: WordSet = [
    "view", "opinion", "mind", "estimation", "judgment", "judgement", "words", "perspective",
  ]

  /// `In S’s view, CONTENT` at the start of the sentence's content, or `CONTENT, in S’s view` at its end.
  static func inTheirView(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int)
    -> Attribution?
  {
    let tokens = paragraph.tokens
    guard sentence.upperBound - contentStart >= 6 else { return nil }
    // opening: "In his view, the plan …", "From her perspective, …"
    if tokens[contentStart].lower == "in" || tokens[contentStart].lower == "from", tokens[contentStart].quote == nil,
      let (holder, noun) = viewHolder(paragraph, after: contentStart, limit: sentence.upperBound),
      noun + 1 < sentence.upperBound, tokens[noun + 1].scalar == ",", case let first = noun + 2,
      first + 2 < sentence.upperBound
    {
      return Attribution(
        paragraph: paragraph.index, start: tokens[first].start,
        end: contentEnd(paragraph, sentence.upperBound - 1, floor: first), cue: "in " + tokens[noun].lower,
        lemma: "view", category: .belief, speaker: holder, sentence: sentenceIndex)
    }
    // closing: "…, in Bolton’s view."
    var end = sentence.upperBound
    while end > contentStart && tokens[end - 1].kind == .punct { end -= 1 }
    guard end - contentStart >= 6, viewNouns.contains(tokens[end - 1].lower),
      let opening = ((end - 5)..<(end - 2)).last(where: {
        tokens[$0].lower == "in" && tokens[$0 - 1].scalar == "," && tokens[$0].quote == nil
      }),
      let (holder, noun) = viewHolder(paragraph, after: opening, limit: end), noun == end - 1,
      opening - 1 - contentStart >= 3
    else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: tokens[contentStart].start,
      end: contentEnd(paragraph, opening - 2, floor: contentStart), cue: "in " + tokens[noun].lower,
      lemma: "view", category: .belief, speaker: holder, sentence: sentenceIndex, frameAfter: true)
  }

  /// The one whose view follows "in" at `preposition` (a possessive pronoun, or a name ending with a
  /// possessive: "his", "Tom Reed’s"), and the view's noun.
  static func viewHolder(_ paragraph: ParagraphText, after preposition: Int, limit: Int) -> (SpeakerPhrase, Int)? {
    let tokens = paragraph.tokens
    let first = preposition + 1
    guard first + 1 < limit, tokens[first].quote == nil else { return nil }
    if ["his", "her", "their"].contains(tokens[first].lower) {
      guard viewNouns.contains(tokens[first + 1].lower) else { return nil }
      let word = tokens[first]
      let phrase =
        word.lower == "their"
        ? SpeakerPhrase(kind: .group, text: word.text, name: word.text, head: "they", tokens: first..<(first + 1))
        : SpeakerPhrase(kind: .pronoun, text: word.text, name: word.text, tokens: first..<(first + 1))
      return (phrase, first + 1)
    }
    // a name of up to three words, the last possessive
    guard
      let owner = (first..<min(first + 3, limit - 1)).first(where: { tokens[$0].isPossessive }),
      viewNouns.contains(tokens[owner + 1].lower),
      (first...owner).allSatisfy({ SpeakerPhraseParser.isNameToken(paragraph, $0) }),
      let phrase = SpeakerPhraseParser.parse(paragraph, first..<(owner + 1)),
      phrase.kind == .person || phrase.kind == .organisation
    else { return nil }
    return (phrase, owner + 1)
  }
}
