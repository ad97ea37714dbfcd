import Foundation
import ReportKernel
import ReportTestSupport
import Testing

@Suite("The issue's TPTWG threshold case")
struct TPTWGThresholdTests {
  /// The fixture workspace with Viet Nam's port facilities 159 and approved plans 156: 963 of
  /// 1,000 = 96.3% against baseline 90% and target 97% is progress (96.3 − 90) / (97 − 90) =
  /// 0.9 exactly, and `status.on_track: 0.9` says "at or above: on track".
  @Test("963 of 1,000 port facilities is exactly 0.9 of the way: on track, through TPTWG")
  func portPlanShare() throws {
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    let path = "reports/2026/submissions/TPTWG.yaml"
    let text = try workspace.read(path)
    let edited = text.replacingOccurrences(of: "THA: 76, VNM: 90}", with: "THA: 76, VNM: 159}")
      .replacingOccurrences(of: "THA: 76, VNM: 86}", with: "THA: 76, VNM: 156}")
    #expect(edited != text, "the fixture no longer has Viet Nam's 90 facilities and 86 plans")
    try workspace.write(path, edited)
    let loaded = workspace.loaded()
    let space = try #require(loaded.value)
    let analysis = Analyzer(workspace: space).analyze(try #require(space.period("2026")))
    let share = try #require(
      analysis.forum("TPTWG")?.results.first { $0.definition.id == "tptwg.pfsp_share" })
    #expect(share.numerator == 963)
    #expect(share.denominator == 1000)
    #expect(share.actual == 0.963)
    #expect(share.baseline == 0.9)
    #expect(share.target == 0.97)
    #expect(share.progress == 0.9)
    #expect(share.status == .onTrack)
  }
}
