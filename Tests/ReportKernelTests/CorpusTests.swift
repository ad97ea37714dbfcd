import Foundation
import ReportKernel
import Testing

@Suite("Hostile and broken input: the corpus")
struct CorpusTests {
  @Test("the corpus has at least 40 cases, each with a title and an exit status")
  func corpusIsComplete() {
    #expect(CorpusCase.all.count >= 40, "\(CorpusCase.all.count) cases")
    for corpusCase in CorpusCase.all {
      #expect(!corpusCase.title.isEmpty, "\(corpusCase.name) has no '# case:' line")
      #expect([0, 64, 65, 66].contains(corpusCase.exit), "\(corpusCase.name): '# exit:'")
      #expect(
        corpusCase.exit == 0 || !corpusCase.errors.isEmpty,
        "\(corpusCase.name) fails but names no error")
    }
  }

  @Test(
    "each corpus file gets its exit status and exactly its located errors and notes",
    arguments: CorpusCase.all)
  func corpusCase(_ corpusCase: CorpusCase) throws {
    let outcome = try CorpusRunner.run(corpusCase)
    #expect(outcome.exit == corpusCase.exit, "\(corpusCase.name): \(outcome.errors)")
    // `error: unknown period …` lines come from the command line, not the kernel; the
    // end-to-end check compares them with the binary's output.
    let located = corpusCase.errors.filter { !$0.hasPrefix("error: ") }
    #expect(outcome.errors == located, "\(corpusCase.name)")
    #expect(outcome.notes == corpusCase.notes, "\(corpusCase.name)")
    for warning in corpusCase.warnings {
      #expect(outcome.warnings.contains(warning), "\(corpusCase.name): \(outcome.warnings)")
    }
    for line in outcome.errors {
      let place = line.dropFirst(corpusCase.path.count + 1).prefix { $0 != " " }
      let parts = place.split(separator: ":")
      #expect(
        parts.count == 2 && parts.allSatisfy { Int($0) != nil } || place == "",
        "\(corpusCase.name): '\(line)' has no line:column")
    }
  }
}
