/// Splits a paragraph's tokens into sentences without breaking inside direct quotes.
///
/// A candidate boundary is [.!?…] (with closing quote marks) followed by a capital, an opening quote,
/// a dash or a digit. Titles and initials never end a sentence ("Paul J. Smith", "Mr. Ashby"); a few
/// abbreviations end one only before a capital; "U.S." ends one only before a common sentence starter.
enum SentenceSplitter {
  static let titles: WordSet = [
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "rev", "st",
    "jr", "sr", "messrs", "mt", "ft", "gens", "reps", "sens", "adm", "maj", "cmdr", "supt", "hon", "pres",
    "approx", "ave", "blvd",
    // ranks and offices of police, armies and councils: "Coun. Diane Moss", "RCMP Cpl. Ann Roy", "Const."
    "coun", "cpl", "const", "cst", "insp", "det", "atty", "pte", "brig", "ald", "msgr", "amb", "fr",
    // the "versus" of a case or a match, always between two names: "Hale v. Morrow", "Kings vs. Nets"
    "v", "vs",
  ]
  /// Abbreviations only before a number ("No. 10", "pp. 4-9"): "voted no. She said …" ends a sentence.
  static let beforeNumber: WordSet = ["no", "pp", "vol", "fig"]
  static let beforeCapital: Set<String> = [
    "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "etc", "al", "cf", "dept", "univ", "assn", "bros",
  ]
  /// The abbreviations of `beforeCapital` that end a firm's name: "Domtar Corp.", "Acme Inc.".
  static let firmAbbreviations: WordSet = ["inc", "ltd", "corp", "co", "bros"]
  static let starters: WordSet = [
    "the", "he", "she", "it", "in", "but", "however", "they", "we", "i", "a", "an", "this", "that", "there",
    "and", "as", "at", "on", "for", "if", "his", "her", "their", "our", "its", "these", "those", "when",
    "while", "after", "before", "since", "so", "yet", "still", "now", "then", "also", "what", "who",
    "mr", "mrs", "ms", "dr", "according",
  ]

