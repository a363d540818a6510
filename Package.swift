// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sayso", targets: ["sayso"]),
    .executable(name: "sayso-bench", targets: ["sayso-bench"]),
    .library(name: "SaysoCore", targets: ["SaysoCore"]),
    .library(name: "SaysoAnalysis", targets: ["SaysoAnalysis"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .target(name: "SaysoCore"),
    .target(name: "SaysoAnalysis", dependencies: ["SaysoCore"]),
    .executableTarget(
      name: "sayso",
      dependencies: [
        "SaysoCore", "SaysoAnalysis",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      plugins: ["EmbedSeeds"]),
    // Writes the seed articles into the sayso binary, so an installed copy has its default corpus.
    .plugin(name: "EmbedSeeds", capability: .buildTool(), dependencies: ["EmbedSeedsTool"]),
    .executableTarget(name: "EmbedSeedsTool", path: "Plugins/EmbedSeedsTool"),
    .executableTarget(name: "sayso-bench", dependencies: ["SaysoCore", "SaysoAnalysis"]),
    .testTarget(name: "SaysoCoreTests", dependencies: ["SaysoCore"]),
    .testTarget(name: "SaysoAnalysisTests", dependencies: ["SaysoAnalysis", "SaysoCore"], exclude: ["Fixtures"]),
    .testTarget(name: "saysoTests", dependencies: ["sayso", "SaysoCore"]),
  ]
)
