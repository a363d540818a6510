import ArgumentParser
import SaysoCLI

/// `sayso stories`: the same claim across outlets, and how its wording drifts.
struct StoriesCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "stories", abstract: "List the stories: articles that carry the same claim, most articles first.",
    discussion: StoryText.discussion)

  @Flag(help: "Print the stories as JSON (schema above).") var json = false
  @Flag(help: "Show how each later report's words differ from the first report's.") var diff = false
  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    let stories = try corpusOptions.storeOptions.session().openIndex(of: &corpus).0.stories()
    var stream = json ? JSONOutput.Stream(key: "stories") : nil
    for story in stories {
      if json {
        stream?.write(StoryText.json(story, drift: diff))
      } else {
        print(StoryText.listing(story, drift: diff) + "\n")
      }
    }
    stream?.close()
    try corpus.finish(listed: stories.count, json: json, asked: "stories in the corpus (no claim is in two articles)")
  }
}
