"""End-to-end checks of operations: help and usage errors, status for chasing, what changed
between export runs, signals during an export, and log lines."""
import fcntl
import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

from check_cli import run, scratch_workspace
from report_files import openpyxl

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

MINIMAL_ENV = {"PATH": "/usr/bin:/bin"}
SUBCOMMANDS = ["validate", "forums", "section", "consolidate", "review", "status", "template", "export",
               "schema"]


def xlsx_sheet_names(path):
    return openpyxl().load_workbook(path, read_only=True).sheetnames


def subcommands(ctx):
    dump = json.loads(run(ctx, "--experimental-dump-help").stdout)
    return [c for c in dump["command"]["subcommands"] if c["commandName"] != "help"]


def check_ctst_alone_prints_overview_and_exits_64(ctx):
    result = run(ctx)
    assert result.returncode == 64, result.returncode
    assert result.stderr.startswith("OVERVIEW: "), result.stderr[:200]
    assert "SUBCOMMANDS:" in result.stderr and "export" in result.stderr


def check_help_paragraphs_are_not_hard_wrapped_and_have_examples(ctx):
    commands = subcommands(ctx)
    assert {c["commandName"] for c in commands} >= set(SUBCOMMANDS), commands
    for command in commands:
        name = command["commandName"]
        discussion = command.get("discussion", "")
        for block in discussion.split("\n\n"):
            lines = block.split("\n")
            # A line break inside a block only starts an indented list or example line.
            for line in lines[1:]:
                assert line.startswith("  ") and lines[0].endswith(":"), (name, block)
        if name not in SUBCOMMANDS:
            continue
        assert "Examples:\n  ctst " + name in discussion, (name, discussion)
        result = run(ctx, name, "--help")
        assert result.returncode == 0, result.stderr
        for line in result.stdout.splitlines():
            if not line.startswith("USAGE:"):
                assert len(line) <= 80, (name, line)


WRITING_SIGNALS = ("SIGTERM, SIGINT or SIGHUP while writing removes the unfinished files, keeps "
                   "the earlier reports not yet replaced, and exits 143, 130 or 129.")


def check_report_commands_help_says_what_signals_do_while_writing(ctx):
    for name in ("consolidate", "section", "review"):
        result = run(ctx, name, "--help")
        assert result.returncode == 0, result.stderr
        text = " ".join(result.stdout.split())
        assert WRITING_SIGNALS in text, (name, result.stdout)
        assert text.count("SIGTERM") == 1, (name, result.stdout)


def check_errors_have_one_casing_and_the_subcommands_usage(ctx):
    result = run(ctx, "export", "--bogus")
    assert result.returncode == 64, result.returncode
    assert result.stderr.startswith("error: Unknown option '--bogus'"), result.stderr
    assert "Usage: ctst export" in result.stderr, result.stderr
    result = run(ctx, "status", "--as-of", "tomorrow", "--root", ctx.root)
    assert result.returncode == 64
    assert result.stderr.startswith("error: --as-of needs a date as YYYY-MM-DD, found 'tomorrow'")
    assert "Usage: ctst status" in result.stderr, result.stderr
    for args in (["section", "--root", ctx.root], ["validate", "--root", ctx.root, "--period",
                                                    "2030"]):
        result = run(ctx, *args)
        assert result.returncode == 64, (args, result.returncode)
        assert result.stderr.startswith("error: "), result.stderr
        assert "Error:" not in result.stderr, result.stderr


def check_unknown_job_is_a_plain_error(ctx):
    result = run(ctx, "export", "--root", ctx.root, "--job", "nighlty")
    assert result.returncode == 64, result.returncode
    assert result.stderr == ("error: --job: unknown job 'nighlty' (did you mean 'nightly'?);"
                             " write one of the jobs in config/ctst.yaml: nightly\n"), result.stderr


def check_status_shows_contacts_and_overdue_as_of_a_date(ctx):
    result = run(ctx, "status", "--root", ctx.root, "--period", "2025", "--as-of", "2026-03-01")
    assert result.returncode == 0, result.stderr
    assert "TEL    TEL lead (sample) <tel-lead@example.org> (config/ctst.yaml)" in result.stdout
    assert "As of 2026-03-01: 1 submission overdue" in result.stdout, result.stdout
    # due 2026-01-31; 2026-03-01 is 29 days later
    assert re.search(r"TEL\s+missing, overdue by 29 days\s+ask TEL lead", result.stdout)
    rows = {r["forum"]: r for r in json.loads(run(
        ctx, "status", "--root", ctx.root, "--as-of", "2027-02-01", "--json").stdout)}
    assert rows["TEL"]["overdueDays"] == 1 and rows["TEL"]["status"] == "draft", rows["TEL"]
    assert rows["TEL"]["contact"]["source"] == "submission", rows["TEL"]
    assert "overdueDays" not in rows["SCCP"], rows["SCCP"]  # submitted late, not open
    before = run(ctx, "status", "--root", ctx.root, "--as-of", "2027-01-31").stdout
    assert "As of 2027-01-31: nothing overdue; still open: TEL." in before, before
    plain = run(ctx, "status", "--root", ctx.root).stdout
    assert "As of" not in plain and "overdue" not in plain


