import SaysoCore

/// Stage 3, second half: the direct quotes that no frame in their sentence claims.
extension Analyzer {
  /// Direct quotes that no frame in their sentence claims: they take the speaker from context.
  func unframedQuotes(_ paragraph: ParagraphText, covered: [Attribution]) -> [Attribution] {
    guard !paragraph.quotes.isEmpty else { return [] }  // most paragraphs: no marks to allocate
    var out: [Attribution] = []
    var coverage = CoveredOffsets(count: paragraph.scalars.count, covering: covered)
    for (quoteIndex, quote) in paragraph.quotes.enumerated() {
      if coverage.overlaps(quote.innerStart..<quote.innerEnd) { continue }
      let opening = paragraph.firstToken(startingAtOrAfter: quote.start)  // the quote's first token
      // (a dash's quote may hold no token: "—" and a tag at a paragraph's end)
      guard opening < paragraph.tokens.count else { continue }
      // a title in the speaker's phrase of a frame is no one's words: "…,” said Ann Vey, author of
      // “The Long Way Home,” a history of …", "Dan Perl, a host of “The Panel,” said …"
      if covered.contains(where: { attribution in
        guard let phrase = attribution.speaker, phrase.tokens.contains(opening) else { return false }
        // (the phrase of the name and its role, with no clause in it: not "…; he described the attacks as “…”")
        return (attribution.frameAfter ? attribution.end <= quote.start : quote.end <= attribution.start)
          && !(phrase.tokens.lowerBound..<opening).contains {
            paragraph.tokens[$0].scalar == ";" || paragraph.cues[$0] != nil
          }
      }) {
        continue
      }
      // nor is a nickname inside a name: George "Gus" Palmer
      if Self.isNickname(paragraph, quote, opening: opening) { continue }
      // a scare quote is no one's words: a so-called “reset”
      if case let before = opening - 1, before >= 0,
        paragraph.tokens[before].lower == "so-called"
      {
        continue
      }
      // nor is a work's title after its maker: "William A. Birdthistle, author of “Empire of the Fund,”"
      if opening >= 2, paragraph.tokens[opening - 1].lower == "of",
        Lexicon.isMakerNoun(paragraph.tokens[opening - 2].lower), Attributor.isQuotedTitle(paragraph, opening)
      {
        continue
      }
      // nor is a work's name in the frame after a claim: "“…,” he told NBC’s “Today” on Monday"
      if Attributor.isNamedWork(paragraph, opening), let sentence = paragraph.sentence(holding: quote.start),
        covered.contains(where: { $0.frameAfter && $0.sentence == sentence && $0.end <= quote.start })
      {
        continue
      }
      // nor the name of the programme told, after its outlet: "She told Harbour FM’s “Morning Hour” on Monday …"
      if Self.isProgrammeTold(paragraph, opening) { continue }
      // the title of a link, a photo or a video that a label opening the sentence announces: "Read more:
      // “Why the arena matters”", "Watch: “…”" (not "… on his watch: “…”")
      if case let before = opening - 1, before >= 1,
        paragraph.tokens[before].scalar == ":", Lexicon.linkLabels.contains(paragraph.tokens[before - 1].lower),
        let sentence = paragraph.sentence(holding: paragraph.tokens[before - 1].start),
        before - 1 - paragraph.sentences[sentence].lowerBound <= 1
      {
        continue
      }
      // a title in the words between a frame's verb and its content: said on ABC's “This Week” that …
      // (and a time or a place after it: "told Radio North's “Early Call” in Oslo on Friday that …")
      var next = paragraph.firstToken(startingAtOrAfter: quote.end)
      let phraseEnd = min(paragraph.tokens.count, next + 4)
      while next < phraseEnd, paragraph.tokens[next].quote == nil, paragraph.tokens[next].lower != "that",
        paragraph.tokens[next].isTimeWord || paragraph.tokens[next].isCapitalized
          || !paragraph.tokens[next].classes.isDisjoint(with: [.preposition, .determiner])
      { next += 1 }
      if next < paragraph.tokens.count, paragraph.tokens[next].lower == "that",
        coverage.contains(paragraph.tokens[next].start),
        TitleCase.isTitleCase(paragraph.text(quote.innerStart, quote.innerEnd))
      {
        continue
      }
      switch Attributor.quoteClause(paragraph, quote: quoteIndex, covered: coverage) {
      case .claim(let attribution):
        out.append(attribution)
        coverage.cover(attribution.start..<attribution.end)
        continue
      case .label:
        coverage.cover(quote.start..<quote.end)
        continue
      case nil:
        break
      }
      // (a quote that no clause claims) nor is a work's title after its noun: "The film, “The Long Road Home,”
      // opens Friday"
      if opening >= 1,
        case let noun = paragraph.tokens[opening - 1].scalar == "," ? opening - 2 : opening - 1, noun >= 0,
        Lexicon.workNouns.contains(paragraph.tokens[noun].lower), Attributor.isQuotedTitle(paragraph, opening)
      {
        continue
      }
      let words = QuoteScanner.countWords(paragraph.scalars, quote.innerStart, quote.innerEnd)
      // scare quotes and titles: short, with no full stop of their own
      let inner = paragraph.text(quote.innerStart, quote.innerEnd)
      let sentenceLike = inner.last.map { ".!?,…".contains($0) } ?? false
      // scare quotes and titles: under four words with no cue, or all title case
      let titleCase = TitleCase.isTitleCase(inner)
      if words < 4 && !quote.continued && quote.style != .dash && (!sentenceLike || titleCase)
        && !(sentenceLike && Self.followsFramedPiece(paragraph, quote, covered))
      {
        continue
      }
      // a work's title after its maker's name: CBS's “A Night For the Valley”, Hulu's “The Harbour”
      if titleCase, case let before = opening - 1, before >= 0,
        paragraph.tokens[before].isPossessive, paragraph.tokens[before].isCapitalized
      {
        continue
      }
      // a credit line after a dash, with no punctuation of a sentence: "— With files from Liam Casey"
      if quote.style == .dash && !sentenceLike && words < 10 && !inner.contains(where: { ".!?:;".contains($0) }) {
        continue
      }
      // an item of a list is no dash quote: "This year's winners are:" ¶ "— Norah O'Donnell of CBS News, …"
      if quote.style == .dash && isListItem(paragraph, inner) { continue }
      let sentenceIndex = paragraph.sentence(holding: quote.start) ?? 0
      // a signature after the quote: "“…” ― Oscar P. Quintero"
      if case let last = paragraph.firstToken(startingAtOrAfter: quote.end) - 1, last >= 0,
        last + 2 < paragraph.tokens.count + 1,
        last + 1 < paragraph.tokens.count, ["―", "—", "–"].contains(paragraph.tokens[last + 1].text)
      {
        var end = last + 2
        while end < paragraph.tokens.count
          && (SpeakerPhraseParser.isNameToken(paragraph, end) || paragraph.tokens[end].scalar == "-")
          && paragraph.tokens[end].quote == nil
        { end += 1 }
        // with the signer's role after a comma, to the paragraph's end: "— Aparna Garg, Divisional Manager"
        let role =
          end < paragraph.tokens.count && paragraph.tokens[end].scalar == ","
          ? Self.signatureRole(paragraph, end + 1) : nil
        // or the signer's handle in brackets, and the post's date as an embedded post gives it: "— Harbour Power
        // (@harbourpower)", "— Harbour Power (@harbourpower) March 3, 2024"
        let handle =
          end + 3 < paragraph.tokens.count + 1 && end < paragraph.tokens.count && paragraph.tokens[end].scalar == "("
          && ((end + 1)..<min(end + 5, paragraph.tokens.count)).contains(where: { paragraph.tokens[$0].scalar == "@" })
          && ((end + 1)..<min(end + 6, paragraph.tokens.count)).first(where: { paragraph.tokens[$0].scalar == ")" })
            .map({ close in
              ((close + 1)..<paragraph.tokens.count).allSatisfy { index in
                let token = paragraph.tokens[index]
                return token.kind == .number || token.classes.contains(.month) || token.scalar == ","
                  || token.scalar == "."
              }
            }) == true
        if end > last + 2,
          role != nil || handle || end == paragraph.tokens.count || paragraph.tokens[end].quote != nil
            || paragraph.tokens[end].scalar == "."
            || paragraph.scalars[paragraph.tokens[end - 1].end..<paragraph.tokens[end].start].contains(where: {
              $0 == "\n" || $0 == "\r"
            }),
          var phrase = SpeakerPhraseParser.parse(paragraph, (last + 2)..<end)
        {
          if let role, phrase.kind == .person { phrase.role = phrase.role ?? role }
          out.append(
            Attribution(
              paragraph: paragraph.index, start: quote.start, end: quote.end, cue: paragraph.tokens[last + 1].text,
              lemma: "say",
              category: .statement, speaker: phrase, sentence: sentenceIndex, frameAfter: true))
          coverage.cover(quote.start..<quote.end)
          continue
        }
      }
      // a sentence that leads in with a colon: "Hale fired back on Facebook: “…”"
      let leadIn = Attributor.colonLeadIn(paragraph, colon: opening - 1)
      out.append(
        Attribution(
          paragraph: paragraph.index, start: quote.start, end: quote.end, cue: nil, lemma: nil,
          category: leadIn == nil ? nil : .statement, speaker: leadIn, sentence: sentenceIndex, floating: leadIn == nil))
      coverage.cover(quote.start..<quote.end)
    }
    return out
  }

