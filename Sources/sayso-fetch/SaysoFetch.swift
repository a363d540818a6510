import Foundation
import SaysoHTTP
import SaysoIngest

/// `sayso-fetch [--user-agent TEXT] [--timeout SECONDS] [--etag TAG] [--last-modified DATE] [--] URL`:
/// one GET, its outcome written on stdout as `HTTPWire` encodes it (a failure included: the status is
/// 0 whenever an outcome was written, 2 for arguments it cannot use).
///
/// `sayso` runs it for `fetch` and `import URL` (see `HelperHTTPClient`), so that the HTTP stack, with
/// libcurl and the libraries it loads, is loaded by this program alone and not by every `sayso` command.
@main
enum SaysoFetch {
  static func main() {
    var userAgent = "Sayso (terminal news reader)"
    var timeout = 20.0
    var etag: String?
    var lastModified: String?
    var address: String?
    var arguments = CommandLine.arguments.dropFirst()[...]
    while let argument = arguments.popFirst() {
      switch argument {
      case "--user-agent": userAgent = value(of: argument, &arguments)
      case "--timeout":
        guard let seconds = Double(value(of: argument, &arguments)) else { fail("--timeout needs a number of seconds") }
        timeout = seconds
      case "--etag": etag = value(of: argument, &arguments)
      case "--last-modified": lastModified = value(of: argument, &arguments)
      case "--": address = arguments.popFirst()
      default: address = argument
      }
    }
    guard let address, let url = URL(string: address), url.scheme?.hasPrefix("http") == true else {
      fail("usage: sayso-fetch [--user-agent TEXT] [--timeout SECONDS] [--etag TAG] [--last-modified DATE] [--] URL")
    }
    let client = HTTPClient(userAgent: userAgent, timeout: timeout, maximumConcurrentRequests: 1)
    FileHandle.standardOutput.write(HTTPWire.encode(client.get(url, etag: etag, lastModified: lastModified)))
  }

  static func value(of option: String, _ arguments: inout ArraySlice<String>) -> String {
    guard let value = arguments.popFirst() else { fail("\(option) needs a value") }
    return value
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("sayso-fetch: \(message)\n".utf8))
    exit(2)
  }
}
