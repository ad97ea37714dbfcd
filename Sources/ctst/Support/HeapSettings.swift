#if os(Linux)
  import CMalloc
#endif

/// The C allocator's settings for a run, made once when `ctst` starts, before any thread.
///
/// With glibc's defaults a run keeps asking the kernel for memory and giving it back: the
/// top of the heap is returned once 128 KiB of it is free, blocks of 128 KiB or more get
/// mappings of their own that are unmapped when freed, and the heap grows 128 KiB at a time.
/// Every page given back and taken again is zeroed and faulted in again, which on this
/// project's 2-core virtual machines costs several microseconds a page.
///
/// Here freed memory stays with the process for the rest of the run (it is short), blocks
/// under 32 MiB come from the heap, and the heap grows 16 MiB at a time. Measured on the
/// sample (paired, 30 runs each): page faults 2,413 → 1,866, `brk` and `mprotect` calls
/// 270 → 24, median wall time 61 → 57 ms; at 1,000,000 values 17.7 → 16.3 s with peak
/// memory 179 → 176 MiB. The arenas stay glibc's (one per thread, up to its limit); see the
/// README's Performance section.
enum HeapSettings {
  /// Free memory at the top of the heap kept rather than returned to the kernel: 256 MiB.
  static let keptFree: Int32 = 256 << 20
  /// Blocks of this size or more get a mapping of their own: 32 MiB (glibc's largest).
  static let ownMapping: Int32 = 32 << 20
  /// How much more the heap grows than it must: 16 MiB.
  static let growth: Int32 = 16 << 20

  /// Applies the settings; a setting glibc refuses keeps its default.
  static func apply() {
    #if os(Linux)
      _ = mallopt(M_TRIM_THRESHOLD, keptFree)
      _ = mallopt(M_MMAP_THRESHOLD, ownMapping)
      _ = mallopt(M_TOP_PAD, growth)
    #endif
  }
}
