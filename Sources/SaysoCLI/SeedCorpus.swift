import Foundation
import SaysoCore

/// The seed articles built into the binary: the default corpus when no path and no `SAYSO_CORPUS` is given.
///
/// The EmbedFiles build plugin copies the package's `seeds/` folder into `encodedFiles` at build time, so
/// an installed `sayso` (which links this library) copied anywhere still has them.
public enum SeedCorpus {
  /// One embedded file: its name in `seeds/` and its exact bytes.
  public struct File: Sendable {
    public var name: String
    public var bytes: [UInt8]
  }

  /// The embedded files, sorted by name, byte for byte as in `seeds/`.
  public static var files: [File] {
    encodedFiles.map { entry in
      // The generator wrote valid base64; an empty file stays empty.
      let data = Data(base64Encoded: entry.base64) ?? Data()
      return File(name: entry.name, bytes: [UInt8](data))
    }
  }

  /// The seeds as articles, each with the path `seeds/<file name>`.
  public static var articles: [Article] {
    files.map { ArticleReader.parse(String(decoding: $0.bytes, as: UTF8.self), path: "seeds/\($0.name)") }
  }
}
