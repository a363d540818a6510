import ArgumentParser
import SaysoCLI

/// A `sayso` command: `execute()` does the work; its errors become one line on stderr and the exit status
/// (`Diagnostics.status(of:)`), ending the process here (an `ExitCode` thrown builds usage text first).
protocol SaysoCommand: ParsableCommand {
  func execute() throws
}

extension SaysoCommand {
  func run() throws {
    let status = Diagnostics.status(of: execute)
    if status != 0 { Diagnostics.exit(status: status, message: "") }
  }
}

extension ColorChoice: ExpressibleByArgument {}
extension BookmarkText.ExportFormat: ExpressibleByArgument {}
