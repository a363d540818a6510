import Foundation
import PackagePlugin

/// Embeds a folder of the package into a target as generated Swift source: `seeds/` (the default
/// articles) into `SaysoCLI`, `data/` (name lists, gazetteers, lexicons) into `SaysoAnalysis`.
///
/// The files are listed every time the plugin runs and declared as inputs, so adding, removing or
/// editing one rebuilds the target. The seeds (any bytes) become `TYPE.encodedFiles`, base64 that the
/// target's own `TYPE` decodes; the data files (UTF-8 text) become `TYPE.textFiles`, string literals the
/// program reads in place, with nothing decoded or copied at start-up. The analysis also gets a fingerprint
/// of its sources and data (`fingerprinted`).
@main
struct EmbedFiles: BuildToolPlugin {
  /// What each target embeds: the package folder, the type that receives the files and their form
  /// (`base64` for `encodedFiles`, `text` for `textFiles`), and the name lists whose keys are made at
  /// build time (`keyedFiles`; `:valued` for lists of `NAME<TAB>VALUE`).
  static let embeddings: [String: (folder: String, type: String, form: String, keyed: [String])] = [
    "SaysoCLI": ("seeds", "SeedCorpus", "base64", []),
    "SaysoAnalysis": (
      "data", "EmbeddedData", "text",
      [
        "given-names.txt", "surnames.txt", "places.txt:valued", "given-name-genders.txt:valued", "outlets.txt",
        "companies.txt", "organisation-words.txt", "trade-words.txt",
      ]
    ),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let embedding = Self.embeddings[target.name] else { return [] }
    let folder = context.package.directoryURL.appending(path: embedding.folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let files =
      names
      .filter { !$0.hasPrefix(".") }
      .sorted()
      .map { folder.appending(path: $0) }
      .filter { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
          && !isDirectory.boolValue
      }
    let output = context.pluginWorkDirectoryURL.appending(path: "Embedded\(embedding.type).swift")
    let tool = try context.tool(named: "EmbedFilesTool").url
    var commands: [Command] = [
      .buildCommand(
        displayName: "Embedding \(files.count) files of \(embedding.folder)/ into \(target.name)",
        executable: tool,
        arguments: [output.path, embedding.type, embedding.folder, embedding.form] + files.map(\.path)
          + (embedding.keyed.isEmpty ? [] : ["--keys"] + embedding.keyed),
        inputFiles: files,
        outputFiles: [output])
    ]
    // the analysis's fingerprint: its data and the Swift sources of the target and of the targets it depends on
    if Self.fingerprinted.contains(target.name) {
      let modules = [target] + target.recursiveTargetDependencies
      let sources = modules.compactMap { $0 as? SourceModuleTarget }
        .flatMap { $0.sourceFiles(withSuffix: "swift").map(\.url) }
        .sorted { $0.path < $1.path }
      let fingerprint = context.pluginWorkDirectoryURL.appending(path: "\(embedding.type)Fingerprint.swift")
      commands.append(
        .buildCommand(
          displayName: "Fingerprinting \(target.name) (\(sources.count) sources, \(files.count) data files)",
          executable: tool,
          arguments: ["--fingerprint", fingerprint.path, embedding.type] + (files + sources).map(\.path),
          inputFiles: files + sources,
          outputFiles: [fingerprint]))
    }
    return commands
  }

  /// The targets whose code and data get a fingerprint (`TYPE.fingerprint`), which changes whenever either does:
  /// the analysis, whose results the index keeps and must make again when they may differ.
  static let fingerprinted: Set<String> = ["SaysoAnalysis"]
}
