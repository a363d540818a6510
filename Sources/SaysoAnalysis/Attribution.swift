/// Reported words found in a paragraph: the content span, its cue, and the phrase naming the speaker.
struct Attribution {
  var paragraph: Int
  /// Content span, scalar offsets in the paragraph.
  var start: Int
  var end: Int
  var cue: String?
  var lemma: String?
  var category: CueLexicon.Category?
  var speaker: SpeakerPhrase?
  /// Index of the sentence (in the paragraph) that holds the frame.
  var sentence: Int
  /// The frame follows the content ("…, he said.") rather than preceding it.
  var frameAfter: Bool = false
  /// No frame: a direct quote whose speaker comes from context.
  var floating: Bool = false
  /// The frame is a relative clause's after the one it describes ("critics who say …", "Barkley, who said
  /// …"): a verb after its content has a subject of its own.
  var inRelativeClause: Bool = false
  /// A transcript's line after its speaker's label ("WALLACE: …", "((Dana Veltri)) …"): the speaker's own words.
  var transcriptLine: Bool = false
  /// The frame is inside the words an outlet reports ("The Gazette reported Ann Vey said …"): the outlet, not
  /// she, is the one the next sentence goes on about ("It added …").
  var relayed: Bool = false
}
