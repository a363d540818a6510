import Foundation

/// How `sayso-fetch` hands the outcome of one GET to `sayso` on its stdout: one line of JSON, the head,
/// then the body's bytes as they came.
///
///     {"status":200,"url":"https://example.com/feed","etag":"\"a1\"","charset":"utf-8"}⏎<body>
///     {"httpStatus":404}⏎
///     {"failure":"timed out"}⏎
public enum HTTPWire {
  /// The first line.
  struct Head: Codable, Equatable {
    var status: Int?
    var url: String?
    var etag: String?
    var lastModified: String?
    var charset: String?
    /// The status of an answer that was not a success.
    var httpStatus: Int?
    /// Why no answer came.
    var failure: String?
  }

  /// The bytes that stand for `outcome`.
  public static func encode(_ outcome: Result<HTTPResponse, IngestError>) -> Data {
    var head = Head()
    var body = Data()
    switch outcome {
    case .success(let response):
      head = Head(
        status: response.status, url: response.url.absoluteString, etag: response.etag,
        lastModified: response.lastModified, charset: response.charset)
      body = response.body
    case .failure(.httpStatus(_, let status)): head.httpStatus = status
    case .failure(.network(_, let reason)): head.failure = reason
    case .failure(let error): head.failure = error.description
    }
    // JSON escapes every control character, so the head holds no newline of its own.
    var bytes = (try? JSONEncoder().encode(head)) ?? Data("{}".utf8)
    bytes.append(0x0A)
    bytes.append(body)
    return bytes
  }

  /// The outcome that `bytes` stand for, the GET having been for `address`.
  ///
  /// - Returns: the response, or the failure it carries; `.network` when the bytes are not such an answer.
  public static func decode(_ bytes: Data, address: String) -> Result<HTTPResponse, IngestError> {
    guard let newline = bytes.firstIndex(of: 0x0A),
      let head = try? JSONDecoder().decode(Head.self, from: bytes[bytes.startIndex..<newline])
    else { return .failure(.network(url: address, reason: "no answer from sayso-fetch")) }
    if let status = head.httpStatus { return .failure(.httpStatus(url: address, status: status)) }
    if let reason = head.failure { return .failure(.network(url: address, reason: reason)) }
    guard let status = head.status, let url = head.url.flatMap({ URL(string: $0) }) else {
      return .failure(.network(url: address, reason: "no answer from sayso-fetch"))
    }
    return .success(
      HTTPResponse(
        status: status, body: Data(bytes[bytes.index(after: newline)...]), url: url, etag: head.etag,
        lastModified: head.lastModified, charset: head.charset))
  }
}
