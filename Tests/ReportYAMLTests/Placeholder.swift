// ReportYAMLTests
