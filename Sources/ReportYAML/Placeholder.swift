// ReportYAML
