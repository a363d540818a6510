/// Finds the outlet that interviewed the people in an article, from phrases such as "told Izvestia",
/// "experts interviewed by Izvestia", "told The Washington Post", "told CNN's Jake Tapper" or
/// "in an interview with Sputnik".
///
/// Used as the article's source when nothing else names it. People are told things too ("told Putin
/// that…"), so a name counts as an outlet when it looks like one (all capitals like "CNN", a newsroom
/// word like "News" or "Post", a leading "The", a possessive before a host's name), or when it follows
/// "interviewed by", or when a single capitalized word ("Izvestia") is told things at least twice, once
/// right before punctuation ("told Izvestia."), and the article never writes it as part of a longer
/// name ("John Stumpf", "President Trump") or before "said". The most frequent outlet wins; ties go to
/// the first one met.
enum InterviewSource {
  static func find(_ s: [Unicode.Scalar], in paragraphs: [Range<Int>]) -> String? {
    var candidates: [String: Candidate] = [:]
    var order: [String] = []
    for range in paragraphs {
      var i = range.lowerBound
      while i < range.upperBound {
        // Only words starting with "t" (told) or "i" (interviewed, interview) matter.
        let v = s[i].value
        guard v == 0x74 || v == 0x69, i == range.lowerBound || !s[i - 1].isWordCharacter else {
          i += 1
          continue
        }
        let word = wordEnd(s, i, range.upperBound)
        defer { i = max(word, i + 1) }
        var after: Int? = nil
        var byInterviewer = false
        if s.isWord("told", i, word) {
          after = word
        } else if s.isWord("interviewed", i, word), let by = nextWord(s, word, range.upperBound),
          s.isWord("by", by, wordEnd(s, by, range.upperBound))
        {
          after = wordEnd(s, by, range.upperBound)
          byInterviewer = true
        } else if s.isWord("interview", i, word), let with = nextWord(s, word, range.upperBound) {
          let withEnd = wordEnd(s, with, range.upperBound)
          if s.isWord("with", with, withEnd) || s.isWord("to", with, withEnd) { after = withEnd }
        }
        guard let after, let name = nameAfter(s, after, range.upperBound) else { continue }
        if candidates[name.text] == nil {
          order.append(name.text)
          candidates[name.text] = Candidate()
        }
        candidates[name.text]!.count += 1
        candidates[name.text]!.strong =
          candidates[name.text]!.strong || byInterviewer || name.looksLikeOutlet
        candidates[name.text]!.punctuated =
          candidates[name.text]!.punctuated || name.followedByPunctuation
        candidates[name.text]!.singleWord = name.singleWord
      }
    }
    // Most frequent first (stable, so ties keep the order met); the person check reads the whole
    // article, so it runs for a few names at most.
    let plausible = order.filter { name in
      let c = candidates[name]!
      return !notOutlets.contains(name)
        && (c.strong || (c.singleWord && c.punctuated && c.count >= 2))
    }
    let ranked = plausible.enumerated().sorted {
      (candidates[$0.element]!.count, -$0.offset) > (candidates[$1.element]!.count, -$1.offset)
    }.map(\.element)
    for name in ranked.prefix(maximumChecked) {
      let c = candidates[name]!
      if c.strong && !c.singleWord { return name }
      if !writtenAsPersonName(s, name, in: paragraphs, saying: !c.strong) { return name }
    }
    return nil
  }

  /// How many candidate names are checked against the article at most.
  static let maximumChecked = 4

  private struct Candidate {
    var count = 0
    var strong = false
    var punctuated = false
    var singleWord = true
  }

  /// Institutions that are told things but do not interview anyone.
  private static let notOutlets: Set<String> = [
    "Congress", "Parliament", "Senate", "Duma", "State Duma", "House", "Court", "Police", "Council",
    "Committee", "Assembly", "Government", "Cabinet", "President", "God", "The Court", "The House",
    "The Senate", "The Council", "The Committee", "The Guardian Council",
  ]

  /// Words that make a name an outlet's: "Fox News", "The Jakarta Post", "Kamloops This Week".
  private static let outletWords: Set<String> = [
    "News", "Post", "Times", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Radio", "TV",
    "Television", "Magazine", "Daily", "Press", "Agency", "Wire", "Channel", "Network",
    "Broadcasting",
    "Media", "Today", "Week", "Weekly", "Star", "Observer", "Independent", "Guardian", "Mail",
    "Express",
    "Chronicle", "Standard", "Review", "Monitor", "Insider", "Vedomosti", "Izvestia", "Kommersant",
  ]

  /// Words after an outlet's name that show it is one: "told Fox News host …".
  private static let newsroomWords: Set<String> = [
    "host", "hosts", "anchor", "reporter", "reporters", "correspondent", "correspondents",
    "journalist",
    "journalists", "newspaper", "agency", "radio", "television", "channel", "interviewer", "daily",
    "magazine", "podcast", "station", "program", "programme", "show",
  ]

  private struct Name {
    var text: String
    var looksLikeOutlet: Bool
    var followedByPunctuation: Bool
    var singleWord: Bool
  }

