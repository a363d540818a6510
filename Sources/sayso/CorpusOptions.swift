import ArgumentParser

/// The `--corpus PATH` option shared by the commands that read a corpus.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "An article file or a folder of them (repeatable). Default: $SAYSO_CORPUS, else the built-in seeds.",
      valueName: "path"))
  var paths: [String] = []

  /// The corpus these options name.
  var corpus: Corpus { Corpus(paths: paths) }
}
