// ReportForums
