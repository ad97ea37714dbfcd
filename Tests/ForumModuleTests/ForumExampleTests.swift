import Foundation
import ReportForums
import ReportKernel
import ReportTestSupport
import Testing

/// Every registered forum module's example submissions, run through the kernel and the module:
/// valid examples give no errors; each invalid example gives exactly the errors marked `↓` in
/// its YAML, at the marked line and column, with the expected message.
@Suite("Forum module examples")
struct ForumExampleTests {
  static let forums = ForumRegistry.ids

  @Test("each forum ships a valid example", arguments: forums)
  func validExampleExists(forum: String) throws {
    let module = try #require(ForumRegistry.all.first { $0.descriptor.id == forum })
    #expect(module.examples.contains { $0.isValid }, "\(forum) has no valid example")
  }

  @Test("examples give exactly their marked diagnostics", arguments: forums)
  func examples(forum: String) throws {
    let module = try #require(ForumRegistry.all.first { $0.descriptor.id == forum })
    let workspace = try ScratchWorkspace()
    defer { workspace.remove() }
    try workspace.enableForums(nil)
    for example in module.examples {
      let marked = MarkedYAML(example.yaml)
      let path = "reports/\(example.period)/submissions/\(forum).yaml"
      try workspace.write(path, marked.text)
      let loaded = WorkspaceLoader(root: workspace.root.path, registry: ForumRegistry.all).load()
      let space = try #require(loaded.value, "workspace: \(loaded.diagnostics)")
      let period = try #require(space.config.period(example.period))
      let analysis = Analyzer(workspace: space).analyze(period)
      let errors = (analysis.forum(forum)?.diagnostics ?? []).filter { $0.severity == .error }
        .sortedForDisplay()
      let place = Comment(
        rawValue: "\(forum) example '\(example.name)' (\(example.file):\(example.line))")
      #expect(
        errors.count == example.expectedErrors.count,
        "\(place.rawValue): expected \(example.expectedErrors.count) errors, got \(errors.map(\.description))"
      )
      for (index, (error, expected)) in zip(errors, example.expectedErrors).enumerated() {
        #expect(error.message.contains(expected), "\(place.rawValue): \(error) lacks '\(expected)'")
        if index < marked.marks.count {
          let mark = marked.marks[index]
          #expect(
            error.location?.line == mark.line && error.location?.column == mark.column,
            "\(place.rawValue): \(error) is not at the marker \(mark.line):\(mark.column)")
        }
      }
    }
  }
}

/// YAML with `↓` markers removed, and the 1-based line and column each marker stood before.
struct MarkedYAML {
  let text: String
  let marks: [(line: Int, column: Int)]

  init(_ source: String) {
    var text = ""
    var marks: [(Int, Int)] = []
    var line = 1
    var column = 1
    for scalar in source.unicodeScalars {
      if scalar == "↓" {
        marks.append((line, column))
        continue
      }
      text.unicodeScalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = text
    self.marks = marks
  }
}
