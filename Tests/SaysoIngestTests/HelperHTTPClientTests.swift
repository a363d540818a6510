import Foundation
import XCTest

@testable import SaysoIngest

/// GETs through `sayso-fetch`: what crosses the pipe, and what is said when the program is missing.
final class HelperHTTPClientTests: XCTestCase {
  let page = URL(string: "https://news.invalid/a")!

  func testAnAnswerCrossesThePipeWhole() {
    // A body with newlines, a NUL and bytes that are not UTF-8: the head's line ends at the first newline.
    let body = Data("line one\nline two\n".utf8) + Data([0, 0xFF, 0xFE, 0x0A])
    let response = HTTPResponse(
      status: 200, body: body, url: URL(string: "https://news.invalid/b?x=1")!, etag: "\"e\n1\"",
      lastModified: "Tue, 01 Dec 2026 10:00:00 GMT", charset: "windows-1252")
    XCTAssertEqual(
      HTTPWire.decode(HTTPWire.encode(.success(response)), address: page.absoluteString), .success(response))
  }

  func testFailuresKeepTheirKindAndNameTheAddressAsked() {
    let address = page.absoluteString
    let status = HTTPWire.encode(.failure(.httpStatus(url: "https://elsewhere.invalid/", status: 404)))
    XCTAssertEqual(HTTPWire.decode(status, address: address), .failure(.httpStatus(url: address, status: 404)))
    let network = HTTPWire.encode(.failure(.network(url: address, reason: "timed out")))
    XCTAssertEqual(HTTPWire.decode(network, address: address), .failure(.network(url: address, reason: "timed out")))
  }

  func testOutputThatIsNoAnswerIsAFailure() {
    for bytes in [Data(), Data("Segmentation fault".utf8), Data("{\"status\":200}\n".utf8)] {
      XCTAssertEqual(
        HTTPWire.decode(bytes, address: "u"), .failure(.network(url: "u", reason: "no answer from sayso-fetch")))
    }
  }

  func testAMissingHelperIsNamedInOneLine() {
    let missing = URL(fileURLWithPath: "/nonexistent/bin/sayso-fetch")
    let client = HelperHTTPClient(helper: missing, userAgent: "SaysoTest/1")
    XCTAssertFalse(client.isAvailable)
    guard case .failure(let error) = client.get(page) else { return XCTFail("a missing helper answered") }
    XCTAssertEqual(error, .fetcherMissing(path: missing.path))
    XCTAssertTrue(error.description.hasPrefix("/nonexistent/bin/sayso-fetch: not found;"))
    XCTAssertFalse(error.description.contains("\n"))
  }

  func testAHelperThatFailsGivesTheAddressAndNoAnswer() {
    // /bin/false stands for a helper that dies without writing an answer.
    let client = HelperHTTPClient(helper: URL(fileURLWithPath: "/bin/false"), userAgent: "SaysoTest/1")
    guard case .failure(.network(let url, let reason)) = client.get(page) else { return XCTFail("no failure") }
    XCTAssertEqual(url, page.absoluteString)
    XCTAssertTrue(reason.hasPrefix("sayso-fetch failed"), reason)
  }

  func testTheBuiltHelperAnswersARefusedConnection() throws {
    // Port 1 on the loopback address has no server: the helper runs and says so.
    let client = HelperHTTPClient(helper: BuiltHelper.url, userAgent: "SaysoTest/1", timeout: 5)
    let address = URL(string: "http://127.0.0.1:1/feed.xml")!
    XCTAssertEqual(client.get(address), .failure(.network(url: address.absoluteString, reason: "could not connect")))
  }
}
