import ReportKernel

/// The C allocator's settings for a run: glibc's own, one malloc arena per thread up to its
/// limit, whatever the size of the submissions.
///
/// One arena shared by every thread (`M_ARENA_MAX` 1) keeps the peak resident memory about
/// 12 MiB lower at 1,000,000 values (159 against 171 MiB, the bound being 192), but every
/// allocation then waits on one lock, and the workbook's writer, the thread preparing its
/// rows and the text renderers allocate at the same time. In paired runs on 2 cores, with
/// the rows prepared on their own thread, the shared arena took about 10% more CPU time at
/// 1,000,000 values and 6% at 100,000; two arenas took 11% more CPU and 6% more wall time
/// for 11 MiB less; four measured as glibc's limit.
enum MemoryTuning {
  /// The analysis of `period`: how every command that analyses a whole period starts it.
  static func analysis(
    of period: Period, in workspace: Workspace, general: [Diagnostic]
  ) -> PeriodAnalysis {
    Analyzer(workspace: workspace).analyze(period, generalDiagnostics: general)
  }
}
