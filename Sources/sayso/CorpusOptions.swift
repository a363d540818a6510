import ArgumentParser
import SaysoCLI

/// The `--corpus PATH` and `--strict` options shared by the commands that read a corpus.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "An article file or a folder of them (repeatable). Default: $SAYSO_CORPUS, else the built-in seeds.",
      valueName: "path"))
  var paths: [String] = []

  @Flag(help: "Fail (status 1) when a file in a folder cannot be read, instead of skipping it with a warning.")
  var strict = false

  /// The corpus these options name.
  var corpus: Corpus { Corpus(paths: paths, strict: strict) }
}
