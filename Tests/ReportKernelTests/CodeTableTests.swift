import Testing

@testable import ReportKernel

/// The code tables hashed from bytes (``CodeTable``, ``EconomyCodeSet``, ``LocationSet``) answer
/// as the `Dictionary` and `Set` they replace, on codes that are not ASCII, repeated, empty, or
/// equal as text with different bytes.
@Suite("Code tables answer as a Dictionary and a Set")
struct CodeTableTests {
  /// Codes a table may hold: ASCII codes, near misses, the empty code, a repeat, non-ASCII
  /// codes, and pairs equal as `String`s with different bytes (`K` and the Kelvin sign, `é`
  /// composed and decomposed).
  static let tricky = [
    "AUS", "CHN", "", "aus", "AUS ", "VNM", "CHN", "K", "\u{212A}", "é", "e\u{301}", "HKG",
    "Hong Kong, China", "ÅLA", "A\u{30A}LA", "🇦🇺", "a much longer code than fits inline", "AU",
  ]

  /// Every sublist of `tricky` worth trying: all ASCII, all of it, each start, each end.
  static var lists: [[String]] {
    let ascii = tricky.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    var lists = [[], ascii, tricky, Array(tricky.reversed()), ascii + ascii]
    for cut in 1..<tricky.count {
      lists.append(Array(tricky[..<cut]))
      lists.append(Array(tricky[cut...]))
    }
    // Many codes, so the table grows past its first size and its probes wrap around.
    lists.append((0..<5_000).map { "C\($0)" } + ["K"])
    return lists
  }

