import ReportCompose
import ReportKernel
import ReportRender
import ReportTestSupport
import Testing

/// The forward agenda's cross-fora themes, synthesised from two fora's proposals on
/// workspaces of the tests' own (FIG and FAC; a submission's body starts at line 4).
@Suite("Cross-fora themes synthesised")
struct AgendaThemeTests {
  static let fac2026 = "reports/2026/submissions/FAC.yaml"

  /// The workspace with FIG's and FAC's `agenda:` bodies.
  static func workspace(fig: String, fac: String) throws -> FigureWorkspace {
    try FigureWorkspace(
      submissions: ["2026": "agenda:\n" + fig], facts: ["2026": "agenda:\n" + fac])
  }

  /// The bullets under "Themes for cross-fora cooperation" in the consolidated report.
  static func themes(_ workspace: FigureWorkspace) throws -> [String] {
    let document = ReportBuilder(analysis: try workspace.analyze(), toolVersion: "0.0.0-test")
      .consolidated()
    let agenda = try #require(document.parts.first { $0.id == "forward_agenda" })
    let section = try #require(agenda.sections.first { $0.id == "agenda.cross_fora_themes" })
    return section.blocks.flatMap { block -> [String] in
      if case .bullets(let items) = block { return items }
      return []
    }
  }

  @Test("proposals sharing a forum whose subjects hold the same words are one theme")
  func mergedBySubject() throws {
    let themes = try Self.themes(
      Self.workspace(
        fig: """
            cross_fora:
              - {with: [FAC], theme: "Cash smuggling at borders: joint training."}

          """,
        fac: """
            cross_fora:
              - {with: [FIG], theme: "Bulk cash smuggling at the border: a referral checklist."}
              - {with: [FIG], theme: "Trade Recovery Programme exercises that include air cargo."}
              - {with: [FIG], theme: "Trade recovery programme: port recovery."}

          """))
    #expect(
      themes == [
        "Cash smuggling at borders (FIG and FAC): joint training; a referral checklist on bulk"
          + " cash smuggling at the border.",
        "Trade recovery programme (FAC and FIG): exercises that include air cargo; port"
          + " recovery.",
      ])
  }

  @Test("a shared word or forum alone does not make one theme")
  func noFalseMerge() throws {
    let themes = try Self.themes(
      Self.workspace(
        fig: """
            cross_fora:
              - {with: [FAC], theme: "Air cargo security: joint workshops."}
              - {with: [FAC], theme: "Security: a shared glossary."}

          """,
        fac: """
            cross_fora:
              - {with: [FIG], theme: "Cyber security of port and aviation systems."}
              - {with: [FIG], theme: "Cargo security."}

          """))
    // "Cargo security" has its two words in "Air cargo security", so the two are one theme
    // under the shorter subject; a one-word subject ("Security") and a subject sharing only
    // "security" stay apart.
    #expect(
      themes == [
        "Cargo security (FIG and FAC): joint workshops on air cargo security.",
        "Security (FIG and FAC): a shared glossary.",
        "Cyber security of port and aviation systems (FAC and FIG).",
      ])
  }

  @Test("same_as joins proposals whose subjects differ, and the review pack says why")
  func explicitLink() throws {
    let workspace = try Self.workspace(
      fig: """
          cross_fora:
            - {with: [FAC], theme: "Trade Recovery Programme: port recovery."}

        """,
      fac: """
          cross_fora:
            - with: [FIG]
              theme: "Resuming trade after a disruption: joint exercises."
              same_as: {forum: FIG, theme: "trade recovery programme"}

        """)
    let analysis = try workspace.analyze()
    #expect(analysis.diagnostics.located("analyst.theme_same_as").isEmpty)
    let builder = ReportBuilder(analysis: analysis, toolVersion: "0.0.0-test")
    let text = PlainTextRenderer().render(builder.consolidated())
      .replacingOccurrences(of: "\n    ", with: " ")
    #expect(
      text.contains(
        "Trade Recovery Programme (FIG and FAC): port recovery; joint exercises on resuming"
          + " trade after a disruption."))
    let review = try #require(builder.review())
    let table = try #require(
      FigureReportTests.tables(review).first { $0.id == "review.agenda_themes" })
    #expect(
      table.rows.map { $0.map(CellTextProbe.text) } == [
        [
          "1", "Trade Recovery Programme", "FIG", "Trade Recovery Programme: port recovery.",
          "gives the theme's subject", "reports/2026/submissions/FIG.yaml:6:7",
        ],
        [
          "1", "Trade Recovery Programme", "FAC",
          "Resuming trade after a disruption: joint exercises.",
          "declared the same as the FIG proposal (same_as)",
          "reports/2026/submissions/FAC.yaml:6:7",
        ],
      ])
  }

  @Test("a same_as naming no proposal of its forum is a located warning")
  func unmatchedLink() throws {
    let analysis = try Self.workspace(
      fig: """
          cross_fora:
            - {with: [FAC], theme: "Trade Recovery Programme: port recovery."}

        """,
      fac: """
          cross_fora:
            - with: [FIG]
              theme: "Joint exercises."
              same_as: {forum: FIG, theme: "Recovery of trade"}

        """
    ).analyze()
    #expect(
      analysis.diagnostics.located("analyst.theme_same_as") == [
        "\(Self.fac2026):8:16: the cross-fora theme is declared the same as FIG's 'Recovery of"
          + " trade', but no FIG proposal begins with those words, so it stands on its own in"
          + " the forward agenda; FIG's themes begin 'Trade Recovery Programme'"
      ])
  }

  @Test("a same_as naming an unknown forum, or without its theme, is a located error")
  func badLink() throws {
    let analysis = try Self.workspace(
      fig: """
          cross_fora:
            - {with: [FAC], theme: "Trade Recovery Programme: port recovery."}

        """,
      fac: """
          cross_fora:
            - with: [FIG]
              theme: "Port recovery."
              same_as: {forum: FGI, theme: "Trade Recovery Programme"}
            - with: [FIG]
              theme: "Drills."
              same_as: {forum: FIG}

        """
    ).analyze()
    #expect(
      analysis.diagnostics.located("submission.unknown_forum") == [
        "\(Self.fac2026):8:24: unknown forum 'FGI' in 'same_as' (did you mean 'FIG'?)"
      ])
    #expect(
      analysis.diagnostics.located("schema.required").contains {
        $0.hasPrefix("\(Self.fac2026):11:16: missing required key 'theme'")
          && $0.hasSuffix(
            "; write the first words of that forum's proposal (theme: \"Cash smuggling\")")
      })
  }
}

/// Cell text as the text report shows it, for comparing table rows.
enum CellTextProbe {
  static func text(_ cell: ReportCell) -> String {
    switch cell {
    case .text(let text): text
    case .integer(let value): String(value)
    default: "\(cell)"
    }
  }
}
