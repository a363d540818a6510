import SaysoCore

/// Stage 6: merging attributions that one frame governs.
extension Analyzer {
  /// "“A,” X said. “B.”" is one attribution: the quote that follows the frame continues it.
  func mergeFollowingQuotes(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var k = attributions.count - 1
    while k > 0 {
      let a = attributions[k]
      let prev = attributions[k - 1]
      let p = paragraphs[a.paragraph]
      // the narration between the two quotes may not outweigh them: a claim is mostly quoted words
      let firstQuote = p.quotes(startingIn: prev.start..<(prev.start + 1)).first.map { p.quotes[$0] }
      let second = p.quotes(startingIn: a.start..<(a.start + 1)).map { p.quotes[$0] }.first { $0.style == .double }
      if a.floating, a.speaker == nil, a.paragraph == prev.paragraph, prev.frameAfter, !prev.floating,
        a.sentence == prev.sentence + 1, let q1 = firstQuote, let q2 = second,
        q2.start - q1.end <= (q1.end - q1.start) + (q2.end - q2.start)
      {
        attributions[k - 1].end = a.end
        attributions[k].end = attributions[k].start  // absorbed: emitted by nobody
      }
      k -= 1
    }
  }

  /// "S1 (X said). S2. S3, X said." — unattributed sentences between two frames of the same speaker
  /// belong to the later one.
  /// Attributions to groups inside the stretch ("the Americans have long been saying …") are the
  /// speaker's words too, and are absorbed.
  func mergeContinuations(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var absorbed = Set<Int>()
    for k in attributions.indices.dropFirst() {
      let a = attributions[k]
      guard a.frameAfter, !a.floating, let r = resolutions[k]?.entity,
        paragraphs[a.paragraph].quotes(overlapping: a.start..<a.end).isEmpty
      else { continue }
      var j = k - 1
      while j >= 0 && attributions[j].paragraph == a.paragraph && resolutions[j]?.entity == nil
        && !attributions[j].floating
      {
        j -= 1
      }
      guard j >= 0, attributions[j].paragraph == a.paragraph, resolutions[j]?.entity == r,
        a.sentence > attributions[j].sentence + 1
      else { continue }
      let prev = attributions[j]
      let p = paragraphs[a.paragraph]
      let firstSentence = p.sentences[prev.sentence + 1]
      let newStart = p.tokens[Attributor.contentStart(p, firstSentence)].start
      if newStart < a.start && newStart >= prev.end {
        attributions[k].start = newStart
        for m in (j + 1)..<k { absorbed.insert(m) }
      }
    }
    for m in absorbed {
      attributions[m].end = attributions[m].start  // absorbed: emitted by nobody
    }
  }

}
