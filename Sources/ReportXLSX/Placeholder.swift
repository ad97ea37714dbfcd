// ReportXLSX
