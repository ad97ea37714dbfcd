"""End-to-end checks of hostile and broken input: every Tests/Corpus case through the binary,
time and memory bounds on the worst inputs, inert outputs for hostile text, and failed runs
that leave the inputs and earlier outputs intact."""
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

from check_cli import enabled_forums, replaced, run, scratch_workspace

CORPUS = Path(__file__).resolve().parent.parent / "Corpus"
HEADER_KEYS = ("case", "path", "args", "exit", "expect", "note", "warning")
DEFAULT_PATH = "reports/2026/submissions/SCCP.yaml"
SUBMISSION_HEADER = 'forum: SCCP\nperiod: "2026"\nstatus: draft\n'

# The bounds of the issue: no input may make ctst use more than 1 GiB, nor run longer than
# 10 seconds on a file under 10 MB. They hold for the release build (about 2.5 s for the
# 9 MB file); a debug build, which `make test` checks, is about five times slower, so its
# time bound is scaled rather than left to flake.
MEMORY_LIMIT_KB = 1024 * 1024
WALL_LIMIT_SECONDS = 10.0
DEBUG_SLOWDOWN = 4.0
# A file refused by its size is never read: its run needs no more memory than a run on the
# sample (plus slack), far less than the 100 MB reading it would take.
UNREAD_FILE_SLACK_KB = 40 * 1024


def wall_limit(ctx):
    return WALL_LIMIT_SECONDS * (DEBUG_SLOWDOWN if "/debug/" in ctx.binary else 1.0)


class Measured:
    """One run of the binary: exit status, output, wall time and this process's own peak RSS
    (from wait4, so earlier or concurrent runs do not count)."""

    def __init__(self, returncode, stdout, stderr, seconds, peak_kb):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.peak_kb = peak_kb

    def __repr__(self):
        return (f"exit {self.returncode}, {self.seconds:.2f} s, {self.peak_kb // 1024} MB,"
                f" stderr {self.stderr[:400]!r}")


def measure(ctx, *args, timeout=300):
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen([ctx.binary, *map(str, args)], stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL)
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(process.returncode, out.read().decode("utf-8", "replace"),
                        err.read().decode("utf-8", "replace"), seconds, usage.ru_maxrss)


def parse_case(path):
    """The header fields of a corpus file (see Tests/Corpus/README.md)."""
    data = path.read_bytes()
    text = data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    fields = {key: [] for key in HEADER_KEYS}
    for line in text.replace("\r\n", "\n").split("\n"):
        match = re.match(r"# (\w+): ?(.*)$", line)
        if not match or match.group(1) not in HEADER_KEYS:
            break
        fields[match.group(1)].append(match.group(2))
    return data, fields


def validate_args(root, relative, forums):
    name = Path(relative).stem
    forum = ["--forum", name] if relative.startswith("reports/") and name in forums else []
    return ["validate", "--root", str(root), *forum]


def lines_about(stderr, relative):
    """The error, note and warning lines printed about one file (and file-less errors)."""
    errors, notes, warnings = [], [], []
    for line in stderr.splitlines():
        about = line.startswith(relative + ":")
        if line.startswith("error: ") or (about and ": error: " in line):
            errors.append(line)
        elif about and ": note: " in line:
            notes.append(line)
        elif about and ": warning: " in line:
            warnings.append(line)
    return errors, notes, warnings


def check_every_corpus_case_through_the_binary(ctx):
    root = scratch_workspace(ctx)
    forums = enabled_forums(ctx, root)
    cases = sorted(CORPUS.glob("*.yaml"))
    assert len(cases) >= 40, len(cases)
    failures = []
    for path in cases:
        data, fields = parse_case(path)
        relative = (fields["path"] or [DEFAULT_PATH])[0]
        target = root / relative
        original = target.read_bytes() if target.exists() else None
        target.write_bytes(data)
        try:
            extra = fields["args"][0].split() if fields["args"] else []
            result = measure(ctx, *validate_args(root, relative, forums), *extra)
        finally:
            if original is None:
                target.unlink()
            else:
                target.write_bytes(original)
        errors, notes, warnings = lines_about(result.stdout + result.stderr, relative)
        problems = []
        if str(result.returncode) != fields["exit"][0]:
            problems.append(f"exit {result.returncode}, expected {fields['exit'][0]}")
        if errors != fields["expect"]:
            problems.append(f"errors {errors} != {fields['expect']}")
        if notes != fields["note"]:
            problems.append(f"notes {notes} != {fields['note']}")
        problems += [f"missing warning {w!r}" for w in fields["warning"] if w not in warnings]
        if result.seconds > wall_limit(ctx):
            problems.append(f"took {result.seconds:.1f} s")
        if problems:
            failures.append(f"{path.name}: {'; '.join(problems)}")
    assert not failures, "\n".join(failures)