  /// What a `Dictionary` of first positions says.
  static func firstPositions(_ codes: [String]) -> [String: Int] {
    Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  @Test("a code is found at its first position, as a Dictionary finds it")
  func positions() {
    let queries = Self.tricky + ["C0", "C4999", "C5000", "KK", "k", "\u{212A}\u{212A}"]
    for codes in Self.lists {
      let table = CodeTable(codes)
      let expected = Self.firstPositions(codes)
      #expect(table.distinct == expected.count)
      for query in queries {
        #expect(table.position(of: query, in: codes) == expected[query], "\(query) in \(codes)")
      }
    }
  }

  @Test("a set of codes holds, subtracts and intersects as a Set")
  func sets() {
    let lists = Self.lists
    for first in lists {
      let set = EconomyCodeSet(first)
      let reference = Set(first)
      #expect(set.count == reference.count)
      #expect(set.codes.allSatisfy(reference.contains))
      for query in Self.tricky { #expect(set.contains(query) == reference.contains(query)) }
      for second in lists.prefix(12) {
        let other = EconomyCodeSet(second)
        let otherReference = Set(second)
        #expect(set.isSame(as: other) == (reference == otherReference), "\(first) \(second)")
        #expect(set.subtracting(other).sorted() == reference.subtracting(otherReference).sorted())
        #expect(
          set.intersection(other).codes.sorted()
            == reference.intersection(otherReference).sorted())
      }
    }
  }

  @Test("a set keeps each code's first spelling, in the order first given")
  func firstSpelling() {
    let set = EconomyCodeSet(["K", "VNM", "\u{212A}", "AUS", "VNM"])
    #expect(set.codes == ["K", "VNM", "AUS"])
    let decomposedFirst = EconomyCodeSet(["e\u{301}", "é"])
    #expect(decomposedFirst.codes.map { Array($0.unicodeScalars) } == [["e", "\u{301}"]])
  }

  @Test("an economy list finds members, names and ranks as its dictionaries did")
  func economyList() {
    let economies = EconomyList([
      Economy(code: "AUS", name: "Australia", joined: 1989),
      Economy(code: "K", name: "Kay", joined: nil),
      Economy(code: "AUS", name: "Australia again", joined: nil),
      Economy(code: "é", name: "E acute", joined: nil),
    ])
    #expect(economies.isMember("AUS") && economies.isMember("\u{212A}"))
    #expect(economies.name("AUS") == "Australia")
    #expect(economies.name("\u{212A}") == "Kay")
    #expect(economies.name("e\u{301}") == "E acute")
    #expect(economies.name("NZL") == "NZL")
    #expect(!economies.isMember("aus"))
    #expect(economies.ordered(["NZL", "é", "AUS", "ABC", "K"]) == ["AUS", "K", "é", "ABC", "NZL"])
  }

  @Test("an economy's partners are the members a Set of its list holds, in the order written")
  func partners() {
    let economies = EconomyList(
      ["AUS", "CHN", "K", "é", "VNM"].map { Economy(code: $0, name: "Economy \($0)") }
        + (0..<40).map { Economy(code: "C\($0)", name: "Synthetic \($0)") })
    let lists = Self.lists + [(0..<40).map { "C\($0 % 25)" } + ["AUS", "VNM", "AUS"]]
    for partners in lists {
      for excluded in ["AUS", "K", "\u{212A}", "C3", ""] {
        let found = economies.members(among: partners, excluding: excluded)
        let reference = Set(partners).filter { $0 != excluded && economies.isMember($0) }
        #expect(found.count == reference.count, "\(partners) without \(excluded)")
        #expect(Set(found) == reference)
        // In the order first written.
        let firsts = partners.enumerated().filter { item in
          partners.firstIndex(of: item.element) == item.offset
        }.map(\.element)
        #expect(found == firsts.filter(reference.contains))
      }
    }
  }

  @Test("a yes/no table placed by rank gives each economy what value(for:) finds")
  func flagsByRank() {
    let yes = IndicatorDefinition(
      id: "x.yes", title: "Yes", unit: .economies, breakdown: .byEconomy, component: "c",
      pillars: ["security"], summary: "Yes.")
    let other = IndicatorDefinition(
      id: "x.other", title: "Other", unit: .economies, breakdown: .byEconomy, component: "c",
      pillars: ["security"], summary: "Other.")
    let economies = EconomyList(
      ["AUS", "K", "é", "AUS", "VNM"].map { Economy(code: $0, name: "Economy \($0)") })
    var report = IndicatorReport(id: yes.id, location: ReportKernel.SourceLocation(file: "f"))
    let written: [(String, Datum.Value)] = [
      ("VNM", .flag(true)), ("\u{212A}", .flag(false)), ("e\u{301}", .flag(true)),
      ("AUS", .number(3)), ("AUS", .flag(true)), ("NZL", .flag(true)), ("K", .flag(true)),
    ]
    report.byEconomy = written.enumerated().map { index, item in
      (item.0, Datum(item.1, at: ReportKernel.SourceLocation(file: "f", line: index + 1)))
    }
    var submission = Submission(forum: "X", period: "2026", file: "f")
    submission.indicators = [report]
    let flags = EconomyFlags([yes, other], in: submission, economies: economies)
    #expect(flags.rows.map(\.code) == economies.codes)
    for row in flags.rows {
      #expect(row.data[0] == report.value(for: row.code), "\(row.code)")
      #expect(row.data[1] == nil)
      #expect(row.name == economies.name(row.code))
    }
    #expect(flags.locations == flags.rows.flatMap(\.locations))
    #expect(flags.locations.map(\.line) == [4, 2, 3, 4, 1])
    // A report's set of codes is made again once its values change.
    #expect(report.economyCodes.codes == ["VNM", "\u{212A}", "e\u{301}", "AUS", "NZL"])
    var changed = report
    changed.byEconomy.removeFirst()
    #expect(changed.economyCodes.codes == ["\u{212A}", "e\u{301}", "AUS", "NZL"])
    #expect(report.economyCodes.count == 5)
  }

  @Test("a set of places holds them as a Set does")
  func locations() {
    var places: [ReportKernel.SourceLocation] = []
    for file in ["a.yaml", "b.yaml"] {
      for line in [0, 1, 2, 65_536, Int(Int32.max)] {
        for column in [0, 1, 7, 65_537] {
          places.append(ReportKernel.SourceLocation(file: file, line: line, column: column))
        }
      }
    }
    let half = places.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
    let set = LocationSet(half + half.prefix(5))
    let reference = Set(half)
    #expect(LocationSet([]).isEmpty && !set.isEmpty)
    for place in places + [ReportKernel.SourceLocation(file: "c.yaml", line: 1, column: 1)] {
      #expect(set.contains(place) == reference.contains(place), "\(place)")
    }
  }
}