def check_status_keeps_names_with_accents_and_emoji_whole(ctx):
    # A contact written with combining accents (NFD) and an emoji made of several code points:
    # each is one character but several UTF-16 units; the table pads by characters and never
    # cuts the widest cell.
    root = scratch_workspace(ctx)
    config = root / "config" / "ctst.yaml"
    name = "Nguye\u0302\u0303n Va\u0306n \U0001F469\u200D\U0001F4BB (sample)"
    config.write_text(config.read_text().replace('"TEL lead (sample)"', '"%s"' % name))
    result = run(ctx, "status", "--root", str(root), "--period", "2025", "--as-of", "2026-03-01")
    assert result.returncode == 0, result.stderr
    assert "ask %s <tel-lead@example.org>" % name in result.stdout, result.stdout
    overdue = [line for line in result.stdout.splitlines() if "overdue by" in line]
    assert overdue == ["  TEL  missing, overdue by 29 days  ask %s <tel-lead@example.org>" % name], \
        overdue
    contacts = result.stdout.split("Contacts:\n")[1].split("\n\n")[0].splitlines()
    assert "  TEL    %s <tel-lead@example.org> (config/ctst.yaml)" % name in contacts, contacts


def export(ctx, root, out, *extra, env=None):
    return run(ctx, "export", "--root", str(root), "--out", str(out), *extra, cwd="/",
               env=env or MINIMAL_ENV)


def check_changes_between_two_runs_with_one_value_edited(ctx):
    root = scratch_workspace(ctx)
    out = Path(ctx.tmp) / "exports"
    assert export(ctx, root, out).returncode == 0
    first = os.readlink(out / "latest")
    manifest = json.loads((out / first / "manifest.json").read_text())
    assert "since" not in manifest["changes"], manifest["changes"]
    assert manifest["changes"]["summary"] == "First run of job 'nightly': nothing to compare with."
    text = (out / first / "ctst-2026-consolidated.txt").read_text()
    assert "CHANGES SINCE THE LAST EXPORT" in text and "nothing to compare with" in text
    sheet = openpyxl().load_workbook(out / first / "ctst-2026-consolidated.xlsx")["Changes"]
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "This is the first export of this report: there is nothing to compare with." in cells, \
        cells
    time.sleep(1.05)
    path = root / "reports" / "2026" / "submissions" / "BMG.yaml"
    edited = path.read_text().replace("value: 405000", "value: 410000", 1)
    assert "value: 410000" in edited
    path.write_text(edited)
    assert export(ctx, root, out).returncode == 0
    second = os.readlink(out / "latest")
    changes = json.loads((out / second / "manifest.json").read_text())["changes"]
    assert changes["since"] == first, changes
    assert changes["inputs_changed"] == ["reports/2026/submissions/BMG.yaml"], changes
    assert changes["values"] == [{"forum": "BMG", "indicator": "bmg.abtc_active",
                                  "economy": "overall", "old": 405000, "new": 410000}], changes
    for key in ("inputs_added", "inputs_removed", "activities_added", "activities_removed",
                "findings_new", "findings_resolved"):
        assert changes[key] == [], (key, changes[key])
    text = (out / second / "ctst-2026-consolidated.txt").read_text()
    # The report names the earlier run by its date, the input and the indicator in publication
    # words; the manifest keeps the run's folder name, the path and the id.
    when = (f"{int(first[6:8])} {MONTHS[int(first[4:6]) - 1]} {first[:4]}"
            f" at {first[9:11]}:{first[11:13]} UTC")
    heading = f"CHANGES SINCE THE EXPORT OF {when.upper()}"
    assert heading in text, text[-2000:]
    annex = text[text.index(heading):]
    assert first not in annex, annex
    assert "reports/" not in annex and "bmg.abtc_active" not in annex, annex
    assert re.search(r"Input\s+changed\s+BMG submission for\s+2026", annex), annex
    assert re.search(r"Indicator value\s+changed\s+BMG\s+Active APEC Business\s+Overall\s+405,000"
                     r"\s+410,000\s+Travel Cards", annex), annex
    workbook = out / second / "ctst-2026-consolidated.xlsx"
    names = xlsx_sheet_names(workbook)
    assert names[-1] == "Changes", names
    sheet = openpyxl().load_workbook(workbook)["Changes"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    value = next(r for r in rows if "Indicator value" in r)
    assert value[-2:] == [405000, 410000], value
    section = xlsx_sheet_names(out / second / "ctst-2026-BMG.xlsx")
    assert "Changes" not in section, section
    result = export(ctx, root, out, "--diff", first, "latest")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:4] == [
        f"Changes from run {first} to run {second}",
        f"Compared with run {first}: 1 input file changed, 1 value changed.",
        "  input changed   reports/2026/submissions/BMG.yaml",
        "  value           BMG bmg.abtc_active overall: 405000 → 410000",
    ], result.stdout
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(
        [first, second, "latest"])
    result = export(ctx, root, out, "--diff", first, "19990101T000000Z")
    assert result.returncode == 66, result.returncode
    assert "19990101T000000Z/manifest.json: No such file or directory" in result.stderr


