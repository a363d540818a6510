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
    func isLong(_ text: String) -> Bool {
      text.utf8.count > maximumScalars && text.unicodeScalarCountQuickly > maximumScalars
    }
    guard article.paragraphs.contains(where: { isLong($0.text) }) else { return nil }
    var paragraphs: [Paragraph] = []
    var origins: [Origin] = []
    var isPiece: [Bool] = []
    for (index, paragraph) in article.paragraphs.enumerated() {
      guard isLong(paragraph.text) else {
        var renumbered = paragraph
        renumbered.index = paragraphs.count
        paragraphs.append(renumbered)
        origins.append(Origin(paragraph: index, offset: 0))
        isPiece.append(false)
        continue
      }
      // (cut on the text's UTF-8 bytes: stepping through its scalars costs several times more)
      var text = paragraph.text
      text.withUTF8 { bytes in
        var previous = Cut(scalar: 0, byte: 0)
        for cut in Self.cuts(ofUTF8: bytes, pieceScalars: pieceScalars) {
          let dateline = paragraph.datelineEnd.flatMap { previous.scalar == 0 ? min($0, cut.scalar) : nil }
          paragraphs.append(
            Paragraph(
              index: paragraphs.count, start: paragraph.start + previous.scalar, end: paragraph.start + cut.scalar,
              role: paragraph.role,
              text: String(decoding: UnsafeBufferPointer(rebasing: bytes[previous.byte..<cut.byte]), as: UTF8.self),
              datelineEnd: dateline))
          origins.append(Origin(paragraph: index, offset: previous.scalar))
          isPiece.append(true)
          previous = cut
        }
      }
    }
    var split = article
    split.paragraphs = paragraphs
    self.split = split
    self.origins = origins
    self.isPiece = isPiece
  }

  /// A place where a paragraph is cut: its offset in scalars and in UTF-8 bytes.
  struct Cut: Equatable {
    var scalar: Int
    var byte: Int
  }

  /// The scalar offsets at which `text` is cut into pieces (none at 0 or at the end), as the rule says.
  static func cuts(of text: String, pieceScalars: Int) -> [Int] {
    var text = text
    return text.withUTF8 { cuts(ofUTF8: $0, pieceScalars: pieceScalars) }.dropLast().map(\.scalar)
  }

  /// The places at which the valid UTF-8 `bytes` are cut into pieces, as the rule says, and their end last.
  static func cuts(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, pieceScalars: Int) -> [Cut] {
    var cuts: [Cut] = []
    var pieceStart = 0
    var insideQuote = false
    // the last three scalars read: a sentence mark, a space, then this one
    var (beforeLast, last): (UInt32, UInt32) = (0x20, 0x20)
    var offset = 0
    var index = 0
    while index < bytes.count {
      // the scalar that starts at the byte, decoded (a String's UTF-8 is valid) by the steps of
      // `decodingUTF8` in SaysoCore, whose hot loop keeps its own
      let lead = bytes[index]
      var value = UInt32(lead)
      var width = 1
      if lead >= 0xC0 {
        width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        value &= 0x7F >> UInt32(width)
        for next in 1..<width { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
      }
      let length = offset - pieceStart
      if length >= pieceScalars && offset > 0 {
        // after '.', '!' or '?' and a space, a capital or an opening mark ('"', '“', '‘', '«'); the capital
        // read last (a scalar's properties cost some 300 instructions)
        let sentenceEnd =
          !insideQuote && last == 0x20 && (beforeLast == 0x2E || beforeLast == 0x21 || beforeLast == 0x3F)
          && (value == 0x22 || value == 0x201C || value == 0x2018 || value == 0xAB || (value >= 0x41 && value <= 0x5A)
            || (value >= 0x80 && Unicode.Scalar(value)?.properties.isUppercase == true))
        if sentenceEnd || (length >= 4 * pieceScalars && last == 0x20) || length >= 5 * pieceScalars {
          cuts.append(Cut(scalar: offset, byte: index))
          pieceStart = offset
          insideQuote = false
        }
      }
      switch value {
      case 0x22: insideQuote.toggle()
      case 0x201C, 0xAB: insideQuote = true
      case 0x201D, 0xBB: insideQuote = false
      default: break
      }
      (beforeLast, last) = (last, value)
      index += width
      offset += 1
    }
    cuts.append(Cut(scalar: offset, byte: bytes.count))
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
