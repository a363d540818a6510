import Foundation
import PackagePlugin

/// Embeds a folder of the package into a target as generated Swift source: `seeds/` (the default
/// articles) into `SaysoCLI`, `data/` (name lists, gazetteers, lexicons) into `SaysoAnalysis`.
///
/// The files are listed every time the plugin runs and declared as inputs, so adding, removing or
/// editing one rebuilds the target. The seeds (any bytes) become `TYPE.encodedFiles`, base64 that the
/// target's own `TYPE` decodes; the data files (UTF-8 text) become `TYPE.textFiles`, string literals the
/// program reads in place, with nothing decoded or copied at start-up.
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
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) files of \(embedding.folder)/ into \(target.name)",
        executable: try context.tool(named: "EmbedFilesTool").url,
        arguments: [output.path, embedding.type, embedding.folder, embedding.form] + files.map(\.path)
          + (embedding.keyed.isEmpty ? [] : ["--keys"] + embedding.keyed),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
