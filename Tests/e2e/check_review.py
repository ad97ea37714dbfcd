"""End-to-end checks of the two outputs: the report (publication text) and the review pack.

The report for Senior Officials holds no file path, line number, checksum or rule id; the review
pack beside it holds all of them.
"""
import re
import subprocess
from pathlib import Path

from report_files import openpyxl

PATH = re.compile(r"reports/\d+/submissions/[A-Z]+\.yaml")
LOCATED = re.compile(r"\.yaml:\d+:\d+")
CHECKSUM = re.compile(r"\b[0-9a-f]{64}\b|SHA-256")
RULE_ID = re.compile(r"\b(?:cttf|tptwg|sccp|bmg|tel|config|submission)\.[a-z_0-9]+\b")


def run(ctx, *args):
    return subprocess.run(
        [ctx.binary, *args], capture_output=True, text=True, timeout=300
    )


def leaks(text):
    """The machine marks found in text: paths, file:line, checksums, rule ids."""
    found = []
    for name, pattern in (
        ("path", PATH), ("file:line", LOCATED), ("checksum", CHECKSUM), ("rule id", RULE_ID)
    ):
        match = pattern.search(text)
        if match:
            found.append(f"{name} {match.group(0)!r}")
    return found


def check_report_holds_no_path_checksum_or_rule_id(ctx):
    out = Path(ctx.tmp) / "report"
    result = run(ctx, "consolidate", "--root", ctx.root, "--out", str(out), "--format", "txt,md")
    assert result.returncode == 0, result.stderr
    section = run(
        ctx, "section", "TEL", "--root", ctx.root, "--out", str(out), "--format", "txt,md"
    )
    assert section.returncode == 0, section.stderr
    files = sorted(out.glob("*.txt")) + sorted(out.glob("*.md"))
    assert len(files) == 4, files
    for path in files:
        found = leaks(path.read_text(encoding="utf-8"))
        assert not found, f"{path.name} carries {', '.join(found)}"


def workbook_text(path):
    """Every string cell of every sheet of the workbook at `path`, one per line."""
    workbook = openpyxl().load_workbook(path, read_only=True)
    return "\n".join(
        cell for sheet in workbook for row in sheet.iter_rows(values_only=True)
        for cell in row if isinstance(cell, str))


def check_report_workbook_and_json_hold_no_path_checksum_or_rule_id(ctx):
    out = Path(ctx.tmp) / "report-data"
    result = run(ctx, "consolidate", "--root", ctx.root, "--out", str(out),
                 "--format", "xlsx,json")
    assert result.returncode == 0, result.stderr
    review = Path(ctx.tmp) / "review-rules"
    result = run(ctx, "review", "--root", ctx.root, "--out", str(review), "--format", "xlsx")
    assert result.returncode == 0, result.stderr
    findings = openpyxl().load_workbook(review / "ctst-2026-review.xlsx", read_only=True)
    rows = list(findings["Findings"].iter_rows(values_only=True))
    rule = rows[0].index("Rule")
    rules = {row[rule] for row in rows[1:] if row[rule]}
    assert "tptwg.mode_uncovered" in rules, rules
    # Indicator ids stay (the Data sheet pivots on them); paths, lines, checksums and the
    # findings' rule ids do not.
    workbook = openpyxl().load_workbook(out / "ctst-2026-consolidated.xlsx", read_only=True)
    assert "Findings" not in workbook.sheetnames, workbook.sheetnames
    data = next(workbook["Data"].iter_rows(values_only=True))
    assert "File" not in data and "Line" not in data, data
    for name, text in (
        ("xlsx", workbook_text(out / "ctst-2026-consolidated.xlsx")),
        ("json", (out / "ctst-2026-consolidated.json").read_text(encoding="utf-8")),
    ):
        found = [f for f in leaks(text) if not f.startswith("rule id")]
        found += [f"rule id {r!r}" for r in sorted(rules) if r in text]
        if name == "json":
            found += [key for key in ('"sha256"', '"line"', '"file"') if key in text]
        assert not found, f"the report's {name} carries {', '.join(found)}"


