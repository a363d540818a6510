import Foundation

/// Finds themes by name: a file in the user's themes folder first, then the built-in ones.
public enum ThemeLoader {
  /// The theme called `name`: `<themes folder>/<name>.theme` (or `<name>` as a path when it has a
  /// slash), else a built-in theme.
  ///
  /// - Throws: `UIError` when there is no such theme, or its file has a bad line (named with its line).
  public static func theme(named name: String, userThemes folder: String) throws -> Theme {
    let candidates = name.contains("/") ? [name] : ["\(folder)/\(name).theme", "\(folder)/\(name)"]
    for path in candidates {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw UIError.fileError(path: path, reason: "cannot read the theme")
      }
      let themeName = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
      return try ThemeParser.parse(String(decoding: data, as: UTF8.self), name: themeName, file: path)
    }
    if let builtin = BuiltinThemes.theme(named: name) { return builtin }
    throw UIError.unknownTheme(name, searched: [folder])
  }

  /// The themes the cycle-theme key goes through: `first`, then the built-in ones, then the user's.
  ///
  /// A user theme with a bad line is left out of the cycle (it is reported when chosen by name).
  public static func cycle(startingWith first: Theme, userThemes folder: String) -> [Theme] {
    var themes = [first]
    for name in BuiltinThemes.names where !themes.contains(where: { $0.name == name }) {
      if let theme = try? theme(named: name, userThemes: folder) { themes.append(theme) }
    }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for file in files.sorted() where file.hasSuffix(".theme") {
      let name = String(file.dropLast(6))
      if !themes.contains(where: { $0.name == name }), let theme = try? theme(named: name, userThemes: folder) {
        themes.append(theme)
      }
    }
    return themes
  }
}
