import SaysoCore

/// One person across the corpus, as the People view lists them: SaysoCore's `PeopleIndex` entry.
public typealias PersonSummary = PeopleIndex.Entry
