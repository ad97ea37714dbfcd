extension Economy {
  /// Creates an economy whose year of joining is not recorded.
  public init(code: String, name: String) {
    self.init(code: code, name: name, joined: nil)
  }
}