def paused_export(ctx, root, out, step, sig, ignored=None):
    env = {**MINIMAL_ENV, "CTST_TEST_PAUSE_AT": step}
    process = subprocess.Popen(
        [ctx.binary, "export", "--root", str(root), "--out", str(out)], env=env, cwd="/",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=(lambda: signal.signal(ignored, signal.SIG_IGN)) if ignored else None)
    line = process.stderr.readline()
    assert line.startswith("ctst: paused at step " + step.split("#")[0]), line
    if ignored:
        # Started with it ignored (nohup): the signal changes nothing, the run waits on.
        process.send_signal(ignored)
        time.sleep(0.5)
        assert process.poll() is None, process.returncode
    process.send_signal(sig)
    _, rest = process.communicate(timeout=60)
    return process.returncode, line + rest


def check_sigterm_sigint_and_sighup_mid_run_leave_nothing_behind(ctx):
    root = scratch_workspace(ctx)
    out = Path(ctx.tmp) / "exports"
    assert export(ctx, root, out).returncode == 0
    latest = os.readlink(out / "latest")
    cases = [("lock", signal.SIGTERM, 143), ("render", signal.SIGTERM, 143),
             ("render#4", signal.SIGTERM, 143), ("manifest", signal.SIGTERM, 143),
             ("publish", signal.SIGTERM, 143), ("render#2", signal.SIGINT, 130),
             ("render#3", signal.SIGHUP, 129)]
    for step, sig, code in cases:
        time.sleep(1.05)
        status, stderr = paused_export(ctx, root, out, step, sig)
        assert status == code, (step, status, stderr)
        name = signal.Signals(sig).name
        assert f"stopped by {name}; nothing published" in stderr, stderr
        left = sorted(p.name for p in out.iterdir())
        assert left == sorted([".ctst.lock", latest, "latest"]), (step, left)
        assert os.readlink(out / "latest") == latest, step
        with open(out / ".ctst.lock", "w") as lock:  # released
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    time.sleep(1.05)
    status, stderr = paused_export(ctx, root, out, "render", signal.SIGTERM, signal.SIGHUP)
    assert status == 143 and "stopped by SIGTERM; nothing published" in stderr, stderr
    time.sleep(1.05)
    assert export(ctx, root, out).returncode == 0
    assert os.readlink(out / "latest") != latest


def check_json_log_lines_have_time_level_job_and_plain_slashes(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "BMG.yaml"
    path.write_text(path.read_text().replace("status: submitted", "status: sent", 1))
    result = export(ctx, root, Path(ctx.tmp) / "exports", "--log-format", "json", "--verbose")
    assert result.returncode == 65, result.stderr
    assert "\\/" not in result.stderr, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
    for line in lines:
        assert stamp.match(line["time"]), line
        assert line["level"] in ("error", "warning", "info"), line
        assert line["job"] == "nightly", line
    assert any(line.get("file") == "reports/2026/submissions/BMG.yaml" for line in lines), lines


def check_io_failure_names_path_and_system_reason(ctx):
    blocker = Path(ctx.tmp) / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    result = export(ctx, ctx.root, blocker / "exports")
    assert result.returncode == 73, result.stderr
    assert result.stderr == (f"error: job 'nightly': cannot write {blocker}: Not a directory\n"), \
        result.stderr
    if os.getuid() != 0:
        locked = Path(ctx.tmp) / "read-only"
        locked.mkdir(mode=0o555)
        result = export(ctx, ctx.root, locked / "exports")
        assert result.returncode == 73
        assert f"{locked / 'exports'}: Permission denied" in result.stderr, result.stderr
