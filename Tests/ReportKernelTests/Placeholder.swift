// ReportKernelTests
