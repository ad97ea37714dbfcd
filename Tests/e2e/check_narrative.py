"""End-to-end check that a narrative keeps its form: a text pasted from Word with bullets,
curly quotes, a blank line before "Challenges:" and a numbered list comes out as paragraphs and
lists in the text report (wrapped, bullets hanging), in Markdown (real lists, as cmark-gfm
renders them) and in the workbook (the forum's sheet, a wrapped cell with a row tall enough).
"""
import shutil
import subprocess
from pathlib import Path

from check_cli import run, scratch_workspace
from report_files import openpyxl

NARRATIVE = """  customs: |
    The AEO Working Group met twice. Highlights:
    • Brunei Darussalam launched its “AEO programme”, so 20 economies now run one, against 17 in the 2016 study;
    • two MRAs were confirmed – Korea–Mexico and Korea–Peru;
    ▪ the AEO Compendium is being updated.

    Challenges:
    1. SME participation remains low in several programmes.
    2) Officer training needs to be kept up
       as programmes grow.
"""


def workspace_with_narrative(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "SCCP.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("  customs: |"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith("    ") or not lines[end].strip()):
        end += 1
    path.write_text("".join(lines[:start]) + NARRATIVE + "".join(lines[end:]), encoding="utf-8")
    return root


def check_narrative_lists_survive_txt_md_and_xlsx(ctx):
    root = workspace_with_narrative(ctx)
    out = Path(ctx.tmp) / "narrative"
    result = run(ctx, "consolidate", "--root", str(root), "--out", str(out),
                 "--format", "txt,md,xlsx")
    assert result.returncode == 0, result.stderr[-800:]

    text = (out / "ctst-2026-consolidated.txt").read_text(encoding="utf-8")
    start = text.index("The AEO Working Group met twice. Highlights:")
    block = text[start:start + 700].splitlines()
    assert block[1] == "", block
    assert block[2] == ("  - Brunei Darussalam launched its “AEO programme”, so 20 economies now run"
                        " one,"), block
    assert block[3] == "    against 17 in the 2016 study;", block  # the bullet hangs
    assert block[4] == "  - two MRAs were confirmed – Korea–Mexico and Korea–Peru;", block
    assert block[5] == "  - the AEO Compendium is being updated.", block
    assert block[7] == "Challenges:", block
    assert block[9] == "  1. SME participation remains low in several programmes.", block
    assert block[10] == "  2. Officer training needs to be kept up as programmes grow.", block
    assert all(len(line) <= 80 for line in text.splitlines())

    markdown = (out / "ctst-2026-consolidated.md").read_text(encoding="utf-8")
    if shutil.which("cmark-gfm"):
        html = subprocess.run(["cmark-gfm"], input=markdown, capture_output=True, text=True,
                              check=True).stdout
        assert ("<p>The AEO Working Group met twice. Highlights:</p>\n<ul>\n"
                "<li>Brunei Darussalam launched its “AEO programme”") in html, html[:2000]
        assert "<li>the AEO Compendium is being updated.</li>\n</ul>\n<p>Challenges:</p>\n<ol>" \
            in html
        assert "<li>Officer training needs to be kept up as programmes grow.</li>\n</ol>" in html
    else:
        assert "\n- two MRAs were confirmed – Korea–Mexico and Korea–Peru;\n" in markdown
        assert "\n1. SME participation remains low in several programmes.\n" in markdown

    xl = openpyxl()
    workbook = xl.load_workbook(out / "ctst-2026-consolidated.xlsx")
    sheet = workbook["SCCP"]
    cells = [c for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("The AEO Working Group met twice")]
    assert len(cells) == 1, "the narrative is not on the SCCP sheet"
    cell = cells[0]
    assert "\n• two MRAs were confirmed – Korea–Mexico and Korea–Peru;\n" in cell.value
    assert "\n\nChallenges:\n\n1. SME" in cell.value
    # The source's wrapping is undone: the item is one line, as in the text report.
    assert "\n2. Officer training needs to be kept up as programmes grow." in cell.value
    assert cell.alignment.wrap_text, "the narrative cell does not wrap"
    lines = cell.value.count("\n") + 1
    height = sheet.row_dimensions[cell.row].height
    assert height is not None and height >= 15 * lines, (height, lines)
