"""The consolidated workbook, read back with openpyxl (an independent XLSX reader) and
compared with the report JSON written by the same run."""

from __future__ import annotations

import datetime as dt

import report_files as rf

FORMATS = "xlsx,json"


def _outputs(ctx):
    """(workbook, report JSON) of one ``consolidate --format xlsx,json`` run."""
    folder = ctx.consolidated(FORMATS)
    openpyxl = rf.openpyxl()
    workbook = openpyxl.load_workbook(rf.output(folder, "xlsx"))
    return workbook, rf.load_json(folder)


def _header(ws) -> list:
    return [c.value for c in ws[1]]


def check_sheet_list(ctx):
    workbook, report = _outputs(ctx)
    names = workbook.sheetnames
    forums = [sheet["forum"] for sheet in rf.table(report, "forums")]
    assert names[0] == "Summary", f"first sheet is {names[0]!r}, not Summary"
    assert names[-len(rf.FIXED_TAIL):] == rf.FIXED_TAIL, f"sheets end {names[-8:]}"
    middle = names[1:-len(rf.FIXED_TAIL)]
    assert len(middle) == len(forums), f"forum sheets {middle} for fora {forums}"
    for forum, name in zip(forums, middle):
        assert forum in name, f"sheet {name!r} does not name forum {forum}"


def check_data_values_are_numbers(ctx):
    workbook, report = _outputs(ctx)
    ws = workbook["Data"]
    header = [str(v).lower() if v is not None else "" for v in _header(ws)]
    assert "value" in header, f"Data has no Value column: {header}"
    col = header.index("value")
    data = rf.table(report, "data")
    rows = data["rows"]
    numbers = 0
    for index, row in enumerate(rows, start=2):
        value = ws.cell(row=index, column=col + 1).value
        kind, _ = rf.cell(row[col])
        assert not rf.looks_numeric(value), f"Data!row {index}: value {value!r} is text"
        if kind == "empty":
            assert value is None, f"Data!row {index}: expected empty, got {value!r}"
        else:
            assert rf.is_number(value), f"Data!row {index}: {value!r} is not a number"
            numbers += 1
    assert numbers > 0, "the Data sheet has no numeric values"


def check_indicators_match_json(ctx):
    workbook, report = _outputs(ctx)
    ws = workbook["Indicators"]
    indicators = rf.table(report, "indicators")
    titles = rf.column_titles(indicators)
    assert _header(ws)[: len(titles)] == titles, f"header {_header(ws)} != {titles}"
    id_col = titles.index("Indicator id") if "Indicator id" in titles else 1
    actual_col = next(i for i, t in enumerate(titles) if t.lower().startswith("actual"))
    rows = indicators["rows"]
    assert rows, "the JSON has no indicators"
    for number, row in enumerate(rows, start=2):
        cells = [ws.cell(row=number, column=c + 1).value for c in range(len(titles))]
        for col in [id_col, actual_col] + list(range(len(row))):
            expected = rf.expected_cell(*rf.cell(row[col]))
            assert rf.same(expected, cells[col]), (
                f"Indicators row {number} column {titles[col]!r}: workbook {cells[col]!r}, "
                f"JSON {expected[1]!r} ({expected[0]})")
    after = [ws.cell(row=len(rows) + 2, column=c + 1).value for c in range(len(titles))]
    assert all(v is None for v in after), f"Indicators has more rows than the JSON: {after}"


def check_indicator_types(ctx):
    workbook, report = _outputs(ctx)
    ws = workbook["Indicators"]
    indicators = rf.table(report, "indicators")
    kinds = rf.column_kinds(indicators)
    numeric = {"integer", "year", "number", "percent", "usd", "points"}
    seen_number = seen_date = False
    for number, row in enumerate(indicators["rows"], start=2):
        for col, kind in enumerate(kinds):
            value = ws.cell(row=number, column=col + 1).value
            cell_kind, _ = rf.cell(row[col])
            if kind in numeric:
                assert not rf.looks_numeric(value), f"row {number} {kind} column: text {value!r}"
            if cell_kind in numeric:
                assert rf.is_number(value), f"row {number} col {col + 1}: {value!r} not a number"
                seen_number = True
            if cell_kind == "date":
                assert isinstance(value, dt.datetime), f"row {number}: {value!r} is not a date"
                seen_date = True
    assert seen_number, "no numeric indicator cells"
    assert seen_date or not any(
        rf.cell(c)[0] == "date" for r in indicators["rows"] for c in r), "dates missing"


def check_frozen_panes_and_autofilters(ctx):
    workbook, _ = _outputs(ctx)
    for name in rf.SINGLE_TABLE_SHEETS:
        ws = workbook[name]
        assert ws.freeze_panes == "A2", f"{name}: freeze panes {ws.freeze_panes!r}, not A2"
        ref = ws.auto_filter.ref
        assert ref and ref.startswith("A1:"), f"{name}: autofilter {ref!r}"


def check_status_conditional_formats(ctx):
    workbook, _ = _outputs(ctx)
    rules = workbook["Indicators"].conditional_formatting
    texts = " ".join(
        formula for cf in rules for rule in cf.rules for formula in (rule.formula or []))
    for label in ("On track", "At risk", "Off track", "Not assessed", "No data"):
        assert label in texts, f"no conditional format for {label!r} on Indicators"


def check_summary_chart(ctx):
    workbook, _ = _outputs(ctx)
    charts = workbook["Summary"]._charts
    assert charts, "the Summary sheet has no chart"
    assert charts[0].grouping == "stacked", f"chart grouping {charts[0].grouping!r}"


def check_no_formulas(ctx):
    workbook, _ = _outputs(ctx)
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula: {c.value!r}"


def check_properties(ctx):
    workbook, report = _outputs(ctx)
    end = dt.date.fromisoformat(rf.key(rf.key(report, "period"), "end"))
    created = workbook.properties.created
    assert created is not None and created.date() == end and created.time() == dt.time(0), (
        f"created {created!r}, expected {end} 00:00")
    assert workbook.properties.title == rf.key(report, "title"), "title property differs"
