/// The frame of a relative clause that answers the sentence before it: "…, which he denied."
extension Attributor {
  /// The verbs that answer a charge from a relative clause after it.
  static let answeringLemmas: WordSet = ["deny", "dispute", "reject", "contest", "refute"]

  /// `CONTENT, which S V.` at the end of a sentence, V a verb that answers a charge: "Ferris was later
  /// accused of leaking the report, which he denied" is a claim of his about what the clause says.
  /// Nil when the sentence does not end so.
  static func relativeAnswer(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int)
    -> Attribution?
  {
    var last = sentence.upperBound - 1
    while last > contentStart && paragraph.tokens[last].kind == .punct { last -= 1 }
    guard last - 3 > contentStart, let cue = CueFinder.cue(paragraph, at: last), cue.end == last + 1,
      answeringLemmas.contains(cue.lemma)
    else { return nil }
    // ", which" and the subject between it and the verb: a pronoun or a name
    guard let which = stride(from: cue.first - 1, through: max(contentStart, cue.first - 5), by: -1).first(where: {
      paragraph.tokens[$0].lower == "which"
    }), which - 1 > contentStart, paragraph.tokens[which - 1].scalar == ",", which + 1 < cue.first,
      let speaker = SpeakerPhraseParser.parse(paragraph, (which + 1)..<cue.first),
      speaker.kind != .nominal
    else { return nil }
    guard substantial(paragraph, contentStart, which - 2) else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[contentStart].start,
      end: contentEnd(paragraph, which - 2, floor: contentStart), cue: cue.text, lemma: cue.lemma,
      category: cue.category, speaker: speaker, sentence: sentenceIndex, frameAfter: true)
  }
}
