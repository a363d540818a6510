import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The byte and bit fast paths of the analysis give what the String and Set<String> forms they replace
/// give, on ASCII and on text that is not (combining marks after a separator, accents, curly quotes).
final class FastPathTests: XCTestCase {
  /// Texts where a split on bytes and one on Characters could part ways.
  let samples = [
    "", " ", "Bank", "Bank of  England", " leading and trailing ", "Ministry of Health", "a\u{301} b",
    "x \u{301}y", "Zoë Ångström", "Erdoğan", "chairman of Tavistock Holdings Ltd", "co-founder, O’Neil’s firm",
    "one two one", "QC", "tab\tseparated",
  ]

  func testDistinctWordsAreTheCharacterSplitOnce() {
    for text in samples {
      var expected: [String] = []
      for word in text.split(separator: " ").map(String.init) where !expected.contains(word) { expected.append(word) }
      XCTAssertEqual(EntityRegistry.distinctWords(of: text), expected, text)
    }
  }

  func testRoleWordsOnBytesAreTheScalarRuns() {
    for text in samples {
      // the byte path gives what the scalar path gives, wherever it answers
      if let ascii = EntityRegistry.Entity.asciiWords(of: text) {
        XCTAssertEqual(ascii, EntityRegistry.Entity.scalarWords(of: text), text)
      }
      XCTAssertEqual(EntityRegistry.Entity.words(of: text), EntityRegistry.Entity.scalarWords(of: text), text)
    }
    XCTAssertEqual(EntityRegistry.Entity.asciiWords(of: "chief executive, Acme"), ["chief", "executive", "Acme"])
    XCTAssertNil(EntityRegistry.Entity.asciiWords(of: "président"))
  }

  func testFirstOfSeveralWords() {
    for text in samples {
      let words = text.split(separator: " ")
      XCTAssertEqual(
        EntityRegistry.Entity.firstOfSeveralWords(text), words.count >= 2 ? String(words[0]) : nil, text)
    }
  }

  func testNameKeyOfASCIIFoldsSpacesAndCase() {
    XCTAssertEqual(nameKey("  Recep Tayyip \t Erdogan  "), "recep tayyip erdogan")
    XCTAssertEqual(nameKey("Recep Tayyip  Erdoğan"), "recep tayyip erdogan")
    XCTAssertEqual(nameKey("ZOË"), "zoe")
    XCTAssertEqual(nameKey(""), "")
    XCTAssertEqual(nameKey(" \n "), "")
  }

  /// Every listed word has its class bit, every other token none of the new ones; a possessive is listed
  /// as written in no list.
  func testListBitsMatchTheLists() {
    let lists: [(Set<String>, WordClass)] = [
      (Lexicon.groupNouns, .groupNoun), (Lexicon.sourceNouns, .sourceNoun), (Lexicon.postnominals, .postnominal),
      (SpeakerPhraseParser.documentNouns, .documentNoun), (WorldKnowledge.shared.organisationWords, .organisationWord),
      (Lexicon.titles, .title),
    ]
    for (words, wordClass) in lists {
      XCTAssertFalse(words.isEmpty)
      for word in words {
        XCTAssertTrue(WordClass.of(word).contains(wordClass), word)
        XCTAssertFalse(word.hasSuffix("’s") || word.hasSuffix("'s"), word)
        XCTAssertFalse(word.unicodeScalars.first.map { $0.properties.numericType != nil } ?? true, word)
      }
      XCTAssertFalse(WordClass.of("weather").contains(wordClass))
    }
    let tokens = Tokenizer.tokenize(Array("The ministry’s statement, officials said, Bank QC.".unicodeScalars)).tokens
    let byText = Dictionary(tokens.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
    XCTAssertEqual(byText["ministry’s"]?.classes.contains(.organisationWord), true)
    XCTAssertEqual(byText["ministry’s"]?.isListedAsWritten(.organisationWord), false)
    XCTAssertEqual(byText["statement"]?.isListedAsWritten(.documentNoun), true)
    XCTAssertEqual(byText["officials"]?.classes.contains(.groupNoun), true)
    XCTAssertEqual(byText["QC"]?.isListedAsWritten(.postnominal), true)
  }

  /// The closing and opening marks of the sentence splitter, by scalar.
  func testSentenceMarksByScalar() {
    let tokens = Tokenizer.tokenize(Array("”\"’')»] “‘(«–—[ word 7".unicodeScalars)).tokens
    let closers: Set<String> = ["”", "\"", "’", "'", ")", "»", "]"]
    let openers: Set<String> = ["“", "\"", "‘", "(", "«", "–", "—", "'", "["]
    for token in tokens {
      XCTAssertEqual(SentenceSplitter.isCloser(token), closers.contains(token.text), token.text)
      XCTAssertEqual(SentenceSplitter.isOpener(token), openers.contains(token.text), token.text)
    }
  }
}
