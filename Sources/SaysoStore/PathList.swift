/// A list of paths held compactly, for reports that may name every article of a large corpus.
///
/// Each path is stored as the number of leading bytes it shares with the path before it, then the
/// bytes that differ: in path order, `corpus/012/article-012345.txt` after `…012344.txt` costs seven
/// bytes instead of a string of its own, so 100,000 paths take under a megabyte rather than a dozen.
/// Every sixteenth path is stored whole, so reading any one decodes at most sixteen.
///
/// It reads like an array of strings: `report.analysed.count`, `report.removed == [path]`, `for path in`.
public struct PathList: RandomAccessCollection, Sendable, Hashable, ExpressibleByArrayLiteral,
  CustomStringConvertible
{
  /// How many paths follow each path stored whole.
  private static let restartInterval = 16

  /// The records: shared length and suffix length (each as a LEB128 number), then the suffix's bytes.
  private var bytes: [UInt8] = []
  /// Where every `restartInterval`-th record starts in `bytes`.
  private var restarts: [Int] = []
  /// The last path's bytes, to encode the next one against.
  private var last: [UInt8] = []
  private var total = 0

  /// An empty list.
  public init() {}

  /// A list of `paths`, in order.
  public init(_ paths: some Sequence<String>) {
    for path in paths { append(path) }
  }

  public init(arrayLiteral paths: String...) {
    self.init(paths)
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { total }

  public subscript(position: Int) -> String {
    precondition(position >= 0 && position < total, "PathList index out of range")
    let block = position / Self.restartInterval
    var offset = restarts[block]
    var path: [UInt8] = []
    for _ in block * Self.restartInterval...position {
      let shared = Self.number(in: bytes, at: &offset)
      let length = Self.number(in: bytes, at: &offset)
      path.removeSubrange(shared...)
      path.append(contentsOf: bytes[offset..<offset + length])
      offset += length
    }
    return String(decoding: path, as: UTF8.self)
  }

  /// Adds `path` at the end.
  public mutating func append(_ path: String) {
    let new = Array(path.utf8)
    var shared = 0
    if total % Self.restartInterval == 0 {
      restarts.append(bytes.count)
    } else {
      let limit = Swift.min(last.count, new.count)
      while shared < limit && last[shared] == new[shared] { shared += 1 }
    }
    Self.append(number: shared, to: &bytes)
    Self.append(number: new.count - shared, to: &bytes)
    bytes.append(contentsOf: new[shared...])
    last = new
    total += 1
  }

  /// How many bytes the list takes beyond its fixed size (for tests of its compactness).
  var storageBytes: Int { bytes.count + restarts.count * MemoryLayout<Int>.stride + last.count }

  public var description: String { Array(self).description }

  // The encoding is a function of the paths alone, so equal lists have equal bytes.
  public static func == (a: PathList, b: PathList) -> Bool { a.total == b.total && a.bytes == b.bytes }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(total)
    hasher.combine(bytes)
  }

  private static func append(number: Int, to bytes: inout [UInt8]) {
    var rest = UInt(number)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  private static func number(in bytes: [UInt8], at offset: inout Int) -> Int {
    var value = 0
    var shift = 0
    while true {
      let byte = bytes[offset]
      offset += 1
      value |= Int(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
  }
}
