import Foundation

/// What fetching feeds and importing pages needs of HTTP: a GET that waits for its answer, and how many
/// may be under way at once. `sayso` gets it from `HelperHTTPClient` (the `sayso-fetch` program), which
/// runs SaysoHTTP's `HTTPClient`, so that `sayso` itself never loads the HTTP stack.
public protocol HTTPGetting: Sendable {
  /// How many requests may be under way at once.
  var maximumConcurrentRequests: Int { get }

  /// GETs `url`, waiting for the answer.
  ///
  /// - Parameters:
  ///   - etag: the `ETag` from the last fetch, sent as `If-None-Match`.
  ///   - lastModified: the `Last-Modified` from the last fetch, sent as `If-Modified-Since`.
  /// - Returns: the response for a 2xx or 304 status; else `IngestError.httpStatus`, or `.network`
  ///   when no answer came (with the reason: timed out, could not connect…).
  func get(_ url: URL, etag: String?, lastModified: String?) -> Result<HTTPResponse, IngestError>
}

extension HTTPGetting {
  /// GETs `url` without validators.
  public func get(_ url: URL) -> Result<HTTPResponse, IngestError> { get(url, etag: nil, lastModified: nil) }
}
