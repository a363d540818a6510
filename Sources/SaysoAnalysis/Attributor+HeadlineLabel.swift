import SaysoCore

/// A headline's label: the name before its colon says who said the rest.
extension Attributor {
  /// A headline that a person's or an organisation's name labels with what they said, after a colon:
  /// "Crane: Hale's plan for the port is 'deeply flawed'", "AP: Lowe aide steered funds to consultants"
  /// (not a section label: "MARKETS: Oil fell", "News Guide: Donors flocked …"); or with a quote right after
  /// the name, as British headlines write it: "Vey 'will not stand again'".
  static func headlineLabel(_ paragraph: ParagraphText) -> Attribution? {
    let tokens = paragraph.tokens
    guard tokens.count > 4 else { return nil }
    if let (speaker, opening) = nameLabel(paragraph, before: .quote) {
      let quote = paragraph.quotes[tokens[opening].quote!]
      return Attribution(
        paragraph: paragraph.index, start: quote.start, end: quote.end, cue: nil, lemma: "say",
        category: .statement, speaker: speaker, sentence: 0, frameAfter: false)
    }
    guard let (speaker, colon) = groupLabel(paragraph) ?? nameLabel(paragraph, before: .colon) else { return nil }
    // (to the end of its line: a subheading may follow in the same paragraph)
    let lineEnd =
      ((colon + 2)..<tokens.count).first(where: {
        tokens[$0 - 1].end < tokens[$0].start && paragraph.text(tokens[$0 - 1].end, tokens[$0].start).contains("\n")
      }) ?? tokens.count
    return Attribution(
      paragraph: paragraph.index, start: tokens[colon + 1].start,
      end: contentEnd(paragraph, lineEnd - 1, floor: colon + 1), cue: ":", lemma: "say",
      category: .statement, speaker: speaker, sentence: 0, frameAfter: false)
  }

  /// A plural noun of people, or a title that names one, alone before the colon: "Police: Man arrested after
  /// stabbing", "Minister: 'We will act'".
  static func groupLabel(_ paragraph: ParagraphText) -> (SpeakerPhrase, colon: Int)? {
    let tokens = paragraph.tokens
    guard tokens[1].scalar == ":", tokens[0].isCapitalized, tokens[0].quote == nil,
      tokens[0].classes.contains(.groupNoun) || tokens[0].lower == "police"
        || (tokens[0].classes.contains(.sourceNoun) && tokens[0].classes.contains(.title)),
      tokens[2].quote == nil
    else { return nil }
    let word = tokens[0]
    return (SpeakerPhrase(kind: .group, text: word.text, name: word.text, head: word.lower, tokens: 0..<1), 1)
  }

  /// What ends a headline's label: a colon, or the opening mark of a quote that runs to the headline's end.
  enum LabelEnd { case colon, quote }

  /// A person's or an organisation's name before the colon or the quote, after one title or role word at most.
  static func nameLabel(_ paragraph: ParagraphText, before end: LabelEnd) -> (SpeakerPhrase, colon: Int)? {
    let tokens = paragraph.tokens
    func ends(_ index: Int) -> Bool {
      switch end {
      case .colon: return tokens[index].scalar == ":"
      case .quote:
        // (the quote opens at the token and closes at the headline's end, or before its last mark)
        guard let quote = tokens[index].quote, paragraph.quotes[quote].start == tokens[index].start,
          let last = tokens.last
        else { return false }
        return paragraph.quotes[quote].end >= (last.kind == .punct && last.quote == nil ? last.start : last.end)
      }
    }
    guard let colon = (1..<5).first(where: { ends($0) }), colon + 3 < tokens.count,
      tokens[0..<colon].allSatisfy({ $0.kind == .word && $0.quote == nil }), tokens[0].isCapitalized,
      !isSectionLabel(tokens[0..<colon]),
      // (a word in capitals is a column's name, but for an acronym: "POLLWATCH:" is no one, "AP:" is)
      !tokens[0..<colon].contains(where: { $0.text.count > 4 && $0.text.uppercased() == $0.text }),
      var speaker = SpeakerPhraseParser.parse(paragraph, 0..<colon),
      speaker.kind == .person || speaker.kind == .organisation,
      // the name opens the label, after one title or role word at most ("Hacker Nightowl:"; not "CNN
      // President On Crane:", "The Third Rail:"), and one common word names no one ("Poll:"), but for an
      // acronym
      let firstWord = speaker.name.spaceSeparatedWords.first,
      let nameStart = (0..<colon).first(where: { tokens[$0].text == firstWord }),
      nameStart <= 1 || (nameStart == 2 && tokens[1].classes.contains(.title)),  // ("OK Gov. Fallin:")
      case let lower = speaker.name.lowercasedQuickly(),
      speaker.name.spaceSeparatedWords.count > 1 || !WorldKnowledge.shared.isCommonWord(lower)
        || WorldKnowledge.shared.surnames.contains(lower)
        || (speaker.name.count <= 4 && speaker.name.uppercased() == speaker.name)  // ("AP:")
    else { return nil }
    speaker.isLabel = true
    return (speaker, colon)
  }
}
