// ReportTestSupport
