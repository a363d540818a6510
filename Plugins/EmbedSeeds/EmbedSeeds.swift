import Foundation
import PackagePlugin

/// Embeds the package's `seeds/` articles into a target as generated Swift source.
///
/// The files are listed every time the plugin runs and declared as inputs, so adding, removing or
/// editing a seed rebuilds the target. The generated file defines `SeedCorpus.encodedFiles`, which the
/// target's own `SeedCorpus` type decodes.
@main
struct EmbedSeeds: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let seeds = context.package.directoryURL.appending(path: "seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
    let files =
      names
      .filter { !$0.hasPrefix(".") }
      .sorted()
      .map { seeds.appending(path: $0) }
      .filter { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
          && !isDirectory.boolValue
      }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSeeds.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(files.count) seed articles into \(target.name)",
        executable: try context.tool(named: "EmbedSeedsTool").url,
        arguments: [output.path] + files.map(\.path),
        inputFiles: files,
        outputFiles: [output])
    ]
  }
}
