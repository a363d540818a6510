import Foundation

/// The `sayso-fetch` program built with the tests (the package's products folder).
enum BuiltHelper {
  static let url: URL = {
    let bundle = Bundle.main.bundleURL
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let candidates =
      [bundle, bundle.deletingLastPathComponent()]
      + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
      + [root.appendingPathComponent(".build/debug")]
    for directory in candidates {
      let url = directory.appendingPathComponent("sayso-fetch")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    fatalError("sayso-fetch was not found next to \(bundle.path); build it first")
  }()
}
