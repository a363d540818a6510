/// The gender a person's name says (`EntityRegistry.Entity.gender(of:)`), remembered a thread
/// (`ThreadLocal`): it is asked for every person an article registers and every name a person is given,
/// and a corpus names the same people again and again; working it out splits the name and folds its first
/// word into a name key.
enum NameGender {
  /// `EntityRegistry.Entity.gender(of: name)`.
  static func of(_ name: String) -> WorldKnowledge.Gender? {
    let cache = caches.value
    if let known = cache.genders[name] { return known }
    let gender = EntityRegistry.Entity.gender(of: name)
    // (a bound on what a thread holds: the names of a long run of articles are mostly new)
    if cache.genders.count >= 4096 { cache.genders.removeAll(keepingCapacity: true) }
    cache.genders[name] = gender
    return gender
  }

  /// The genders a thread has worked out, by name.
  final class Cache {
    var genders: [String: WorldKnowledge.Gender?] = [:]
  }

  private static let caches = ThreadLocal { Cache() }
}
