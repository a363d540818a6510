import Foundation
import SaysoHTTP
import SaysoIngest
import XCTest

/// URLSession's answers as `HTTPClient` gives them (the fetch tests of SaysoIngestTests go through it
/// too, by way of `sayso-fetch`, against a server on 127.0.0.1).
final class HTTPClientTests: XCTestCase {
  func testARefusedConnectionSaysSo() {
    // Port 1 on the loopback address has no server.
    let client = HTTPClient(userAgent: "SaysoTest/1", timeout: 5, maximumConcurrentRequests: 1)
    let address = URL(string: "http://127.0.0.1:1/feed.xml")!
    XCTAssertEqual(client.get(address), .failure(.network(url: address.absoluteString, reason: "could not connect")))
  }

  func testTheLimitOfRequestsAtOnceIsAtLeastOne() {
    XCTAssertEqual(HTTPClient(userAgent: "SaysoTest/1", maximumConcurrentRequests: 0).maximumConcurrentRequests, 1)
  }
}
