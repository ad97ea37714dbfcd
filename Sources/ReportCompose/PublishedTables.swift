import ReportKernel

extension ReportTable {
  /// This table without the columns titled `titles`, in the same order otherwise: how the
  /// report shows a table whose provenance columns (files, lines, finding counts) belong to
  /// the review pack.
  func dropping(_ titles: Set<String>) -> ReportTable {
    let indices = columns.indices.filter { !titles.contains(columns[$0].title) }
    return ReportTable(
      id: id, title: title, columns: indices.map { columns[$0] },
      rows: rows.mapRows { row in indices.map { row[$0] } }, notes: notes)
  }
}
