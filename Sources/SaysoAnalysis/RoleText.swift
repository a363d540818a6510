/// A role as the People view lists it: the words of the article's phrase without what only tied it to the
/// name or the sentence, and without what ran on past it.
///
/// | the article's words | the role |
/// |---|---|
/// | "the mayor of London", "a fire service spokesman" | "mayor of London", "fire service spokesman" |
/// | "of the World Health Organization" ("Mike Ryan of the …") | "World Health Organization" |
/// | "a tweet on Monday by US Secretary of State" | "US Secretary of State" |
/// | "a protester using the pseudonym", "a Toronto lawyer representing Spanton" | "protester", "Toronto lawyer" |
/// | "a former maintainer of the project to discuss this takedown" | "former maintainer of the project" |
/// | "the Director-General of the" | "Director-General" |
enum RoleText {
  /// The role's words, tidied as above; nil when no word of a role is left.
  static func tidied(_ role: String) -> String? {
    var words = role.spaceSeparatedWords
    guard let first = words.first else { return nil }
    // fast path: a role that opens with a word of its own and ends in one, and holds no clause, is whole
    if !openers.contains(first.lowercased()), !closers.contains(words[words.count - 1].lowercased()),
      words.count < 3 || cut(words) == nil
    {
      return role
    }
    words = author(words) ?? words
    if let end = cut(words) { words.removeSubrange(end...) }
    dropArticles(&words)
    if words.count >= 2, affiliations.contains(words[0].lowercased()) {
      words.removeFirst()
      dropArticles(&words)
    }
    while let last = words.last, closers.contains(last.lowercased()) { words.removeLast() }
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// Drops the articles before a role's words (a capitalised "The" before one word is the name's own: "The
  /// Ledger").
  static func dropArticles(_ words: inout [Substring]) {
    while words.count >= 2, determiners.contains(words[0].lowercased()), words.count >= 3 || words[0] != "The" {
      words.removeFirst()
    }
  }

  /// The author of a document that the role names: "a tweet on Monday by US Secretary of State" is the
  /// Secretary's.
  static func author(_ words: [Substring]) -> [Substring]? {
    guard words.count >= 3, determiners.contains(words[0].lowercased()),
      SpeakerPhraseParser.documentNouns.contains(words[1].lowercased()),
      let by = words.lastIndex(where: { $0 == "by" || $0 == "from" }), by >= 2, by + 1 < words.count
    else { return nil }
    return Array(words[(by + 1)...])
  }

  /// Where the noun phrase ends and a clause on it begins: a relative word ("… who had investigated the
  /// case"), a participle with its object ("… using the pseudonym"), or a purpose ("… to discuss this").
  static func cut(_ words: [Substring]) -> Int? {
    guard words.count >= 3 else { return nil }
    for index in 1..<words.count {
      let word = words[index]
      if EntityRegistry.Entity.relativeWords.contains(String(word)) { return index }
      guard index >= 2, index + 1 < words.count, word.allSatisfy({ $0.isLowercase }) else { continue }
      let next = words[index + 1]
      let nextOpensObject = next.first?.isUppercase == true || determiners.contains(next.lowercased())
        || Lexicon.determiners.contains(next.lowercased())
      if word == "to", !nextOpensObject, next.allSatisfy({ $0.isLowercase }) { return index }
      let previous = words[index - 1]
      if word.count >= 5, word.hasSuffix("ing"), !previous.hasSuffix("ing"), nextOpensObject,
        previous.allSatisfy({ $0.isLowercase }), !Lexicon.determiners.contains(previous.lowercased())
      {
        return index
      }
    }
    return nil
  }

  /// Articles before a role's noun: "the", "a", "an".
  static let determiners: Set<String> = ["the", "a", "an"]
  /// Prepositions that tie a body to the name before it: "Mike Ryan of the World Health Organization".
  static let affiliations: Set<String> = ["of", "at", "from"]
  /// The words a role may open with that are not its own.
  static let openers = determiners.union(affiliations)
  /// Words a role cannot end with: what is left of a phrase cut short ("the Director-General of the").
  static let closers: Set<String> = [
    "of", "the", "a", "an", "and", "or", "for", "at", "to", "in", "on", "with", "from", "by",
  ]
}
