// ReportRender
