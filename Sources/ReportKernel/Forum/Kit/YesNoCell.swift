extension ReportCell {
  /// The cell for a yes/no answer: "Yes", "No", or `missing` (by default "Not reported")
  /// when the answer was not given.
  public static func yesNo(_ answer: Bool?, missing: ReportCell = .text("Not reported"))
    -> ReportCell
  {
    switch answer {
    case true?: .text("Yes")
    case false?: .text("No")
    case nil: missing
    }
  }
}
