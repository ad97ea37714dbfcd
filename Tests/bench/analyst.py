#!/usr/bin/env python3
"""What an analyst would write instead of ctst: a Data sheet from the forum submissions, with
PyYAML's C loader and XlsxWriter (constant_memory).

    analyst.py OUT.xlsx reports/2025/submissions/BMG.yaml ...

One row per indicator value, the 13 columns of an earlier ctst Data sheet, without its cell
formats (ctst's has 14 columns now; Tests/bench/floor.c writes those): Period, Forum,
Indicator, Level, Economy, Unit, Value, Text, Lower bound, Source, As of, File, Line. The unit
is inferred from the value's shape (there is no catalogue here) and Line stays empty:
yaml.load keeps no line numbers.
"""

import datetime
import sys

import xlsxwriter
import yaml

HEADERS = [
    "Period", "Forum", "Indicator", "Level", "Economy", "Unit", "Value", "Text",
    "Lower bound", "Source", "As of", "File", "Line",
]


def economy_code(key):
    """PyYAML reads YAML 1.1, where the codes YES and OFF are booleans; turn them back."""
    if key is True:
        return "YES"
    if key is False:
        return "OFF"
    return str(key)


def classify(value):
    """(unit, number or None, text) of a submitted value."""
    if isinstance(value, bool):
        return "economies", 1 if value else 0, "yes" if value else "no"
    if isinstance(value, (int, float)):
        return "count", value, ""
    if isinstance(value, datetime.date):
        return "date", None, value.isoformat()
    if isinstance(value, list):
        return "economy_list", len(value), " ".join(economy_code(code) for code in value)
    if isinstance(value, dict):
        numerator, denominator = value.get("numerator", 0), value.get("denominator", 0)
        share = numerator / denominator if denominator else None
        return "percentage", share, f"{numerator:g}/{denominator:g}"
    return "qualitative", None, str(value)


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: analyst.py OUT.xlsx SUBMISSION.yaml...")
    workbook = xlsxwriter.Workbook(sys.argv[1], {"constant_memory": True})
    sheet = workbook.add_worksheet("Data")
    bold = workbook.add_format({"bold": True})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS, bold)
    sheet.freeze_panes(1, 0)
    row = 1
    for path in sys.argv[2:]:
        with open(path, "rb") as stream:
            document = yaml.load(stream, Loader=yaml.CSafeLoader)
        period, forum = str(document["period"]), str(document["forum"])
        for indicator, spec in (document.get("indicators") or {}).items():
            spec = spec or {}
            source = spec.get("source") or ""
            as_of = spec.get("as_of")
            lower_bound = "yes" if spec.get("lower_bound") else "no"
            values = []
            if "value" in spec:
                values.append(("overall", "", spec["value"]))
            elif "numerator" in spec:
                values.append(("overall", "", {
                    "numerator": spec["numerator"], "denominator": spec.get("denominator", 0)}))
            for code, value in (spec.get("by_economy") or {}).items():
                values.append(("economy", economy_code(code), value))
            for level, code, value in values:
                unit, number, text = classify(value)
                sheet.write_string(row, 0, period)
                sheet.write_string(row, 1, forum)
                sheet.write_string(row, 2, indicator)
                sheet.write_string(row, 3, level)
                if code:
                    sheet.write_string(row, 4, code)
                sheet.write_string(row, 5, unit)
                if number is not None:
                    sheet.write_number(row, 6, number)
                if text:
                    sheet.write_string(row, 7, text)
                sheet.write_string(row, 8, lower_bound)
                if source:
                    sheet.write_string(row, 9, source)
                if isinstance(as_of, datetime.date):
                    sheet.write_datetime(row, 10, as_of, date_format)
                sheet.write_string(row, 11, path)
                row += 1
    workbook.close()
    print(f"analyst: {row - 1} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
