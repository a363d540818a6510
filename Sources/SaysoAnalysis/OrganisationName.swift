/// An organisation's name as `EntityRegistry.noteOrganisation` files it: lower-cased, and its distinct
/// words. Worked out from the name alone and remembered a thread (`ThreadLocal`): a corpus names the
/// same firms and bodies again and again, and most articles note each as new.
struct OrganisationName {
  /// The name, lower-cased.
  var key: String
  /// The space-separated words of `key`, each once (`EntityRegistry.distinctWords`).
  var words: [String]

  /// The filing of `name`.
  static func of(_ name: String) -> OrganisationName {
    let cache = caches.value
    if let known = cache.names[name] { return known }
    let key = name.lowercased()
    let filed = OrganisationName(key: key, words: EntityRegistry.distinctWords(of: key))
    // (a bound on what a thread holds: the names of a long run of articles are mostly new)
    if cache.names.count >= 4096 { cache.names.removeAll(keepingCapacity: true) }
    cache.names[name] = filed
    return filed
  }

  /// The names a thread has filed.
  final class Cache {
    var names: [String: OrganisationName] = [:]
  }

  private static let caches = ThreadLocal { Cache() }
}
