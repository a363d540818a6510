import SaysoCore

/// Stage 6: merging attributions that one frame governs.
extension Analyzer {
  /// "“A,” X said. “B.”" is one attribution: the quote that follows the frame continues it.
  func mergeFollowingQuotes(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var index = attributions.count - 1
    while index > 0 {
      let attribution = attributions[index]
      let previous = attributions[index - 1]
      let paragraph = paragraphs[attribution.paragraph]
      // (both open with a quote, the second of double marks or of the first's: "‘A,’ the coach said. ‘B.’"; the
      // frame between them may be long, as it is in neither piece: "“A,” said Tom Reed, the president of …. “B.”")
      let firstQuote = paragraph.quotes(startingIn: previous.start..<(previous.start + 1)).first.map {
        paragraph.quotes[$0]
      }
      let second = paragraph.quotes(startingIn: attribution.start..<(attribution.start + 1)).map {
        paragraph.quotes[$0]
      }.first { $0.style == .double || $0.style == firstQuote?.style }
      if attribution.floating, attribution.speaker == nil, attribution.paragraph == previous.paragraph,
        previous.frameAfter,
        !previous.floating,
        attribution.sentence == previous.sentence + 1, let earlier = firstQuote, let later = second,
        !Self.anotherSubjectFollows(paragraph, earlier.end..<later.start)
      {
        attributions[index - 1].end = attribution.end
        attributions[index].end = attributions[index].start  // absorbed: emitted by nobody
      }
      index -= 1
    }
  }

  /// Whether the narration between two quotes goes on, after its frame, with a clause of another subject:
  /// "“A,” Wynn said, and her husband broke in. “B.”" (B is his); not "…, he said, and added: “B.”".
  static func anotherSubjectFollows(_ paragraph: ParagraphText, _ narration: Range<Int>) -> Bool {
    let tokens = paragraph.tokens(within: narration)
    return tokens.contains { index in
      index + 2 < tokens.upperBound && paragraph.tokens[index].scalar == ","
        && ["and", "but", "while", "as"].contains(paragraph.tokens[index + 1].lower)
        && (paragraph.tokens[index + 2].classes.contains(.determiner)
          || SpeakerPhraseParser.isNameToken(paragraph, index + 2))
    }
  }

  /// "S1 (X said). S2. S3, X said." — unattributed sentences between two frames of the same speaker
  /// belong to the later one.
  /// Attributions to groups inside the stretch ("the Germans have often been saying …") are the
  /// speaker's words too, and are absorbed.
  func mergeContinuations(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var absorbed = Set<Int>()
    for index in attributions.indices.dropFirst() {
      let attribution = attributions[index]
      guard attribution.frameAfter, !attribution.floating, let entity = resolutions[index]?.entity,
        paragraphs[attribution.paragraph].quotes(overlapping: attribution.start..<attribution.end).isEmpty
      else { continue }
      var previousIndex = index - 1
      while previousIndex >= 0 && attributions[previousIndex].paragraph == attribution.paragraph
        && resolutions[previousIndex]?.entity == nil
        && !attributions[previousIndex].floating
      {
        previousIndex -= 1
      }
      guard previousIndex >= 0, attributions[previousIndex].paragraph == attribution.paragraph,
        resolutions[previousIndex]?.entity == entity,
        attribution.sentence > attributions[previousIndex].sentence + 1
      else { continue }
      let previous = attributions[previousIndex]
      let paragraph = paragraphs[attribution.paragraph]
      let firstSentence = paragraph.sentences[previous.sentence + 1]
      let newStart = paragraph.tokens[Attributor.contentStart(paragraph, firstSentence)].start
      if newStart < attribution.start && newStart >= previous.end {
        attributions[index].start = newStart
        for absorbedIndex in (previousIndex + 1)..<index { absorbed.insert(absorbedIndex) }
      }
    }
    for absorbedIndex in absorbed {
      attributions[absorbedIndex].end = attributions[absorbedIndex].start  // absorbed: emitted by nobody
    }
  }

}
