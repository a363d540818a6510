import Foundation
import Testing

@Suite struct ShowCommandTests {
  /// An article whose text tries to drive the terminal: colours, clearing the screen, a window title
  /// (OSC … BEL), a C1 CSI, DEL and a bidirectional override.
  static let hostile = """
    Evil \u{1B}[31mRed\u{1B}[0m Title

    LAGOS (Synthetic News) \u{1B}]0;pwned\u{07}"We will win\u{1B}[2J," Maria Keller, the minister, said.

    \u{9B}31m Tomas Brandt called for \u{7F}an audit\u{202E} of the contract.\u{1B}[1m

    """

  @Test func pipedOutputHasNoControlCharacters() throws {
    let path = try SaysoBinary.articleFile(Self.hostile)
    let run = try SaysoBinary.run(["show", path])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    #expect(!run.stdout.contains(0x1B))
    #expect(!run.stdout.contains(0x07))
    #expect(!run.stdout.contains(0x7F))
    let scalars = run.output.unicodeScalars
    #expect(!scalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!scalars.contains { (0x80...0x9F).contains($0.value) })
    #expect(run.output.contains("Red"))
    #expect(run.output.contains("Maria Keller"))
  }

  @Test func colourOutputSendsOnlyItsOwnStyleSequences() throws {
    let path = try SaysoBinary.articleFile(Self.hostile)
    let run = try SaysoBinary.run(["show", "--color", "always", path])
    #expect(run.status == 0)
    // Take out sayso's own SGR sequences (ESC [ digits ; m): no other ESC may remain.
    let withoutStyles = run.output.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(!withoutStyles.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!withoutStyles.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    #expect(run.output.contains("\u{1B}["))
  }

  @Test func noColorTurnsColourOff() throws {
    let path = try SaysoBinary.articleFile(Self.hostile)
    let run = try SaysoBinary.run(["show", path], environment: ["NO_COLOR": "1"])
    #expect(!run.stdout.contains(0x1B))
  }

  @Test func numbersTheParagraphsInTheMargin() throws {
    let run = try SaysoBinary.run(["show", "2"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "seeds/002_ee816ef9547c31f7.txt")
    #expect(lines.contains { $0.hasPrefix("   0  ") })
    #expect(lines.contains { $0.hasPrefix("   1  MOSCOW (Pakistan Point News") })
  }

  @Test func findsArticlesByFileNameAndTitleFragment() throws {
    let byName = try SaysoBinary.run(["show", "000_7fb133a97eb46ec9.txt"])
    #expect(byName.status == 0)
    #expect(byName.output.hasPrefix("seeds/000_7fb133a97eb46ec9.txt\n"))
    let byTitle = try SaysoBinary.run(["show", "security dialogue offer"])
    #expect(byTitle.status == 0)
    #expect(byTitle.output.hasPrefix("seeds/002_ee816ef9547c31f7.txt\n"))
  }

  @Test func anUnknownArticleIsAOneLineError() throws {
    for query in ["no such article anywhere", "3", "0"] {
      let run = try SaysoBinary.run(["show", query])
      #expect(run.status != 0, "\(query)")
      #expect(run.errorLines.count == 1, "\(query): \(run.stderr)")
      #expect(run.errorLines.first?.hasPrefix("sayso: ") == true)
      #expect(run.stdout.isEmpty)
    }
  }
}