  /// Returns sentences as half-open token index ranges covering all tokens.
  static func split(_ tokens: [Token], quotes: [QuoteSpan], lineBreaks: [Int] = []) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var index = 0
    // which scalars lie inside a quote's words: one mark each, so a check costs nothing per quote
    // (a paragraph without quotes, most of them, allocates neither: no offset is inside one)
    var quoted: [Bool] = []
    if !quotes.isEmpty {
      let extent = max(tokens.last?.end ?? 0, quotes.map(\.innerEnd).max() ?? 0)
      quoted = [Bool](filledWith: false, count: extent + 1)
      for quote in quotes where quote.innerStart < quote.innerEnd {
        for offset in quote.innerStart..<quote.innerEnd { quoted[offset] = true }
      }
    }
    // (the offsets where quotes open, gathered at the first question: few sentence ends ask it)
    var quoteStarts: Set<Int>? = nil
    func opensQuote(_ offset: Int) -> Bool {
      guard !quotes.isEmpty else { return false }
      if quoteStarts == nil { quoteStarts = Set(quotes.map(\.start)) }
      return quoteStarts.unsafelyUnwrapped.contains(offset)
    }
    func insideQuote(_ offset: Int) -> Bool { offset < quoted.count && quoted[offset] }
    while index < tokens.count {
      // fields are read in place: copying a token copies its two strings
      let kind = tokens[index].kind
      let scalar = tokens[index].scalar
      let tokenStart = tokens[index].start
      var endsHere = false
      var last = index
      if kind == .punct && (scalar == "." || scalar == "!" || scalar == "?" || scalar == "…") {
        // take closing marks
        while last + 1 < tokens.count && isCloser(tokens[last + 1]) && tokens[last + 1].start == tokens[last].end {
          last += 1
        }
        let closedQuote = last > index
        if !insideQuote(tokenStart) || (closedQuote && !insideQuote(tokens[last].start)) {
          endsHere = boundaryAllowed(tokens, period: index, next: last + 1)
        }
      } else if kind == .word && tokens[index].end - tokenStart >= 3 && tokens[index].endsWithDot
        && !insideQuote(tokenStart)
      {
        // an initialism such as U.S. ends a sentence only before a common starter, and a legislator's party
        // and state before a quote that opens: "…,” said Sen. Dale Ferris, R-S.C. “I see that.”"
        if last + 1 < tokens.count {
          endsHere =
            (tokens[last + 1].isCapitalized && starters.contains(tokens[last + 1].lower))
            || (opensQuote(tokens[last + 1].start) && tokens[index].isPartyLabel)
            // (and a time of day before a quote that opens: "… at 9:15 p.m. “No staff were hurt.”")
            || (Self.clockTimes.contains(tokens[index].lower)
              && (startsAfterClockTime(tokens[last + 1]) || opensQuote(tokens[last + 1].start)))
        }
      }
      if !endsHere, last + 1 < tokens.count,
        case let nextBreak = ParagraphText.partition(lineBreaks.count, { lineBreaks[$0] >= tokens[last].end }),
        nextBreak < lineBreaks.count, lineBreaks[nextBreak] < tokens[last + 1].start,
        !insideQuote(tokens[last + 1].start) || opensQuote(tokens[last + 1].start)
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

  /// The abbreviations of a time of day: "at 2 a.m."
  static let clockTimes: WordSet = ["a.m.", "p.m."]

  /// Whether the word after a time of day opens a sentence: a capitalised word that is no day, month or
  /// time zone ("… after 2 a.m. Three people were …"; not "at 10 a.m. Tuesday", "9 a.m. Eastern", "EST").
  static func startsAfterClockTime(_ next: Token) -> Bool {
    next.kind == .word && next.isCapitalized && !next.isTimeWord && !timeZoneWords.contains(next.lower)
      && !(next.text.count <= 4 && next.text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) })
  }

  static let timeZoneWords: WordSet = ["eastern", "central", "mountain", "pacific", "atlantic", "local"]

  static func boundaryAllowed(_ tokens: [Token], period: Int, next: Int) -> Bool {
    guard next < tokens.count else { return true }
    // a question or an exclamation quoted before its frame ends no sentence: "“… right?” Hale said, as if …"
    if next > period + 1, tokens[period].scalar != ".", framesBefore(tokens, from: next) { return false }
    let followingIsCapitalized = tokens[next].isCapitalized
    let startsLikeSentence =
      followingIsCapitalized || tokens[next].kind == .number || isOpener(tokens[next])
    guard startsLikeSentence else { return false }
    guard tokens[period].scalar == ".", period > 0 else { return true }
    guard tokens[period - 1].end == tokens[period].start, tokens[period - 1].kind == .word else { return true }
    let word = tokens[period - 1].lower
    // (a title's abbreviation is a word of its own, not a web address's ending: "Fr. Hale", not "lemonde.fr."; nor
    // francs after a number: "40,000 Fr.")
    if titles.contains(word),
      !(period >= 2 && tokens[period - 2].scalar == "." && tokens[period - 2].end == tokens[period - 1].start),
      !(word == "fr" && period >= 2 && tokens[period - 2].kind == .number
        && tokens[period - 2].text.last?.isNumber == true)
    {
      return false
    }
    if beforeNumber.contains(word) { return tokens[next].kind != .number }
    if tokens[period - 1].isOneCharacter && tokens[period - 1].isCapitalized { return false }  // an initial
    if beforeCapital.contains(word) { return followingIsCapitalized }
    return true
  }

  /// Whether a short frame starts at `from`: a name of up to four words, then a reporting verb (not one of
  /// belief: "…?” I think every voter …" opens a sentence), up to twelve words of its adjuncts and the one told,
  /// and a comma or a full stop ("Hale said,", "Sen. Ann Vey added.", "Crane said to Vogue.", "Lund told the
  /// nation on Sunday via Twitter.", "Moss asked reporters pointedly during a briefing late last week.").
  static func framesBefore(_ tokens: [Token], from: Int) -> Bool {
    var index = from
    while index < tokens.count && index < from + 4 && (tokens[index].isCapitalized || tokens[index].scalar == ".") {
      index += 1
    }
    guard index > from, index + 1 < tokens.count, tokens[index].classes.contains(.cueWord),
      CueLexicon.lookup(tokens[index].lower)?.category != .belief
    else { return false }
    var after = index + 1
    // (no clause of its own: no "that", no quote, no second verb of saying)
    while after < tokens.count && after <= index + 12 && tokens[after].kind == .word && tokens[after].quote == nil
      && tokens[after].lower != "that" && !tokens[after].classes.contains(.cueWord)
    { after += 1 }
    guard after < tokens.count && (tokens[after].scalar == "," || tokens[after].scalar == ".") else { return false }
    // (a pronoun's frame that a quote follows opens a sentence: "“Could you?” He answered, “I can't say.”")
    return !(index == from + 1 && Attributor.subjectPronouns.contains(tokens[from].lower)
      && tokens[after].scalar == "," && after + 1 < tokens.count && isOpener(tokens[after + 1]))
  }

  /// Whether the token is a closing mark (” " ’ ' ) » ]): those are single marks, so only a punctuation token's
  /// scalar can be one (a word holds a letter or digit).
  @inline(__always) static func isCloser(_ token: Token) -> Bool {
    guard token.kind == .punct else { return false }
    switch token.scalar {
    case "”", "\"", "’", "'", ")", "»", "]": return true
    default: return false
    }
  }

  /// Whether the token is an opening mark or dash (“ " ‘ ( « – — ' [), one scalar as `isCloser`.
  @inline(__always) static func isOpener(_ token: Token) -> Bool {
    guard token.kind == .punct else { return false }
    switch token.scalar {
    case "“", "\"", "‘", "(", "«", "–", "—", "'", "[": return true
    default: return false
    }
  }
}
