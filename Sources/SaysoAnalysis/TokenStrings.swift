/// A token's text and its lower case, in one object that the tokens of the same word share (`WordCache`
/// keeps one a word; each ASCII mark and each mark of General Punctuation has one): copying or releasing a
/// token then retains or releases one reference, where it was two strings.
final class TokenStrings: Sendable {
  let text: String
  let lower: String

  /// The strings of `text`, whose lower case is `lower`, or the text itself (a mark's, a lower-case word's).
  init(_ text: String, lower: String? = nil) {
    self.text = text
    self.lower = lower ?? text
  }
}
