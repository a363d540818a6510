/// Finds which claims across a corpus are the same claim: an inverted index of their rare shingles.
///
/// Two claims match when they stand in different articles, share at least `minimumShared` shingles, and
/// the shared ones are at least `minimumOverlap` of the shorter claim's shingles (so a fragment matches the
/// quote it was cut from, and an extension the quote it extends). Shingles found in more than
/// `commonLimit` articles are a phrase, not a quote ("we will not accept the"): they are left out of the
/// index, so a ubiquitous phrase cannot glue unrelated claims. Two proposals match only when the same
/// person made them; two claims whose people are known and different never match.
///
/// Matched claims are joined into groups (connected components, by union–find); a group that spans more
/// than `commonLimit` articles is dropped as well. Work grows with the number of shingles (sorted once)
/// plus the pairs inside each rare shingle's posting list, at most `commonLimit`² each.
public struct ClaimMatcher: Sendable {
  /// One claim as the matcher sees it.
  public struct Claim: Sendable, Equatable {
    /// Which article it stands in (any number that is the same for the same article).
    public var article: Int
    /// The person behind it, already resolved across the corpus (`PeopleIndex.canonicalKey(of:)`), if any.
    public var person: String?
    public var isProposal: Bool
    /// Its shingles (`ClaimShingles.shingles(of:)`), distinct.
    public var shingles: [UInt64]

    public init(article: Int, person: String?, isProposal: Bool, shingles: [UInt64]) {
      self.article = article
      self.person = person
      self.isProposal = isProposal
      self.shingles = shingles
    }
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
  public func groups(_ claims: [Claim]) -> [[Int]] {
    var pairs = sharedShingleCounts(claims)
    var sets = UnionFind(count: claims.count)
    for (key, shared) in pairs {
      let (a, b) = (Int(key >> 32), Int(key & 0xFFFF_FFFF))
      if matches(claims[a], claims[b], shared: Int(shared)) { sets.union(a, b) }
    }
    pairs = [:]
    var members: [Int: [Int]] = [:]
    for index in claims.indices where sets.hasPartner(index) { members[sets.find(index), default: []].append(index) }
    return members.values.filter { group in
      let articles = Set(group.map { claims[$0].article })
      return articles.count > 1 && articles.count <= commonLimit
    }.sorted { $0[0] < $1[0] }
  }

  /// Whether two claims sharing `shared` rare shingles are the same claim.
  func matches(_ a: Claim, _ b: Claim, shared: Int) -> Bool {
    guard shared >= minimumShared else { return false }
    let shorter = min(a.shingles.count, b.shingles.count)
    guard Double(shared) >= minimumOverlap * Double(shorter) else { return false }
    if a.isProposal || b.isProposal {
      guard let first = a.person, let second = b.person, PeopleIndex.mayBeSamePerson(first, second) else { return false }
    }
    if let first = a.person, let second = b.person, !PeopleIndex.mayBeSamePerson(first, second) { return false }
    return true
  }

  /// For every pair of claims in different articles that share a rare shingle: how many they share,
  /// keyed `first << 32 | second` (first < second).
  func sharedShingleCounts(_ claims: [Claim]) -> [UInt64: UInt32] {
    var postings: [(shingle: UInt64, claim: UInt32)] = []
    postings.reserveCapacity(claims.reduce(0) { $0 + $1.shingles.count })
    for (index, claim) in claims.enumerated() {
      for shingle in claim.shingles { postings.append((shingle, UInt32(index))) }
    }
    postings.sort { ($0.shingle, $0.claim) < ($1.shingle, $1.claim) }
    var counts: [UInt64: UInt32] = [:]
    var start = 0
    var run: [UInt32] = []
    while start < postings.count {
      var end = start
      run.removeAll(keepingCapacity: true)
      var articles = Set<Int>()
      var common = false
      while end < postings.count && postings[end].shingle == postings[start].shingle {
        if !common {
          run.append(postings[end].claim)
          articles.insert(claims[Int(postings[end].claim)].article)
          common = articles.count > commonLimit || run.count > 4 * commonLimit
        }
        end += 1
      }
      if !common && articles.count > 1 {
        for i in 0..<run.count {
          for j in (i + 1)..<run.count where claims[Int(run[i])].article != claims[Int(run[j])].article {
            counts[UInt64(run[i]) << 32 | UInt64(run[j]), default: 0] += 1
          }
        }
      }
      start = end
    }
    return counts
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
