import ArgumentParser
import SaysoCLI

/// A `sayso` command: `execute()` does the work; its errors become one line on stderr and the exit
/// status (see `Diagnostics.status(of:)`), the same way for every command.
protocol SaysoCommand: ParsableCommand {
  func execute() throws
}

extension SaysoCommand {
  func run() throws {
    let status = Diagnostics.status(of: execute)
    if status != 0 { throw ExitCode(status) }
  }
}

extension ColorChoice: ExpressibleByArgument {}
extension BookmarkText.ExportFormat: ExpressibleByArgument {}
