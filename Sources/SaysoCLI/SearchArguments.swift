/// The command line of a plain `sayso search`, read without swift-argument-parser.
///
/// A search is a short process, and ArgumentParser's reflection over the command types took 14 M of
/// its 31 M instructions (a search with no match on 30,000 articles). `sayso search` with only query
/// words, `--json`, `--limit N`, `--corpus PATH`, `--strict` and `--data-dir DIR` (each option once,
/// except `--corpus`) is read here; any other command line — help, `--limit=N`, an unknown option, a
/// word starting with "-", a missing query, a limit below 1 — gives nil and goes to ArgumentParser,
/// which parses it or reports it as it always has.
public struct SearchArguments: Equatable {
  /// The query words, in order.
  public var query: [String] = []
  public var json = false
  public var limit = 20
  /// The `--corpus` paths, in order.
  public var paths: [String] = []
  public var strict = false
  public var dataDirectory: String?

  public init(
    query: [String], json: Bool = false, limit: Int = 20, paths: [String] = [], strict: Bool = false,
    dataDirectory: String? = nil
  ) {
    self.query = query
    self.json = json
    self.limit = limit
    self.paths = paths
    self.strict = strict
    self.dataDirectory = dataDirectory
  }

  /// The search that `arguments` (the command line after the program's name) asks for, or nil when
  /// they are not a plain search.
  public init?(_ arguments: [String]) {
    guard arguments.first == "search", arguments.count <= ArgumentRuns.threshold else { return nil }
    var seen: Set<String> = []
    var index = 1
    /// The value after the option at `index`: nil when it is missing or looks like an option.
    func value() -> String? {
      guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("-") else { return nil }
      index += 1
      return arguments[index]
    }
    while index < arguments.count {
      let argument = arguments[index]
      if !argument.hasPrefix("-") {
        query.append(argument)
      } else if argument == "--corpus" {
        guard let path = value() else { return nil }
        paths.append(path)
      } else {
        guard seen.insert(argument).inserted else { return nil }
        switch argument {
        case "--json": json = true
        case "--strict": strict = true
        case "--data-dir":
          guard let directory = value() else { return nil }
          dataDirectory = directory
        case "--limit":
          guard let text = value(), !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let number = Int(text), number > 0
          else { return nil }
          limit = number
        default: return nil
        }
      }
      index += 1
    }
    guard !query.isEmpty else { return nil }
  }
}
