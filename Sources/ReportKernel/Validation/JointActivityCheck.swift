/// Checks `same_as:` references: an activity declared the same joint activity as another
/// forum's must name an activity another forum lists for the period.
public enum JointActivityCheck {
  /// A warning per `same_as` that names no other forum's activity, at the activity.
  public static func check(_ forums: [ForumAnalysis]) -> [Diagnostic] {
    var owner: [String: String] = [:]
    for forum in forums {
      for activity in forum.submission?.activities ?? [] where owner[activity.id] == nil {
        owner[activity.id] = forum.descriptor.id
      }
    }
    return forums.flatMap { forum -> [Diagnostic] in
      (forum.submission?.activities ?? []).compactMap { activity -> Diagnostic? in
        guard let same = activity.sameAs else { return nil }
        if let other = owner[same], other != forum.descriptor.id { return nil }
        let known = owner.filter { $0.value != forum.descriptor.id }.keys.sorted()
        return .warning(
          "activity '\(activity.id)' is declared the same as '\(same)', but no other forum"
            + " lists an activity '\(same)' this period, so it is counted on its own"
            + Suggestion.didYouMean(same, in: known), at: activity.location,
          code: "analyst.same_as")
      }
    }
  }
}
