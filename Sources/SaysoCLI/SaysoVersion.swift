/// The version `sayso --version` prints: the one place it is written.
public enum SaysoVersion {
  public static let current = "0.8.0"
}