def activities(count):
    parts = [SUBMISSION_HEADER, "activities:\n"]
    for index in range(count):
        parts.append(
            f"  - id: SCCP-2026-{index:05d}\n"
            f"    title: \"Workshop number {index} on customs procedures\"\n"
            "    component: customs\n    pillars: [security, efficiency]\n    status: completed\n"
            "    economies: [AUS, JPN, VNM]\n    beneficiaries: [VNM]\n    partners: [WCO]\n"
            "    capacity_building: true\n    start: 2026-03-01\n    end: 2026-03-03\n"
            "    funding: {apec_usd: 1000, co_funding_usd: 500}\n"
            "    summary: \"One paragraph about the activity.\"\n")
    return "".join(parts)


def nine_megabytes():
    text = activities(22_000)
    assert 8_900_000 < len(text) < 9_000_000, len(text)
    return text


def check_worst_inputs_stay_within_time_and_memory_bounds(ctx):
    root = scratch_workspace(ctx)
    target = root / DEFAULT_PATH
    sample = target.read_bytes()
    bomb, _ = parse_case(CORPUS / "bound-alias-bomb.yaml")
    huge = "k" * 6_000_000
    cases = [
        ("alias bomb", bomb, 65, ":13:20: error: document expands to more than 4000000 nodes"),
        ("100,000-deep nesting",
         SUBMISSION_HEADER + "agenda:\n  priorities: " + "[" * 100_000 + "]" * 100_000 + "\n",
         65, ":5:77: error: lists and mappings nested more than 64 levels deep"),
        ("100 MB file", None, 65,
         ":1:1: error: file is 104857600 bytes; the limit is 16777216 bytes (YAMLLimits.maxBytes)"),
        ("10,000 activities", activities(10_000), 0, " 0 errors"),
        ("9 MB file", nine_megabytes(), 0, " 0 errors"),
        ("6 MB values", SUBMISSION_HEADER.replace("draft", huge) + f"? {huge}\n: 1\n", 65,
         ":3:9: error: 'status' must be one of draft, submitted, approved, found 'kkk"),
        ("a pipe", "fifo", 65, ": error: cannot read " + DEFAULT_PATH
         + ": it is not a regular file (a folder, device or pipe)"),
    ]
    baseline = measure(ctx, "validate", "--root", root, "--forum", "SCCP")
    assert baseline.returncode == 0, baseline
    failures = []
    for name, content, status, message in cases:
        target.unlink(missing_ok=True)
        if content is None:
            with open(target, "wb") as handle:
                handle.truncate(100 << 20)  # sparse: reading it would need 100 MB of memory
        elif content == "fifo":
            os.mkfifo(target)
        else:
            target.write_bytes(content if isinstance(content, bytes) else content.encode())
        result = measure(ctx, "validate", "--root", root, "--forum", "SCCP")
        if result.returncode != status:
            failures.append(f"{name}: {result!r}")
        printed = result.stdout + result.stderr
        if message not in printed:
            failures.append(f"{name}: no {message!r} in {printed[:300]!r}")
        if result.seconds > wall_limit(ctx):
            failures.append(f"{name}: {result.seconds:.1f} s > {wall_limit(ctx)} s")
        if result.peak_kb > MEMORY_LIMIT_KB:
            failures.append(f"{name}: peak {result.peak_kb} KB > 1 GiB")
        if content is None and result.peak_kb > baseline.peak_kb + UNREAD_FILE_SLACK_KB:
            failures.append(f"{name}: peak {result.peak_kb} KB: the file was read")
    # The heaviest report: the consolidated report of a 10,000-activity submission.
    target.unlink()
    target.write_text(activities(10_000))
    out = Path(ctx.tmp) / "out"
    result = measure(ctx, "consolidate", "--root", root, "--out", out)
    if result.returncode != 0 or len(list(out.iterdir())) != 3:
        failures.append(f"consolidate of 10,000 activities: {result!r}")
    if result.seconds > wall_limit(ctx) or result.peak_kb > MEMORY_LIMIT_KB:
        failures.append(f"consolidate of 10,000 activities: {result!r}")
    target.write_bytes(sample)
    assert not failures, "\n".join(failures)


HOSTILE = [
    "=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(1)", "<script>alert(1)</script>", "# heading",
    "| table | row |",
]


