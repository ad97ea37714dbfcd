import ArgumentParser

/// `ctst-bench`: tools for measuring ctst.
struct CTSTBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ctst-bench",
    abstract: "Benchmark harness for ctst: generates synthetic workspaces of a chosen size.",
    discussion: """
      `make bench` builds ctst and ctst-bench in release mode, generates workspaces of
      100,000 and 1,000,000 indicator values and times `ctst consolidate` on them against a
      plain C program and a Python script (Tests/bench/).
      """,
    subcommands: [Generate.self, Phases.self]
  )
}
