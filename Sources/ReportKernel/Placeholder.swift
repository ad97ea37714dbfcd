// ReportKernel