def hostile_workspace(ctx):
    """The sample workspace with SCCP's submission full of hostile text: the corpus case
    text-formula-markup-injection.yaml, plus bidi overrides, U+FFFE and a 40,000-character
    narrative and activity title (a control character is refused when the file is read: see
    check_escaped_control_character_is_refused)."""
    root = scratch_workspace(ctx)
    data, _ = parse_case(CORPUS / "text-formula-markup-injection.yaml")
    text = data.decode()
    long = "Forty thousand characters. " * 1482
    text = text.replace("\nindicators:\n", f'\n  cash_smuggling: "{long}"\nindicators:\n', 1)
    text += ("  - id: SCCP-2026-90\n"
             '    title: "Bidi \\u202Eevil\\u202C, U+FFFE \\uFFFE and Escape [31m"\n'
             "    component: customs\n    status: completed\n"
             f'  - id: SCCP-2026-91\n    title: "{long}"\n    component: customs\n'
             "    status: completed\n")
    (root / DEFAULT_PATH).write_text(text)
    return root


def check_hostile_text_renders_inert(ctx):
    root = hostile_workspace(ctx)
    before = {p for p in root.rglob("*")}
    out = Path(ctx.tmp) / "out"
    result = run(ctx, "consolidate", "--root", str(root), "--format", "xlsx,txt,md,json,csv",
                 "--out", str(out))
    assert result.returncode == 0, result.stderr[-800:]
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"ctst-2026-consolidated.{ext}" for ext in ("csv", "json", "md", "txt",
                                                                 "xlsx")], names
    after = {p for p in root.rglob("*")}
    assert after == before, f"files appeared in the workspace: {sorted(after - before)[:5]}"

    # XLSX: every part is well-formed XML, no cell is a formula, hostile text is text.
    shared = ""
    with zipfile.ZipFile(out / "ctst-2026-consolidated.xlsx") as workbook:
        assert workbook.testzip() is None
        for part in workbook.namelist():
            if not part.endswith((".xml", ".rels")):
                continue
            raw = workbook.read(part)
            tree = ElementTree.fromstring(raw)  # raises on invalid XML or characters
            if part.startswith("xl/worksheets/"):
                formulas = [e for e in tree.iter() if e.tag.endswith("}f")]
                assert not formulas, f"{part} has a formula"
            if part == "xl/sharedStrings.xml":
                strings = ["".join(t.text or "" for t in si.iter() if t.tag.endswith("}t"))
                           for si in tree if si.tag.endswith("}si")]
                shared = "\n".join(strings)
                assert max(map(len, strings)) <= 32_767, "a cell over Excel's limit"
                assert any(len(s) >= 32_000 for s in strings), "the long title is missing"
    for text in HOSTILE:
        assert text in shared, f"{text!r} is not a shared string"
    assert "characters cut to 32767" in shared, "the cut cell is not noted in the workbook"
    assert "Escape" in shared and "evil" in shared, "the bidi-override title is missing"

    # CSV: a cell a spreadsheet would run as a formula is neutralised with a leading '.
    with open(out / "ctst-2026-consolidated.csv", newline="", encoding="utf-8") as handle:
        for row in csv.reader(handle):
            for cell in row:
                if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    assert re.fullmatch(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?", cell), cell

    # Markdown: user text opens no heading, table, list, link or raw HTML.
    markdown = (out / "ctst-2026-consolidated.md").read_text()
    assert not re.search(r"(?<!\\)<(script|img|!--)", markdown), "unescaped HTML"
    assert not re.search(r"^#+ (heading|not a heading)", markdown, re.M)
    assert "\\# heading" in markdown and "\\| table \\| row \\|" in markdown
    if shutil.which("cmark-gfm"):
        html = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink"], input=markdown,
                              capture_output=True, text=True, check=True).stdout
        assert "<script" not in html and "<img" not in html, "raw HTML got through"
        assert not re.search(r"<h[1-6][^>]*>\s*(not a )?heading", html), "injected heading"
        assert not re.search(r"<t[dh][^>]*>\s*(table|row|a|b)\s*</t[dh]>", html), "table"
        assert 'href="javascript' not in html and "<li>not a list" not in html
        assert "<strong>bold</strong>" not in html

    # Text and JSON: no control character reaches the text report; JSON keeps the exact text.
    report = (out / "ctst-2026-consolidated.txt").read_text()
    # Words, not phrases: a table column may wrap a phrase across lines, but never drops a word.
    assert report.count("thousand") >= 2 * 1482, "the text report cut text"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", report)
    document = json.loads((out / "ctst-2026-consolidated.json").read_text())
    assert "=cmd|' /C calc'!A0" in json.dumps(document, ensure_ascii=False)


