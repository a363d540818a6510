import Testing
@testable import SaysoStore

@Test func fts5Works() throws {
  let r = try FTS5Probe.run()
  print(r)
  #expect(r.count == 2)
}