  /// Whether the quote opening at `opening` is the title of a programme after its outlet's possessive name, which
  /// a verb that takes an addressee has before it: "told Harbour FM’s “Morning Hour” on Monday …".
  static func isProgrammeTold(_ paragraph: ParagraphText, _ opening: Int) -> Bool {
    // (the title's case is read last: it costs the most)
    guard opening >= 2, paragraph.tokens[opening - 1].isPossessive else { return false }
    var outlet = opening - 1
    while outlet > 0 && outlet > opening - 6 && SpeakerPhraseParser.isNameToken(paragraph, outlet - 1) { outlet -= 1 }
    guard outlet > 0, let cue = CueFinder.cue(paragraph, at: outlet - 1), cue.end == outlet,
      CueLexicon.takingAddressee.contains(cue.lemma)
    else { return false }
    return Attributor.isNamedWork(paragraph, opening)
  }

  /// Whether `quote` (its first token `opening`) is a nickname between a first name and a surname: one or two
  /// capitalised words, quoted right after a capitalised word that is no sentence's first and right before
  /// another ("George "Gus" Palmer").
  static func isNickname(_ paragraph: ParagraphText, _ quote: QuoteSpan, opening: Int) -> Bool {
    let close = paragraph.firstToken(startingAtOrAfter: quote.end)
    guard opening >= 2, close < paragraph.tokens.count, close - opening <= 4,
      case let before = paragraph.tokens[opening - 1], before.quote == nil, before.kind == .word,
      before.isCapitalized, paragraph.tokens[opening - 2].kind == .word,
      case let after = paragraph.tokens[close], after.quote == nil, after.kind == .word, after.isCapitalized,
      !after.isTimeWord
    else { return false }
    let words = (opening..<close).filter { paragraph.tokens[$0].kind == .word }
    return (1...2).contains(words.count) && words.allSatisfy { paragraph.tokens[$0].isCapitalized }
      && words.count == (opening..<close).filter({ paragraph.tokens[$0].kind != .punct }).count
  }

