extension CaseIterable where Self: Equatable {
  /// The case after this one, the first after the last: what a key that cycles a setting picks.
  var next: Self {
    let all = Array(Self.allCases)
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}
