extension Int {
  /// This number with a noun in the singular or the plural, as people write counts: `1.counted("article")`
  /// is "1 article", `2.counted("article")` "2 articles", `1.counted("person", plural: "people")` "1 person".
  ///
  /// - Parameter plural: the plural when it is not the singular with an "s".
  public func counted(_ singular: String, plural: String? = nil) -> String {
    "\(self) " + (self == 1 ? singular : plural ?? singular + "s")
  }
}
