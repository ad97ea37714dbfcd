import Foundation
import ReportKernel

#if canImport(Glibc)
  import Glibc
#endif

/// The C allocator's settings for a run, made before the analysis starts its threads.
enum MemoryTuning {
  /// glibc's `M_ARENA_MAX` (malloc.h, which Swift's Glibc module does not bring in).
  static let arenaMax: Int32 = -8

  /// The size of a period's submissions from which the threads share one arena.
  static let oneArenaFrom = 256 * 1024

  /// One malloc arena for every thread (glibc) when `period`'s submissions are large: the fora
  /// are loaded and the formats written on several threads, and an arena per thread keeps
  /// freed memory apart that one arena reuses. At 1,000,000 values this lowers the peak
  /// resident memory by about 16 MiB. Small submissions (the sample's 42 KB) keep glibc's
  /// arenas: their memory is small either way, and on one arena the threads wait for each
  /// other's allocations (8% more CPU time for the sample's report). Elsewhere, nothing.
  private static func apply(for period: Period, in workspace: Workspace) {
    let folder = URL(fileURLWithPath: workspace.root)
      .appendingPathComponent(SubmissionLoader.folder(for: period))
    let files =
      (try? FileManager.default.contentsOfDirectory(
        at: folder, includingPropertiesForKeys: [.fileSizeKey])) ?? []
    let bytes = files.reduce(0) { total, file in
      total + ((try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0)
    }
    guard bytes >= oneArenaFrom else { return }
    #if canImport(Glibc)
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
    #endif
  }

  /// The analysis of `period`, the allocator set for its submissions' size first: how every
  /// command that analyses a whole period starts it.
  static func analysis(
    of period: Period, in workspace: Workspace, general: [Diagnostic]
  ) -> PeriodAnalysis {
    apply(for: period, in: workspace)
    return Analyzer(workspace: workspace).analyze(period, generalDiagnostics: general)
  }
}
