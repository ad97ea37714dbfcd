// ReportXLSXTests