def check_escaped_control_character_is_refused(ctx):
    """A control character written as a YAML escape ("\\x01") in a title is refused at the
    escape by validate (65) and by consolidate, which still writes the report without it."""
    root = scratch_workspace(ctx)
    relative = "reports/2026/submissions/CTTF.yaml"
    path = root / relative
    old = 'title: "APEC Food Defense workshop: '
    text = replaced(path.read_text(), old, 'title: "APEC Food\\x01 Defense workshop: ', count=1)
    path.write_text(text)
    line = text[:text.index("Food\\x01")].count("\n") + 1
    column = text.splitlines()[line - 1].index("\\x01") + 1  # at the escape
    expected = (f"{relative}:{line}:{column}: error: 'title' in activity 'CTTF-2026-01' contains"
                " an invisible control character (U+0001, written \\x01 or \\u0001); delete it")
    result = run(ctx, "validate", "--root", str(root), "--forum", "CTTF")
    assert result.returncode == 65, (result.returncode, result.stdout[-600:])
    errors = [l for l in (result.stdout + result.stderr).splitlines() if ": error: " in l]
    assert errors == [expected], errors
    out = Path(ctx.tmp) / "control-out"
    result = run(ctx, "consolidate", "--root", str(root), "--format", "txt", "--out", str(out))
    assert result.returncode == 65, (result.returncode, result.stderr[-600:])
    assert expected in result.stdout + result.stderr, result.stderr[-600:]
    report = (out / "ctst-2026-consolidated.txt").read_text()
    assert "\x01" not in report and "APEC Food Defense workshop" in report


def check_figures_beyond_decimal_range_are_reported(ctx):
    """A previous value of 1e-300, beyond what decimal arithmetic holds, made the change on it
    NaN: the summary could say "fell by nan", or ctst died (SIGILL) formatting it. Now the
    change is worked out in binary: 350 - 1e-300 is 350, the largest movement of all. A
    growth on a previous count that small is past any figure: no data, not "inf%"."""
    root = scratch_workspace(ctx)
    path = root / "reports/2025/submissions/CTTF.yaml"
    old = "  cttf.star_participants:\n    quality: illustrative\n    value: 320\n"
    path.write_text(replaced(path.read_text(), old, old.replace("320", "1e-300")))
    out = Path(ctx.tmp) / "tiny-previous"
    result = run(ctx, "consolidate", "--root", str(root), "--format", "txt,md", "--out", str(out))
    assert result.returncode == 0, (result.returncode, result.stderr[-600:])
    text = " ".join((out / "ctst-2026-consolidated.txt").read_text().split())
    assert ("the largest movements were: STAR conference participants rose by 350 to 350 (CTWG)"
            in text), text[text.find("largest movements"):][:300]
    assert not re.search(r"\bnan\b", text, re.IGNORECASE), "a figure written as nan"
    # Last year's ABTC count 2e-301: 405,000 cards after it is a growth past any figure (it
    # read "inf%"); at 5e-324 the growth was infinite and every command died (SIGILL).
    path = root / "reports/2025/submissions/BMG.yaml"
    original = path.read_text()
    for tiny in ("2e-301", "5e-324"):
        path.write_text(replaced(original, "value: 385000", f"value: {tiny}", count=1))
        result = run(ctx, "validate", "--root", str(root))
        assert result.returncode == 0, (tiny, result.returncode, result.stderr[-600:])
        out = Path(ctx.tmp) / f"tiny-abtc-{tiny}"
        result = run(ctx, "consolidate", "--root", str(root), "--format", "txt", "--out", str(out))
        assert result.returncode == 0, (tiny, result.returncode, result.stderr[-600:])
        report = (out / "ctst-2026-consolidated.txt").read_text()
        assert not re.search(r"\binf\b|e\+\d", report), (tiny, "an infinite or absurd figure")
        growth = report[report.index("Growth in active ABTCs on the previous period"):][:200]
        assert "No data" in growth.split("Indicator:")[0], (tiny, growth)


def check_growth_above_100_percent_is_no_share(ctx):
    """Active ABTCs from 100,000 to more than 405,000: a growth of 305%, a rate of change, not a
    share of what was reported. It was warned of as 'a share above 100% ... the numerator
    cannot exceed the denominator', which told the forum lead to correct a right figure."""
    root = scratch_workspace(ctx)
    path = root / "reports/2025/submissions/BMG.yaml"
    path.write_text(replaced(path.read_text(), "value: 385000", "value: 100000", count=1))
    result = run(ctx, "validate", "--root", str(root), "--forum", "BMG")
    assert result.returncode == 0, (result.returncode, result.stderr[-600:])
    assert "bmg.abtc_growth" not in result.stdout + result.stderr, result.stdout + result.stderr
    out = Path(ctx.tmp) / "growth-out"
    result = run(ctx, "consolidate", "--root", str(root), "--format", "txt", "--out", str(out))
    report = " ".join((out / "ctst-2026-consolidated.txt").read_text().split())
    assert "+305,000 or 305.0%" in report, report[report.find("Active ABTCs went"):][:200]


