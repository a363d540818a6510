import XCTest

@testable import SaysoAnalysis

/// Where the content of a verb of saying ends: before a second predicate after its quote, before a clause
/// with a frame of its own, and with the subordinate clause it stands in.
final class ContentEndTests: XCTestCase, AnalysingText {
  func testTheWritersNoteOfWhatTheSpeakerLeftOutIsNoContent() {
    let c = run("His sister said he died in Lisbon without elaborating.")
    XCTAssertEqual(c.quotes.map(\.text), ["he died in Lisbon"])
    let a = run("Tom Bell said the count was rigged, without offering any evidence.")
    XCTAssertEqual(a.quotes.map(\.text), ["the count was rigged"])
    // (what was said may hold "without" and a participle of its own)
    let b = run("Tom Bell said the plan would pass without raising taxes.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan would pass without raising taxes"])
  }

  func testAQuoteAfterByAndAParticipleOfSayingIsWhatWasSaid() {
    let a = run("Senator Ada Price underlined the demand for funding by saying \"we will not sign a budget without it.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"we will not sign a budget without it.\""])
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    // (not one inside what was said)
    let b = run("Ann Vey said she would be shouting at people outside the polls saying \"Vote for me.\"")
    XCTAssertEqual(b.quotes.first?.text, "she would be shouting at people outside the polls saying \"Vote for me.\"")
  }

  func testASecondPredicateAfterAFrameInsideTheSentenceGoesOnWithWhatWasSaid() {
    let a = run("The blaze started in a kitchen, the chief said, and was spread by the wind.")
    XCTAssertEqual(a.quotes.map(\.text), ["The blaze started in a kitchen", "and was spread by the wind"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    // (not the speaker's own second verb)
    XCTAssertEqual(run("The blaze started in a kitchen, the chief said, and left.").quotes.map(\.text), [
      "The blaze started in a kitchen"
    ])
  }

  func testASemicolonBeforeAnotherFrameEndsTheAccountOfAccordingTo() {
    let a = run("According to the pier master, the barge drifted at dawn; harbour police said the crew had slept.")
    XCTAssertEqual(a.quotes.map(\.text), ["the barge drifted at dawn", "the crew had slept"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["the pier master", "harbour police"])
    // (one that goes on with the account does not)
    let b = run("According to the pier master, the barge drifted at dawn; it had drifted twice before.")
    XCTAssertEqual(b.quotes.map(\.text), ["the barge drifted at dawn; it had drifted twice before"])
    // (nor does the source after the content run into the clause after a semicolon)
    let c = run("The barge drifted at dawn, according to the pier master; harbour police said the crew had slept.")
    XCTAssertEqual(c.quotes.map(\.text), ["The barge drifted at dawn", "the crew had slept"])
  }

  func testAConjunctionBeforeAnotherFrameEndsTheAccountOfAccordingTo() {
    let a = run("According to the pier master, the barge drifted at dawn, and officials said the crew had slept.")
    XCTAssertEqual(a.quotes.map(\.text), ["the barge drifted at dawn", "the crew had slept"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["the pier master", "officials"])
    let b = run("According to the pier master, the barge drifted at dawn, but Ann Vey said that it was moored.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name ?? $0.group }, ["the pier master", "Ann Vey"])
    // (one that goes on with the account does not, nor does a pronoun's frame, which the account tells of)
    let c = run("According to the pier master, the barge drifted at dawn, and its crew slept through the night.")
    XCTAssertEqual(c.quotes.map(\.text), ["the barge drifted at dawn, and its crew slept through the night"])
    let d = run("According to the pier master, Ann Vey praised the crew, and she said that they had slept.")
    XCTAssertEqual(d.quotes.map { $0.speaker?.name ?? $0.group }, ["the pier master"])
  }

  func testWhereOrWhenAQuoteWasSaidAfterItIsNoContent() {
    let a = run("Councillor Ray Bellamy wrote “We will fight on” in a Facebook post on Tuesday.")
    XCTAssertEqual(a.quotes.map(\.text), ["“We will fight on”"])
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    XCTAssertEqual(run("Ann Vey said “We will fight on” on Tuesday.").quotes.map(\.text), ["“We will fight on”"])
    // (a time after a few words may be theirs)
    XCTAssertEqual(run("Ann Vey predicted “a recession” in 2025.").quotes.map(\.text), ["“a recession” in 2025"])
    // (not a clause the quote opens: "“Dozens” of emails had been deleted")
    XCTAssertEqual(run("Ann Vey said “dozens” of emails had been deleted.").quotes.map(\.text),
      ["“dozens” of emails had been deleted"])
    // (a time after quoted words inside a clause may be the clause's: "he'll be “very competitive” in November")
    XCTAssertEqual(run("Ann Vey said the mayor would be “very competitive” in November.").quotes.map(\.text),
      ["the mayor would be “very competitive” in November"])
  }

  func testTheWritersComparisonAfterTheContentIsNoContent() {
    let a = run("The Northern Ledger called the race for Okafor, as did Radio Kestrel, when the ballots were counted.")
    XCTAssertEqual(a.quotes.map(\.text), ["the race for Okafor"])
    XCTAssertEqual(run("Ann Vey said she would not back Hale, as have two other mayors.").quotes.map(\.text),
      ["she would not back Hale"])
    XCTAssertEqual(run("The agency said exports fell in May, as did imports.").quotes.map(\.text),
      ["exports fell in May, as did imports"])
    // (a comparison with the content's own verb is the speaker's: "… are grown here, as are most limes")
    XCTAssertEqual(run("Ann Vey said most pears are grown here, as are most limes.").quotes.map(\.text),
      ["most pears are grown here, as are most limes"])
    // (not "as" opening a clause of the content's own: "said the plan failed, as costs rose")
    XCTAssertEqual(run("Ann Vey said the plan failed, as costs rose.").quotes.map(\.text),
      ["the plan failed, as costs rose"])
  }

  func testANamedSubjectWithAFrameOfItsOwnAfterWhileOrAndTheEndsTheContent() {
    let a = run("Mayor Ilse Brandt said the storm was a disaster while Port Minister Olav Sand wrote that it was mild.")
    XCTAssertEqual(a.quotes.map(\.text), ["the storm was a disaster", "that it was mild"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ilse Brandt", "Olav Sand"])
    let b = run("Mayor Ilse Brandt described the memo as a forgery and the Port Authority claimed it never sent it.")
    XCTAssertEqual(b.quotes.map(\.text), ["the memo as a forgery", "it never sent it"])
    // (a clause of "while" with no frame of its own goes on)
    XCTAssertEqual(run("Ilse Brandt said the storm hit while Olav Sand was away.").quotes.map(\.text), [
      "the storm hit while Olav Sand was away"
    ])
  }

  func testASummonsIsNoReport() {
    XCTAssertTrue(run("The driver of the barge was not cited for the collision.").quotes.isEmpty)
  }

  func testASemicolonInsideBracketsEndsNoContent() {
    let a = run("Lead author Mira Kast told reporters the moons sit closer than Lyon and Porto (1,150 km; 715 miles).")
    XCTAssertEqual(a.quotes.map(\.text), ["the moons sit closer than Lyon and Porto (1,150 km; 715 miles)"])
    // (outside them it joins a new sentence)
    XCTAssertEqual(run("Officials said the road was shut; the police gave no reason.").quotes.map(\.text), ["the road was shut"])
  }

  func testTheVersusOfACaseEndsNoSentence() {
    let a = run("Councillor Rhea Dunmore said the bylaw could not stand after the ruling in Pell v. Okonkwo last spring.")
    XCTAssertEqual(a.quotes.map(\.text), ["the bylaw could not stand after the ruling in Pell v. Okonkwo last spring"])
    let b = run("Coach Ida Brunn said the Hawks vs. Comets game would be played behind closed doors.")
    XCTAssertEqual(b.quotes.map(\.text), ["the Hawks vs. Comets game would be played behind closed doors"])
  }

  func testAQuoteAfterAnInnerFrameEndsBeforeASecondPredicate() {
    let a = run(
      "Soon after she was heckled, Owen Marsh wrote to his supporters, “It’s time to vote her out for good,” "
        + "and posted a link to his website.")
    XCTAssertEqual(a.quotes.map(\.text), ["“It’s time to vote her out for good,”"])
    XCTAssertEqual(a.quotes.first?.kind, .direct)
  }

  func testAParticiplesSubordinateClauseAfterTheQuoteIsTheWriters() {
    let a = run("Coach Ines Marlowe said, \"We will fight for every point\", while speaking to fans outside the gym.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"We will fight for every point\""])
    let b = run("Coach Ines Marlowe said, \u{201C}We will fight for every point,\u{201D} before leaving the gym.")
    XCTAssertEqual(b.quotes.map(\.text), ["\u{201C}We will fight for every point,\u{201D}"])
    // (with no quote closed before it, the clause goes on with what was said)
    let c = run("Ines Marlowe said she felt dizzy while speaking to fans outside the gym.")
    XCTAssertEqual(c.quotes.map(\.text), ["she felt dizzy while speaking to fans outside the gym"])
  }

  func testAnAuxiliaryAfterAndGoesOnWithTheQuotedWordsPredicate() {
    let a = run("The health authority said it is \"actively recruiting\" and has hired 200 nurses this year.")
    XCTAssertEqual(a.quotes.first?.text, "it is \"actively recruiting\" and has hired 200 nurses this year")
    let b = run("Ann Vey said the tolls were \"far too high\" and have risen every year.")
    XCTAssertEqual(b.quotes.first?.text, "the tolls were \"far too high\" and have risen every year")
    // (not after a comma, nor with a verb of saying after the auxiliary: the frame's subject's second verb)
    let c = run("Ann Vey said the tolls were \"far too high\" and has said that she will cut them.")
    XCTAssertEqual(c.quotes.first?.text, "the tolls were \"far too high\"")
    let d = run("Ann Vey was said to have \"a mild cold\", and was sent home early.")
    XCTAssertEqual(d.quotes.first?.text, "Ann Vey was said to have \"a mild cold\"")
  }

  func testADashOrAButWithACommaAfterQuotedWordsOpensTheWritersClause() {
    let a = run("Carl Benning said the scheme will help \"re-train\" nurses - and he makes sure to name rural nurses.")
    XCTAssertEqual(a.quotes.map(\.text), ["the scheme will help \"re-train\" nurses"])
    let b = run("Leon Mabry said it \"risks higher rents\" -- except that, once again, rents have fallen.")
    XCTAssertEqual(b.quotes.map(\.text), ["it \"risks higher rents\""])
    let c = run("Neil Farrow said that his posts were “satire” but, boy, that took him three days to explain.")
    XCTAssertEqual(c.quotes.map(\.text), ["that his posts were “satire”"])
    // a hyphen inside a word, or a dash with no clause after it, ends nothing
    let d = run("Carl Benning said the \"re-train\" scheme is well-made - a bargain for nurses.")
    XCTAssertEqual(d.quotes.map(\.text), ["the \"re-train\" scheme is well-made - a bargain for nurses"])
  }

  func testAVerbsBareFormAfterAModalsQuotedWordsGoesOnWithTheContent() {
    let a = run("Leah Brant said the agency would \"review the options\" and report back in the spring.")
    XCTAssertEqual(a.quotes.map(\.text), ["the agency would \"review the options\" and report back in the spring"])
    // (a second verb in the frame's tense is the speaker's: "… and warned that …")
    let b = run("Leah Brant said the agency would \"review the options\" and warned that fares could rise.")
    XCTAssertEqual(b.quotes.map(\.text), ["the agency would \"review the options\"", "that fares could rise"])
  }

  func testAContrastAfterQuotedWordsGoesOnAfterACommaOrWithMoreQuotedWords() {
    let a = run("In Ohio, Dana Fell said that he \"backs the governor fully,\" while his rival, Tom Ware, did not.")
    XCTAssertEqual(a.quotes.map(\.text), ["that he \"backs the governor fully,\" while his rival, Tom Ware, did not"])
    let b = run("Ann Vey said the road was \"a disgrace,\" although she backs the new toll.")
    XCTAssertEqual(b.quotes.map(\.text), ["the road was \"a disgrace,\" although she backs the new toll"])
    // (not without the comma, which closes the quoted clause: "… a “disgrace” while she …")
    let c = run("Ann Vey called the road \"a disgrace\" while she toured the town on Monday.")
    XCTAssertEqual(c.quotes.map(\.text), ["the road \"a disgrace\""])
    // (but it goes on without the comma when the contrast quotes more words: they are the same speaker's, not
    // its subject's)
    let d = run("Ann Vey said Tuesday that Tom Ware was \"a total amateur\" while Joe Lind is \"a menace.\"")
    XCTAssertEqual(d.quotes.map(\.text), ["that Tom Ware was \"a total amateur\" while Joe Lind is \"a menace.\""])
    XCTAssertEqual(d.quotes.map { $0.speaker?.name }, ["Ann Vey"])
  }

  func testAParticipleAfterAnAdverbOpensANewClause() {
    let a = run("Okey Orama said the currencies \"cost Africa $5 billion,\" further saying, \"It reduces trade.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the currencies \"cost Africa $5 billion,\"", "\"It reduces trade.\""])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Okey Orama", "Okey Orama"])
  }

  func testAGerundAfterThatAndAPhraseOfTimeOpensTheContentsClause() {
    let a = run("Ann Vey announced that from May 1, wearing a helmet will be required on the trails.")
    XCTAssertEqual(a.quotes.map(\.text), ["that from May 1, wearing a helmet will be required on the trails"])
    // (after a clause of its own, the participle trails: "that the trails reopen on May 1, adding …")
    let b = run("Ann Vey said that the trails had reopened on May 1, adding that helmets were required.")
    XCTAssertEqual(b.quotes.first?.text, "that the trails had reopened on May 1")
  }

  func testAClauseWithAFrameOfItsOwnAfterACommaEndsTheContent() {
    let a = run("Mara Holt said it was nice to be back, a woman yelled “Go home!”")
    XCTAssertEqual(a.quotes.map(\.text), ["it was nice to be back", "“Go home!”"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mara Holt")
    XCTAssertEqual(a.quotes.last?.group, "a woman")
    let b = run("Jones said the vote was fair, the mayor said that it was not.")
    XCTAssertEqual(b.quotes.map(\.text), ["the vote was fair", "that it was not"])
    // a pronoun's frame between commas stands inside the same content
    let c = run("Dean Forsyth said it was a result, he said, \"we have long expected.\"")
    XCTAssertEqual(c.quotes.count, 1)
    // after a conjunction, and with a share of people as its subject
    let d = run("Seven in 10 parents said the principal is fair, and three-quarters said the coach is fair too.")
    XCTAssertEqual(d.quotes.first?.text, "the principal is fair")
    let e = run("Most Democrats said the plan was fair, but 58 percent of all voters said it was not.")
    XCTAssertEqual(e.quotes.map(\.text), ["the plan was fair", "it was not"])
    // after the comma inside a closing quote mark, with a phrase in the subject
    let f = run(
      "But even as Ann Vey claimed on Tuesday that “the mayor spent far more,” one of the city’s auditors said "
        + "the two budgets were quite different.")
    XCTAssertEqual(f.quotes.map(\.text), ["that “the mayor spent far more,”", "the two budgets were quite different"])
    XCTAssertEqual(f.quotes.last?.group, "one of the city’s auditors")
    let g = run("Ann Vey said the rates were “far too high,” a spokesman for the bank said the rates were fair.")
    XCTAssertEqual(g.quotes.map(\.text), ["the rates were “far too high,”", "the rates were fair"])
    // (not a relative clause's verb: "who" has its own)
    let h = run("Ann Vey said the rates were fair, a rise from 40 percent who said so in May.")
    XCTAssertEqual(h.quotes.first?.text, "the rates were fair, a rise from 40 percent who said so in May")
  }

  func testAContrastClauseWithAFrameOfItsOwnAfterAOneWordObjectIsNoContent() {
    let a = run("The mayor denied it, though Tom Reed said the call is on tape.")
    XCTAssertEqual(a.quotes.map(\.text), ["the call is on tape"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    // (or with no object)
    let c = run("The mayor denied, though Tom Reed said the call is on tape.")
    XCTAssertEqual(c.quotes.map(\.text), ["the call is on tape"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
    // (after "that" the contrast clause is part of the content)
    let b = run("Ann Vey said that, while most voters say Reed is to blame, a third back the council.")
    XCTAssertEqual(b.quotes.first?.text, "that, while most voters say Reed is to blame, a third back the council")
  }

  func testAClauseOfWithASubjectAndAParticipleIsTheWriters() {
    let a = run(
      "Lund and Reed both admitted flaws in the tracking system, with Lund describing a fault in the antenna as "
        + "one cause.")
    XCTAssertEqual(a.quotes.first?.text, "flaws in the tracking system")
    let b = run("Ann Vey said the crash was the worst in years, with police reporting 40 cars damaged.")
    XCTAssertEqual(b.quotes.first?.text, "the crash was the worst in years")
    // (not a phrase of "with" that has no participle, nor a participle with no subject)
    let c = run("Ann Vey said the plan was agreed with the unions, with no strikes expected this year.")
    XCTAssertEqual(
      c.quotes.first?.text, "the plan was agreed with the unions, with no strikes expected this year")
  }

  func testButAndASecondVerbOfSayingWithAClauseIsAClaimApart() {
    let a = run("Tom Reed says voters may dislike his plan, but insists the council is mounting a “cynical attack.”")
    XCTAssertEqual(a.quotes.map(\.text), ["voters may dislike his plan", "the council is mounting a “cynical attack.”"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tom Reed", "Tom Reed"])
    // (a plural noun after "and" is no verb of its own)
    let b = run("Tom Reed says the surveys and reports the council published were wrong.")
    XCTAssertEqual(b.quotes.map(\.text), ["the surveys and reports the council published were wrong"])
  }

  func testARelativeClauseWithAReportingVerbOfItsOwnIsAClaimApart() {
    let a = run(
      "Ann Vey said the field remained divided, which she declared “a total disaster” for her party.")
    XCTAssertEqual(a.quotes.map(\.text), ["the field remained divided", "“a total disaster” for her party"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ann Vey", "Ann Vey"])
    // (a labelling verb too, and after a dash)
    let c = run("Ann Vey said she backs the bill, which she called “a lifeline for small farms.”")
    XCTAssertEqual(c.quotes.map(\.text), ["she backs the bill", "“a lifeline for small farms.”"])
    let d = run("Ann Vey said that the north is violating the accord — which she added “is deeply regrettable.”")
    XCTAssertEqual(d.quotes.map(\.text), ["that the north is violating the accord", "“is deeply regrettable.”"])
    // (its subject may be a name with its role, the object before it two words: the quote is the name's)
    let e = run("Minister Ada Korvin criticized the levy, which union leader Bo Tamsen has called \"a disgrace\".")
    XCTAssertEqual(e.quotes.map(\.text), ["the levy", "\"a disgrace\""])
    XCTAssertEqual(e.quotes.map { $0.speaker?.name }, ["Ada Korvin", "Bo Tamsen"])
    // (an aside between dashes stays in the words that go on after it)
    let g = run(
      "Speaker Ivo Marsh commented on the motion \u{2014} which the Courier noted as a rare step \u{2014} "
        + "\"It is plain what this is for.\"")
    XCTAssertEqual(g.quotes.first?.speaker?.name, "Ivo Marsh")
    // (a relative clause with no verb of saying of its own stays in the content)
    let b = run("Ann Vey said the field remained divided, which was a disaster for her party.")
    XCTAssertEqual(b.quotes.map(\.text), ["the field remained divided, which was a disaster for her party"])
  }

  func testAVerbOfSayingInTheSubordinateClauseThatOpensTheSentence() {
    // the subject of a second verb is the subordinate clause's, and the content ends with the clause
    let a = run("When Mara Holt thanked Dayton and said it was nice to be back, a woman yelled “Go home!”")
    XCTAssertEqual(a.quotes.map(\.text), ["it was nice to be back", "“Go home!”"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mara Holt")
    // a participle's subject is the main clause's
    let b = run("After saying he was too shy to speak, the man ended up at the front of the hall.")
    XCTAssertEqual(b.quotes.map(\.text), ["he was too shy to speak"])
    XCTAssertEqual(b.quotes.first?.group, "the man")
    // a comma inside the closing quote mark ends the clause, unless "and" goes on with a second quote
    let c = run(
      "When Vera Stroud referred to the flood and said she would \"rebuild every home,\" the crowd "
        + "applauded loudly.")
    XCTAssertEqual(c.quotes.map(\.text), ["she would \"rebuild every home,\""])
    // (a closing mark that ends the paragraph has nothing after it)
    XCTAssertEqual(
      run("When Vera Stroud said she would \"rebuild every home,\"").quotes.first?.speaker?.name, "Vera Stroud")
    let d = run(
      "Although Vera Stroud says she \"admires Canada,\" and \"Canadians admire me,\" she also accuses it of "
        + "dumping steel.")
    XCTAssertEqual(d.quotes.first?.text, "she \"admires Canada,\" and \"Canadians admire me,\"")
  }

  func testOthersVerbOfSayingAfterACommaAndAConjunctionEndsTheContent() {
    let a = run("The minister said the deal was done, but critics disagreed.")
    XCTAssertEqual(a.quotes.map(\.text), ["the deal was done"])
    let b = run("The minister said the deal was done, and the opposition objected.")
    XCTAssertEqual(b.quotes.first?.text, "the deal was done")
    // (the speaker's own words go on after a pronoun: the rule before)
    let c = run("The minister said the deal was done, but it was late.")
    XCTAssertEqual(c.quotes.first?.text, "the deal was done")
    // (and with no comma before the conjunction)
    let d = run("One grower said prices had fallen and the other growers said they wanted a new board.")
    XCTAssertEqual(d.quotes.map(\.text), ["prices had fallen", "they wanted a new board"])
  }

  func testTheQuoteAfterAVerbOfSayingOfTheContentsOwnIsTheContent() {
    let a = run("Mara Holt responded Friday to one of his posts by saying, \"Honestly, just check the facts.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Honestly, just check the facts.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mara Holt")
    let b = run(
      "Vice President Alma Quist weighed in as well, telling Vox in an interview, “Both are ready,” she said.")
    XCTAssertEqual(b.quotes.map(\.text), ["“Both are ready,”"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Alma Quist")
    // (not a comma of the content's own clause, nor "goes on" of a time)
    let c = run("Tom Reed said that if he won, “I would sign it.”")
    XCTAssertEqual(c.quotes.first?.text, "that if he won, “I would sign it.”")
    let d = run("Tom Reed said that once the legislature goes on break, “I plan to campaign.”")
    XCTAssertEqual(d.quotes.first?.text, "that once the legislature goes on break, “I plan to campaign.”")
  }

  func testAVerbOfSayingWithASubjectOfItsOwnInTheContentGivesTheQuoteToThatSubject() {
    let a = run("Ann Lee reported that she had a tape from a dinner on which Tom Hart says: \"The mill is ours.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"The mill is ours.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Hart")
    let b = run("Ann Lee wrote that Tom Hart told the club: “The mill is ours.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Hart")
    // (a pronoun's is most often the frame's own speaker's: "…, which, he said, “…”")
    let c = run("Tom Hart said the vote was a result which, he said, “we had long expected.”")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Tom Hart")
  }

  func testASpacedDashAfterAnAdjunctOpensTheQuoteAsAColonDoes() {
    let a = run("Holt told the crowd in Dayton - \"We will win.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"We will win.\""])
    // (not after an infinitive's phrase, whose words the quote names)
    let b = run("Tom Reed asked the audience to thank the mayor - \"my oldest ally.\"")
    XCTAssertEqual(b.quotes.first?.text, "the audience to thank the mayor - \"my oldest ally.\"")
  }

  func testARelativeClauseThatClosesBeforeTheVerbOfWhatWasSaidLeavesItWhole() {
    let a = run("Dana Holt said that the ruling, which critics have called rushed, was an “insult” to the town.")
    XCTAssertEqual(
      a.quotes.first?.text, "that the ruling, which critics have called rushed, was an “insult” to the town")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Holt")
    // (one at the end is still a claim of its own: "…, which he called …")
    let b = run("Dana Holt said the town opposed the levy, which the mayor called “a tax on living here.”")
    XCTAssertEqual(b.quotes.first?.text, "the town opposed the levy")
  }

  func testAQuoteAfterAColonWithAFrameOfItsOwnIsNotTheContentBeforeTheColon() {
    let a = run("Tom Reed asserted that the pier had lost its charm: “The pier is finished,” he claimed.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the pier had lost its charm", "“The pier is finished,”"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tom Reed", "Tom Reed"])
    // (so with no "that" before a name and its verb)
    let c = run("Dara Quell said Velland was hurt by the ruling: \"We urge the council to think again,\" she said.")
    XCTAssertEqual(c.quotes.map(\.text), ["Velland was hurt by the ruling", "\"We urge the council to think again,\""])
    // (not a name that a clause describes: that is the writer's lead-in)
    let d = run("Dara Quell praised Marle Council, which she led for a decade: \"It was my life,\" she said.")
    XCTAssertEqual(d.quotes.map(\.text), ["\"It was my life,\""])
    // (a quote after the colon with no frame of its own is the same words)
    let b = run("Tom Reed warned that the pier was in danger: “The pier is finished.”")
    XCTAssertEqual(b.quotes.map(\.text), ["that the pier was in danger: “The pier is finished.”"])
  }

  func testWhenAskedAfterAConjunctionOpensAFrameOfItsOwn() {
    let a = run(
      "Tom Reed was at the pier. He said he had not read the survey, and when asked whether he was to blame, he said, "
        + "\"I hope not.\"")
    XCTAssertEqual(a.quotes.first?.text, "he had not read the survey")
    XCTAssertEqual(a.quotes.last?.text, "\"I hope not.\"")
  }

  func testButAlsoWithNoSubjectOfItsOwnGoesOnWithWhatWasSaid() {
    let a = run("Mira Dole says the farmers are “fed up with waiting,” but also eager for a “fair deal.”")
    XCTAssertEqual(a.quotes.first?.text, "the farmers are “fed up with waiting,” but also eager for a “fair deal.”")
    // (a clause with its own subject still ends it)
    let b = run("Mira Dole says the farmers are “fed up with waiting,” but she has no plan yet.")
    XCTAssertEqual(b.quotes.first?.text, "the farmers are “fed up with waiting,”")
  }
  func testAClauseOfOthersWithAFrameOfItsOwnEndsTheContent() {
    // "with", a name and its place, and a participle
    let a = run("Opposition councillors attacked the plan, with Rita Gomez of Leeds calling the proposal \"Victorian-style\".")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan", "the proposal \"Victorian-style\""])
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Rita Gomez")
    // ", but", a subject, a verb of saying and a bare plural's clause
    let b = run("Reed said the plan was dead, but the mayor said talks were ongoing.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan was dead", "talks were ongoing"])
    XCTAssertEqual(b.quotes.last?.group, "the mayor")
  }

  func testWhatIsSaidInARelativeClauseEndsBeforeAMainVerbInThePastWithoutEd() {
    let a = run("Pedro Alves, who said that Lund had ignored the suburbs, lost the race.")
    XCTAssertEqual(a.quotes.map(\.text), ["that Lund had ignored the suburbs"])
    let b = run("The mayor, who argued the tax was fair, stood firm for a year.")
    XCTAssertEqual(b.quotes.map(\.text), ["the tax was fair"])
  }

  func testAParticiplesClauseThatQuotesTheSpeakerGoesOnWithWhatWasSaid() {
    // the quoted words after the participle are the speaker's, and no one else's
    let a = run(
      "Spokesman Tom Reed said Vole had already been tested, coming from far behind Hale to a \"dead heat\" in Marlow.")
    XCTAssertEqual(a.quotes.map(\.text), [
      "Vole had already been tested, coming from far behind Hale to a \"dead heat\" in Marlow"
    ])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    // (a participle that says or labels frames its own words; a quote after a dash is the writer's addition)
    let b = run("Ann Vey said the lease was sound, calling it \"a fair deal\" for the port.")
    XCTAssertEqual(b.quotes.map(\.text), ["the lease was sound", "it \"a fair deal\" for the port"])
    let c = run("Ann Vey dismissed the vote, treating it as a joke -- \"That makes me smart.\"")
    XCTAssertEqual(c.quotes.first?.text, "the vote")
    // (nor does one of what came of the words, whose quote is others')
    let d = run("Ann Vey said the pier was unsafe, sparking a row with the board and a \"furious\" reply from residents.")
    XCTAssertEqual(d.quotes.map(\.text), ["the pier was unsafe"])
    // (and one with no quote still ends the content)
    XCTAssertEqual(run("Ann Vey said the pier was unsafe, sparking a row with the board.").quotes.map(\.text), [
      "the pier was unsafe"
    ])
  }

  func testAClauseAfterButWithABarePluralARoleBeforeANameOrAnAdverbIsAFrameOfItsOwn() {
    let a = run("Officials said the fire began in a shed, but police said it began in a van.")
    XCTAssertEqual(a.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    XCTAssertEqual(a.quotes.map(\.group), ["Officials", "police"])
    let b = run("Officials said the fire began in a shed, but broadcaster Tarn News said it began in a van.")
    XCTAssertEqual(b.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    let c = run("Officials said the fire began in a shed, and police repeatedly said it began in a van.")
    XCTAssertEqual(c.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    let d = run("Officials said the fire began in a shed, but Tarn News later said it began in a van.")
    XCTAssertEqual(d.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    // (a weak verb frames "that" and its clause, not a noun phrase)
    let g = run("Officials said the fire began in a shed, but Tarn News later reported that it began in a van.")
    XCTAssertEqual(g.quotes.map(\.text), ["the fire began in a shed", "that it began in a van"])
    XCTAssertEqual(run("Officials said sales rose, and the firm reported a loss.").quotes.count, 1)
    // (a share or a determiner before the plural is read as before; the last of a list of subjects is no frame)
    let f = run("Ann Vey said the fire began in a shed, but many voters said it would fail.")
    XCTAssertEqual(f.quotes.map(\.text), ["the fire began in a shed", "it would fail"])
    XCTAssertEqual(run("Ann Vey said doctors, nurses and officials said the ward was full.").quotes.count, 1)
    XCTAssertEqual(run("Ann Vey said doctors, nurses, and officials said the ward was full.").quotes.count, 1)
    // (a determiner's noun and a bare plural with a past tense: "…, but the mayor said talks continued")
    XCTAssertEqual(run("Ann Vey said the fire began in a shed, but the mayor said talks continued.").quotes.map(\.text), [
      "the fire began in a shed", "talks continued",
    ])
    // (not a participle after the plural, which opens a phrase of the content)
    let e = run("Aides say his speech and polls showing a tie give him a chance.")
    XCTAssertEqual(e.quotes.map(\.text), ["his speech and polls showing a tie give him a chance"])
  }

  func testAClauseAfterButWithATimeBeforeItsSubjectOrAWeakVerbAndABareClauseIsAFrameOfItsOwn() {
    // (a weak verb frames a clause with no "that" too, and "the" may open a role before the name)
    let a = run("Officials said the fire began in a shed, but the broadcaster Tarn News later reported it began in a van.")
    XCTAssertEqual(a.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    XCTAssertEqual(a.quotes.last?.organisation, "Tarn News")
    let d = run("Officials said the fire began in a shed, but news broadcaster Tarn News reported it began in a van.")
    XCTAssertEqual(d.quotes.map(\.text), ["the fire began in a shed", "it began in a van"])
    // (a time may open the clause before its subject)
    let b = run("Ann Vey said the pier was doomed, but on Friday she said it could be saved.")
    XCTAssertEqual(b.quotes.map(\.text), ["the pier was doomed", "it could be saved"])
    let c = run("Ann Vey said the pier was doomed, but later the mayor said it could be saved.")
    XCTAssertEqual(c.quotes.map(\.text), ["the pier was doomed", "it could be saved"])
    XCTAssertEqual(c.quotes.map(\.group), [nil, "the mayor"])
    // (a weak verb's bare clause holds no verb of saying of its own)
    let e = run("Ann Vey said the plan failed, but 40 percent blame the mayor and 30 percent say it worked.")
    XCTAssertEqual(e.quotes.last?.text, "it worked")
    // (not a weak verb with a noun phrase, nor a clause with no verb of saying after the time)
    XCTAssertEqual(run("Ann Vey said the pier was doomed, and last week the firm reported a loss.").quotes.count, 1)
    XCTAssertEqual(
      run("Ann Vey said the pier would close, but on Friday the crews kept working.").quotes.map(\.text),
      ["the pier would close, but on Friday the crews kept working"])
  }

  func testANounPhraseAsTheWordsEndsBeforeAndASecondVerbInThePast() {
    // (the subject's second act: "sent troops" had been part of what she declared)
    XCTAssertEqual(
      run("Governor Ann Vey declared a state of emergency and sent troops to the coast.").quotes.map(\.text),
      ["a state of emergency"])
    XCTAssertEqual(run("Ann Vey defended her mother and refused to resign.").quotes.map(\.text), ["her mother"])
    // (not a clause's second predicate, nor an adjective in "-ed" of a second subject)
    XCTAssertEqual(
      run("Tarn News stated the bus overtook the van and struck a post.").quotes.map(\.text),
      ["the bus overtook the van and struck a post"])
    XCTAssertEqual(
      run("Forecasters predicted the wind and unsettled seas might linger all week.").quotes.map(\.text),
      ["the wind and unsettled seas might linger all week"])
  }

  func testAQuoteThatClosesWithItsCommaEndsBeforeANewClauseAfterAnd() {
    // (the clause after "and" has a subject of its own: the writer's news, no one's words)
    for text in [
      "Mayor Ann Vey said \u{201C}We did our best,\u{201D} and the town hall stayed closed on Monday.",
      "Mayor Ann Vey said \u{201C}We did our best,\u{201D} but the council voted against her.",
    ] {
      XCTAssertEqual(run(text).quotes.map(\.text), ["\u{201C}We did our best,\u{201D}"], text)
    }
    // two quotes joined by "and" stay one claim, and so does a quote with no comma of its own before a verb
    XCTAssertEqual(
      run("Ann Vey said \u{201C}we did our best\u{201D} and \u{201C}we will try again.\u{201D}").quotes.count, 1)
    // (a group's noun with no article opens a clause too, and a present perfect is the writer's news)
    XCTAssertEqual(
      run("Ann Vey said \u{201C}nobody was hurt,\u{201D} and police have opened an investigation.").quotes.map(\.text),
      ["\u{201C}nobody was hurt,\u{201D}"])
    // (a frame of its own after "and" is a claim of its own, whatever its tense)
    let b = run("Ann Vey said \u{201C}nobody was hurt,\u{201D} and officials said the road would reopen.")
    XCTAssertEqual(b.quotes.map(\.text), ["\u{201C}nobody was hurt,\u{201D}", "the road would reopen"])
    // (a modal or a past perfect goes on with what was said or found)
    XCTAssertEqual(
      run("The report found \u{201C}serious failings,\u{201D} and the hospital had ignored repeated warnings.").quotes
        .map(\.text), ["\u{201C}serious failings,\u{201D} and the hospital had ignored repeated warnings"])
    XCTAssertEqual(
      run("Ann Vey said the plan was \u{201C}a mess\u{201D} and the council should drop it.").quotes.map(\.text),
      ["the plan was \u{201C}a mess\u{201D} and the council should drop it"])
  }

  func testAParticiplesWordsGoOnOverTheCommasOfAList() {
    let a = run("The raid was deadly, with officials reporting 40 soldiers, 12 civilians and dozens of rebels killed.")
    XCTAssertEqual(a.quotes.map(\.text), ["40 soldiers, 12 civilians and dozens of rebels killed"])
    // (and end at the comma after the list)
    let c = run(
      "The raid was deadly, with officials reporting damage to the pier, the ferry and the harbour, and the mayor "
        + "left.")
    XCTAssertEqual(c.quotes.map(\.text), ["damage to the pier, the ferry and the harbour"])
    // (but end at a comma after which the clause goes on)
    let b = run("A statement announcing the new ferry, the council said, was sent on Monday.")
    XCTAssertFalse(b.quotes.contains { $0.text.hasPrefix("the new ferry, the council") })
  }

  func testTheLastVerbOfASeriesInTheReportedClauseIsNoSecondReport() {
    let a = run(
      "Police said a guard saw the two men at the gate, followed them to the car, and learned they were armed.")
    XCTAssertEqual(
      a.quotes.map(\.text),
      ["a guard saw the two men at the gate, followed them to the car, and learned they were armed"])
    let b = run("Police said a guard, one Ravi Dutt, saw the men, decided to stop them, and learned they were armed.")
    XCTAssertEqual(b.quotes.count, 1)
    // (but the speaker's own second report stands: after a clause with no series, after a noun phrase, or after a
    // participle's clause, whose series is its subject's)
    XCTAssertEqual(run("Police said the men were armed, and added that they fled.").quotes.count, 2)
    XCTAssertEqual(
      run("The mayor said the storm wrecked the pier, thanked the crews, and said repairs would start soon.").quotes
        .last?.text, "repairs would start soon")
    XCTAssertEqual(
      run("Tom Reed mocked a disabled reporter, referred to critics as \"losers\" and told his audience he would win.")
        .quotes.last?.text, "he would win")
    XCTAssertEqual(
      run("Ann Vey, making it clear that the talks had failed, left the room, and said she would resign.").quotes.last?
        .text, "she would resign")
  }
}

/// Who says the quote after a frame: the frame's speaker, unless another subject takes over.
final class FollowingQuoteTests: XCTestCase, AnalysingText {
  func testAQuoteAfterAMixedClaimAndItsFrameGoesOnWithItsUtterance() {
    let a = run("Yet Tate is also “a changed man,” Tom Lund said. “He listens now.”")
    XCTAssertEqual(a.quotes.map(\.kind), [.mixed, .direct])
    XCTAssertNotNil(a.quotes[0].utterance)
    XCTAssertEqual(a.quotes[0].utterance, a.quotes[1].utterance)
    // (not after a claim with a verb of saying of its own before its quote)
    let b = run("Ann Vey said she chose the town because “nobody knew it,” she said. “We had to start somewhere.”")
    XCTAssertEqual(b.quotes.count, 2)
    XCTAssertTrue(b.quotes[0].utterance == nil || b.quotes[0].utterance != b.quotes[1].utterance)
  }

  func testAQuoteAfterAFrameThatAnotherSubjectContinuesIsNoPieceOfTheSameUtterance() {
    let a = run("“We were ready,” Tom Hale said. “The third period was ours.”")
    XCTAssertEqual(a.quotes.count, 2)
    XCTAssertNotNil(a.quotes[0].utterance)
    XCTAssertEqual(a.quotes[0].utterance, a.quotes[1].utterance)
    let b = run(
      "“Tell him I saved you a seat,” Nora Pike said, and her sister cut in. “Don’t forget Sam.”")
    XCTAssertEqual(b.quotes.count, 2)
    XCTAssertNil(b.quotes[0].utterance)
  }

  func testALongFrameBetweenTwoQuotesStillJoinsThemAsOneUtterance() {
    let a = run(
      "“It was a tough night for us,” Edmonton Oilers captain Connor McDavid told reporters after the game. "
        + "“We have to be better.”")
    XCTAssertEqual(a.quotes.count, 2)
    XCTAssertNotNil(a.quotes[0].utterance)
    XCTAssertEqual(a.quotes[0].utterance, a.quotes[1].utterance)
    XCTAssertEqual(a.quotes.map(\.text), ["“It was a tough night for us,”", "“We have to be better.”"])
  }

  func testAQuoteThatRunsOnIntoTheNextParagraphIsOneUtterance() {
    // the first paragraph leaves its quote open, as a quote running over paragraphs is written
    let a = run("“We were ready,” Tom Hale said. “The third period was ours, and\n\n“the fourth was theirs.”")
    XCTAssertEqual(a.quotes.count, 3)
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    XCTAssertNotNil(a.quotes[2].utterance)
    // a quote closed at the paragraph's end starts a new utterance in the next
    let b = run("“We were ready,” Tom Hale said.\n\n“The third period was ours.”")
    XCTAssertEqual(b.quotes.map(\.speaker?.name), ["Tom Hale", "Tom Hale"])
    XCTAssertEqual(b.quotes.map(\.utterance), [nil, nil])
  }

  func testAShortSentenceAfterAFramedPieceIsTheNextPiece() {
    let a = run("Jane Yee spoke. “Maybe,” she said. “Someone has to.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“Maybe,”", "“Someone has to.”"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    // but words with no mark of a sentence are a title or a scare quote
    XCTAssertEqual(run("Jane Yee spoke. “Maybe,” she said. “Trump”").quotes.count, 1)
  }

  func testAWordThatLinksTheSentenceIsNoPieceBeforeAFrameInsideIt() {
    let cases: [(String, String)] = [
      ("Indeed, Ann Vey said, the pier was never safe.", "the pier was never safe"),
      ("In between, the witness testified, she was kept in a shed.", "she was kept in a shed"),
      ("But then, Tom Reed added, the tide turned.", "the tide turned"),
    ]
    for (text, words) in cases { XCTAssertEqual(run(text).quotes.map(\.text), [words], text) }
    // (a word that is the subject of the words after, or a hedge, is a piece of them)
    XCTAssertEqual(run("Now, Tom Reed said, is the time to act.").quotes.map(\.text), ["Now", "is the time to act"])
    XCTAssertEqual(run("Perhaps, Ann Vey said, the pier will close.").quotes.map(\.text), ["Perhaps", "the pier will close"])
    // (a subject before the frame is a piece of the words, with or without a link word before it)
    XCTAssertEqual(run("Yet the pier, Ann Vey said, was never safe.").quotes.map(\.text), ["Yet the pier", "was never safe"])
    XCTAssertEqual(run("The pier, Ann Vey said, was never safe.").quotes.map(\.text), ["The pier", "was never safe"])
  }

  func testAnInvertedFrameInsideASentenceLeavesBothPiecesOfIt() {
    let a = run("The decision, said Jane Smith, was final.")
    XCTAssertEqual(a.quotes.map(\.text), ["The decision", "was final"])
    XCTAssertEqual(a.quotes.map(\.speaker?.name), ["Jane Smith", "Jane Smith"])
    XCTAssertNotNil(a.quotes.first?.utterance)
    // a relative clause after the name is no piece of the content
    let b = run("\"We won,\" said Jane Smith, who leads the group.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"We won,\""])
    // after a subordinate clause, the main clause is the second piece (and a participle after it is not)
    let c = run("Because dry clay is brittle, says the study, it cracks in the heat, creating deep gaps.")
    XCTAssertEqual(c.quotes.map(\.text), ["Because dry clay is brittle", "it cracks in the heat"])
    XCTAssertEqual(Set(c.quotes.map(\.utterance)).count, 1)
    // and so is a quote
    let d = run("Ann Vey spoke last. If Hale is elected, Vey said, \u{201C}he will cut the budget.\u{201D}")
    XCTAssertEqual(d.quotes.map(\.text), ["If Hale is elected", "\u{201C}he will cut the budget.\u{201D}"])
    XCTAssertEqual(d.quotes.map(\.speaker?.name), ["Ann Vey", "Ann Vey"])
    XCTAssertEqual(Set(d.quotes.map(\.utterance)).count, 1)
    // (with a verb in the present, no auxiliary)
    let g = run("Ann Vey spoke last. If Hale wins, Vey said, \u{201C}he will cut the budget.\u{201D}")
    XCTAssertEqual(g.quotes.map(\.text), ["If Hale wins", "\u{201C}he will cut the budget.\u{201D}"])
    // (not a concession, the writer's background)
    let e = run("Ann Vey spoke last. Although the agency tracks no figures, Vey said, \u{201C}parents decide.\u{201D}")
    XCTAssertEqual(e.quotes.map(\.text), ["\u{201C}parents decide.\u{201D}"])
  }

  func testAThatClauseAfterATimeAndAPhraseIsTheVerbsNotThePhraseBeforeIt() {
    // the fronted phrase describes the subject; the clause after the verb is what was said
    let a = run("Praised by her colleagues, Ada Morrow said earlier on Monday during a briefing that she may wait.")
    XCTAssertEqual(a.quotes.map(\.text), ["that she may wait"])
    // a second verb after an auxiliary has the clause's subject too
    let b = run("Ann Vey calls herself a hawk and has said that the plan was sound.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the plan was sound"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (not in a relative clause: the main clause's verb has its own words)
    let d = run("Senator Ann Vey, who has seen the files but would say nothing about them, agreed with that point.")
    XCTAssertFalse(d.quotes.contains { $0.text.contains("agreed") })
    // ("now" right before the verb is no word of the subject; "now" inside it is)
    XCTAssertEqual(run("Ann Vey now says, however, that the money was a loan.").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("Those now in charge said the files were lost.").quotes.first?.group, "Those now in charge")
    // (a quote that is all the words ends before a clause of time)
    let c = run("Ann Vey waves to her son and repeatedly says, \"Go home,\" until the bus leaves.")
    XCTAssertEqual(c.quotes.map(\.text), ["\"Go home,\""])
  }

  func testASecondVerbAfterAFrameHasTheFramesSpeaker() {
    let a = run("“We were ready,” the coach said, and added: “Our third period was good.”")
    XCTAssertEqual(a.quotes.map(\.group), ["the coach", "the coach"])
  }
}

/// A name set between commas after the noun it names.
final class NamedAppositiveTests: XCTestCase, AnalysingText {
  func testTheNameAfterANounBetweenCommas() {
    // a person's name is the speaker, the words before it the role
    let a = run(
      "In a letter, one of the firm's lawyers, Neil Ashby, said the accounts show the fee was paid in full.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Neil Ashby")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "one of the firm's lawyers")
    // another name is what the noun stands for, and the noun speaks
    let b = run("A spokesman for the pub, the Red Lion, said staff had called police immediately.")
    XCTAssertEqual(b.quotes.map(\.text), ["staff had called police immediately"])
    XCTAssertEqual(b.quotes.first?.group, "A spokesman for the pub")
    // a place says where, and is no one's name
    let c = run("Ivy Collard, a teacher from Bangor, Maine, says the governor will win easily.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ivy Collard")
  }

  func testARelativeClauseAfterTheNameOfAnInvertedFrameIsNoRole() {
    let a = run("\"Where will they skate?\" asked Melanie Roy, whose two sons play in the Halifax Minor Hockey League.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Melanie Roy")
    XCTAssertNil(a.quotes.first?.speaker?.role)
  }

  func testAVerbOfSayingIsNoPartOfASubject() {
    let a = run("The company denied claims that it had misled investors.")
    XCTAssertFalse(a.quotes.contains { $0.group == "The company denied" })
  }

  func testARoleWithNoArticleAfterTheSourceOfAccordingToIsTheSources() {
    for (text, role) in [
      ("According to Tom Reed, president of the dockers' union, the strike will go on.", "president of the dockers' union"),
      ("According to Tom Reed, union president, the strike will go on.", "union president"),
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.map(\.text), ["the strike will go on"], text)
      XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed", text)
      XCTAssertEqual(a.quotes.first?.speaker?.role, role, text)
    }
    // (a clause after the source is the account: no role)
    XCTAssertEqual(
      run("According to Tom Reed, prices will rise, and wages will not.").quotes.first?.text,
      "prices will rise, and wages will not")
    XCTAssertEqual(
      run("According to Tom Reed, police arrested two men, both from the harbour district.").quotes.first?.text,
      "police arrested two men, both from the harbour district")
  }

  func testAnOrganisationsNameAfterTheNounOfAccordingTo() {
    let a = run("According to the engineering firm, Hatch Ltd., the trusses could fail under a heavy snow load.")
    XCTAssertEqual(a.quotes.map(\.text), ["the trusses could fail under a heavy snow load"])
    XCTAssertEqual(a.quotes.first?.organisation, "Hatch Ltd.")
    // (a comma that ends the paragraph has no name after it)
    XCTAssertTrue(run("According to the engineering firm,").quotes.isEmpty)
  }

  func testAnOpeningWordBeforeAccordingToIsNoContentAndASubordinateClauseGoesOn() {
    let a = run("But, according to the survey, Holt leads by 9 points in Nevada.")
    XCTAssertEqual(a.quotes.map(\.text), ["Holt leads by 9 points in Nevada"])
    let b = run("While most were marked confidential, according to an official, some were marked secret.")
    XCTAssertEqual(b.quotes.map(\.text), ["While most were marked confidential", "some were marked secret"])
    XCTAssertEqual(Set(b.quotes.map(\.utterance)).count, 1)
    XCTAssertNotNil(b.quotes.first?.utterance)
    // (not when the main clause stands before it already)
    let c = run("While waivers are common, not all clubs require them, according to Hugo Brandt, a lawyer.")
    XCTAssertEqual(c.quotes.map(\.text), ["While waivers are common, not all clubs require them"])
  }

  func testTheClauseBeforeAConjunctionAndAMedialAccordingToIsTheWriters() {
    // "and" or "including" right before the source, with no comma: what follows is the source's, what comes before
    // the writer's
    let a = run(
      "The mill had employed nearly 900 workers since 1998 and, according to the labour office, paid the lowest wages.")
    XCTAssertEqual(a.quotes.map(\.text), ["paid the lowest wages"])
    XCTAssertEqual(a.quotes.first?.group, "the labour office")
    let b = run("The storm flooded more than 300 homes, including, according to the fire service, 40 in the old town.")
    XCTAssertEqual(b.quotes.map(\.text), ["40 in the old town"])
    XCTAssertEqual(b.quotes.first?.group, "the fire service")
  }

  func testWithNoCommaTheSourceOfAccordingToEndsWhereAClauseStarts() {
    let a = run("According to the coastguard it sank near the island overnight.")
    XCTAssertEqual(a.quotes.map(\.text), ["it sank near the island overnight"])
    XCTAssertEqual(a.quotes.first?.group, "the coastguard")
    let b = run("The singer was treated in Vienna for weeks and according to her manager she died at home on Sunday.")
    XCTAssertEqual(b.quotes.map(\.text), ["she died at home on Sunday"])
    XCTAssertEqual(b.quotes.first?.group, "her manager")
    // (a source of several words with no clause after it is all the source)
    let c = run("Sales fell 5% last year according to the company and its auditors.")
    XCTAssertEqual(c.quotes.map(\.text), ["Sales fell 5% last year"])
    // (nor does a relative clause in the source open the account)
    let d = run("According to ministry cables from the time that were later leaked, Ivo Marsh met the envoy twice.")
    XCTAssertFalse(d.quotes.contains { $0.text.hasPrefix("that were") })
    let e = run("According to figures the ministry released on Monday, unemployment rose in May.")
    XCTAssertEqual(e.quotes.map(\.text), ["unemployment rose in May"])
    XCTAssertEqual(run("According to a poll the paper commissioned the mayor trails.").quotes.map(\.text), [])
  }

  func testAConjunctionAfterTheFrameOpensNoContent() {
    let a = run(
      "Northwind Foods created the fund to help in times of drought, a spokeswoman said on Sunday, and it has used it "
        + "three times since 2019.")
    XCTAssertFalse(a.quotes.contains { $0.text.hasPrefix("and ") })
  }
}

/// "they" after a plural group's or an organisation's claim.
final class TheyTests: XCTestCase, AnalysingText {
  func testTheyAfterAGroupsClaimIsThatGroup() {
    let a = run("Goldman Sachs analysts said in a note they expected prices to rise.\n\n“We remain bullish,” they wrote.")
    XCTAssertEqual(a.quotes.map(\.group), ["Goldman Sachs analysts", "Goldman Sachs analysts"])
    // (a count stands for those it counts: "most of the residents")
    let most = run("Most of the residents said the water was cloudy. They said it smelled.")
    XCTAssertEqual(most.quotes.last?.group, "Most of the residents")
    // (the noun before the group's preposition: "analysts at the bank")
    let atBank = run("Analysts at the bank said rates would rise. They added that inflation was easing.")
    XCTAssertEqual(atBank.quotes.map(\.group), ["Analysts at the bank", "Analysts at the bank"])
    // not after one person's, nor after a singular group's
    let b = run("A person close to the process said talks had stalled.\n\n“It is over,” they said.")
    XCTAssertEqual(b.quotes.last?.group, "they")
    // a noun of people in the plural with no "s"
    let c = run("Police said two men had been arrested. They added that a third man was being sought.")
    XCTAssertEqual(c.quotes.map(\.group), ["Police", "Police"])
  }

  func testAPronounAfterTheSameOpeningAClauseIsTheSubjectBefore() {
    let a = run(
      "Another young singer, Mira Dole, would name Carmen as a dream part. She was offered the part "
        + "a decade later, when a regional opera staged the work. When she was chosen, \"I could not speak,\" she "
        + "told a crowd.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Mira Dole")
  }

  func testItAfterABodysClaimIsThatBody() {
    let a = run("The mayor's office said the city would open warming centres. It said buses would run all night.")
    XCTAssertEqual(a.quotes.map(\.group), ["The mayor's office", "The mayor's office"])
    // not after a person's claim
    let b = run("Tom Reed said the plan was sound. It said nothing of the cost.")
    XCTAssertNotEqual(b.quotes.last?.speaker?.name, "Tom Reed")
    // with no claim before it, the body whose name opens the sentence before (not a place)
    let c = run("Kestrel Foods cut 200 jobs last year. It said on Monday that more cuts were likely.")
    XCTAssertEqual(c.quotes.first?.organisation, "Kestrel Foods")
    let d = run("Marle voted to shut the pool. It said costs were too high.")
    XCTAssertNil(d.quotes.first?.organisation)
  }

  func testAWordInIngThatAListGoesOnAfterIsNoParticiple() {
    let a = run("The mayor said the valley faced mudslides, flooding and blackouts.")
    XCTAssertEqual(a.quotes.map(\.text), ["the valley faced mudslides, flooding and blackouts"])
    let b = run("Her aunt called him a kind, loving and gentle man.")
    XCTAssertEqual(b.quotes.map(\.text), ["him a kind, loving and gentle man"])
    // (a participle's clause still ends it)
    XCTAssertEqual(run("The mayor said the roads were shut, prompting anger.").quotes.map(\.text), ["the roads were shut"])
  }

  func testARelativeClauseWhoseSubjectReportsEndsAtItsClosingComma() {
    let a = run("The levees, which engineers said were sound, failed on Monday.")
    XCTAssertEqual(a.quotes.map(\.text), ["were sound"])
    XCTAssertEqual(a.quotes.first?.group, "engineers")
    let b = run("The toll, which the mayor said would cost millions, was dropped in May.")
    XCTAssertEqual(b.quotes.map(\.text), ["would cost millions"])
  }
}
