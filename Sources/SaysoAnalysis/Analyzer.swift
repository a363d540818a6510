import SaysoCore

/// Finds the people, quotes and proposals in an article.
///
/// The pipeline, one stage a step, each in its own file:
/// 1. prepared paragraphs: tokens with their word classes, direct quotes, sentences, reporting cues
///    (`ParagraphText`, `Tokenizer`, `QuoteScanner`, `SentenceSplitter`, `CueFinder`);
/// 2. names typed and registered: persons only, with titles and appositive roles (`NameScanner`,
///    `NameTyper`, `EntityRegistry`);
/// 3. frames matched per sentence, one template a function, each finding its subject
///    (`Attributor`), then the quotes no frame claims (`Analyzer+UnframedQuotes`);
/// 4. proposals, sharing the frames' subjects (`ProposalDetector`);
/// 5. mention resolution: each speaker phrase to a `Referent` — a person, an organisation, a group or
///    unknown (`Analyzer+Speakers`);
/// 6. merging: quotes that continue a frame, sentences between two frames of one speaker
///    (`Analyzer+Merging`);
/// 7. claims: quoted pieces with their utterance, proposals, people (`Analyzer+Claims`).
///
/// An article of more than 1 MB is analysed in runs of paragraphs (`ArticleRuns`), a paragraph of more
/// than 100,000 scalars in pieces of whole sentences (`ParagraphPieces`).
public func analyze(_ article: Article) -> ArticleAnalysis {
  if let pieces = ParagraphPieces(article) { return pieces.analysis(of: article) }
  let runs = ArticleRuns.runs(of: article.paragraphs)
  guard runs.count == 1 else { return ArticleRuns.analyze(article, in: runs) }
  var analyzer = Analyzer(article)
  let found = analyzer.findAndResolve()
  return analyzer.claims(found.attributions, found.speakers, found.proposals)
}

/// The state of one article's analysis as it passes through the stages.
struct Analyzer {
  var article: Article
  /// Stage 1: the paragraphs of the run being analysed (all of an article of ordinary length), prepared.
  var paragraphs = PreparedParagraphs()
  /// Stage 2 on: the people of the article.
  var registry = EntityRegistry()
  /// Names the article gives an honorific or a title somewhere ("Mr. Hadi", "Dr Ruiz", "security
  /// minister Wiranto"): persons, even alone.
  var honoredNames: Set<String> = []
  /// Whether the last paragraph prepared ends inside a quote, which the next one then continues.
  var endsInsideQuote = false
  /// Stage 5: the person whose frame follows the words that open a sentence ("Cal Dunn is the best candidate,
  /// Reed argues."), by the sentence's place (`EntityRegistry.position(paragraph, sentence)`): that sentence's
  /// subject for a pronoun after it.
  var postFramedSpeakers: [Int: Int] = [:]
  /// The "that" token of the clause an organisation's frame before it reports, by the frame's sentence
  /// (`EntityRegistry.position(paragraph, sentence)`): whom a "he" after it may stand for.
  var clausesReportedByBodies: [Int: Int] = [:]
  /// `articleCallsHeOrShe`'s answers for the paragraphs prepared, by word: a name's every claim asks again.
  var heOrSheAnswers: [String: Bool] = [:]
  /// `articleWritesAsBodyName`'s answers for the paragraphs prepared, by word.
  var bodyNameAnswers: [String: Bool] = [:]
  /// The bodies' names the paragraphs prepared give before a word in brackets, by the word
  /// (`bodyNamedBeforeBrackets`); nil until asked.
  var bodiesBeforeBrackets: [String: String]?
  /// The places of the words of the paragraphs prepared by their first scalar, for those that open with no
  /// lower-case ASCII letter (`places(ofWordsOpeningWith:)`); nil until asked.
  var wordPlacesByFirstScalar: [Unicode.Scalar: [WordPlace]]?
  /// How many times the run has asked `places(ofWordsOpeningWith:)`.
  var wordPlaceQuestions = 0

  /// Stage 1: prepares every paragraph of `article`, or those of its first run (`ArticleRuns`).
  init(_ article: Article, preparing run: Range<Int>? = nil) {
    self.article = article
    prepare(run ?? article.paragraphs.indices)
  }

  /// Stage 1 for the paragraphs `run` of the article, in place of those prepared before, which are
  /// released first (a quote left open at a paragraph's end continues in the next).
  mutating func prepare(_ run: Range<Int>) {
    paragraphs = PreparedParagraphs(first: run.lowerBound)
    heOrSheAnswers.removeAll(keepingCapacity: true)
    bodyNameAnswers.removeAll(keepingCapacity: true)
    bodiesBeforeBrackets = nil
    postFramedSpeakers.removeAll(keepingCapacity: true)
    clausesReportedByBodies.removeAll(keepingCapacity: true)
    wordPlacesByFirstScalar = nil
    wordPlaceQuestions = 0
    paragraphs.reserveCapacity(run.count)
    for paragraph in article.paragraphs[run] {
      let prepared = ParagraphText(paragraph, openFromPrevious: endsInsideQuote)
      endsInsideQuote = prepared.endsInsideQuote
      for index in prepared.tokens.indices.dropLast()
      where (prepared.tokens[index].classes.contains(.honorific)
          || prepared.tokens[index].isListedAsWritten(.roleNoun))
      {
        var next = index + 1
        // the dot of an abbreviation ("Dr. Ruiz"), not a full stop ("… the minister. We …")
        if prepared.tokens[next].scalar == ".", prepared.tokens[next].start == prepared.tokens[index].end,
          prepared.tokens[index].text.count <= 4, next + 1 < prepared.tokens.count
        {
          next += 1
        }
        if prepared.tokens[next].kind == .word && prepared.tokens[next].isCapitalized {
          honoredNames.insert(prepared.tokens[next].stemLower)
        }
      }
      paragraphs.append(prepared)
    }
  }

