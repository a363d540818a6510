import Foundation

/// The order the index keeps paths in: byte by byte in UTF-8, as SQLite's BINARY collation compares
/// the `path` column (and as Swift compares strings in normal form C: `A.txt` < `a-b.txt` < `a.txt` <
/// `a/x.txt`).
///
/// An update walks the corpus and reads the index's rows in this one order, so that it can compare them
/// like two sorted lists, a row at a time, without holding either.
enum PathOrder {
  /// Whether `a` sorts before `b`.
  static func precedes(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

  /// Whether `a` and `b` are the same bytes (Swift's `==` would also equate different bytes that are
  /// canonically equivalent, which name different files).
  static func same(_ a: String, _ b: String) -> Bool { compare(a, b) == 0 }

  /// A negative number when `a` sorts before `b`, zero when they are the same bytes, positive otherwise.
  static func compare(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        let shared = min(x.count, y.count)
        if shared > 0, let p = x.baseAddress, let q = y.baseAddress {
          let order = memcmp(p, q, shared)
          if order != 0 { return Int(order) }
        }
        return x.count - y.count
      }
    }
  }
}
