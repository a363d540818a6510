import SaysoCore

/// Where the reader's stories come from (the store's `CorpusIndex.stories()` behind SaysoReaderStore);
/// the views never see the store.
public protocol StoryProvider: AnyObject {
  /// The corpus's stories, most articles first (see `Story`); empty when no claim is in two articles.
  func stories() -> [Story]
}

/// A `StoryProvider` over stories already made (none by default).
public final class StoryList: StoryProvider {
  public let all: [Story]

  public init(_ stories: [Story] = []) { all = stories }

  public func stories() -> [Story] { all }
}
