import Foundation

// Usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER FORM FILE...
//
// Writes a Swift file that holds each FILE's name and contents, in the order given. FORM `base64`
// keeps any byte as base64 in `TYPE.encodedFiles`; FORM `text` keeps a UTF-8 text file as a string
// literal in `TYPE.textFiles`, which the program reads in place (no decoding, no copy). Example output:
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

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 4, ["base64", "text"].contains(arguments[3]) else {
  fail("usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER base64|text FILE...")
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
}
source += "  ]\n}\n"

let output = URL(fileURLWithPath: outputPath)
// Leave an unchanged file alone so its target is not recompiled.
if (try? Data(contentsOf: output)) != Data(source.utf8) {
  try Data(source.utf8).write(to: output, options: .atomic)
}
