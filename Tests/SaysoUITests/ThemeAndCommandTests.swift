import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoUI

@Suite struct ThemeTests {
  static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("themes")

  @Test(arguments: BuiltinThemes.names)
  func builtInThemesMatchTheFilesAndStyleEveryRole(name: String) throws {
    let file = try String(contentsOf: Self.themesFolder.appendingPathComponent("\(name).theme"), encoding: .utf8)
    #expect(
      BuiltinThemes.source(named: name).map { $0 + "\n" } == file, "themes/\(name).theme and BuiltinThemes differ")
    let theme = try ThemeParser.parse(file, name: name, file: "\(name).theme")
    #expect(Set(theme.styles.keys) == Set(Role.allCases))
  }

  @Test func monochromeThemeUsesNoColour() throws {
    let theme = try #require(BuiltinThemes.theme(named: "monochrome"))
    for style in theme.styles.values {
      #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
    }
  }

  @Test func parsesColoursAndAttributes() throws {
    let theme = try ThemeParser.parse(
      "# comment\n\ncolor quote green default bold  # trailing\ncolor cursor color208 #ff0000 reverse underline\n",
      name: "t", file: "t.theme")
    #expect(theme.style(for: .quote) == Style(foreground: .index(2), background: .terminalDefault, attributes: [.bold]))
    #expect(
      theme.style(for: .cursor)
        == Style(foreground: .index(208), background: .rgb(255, 0, 0), attributes: [.reverse, .underline]))
    #expect(theme.style(for: .heading) == theme.style(for: .text))
  }

  @Test func errorsNameTheFileAndLine() {
    func error(_ text: String) -> String {
      do {
        _ = try ThemeParser.parse(text, name: "bad", file: "bad.theme")
        return "no error"
      } catch { return "\(error)" }
    }
    #expect(
      error("color text default default\ncolor qoute green default").hasPrefix("bad.theme:2: unknown role \"qoute\""))
    #expect(error("color quote grene default").hasPrefix("bad.theme:1: unknown colour \"grene\""))
    #expect(error("color quote color256 default").hasPrefix("bad.theme:1: unknown colour \"color256\""))
    #expect(error("color quote green #12345").hasPrefix("bad.theme:1: unknown colour \"#12345\""))
    #expect(error("\n\ncolor quote green default blinking").hasPrefix("bad.theme:3: unknown attribute \"blinking\""))
    #expect(error("colour quote green default").hasPrefix("bad.theme:1: cannot read"))
  }

  @Test func noColorKeepsAttributesAndGivesPlainRolesSome() throws {
    let theme = try #require(BuiltinThemes.theme(named: "default")).monochrome
    for role in Role.allCases {
      #expect(theme.style(for: role).foreground == .terminalDefault)
    }
    #expect(theme.style(for: .quote).attributes == [.italic])  // only colour told quotes apart
    #expect(theme.style(for: .speaker).attributes == [.bold])  // its own attribute stays
  }

  @Test func coloursFallBackToWhatTheTerminalHas() {
    #expect(ColorPalette.index(for: .index(208), available: 256) == 208)
    #expect(ColorPalette.index(for: .index(208), available: 8) == 3)  // orange → yellow
    #expect(ColorPalette.index(for: .index(196), available: 16) == 9)
    #expect(ColorPalette.index(for: .rgb(0, 0, 0), available: 256) == 0)
    #expect(ColorPalette.index(for: .rgb(255, 135, 0), available: 256) == 208)
    #expect(ColorPalette.index(for: .rgb(0, 200, 0), available: 8) == 2)
    #expect(ColorPalette.index(for: .terminalDefault, available: 8) == -1)
    #expect(ColorPalette.index(for: .index(245), available: 8) == 7)  // greys stay grey-ish
    #expect(ColorPalette.index(for: .index(236), available: 8) == 0)
    #expect(ColorPalette.index(for: .index(245), available: 16) == 8)
    for i in 0..<256 {
      #expect((0..<8).contains(ColorPalette.index(for: .index(i), available: 8)))
    }
  }

  @Test func userThemesAreFoundBeforeBuiltInOnesAndJoinTheCycle() throws {
    let folder = try ScratchFolder.make("themes")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("color quote red default\n".utf8).write(to: folder.appendingPathComponent("mine.theme"))
    try Data("color quote red defualt\n".utf8).write(to: folder.appendingPathComponent("broken.theme"))
    let mine = try ThemeLoader.theme(named: "mine", userThemes: folder.path)
    #expect(mine.style(for: .quote).foreground == .index(1))
    #expect(throws: UIError.unknownColor(file: folder.path + "/broken.theme", line: 1, "defualt")) {
      try ThemeLoader.theme(named: "broken", userThemes: folder.path)
    }
    #expect(throws: UIError.self) { try ThemeLoader.theme(named: "nope", userThemes: folder.path) }
    let cycle = ThemeLoader.cycle(startingWith: mine, userThemes: folder.path).map(\.name)
    #expect(cycle == ["mine", "default", "light", "universal", "monochrome"])
  }
}

