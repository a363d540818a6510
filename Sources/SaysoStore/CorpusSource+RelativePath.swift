extension CorpusSource {
  /// An article's path relative to the root of the corpus it belongs to, as the reader shows it:
  /// the folder it was found in is dropped (`/news/business/001.txt` in the corpus `/news` is
  /// `business/001.txt`), as is the name of an embedded corpus (`seeds/000_7fb1.txt` is `000_7fb1.txt`);
  /// a file given on its own is its file name. Where several folders hold the path, the innermost one
  /// is its root; a path outside every source is returned as it is.
  ///
  /// - Parameters:
  ///   - path: the article's path, as the index holds it.
  ///   - sources: the corpus's sources.
  public static func relativePath(_ path: String, in sources: [CorpusSource]) -> String {
    var best: Substring?
    for source in sources {
      let root: String
      switch source {
      case .path(let given):
        if given == path { return String(path.split(separator: "/").last ?? Substring(path)) }
        root = given
      case .embedded(let name, _):
        root = name
      }
      let prefix = root.hasSuffix("/") ? root : root + "/"
      guard path.hasPrefix(prefix), path.count > prefix.count else { continue }
      let rest = path.dropFirst(prefix.count)
      if best == nil || rest.count < best!.count { best = rest }
    }
    return best.map(String.init) ?? path
  }
}
