import SaysoCore

/// Finds the people, quotes and proposals in an article.
public func analyze(_ article: Article) -> ArticleAnalysis {
  ArticleAnalysis(article: article, people: [], quotes: [], proposals: [])
}