def check_path_like_ids_never_become_paths(ctx):
    root = scratch_workspace(ctx)
    data, _ = parse_case(CORPUS / "id-forum-path-traversal.yaml")
    (root / DEFAULT_PATH).write_bytes(data)
    before = {p for p in root.rglob("*")}
    result = run(ctx, "consolidate", "--root", str(root))
    assert result.returncode == 65, result.stderr[-600:]
    assert "header names forum '../../../etc/passwd'" in result.stdout + result.stderr
    created = {p for p in root.rglob("*")} - before
    output = root / "reports" / "2026" / "output"
    assert all(p == output or p.parent == output for p in created), sorted(created)
    assert all(re.fullmatch(r"ctst-2026-consolidated\.(xlsx|txt|md)", p.name)
               for p in created if p != output), sorted(created)
    for command in (["consolidate"], ["section", "SCCP"], ["validate"]):
        result = run(ctx, *command, "--root", str(root), "--period", "../../x")
        assert result.returncode == 64, (command, result.returncode, result.stderr)
    assert not (root / "x").exists() and not (root.parent / "x").exists()


def snapshot(root, folders):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted((root / folder).rglob("*")) if p.is_file()}


def check_failed_runs_leave_inputs_and_earlier_outputs_intact(ctx):
    root = scratch_workspace(ctx)
    output = root / "reports" / "2026" / "output"
    inputs = snapshot(root, ["config", "reports/2025", "reports/2026/submissions"])
    first = run(ctx, "consolidate", "--root", str(root))
    assert first.returncode == 0, first.stderr[-600:]
    earlier = snapshot(root, ["reports/2026/output"])
    assert len(earlier) == 3, earlier

    # A broken configuration: nothing is written, the earlier report stays byte for byte.
    config = root / "config" / "ctst.yaml"
    good_config = config.read_bytes()
    config.write_text(replaced(good_config.decode(), "end: 2026-12-31", "end: 2026-02-30"))
    broken = run(ctx, "consolidate", "--root", str(root))
    assert broken.returncode == 65, broken.stderr[-600:]
    assert snapshot(root, ["reports/2026/output"]) == earlier
    config.write_bytes(good_config)

    # A broken submission: the report is rewritten whole, with the finding, and exits 65.
    submission = root / DEFAULT_PATH
    good_submission = submission.read_bytes()
    submission.write_bytes(good_submission + b"\ncontact: {name: \"unterminated\n")
    second = run(ctx, "consolidate", "--root", str(root))
    assert second.returncode == 65, second.stderr[-600:]
    with zipfile.ZipFile(output / "ctst-2026-consolidated.xlsx") as workbook:
        assert workbook.testzip() is None
        for part in workbook.namelist():
            if part.endswith(".xml"):
                ElementTree.fromstring(workbook.read(part))
    # The finding is for the Secretariat: in the review pack, not in the report.
    assert "found unexpected end of stream" not in (output / "ctst-2026-consolidated.md").read_text()
    review = run(ctx, "review", "--root", str(root), "--format", "md")
    assert review.returncode == 65, review.stderr[-600:]
    assert "found unexpected end of stream" in (output / "ctst-2026-review.md").read_text()
    (output / "ctst-2026-review.md").unlink()

    # An output that cannot be replaced (a folder in its place): 73, the formats before it are
    # replaced whole, the folder is untouched, and no temporary file is left anywhere.
    markdown = output / "ctst-2026-consolidated.md"
    markdown.unlink()
    markdown.mkdir()
    (markdown / "keep.txt").write_text("untouched")
    third = run(ctx, "consolidate", "--root", str(root))
    assert third.returncode == 73, (third.returncode, third.stderr[-600:])
    assert (markdown / "keep.txt").read_text() == "untouched"
    with zipfile.ZipFile(output / "ctst-2026-consolidated.xlsx") as workbook:
        assert workbook.testzip() is None
    assert (output / "ctst-2026-consolidated.txt").stat().st_size > 1000
    leftovers = [p for p in root.rglob("*") if ".tmp" in p.name]
    assert not leftovers, leftovers

    submission.write_bytes(good_submission)
    assert snapshot(root, ["config", "reports/2025", "reports/2026/submissions"]) == inputs
