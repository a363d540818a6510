/// Splits a paragraph's tokens into sentences without breaking inside direct quotes.
///
/// A candidate boundary is [.!?…] (with closing quote marks) followed by a capital, an opening quote,
/// a dash or a digit. Titles and initials never end a sentence ("Paul J. Smith", "Mr. Podesta"); a few
/// abbreviations end one only before a capital; "U.S." ends one only before a common sentence starter.
enum SentenceSplitter {
  static let titles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "rev", "st",
    "jr", "sr", "messrs", "mt", "ft", "gens", "reps", "sens", "adm", "maj", "cmdr", "supt", "hon", "pres",
    "no", "pp", "vol", "fig", "approx", "ave", "blvd",
  ]
  static let beforeCapital: Set<String> = [
    "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "vs", "etc", "al", "cf", "dept", "univ", "assn", "bros",
  ]
  static let starters: Set<String> = [
    "the", "he", "she", "it", "in", "but", "however", "they", "we", "i", "a", "an", "this", "that", "there",
    "and", "as", "at", "on", "for", "if", "his", "her", "their", "our", "its", "these", "those", "when",
    "while", "after", "before", "since", "so", "yet", "still", "now", "then", "also", "what", "who",
    "mr", "mrs", "ms", "dr", "president", "officials", "according",
  ]
  static let closers: Set<String> = ["”", "\"", "’", "'", ")", "»", "]"]
  static let openers: Set<String> = ["“", "\"", "‘", "(", "«", "–", "—", "'", "["]

  /// Returns sentences as half-open token index ranges covering all tokens.
  static func split(_ tokens: [Token], quotes: [QuoteSpan], lineBreaks: [Int] = []) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    // which scalars lie inside a quote's words: one mark each, so a check costs nothing per quote
    let extent = quotes.isEmpty ? 0 : max(tokens.last?.end ?? 0, quotes.map(\.innerEnd).max() ?? 0)
    var quoted = [Bool](repeating: false, count: extent + 1)
    for quote in quotes where quote.innerStart < quote.innerEnd {
      for offset in quote.innerStart..<quote.innerEnd { quoted[offset] = true }
    }
    let quoteStarts = Set(quotes.map(\.start))
    func insideQuote(_ offset: Int) -> Bool { offset < quoted.count && quoted[offset] }
    while index < tokens.count {
      let token = tokens[index]
      var endsHere = false
      var last = index
      if token.kind == .punct
        && (token.scalar == "." || token.scalar == "!" || token.scalar == "?" || token.scalar == "…")
      {
        // take closing marks
        while last + 1 < tokens.count && closers.contains(tokens[last + 1].text)
          && tokens[last + 1].start == tokens[last].end
        {
          last += 1
        }
        let closedQuote = last > index
        if !insideQuote(token.start) || (closedQuote && !insideQuote(tokens[last].start)) {
          endsHere = boundaryAllowed(tokens, period: index, next: last + 1)
        }
      } else if token.kind == .word && token.end - token.start >= 3 && token.endsWithDot && !insideQuote(token.start) {
        // an initialism such as U.S. ends a sentence only before a common starter
        if last + 1 < tokens.count {
          let next = tokens[last + 1]
          endsHere = starters.contains(next.lower) && next.isCapitalized
        }
      }
      if !endsHere, last + 1 < tokens.count,
        case let nextBreak = ParagraphText.partition(lineBreaks.count, { lineBreaks[$0] >= tokens[last].end }),
        nextBreak < lineBreaks.count, lineBreaks[nextBreak] < tokens[last + 1].start,
        !insideQuote(tokens[last + 1].start) || quoteStarts.contains(tokens[last + 1].start)
      {
        endsHere = true
      }
      if endsHere || last == tokens.count - 1 {
        result.append(start..<(last + 1))
        start = last + 1
      }
      index = last + 1
    }
    if start < tokens.count { result.append(start..<tokens.count) }
    return result
  }

  static func boundaryAllowed(_ tokens: [Token], period: Int, next: Int) -> Bool {
    guard next < tokens.count else { return true }
    let following = tokens[next]
    let startsLikeSentence =
      following.isCapitalized || following.kind == .number || openers.contains(following.text)
    guard startsLikeSentence else { return false }
    guard tokens[period].scalar == ".", period > 0 else { return true }
    let previous = tokens[period - 1]
    guard previous.end == tokens[period].start, previous.kind == .word else { return true }
    let word = previous.lower
    if titles.contains(word) { return false }
    if previous.text.count == 1 && previous.isCapitalized { return false }  // an initial
    if beforeCapital.contains(word) { return following.isCapitalized }
    return true
  }
}
