/// A function of a string, worked out once a thread for each string and remembered there (`ThreadLocal`):
/// the forms of names and roles that a corpus gives again and again (`RoleForm`, `OrganisationName`, a
/// name's gender), which the analyses of a corpus ask on every core at once. A thread keeps up to 4,096
/// strings, then starts again: the names of a long run of articles are mostly new.
final class ThreadMemo<Value>: Sendable {
  private let memos: ThreadLocal<Memo>
  private let make: @Sendable (String) -> Value

  init(_ make: @escaping @Sendable (String) -> Value) {
    self.make = make
    memos = ThreadLocal { Memo() }
  }

  /// `make(key)`, worked out once a thread.
  func callAsFunction(_ key: String) -> Value {
    let memo = memos.value
    if let known = memo.values[key] { return known }
    let value = make(key)
    if memo.values.count >= Self.limit { memo.values.removeAll(keepingCapacity: true) }
    memo.values[key] = value
    return value
  }

  private static var limit: Int { 4096 }

  /// What a thread has worked out, by string.
  final class Memo {
    var values: [String: Value] = [:]
  }
}
