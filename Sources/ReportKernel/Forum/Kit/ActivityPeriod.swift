extension Activity {
  /// True when the activity falls in `period`: its dates overlap the period. A missing start
  /// or end leaves that side open, so an undated activity falls in every period. This is the
  /// one rule for "an activity in the period", used by the kernel's checks and by modules.
  public func falls(in period: Period) -> Bool {
    (start.map { $0 <= period.end } ?? true) && (end.map { $0 >= period.start } ?? true)
  }
}

extension ForumInput {
  /// The submission's completed activities tagged `tag` that fall in the period, in source
  /// order: what a count of such events must at least include.
  public func completedActivities(tagged tag: String) -> [Activity] {
    submission.activities.filter { activity in
      activity.status == .completed && activity.tags.contains(tag) && activity.falls(in: period)
    }
  }
}
