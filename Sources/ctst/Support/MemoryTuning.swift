import ReportKernel

/// The C allocator's settings for a run: glibc's own, one malloc arena per thread up to its
/// limit, whatever the size of the submissions.
///
/// One arena shared by every thread (`M_ARENA_MAX` 1) was tried for large periods, to keep
/// the freed memory of the threads that load the fora and write the formats apart less: at
/// 1,000,000 values it lowered the peak resident memory by 12 to 35 MiB (about 134 against
/// 146–169 MiB, the bound being 192), but every allocation then waited on one lock. The
/// workbook's writer, the thread preparing its rows and the text renderers allocate at the
/// same time, and in paired runs on 2 cores the shared arena cost about 10% more CPU time
/// at 1,000,000 values (paired median 0.90 with glibc's arenas) and 6% at 100,000; four
/// arenas measured the same as glibc's limit in time and memory.
enum MemoryTuning {
  /// The analysis of `period`: how every command that analyses a whole period starts it.
  static func analysis(
    of period: Period, in workspace: Workspace, general: [Diagnostic]
  ) -> PeriodAnalysis {
    Analyzer(workspace: workspace).analyze(period, generalDiagnostics: general)
  }
}
