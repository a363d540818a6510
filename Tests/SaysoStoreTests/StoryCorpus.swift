import Foundation

@testable import SaysoStore

/// A small corpus for stories: one statement reported by three outlets (one naming the speaker by
/// surname only, one quoting more words), an unrelated article, and a common phrase in two articles
/// that share nothing else.
enum StoryCorpus {
  static func article(_ source: String, _ date: String, _ title: String, _ body: String) -> String {
    "---\ntitle: \(title)\nsource: \(source)\ndate: \(date)\n---\n\n\(title)\n\n\(body)\n"
  }

  static let documents: [(path: String, text: String)] = [
    (
      "herald.md",
      article(
        "Harbour Herald", "2021-03-01", "Bridge to open before winter",
        """
        Mayor Jane Okoro visited the building site on Monday.

        “The new bridge over the river will open to traffic before the winter,” Jane Okoro, the mayor of the city, said.
        """)
    ),
    (
      "post.md",
      article(
        "Coastal Post", "2021-03-02", "Mayor promises a quick opening",
        """
        Work on the crossing resumed after a pause of two months.

        “The new bridge over the river will open to traffic before the winter,” Okoro said.
        """)
    ),
    (
      "wire.md",
      article(
        "Evening Wire", "2021-03-03", "Crossing on schedule, says the mayor",
        """
        The council met on Wednesday to discuss the budget of the crossing.

        “The new bridge over the river will open to traffic before the winter, whatever the council decides,” Mayor Jane Okoro told reporters.
        """)
    ),
    (
      "hospital.md",
      article(
        "Harbour Herald", "2021-03-04", "Night shifts stretched at the hospital",
        """
        “Our hospital needs three more nurses on every night shift,” Tomas Brandt, a doctor at the hospital, said.

        “We will see what the ministry decides about the budget,” Brandt said.
        """)
    ),
    (
      "farm.md",
      article(
        "Coastal Post", "2021-03-05", "Farmers wait for the rain",
        """
        “The wheat will not survive another dry month,” Lena Varga, a farmer, said.

        “We will see what happens at the harbour,” Varga said. “We will see.”
        """)
    ),
  ]

  /// An in-memory index of the corpus, up to date.
  static func index() throws -> CorpusIndex {
    let index = CorpusIndex.inMemory(corpus: [
      .embedded(
        name: "stories", documents: documents.map { EmbeddedDocument(path: $0.path, bytes: Array($0.text.utf8)) })
    ])
    try index.update()
    return index
  }
}
