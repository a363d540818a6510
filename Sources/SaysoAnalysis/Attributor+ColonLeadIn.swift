/// A sentence whose subject is a person and that ends in a colon before a quote: "Trump took a parting
/// shot on Twitter: “…”", "Mayor de Blasio, a member of the party, made the announcement: “…”".
extension Attributor {
  /// The speaker of a quote that opens right after the colon at token `colon` (in its paragraph, or
  /// ending the paragraph before the quote's: "Tom Reed, the finance chair, was blunt:" ¶ "“We cannot
  /// afford it.”"), when the colon's sentence starts with a person's name (with titles, and an appositive
  /// after it) or a personal pronoun.
  static func colonLeadIn(_ paragraph: ParagraphText, colon: Int) -> SpeakerPhrase? {
    let quoteToken = colon + 1
    guard quoteToken >= 2, quoteToken - 1 < paragraph.tokens.count, paragraph.tokens[quoteToken - 1].scalar == ":",
      let sentenceIndex = paragraph.sentence(holding: paragraph.tokens[quoteToken - 1].start)
    else { return nil }
    let sentence = paragraph.sentences[sentenceIndex]
    guard !sentence.isEmpty else { return nil }
    var start = paragraph.contentStarts[sentence.lowerBound]
    // past a fronted phrase: "With Democratic leaders worried about …, President Obama is rolling out a new
    // message: “…”"
    if start < quoteToken, let after = afterFrontedPhrase(paragraph, start, limit: quoteToken - 1) { start = after }
    var end = start
    while end < quoteToken - 1
      && (SpeakerPhraseParser.isNameToken(paragraph, end)
        || (end > start && paragraph.tokens[end].classes.contains(.nameParticle)))
      && paragraph.tokens[end].quote == nil
    {
      end += 1
    }
    guard end > start, end < quoteToken - 1 else { return nil }
    var verb = end
    // an appositive after the name: "Mayor de Blasio, a member of the Democratic Party, spoke"
    if paragraph.tokens[end].scalar == "," {
      guard let close = (end + 1..<(quoteToken - 1)).first(where: { paragraph.tokens[$0].scalar == "," }) else {
        return nil
      }
      verb = close + 1
    }
    // (an auxiliary may open the verb: "President Obama is rolling out a new message: “…”")
    let word = paragraph.tokens[verb].lower
    guard verb < quoteToken - 1, paragraph.tokens[verb].kind == .word, !paragraph.tokens[verb].isCapitalized,
      !paragraph.tokens[verb].classes.contains(.clauseWord) || Lexicon.formsOfBe.contains(word)
        || Lexicon.auxiliaries.contains(word),
      paragraph.tokens[verb].quote == nil,
      let phrase = SpeakerPhraseParser.parse(paragraph, start..<end),
      phrase.kind == .person || phrase.kind == .pronoun
    else { return nil }
    return phrase
  }
}
