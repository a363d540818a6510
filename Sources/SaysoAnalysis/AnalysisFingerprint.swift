/// What identifies the analysis a build makes: a hash of the analysis's Swift sources (and of the targets it
/// depends on) and of its data files, made at build time by the EmbedFiles plugin (`EmbeddedData.fingerprint`).
/// Two builds with the same fingerprint analyse every article alike; the index keeps the analyses it made with
/// its fingerprint and makes them again when the program's differs.
public enum AnalysisFingerprint {
  /// Sixteen hexadecimal digits.
  public static let current: String = EmbeddedData.fingerprint
}
