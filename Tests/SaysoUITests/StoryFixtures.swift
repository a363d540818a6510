import SaysoCore

@testable import SaysoUI

/// Three outlets reporting one statement (one naming the speaker by surname only, one with more
/// words), and an article that shares nothing: the stories of the reader's tests.
enum StoryFixtures {
  static func report(
    path: String, source: String, date: String, title: String, words: String, speaker: String
  ) -> ArticleAnalysis {
    let body = "“\(words),” \(speaker) said on Monday."
    let a = Fixtures.article(
      path: path, title: title, source: source, date: date, blocks: [(.title, title), (.body, body)])
    let quote = Fixtures.quote("“\(words),”", in: a, paragraph: 1, speaker: speaker, cue: "said")
    return ArticleAnalysis(
      article: a, people: [Person(name: speaker, roles: [], quotes: 1)], quotes: [quote], proposals: [])
  }

  static let statement = "The new ferry to the islands will run every hour from May"

  static let all: [ArticleAnalysis] = [
    report(
      path: "news/herald.txt", source: "Coast Herald", date: "2024-04-01", title: "Hourly ferry from May",
      words: statement, speaker: "Ana Ruiz"),
    report(
      path: "news/post.txt", source: "Island Post", date: "2024-04-02", title: "Ferry timetable promised",
      words: statement, speaker: "Ruiz"),
    report(
      path: "news/wire.txt", source: "Evening Wire", date: "2024-04-03", title: "Mayor sets ferry date",
      words: statement + " if the weather allows", speaker: "Ana Ruiz"),
    report(
      path: "news/farm.txt", source: "Island Post", date: "2024-04-04", title: "Dry spring for farmers",
      words: "The wheat will not survive another dry month on the hills", speaker: "Lena Varga"),
  ]

  /// The stories the store finds in `all`.
  static func stories() -> [Story] { Fixtures.store(all).services.stories.stories() }
}
