import Foundation

// Usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER FILE...
//
// Writes a Swift file that holds each FILE's name and bytes (base64, so any byte survives) as
// `TYPE.encodedFiles`, in the order given. Example output:
//
//   extension SeedCorpus {
//     static let encodedFiles: [(name: String, base64: String)] = [
//       ("000_7fb133a97eb46ec9.txt", "IGRhdGUg…"),
//     ]
//   }

/// A Swift string literal for `text`, with quotes, backslashes and control characters escaped.
func swiftLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": literal += "\\\""
    case "\\": literal += "\\\\"
    case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
      literal += "\\u{\(String(scalar.value, radix: 16))}"
    default: literal.unicodeScalars.append(scalar)
    }
  }
  return literal + "\""
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3 else {
  FileHandle.standardError.write(Data("usage: EmbedFilesTool OUTPUT.swift TYPE FOLDER FILE...\n".utf8))
  exit(64)
}
let (outputPath, typeName, folder) = (arguments[0], arguments[1], arguments[2])

var source = """
  // Generated at build time by the EmbedFiles plugin from the package's \(folder)/ folder. Do not edit.

  extension \(typeName) {
    static let encodedFiles: [(name: String, base64: String)] = [

  """
for path in arguments.dropFirst(3) {
  let url = URL(fileURLWithPath: path)
  let bytes = try Data(contentsOf: url)
  source += "    (\(swiftLiteral(url.lastPathComponent)), \(swiftLiteral(bytes.base64EncodedString()))),\n"
}
source += "  ]\n}\n"

let output = URL(fileURLWithPath: outputPath)
// Leave an unchanged file alone so its target is not recompiled.
if (try? Data(contentsOf: output)) != Data(source.utf8) {
  try Data(source.utf8).write(to: output, options: .atomic)
}
