import Foundation
import SaysoCore

/// The `sayso analyze --json` schema.
enum JSONOutput {
  static func render(_ analyses: [ArticleAnalysis]) -> String {
    func speakerJSON(_ s: Speaker?) -> Any {
      guard let s else { return NSNull() }
      return ["name": s.name, "role": s.role ?? NSNull(), "mention": s.mention] as [String: Any]
    }
    let articles: [[String: Any]] = analyses.map { a in
      [
        "path": a.article.path,
        "title": a.article.title ?? NSNull(),
        "source": a.article.source ?? NSNull(),
        "date": a.article.date ?? NSNull(),
        "paragraphs": a.article.paragraphs.map {
          ["index": $0.index, "start": $0.start, "end": $0.end, "role": $0.role.rawValue, "text": $0.text] as [String: Any]
        },
        "people": a.people.map { ["name": $0.name, "roles": $0.roles, "quotes": $0.quotes] as [String: Any] },
        "quotes": a.quotes.map {
          [
            "paragraph": $0.paragraph, "start": $0.start, "end": $0.end, "text": $0.text,
            "kind": $0.kind.rawValue, "cue": $0.cue ?? NSNull(), "speaker": speakerJSON($0.speaker),
            "group": $0.group ?? NSNull(),
          ] as [String: Any]
        },
        "proposals": a.proposals.map {
          [
            "paragraph": $0.paragraph, "start": $0.start, "end": $0.end, "text": $0.text,
            "cue": $0.cue, "proposer": speakerJSON($0.proposer), "group": $0.group ?? NSNull(),
          ] as [String: Any]
        },
      ]
    }
    let data = try! JSONSerialization.data(
      withJSONObject: ["articles": articles], options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self)
  }
}
