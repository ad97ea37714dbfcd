extension AnalystChecks {
  /// Last period's activities carried over unchanged: an activity whose dates all lie before
  /// this period and whose id is one of last period's or names an earlier year
  /// (`BMG-2025-02` in 2026), and a completed activity without dates whose id does either.
  func carriedOver(_ submission: Submission, previous: Submission?) -> [Diagnostic] {
    let earlier = Set(previous?.activities.map(\.id) ?? [])
    return submission.activities.compactMap { activity -> Diagnostic? in
      let year = earlierYear(in: activity.id)
      guard earlier.contains(activity.id) || year != nil else { return nil }
      let why = year.map { "its id names \($0)" } ?? "its id is one of last period's"
      let dates = [activity.start, activity.end].compactMap { $0 }
      if dates.isEmpty {
        guard activity.status == .completed else { return nil }
        return .warning(
          "activity '\(activity.id)' looks like last period's, carried over (\(why), it is"
            + " completed and has no dates); give its 'start:' and 'end:' in \(period.id) if it"
            + " ran again, or remove it", at: activity.location, code: "analyst.carried_over")
      }
      guard dates.allSatisfy({ $0 < period.start }) else { return nil }
      let last = dates.max().map { "its dates end \($0)" } ?? ""
      return .warning(
        "activity '\(activity.id)' is last period's, carried over unchanged"
          + " (\(year == nil ? last : why + ", " + last)); update its dates and status for"
          + " \(period.id), or remove it", at: activity.location, code: "analyst.carried_over")
    }
  }

  /// A four-digit year in `id` (between its other parts) before this period's first year.
  func earlierYear(in id: String) -> String? {
    id.split { !($0.isLetter || $0.isNumber) }.first { part in
      part.count == 4 && part.allSatisfy(\.isASCII)
        && Int(part).map {
          $0 >= 1989 && $0 < period.start.year
        } ?? false
    }.map(String.init)
  }
}
