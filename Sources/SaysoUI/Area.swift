/// The rectangle of the screen a view draws in.
public struct Area: Equatable, Sendable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int
}
