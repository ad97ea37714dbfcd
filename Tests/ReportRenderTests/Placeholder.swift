// ReportRenderTests
