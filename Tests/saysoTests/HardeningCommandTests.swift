import Foundation
import Testing

/// What the command line does with hostile files: oversized ones refused unread, bidirectional controls
/// never printed raw, file names that are not UTF-8 named as such.
@Suite struct HardeningCommandTests {
  /// One run's exit status, output and peak memory.
  struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The peak resident set size of the process, in kilobytes (`ru_maxrss` from `wait4`).
    var peakKilobytes: Int
  }

  /// Runs `sayso arguments` and measures its own peak memory (not the test process's).
  static func measured(_ arguments: [String]) throws -> MeasuredRun {
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
    let executable = SaysoBinary.executable.path
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    let environment =
      ProcessInfo.processInfo.environment.filter { $0.key != "SAYSO_CORPUS" }.map { strdup("\($0.key)=\($0.value)") }
      + [nil]
    defer { for variable in environment { free(variable) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environment)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return MeasuredRun(
      status: exitStatus, stdout: String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self),
      peakKilobytes: Int(usage.ru_maxrss))
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
      #expect(run.peakKilobytes < 150_000, "\(arguments): peak \(run.peakKilobytes) KB")
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
}
