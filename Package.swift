// swift-tools-version:6.0
import PackageDescription

// A release build on Linux is a static executable: the Swift runtime, Foundation, the system libraries
// `libraries` names (with the -l flags their own flags leave out) and the C library are linked into the
// binary, so a command starts without the dynamic loader, which looked up and relocated ten shared
// libraries (5.5 M instructions and some 500 page faults of the 18 M and 1,000 of a search with no match).
// lld takes the libraries in any order.
func staticExecutable(_ libraries: [String] = []) -> [LinkerSetting] {
  let foundation = [
    "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-lCoreFoundation",
    "-lswiftSynchronization", "-licuuc", "-licudata",
  ]
  let flags = ["-static-executable", "-use-ld=lld"] + foundation + libraries
  return [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
}

let package = Package(
  name: "Sayso",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sayso", targets: ["sayso"]),
    .executable(name: "sayso-fetch", targets: ["sayso-fetch"]),
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
      dependencies: ["SaysoCore", "SaysoAnalysis", "CSQLite", .product(name: "GRDB", package: "GRDB.swift")]),
    // SQLite's variadic sqlite3_db_config(), which Swift cannot call, for SaysoStore (GRDB does the rest).
    .systemLibrary(
      name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    // ncursesw, imported by SaysoTerminal only (see ../shared/docs/terminal.md).
    .systemLibrary(
      name: "CNCurses", path: "Sources/CNCurses", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
    // libxml2's HTML parser, imported by SaysoIngest only.
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // Real news in: web pages, RSS and Atom feeds, newsboat's cache, written into the library folder.
    .target(
      name: "SaysoIngest",
      dependencies: ["SaysoCore", "CLibXML2", .product(name: "GRDB", package: "GRDB.swift")]),
    // HTTP through FoundationNetworking (URLSession, libcurl and its ~40 libraries), linked by sayso-fetch
    // alone: sayso runs that program for each GET (SaysoIngest's HelperHTTPClient) and starts without them.
    .target(name: "SaysoHTTP", dependencies: ["SaysoIngest"]),
    .executableTarget(name: "sayso-fetch", dependencies: ["SaysoHTTP", "SaysoIngest"]),
    .target(name: "SaysoUI", dependencies: ["SaysoCore"]),
    // The store behind SaysoUI's protocols (articles, search, bookmarks, reading positions), so that
    // SaysoUI never sees SaysoStore.
    .target(name: "SaysoReaderStore", dependencies: ["SaysoUI", "SaysoStore", "SaysoCore"]),
    .target(name: "SaysoTerminal", dependencies: ["SaysoUI", "CNCurses"]),
    // What the command line prints and how it reads its corpus: output formats, the article renderer,
    // article selection, exit rules, the reader's launch.
    .target(
      name: "SaysoCLI",
      dependencies: ["SaysoCore", "SaysoAnalysis", "SaysoStore", "SaysoUI", "SaysoReaderStore", "SaysoIngest"],
      plugins: ["EmbedFiles"]),
    .executableTarget(
      name: "sayso",
      dependencies: [
        "SaysoCLI", "SaysoCore", "SaysoAnalysis", "SaysoStore", "SaysoUI", "SaysoTerminal", "SaysoIngest",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // (with SQLite, libxml2 and what it needs, ncursesw)
      linkerSettings: staticExecutable([
        "-l_CFXMLInterface", "-lxml2", "-llzma", "-lz", "-lncursesw", "-ltinfo", "-lsqlite3",
      ])),
    // Writes seeds/ into SaysoCLI (an installed sayso has its default corpus) and data/ (name lists,
    // gazetteers, lexicons) into SaysoAnalysis.
    .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),
    // (SaysoCore's `nameKey` makes the keys of the name lists at build time)
    .executableTarget(name: "EmbedFilesTool", dependencies: ["SaysoCore"], path: "Plugins/EmbedFilesTool"),
    // What the benchmarks share: the seeded generator behind their synthetic corpora.
    .target(name: "BenchmarkSupport"),
    // linked as `sayso` is, so that it times the analysis as the command runs it (a call into the dynamic
    // Swift runtime goes through the PLT: retain and release alone are millions of calls a megabyte)
    .executableTarget(
      name: "sayso-bench", dependencies: ["SaysoCore", "SaysoAnalysis", "BenchmarkSupport"],
      linkerSettings: staticExecutable()),
    .executableTarget(
      name: "sayso-store-bench",
      dependencies: ["SaysoStore", "SaysoCore", "SaysoAnalysis", "BenchmarkSupport", "SaysoUI", "SaysoReaderStore"]),
    .executableTarget(
      name: "sayso-ui-bench",
      dependencies: ["SaysoUI", "SaysoReaderStore", "SaysoTerminal", "SaysoCore", "SaysoAnalysis"]),
    // Scratch folders for the tests, removed when the test process exits.
    .target(name: "SaysoTestSupport", path: "Tests/SaysoTestSupport"),
    .testTarget(name: "SaysoCoreTests", dependencies: ["SaysoCore", "BenchmarkSupport", "SaysoTestSupport"]),
    .testTarget(name: "SaysoAnalysisTests", dependencies: ["SaysoAnalysis", "SaysoCore"]),
    .testTarget(
      name: "SaysoStoreTests",
      dependencies: ["SaysoStore", "SaysoCore", "SaysoAnalysis", "BenchmarkSupport", "SaysoTestSupport"]),
    .testTarget(
      name: "SaysoUITests",
      dependencies: [
        "SaysoUI", "SaysoReaderStore", "SaysoStore", "SaysoCore", "SaysoAnalysis", "SaysoTestSupport",
      ],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "SaysoReaderStoreTests",
      dependencies: ["SaysoReaderStore", "SaysoStore", "SaysoUI", "SaysoCore", "SaysoTestSupport"]),
    .testTarget(
      name: "SaysoIngestTests",
      // The fetch tests run the built sayso-fetch, as sayso does.
      dependencies: [
        "SaysoIngest", "SaysoCore", "sayso-fetch", .product(name: "GRDB", package: "GRDB.swift"),
        "SaysoTestSupport",
      ]),
    .testTarget(name: "SaysoHTTPTests", dependencies: ["SaysoHTTP", "SaysoIngest"]),
    .testTarget(
      name: "SaysoCLITests",
      dependencies: ["SaysoCLI", "SaysoStore", "SaysoCore", "SaysoUI", "SaysoReaderStore", "SaysoTestSupport"]),
    .testTarget(
      name: "saysoTests", dependencies: ["sayso", "sayso-fetch", "SaysoCore", "SaysoStore", "SaysoTestSupport"]),
  ]
)
