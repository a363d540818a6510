import ArgumentParser
import SaysoCLI

/// The `--corpus PATH`, `--strict` and `--data-dir DIR` options shared by the commands that read a corpus
/// (without `--corpus`, the library in the data folder is the corpus when it holds articles).
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .customLong("corpus"),
    help: ArgumentHelp(
      "An article file or a folder of them (repeatable). Default: $SAYSO_CORPUS, else the library (when it "
        + "holds articles), else the built-in seeds.",
      valueName: "path"))
  var paths: [String] = []

  @Flag(help: "Fail (status 1) when a file in a folder cannot be read, instead of skipping it with a warning.")
  var strict = false

  @OptionGroup var storeOptions: StoreOptions

  /// The corpus these options name.
  var corpus: Corpus { Corpus(paths: paths, strict: strict, dataDirectory: storeOptions.dataDirectory) }
}
