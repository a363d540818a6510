import Foundation

/// One object a thread, made at the thread's first use and released when the thread ends: the caches of
/// the analysis (`WordCache`, the memos of `ThreadMemo`), which the analyses of a corpus fill on every core
/// at once, and which one object shared by them would have to lock at every look-up.
final class ThreadLocal<Object: AnyObject>: Sendable {
  private let key: pthread_key_t
  private let make: @Sendable () -> Object

  init(_ make: @escaping @Sendable () -> Object) {
    var key = pthread_key_t()
    pthread_key_create(&key) { pointer in
      // (the pointer is optional on Linux, not on Darwin)
      guard let pointer = pointer as UnsafeMutableRawPointer? else { return }
      Unmanaged<AnyObject>.fromOpaque(pointer).release()
    }
    self.key = key
    self.make = make
  }

  /// The calling thread's object.
  var value: Object {
    if let pointer = pthread_getspecific(key) {
      return unsafeDowncast(Unmanaged<AnyObject>.fromOpaque(pointer).takeUnretainedValue(), to: Object.self)
    }
    let object = make()
    pthread_setspecific(key, Unmanaged.passRetained(object as AnyObject).toOpaque())
    return object
  }
}
