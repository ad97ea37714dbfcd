"""End-to-end checks of the ctst command line: exit codes, messages, JSON listings, templates.

Each check_* function receives a context with `binary`, `root` and `tmp` (a fresh folder) and
raises AssertionError on failure.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path


def run(ctx, *args, cwd=None, env=None):
    return subprocess.run(
        [ctx.binary, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def output(result):
    """Everything a command printed: validate prints its findings on stdout, errors on stderr."""
    return result.stdout + result.stderr


def scratch_workspace(ctx):
    """A copy of the shipped config/ and submissions in ctx.tmp."""
    root = Path(ctx.tmp) / "workspace"
    shutil.copytree(Path(ctx.root) / "config", root / "config")
    for period in (Path(ctx.root) / "reports").iterdir():
        submissions = period / "submissions"
        if submissions.is_dir():
            shutil.copytree(submissions, root / "reports" / period.name / "submissions")
    return root


def replaced(text, old, new, count=-1):
    """text with old replaced by new; fails when old is not there, so an edit of the sample
    that no longer applies fails the check instead of silently testing the unedited file."""
    assert old in text, f"the sample no longer contains {old!r}"
    return text.replace(old, new, count)


def forum_listing(ctx, root=None):
    """`ctst forums --json` for the workspace at root (default: the shipped sample)."""
    result = run(ctx, "forums", "--json", "--root", str(root or ctx.root))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def enabled_forums(ctx, root=None):
    """The forum ids the workspace enables, in report order, as the binary lists them."""
    return [forum["id"] for forum in forum_listing(ctx, root) if forum["enabled"]]


def check_validate_sample_exits_0(ctx):
    for period in ("2025", "2026"):
        result = run(ctx, "validate", "--root", ctx.root, "--period", period)
        assert result.returncode == 0, f"{period}: exit {result.returncode}\n{output(result)}"
        assert " 0 errors" in output(result), output(result)


def check_validate_broken_config_exits_65_with_every_problem(ctx):
    root = scratch_workspace(ctx)
    config = root / "config" / "ctst.yaml"
    text = config.read_text()
    text = replaced(text, "end: 2025-12-31", "end: 2024-12-31")
    text = replaced(text, "on_track: 0.9", "on_track: high")
    text = replaced(text, "formats: [xlsx, txt, md]", "formats: [xlsx, pdf]")
    config.write_text(text)
    result = run(ctx, "validate", "--root", str(root))
    assert result.returncode == 65, f"exit {result.returncode}\n{output(result)}"
    lines = [line for line in output(result).splitlines() if ": error: " in line]
    assert len(lines) == 3, output(result)
    for line in lines:
        assert line.startswith("config/ctst.yaml:"), line
        location = line.split(": error: ")[0].split(":")
        assert len(location) == 3 and location[1].isdigit() and location[2].isdigit(), line
    assert "'status.on_track' must be a number, found 'high'" in output(result)


def check_mistyped_economy_and_indicator_suggest_closest(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "SCCP.yaml"
    text = path.read_text()
    assert "VNM" in text and "sccp.trp_economies" in text
    text = text.replace("VNM", "VNN", 1).replace("sccp.trp_economies", "sccp.trp_economys", 1)
    path.write_text(text)
    result = run(ctx, "validate", "--root", str(root), "--forum", "SCCP")
    assert result.returncode == 65, output(result)
    assert "unknown economy code 'VNN' (did you mean 'VNM' for Viet Nam?)" in output(result), output(
        result)
    assert (
        "unknown indicator 'sccp.trp_economys' for SCCP (did you mean 'sccp.trp_economies'?)"
        in output(result)
    ), output(result)
    for line in output(result).splitlines():
        if ": error: " in line:
            assert line.startswith("reports/2026/submissions/SCCP.yaml:"), line


def check_missing_config_exits_66(ctx):
    root = scratch_workspace(ctx)
    (root / "config" / "economies.yaml").unlink()
    result = run(ctx, "validate", "--root", str(root))
    assert result.returncode == 66, output(result)
    assert "cannot find config/economies.yaml" in output(result)


def check_unknown_period_and_path_like_period_are_usage_errors(ctx):
    for period in ("1999", "../../x", "2026/../..", "a\x01b"):
        result = run(ctx, "validate", "--root", ctx.root, "--period", period)
        assert result.returncode == 64, f"{period!r}: exit {result.returncode}"
        assert "unknown period" in result.stderr


def check_name_options_ignore_blanks_at_the_ends_and_show_invisible_characters(ctx):
    # One rule for every option that names something: blanks and invisible characters at
    # either end are ignored (U+0085 NEL as much as a space); anything else is refused with
    # the option, the value with its invisible characters shown, a suggestion that is never
    # the text shown, and what to write.
    out = Path(ctx.tmp) / "names"
    formats = "write one or more of xlsx, txt, md, json, csv, separated by commas"
    forums = "write one of the enabled forums: " + ", ".join(enabled_forums(ctx))
    refused = [
        (["consolidate", "--format", "t\u200bxt,md"],
         "error: --format: unknown format 't\\u{200B}xt' (did you mean 'txt'?); " + formats),
        (["consolidate", "--format", "txt,\u0301md"],
         "error: --format: unknown format '\\u{301}md' (did you mean 'md'?); " + formats),
        (["consolidate", "--format", "pdf"], "error: --format: unknown format 'pdf'; " + formats),
        (["consolidate", "--format", "x" * 5000],
         "error: --format: unknown format '" + "x" * 100 + "…'; " + formats),
        (["consolidate", "--format", " , \u0085"], "error: --format: no format given; " + formats),
        (["validate", "--period", "20\u202e26"],
         "error: --period: unknown period '20\\u{202E}26' (did you mean '2026'?); write one of"
         " the periods in config/ctst.yaml: 2025, 2026"),
        (["validate", "--period", "a\x01b"],
         "error: --period: unknown period 'a\\u{1}b'; write one of the periods in"
         " config/ctst.yaml: 2025, 2026"),
        (["validate", "--forum", "sc\u00a0cp"],
         "error: --forum: unknown or disabled forum 'sc\\u{A0}cp' (did you mean 'SCCP'?); "
         + forums),
        (["section", "B\ufeffMG"],
         "error: <forum>: unknown or disabled forum 'B\\u{FEFF}MG' (did you mean 'BMG'?); "
         + forums),
        (["template", "TELL"],
         "error: <forum>: unknown or disabled forum 'TELL' (did you mean 'TEL'?); " + forums),
        (["validate", "--format", "jsno"],
         "error: --format: unknown format 'jsno' (did you mean 'json'?); write text or json"),
        (["export", "--log-format", "\u0085txt"],
         "error: --log-format: unknown log format 'txt' (did you mean 'text'?); write text or"
         " json"),
        (["validate", "--period", "\u200b"],
         "error: --period: no period given; write one of the periods in config/ctst.yaml: 2025,"
         " 2026"),
        (["section", "\u00a0"], "error: <forum>: no forum given; " + forums),
        (["validate", "--forum", ""], "error: --forum: no forum given; " + forums),
        (["export", "--job", " "],
         "error: --job: no job given; write one of the jobs in config/ctst.yaml: nightly"),
        (["export", "--job", "nightly\u200b2"],
         "error: --job: unknown job 'nightly\\u{200B}2' (did you mean 'nightly'?); write one of"
         " the jobs in config/ctst.yaml: nightly"),
    ]
    for args, message in refused:
        result = run(ctx, *args, "--root", ctx.root, *(["--out", str(out)] if args[0] in (
            "consolidate", "section") else []))
        assert (result.returncode, result.stderr) == (64, message + "\n"), (args, result.stderr)
    assert not out.exists()
    accepted = [
        (["consolidate", "--format", "\u0085txt, MD\u3000"], ["ctst-2026-consolidated.md",
                                                               "ctst-2026-consolidated.txt"]),
        (["section", "\ufeffbmg\u2028", "--format", "\tcsv"], ["ctst-2026-BMG.csv"]),
        (["review", "--forum", "\u00a0tel", "--format", "txt", "--period", "2026\u0085"],
         ["ctst-2026-TEL-review.txt"]),
    ]
    for args, files in accepted:
        result = run(ctx, *args, "--root", ctx.root, "--out", str(out))
        assert result.returncode in (0, 65), (args, result.returncode, result.stderr)
        assert sorted(p.name for p in out.iterdir()) == files, (args, list(out.iterdir()))
        shutil.rmtree(out)
    result = run(ctx, "validate", "--root", ctx.root, "--forum", "\u0085sccp\u00a0",
                 "--format", " JSON\u2029")
    assert result.returncode in (0, 65), result.stderr
    assert json.loads(result.stdout)["summary"].startswith("checked period 2026"), result.stdout


def check_validate_forum_with_files_follows_the_same_rule(ctx):
    # With FILE arguments too: --forum is trimmed, and one naming nothing gets the same message.
    submission = str(Path(ctx.root) / "reports" / "2026" / "submissions" / "SCCP.yaml")
    result = run(ctx, "validate", "--root", ctx.root, "--forum", "\u200bsccp\u0085", submission)
    assert result.returncode in (0, 65), result.stderr
    assert "checked 1 file" in result.stdout, result.stdout
    forums = "write one of the enabled forums: " + ", ".join(enabled_forums(ctx))
    result = run(ctx, "validate", "--root", ctx.root, "--forum", "SC\u200bCP", submission)
    assert (result.returncode, result.stderr) == (
        64, "error: --forum: unknown or disabled forum 'SC\\u{200B}CP' (did you mean 'SCCP'?); "
        + forums + "\n"), result.stderr


def check_unknown_option_is_usage_error(ctx):
    result = run(ctx, "validate", "--bogus")
    assert result.returncode == 64, result.returncode


def check_forums_json(ctx):
    forums = forum_listing(ctx)
    ids = [f["id"] for f in forums]
    assert ids and len(ids) == len(set(ids)), ids
    assert all(f["enabled"] is True for f in forums), "the sample enables every forum"
    for forum in forums:
        assert forum["name"] and forum["components"], forum
        assert forum["indicators"], forum["id"]
        for indicator in forum["indicators"]:
            for key in ("id", "title", "unit", "direction", "component", "pillars"):
                assert key in indicator, (forum["id"], indicator)


def check_forums_takes_root_and_shows_what_the_workspace_enables(ctx):
    root = scratch_workspace(ctx)
    ids = [forum["id"] for forum in forum_listing(ctx, root)]
    config = root / "config" / "ctst.yaml"
    config.write_text(config.read_text() + f"\nforums: [{ids[-1]}]\n")
    assert enabled_forums(ctx, root) == [ids[-1]]
    text = run(ctx, "forums", "--root", str(root))
    assert text.returncode == 0, text.stderr
    assert f"{ids[0]}  " in text.stdout and "[disabled in config/ctst.yaml]" in text.stdout
    outside = run(ctx, "forums", "--json", cwd=ctx.tmp, env={"PATH": "/usr/bin:/bin"})
    assert outside.returncode == 0, outside.stderr
    assert [f["id"] for f in json.loads(outside.stdout)] == ids
    assert all("enabled" not in f for f in json.loads(outside.stdout))
    missing = run(ctx, "forums", "--root", str(Path(ctx.tmp) / "nowhere"))
    assert missing.returncode == 66, missing.stderr


def check_template_validates_as_is(ctx):
    root = scratch_workspace(ctx)
    for forum in enabled_forums(ctx, root):
        result = run(ctx, "template", forum, "--root", str(root), "--period", "2026")
        assert result.returncode == 0, result.stderr
        assert f"forum: {forum}" in result.stdout
        target = root / "reports" / "2026" / "submissions" / f"{forum}.yaml"
        target.write_text(result.stdout)
        check = run(ctx, "validate", "--root", str(root), "--period", "2026", "--forum", forum)
        assert check.returncode == 0, f"{forum}: {check.stderr}"


def check_status_lists_every_forum(ctx):
    result = run(ctx, "status", "--root", ctx.root, "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["forum"]: row for row in json.loads(result.stdout)}
    assert list(rows) == enabled_forums(ctx)
    assert rows["SCCP"]["timeliness"].startswith("late by"), rows["SCCP"]
    assert rows["TEL"]["status"] == "draft", rows["TEL"]


def counted(number, noun):
    return f"{number} {noun}{'' if number == 1 else 's'}"


def check_status_counts_the_findings_validate_reports(ctx):
    """One source of findings: status's per-forum errors and warnings, the cross-forum
    contradictions included, are validate's, forum by forum and in total."""
    result = run(ctx, "status", "--root", ctx.root, "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)

    def checked(*args):
        check = run(ctx, "validate", "--root", ctx.root, *args)
        lines = (check.stdout + check.stderr).splitlines()
        return next(line for line in lines if line.startswith("checked period")), lines

    for row in rows:
        last, _ = checked("--forum", row["forum"])
        expected = f"{counted(row['errors'], 'error')}, {counted(row['warnings'], 'warning')}"
        assert expected in last, f"{row['forum']}: status {expected}, validate: {last}"
    whole, lines = checked()
    total = sum(row["warnings"] for row in rows)
    assert f", {counted(total, 'warning')}" in whole, f"status total {total}, validate: {whole}"
    assert any("disagree about" in line for line in lines), lines


def check_unreadable_submission_is_received_not_missing(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "SCCP.yaml"
    path.write_text(path.read_text() + "  broken: [\n")
    result = run(ctx, "status", "--root", str(root))
    assert result.returncode == 0, result.stderr
    sccp = next(line for line in result.stdout.splitlines() if line.startswith("SCCP "))
    assert "received, cannot be read: fix its errors" in sccp, sccp
    assert "5 of 5 fora have a submission file;" in result.stdout, result.stdout
    assert "1 received but cannot be read (fix the errors), 0 missing." in result.stdout
    rows = {row["forum"]: row for row in json.loads(
        run(ctx, "status", "--root", str(root), "--json").stdout)}
    assert rows["SCCP"]["unreadable"] is True and rows["SCCP"]["errors"] == 1, rows["SCCP"]
    out = Path(ctx.tmp) / "unreadable-report"
    report = run(ctx, "consolidate", "--root", str(root), "--period", "2026", "--format", "txt",
                 "--out", str(out))
    assert report.returncode == 65, report.stderr
    text = " ".join((out / "ctst-2026-consolidated.txt").read_text().split())
    assert ("SCCP, a lead forum, did not report on this component: its submission was"
            " received but cannot be read until its errors are fixed.") in text, text[:3000]
    assert "no submission received" not in text
    # A folder where the file should be (a file that cannot be read, like one without read
    # permission) was counted as missing, and the report said BMG sent nothing.
    bmg = root / "reports" / "2026" / "submissions" / "BMG.yaml"
    bmg.unlink()
    bmg.mkdir()
    result = run(ctx, "status", "--root", str(root))
    line = next(line for line in result.stdout.splitlines() if line.startswith("BMG "))
    assert "received, cannot be read: fix its errors" in line, line
    assert "2 received but cannot be read (fix the errors), 0 missing." in result.stdout, (
        result.stdout)


def check_root_from_environment_and_any_directory(ctx):
    env = {"PATH": "/usr/bin:/bin", "CTST_ROOT": ctx.root}
    result = run(ctx, "validate", cwd="/", env=env)
    assert result.returncode == 0, result.stderr


def check_every_way_of_naming_the_workspace_reads_that_workspace(ctx):
    """The workspace is loaded while the command line is parsed, from a guess at the folder it
    names; whatever the form (--root DIR, --root=DIR, repeated, $CTST_ROOT, the folder above),
    the command reads the folder the parser resolves, never another one."""
    full = scratch_workspace(ctx)
    partial = Path(ctx.tmp) / "partial"
    shutil.copytree(full, partial)
    (partial / "reports" / "2026" / "submissions" / "TEL.yaml").unlink()
    full_line = "checked period 2026: 5 of 5 submissions, 0 errors,"
    partial_line = "checked period 2026: 4 of 5 submissions, 0 errors,"
    env = {"PATH": "/usr/bin:/bin"}
    cases = [
        (["--root", str(full)], partial, env, full_line),
        (["--root=" + str(full)], partial, env, full_line),
        (["--root", str(full), "--root", str(partial)], "/", env, partial_line),
        (["--root=" + str(partial), "--root", str(full)], "/", env, full_line),
        (["--root", str(partial)], "/", {**env, "CTST_ROOT": str(full)}, partial_line),
        ([], partial, {**env, "CTST_ROOT": str(full)}, full_line),
        ([], partial / "reports" / "2026", env, partial_line),
        ([], full / "config", env, full_line),
    ]
    for args, cwd, environment, expected in cases:
        result = run(ctx, "validate", *args, cwd=cwd, env=environment)
        assert result.returncode == 0, (args, cwd, result.stderr)
        assert result.stdout.splitlines()[-1].startswith(expected), (args, cwd, result.stdout)
    missing = run(ctx, "validate", "--root", cwd=full, env=env)
    assert missing.returncode == 64, missing
    assert missing.stderr.splitlines()[0] == "error: Missing value for '--root <dir>'", missing.stderr


def check_lost_standard_output_is_exit_74_not_success(ctx):
    """Output that cannot be written (a full disk, a closed descriptor, a broken pipe whose
    signal is ignored, as under some service managers) ends in 74 with one line on stderr;
    a non-blocking pipe to a slow reader still gets every byte."""
    import fcntl
    import os
    import signal
    import time
    args = [str(ctx.binary), "validate", "--root", str(ctx.root), "--format", "json"]
    expected = subprocess.run(args, capture_output=True, timeout=120).stdout
    message = "error: standard output could not be written (%s); what the command printed there is lost"

    with open("/dev/full", "wb") as full:
        result = subprocess.run(args, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert result.returncode == 74, result
    assert result.stderr.splitlines()[-1] == message % "No space left on device", result.stderr

    result = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            timeout=120, preexec_fn=lambda: os.close(1))
    assert result.returncode == 74, result
    assert result.stderr.splitlines()[-1] == message % "Bad file descriptor", result.stderr

    read_end, write_end = os.pipe()
    os.close(read_end)
    result = subprocess.run(args, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120,
                            preexec_fn=lambda: signal.signal(signal.SIGPIPE, signal.SIG_IGN))
    os.close(write_end)
    assert result.returncode == 74, result
    assert result.stderr.splitlines()[-1] == message % "Broken pipe", result.stderr

    args = [str(ctx.binary), "schema", "CTTF", "--root", str(ctx.root)]  # 40 KB or so
    expected = subprocess.run(args, capture_output=True, timeout=120).stdout
    assert len(expected) > 10 * 4096, len(expected)
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETFL, fcntl.fcntl(write_end, fcntl.F_GETFL) | os.O_NONBLOCK)
    fcntl.fcntl(write_end, 1031, 4096)  # F_SETPIPE_SZ: a small pipe fills at once
    process = subprocess.Popen(args, stdout=write_end, stderr=subprocess.DEVNULL)
    os.close(write_end)
    received = b""
    while True:
        time.sleep(0.001)
        chunk = os.read(read_end, 1024)
        if not chunk:
            break
        received += chunk
    os.close(read_end)
    assert process.wait(timeout=120) == 0
    assert received == expected, (len(received), len(expected))


def check_dash_out_is_standard_output_or_refused(ctx):
    # '-' is standard output for the commands that write one file, and refused, before
    # anything is read or written, by those that write a folder of files.
    refusal = ("error: --out names the folder the files are written into, and '-' (standard"
               " output) cannot hold several files: name a folder, such as --out ./reports-out\n")
    work = Path(ctx.tmp) / "dash-out"
    work.mkdir(parents=True, exist_ok=True)
    for args in (["consolidate"], ["section", "TEL"], ["review"], ["export"]):
        result = subprocess.run([ctx.binary, *args, "--root", ctx.root, "--out", "-"],
                                cwd=work, capture_output=True, text=True)
        assert result.returncode == 64, (args, output(result))
        assert result.stderr.startswith(refusal), (args, result.stderr)
        assert not (work / "-").exists(), args
    for args in (["template", "TEL"], ["schema", "TEL"]):
        result = subprocess.run([ctx.binary, *args, "--root", ctx.root, "--out", "-"],
                                cwd=work, capture_output=True, text=True)
        assert result.returncode == 0, (args, output(result))
        assert not (work / "-").exists(), args
        expected = run(ctx, *args, "--root", ctx.root)
        assert result.stdout == expected.stdout, args
