// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sayso", targets: ["sayso"]),
    .executable(name: "sayso-bench", targets: ["sayso-bench"]),
    .executable(name: "sayso-store-bench", targets: ["sayso-store-bench"]),
    .library(name: "SaysoCore", targets: ["SaysoCore"]),
    .library(name: "SaysoAnalysis", targets: ["SaysoAnalysis"]),
    .library(name: "SaysoStore", targets: ["SaysoStore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .target(name: "SaysoCore"),
    .target(name: "SaysoAnalysis", dependencies: ["SaysoCore"], plugins: ["EmbedFiles"]),
    .target(
      name: "SaysoStore",
      dependencies: ["SaysoCore", "SaysoAnalysis", .product(name: "GRDB", package: "GRDB.swift")]),
    // ncursesw, imported by SaysoTerminal only (see ../shared/docs/terminal.md).
    .systemLibrary(
      name: "CNCurses", path: "Sources/CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
    .target(name: "SaysoUI", dependencies: ["SaysoCore"]),
    .target(name: "SaysoTerminal", dependencies: ["SaysoUI", "CNCurses"]),
    .executableTarget(
      name: "sayso",
      dependencies: [
        "SaysoCore", "SaysoAnalysis", "SaysoStore", "SaysoUI", "SaysoTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["EmbedFiles"]),
    // Writes seeds/ into the sayso binary (an installed copy has its default corpus) and data/ (name
    // lists, gazetteers, lexicons) into SaysoAnalysis.
    .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),
    .executableTarget(name: "EmbedFilesTool", path: "Plugins/EmbedFilesTool"),
    .executableTarget(name: "sayso-bench", dependencies: ["SaysoCore", "SaysoAnalysis"]),
    .executableTarget(name: "sayso-store-bench", dependencies: ["SaysoStore", "SaysoCore", "SaysoAnalysis"]),
    .executableTarget(
      name: "sayso-ui-bench", dependencies: ["SaysoUI", "SaysoTerminal", "SaysoCore", "SaysoAnalysis"]),
    .testTarget(name: "SaysoCoreTests", dependencies: ["SaysoCore"]),
    .testTarget(name: "SaysoAnalysisTests", dependencies: ["SaysoAnalysis", "SaysoCore"], exclude: ["Fixtures"]),
    .testTarget(name: "SaysoStoreTests", dependencies: ["SaysoStore", "SaysoCore", "SaysoAnalysis"]),
    .testTarget(
      name: "SaysoUITests", dependencies: ["SaysoUI", "SaysoCore", "SaysoAnalysis"], exclude: ["Snapshots"]),
    .testTarget(name: "saysoTests", dependencies: ["sayso", "SaysoCore", "SaysoStore"]),
  ]
)