@Suite struct CommandTableTests {
  @Test func everyCommandHasOneEntryWithHelp() {
    for command in Command.allCases {
      let entries = CommandTable.entries.filter { $0.command == command }
      #expect(entries.count == 1, "\(command)")
      #expect(!(entries.first?.help.isEmpty ?? true))
    }
  }

  @Test func noKeyIsBoundTwiceByDefault() {
    var seen: [Key: Command] = [:]
    for entry in CommandTable.entries {
      for key in entry.keys {
        #expect(seen[key] == nil, "\(key.name) is bound to \(seen[key]?.rawValue ?? "") and \(entry.command.rawValue)")
        seen[key] = entry.command
      }
    }
  }

  @Test func lessAndViKeysDoWhatUsersExpect() {
    let map = Keymap()
    let expected: [(String, Command)] = [
      ("j", .down), ("k", .up), ("Down", .down), ("Up", .up), ("Space", .pageDown), ("PageDown", .pageDown),
      ("PageUp", .pageUp), ("b", .pageUp), ("g", .top), ("G", .bottom), ("/", .search), ("n", .searchNext),
      ("N", .searchPrevious), ("q", .quit), ("Esc", .cancel), ("?", .help), ("Tab", .nextClaim),
      ("S-Tab", .previousClaim),
    ]
    for (name, command) in expected {
      #expect(map.command(for: Key(name: name)!) == command, "\(name)")
    }
  }

  @Test func keyNamesRoundTrip() {
    for entry in CommandTable.entries {
      for key in entry.keys { #expect(Key(name: key.name) == key, "\(key.name)") }
    }
    #expect(Key(name: "^F") == .control("f"))
    #expect(Key(name: "pgdn") == .pageDown)
    #expect(Key(name: "F12") == .function(12))
    #expect(Key(name: "Hyper-x") == nil)
  }

  @Test func helpIsGeneratedFromTheTableAndShowsRebindings() throws {
    var map = Keymap()
    map.bind(.character("x"), to: .claims)
    map.bind(.character("C"), to: nil)
    let h = Harness(keymap: map)
    h.press("?", "/", "=claims")
    #expect(h.screen.contains("x"))
    let line = try #require(
      (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }.first { $0.contains("every quote and proposal") })
    #expect(line.contains(" x "))
    #expect(!line.contains(" C "))
  }

  @Test func configReadsEveryDirectiveAndNamesBadLines() throws {
    let config = try Config.parse(
      "# settings\ntheme light\ncorpus ~/news\nbind x quit-now  # comment\nunbind f\nmouse on\nbind # top\n",
      file: "config")
    #expect(config.theme == "light")
    #expect(config.corpus == ["~/news"])
    #expect(config.mouse)
    #expect(config.keymap.command(for: .character("x")) == .quitNow)
    #expect(config.keymap.command(for: .character("f")) == nil)
    #expect(config.keymap.command(for: .character("#")) == .top)
    #expect(throws: UIError.unknownCommand(file: "c", line: 2, "fly")) { try Config.parse("\nbind x fly", file: "c") }
    #expect(throws: UIError.unknownKey(file: "c", line: 1, "Hyper-x")) {
      try Config.parse("bind Hyper-x top", file: "c")
    }
    #expect(throws: UIError.malformedLine(file: "c", line: 1, "colour red")) {
      try Config.parse("colour red", file: "c")
    }
  }
}
