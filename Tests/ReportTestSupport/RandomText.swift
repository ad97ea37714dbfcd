/// Random strings for tests that compare a fast path with its reference on arbitrary text.
public enum RandomText {
  /// `count` strings of 0 to `maxLength - 1` scalars, each drawn from `alphabet`.
  public static func strings(
    _ count: Int, from alphabet: String, maxLength: Int = 40
  ) -> [String] {
    let scalars = Array(alphabet.unicodeScalars)
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      var text = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0..<maxLength, using: &generator) {
        if let scalar = scalars.randomElement(using: &generator) { text.append(scalar) }
      }
      return String(text)
    }
  }
}
