import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// The mistakes forum leads really make, each with the exact message it gets: the field, the
/// likely cause and what to write, at the exact place (issue 13).
@Suite("Forum leads' mistakes get plain-words messages")
struct LeadMessageTests {
  static let file = "reports/2026/submissions/TST.yaml"

  /// Every finding about TST's 2026 submission `yaml`, errors and warnings, with notes.
  static func diagnostics(_ yaml: String, config: (String) -> String = { $0 }) throws
    -> [Diagnostic]
  {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(["TST"])
    try workspace.write("config/ctst.yaml", config(try workspace.read("config/ctst.yaml")))
    try workspace.write(file, yaml)
    let loaded = WorkspaceLoader(
      root: workspace.root.path, registry: ForumRegistry.all + [UnitsModule()]
    ).load()
    guard let space = loaded.value, !loaded.diagnostics.hasErrors else {
      return loaded.diagnostics
    }
    let analysis = Analyzer(workspace: space).analyze(try #require(space.config.period("2026")))
    return (analysis.forum("TST")?.diagnostics ?? []).sortedForDisplay()
  }

  /// The error lines about `yaml`; shown in full when they differ from `expected`.
  static func expectErrors(
    _ yaml: String, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let found = try errors(yaml)
    #expect(found == expected, sourceLocation: sourceLocation)
  }

  /// The error lines about `yaml`.
  static func errors(_ yaml: String) throws -> [String] {
    try diagnostics(yaml).filter { $0.severity == .error }.map(\.description)
  }

  static let header = SubmissionErrorTests.header

  /// An activity with `lines` added from line 7 of the file (its `- id:` is line 6).
  static func activity(_ lines: String) -> String {
    header + "activities:\n  - id: TST-2026-01\n" + lines
  }

  @Test("a narrative with ': ' gets the cause, the | block form and libyaml's words as a note")
  func colonInNarrative() throws {
    let found = try Self.diagnostics(
      Self.header + "narrative:\n  customs: Key results: the SCCP trained 130 officers\n")
    let error = try #require(found.first)
    #expect(
      error.description
        == "\(Self.file):6:23: error: the text of 'customs' contains ': ', which YAML reads as a"
        + " new key; write the text as a block: put '|' after 'customs:' and the text on the next"
        + " lines, indented")
    #expect(
      error.notes.map(\.message) == [
        "for example:", "  customs: |", "    Key results: the SCCP trained 130 officers",
        "the YAML parser said: mapping values are not allowed in this context",
      ])
  }

  @Test("a bullet pasted at the margin of a narrative is blamed, with the text as it should be")
  func unindentedBullet() throws {
    let found = try Self.diagnostics(
      Self.header + "narrative:\n  customs: |\n    The workshop ran.\n• Officers trained: 130\n"
        + "  cash_smuggling: |\n    Declarations were reviewed.\n")
    let error = try #require(found.first)
    #expect(
      error.description
        == "\(Self.file):8:1: error: this line is not indented, so it ends the text of 'customs'"
        + " and YAML reads it as a new key; indent it like the rest of the text, with 4 spaces")
    #expect(
      error.notes.map(\.message) == [
        "for example:", "  customs: |", "    The workshop ran.", "    • Officers trained: 130",
        "the YAML parser said: mapping values are not allowed in this context (at line 9)",
      ])
  }

  @Test("Word's curly quotes are not quotes")
  func curlyQuotes() throws {
    try Self.expectErrors(
      Self.header + "narrative:\n  customs: “Key results: officers trained”\n",
      [
        "\(Self.file):6:24: error: the text of 'customs' is in curly quotes (“ ”), which are not"
          + " quotes in YAML, so its ': ' reads as a new key; write the text as a block: put '|'"
          + " after 'customs:' and the text on the next lines, indented"
      ])
  }

  @Test("a straight quote inside a quoted sentence ends it")
  func quoteInQuotes() throws {
    try Self.expectErrors(
      Self.header + "narrative:\n  customs: \"The \"green lane\" worked\"\n",
      [
        "\(Self.file):6:18: error: the text of 'customs' starts with a quote, so the next straight"
          + " quote (\") ends it and the rest of the line makes no sense; write the text as a"
          + " block: put '|' after 'customs:' and the text on the next lines, indented (quotes are"
          + " then plain text)"
      ])
  }

  @Test("an apostrophe inside single quotes ends them")
  func apostrophe() throws {
    try Self.expectErrors(
      Self.header + "narrative:\n  customs: 'The SCCP's workshop'\n",
      [
        "\(Self.file):6:22: error: the text of 'customs' is in single quotes, so its apostrophe"
          + " ends it; write the apostrophe twice (it''s) or write the text as a block: put '|'"
          + " after 'customs:' and the text on the next lines, indented"
      ])
  }

  @Test("a quoted number or yes/no says to remove the quotes, for every field")
  func quotes() throws {
    try Self.expectErrors(
      Self.activity(
        "    title: T\n    component: customs\n    status: planned\n"
          + "    funding: {apec_usd: '95000'}\n    capacity_building: \"yes\"\n"),
      [
        "\(Self.file):10:25: error: 'funding.apec_usd' in activity 'TST-2026-01' must be a"
          + " number, found '95000' in quotes, which makes it text; remove the quotes",
        "\(Self.file):11:24: error: 'capacity_building' in activity 'TST-2026-01' must be yes"
          + " or no, found 'yes' in quotes, which makes it text; remove the quotes",
      ])
  }

  @Test("a quoted number in config/ctst.yaml says to remove the quotes")
  func quotesInConfig() throws {
    var line = 0
    let found = try Self.diagnostics(Self.header) { config in
      let lines = config.split(separator: "\n", omittingEmptySubsequences: false)
      line = (lines.firstIndex { $0.hasPrefix("  on_track: 0.9") } ?? -1) + 1
      return config.replacingOccurrences(of: "on_track: 0.9", with: "on_track: \"0.9\"")
    }
    #expect(line > 0, "the fixture's config/ctst.yaml has no 'on_track: 0.9' line")
    #expect(
      found.filter { $0.severity == .error }.map(\.description) == [
        "config/ctst.yaml:\(line):13: error: 'status.on_track' must be a number, found '0.9' in quotes,"
          + " which makes it text; remove the quotes"
      ])
  }

  @Test("thousands separators, N/A, '85%' and 'more than' say what to write")
  func numbersAsWritten() throws {
    let found = try Self.errors(
      Self.header
        + "indicators:\n  tst.count: {value: 1,250}\n  tst.usd: {value: N/A}\n"
        + "  tst.economies: {value: more than 405,000}\n  tst.share: {value: 85%}\n")
    #expect(
      found == [
        "\(Self.file):6:22: error: 'indicators.tst.count.value' must be a number, found '1,250';"
          + " write numbers without thousands separators: 1250",
        "\(Self.file):7:20: error: 'indicators.tst.usd.value' must be a number, found 'N/A'; if"
          + " there is no figure yet, leave the value blank while drafting, or delete the"
          + " indicator's entry (it then shows as 'no data')",
        "\(Self.file):8:26: error: 'indicators.tst.economies.value' must be a number of economies,"
          + " found 'more than 405,000'; write the number alone, 'value: 405000', and add"
          + " 'lower_bound: true' to say the figure is at least that",
        "\(Self.file):9:22: error: 'indicators.tst.share.value' must be 'numerator' and"
          + " 'denominator', found '85%'; write the share as its two counts, for example"
          + " 'numerator: 17' and 'denominator: 20' on two lines under the indicator",
      ])
  }

  @Test("a block-style 1,250 names the thousands separator")
  func thousands() throws {
    try Self.expectErrors(
      Self.header + "indicators:\n  tst.count:\n    value: 1,250\n",
      [
        "\(Self.file):7:12: error: 'indicators.tst.count.value' must be a number, found '1,250';"
          + " write numbers without thousands separators: 1250"
      ])
  }

  @Test("{apec_usd: 120,000}, which YAML reads as 120 and a key '000', names the comma")
  func commaInFlowMapping() throws {
    try Self.expectErrors(
      Self.activity(
        "    title: T\n    component: customs\n    status: planned\n"
          + "    funding: {apec_usd: 120,000}\n"),
      [
        "\(Self.file):10:25: error: 'funding.apec_usd' in activity 'TST-2026-01' must be a"
          + " number, found '120,000'; write numbers without thousands separators: 120000"
      ])
  }

  @Test("dates without leading zeros or day first are shown corrected, never also 'missing'")
  func dates() throws {
    let found = try Self.diagnostics(
      "forum: TST\nperiod: \"2026\"\nstatus: submitted\nsubmitted_on: 2027-2-10\n"
        + "activities:\n  - id: TST-2026-01\n    title: T\n    component: customs\n"
        + "    status: planned\n    start: 2026-5-12\n    end: 25/12/2026\n")
    #expect(
      found.filter { $0.code != "submission.missing_indicator" }.map(\.description) == [
        "\(Self.file):4:15: error: 'submitted_on' must be a date (YYYY-MM-DD), found '2027-2-10';"
          + " write 2027-02-10 (year-month-day, with two-digit month and day)",
        "\(Self.file):10:12: error: 'start' in activity 'TST-2026-01' must be a date (YYYY-MM-DD),"
          + " found '2026-5-12'; write 2026-05-12 (year-month-day, with two-digit month and day)",
        "\(Self.file):11:10: error: 'end' in activity 'TST-2026-01' must be a date (YYYY-MM-DD),"
          + " found '25/12/2026'; write the year first: 2026-12-25",
      ])
  }

  @Test("a value where a mapping belongs names the keys to write below it")
  func scalarForMapping() throws {
    try Self.expectErrors(
      Self.header + "contact: 3\n",
      [
        "\(Self.file):5:10: error: 'contact' must be a mapping, found '3'; write its keys (name,"
          + " email) on the lines below 'contact:', indented, each as 'key: value'"
      ])
  }

  @Test("economy names and aliases get the exact code; a suggestion never names another economy")
  func economies() throws {
    let found = try Self.errors(
      Self.header + "indicators:\n  tst.per_economy:\n    by_economy:\n      Viet Nam: yes\n"
        + "      Korea: yes\n      hong kong: no\n      US: yes\n      AUT: no\n      VNN: no\n")
    #expect(
      found == [
        "\(Self.file):8:7: error: unknown economy code 'Viet Nam'; write its code 'VNM' (Viet Nam)",
        "\(Self.file):9:7: error: unknown economy code 'Korea'; write its code 'KOR' (Korea)",
        "\(Self.file):10:7: error: unknown economy code 'hong kong'; write its code 'HKG' (Hong"
          + " Kong, China)",
        "\(Self.file):11:7: error: unknown economy code 'US'; write its code 'USA' (United States)",
        "\(Self.file):12:7: error: unknown economy code 'AUT'" + fixtureCodeListing,
        "\(Self.file):13:7: error: unknown economy code 'VNN' (did you mean 'VNM' for Viet Nam?)",
      ])
  }

  @Test("enumerations and yes/no are read in any case")
  func anyCase() throws {
    let found = try Self.errors(
      "forum: TST\nperiod: \"2026\"\nstatus: Draft\nindicators:\n  tst.flag: {value: Y}\n"
        + "activities:\n  - id: TST-2026-01\n    title: T\n    component: customs\n"
        + "    status: Completed\n    capacity_building: YES\n")
    #expect(found == [])
  }

  @Test("unknown component, pillar and partner list the valid ones; a partner's name gives its id")
  func unknownReferences() throws {
    let found = try Self.diagnostics(
      Self.activity(
        "    title: T\n    component: cash\n    pillars: [speed]\n    status: planned\n"
          + "    partners: [World Customs Organization, XYZ]\n"))
    #expect(
      found.filter { $0.code != "submission.missing_indicator" }.map(\.description) == [
        "\(Self.file):8:16: error: unknown component 'cash' in activity 'TST-2026-01'; components:"
          + " customs, goods_transport_security, sector_vulnerabilities, border_management,"
          + " passenger_transport_security, travel_destination_security, financial_regulation,"
          + " cash_smuggling, cyber_security, energy",
        "\(Self.file):9:15: error: unknown pillar 'speed' in activity 'TST-2026-01'; pillars:"
          + " security, efficiency, resilience",
        "\(Self.file):11:16: warning: partner 'World Customs Organization' in activity"
          + " 'TST-2026-01' is not in config/strategy.yaml; write its id 'WCO' (World Customs"
          + " Organization)",
        "\(Self.file):11:44: warning: partner 'XYZ' in activity 'TST-2026-01' is not in"
          + " config/strategy.yaml; partner ids: FATF, APG, WCO, ICAO, IMO, UNODC, UNCTED, OAS_CICTE,"
          + " OECD, INTERPOL",
      ])
  }

  @Test("an unknown code in a list is reported at the code, not at the activity")
  func listItemLocation() throws {
    try Self.expectErrors(
      Self.activity(
        "    title: T\n    component: customs\n    status: planned\n"
          + "    economies: [AUS, BRN, CAN, CHL, CHN, NO]\n"
          + "    beneficiaries:\n      - PNG\n      - XX\n"),
      [
        "\(Self.file):10:42: error: unknown economy code 'NO' in 'economies' of activity"
          + " 'TST-2026-01'" + fixtureCodeListing,
        "\(Self.file):13:9: error: unknown economy code 'XX' in 'beneficiaries' of activity"
          + " 'TST-2026-01'" + fixtureCodeListing,
      ])
  }

  @Test("header warnings point at the key they are about")
  func headerWarnings() throws {
    let found = try Self.diagnostics(
      "# a comment\nforum: TST\nperiod: \"2026\"\nstatus: submitted\nindicators:\n"
        + "  tst.count: {value: 1}\n")
    let lines = found.map(\.description)
    #expect(
      lines.contains(
        "\(Self.file):4:9: warning: status is 'submitted' but 'submitted_on' is missing; add"
          + " 'submitted_on: YYYY-MM-DD', the date you send it"))
    #expect(
      lines.contains(
        "\(Self.file):5:1: warning: no value for 'tst.usd' (usd); it will show as 'no data'"))
  }

  @Test("'!!str 130' is text, so a number field says so; an unknown tag is refused where it is")
  func tags() throws {
    try Self.expectErrors(
      Self.header + "indicators:\n  tst.count: {value: !!str 130}\n  tst.usd: {value: !custom 5}\n",
      [
        "\(Self.file):6:22: error: 'indicators.tst.count.value' must be a number, found '130' in"
          + " quotes, which makes it text; remove the quotes",
        "\(Self.file):7:20: error: the tag '!custom' is not understood here; remove it (write"
          + " text in quotes, numbers, dates and yes/no without them)",
      ])
  }

  @Test("errors in files with bare CR or CRLF line ends are on their real lines")
  func lineEnds() throws {
    for end in ["\r", "\r\n", "\n"] {
      let yaml = ["forum: TST", "period: \"2026\"", "status: draft", "contact: {name: \"Ren", ""]
        .joined(separator: end)
      let found = try Self.errors(yaml)
      #expect(
        found == ["\(Self.file):5:1: error: invalid YAML: found unexpected end of stream"],
        "\(end.debugDescription)")
    }
  }

  @Test("the tab label only when a tab is the indentation")
  func tabs() throws {
    try Self.expectErrors(
      Self.header + "indicators:\n\ttst.count: {value: 1}\n",
      [
        "\(Self.file):6:1: error: tab character used for indentation; YAML allows only spaces"
      ])
    try Self.expectErrors(
      Self.header + "contact: {name: Ren}\t}\n",
      [
        "\(Self.file):5:22: error: invalid YAML: did not find expected key"
      ])
  }
}

@Suite("Source lines shown under a finding")
struct SourceSnippetTests {
  @Test("control characters in the shown line are escaped, and the caret still points right")
  func escapes() {
    let line = "title: \u{1B}[2J\u{1B}]0;owned\u{07} x: 1\n"
    let shown = SourceSnippet.lines(
      for: SourceLocation(file: "f.yaml", line: 1, column: 21), in: Array(line.utf8))
    #expect(
      shown == [
        "  title: \\u{1B}[2J\\u{1B}]0;owned\\u{7} x: 1",
        "                                ^",
      ])
    #expect(!shown.joined().unicodeScalars.contains { $0.value < 0x20 })
  }
}
