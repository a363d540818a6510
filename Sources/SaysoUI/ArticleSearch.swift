import SaysoCore

/// The matches of an in-article search, in reading order.
struct ArticleSearch {
  struct Match: Equatable {
    var paragraph: Int
    var range: Range<Int>
  }

  var terms: [String]
  var matches: [Match] = []
  /// The indices in `matches` of each paragraph's matches, for drawing.
  var byParagraph: [Int: [Int]] = [:]
  var current = 0

  init(terms: [String], article: Article) {
    self.terms = terms
    for paragraph in article.paragraphs {
      var found: [Range<Int>] = []
      for term in terms { found += TextSearch.ranges(of: term, in: paragraph.text) }
      for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        byParagraph[paragraph.index, default: []].append(matches.count)
        matches.append(Match(paragraph: paragraph.index, range: range))
      }
    }
  }
}
