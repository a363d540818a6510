/// Maps theme colours to the colours a terminal has: 256, 16 or 8.
///
/// The xterm palette is assumed: 0–15 the system colours, 16–231 a 6×6×6 cube, 232–255 a grey ramp.
public enum ColorPalette {
  /// The palette index to use for `color` on a terminal with `available` colours, or -1 for the
  /// terminal's default colour.
  public static func index(for color: ThemeColor, available: Int) -> Int {
    switch color {
    case .terminalDefault:
      return -1
    case .index(let n):
      if n < available { return n }
      return nearest(rgb(ofIndex: n), among: min(available, 16))
    case .rgb(let r, let g, let b):
      return nearest((Int(r), Int(g), Int(b)), among: min(available, 256))
    }
  }

  /// The index among the first `count` palette colours closest to `color` (by weighted RGB distance).
  static func nearest(_ color: (Int, Int, Int), among count: Int) -> Int {
    // With 8 colours a grey has no near neighbour (mid grey is nearest to cyan by distance): dark
    // greys become black, light ones white.
    if count <= 8, max(color.0, color.1, color.2) - min(color.0, color.1, color.2) < 24 {
      return color.0 + color.1 + color.2 >= 3 * 110 ? 7 : 0
    }
    var best = 0
    var bestDistance = Int.max
    for i in 0..<max(count, 1) {
      let c = rgb(ofIndex: i)
      let dr = c.0 - color.0
      let dg = c.1 - color.1
      let db = c.2 - color.2
      let distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db
      if distance < bestDistance {
        bestDistance = distance
        best = i
      }
    }
    return best
  }

  /// The RGB value xterm gives palette index `i`.
  static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
    let system: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
      (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
      (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    if i < 16 { return system[max(i, 0)] }
    if i < 232 {
      let levels = [0, 95, 135, 175, 215, 255]
      let n = i - 16
      return (levels[n / 36], levels[(n / 6) % 6], levels[n % 6])
    }
    let grey = 8 + (min(i, 255) - 232) * 10
    return (grey, grey, grey)
  }
}
