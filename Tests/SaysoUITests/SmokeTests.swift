import Testing
@testable import SaysoUI

@Suite struct SmokeTests {
  @Test func builds() { #expect(Role.allCases.count > 10) }
}