def check_review_pack_holds_findings_provenance_and_checksums(ctx):
    out = Path(ctx.tmp) / "review"
    result = run(ctx, "review", "--root", ctx.root, "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["ctst-2026-review.md", "ctst-2026-review.txt", "ctst-2026-review.xlsx"], names
    text = (out / "ctst-2026-review.txt").read_text(encoding="utf-8")
    assert "reports/2026/submissions/SCCP.yaml:15:3" in text, "narrative provenance missing"
    assert "tptwg.mode_uncovered" in text, "the finding's rule id is missing"
    assert re.search(r"\b[0-9a-f]{64}\b", text), "no full checksum"
    # The per-economy lists the report leaves out are here, by name.
    assert "Economies whose CTAP is overdue" in text
    assert "Papua New Guinea" in text


def check_review_for_one_forum_and_unknown_forum(ctx):
    out = Path(ctx.tmp) / "review-tel"
    result = run(ctx, "review", "--forum", "tel", "--root", ctx.root, "--out", str(out),
                 "--format", "txt")
    assert result.returncode == 0, result.stderr
    text = (out / "ctst-2026-TEL-review.txt").read_text(encoding="utf-8")
    assert "reports/2026/submissions/TEL.yaml:" in text
    assert "reports/2026/submissions/SCCP.yaml" not in text
    bad = run(ctx, "review", "--forum", "TELL", "--root", ctx.root, "--out", str(out))
    assert bad.returncode == 64, bad.returncode
    assert "did you mean 'TEL'" in bad.stderr, bad.stderr


def check_report_names_economies_only_when_config_asks(ctx):
    from check_cli import scratch_workspace  # noqa: PLC0415 - shared helper
    root = scratch_workspace(ctx)
    out = Path(ctx.tmp) / "named"
    plain = run(ctx, "consolidate", "--root", str(root), "--out", str(out), "--format", "txt")
    assert plain.returncode == 0, plain.stderr
    text = (out / "ctst-2026-consolidated.txt").read_text(encoding="utf-8")
    assert "Economies whose CTAP is overdue" not in text
    # The count stays, in the indicator table (target 6, actual 6).
    assert re.search(r"^Economies with an +6 † +6 † +On track", text, re.M), text
    config = root / "config" / "ctst.yaml"
    config.write_text(
        config.read_text().replace("name_economies: false", "name_economies: true"))
    named = run(ctx, "consolidate", "--root", str(root), "--out", str(out), "--format", "txt")
    assert named.returncode == 0, named.stderr
    text = (out / "ctst-2026-consolidated.txt").read_text(encoding="utf-8")
    assert "Economies whose CTAP is overdue" in text
    assert not leaks(text), leaks(text)


def check_report_names_each_forum_by_its_display_acronym(ctx):
    """config/strategy.yaml gives CTTF the acronym CTWG: every generated sentence and the
    workbook's Forum columns say CTWG (the fora's own prose and activity ids are left as
    written)."""
    out = Path(ctx.tmp) / "acronyms"
    result = run(ctx, "consolidate", "--root", ctx.root, "--out", str(out),
                 "--format", "txt,xlsx")
    assert result.returncode == 0, result.stderr
    text = (out / "ctst-2026-consolidated.txt").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    assert "— CTWG, TPTWG, SCCP, BMG and TEL —" in flat, flat[:3000]
    assert "All 5 fora sent their contributions; TEL's is still a draft" in flat
    assert "SCCP's arrived 10 days late" in flat
    assert "CTTF reported for both" not in flat
    assert "CTWG, TPTWG, SCCP and BMG reported for both" in flat
    workbook = openpyxl().load_workbook(out / "ctst-2026-consolidated.xlsx", read_only=True)
    rows = list(workbook["Indicators"].iter_rows(values_only=True))
    forum = rows[0].index("Forum")
    assert {row[forum] for row in rows[1:]} >= {"CTWG"}, "no CTWG in the Forum column"
    assert "CTTF" not in {row[forum] for row in rows[1:]}, "CTTF in the Forum column"
