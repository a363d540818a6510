import Foundation
import SaysoCore

// Usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER FORM FILE... [--keys NAME[:valued]...]
//        EmbedFilesTool --fingerprint OUTPUT.swift TYPE FILE...   (see `writeFingerprint`)
//
// Writes a Swift file that holds each FILE's name and contents, in the order given. FORM `base64`
// keeps any byte as base64 in `TYPE.encodedFiles`; FORM `text` keeps a UTF-8 text file as a string
// literal in `TYPE.textFiles`, which the program reads in place (no decoding, no copy). Each file NAME
// after `--keys` (a name list) also gets its keys made at build time in `TYPE.keyedFiles` (see
// `keyedFile`), so that the program builds its table without lower-casing or folding a name. Example
// output:
//
//   extension SeedCorpus {
//     static let encodedFiles: [(name: String, base64: String)] = [
//       ("000_7fb133a97eb46ec9.txt", "IGRhdGUg…"),
//     ]
//   }
//
//   extension EmbeddedData {
//     static let textFiles: [(name: StaticString, text: StaticString)] = [
//       ("demonyms.txt", "# Demonyms …\nAfghan\tAfghanistan\n…"),
//     ]
//   }

/// A Swift string literal for `text`, with quotes, backslashes and control characters escaped (new
/// lines and tabs as `\n` and `\t`, the rest as `\u{…}`).
func swiftLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": literal += "\\\""
    case "\\": literal += "\\\\"
    case "\n": literal += "\\n"
    case "\t": literal += "\\t"
    case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
      literal += "\\u{\(String(scalar.value, radix: 16))}"
    default: literal.unicodeScalars.append(scalar)
    }
  }
  return literal + "\""
}

/// Stops with `message` on standard error.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(64)
}

/// The key a name list's entry is looked up by: ASCII lower-cased, any other text `nameKey`'s form
/// (accents folded, white space as one space).
func entryKey(_ entry: Substring) -> String {
  entry.utf8.allSatisfy { $0 < 0x80 } ? String(entry).lowercased() : nameKey(String(entry))
}

/// The `keyedFiles` element of a name list: its distinct keys, one a line in the order first met, and
/// for each key a line of the values its entries give it, tab-separated (a valued list's entries are
/// `NAME<TAB>VALUE`; an entry with no value is skipped), for the program to combine.
func keyedFile(name: String, text: String, valued: Bool) -> String {
  var keys: [String] = []
  var values: [String: [Substring]] = [:]
  for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
    var entry = line
    var value: Substring = ""
    if valued {
      guard let tab = line.firstIndex(of: "\t"), line.index(after: tab) < line.endIndex else { continue }
      entry = line[..<tab]
      value = line[line.index(after: tab)...]
    }
    let key = entryKey(entry)
    if values[key] == nil { keys.append(key) }
    values[key, default: []].append(value)
  }
  let keyLines = keys.map { $0 + "\n" }.joined()
  let valueLines = valued ? keys.map { values[$0]!.joined(separator: "\t") + "\n" }.joined() : ""
  return "(\(swiftLiteral(name)), \(keys.count), \(swiftLiteral(keyLines)), \(swiftLiteral(valueLines)))"
}

/// With `--fingerprint OUTPUT.swift TYPE FILE...`: writes `TYPE.fingerprint`, 16 hexadecimal digits of a 64-bit
/// FNV-1a hash of each FILE's name (without its folder, the same in every clone) and bytes, in the order given.
func writeFingerprint(_ arguments: [String]) throws {
  guard arguments.count >= 2 else { fail("usage: EmbedFilesTool --fingerprint OUTPUT.swift TYPE FILE...") }
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  func add(_ bytes: some Sequence<UInt8>) {
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
  }
  for path in arguments.dropFirst(2) {
    let url = URL(fileURLWithPath: path)
    add(url.lastPathComponent.utf8)
    add([0])
    add(try Data(contentsOf: url))
    add([0])
  }
  let digits = String(hash, radix: 16)
  let source = """
    // Generated at build time by the EmbedFiles plugin from the analysis's sources and data. Do not edit.

    extension \(arguments[1]) {
      static let fingerprint = "\(String(repeating: "0", count: 16 - digits.count) + digits)"
    }

    """
  let output = URL(fileURLWithPath: arguments[0])
  if (try? Data(contentsOf: output)) != Data(source.utf8) {
    try Data(source.utf8).write(to: output, options: .atomic)
  }
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--fingerprint" {
  try writeFingerprint(Array(arguments.dropFirst()))
  exit(0)
}
var keyed: [String: Bool] = [:]
if let marker = arguments.firstIndex(of: "--keys") {
  for spec in arguments[(marker + 1)...] { keyed[String(spec.split(separator: ":")[0])] = spec.hasSuffix(":valued") }
  arguments.removeSubrange(marker...)
}
guard arguments.count >= 4, ["base64", "text"].contains(arguments[3]) else {
  fail("usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER base64|text FILE... [--keys NAME[:valued]...]")
}
let (outputPath, typeName, folder, form) = (arguments[0], arguments[1], arguments[2], arguments[3])

var source = """
  // Generated at build time by the EmbedFiles plugin from the package's \(folder)/ folder. Do not edit.

  extension \(typeName) {

  """
source +=
  form == "base64"
  ? "  static let encodedFiles: [(name: String, base64: String)] = [\n"
  : "  static let textFiles: [(name: StaticString, text: StaticString)] = [\n"
var keyedSources: [String] = []
for path in arguments.dropFirst(4) {
  let url = URL(fileURLWithPath: path)
  let bytes = try Data(contentsOf: url)
  let contents: String
  if form == "base64" {
    contents = bytes.base64EncodedString()
  } else {
    guard let text = String(data: bytes, encoding: .utf8) else { fail("\(path): not UTF-8 text") }
    contents = text
  }
  source += "    (\(swiftLiteral(url.lastPathComponent)), \(swiftLiteral(contents))),\n"
  if let valued = keyed[url.lastPathComponent] {
    keyedSources.append(keyedFile(name: url.lastPathComponent, text: contents, valued: valued))
  }
}
source += "  ]\n"
if form == "text" {
  source += "  static let keyedFiles: [(name: StaticString, count: Int, keys: StaticString, values: StaticString)]"
  source += " = [\n"
  source += keyedSources.map { "    \($0),\n" }.joined()
  source += "  ]\n"
}
source += "}\n"

let output = URL(fileURLWithPath: outputPath)
// Leave an unchanged file alone so its target is not recompiled.
if (try? Data(contentsOf: output)) != Data(source.utf8) {
  try Data(source.utf8).write(to: output, options: .atomic)
}
