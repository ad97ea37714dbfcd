import Foundation

/// The libFuzzer mode, compiled in only by `make fuzz` (`-DCTST_LIBFUZZER`, with coverage
/// instrumentation and libFuzzer's `fuzzer_no_main` runtime linked in).
enum LibFuzzer {
  /// The world every input is checked against, loaded before the driver starts.
  nonisolated(unsafe) static var world: FuzzWorld?

  /// Whether this build has libFuzzer.
  static var isAvailable: Bool {
    #if CTST_LIBFUZZER
      true
    #else
      false
    #endif
  }

  /// Runs libFuzzer's driver with the process's arguments (`-max_total_time=…`, corpus
  /// folders …); returns its exit status.
  static func run() -> Int32 {
    switch FuzzWorld.load(root: FuzzPaths.root) {
    case .success(let loaded): world = loaded
    case .failure(let error):
      print("ctst-fuzz: \(error) (set CTST_ROOT to the repository)", to: &standardError)
      return 66
    }
    #if CTST_LIBFUZZER
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      return runDriver(&argc, &argv, testOneInput)
    #else
      return 64
    #endif
  }

  /// One input: see ``FuzzTarget/run(_:world:)``.
  static let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, size in
    guard let world = LibFuzzer.world else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzTarget.run(bytes, world: world)
    return 0
  }
}

#if CTST_LIBFUZZER
  /// libFuzzer's driver (`FuzzerDriver.cpp`): parses libFuzzer's flags and fuzzes `callback`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt
#endif