  /// Whether a paragraph that opens with a dash is an item of a list: it ends with a semicolon, or it and the
  /// paragraphs that open with a dash before it follow one whose last sentence ends with a colon and has no verb
  /// of saying ("Trump has many strengths:", not "The minister told Izvestia:").
  func isListItem(_ paragraph: ParagraphText, _ inner: String) -> Bool {
    if inner.last == ";" { return true }
    var index = paragraph.index - 1
    while index >= paragraphs.startIndex {
      let before = paragraphs[index]
      if before.quotes.first.map({ $0.style == .dash && $0.start <= 2 }) == true {
        index -= 1
        continue
      }
      guard let last = before.tokens.indices.last, before.tokens[last].scalar == ":",
        let sentence = before.sentences.last
      else { return false }
      return !sentence.contains(where: { before.cues[$0] != nil })
    }
    return false
  }

  /// Whether `quote` opens the sentence after a quoted piece and its frame, which it goes on from: a
  /// sentence of it, however short, is its speaker's ("“Maybe,” she said. “Someone has to.”").
  static func followsFramedPiece(_ paragraph: ParagraphText, _ quote: QuoteSpan, _ covered: [Attribution]) -> Bool {
    guard let sentence = paragraph.sentence(holding: quote.start), sentence > 0,
      paragraph.tokens[paragraph.sentences[sentence].lowerBound].start == quote.start
    else { return false }
    return covered.contains { attribution in
      attribution.frameAfter && attribution.sentence == sentence - 1
        && paragraph.quotes.contains { $0.start == attribution.start && $0.end == attribution.end }
    }
  }

  /// The role after a signature's name and comma, when it runs to the paragraph's end: a few words with
  /// no quote, no reporting verb and no full stop before the end ("Mysore Divisional Railway Manager").
  static func signatureRole(_ paragraph: ParagraphText, _ start: Int) -> String? {
    let end = paragraph.tokens.count
    guard start < end, end - start <= 10,
      !(start..<end).contains(where: {
        paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil
          || (paragraph.tokens[$0].kind == .punct && $0 < end - 1 && paragraph.tokens[$0].scalar == ".")
      })
    else { return nil }
    return paragraph.text(tokens: start..<(paragraph.tokens[end - 1].scalar == "." ? end - 1 : end))
  }
}