  /// A run of capitalized words after `from` (an optional "the" first), e.g. "Izvestia", "Fox News",
  /// "The Washington Post", "CNN" in "CNN's Wolf Blitzer".
  private static func nameAfter(_ s: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Name? {
    guard var i = nextWord(s, from, limit) else { return nil }
    var hasThe = false
    if s.isWord("the", i, wordEnd(s, i, limit)) {
      guard let n = nextWord(s, wordEnd(s, i, limit), limit) else { return nil }
      i = n
    } else if s.isWord("The", i, wordEnd(s, i, limit)) {
      hasThe = true
    }
    let start = i
    var end = i
    var words: [String] = []
    var possessive = false
    var capitals: Bool? = nil
    while i < limit, s[i].isUppercaseLetter, words.count < 5 {
      var e = wordEnd(s, i, limit)
      // "CNN's", "News'": the possessive ends the name.
      var p = false
      if e - i > 2, s[e - 2].value == 0x27 || s[e - 2].value == 0x2019, s[e - 1].value == 0x73 {
        e -= 2
        p = true
      } else if e < limit, s[e].value == 0x27 || s[e].value == 0x2019, s[e - 1].value == 0x73 {
        p = true
      }
      let word = s.string(i..<e)
      let wordCapitals = !word.unicodeScalars.contains { $0.isLowercaseLetter } && word.count >= 2
      // "MSNBC Cummings", "CBS This Morning": a change between capitals and capitalized ends the name.
      if let c = capitals, c != wordCapitals, !(hasThe && words.count == 1) { break }
      capitals = capitals ?? wordCapitals
      words.append(word)
      end = e
      if p {
        possessive = true
        break
      }
      // Next capitalized word, one space away.
      guard end + 1 < limit, s[end].value == 0x20, s[end + 1].isUppercaseLetter else { break }
      i = end + 1
    }
    guard !words.isEmpty, !(hasThe && words.count == 1) else { return nil }
    var j = end
    if possessive {
      if j < limit && (s[j].value == 0x27 || s[j].value == 0x2019) { j += 1 }
      if j < limit && s[j].value == 0x73 && (j + 1 == limit || !s[j + 1].isWordCharacter) { j += 1 }
    }
    while j < limit && s[j].isInlineSpace { j += 1 }
    let punctuated =
      j == limit || s[j].isClausePunctuation || s[j].value == 0x29 || s[j].isQuoteMark
      || s[j].isDash
    let next = s.string(j..<wordEnd(s, j, limit))
    let outlet =
      capitals == true || hasThe || words.contains(where: outletWords.contains)
      || newsroomWords.contains(next.lowercased())
      || (possessive && j < limit && s[j].isUppercaseLetter)
      || inAnInterview(s, j, limit)
    return Name(
      text: s.string(start..<end), looksLikeOutlet: outlet, followedByPunctuation: punctuated,
      singleWord: words.count == 1)
  }

  /// "in an interview" at `j`.
  private static func inAnInterview(_ s: [Unicode.Scalar], _ j: Int, _ limit: Int) -> Bool {
    let w = wordEnd(s, j, limit)
    guard s.isWord("in", j, w), let an = nextWord(s, w, limit),
      s.isWord("an", an, wordEnd(s, an, limit)),
      let interview = nextWord(s, wordEnd(s, an, limit), limit)
    else { return false }
    return s.hasASCIIPrefix("interview", at: interview, end: limit)
  }

  /// Whether the article writes `name` after another capitalized word ("John Stumpf", "President
  /// Trump"), or, when `saying`, before "said" or "says": then it names a person, not an outlet.
  private static func writtenAsPersonName(
    _ s: [Unicode.Scalar], _ name: String, in paragraphs: [Range<Int>], saying: Bool
  ) -> Bool {
    let target = Array(name.unicodeScalars)
    for range in paragraphs {
      var i = range.lowerBound
      while i + target.count <= range.upperBound {
        guard s[i] == target[0], i == range.lowerBound || !s[i - 1].isWordCharacter,
          s[i..<i + target.count].elementsEqual(target),
          i + target.count == range.upperBound || !s[i + target.count].isWordCharacter
        else {
          i += 1
          continue
        }
        // The word before, after one space.
        if i - 2 >= range.lowerBound, s[i - 1].value == 0x20, s[i - 2].isLetter {
          var k = i - 2
          while k > range.lowerBound && s[k - 1].isLetter { k -= 1 }
          let before = k >= range.lowerBound + 2 ? s[k - 2].value : 0
          let sentenceStart =
            k == range.lowerBound
            || (s[k - 1].isInlineSpace && (before == 0x2E || before == 0x21 || before == 0x3F))
            || (k > range.lowerBound && s[k - 1].isQuoteMark)
          if s[k].isUppercaseLetter && !sentenceStart { return true }
        }
        let after = i + target.count
        if saying, let w = nextWord(s, after, range.upperBound) {
          let e = wordEnd(s, w, range.upperBound)
          if s.isWord("said", w, e) || s.isWord("says", w, e) { return true }
        }
        i += target.count
      }
    }
    return false
  }

  /// End of the word (letters, digits, apostrophes, hyphens, periods inside) starting at `i`.
  private static func wordEnd(_ s: [Unicode.Scalar], _ i: Int, _ limit: Int) -> Int {
    var j = i
    while j < limit {
      let c = s[j]
      if c.isWordCharacter {
        j += 1
      } else if c.value == 0x27 || c.value == 0x2019 || c.value == 0x2D || c.value == 0x2E,
        j + 1 < limit,
        s[j + 1].isWordCharacter, j > i
      {
        j += 1
      } else {
        break
      }
    }
    return j
  }

  /// Start of the next word after single spaces, if a word follows directly.
  private static func nextWord(_ s: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Int? {
    var j = from
    while j < limit && s[j].isInlineSpace { j += 1 }
    return j > from && j < limit && s[j].isWordCharacter ? j : nil
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether `self[start..<end]` is exactly `word` (ASCII, case-sensitive).
  fileprivate func isWord(_ word: String, _ start: Int, _ end: Int) -> Bool {
    guard end - start == word.utf8.count else { return false }
    var i = start
    for u in word.utf8 {
      guard self[i].value == UInt32(u) else { return false }
      i += 1
    }
    return true
  }
}
