/// An object's members written straight out, one call a member: `{"index":3,"role":"body"}` with no
/// `JSONValue.members` array built and freed for it.
///
/// The analysis of an article writes thousands of small objects (a paragraph, a person, a quote each):
/// building each one's array of members, then writing and freeing it, cost more than writing the JSON.
/// The first member of an object opens it (`first: true` writes the `{`); the caller closes it with
/// `closeObject()`. Keys are the schema's own plain ASCII names, written as they are.
extension JSONBytes {
  /// Writes `{"key":` for an object's first member, else `,"key":`.
  mutating func appendKey(_ key: StaticString, first: Bool = false) {
    append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
    append(UInt8(ascii: "\""))
    key.withUTF8Buffer { append($0) }
    append(UInt8(ascii: "\""))
    append(UInt8(ascii: ":"))
  }

  /// Writes the member `"key":number`.
  mutating func appendMember(_ key: StaticString, _ number: Int, first: Bool = false) {
    appendKey(key, first: first)
    JSONValue.write(number, to: &self)
  }

  /// Writes the member `"key":number`, or `"key":null`.
  mutating func appendMember(_ key: StaticString, _ number: Int?, first: Bool = false) {
    appendKey(key, first: first)
    if let number { JSONValue.write(number, to: &self) } else { append("null") }
  }

  /// Writes the member `"key":"text"`, the text escaped as JSON.
  mutating func appendMember(_ key: StaticString, _ text: String, first: Bool = false) {
    appendKey(key, first: first)
    JSONValue.write(text, to: &self)
  }

  /// Writes the member `"key":"text"`, or `"key":null`.
  mutating func appendMember(_ key: StaticString, _ text: String?, first: Bool = false) {
    appendKey(key, first: first)
    if let text { JSONValue.write(text, to: &self) } else { append("null") }
  }

  /// Writes `}`, the end of the object the first member opened.
  mutating func closeObject() { append(UInt8(ascii: "}")) }
}
