extension SubmissionDecoder {
  /// What to write for a missing required key, and where: the lead's fix, after "missing
  /// required key 'x'".
  enum Advice {
    static let forum =
      "write your forum's id at the top, such as 'forum: SCCP' ('ctst forums' lists the ids)"
    static let period =
      "write the reporting period at the top, in quotes, such as 'period: \"2026\"'"
    static let status =
      "write 'status: draft' at the top while writing, 'status: submitted' when you send it"
    static let activityID =
      "add a line 'id: FORUM-2026-01' (unique within your forum) at the start of the activity"
    static let title =
      "add a line 'title: \"…\"' under the activity's 'id:', the title the report prints"
    static let component =
      "add a line 'component: …' under the activity's 'id:', the strategy component it serves"
    static let activityStatus =
      "add a line 'status: completed' under the activity's 'id:' (one of: "
      + Activity.Status.allCases.map(\.rawValue).joined(separator: ", ") + ")"
  }
}
