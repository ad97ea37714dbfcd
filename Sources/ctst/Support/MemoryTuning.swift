#if canImport(Glibc)
  import Glibc
#endif

/// The C allocator's settings for a run, made before anything is allocated in earnest.
enum MemoryTuning {
  /// glibc's `M_ARENA_MAX` (malloc.h, which Swift's Glibc module does not bring in).
  static let arenaMax: Int32 = -8

  /// One malloc arena for every thread (glibc): the fora are loaded and the formats written
  /// on several threads, and an arena per thread keeps freed memory apart that one arena
  /// reuses. At 1,000,000 values this lowers the peak resident memory by about 10 MiB; the
  /// threads are few and allocate little under contention. Elsewhere, nothing.
  static func apply() {
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
    #endif
  }
}
