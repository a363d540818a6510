import Foundation
import SaysoCore
import SaysoStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line for long work, on stderr when it is a terminal (never in a pipe or a file: scripts
/// and tests see nothing): redrawn in place (`\r`) at most ten times a second once the work has taken
/// half a second, and wiped when the work ends, so what the command prints stays as it was.
///
/// A class: it remembers what it drew.
public final class StderrProgress {
  /// Whether anything is drawn at all.
  public let isShown: Bool
  private let columns: Int
  private let write: (String) -> Void
  /// The display width of the line on screen, 0 when none is.
  private var drawn = 0
  private var lastDraw = -1.0

  /// The line on stderr, shown only when stderr is a terminal.
  public convenience init() {
    var size = winsize()
    let columns = ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    self.init(isTerminal: isatty(STDERR_FILENO) == 1, columns: columns) { text in
      FileHandle.standardError.write(Data(text.utf8))
    }
  }

  /// A line written through `write` (for tests), shown only when `isTerminal`.
  public init(isTerminal: Bool, columns: Int, write: @escaping (String) -> Void) {
    isShown = isTerminal
    self.columns = max(10, columns)
    self.write = write
  }

  /// Shows where an index update stands (see `CorpusIndex.update(while:progress:)`), naming the last
  /// article by its path in the corpus of `sources`.
  public func show(_ progress: UpdateProgress, in sources: [CorpusSource]) {
    guard isShown, progress.seconds >= 0.5, progress.seconds - lastDraw >= 0.1 || progress.done == progress.total
    else { return }
    lastDraw = progress.seconds
    // One column short of the width: a line that fills it would wrap on some terminals, and `\r` then
    // returns to the wrong row.
    let line = ProgressText.line(
      "Indexing", done: progress.done, total: progress.total, seconds: progress.seconds,
      item: progress.path.map { CorpusSource.relativePath($0, in: sources) },
      width: columns - 1)
    let width = line.displayWidth
    write("\r" + line + String(repeating: " ", count: max(0, drawn - width)))
    drawn = width
  }

  /// Wipes the line, if one is drawn.
  public func end() {
    guard drawn > 0 else { return }
    write("\r" + String(repeating: " ", count: drawn) + "\r")
    drawn = 0
  }
}
