import ReportKernel

extension ReportTable {
  /// This table without the columns titled `titles`, in the same order otherwise: how the
  /// report shows a table whose provenance columns (files, lines, finding counts) belong to
  /// the review pack.
  /// The table without those of the columns titled `titles` that hold nothing but zeros: a
  /// column of nothing says nothing ("No data: 0" for every forum).
  func droppingZeroColumns(_ titles: Set<String>) -> ReportTable {
    let empty = columns.indices.filter { index in
      titles.contains(columns[index].title)
        && rows.allSatisfy { index >= $0.count || $0[index] == .integer(0) }
    }
    return dropping(Set(empty.map { columns[$0].title }))
  }

  func dropping(_ titles: Set<String>) -> ReportTable {
    let indices = columns.indices.filter { !titles.contains(columns[$0].title) }
    return ReportTable(
      id: id, title: title, columns: indices.map { columns[$0] },
      rows: rows.mapRows { row in indices.map { row[$0] } }, notes: notes)
  }
}
