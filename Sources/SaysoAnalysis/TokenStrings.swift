/// A token's text and its lower case, in one object that the tokens of the same word share (`WordCache`
/// keeps one a word; each ASCII mark and each mark of General Punctuation has one): copying or releasing a
/// token then retains or releases one reference, where it was two strings.
final class TokenStrings: Sendable {
  let text: String
  let lower: String

  init(_ text: String, lower: String) {
    self.text = text
    self.lower = lower
  }

  /// The strings of a punctuation mark: its text, which is its lower case too.
  convenience init(mark: Unicode.Scalar) {
    let text = String(Character(mark))
    self.init(text, lower: text)
  }
}
