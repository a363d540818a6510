import Dispatch
import Foundation
import SaysoIngest

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// HTTP for feeds and pages through FoundationNetworking's URLSession: a clear User-Agent, timeouts,
/// redirects followed (URLSession's own limit), conditional requests (ETag, Last-Modified), no cache
/// of its own, at most `maximumConcurrentRequests` requests at a time across every thread, and bodies
/// over `maximumBodySize` refused.
public final class HTTPClient: HTTPGetting, @unchecked Sendable {
  private let session: URLSession
  private let slots: DispatchSemaphore
  public let maximumConcurrentRequests: Int
  /// The largest body accepted: 20 MB, as for article files.
  public let maximumBodySize = 20_000_000

  /// A client.
  ///
  /// - Parameters:
  ///   - userAgent: sent with every request, e.g. `Sayso/0.9 (terminal news reader)`.
  ///   - timeout: seconds without data before a request fails; a whole request gets three times as long.
  ///   - maximumConcurrentRequests: how many requests may be under way at once.
  public init(userAgent: String, timeout: TimeInterval = 20, maximumConcurrentRequests: Int = 4) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 3
    configuration.httpAdditionalHeaders = ["User-Agent": userAgent]
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    configuration.httpMaximumConnectionsPerHost = maximumConcurrentRequests
    session = URLSession(configuration: configuration)
    self.maximumConcurrentRequests = max(1, maximumConcurrentRequests)
    slots = DispatchSemaphore(value: self.maximumConcurrentRequests)
  }

  deinit { session.finishTasksAndInvalidate() }

  public func get(_ url: URL, etag: String?, lastModified: String?) -> Result<HTTPResponse, IngestError> {
    var request = URLRequest(url: url)
    if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
    if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
    request.setValue(
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5",
      forHTTPHeaderField: "Accept")
    slots.wait()
    defer { slots.signal() }
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox()
    let address = url.absoluteString
    let limit = maximumBodySize
    let task = session.dataTask(with: request) { data, response, error in
      box.result = Self.outcome(address: address, data: data, response: response, error: error, limit: limit)
      done.signal()
    }
    task.resume()
    done.wait()
    return box.result ?? .failure(.network(url: address, reason: "no answer"))
  }

  private static func outcome(
    address: String, data: Data?, response: URLResponse?, error: Error?, limit: Int
  ) -> Result<HTTPResponse, IngestError> {
    if let error {
      let ns = error as NSError
      let reason =
        ns.code == NSURLErrorTimedOut
        ? "timed out" : ns.code == NSURLErrorCannotConnectToHost ? "could not connect" : ns.localizedDescription
      return .failure(.network(url: address, reason: reason))
    }
    guard let http = response as? HTTPURLResponse else {
      return .failure(.network(url: address, reason: "not an HTTP answer"))
    }
    guard (200..<300).contains(http.statusCode) || http.statusCode == 304 else {
      return .failure(.httpStatus(url: address, status: http.statusCode))
    }
    let body = data ?? Data()
    guard body.count <= limit else { return .failure(.network(url: address, reason: "answer larger than 20 MB")) }
    func header(_ name: String) -> String? {
      http.value(forHTTPHeaderField: name).flatMap { $0.isEmpty ? nil : $0 }
    }
    var charset: String?
    if let type = header("Content-Type"), let range = type.lowercased().range(of: "charset=") {
      charset = String(type[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ;"))
    }
    return .success(
      HTTPResponse(
        status: http.statusCode, body: body, url: http.url ?? URL(string: address)!, etag: header("ETag"),
        lastModified: header("Last-Modified"), charset: charset))
  }
}

/// Carries a result from URLSession's callback thread to the waiting one (the semaphore orders them).
private final class ResultBox: @unchecked Sendable {
  var result: Result<HTTPResponse, IngestError>?
}
