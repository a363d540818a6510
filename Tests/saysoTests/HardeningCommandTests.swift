import Foundation
import SaysoCore
import Testing

/// What the command line does with hostile files: oversized ones refused unread, bidirectional controls
/// never printed raw, file names that are not UTF-8 named as such.
@Suite struct HardeningCommandTests {
  /// One run's exit status, output and peak memory.
  struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The peak resident set size of the process, in kilobytes (`ru_maxrss` from `wait4`; see `peakMeter`).
    var peakKilobytes: Int
  }

  /// Runs the command given after it in a child it forks, then writes the child's peak memory to the
  /// file named first and exits with the child's status. A process posix_spawn starts shares the test
  /// process's memory until it execs, and Linux then counts the test process's peak in the child's
  /// `ru_maxrss`; a child forked by this small parent is measured alone.
  static let peakMeter = """
    import os, sys
    pid = os.fork()
    if pid == 0:
        os.execv(sys.argv[2], [os.fsencode(a) for a in sys.argv[2:]])
    _, status, usage = os.wait4(pid, 0)
    open(sys.argv[1], "w").write(str(usage.ru_maxrss))
    code = os.waitstatus_to_exitcode(status)
    os._exit(code if code >= 0 else 128 - code)
    """

  /// Runs `sayso arguments` and measures its own peak memory (not the test process's).
  static func measured(_ arguments: [String], raw: [[UInt8]] = []) throws -> MeasuredRun {
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let err = folder.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let executable = "/usr/bin/env"
    let peakFile = folder.appendingPathComponent("peak").path
    let argv =
      (["env", "python3", "-c", Self.peakMeter, peakFile, SaysoBinary.executable.path] + arguments).map { strdup($0) }
      + raw.map { bytes in
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        for (n, byte) in bytes.enumerated() { copy[n] = CChar(bitPattern: byte) }
        copy[bytes.count] = 0
        return copy
      } + [nil]
    defer { for arg in argv { free(arg) } }
    let environment =
      ProcessInfo.processInfo.environment.filter { $0.key != "SAYSO_CORPUS" }.map { strdup("\($0.key)=\($0.value)") }
      + [nil]
    defer { for variable in environment { free(variable) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return MeasuredRun(
      status: exitStatus, stdout: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self),
      peakKilobytes: Int(String(decoding: FileManager.default.contents(atPath: peakFile) ?? Data(), as: UTF8.self))
        ?? -1)
  }

  /// A folder with a good article and a link to a 200 MB sparse file (no disk used).
  static func corpusWithAHugeFile() throws -> (folder: URL, huge: String) {
    let root = try SaysoBinary.temporaryDirectory()
    let huge = root.appendingPathComponent("huge.txt").path
    #expect(FileManager.default.createFile(atPath: huge, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: huge))
    try handle.truncate(atOffset: 200 * 1_048_576)
    try handle.close()
    let corpus = root.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent("a-huge.txt").path, withDestinationPath: huge)
    try Data("Harbour plan\n\n\"We cannot wait,\" Mayor Ana Ruiz said.\n".utf8)
      .write(to: corpus.appendingPathComponent("b-harbour.txt"))
    return (root, huge)
  }

  @Test(arguments: [["list"], ["show", "1"], ["people"], ["quotes"], ["proposals"], ["analyze"], ["index"]])
  func aFileOverTheLimitIsRefusedWithoutBeingRead(command: [String]) throws {
    let (root, _) = try Self.corpusWithAHugeFile()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus").path
    let linked = corpus + "/a-huge.txt"
    let dataDirectory = root.appendingPathComponent("data").path
    for arguments in [command + ["--corpus", corpus], command + ["--corpus", linked]] {
      let extra = command == ["index"] ? ["--data-dir", dataDirectory] : []
      let run = try Self.measured(arguments + extra)
      #expect(
        run.stderr.contains("a-huge.txt: file too large (209.7 MB; the limit is 20.0 MB)"),
        "\(arguments): \(run.stderr)")
      // Reading it would take more than 200 MB; sayso itself needs a few tens.
      #expect(run.peakKilobytes > 1_000 && run.peakKilobytes < 150_000, "\(arguments): peak \(run.peakKilobytes) KB")
    }
  }

  @Test func indexCheckSaysWhatItFound() throws {
    let dataDirectory = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(["index", "--check"], dataDirectory: dataDirectory)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.output.hasSuffix("check: no damage found\n"), "\(run.output)")
    let help = try SaysoBinary.run(["index", "--help"])
    #expect(help.output.contains("--check") && help.output.contains("FTS5"))
  }

  /// Creates a file whose name is `bytes` (not UTF-8) in `folder`.
  static func createFile(named bytes: [UInt8], in folder: String, text: String) throws {
    let path = Array(folder.utf8) + [UInt8(ascii: "/")] + bytes + [0]
    let fd = path.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
    }
    #expect(fd >= 0)
    _ = text.withCString { write(fd, $0, strlen($0)) }
    close(fd)
  }

  @Test func fileNamesThatAreNotUTF8AreNamedAsSuchNotMissing() throws {
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let latin1 = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
    try Self.createFile(named: latin1, in: folder.path, text: "Café plan\n\nThe mayor said yes.\n")
    try Data("Harbour plan\n\nThe mayor said no.\n".utf8).write(to: folder.appendingPathComponent("harbour.txt"))
    let expected = "caf\\xE9.txt: the file name is not valid UTF-8; rename it to read it"
    for command in [["list"], ["show", "1"], ["analyze"], ["index", "--data-dir", folder.path + "/data"]] {
      let run = try Self.measured(command + ["--corpus", folder.path])
      #expect(run.stderr.contains(expected), "\(command): \(run.stderr)")
      #expect(!run.stderr.contains("no such file"), "\(command): \(run.stderr)")
      #expect(run.status == 0, "\(command): a file skipped inside a folder is a warning")
    }
    // Named on the command line, with its bytes.
    let named = try Self.measured(["list", "--corpus"], raw: [Array(folder.path.utf8) + [UInt8(ascii: "/")] + latin1])
    #expect(named.status == 1)
    #expect(named.stderr.contains(expected), "\(named.stderr)")
    #expect(!named.stderr.contains("no such file"), "\(named.stderr)")
    // `sayso show` with such a path: the same message, not "no article matches".
    let shown = try Self.measured(["show"], raw: [Array(folder.path.utf8) + [UInt8(ascii: "/")] + latin1])
    #expect(shown.status == 1)
    #expect(shown.stderr.contains(expected), "\(shown.stderr)")
    #expect(!shown.stderr.contains("no article matches"), "\(shown.stderr)")
  }

  @Test func bidirectionalControlsNeverReachTheTerminalRaw() throws {
    let root = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let corpus = root.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data(
      """
      Budget \u{202E}lanrete\u{202C} row

      \u{2066}“We will not back down on this,”\u{2069} Maria Keller\u{200F}, the opposition leader, said. \
      Tomas Brandt proposed an inquiry\u{061C} into the \u{202D}contract\u{202A}.

      """.utf8
    ).write(to: corpus.appendingPathComponent("bidi.txt"))
    let dataDirectory = root.appendingPathComponent("data").path
    let commands: [[String]] = [
      ["list"], ["show", "1"], ["show", "1", "--color", "always"], ["people"], ["quotes"], ["proposals"],
      ["analyze"], ["analyze", "--json"], ["list", "--json"], ["quotes", "--json"],
      ["search", "budget", "--data-dir", dataDirectory], ["search", "Keller", "--json", "--data-dir", dataDirectory],
    ]
    let bidi: Set<UInt32> = [
      0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ]
    for command in commands {
      let run = try SaysoBinary.run(command + ["--corpus", corpus.path])
      #expect(run.status == 0 || run.stderr.contains("nothing matches"), "\(command): \(run.stderr)")
      let raw = (run.output + run.stderr).unicodeScalars.filter { bidi.contains($0.value) }
      #expect(raw.isEmpty, "\(command): \(raw.map { String($0.value, radix: 16) })")
    }
    #expect(try SaysoBinary.run(["show", "1", "--corpus", corpus.path]).output.contains("<U+202E>lanrete<U+202C>"))
  }

  @Test func analyzeHelpSaysExactlyHowLineEndingsCount() throws {
    let help = try SaysoBinary.run(["analyze", "--help"]).output
    let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("as Python reads it in text mode"), "\(flat)")
    #expect(flat.contains(#"a CRLF ("\r\n") is one "\n" in the text, a lone CR ("\r") one "\r", kept"#), "\(flat)")
    #expect(!flat.contains("offsets into the file;"))
  }

  /// Found by scripts/fuzz.sh (seed 2026): a usage error repeated the argument raw, bidi controls and all.
  @Test func usageErrorsShowTheirArgumentSafely() throws {
    for argument in ["--\u{202E}Keller", "-\u{1B}[2J", "--x\u{2066}"] {
      let run = try SaysoBinary.run(["search", "budget", argument])
      #expect(run.status == 64, "\(run.stderr)")
      #expect(run.stderr.contains("Invalid option") || run.stderr.contains("Unknown option"), "\(run.stderr)")
      #expect(!run.stderr.unicodeScalars.contains { $0.value == 0x1B || isBidirectionalControl($0) }, "\(run.stderr)")
    }
    let help = try SaysoBinary.run(["--help"])
    #expect(help.status == 0 && help.output.contains("USAGE:") && help.stderr.isEmpty)
  }
}
