import Foundation
import SaysoAnalysis
import SaysoCore

// Temporary: analyze --json only, for the analysis loop.
let args = Array(CommandLine.arguments.dropFirst(2))
let loaded = CorpusLoader.load(paths: args)
print(JSONOutput.render(loaded.articles.map(analyze)))
