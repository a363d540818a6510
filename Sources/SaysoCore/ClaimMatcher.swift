/// Finds which claims across a corpus are the same claim: an inverted index of their rare shingles.
///
/// Two claims match when they stand in different articles, share at least `minimumShared` rare shingles,
/// and the shared ones are at least `minimumOverlap` of the shorter claim's rare shingles (so a fragment
/// matches the quote it was cut from, and an extension the quote it extends). Shingles found in more than
/// `commonLimit` articles are a phrase, not a quote ("we will not accept the"): they are left out of the
/// index, so a ubiquitous phrase cannot glue unrelated claims. Two proposals match only when the same
/// person made them; two claims whose people are known and different never match.
///
/// Matched claims are joined into groups (connected components, by union–find); a group that spans more
/// than `commonLimit` articles is dropped as well. Work grows with the number of shingles (sorted once)
/// plus, for each claim, the posting lists of its rare shingles (at most 4 × `commonLimit` claims each);
/// memory is four arrays as long as the shingles, and no table of pairs.
public struct ClaimMatcher: Sendable, Equatable {
  /// The claims to match, held flat (one array per field, every claim's shingles in one array), so
  /// that a corpus of a million claims costs a few bytes per shingle and no allocation per claim.
  public struct Claims: Sendable {
    /// Which article each claim stands in (any number that is the same for the same article).
    var articles: [Int32] = []
    /// The person behind each claim, as a position in `personKeys`, or -1.
    var people: [Int32] = []
    var proposals: [Bool] = []
    /// Where each claim's shingles end in `shingles` (they start where the previous claim's end).
    var ends: [Int] = []
    var shingles: [UInt64] = []
    var personKeys: [String] = []
    private var personPositions: [String: Int32] = [:]

    public init() {}

    /// How many claims there are.
    public var count: Int { articles.count }

    /// Adds a claim.
    ///
    /// - Parameters:
    ///   - article: the article it stands in (any number that is the same for the same article).
    ///   - person: the person behind it, already resolved across the corpus (a key of
    ///     `PeopleIndex.canonicalNames()`), if any.
    ///   - shingles: its shingles (`ClaimShingles.shingles(of:)`), distinct.
    public mutating func append(article: Int, person: String?, isProposal: Bool, shingles: [UInt64]) {
      articles.append(Int32(truncatingIfNeeded: article))
      if let person {
        if personPositions[person] == nil {
          personPositions[person] = Int32(personKeys.count)
          personKeys.append(person)
        }
        people.append(personPositions[person]!)
      } else {
        people.append(-1)
      }
      proposals.append(isProposal)
      self.shingles.append(contentsOf: shingles)
      ends.append(self.shingles.count)
    }

    /// How many shingles claim `index` has.
    func shingleCount(_ index: Int) -> Int { ends[index] - (index == 0 ? 0 : ends[index - 1]) }

    /// The person behind claim `index`, if any.
    func person(_ index: Int) -> String? { people[index] < 0 ? nil : personKeys[Int(people[index])] }
  }

  /// Four shingles: six words in common at least. With fewer, everyday runs glue unrelated claims
  /// ("there is a lot of", "a lot of them", "three days of mourning"), as the Wikinews corpus showed.
  public var minimumShared = 4
  public var minimumOverlap = 0.6
  public var commonLimit = 25

  public init(minimumShared: Int = 4, minimumOverlap: Double = 0.6, commonLimit: Int = 25) {
    self.minimumShared = minimumShared
    self.minimumOverlap = minimumOverlap
    self.commonLimit = commonLimit
  }

  /// The groups of claims that are the same claim, as positions in `claims`: each group sorted, in more
  /// than one article, the groups in order of their first claim. Claims that match nothing are in none.
  public func groups(_ claims: Claims) -> [[Int]] {
    let index = PostingIndex(claims, commonLimit: commonLimit)
    var sets = UnionFind(count: claims.count)
    var shared: [Int32: Int32] = [:]
    for a in 0..<claims.count {
      // Count, for every later claim in another article, the rare shingles it shares with `a`.
      shared.removeAll(keepingCapacity: true)
      for position in (a == 0 ? 0 : claims.ends[a - 1])..<claims.ends[a] {
        let run = Int(index.runOf[position])
        guard !index.isCommon(run) else { continue }
        for slot in index.slots(ofRun: run) {
          let b = index.owner[Int(index.order[slot])]
          if Int(b) > a && claims.articles[Int(b)] != claims.articles[a] { shared[b, default: 0] += 1 }
        }
      }
      for (b, count) in shared where matches(a, Int(b), in: claims, index: index, shared: Int(count)) {
        sets.union(a, Int(b))
      }
    }
    var members: [Int: [Int]] = [:]
    for claim in 0..<claims.count where sets.hasPartner(claim) {
      members[sets.find(claim), default: []].append(claim)
    }
    return members.values.filter { group in
      let articles = Set(group.map { claims.articles[$0] })
      return articles.count > 1 && articles.count <= commonLimit
    }.sorted { $0[0] < $1[0] }
  }