  /// What stages 2 to 6 leave for the claims: the attributions in reading order, each one's resolved
  /// speaker, and the proposals.
  struct Resolved {
    var attributions: [Attribution]
    var speakers: [Resolution?]
    var proposals: [ProposalCandidate]
  }

  /// Stages 2 to 6 on the paragraphs prepared: names registered, frames matched, proposals found,
  /// speakers resolved, quotes merged.
  mutating func findAndResolve() -> Resolved {
    registerNames()
    var found = findAttributions()
    let proposals = findProposals(around: found)
    var speakers = resolveSpeakers(of: found.attributions)
    mergeFollowingQuotes(&found.attributions, &speakers)
    mergeContinuations(&found.attributions, &speakers)
    return Resolved(attributions: found.attributions, speakers: speakers, proposals: proposals)
  }

  /// Stage 2: registers the persons named in the narrative of the body.
  mutating func registerNames() {
    for paragraph in paragraphs where paragraph.role == .body || paragraph.role == .dateline {
      // a byline names the writer, who is never a speaker nor whom "she said" stands for
      if paragraph.isByline { continue }
      NameScanner.register(paragraph, into: &registry)
    }
  }

  /// What stage 3 finds: every attribution in reading order, and where each paragraph's begin.
  struct Found {
    var attributions: [Attribution] = []
    /// Index of each paragraph's first attribution, for the proposals that refer to them.
    var firstIndex: [Int] = []
  }

  /// Stage 3: the framed attributions of each paragraph, then its quotes that no frame claims.
  func findAttributions() -> Found {
    var found = Found()
    found.firstIndex.reserveCapacity(paragraphs.count)
    // (the paragraph before holds an interview's answer, after its label in double brackets or going on; a
    // label in capitals may be a debate's line quoted in a report that goes on with the reporter's words)
    var answerGoesOn = false
    // (the family name of the one answering, by whose name the reporter's own words tell of them)
    var answerersFamilyName: String? = nil
    for paragraph in paragraphs {
      found.firstIndex.append(found.attributions.count)
      // (a chart's lines inside an answer are no one's words, and the answer goes on after them)
      if answerGoesOn, Attributor.isChartLine(paragraph) { continue }
      var inParagraph = Attributor.attributions(in: paragraph)
      if let (label, _) = Attributor.bracketedLabel(paragraph) {
        answerersFamilyName = label.count >= 2 ? paragraph.tokens[label.upperBound - 1].lower : nil
      }
      // an answer goes on to the next label, its paragraphs the answerer's words: "((Ann Vey)) We began in
      // 2019. ¶ Then the money came …" (not a paragraph that names the one answering, which the reporter writes:
      // "Vey, who has run the farm since 2015, later told …")
      if answerGoesOn, !inParagraph.contains(where: \.transcriptLine),
        !Attributor.names(paragraph, familyName: answerersFamilyName),
        let answer = Attributor.answerGoingOn(paragraph)
      {
        inParagraph = [answer]
      } else {
        inParagraph += unframedQuotes(paragraph, covered: inParagraph)
      }
      answerGoesOn =
        paragraph.role == .body && inParagraph.contains(where: \.transcriptLine)
        && (answerGoesOn || Attributor.bracketedLabel(paragraph) != nil)
      inParagraph.sort { $0.start < $1.start }
      // two frames read for the same words make one claim, the one that names a speaker
      for index in inParagraph.indices.dropFirst().reversed()
      where inParagraph[index].start == inParagraph[index - 1].start
        && inParagraph[index].end == inParagraph[index - 1].end
      {
        if inParagraph[index - 1].speaker == nil { inParagraph[index - 1] = inParagraph[index] }
        inParagraph.remove(at: index)
      }
      sharingSubjects(&inParagraph)
      Attributor.endingBeforeTranslations(&inParagraph, in: paragraph)
      found.attributions += inParagraph
    }
    return found
  }

  /// A second verb of one subject ("Coles, in its release, reported … and called …") speaks through the
  /// subject as the first frame read it, with its appositive and its kind.
  func sharingSubjects(_ attributions: inout [Attribution]) {
    for index in attributions.indices.dropFirst() {
      guard let subject = attributions[index].speaker else { continue }
      if let earlier = attributions[..<index].last(where: {
        $0.sentence == attributions[index].sentence && $0.speaker?.tokens.lowerBound == subject.tokens.lowerBound
      }), let phrase = earlier.speaker, phrase.tokens.count > subject.tokens.count {
        attributions[index].speaker = phrase
      }
    }
  }

  /// Stage 4: the proposals of each paragraph, told apart from the attributions found there.
  func findProposals(around found: Found) -> [ProposalCandidate] {
    var candidates: [ProposalCandidate] = []
    for (index, paragraph) in paragraphs.enumerated() {
      let first = found.firstIndex[index]
      let end = index + 1 < found.firstIndex.count ? found.firstIndex[index + 1] : found.attributions.count
      candidates += ProposalDetector.proposals(in: paragraph, attributions: found.attributions[first..<end])
    }
    return candidates
  }
}
