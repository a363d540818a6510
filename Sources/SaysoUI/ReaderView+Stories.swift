import SaysoCore

/// The reader and the stories: a claim that other articles carry too says so in the claims panel,
/// and Enter on it opens its story.
extension ReaderView {
  /// Where the listed claim `index` (any of its pieces) appears across the corpus, when other
  /// articles carry it.
  func storyPlace(ofClaim index: Int, in lookup: StoryLookup) -> StoryLookup.Place? {
    for piece in claims[index].pieces {
      if let place = lookup.place(article: analysis.article.path, paragraph: piece.paragraph, start: piece.start) {
        return place
      }
    }
    return nil
  }

  /// Opens the story of the focused claim, on that claim, when other articles carry it; nil otherwise.
  func openStory(services: AppServices) -> PageAction? {
    guard let focusedClaim else { return nil }
    let lookup = services.storyLookup()
    guard let place = storyPlace(ofClaim: focusedClaim, in: lookup) else { return nil }
    return .open(StoryView(story: lookup.stories[place.story], selecting: place.claim))
  }
}
