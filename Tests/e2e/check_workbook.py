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
    labels = [sheet["label"] for sheet in rf.table(report, "forums")]
    assert len(middle) == len(forums), f"forum sheets {middle} for fora {forums}"
    # Tabs name the fora as the report does: CTTF is shown as its display acronym, CTWG.
    assert middle == labels, f"forum sheets {middle}, display acronyms {labels}"
    assert "CTWG" in middle and "CTTF" not in middle, middle


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


def _merged_width(ws, cell) -> float:
    """The width in characters of ``cell`` with the cells merged with it (stored widths are
    characters plus 5 pixels of padding, 7 pixels a character)."""
    from openpyxl.utils import get_column_letter
    first = last = cell.column
    for merged in ws.merged_cells.ranges:
        if merged.min_row <= cell.row <= merged.max_row and merged.min_col == cell.column:
            last = merged.max_col
    pixels = sum((ws.column_dimensions[get_column_letter(c)].width or 8.43) * 7
                 for c in range(first, last + 1))
    return (pixels - 5) / 7


def check_print_setup(ctx):
    """A4 landscape everywhere, a row repeated on every page; single-table sheets fitted to
    the page width at 70% or more, or printed in bands at 70-85% with the columns naming a row
    repeated and each band fitting its page."""
    workbook, _ = _outputs(ctx)
    page_pixels = (11.69 - 1.0) * 96
    banded = []
    for ws in workbook.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", f"{ws.title}: {setup.orientation}"
        assert str(setup.paperSize) == "9", f"{ws.title}: paper {setup.paperSize}, not A4"
        assert ws.print_title_rows in ("1:1", "$1:$1"), (
            f"{ws.title}: print titles {ws.print_title_rows!r}")
        breaks = [b.id for b in ws.col_breaks.brk]
        if not breaks:
            assert ws.sheet_properties.pageSetUpPr.fitToPage, f"{ws.title} is not fitted"
            assert setup.fitToHeight == 0 and setup.fitToWidth in (None, 1), ws.title
            continue
        banded.append(ws.title)
        scale = int(setup.scale)
        assert 70 <= scale <= 85, f"{ws.title}: scale {scale}"
        assert ws.print_title_cols, f"{ws.title}: bands without repeated key columns"
        from openpyxl.utils import column_index_from_string, get_column_letter
        keys = column_index_from_string(ws.print_title_cols.split(":")[1].strip("$"))
        width = [(ws.column_dimensions[get_column_letter(c)].width or 8.43) * 7
                 for c in range(1, ws.max_column + 1)]
        starts = [0] + breaks
        for start, end in zip(starts, breaks + [ws.max_column]):
            key = sum(width[:keys]) if start else 0
            band = key + sum(width[start:end])
            assert band <= page_pixels * 100 / scale, (
                f"{ws.title}: columns {start + 1}-{end} take {band:.0f} px, the page "
                f"{page_pixels * 100 / scale:.0f} at {scale}%")
    # The 16-column and wider sheets print legibly in bands, not shrunk to one page.
    for name in ("Indicators", "Activities"):
        assert name in banded, f"{name} is fitted to one page: {banded}"


def check_stacked_tables_keep_their_widths(ctx):
    """On a forum's sheet each stacked table has its own column widths: the activities' short
    Status column is not as wide as the indicators' titles above it."""
    workbook, _ = _outputs(ctx)
    ws = workbook["CTWG"]
    headers = {}
    for row in ws.iter_rows():
        first = row[0]
        if first.value in ("Indicator", "Activity") and first.value not in headers:
            headers[first.value] = row
    assert {"Indicator", "Activity"} <= set(headers), f"headers found: {list(headers)}"
    indicator = _merged_width(ws, headers["Indicator"][0])
    status = next((c for c in headers["Activity"] if c.value == "Status"), None)
    assert status is not None, "CTWG: the activities table has no Status column"
    status_width = _merged_width(ws, status)
    assert status_width < 20 < indicator, (
        f"CTWG: Status column {status_width:.1f} characters, Indicator {indicator:.1f}")


CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf"
EM = 11 * 96 / 72  # pixels of an em at 11 pt and 96 dpi


def _font_widths(face):
    """Pixels per character of Carlito's `face` ("Regular", "Bold") at 11 pt and 96 dpi, read
    from the font file with fontTools (Carlito is made to Calibri's metrics), or None where
    the font or fontTools is missing."""
    try:
        from fontTools.ttLib import TTFont
        font = TTFont(CARLITO.format(face))
    except (ImportError, OSError):
        return None
    scale = EM / font["head"].unitsPerEm
    advances = font["hmtx"].metrics
    return {code: advances[glyph][0] * scale for code, glyph in font.getBestCmap().items()}


def _wrapped_lines(text, room, widths):
    """The lines `text` takes in `room` pixels as a spreadsheet wraps it: at line breaks and
    spaces, a word that does not fit moved to the next line, a word wider than a line broken
    between characters. A character the font lacks counts as an em."""
    space = widths[ord(" ")]
    lines = 0
    for line in text.splitlines() or [""]:
        count, placed = 1, 0.0
        for word in line.split():
            part = 0.0
            for c in word:
                w = widths.get(ord(c), EM)
                if (placed + space if placed else 0) + part + w > room:
                    if placed:
                        count, placed = count + 1, 0.0
                    if part and part + w > room:
                        count, part = count + 1, 0.0
                part += w
            placed = (placed + space if placed else 0) + part
        lines += count
    return lines


def check_wrapped_text_fits_its_row(ctx):
    """No wrapped text spills into the next row: every row is at least as tall as its
    wrapped text needs, measured with Calibri's metrics (Carlito's font files; headers in
    bold) in the column's width less 2 units (14 pixels) for the indent and margins. The
    Summary sheet's "Subcommittee on Customs Procedures" and "Submitted on" wrapped in
    LibreOffice in one-line rows when widths were counted in characters."""
    regular, bold = _font_widths("Regular"), _font_widths("Bold")
    if regular is None or bold is None:
        print("  (not run: Carlito's font files or fontTools are missing: run `make deps`)")
        return
    workbook, _ = _outputs(ctx)
    checked = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                    continue
                room = max((_merged_width(ws, cell) - 2) * 7, 1)
                lines = _wrapped_lines(cell.value, room, bold if cell.font.b else regular)
                lines = min(lines, 27)  # Excel's tallest row, 409 points
                height = ws.row_dimensions[cell.row].height or 15
                assert height >= 15 * lines - 0.01, (
                    f"{ws.title}!{cell.coordinate}: {lines} lines need {15 * lines} pt, "
                    f"the row is {height} pt: {cell.value[:60]!r}")
                checked += 1
    assert checked > 100, f"only {checked} wrapped cells checked"
