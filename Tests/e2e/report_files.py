"""Helpers for the end-to-end checks: finding ctst's outputs, reading the report JSON
(tolerant of its exact shape) and opening workbooks with openpyxl (imported lazily)."""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

STATUS_LABELS = {
    "on_track": "On track", "at_risk": "At risk", "off_track": "Off track",
    "not_assessed": "Not assessed", "no_data": "No data",
    "onTrack": "On track", "atRisk": "At risk", "offTrack": "Off track", "noData": "No data",
}
EXCEL_CELL_LIMIT = 32_767
SINGLE_TABLE_SHEETS = [
    "Indicators", "Activities", "Coverage", "Economies", "Agenda", "Data",
]
# The report's workbook; the review pack's has a Findings sheet before About.
FIXED_TAIL = SINGLE_TABLE_SHEETS + ["About"]


def openpyxl():
    """The openpyxl module, or an AssertionError saying how to install it."""
    try:
        import openpyxl as module  # noqa: PLC0415 - imported lazily on purpose
    except ImportError:
        raise AssertionError(
            "openpyxl is not installed: run `make deps-python` or "
            "`python3 -m pip install openpyxl`") from None
    return module


def output(folder: Path, extension: str) -> Path:
    """The consolidated report file with ``extension`` under ``folder`` (searched
    recursively; a name containing "consolidated" wins)."""
    found = sorted(p for p in folder.rglob(f"*.{extension}") if p.is_file())
    assert found, f"no .{extension} file under {folder}: {sorted(map(str, folder.rglob('*')))}"
    preferred = [p for p in found if "consolidated" in p.name]
    return (preferred or found)[0]


def load_json(folder: Path) -> dict:
    """The report JSON under ``folder``."""
    with output(folder, "json").open(encoding="utf-8") as handle:
        return json.load(handle)


def key(obj: dict, *names: str):
    """``obj[name]`` for the first of ``names`` present (snake_case or camelCase)."""
    for name in names:
        if name in obj:
            return obj[name]
    camel = [re.sub(r"_([a-z])", lambda m: m.group(1).upper(), n) for n in names]
    for name in camel:
        if name in obj:
            return obj[name]
    raise AssertionError(f"none of {names} in JSON object with keys {sorted(obj)[:12]}")


def table(report: dict, name: str) -> dict:
    """``sheets.<name>`` of the report JSON."""
    return key(key(report, "sheets"), name)


def column_titles(tab: dict) -> list[str]:
    """The column titles of a JSON table."""
    return [c["title"] if isinstance(c, dict) else str(c) for c in key(tab, "columns")]


def column_kinds(tab: dict) -> list[str]:
    """The column kinds of a JSON table (``text`` when absent)."""
    return [c.get("kind", "text") if isinstance(c, dict) else "text" for c in key(tab, "columns")]


def cell(value) -> tuple[str, object]:
    """A JSON cell as (type, value), from the tagged form ``{"type": "number", "value": 1}``
    or Swift's default enum form ``{"number": {"_0": 1, "lowerBound": false}}``."""
    if value is None:
        return "empty", None
    if isinstance(value, dict):
        if "type" in value:
            return str(value["type"]), value.get("value")
        if len(value) == 1:
            ((tag, payload),) = value.items()
            if isinstance(payload, dict):
                payload = payload.get("_0", payload.get("value"))
            return str(tag), payload
    raise AssertionError(f"unrecognised JSON cell: {value!r}")


def sanitized(text: str) -> str:
    """Text as the workbook stores it: XML-illegal control characters replaced by a space,
    U+FFFE/U+FFFF dropped, cut to Excel's 32,767 UTF-16 units."""
    out = []
    used = 0
    for ch in text:
        code = ord(ch)
        if code in (0xFFFE, 0xFFFF):
            continue
        if code < 0x20 and ch not in "\t\n\r":
            ch = " "
        width = 2 if code > 0xFFFF else 1
        if used + width > EXCEL_CELL_LIMIT:
            break
        used += width
        out.append(ch)
    return "".join(out)


def is_number(value) -> bool:
    """True for an int or float that is not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def looks_numeric(value) -> bool:
    """True for a string that reads as a number ("12", "-3.5", "1,200")."""
    return isinstance(value, str) and re.fullmatch(r"\s*[-+]?[\d,]*\.?\d+([eE][-+]?\d+)?\s*", value) is not None


def expected_cell(kind: str, value):
    """What the workbook should hold for a JSON cell: (python type name, value)."""
    if kind == "empty":
        return "empty", None
    if kind in ("integer", "year", "number", "percent", "usd", "points"):
        return "number", float(value)
    if kind == "date":
        return "date", _dt.date.fromisoformat(str(value))
    if kind == "status":
        return "text", STATUS_LABELS.get(str(value), str(value))
    return "text", sanitized(str(value))


def same(expected: tuple[str, object], actual) -> bool:
    """Whether a workbook value matches ``expected`` from :func:`expected_cell`."""
    kind, value = expected
    if kind == "empty":
        return actual is None or actual == ""
    if kind == "number":
        return is_number(actual) and abs(float(actual) - value) <= 1e-9 * max(1.0, abs(value))
    if kind == "date":
        return isinstance(actual, _dt.datetime) and actual.date() == value
    return isinstance(actual, str) and actual == value
