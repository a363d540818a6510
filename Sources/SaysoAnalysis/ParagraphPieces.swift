import SaysoCore

/// The rule for paragraphs far longer than any real one: analysed in pieces of whole sentences.
///
/// A paragraph of more than `maximumScalars` Unicode scalars (100,000: the longest paragraphs of real
/// news have a few thousand) is cut into pieces of whole sentences of about `pieceScalars` (20,000),
/// and each piece is analysed as a paragraph of its own, in a run of its own (`ArticleRuns`), so that
/// memory holds one piece's tokens, cues and attributions instead of the whole paragraph's. A piece
/// ends after a sentence's closing mark (. ! ?) and its space, outside quote marks, where a capital
/// letter or an opening quote follows; a paragraph with no such end within `4 × pieceScalars` is cut
/// at the next space, and within `5 × pieceScalars` anywhere. The claims found in a piece are given
/// back to the paragraph: its index, offsets into its text. The people carry over from piece to piece
/// as from run to run. What a piece does not see: a frame in another piece (a quote at a piece's
/// start does not take the speaker of the piece before), and mentions resolve within the pieces.
/// Articles without such a paragraph are analysed exactly as before.
struct ParagraphPieces {
  static let maximumScalars = 100_000
  static let pieceScalars = 20_000

  /// Where a paragraph of the split article comes from: the article's paragraph and its first scalar there.
  struct Origin: Equatable {
    var paragraph: Int
    var offset: Int
  }

  /// The article with each long paragraph replaced by its pieces, the paragraphs numbered anew.
  private(set) var split: Article
  /// The origin of each paragraph of `split`.
  let origins: [Origin]
  /// Whether each paragraph of `split` is a piece, analysed in a run of its own.
  let isPiece: [Bool]

  /// The pieces of `article`, or nil when no paragraph is longer than `maximumScalars`.
  init?(_ article: Article, maximumScalars: Int = maximumScalars, pieceScalars: Int = pieceScalars) {
    // a String's UTF-8 count is at hand and never below its scalar count
    guard
      article.paragraphs.contains(where: {
        $0.text.utf8.count > maximumScalars && $0.text.unicodeScalars.count > maximumScalars
      })
    else { return nil }
    var paragraphs: [Paragraph] = []
    var origins: [Origin] = []
    var isPiece: [Bool] = []
    for (index, paragraph) in article.paragraphs.enumerated() {
      let scalars = paragraph.text.unicodeScalars
      guard paragraph.text.utf8.count > maximumScalars && scalars.count > maximumScalars else {
        var renumbered = paragraph
        renumbered.index = paragraphs.count
        paragraphs.append(renumbered)
        origins.append(Origin(paragraph: index, offset: 0))
        isPiece.append(false)
        continue
      }
      var pieceStart = scalars.startIndex
      var offset = 0
      for cut in Self.cuts(of: scalars, pieceScalars: pieceScalars) + [scalars.count] {
        let pieceEnd = scalars.index(pieceStart, offsetBy: cut - offset)
        let dateline = paragraph.datelineEnd.flatMap { offset == 0 ? min($0, cut) : nil }
        paragraphs.append(
          Paragraph(
            index: paragraphs.count, start: paragraph.start + offset, end: paragraph.start + cut,
            role: paragraph.role, text: String(scalars[pieceStart..<pieceEnd]), datelineEnd: dateline))
        origins.append(Origin(paragraph: index, offset: offset))
        isPiece.append(true)
        (pieceStart, offset) = (pieceEnd, cut)
      }
    }
    var split = article
    split.paragraphs = paragraphs
    self.split = split
    self.origins = origins
    self.isPiece = isPiece
  }

  /// The scalar offsets at which `scalars` is cut into pieces (none at 0 or at the end), as the rule says.
  static func cuts(of scalars: String.UnicodeScalarView, pieceScalars: Int) -> [Int] {
    var cuts: [Int] = []
    var pieceStart = 0
    var insideQuote = false
    // the last three scalars read: a sentence mark, a space, then this one
    var (beforeLast, last): (Unicode.Scalar, Unicode.Scalar) = (" ", " ")
    for (offset, scalar) in scalars.enumerated() {
      let length = offset - pieceStart
      if length >= pieceScalars && offset > 0 {
        let opensSentence =
          scalar.properties.isUppercase || scalar == "\"" || scalar == "“" || scalar == "‘" || scalar == "«"
        let sentenceEnd = !insideQuote && last == " " && ".!?".unicodeScalars.contains(beforeLast) && opensSentence
        if sentenceEnd || (length >= 4 * pieceScalars && last == " ") || length >= 5 * pieceScalars {
          cuts.append(offset)
          pieceStart = offset
          insideQuote = false
        }
      }
      switch scalar {
      case "\"": insideQuote.toggle()
      case "“", "«": insideQuote = true
      case "”", "»": insideQuote = false
      default: break
      }
      (beforeLast, last) = (last, scalar)
    }
    return cuts
  }

  /// The analysis of the article: its pieces and other paragraphs in runs (each piece a run of its
  /// own), the claims given back to the article's paragraphs. The pieces are handed over to the runs,
  /// which let each go once it is prepared (unless this value is used again, which keeps them).
  consuming func analysis(of article: Article) -> ArticleAnalysis {
    let runs = ArticleRuns.runs(of: split.paragraphs, alone: isPiece)
    var pieces = Article(path: article.path, paragraphs: [])
    swap(&pieces, &split)
    var analysis = ArticleRuns.analyze(consume pieces, in: runs, releasingTexts: true)
    analysis.article = article
    // given back in place (by index: an iterator would hold the list, and the first change copy it):
    // a mapped copy would hold the list twice at its end (75,000 quotes: 6 MB more)
    for index in analysis.quotes.indices {
      let origin = origins[analysis.quotes[index].paragraph]
      analysis.quotes[index].paragraph = origin.paragraph
      analysis.quotes[index].start += origin.offset
      analysis.quotes[index].end += origin.offset
    }
    for index in analysis.proposals.indices {
      let origin = origins[analysis.proposals[index].paragraph]
      analysis.proposals[index].paragraph = origin.paragraph
      analysis.proposals[index].start += origin.offset
      analysis.proposals[index].end += origin.offset
    }
    return analysis
  }
}
