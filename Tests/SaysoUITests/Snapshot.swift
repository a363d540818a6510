import Foundation
import Testing

@testable import SaysoUI

/// Compares a screen with its recorded snapshot in Snapshots/, or records it when RECORD_SNAPSHOTS is set.
///
/// A snapshot holds the character grid framed by `|` and the role grid (one `Role.code` per cell).
func assertSnapshot(_ screen: VirtualScreen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent("\(name).txt")
  let actual = screen.snapshot
  if let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"], !record.isEmpty, record != "0" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(actual.utf8).write(to: file)
    return
  }
  guard let data = FileManager.default.contents(atPath: file.path) else {
    Issue.record(
      "no snapshot \(file.lastPathComponent); record it with RECORD_SNAPSHOTS=1 swift test",
      sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
    Issue.record(
      """
      snapshot \(name) differs at line \(first + 1) (re-record with RECORD_SNAPSHOTS=1 if the change is intended)
      expected: \(first < e.count ? String(e[first]) : "<end>")
      actual:   \(first < a.count ? String(a[first]) : "<end>")
      """, sourceLocation: sourceLocation)
  }
}