  /// Whether claims `a` and `b`, sharing `shared` rare shingles, are the same claim. The overlap is
  /// measured against the rare shingles of the shorter claim: common runs ("before Monday and") say
  /// nothing either way.
  func matches(_ a: Int, _ b: Int, in claims: Claims, index: PostingIndex, shared: Int) -> Bool {
    guard shared >= minimumShared else { return false }
    let shorter = min(index.rareCounts[a], index.rareCounts[b])
    guard Double(shared) >= minimumOverlap * Double(shorter) else { return false }
    let (first, second) = (claims.person(a), claims.person(b))
    if claims.proposals[a] || claims.proposals[b] {
      guard let first, let second, PeopleIndex.mayBeSamePerson(first, second) else { return false }
    }
    if let first, let second, !PeopleIndex.mayBeSamePerson(first, second) { return false }
    return true
  }

  /// The inverted index: every shingle's posting list (the claims that have it), found by sorting the
  /// shingles' positions by value; a list whose claims span more than `commonLimit` articles is common.
  struct PostingIndex {
    /// The claim each position of `Claims.shingles` belongs to.
    var owner: [Int32]
    /// The positions of `Claims.shingles`, sorted by shingle (then claim): a run of one shingle is
    /// its posting list.
    var order: [Int32]
    /// Where each run starts in `order`, with one more entry at the end; a common run's start is stored
    /// negated minus one.
    private var starts: [Int32]
    /// The run each position of `Claims.shingles` belongs to.
    var runOf: [Int32]
    /// How many rare (not common) shingles each claim has.
    var rareCounts: [Int]

    init(_ claims: Claims, commonLimit: Int) {
      owner = [Int32](repeating: 0, count: claims.shingles.count)
      var start = 0
      for (index, end) in claims.ends.enumerated() {
        for position in start..<end { owner[position] = Int32(index) }
        start = end
      }
      let owner = owner
      order = Array(0..<Int32(claims.shingles.count))
      order.sort { (claims.shingles[Int($0)], owner[Int($0)]) < (claims.shingles[Int($1)], owner[Int($1)]) }
      starts = []
      runOf = [Int32](repeating: 0, count: claims.shingles.count)
      rareCounts = [Int](repeating: 0, count: claims.count)
      var articles = Set<Int32>()
      var first = 0
      while first < order.count {
        let shingle = claims.shingles[Int(order[first])]
        var end = first
        articles.removeAll(keepingCapacity: true)
        while end < order.count && claims.shingles[Int(order[end])] == shingle {
          if articles.count <= commonLimit { articles.insert(claims.articles[Int(owner[Int(order[end])])]) }
          end += 1
        }
        // Many claims of one article (a phrase it repeats) make a list common too: pairs grow as its square.
        let common = articles.count > commonLimit || end - first > 4 * commonLimit
        for slot in first..<end {
          runOf[Int(order[slot])] = Int32(starts.count)
          if !common { rareCounts[Int(owner[Int(order[slot])])] += 1 }
        }
        starts.append(common ? -Int32(first) - 1 : Int32(first))
        first = end
      }
      starts.append(Int32(order.count))
    }

    func isCommon(_ run: Int) -> Bool { starts[run] < 0 }

    /// The slots of `order` that run `run` takes: its posting list.
    func slots(ofRun run: Int) -> Range<Int> {
      func start(_ run: Int) -> Int { Int(starts[run] < 0 ? -(starts[run] + 1) : starts[run]) }
      return start(run)..<start(run + 1)
    }
  }
}

/// Disjoint sets of positions `0..<count`, with path halving and union by size.
struct UnionFind {
  private var parent: [Int]
  private var size: [Int]

  init(count: Int) {
    parent = Array(0..<count)
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ element: Int) -> Int {
    var x = element
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    var (x, y) = (find(a), find(b))
    guard x != y else { return }
    if size[x] < size[y] { swap(&x, &y) }
    parent[y] = x
    size[x] += size[y]
  }

  /// Whether `element` was joined with any other.
  mutating func hasPartner(_ element: Int) -> Bool { size[find(element)] > 1 }
}
