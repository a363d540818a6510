extension Story {
  /// The stories that claim groups make: articles joined by a shared claim are one story (connected
  /// components over articles), so a story holds every claim its articles share.
  ///
  /// - Parameters:
  ///   - groups: the claims that are one claim, each with its speaker's full name (nil when unknown);
  ///     a group's reports must stand in at least two articles.
  ///   - articles: the articles by path.
  /// - Returns: the stories, most articles first, then by first date and first path, numbered from 1.
  public static func assemble(_ groups: [Claim], articles: [String: Article]) -> [Story] {
    var positions: [String: Int] = [:]
    var paths: [String] = []
    for group in groups {
      for report in group.reports where positions[report.path] == nil {
        positions[report.path] = paths.count
        paths.append(report.path)
      }
    }
    var sets = UnionFind(count: paths.count)
    for group in groups {
      let first = positions[group.reports[0].path]!
      for report in group.reports.dropFirst() { sets.union(first, positions[report.path]!) }
    }
    func article(_ path: String) -> Article {
      articles[path] ?? Article(path: path, title: nil, source: nil, date: nil)
    }
    // Dated articles first, in date order; then by path.
    func precedes(_ a: String, _ b: String) -> Bool {
      (article(a).date ?? "\u{10FFFF}", a) < (article(b).date ?? "\u{10FFFF}", b)
    }
    var claimsByStory: [Int: [Claim]] = [:]
    for group in groups {
      var claim = group
      claim.reports.sort { precedes($0.path, $1.path) || ($0.path == $1.path && $0.paragraph < $1.paragraph) }
      claimsByStory[sets.find(positions[claim.reports[0].path]!), default: []].append(claim)
    }
    var membersByStory: [Int: [String]] = [:]
    for (position, path) in paths.enumerated() { membersByStory[sets.find(position), default: []].append(path) }
    var stories: [Story] = claimsByStory.map { root, claims in
      let members = membersByStory[root, default: []].sorted(by: precedes)
      let sorted = claims.sorted {
        ($1.articles.count, $0.reports[0].path, $0.reports[0].paragraph)
          < ($0.articles.count, $1.reports[0].path, $1.reports[0].paragraph)
      }
      let dates = members.compactMap { article($0).date }.sorted()
      return Story(
        id: 0, headline: sorted[0].text, firstDate: dates.first, lastDate: dates.last,
        articles: members.map(article), claims: sorted)
    }
    stories.sort {
      ($1.articles.count, $0.firstDate ?? "\u{10FFFF}", $0.articles[0].path)
        < ($0.articles.count, $1.firstDate ?? "\u{10FFFF}", $1.articles[0].path)
    }
    for index in stories.indices { stories[index].id = index + 1 }
    return stories
  }
}
