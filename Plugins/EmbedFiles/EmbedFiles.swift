import Foundation
import PackagePlugin

/// Embeds a folder of the package into a target as generated Swift source: `seeds/` (the default
/// articles) into `SaysoCLI`, `data/` (name lists, gazetteers, lexicons) into `SaysoAnalysis`.
///
/// The files are listed every time the plugin runs and declared as inputs, so adding, removing or
/// editing one rebuilds the target. The generated file defines `TYPE.encodedFiles`, which the
/// target's own `TYPE` decodes.
@main
struct EmbedFiles: BuildToolPlugin {
  /// What each target embeds: the package folder and the type that receives `encodedFiles`.
  static let embeddings: [String: (folder: String, type: String)] = [
    "SaysoCLI": ("seeds", "SeedCorpus"),
    "SaysoAnalysis": ("data", "EmbeddedData"),
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
        arguments: [output.path, embedding.type, embedding.folder] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
