// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sayso", targets: ["sayso"]),
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
      ]),
    .testTarget(name: "SaysoCoreTests", dependencies: ["SaysoCore"]),
    .testTarget(name: "SaysoAnalysisTests", dependencies: ["SaysoAnalysis", "SaysoCore"]),
  ]
)
