/// A forum's report module: what one sub-forum contributes to the strategy's progress report.
///
/// A module is declarative where it can be: its ``descriptor`` names the forum, the components
/// it contributes to and its indicator catalogue. Behaviour that is the forum's own lives in
/// three functions, each given the forum's submission and its context:
/// - ``check(_:)`` finds the domain's impossible inputs (an MRA pairing an economy with itself);
/// - ``derive(_:)`` computes the figures that are derived from raw data (share of economies with
///   a current action plan), with the places they came from;
/// - ``sections(_:results:)`` contributes report content to the forum's components.
///
/// Modules depend on `ReportKernel` only, never on each other, the C libraries or a renderer.
/// What several modules need (number formatting, the yes/no cell, result lookup, the one
/// "activity falls in the period" rule, per-economy flag tables) is kernel API in `Forum/Kit`.
/// They are listed in one explicit registry; adding a forum is a new folder under `Plugins/`
/// and one registry line.
public protocol ForumModule: Sendable {
  /// The forum's id, name, components and indicator catalogue.
  var descriptor: ForumDescriptor { get }

  /// The forum's own checks of a submission; the kernel has already checked the schema, ids,
  /// economy codes and units.
  func check(_ input: ForumInput) -> [Diagnostic]

  /// The values of the catalogue's derived indicators (``IndicatorDefinition/isDerived``).
  func derive(_ input: ForumInput) -> [DerivedValue]

  /// Report content the forum contributes, per component, beyond the kernel's standard
  /// narrative, indicator table and activities.
  func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection]

  /// Example submissions the test suite runs: valid ones must pass, invalid ones must give
  /// exactly the marked diagnostics.
  var examples: [ForumExample] { get }
}

// MARK: - Default implementations

extension ForumModule {
  /// No checks of its own.
  public func check(_ input: ForumInput) -> [Diagnostic] { [] }
  /// No derived indicators.
  public func derive(_ input: ForumInput) -> [DerivedValue] { [] }
  /// No extra sections.
  public func sections(_ input: ForumInput, results: [IndicatorResult]) -> [ContributedSection] {
    []
  }
  /// No examples.
  public var examples: [ForumExample] { [] }
}

/// Who a forum is and what it reports.
public struct ForumDescriptor: Sendable, Hashable {
  /// The forum id, upper case, as in file names (`SCCP`).
  public let id: String
  /// The full name ("Subcommittee on Customs Procedures").
  public let name: String
  /// One sentence on the forum's counter-terrorism and secure-trade work.
  public let summary: String
  /// The strategy component ids it contributes to.
  public let components: [String]
  /// Its indicator catalogue; ids are `<forum id in lower case>.<snake_case>`.
  public let indicators: [IndicatorDefinition]
  /// Activity tags the forum gives meaning to (`air`, `sea`, `land`); others are warned about.
  public let activityTags: [String]

  /// Creates a descriptor.
  public init(
    id: String, name: String, summary: String, components: [String],
    indicators: [IndicatorDefinition], activityTags: [String] = []
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.components = components
    self.indicators = indicators
    self.activityTags = activityTags
  }

  /// The definition of indicator `id`.
  public func indicator(_ id: String) -> IndicatorDefinition? {
    indicators.first { $0.id == id }
  }
}

/// What a module sees: the forum's submission for the period, the previous period's (if any),
/// and the shared reference data.
public struct ForumInput: Sendable {
  /// This period's submission.
  public let submission: Submission
  /// The previous period's submission, if there was one.
  public let previous: Submission?
  /// The period reported on.
  public let period: Period
  /// The period before it, if the calendar has one.
  public let previousPeriod: Period?
  /// The member economies.
  public let economies: EconomyList
  /// The strategy framework.
  public let strategy: Strategy
  /// True when only the derived figures are wanted (value, lower bound, provenance): a
  /// like-for-like comparison recomputes them over the economies behind them in both periods
  /// and shows none of their ``DerivedValue/details``, so a module may leave those out.
  public var figuresOnly = false

  /// Creates an input.
  public init(
    submission: Submission, previous: Submission?, period: Period, previousPeriod: Period?,
    economies: EconomyList, strategy: Strategy
  ) {
    self.submission = submission
    self.previous = previous
    self.period = period
    self.previousPeriod = previousPeriod
    self.economies = economies
    self.strategy = strategy
  }
}

/// A value a module derived, with the submitted values it came from.
public struct DerivedValue: Sendable, Hashable {
  /// The derived indicator's id.
  public let indicator: String
  /// The figure: a number, or a ratio for percentage indicators.
  public let value: Datum.Value
  /// True when the figure is a lower bound because an input was.
  public let isLowerBound: Bool
  /// The places of the values it was computed from.
  public let provenance: [SourceLocation]
  /// How it was computed, in one sentence ("12 of 21 economies updated their CTAP …").
  public let explanation: String
  /// Items a reader needs to act on (the economies whose plans are overdue).
  public let details: [String]

  /// Creates a derived value.
  public init(
    indicator: String, value: Datum.Value, isLowerBound: Bool = false,
    provenance: [SourceLocation], explanation: String, details: [String] = []
  ) {
    self.indicator = indicator
    self.value = value
    self.isLowerBound = isLowerBound
    self.provenance = provenance
    self.explanation = explanation
    self.details = details
  }
}

/// Report content a module contributes to one of its components.
public struct ContributedSection: Sendable, Hashable, Codable {
  /// The component id.
  public let component: String
  /// The section's title.
  public let title: String
  /// Its content for publication: figures, counts and sentences without economy names.
  public let blocks: [ReportBlock]
  /// Lists and tables that name economies one by one (overdue plans, missing systems). They go
  /// to the review pack; the report shows them only when `report.name_economies` is set.
  public let perEconomy: [ReportBlock]

  /// Creates a section.
  public init(
    component: String, title: String, blocks: [ReportBlock], perEconomy: [ReportBlock] = []
  ) {
    self.component = component
    self.title = title
    self.blocks = blocks
    self.perEconomy = perEconomy
  }
}

/// An example submission a module ships, run by the test suite.
///
/// In an invalid example, each expected diagnostic is marked in the YAML by `↓` placed
/// immediately before the character it must point at; the marker is removed before parsing.
public struct ForumExample: Sendable, Hashable {
  /// A short name ("MRA pairing an economy with itself").
  public let name: String
  /// The submission, YAML.
  public let yaml: String
  /// Substrings of the expected error messages, one per `↓` marker in order; empty for a valid
  /// example.
  public let expectedErrors: [String]
  /// The period the example reports on: 2025 or 2026, the periods of the tests' fixture
  /// workspace (`Tests/Fixtures/workspace`).
  public let period: String
  /// Where the example is written in the module's source.
  public let file: String
  /// The line of the example in the module's source.
  public let line: Int

  /// Creates an example.
  public init(
    _ name: String, period: String = "2026", yaml: String, expectedErrors: [String] = [],
    file: String = #filePath, line: Int = #line
  ) {
    self.name = name
    self.yaml = yaml
    self.expectedErrors = expectedErrors
    self.period = period
    self.file = file
    self.line = line
  }

  /// True for an example with no expected errors.
  public var isValid: Bool { expectedErrors.isEmpty }
}
