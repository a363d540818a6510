import Foundation

/// What a GET brought back.
public struct HTTPResponse: Sendable, Equatable {
  /// The HTTP status (200, or 304 for a conditional request whose resource did not change).
  public var status: Int
  /// The body (empty for a 304).
  public var body: Data
  /// The address after redirects.
  public var url: URL
  /// The validators to send next time.
  public var etag: String?
  public var lastModified: String?
  /// The `charset` of `Content-Type`, if any.
  public var charset: String?

  public init(
    status: Int, body: Data, url: URL, etag: String? = nil, lastModified: String? = nil, charset: String? = nil
  ) {
    self.status = status
    self.body = body
    self.url = url
    self.etag = etag
    self.lastModified = lastModified
    self.charset = charset
  }

  /// Whether a conditional request found the resource unchanged.
  public var notModified: Bool { status == 304 }
}
