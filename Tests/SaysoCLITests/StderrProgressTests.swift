import SaysoCore
import SaysoStore
import Testing

@testable import SaysoCLI

/// The progress line of long work on stderr.
@Suite struct StderrProgressTests {
  final class Output {
    var text = ""
  }

  @Test func nothingIsWrittenWhenStderrIsNoTerminal() {
    let output = Output()
    let line = StderrProgress(isTerminal: false, columns: 80) { output.text += $0 }
    for done in 0...10 { line.show(UpdateProgress(done: done, total: 10, seconds: Double(done)), in: []) }
    line.end()
    #expect(output.text.isEmpty)
  }

  @Test func aTerminalSeesOneLineRedrawnInPlaceThenWiped() {
    let output = Output()
    let line = StderrProgress(isTerminal: true, columns: 60) { output.text += $0 }
    // Quick work shows nothing: the first half second is silent.
    line.show(UpdateProgress(done: 0, total: 3, seconds: 0.1), in: [])
    #expect(output.text.isEmpty)
    line.show(UpdateProgress(done: 1, total: 3, seconds: 1, path: "/corpus/a.txt"), in: [.path("/corpus")])
    #expect(output.text == "\rIndexing 1 of 3 articles (33%) · 1 a second · a.txt")
    // Ten times a second at most, and the last one always.
    line.show(UpdateProgress(done: 2, total: 3, seconds: 1.05), in: [])
    #expect(!output.text.contains("Indexing 2"))
    line.show(UpdateProgress(done: 3, total: 3, seconds: 1.06), in: [])
    // The shorter line blanks what the longer one left.
    let first = "Indexing 1 of 3 articles (33%) · 1 a second · a.txt"
    let last = "Indexing 3 of 3 articles (100%) · 3 a second"
    #expect(output.text.hasSuffix("\r" + last + String(repeating: " ", count: first.count - last.count)))
    line.end()
    #expect(output.text.hasSuffix("\r" + String(repeating: " ", count: last.count) + "\r"))
    #expect(!output.text.contains("\n"))
  }

  @Test func aFileNameWithControlCharactersIsShownSafely() {
    let output = Output()
    let line = StderrProgress(isTerminal: true, columns: 200) { output.text += $0 }
    line.show(UpdateProgress(done: 1, total: 2, seconds: 1, path: "/c/bad\u{1B}]0;owned\u{07}\r.txt"), in: [.path("/c")])
    #expect(output.text.hasSuffix("bad␛]0;owned␇ .txt"), "\(output.text)")
    #expect(output.text.unicodeScalars.filter { $0.value < 0x20 }.map(\.value) == [0x0D])
  }

  @Test func theLineStaysWithinTheTerminal() {
    let output = Output()
    let line = StderrProgress(isTerminal: true, columns: 40) { output.text += $0 }
    line.show(UpdateProgress(done: 12_345, total: 20_000, seconds: 3, path: "/c/a/very/long/path/to/an/article.txt"), in: [])
    #expect(String(output.text.dropFirst()).displayWidth <= 39, "\(output.text)")
  }
}
