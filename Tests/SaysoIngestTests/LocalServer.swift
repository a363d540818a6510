import Foundation
import SaysoTestSupport

/// A small HTTP server on 127.0.0.1 (a random port) for the tests, serving the files of a temporary
/// folder the test fills, with conditional requests (ETag, Last-Modified → 304) and a few special paths:
/// `/redirect/NAME` (302 to `/NAME`), `/status/500`, `/slow/NAME` (waits `slowSeconds` first, logging
/// `ACTIVE N`, how many slow requests are under way). Every request is logged (`METHOD PATH STATUS UA`). Nothing reaches beyond this machine.
final class LocalServer {
  let root: URL
  let port: Int
  private let process: Process

  /// Python's http.server with a handler of its own, started as a child process; the script is written
  /// next to the served folder.
  static let script = #"""
    import hashlib, http.server, os, sys, threading, time, email.utils
    root, log, slow = sys.argv[1], sys.argv[2], float(sys.argv[3])
    lock, active = threading.Lock(), [0]
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args): pass
        def record(self, status):
            with open(log, "a") as f:
                f.write("%s %s %d %s\n" % (self.command, self.path, status, self.headers.get("User-Agent", "")))
        def do_GET(self):
            path = self.path.split("?")[0]
            if path.startswith("/redirect/"):
                self.record(302); self.send_response(302)
                self.send_header("Location", "/" + path[len("/redirect/"):]); self.send_header("Content-Length", "0")
                self.end_headers(); return
            if path.startswith("/status/"):
                code = int(path[len("/status/"):]); self.record(code); self.send_response(code)
                self.send_header("Content-Length", "0"); self.end_headers(); return
            if path.startswith("/slow/"):
                with lock:
                    active[0] += 1
                    with open(log, "a") as f: f.write("ACTIVE %d\n" % active[0])
                time.sleep(slow); path = "/" + path[len("/slow/"):]
                with lock: active[0] -= 1
            file = os.path.join(root, path.lstrip("/"))
            if not os.path.isfile(file):
                self.record(404); self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers(); return
            body = open(file, "rb").read()
            etag = '"%s"' % hashlib.sha1(body).hexdigest()
            modified = email.utils.formatdate(os.path.getmtime(file), usegmt=True)
            if self.headers.get("If-None-Match") == etag:
                self.record(304); self.send_response(304); self.send_header("ETag", etag); self.end_headers(); return
            self.record(200); self.send_response(200)
            kind = "text/html; charset=utf-8" if file.endswith(".html") else "application/xml"
            self.send_header("Content-Type", kind); self.send_header("ETag", etag)
            self.send_header("Last-Modified", modified); self.send_header("Content-Length", str(len(body)))
            self.end_headers(); self.wfile.write(body)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()
    """#

  /// Starts the server on a new temporary folder.
  init(slowSeconds: Double = 3) throws {
    let base = try ScratchFolder.make("server")
    root = base.appendingPathComponent("www")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let scriptFile = base.appendingPathComponent("server.py")
    try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)
    let pipe = Pipe()
    process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", scriptFile.path, root.path, base.appendingPathComponent("log").path, String(slowSeconds),
    ]
    process.standardOutput = pipe
    try process.run()
    var line = Data()
    while !line.contains(0x0A) {
      let chunk = pipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      line.append(chunk)
    }
    guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else {
      process.stopForTest()
      throw CocoaError(.fileReadUnknown)
    }
    self.port = port
  }

  deinit { stop() }

  /// Stops the server.
  func stop() { process.stopForTest() }

  /// The address of `path` on this server.
  func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

  /// Writes a file to serve.
  func serve(_ name: String, _ text: String) throws {
    let file = root.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: file, atomically: true, encoding: .utf8)
  }

  /// The requests so far, one `METHOD PATH STATUS USER-AGENT` line each.
  var log: [String] {
    let text =
      (try? String(contentsOf: root.deletingLastPathComponent().appendingPathComponent("log"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }
}
