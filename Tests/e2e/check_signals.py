"""End-to-end checks of signals while consolidate, section and review write their files: the
unfinished files are removed, a file under a final name is complete (the new one or the
earlier one), and ctst exits 128 + the signal with one line on stderr.

A run is paused inside the write with CTST_TEST_PAUSE_AT (``render``: every format is in its
temporary file, none moved into place; ``place#n``: the n-th file has been moved into place)."""
import os
import signal
import stat
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

MINIMAL_ENV = {"PATH": "/usr/bin:/bin"}
CONSOLIDATED = ["ctst-2026-consolidated.xlsx", "ctst-2026-consolidated.txt",
                "ctst-2026-consolidated.md"]


def earlier_reports(folder, names):
    """An earlier report under each of `names` in `folder`: its bytes, by name."""
    folder.mkdir(parents=True, exist_ok=True)
    reports = {name: f"the earlier report {name}\n".encode() for name in names}
    for name, data in reports.items():
        (folder / name).write_bytes(data)
    return reports


def paused(ctx, args, step, ignore=None):
    """Starts ctst with `args` and waits until it says it paused at `step` on stderr (after
    the sample's warnings); the process. `ignore`: a signal the process starts with ignored,
    as under nohup."""
    def ignoring():
        if ignore is not None:
            signal.signal(ignore, signal.SIG_IGN)
    process = subprocess.Popen(
        [ctx.binary, *args], env={**MINIMAL_ENV, "CTST_TEST_PAUSE_AT": step}, cwd="/",
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=ignoring)
    expected = f"ctst: paused at step {step if '#' in step else step + '#1'}\n"
    lines = []
    while not lines or lines[-1] not in (expected, ""):
        lines.append(process.stderr.readline())
    if lines[-1] != expected:
        process.kill()
        process.communicate()
        raise AssertionError(f"not paused at {step}: {''.join(lines)[-300:]!r}")
    return process


def stopped_line(name, out):
    return (f"error: stopped by {name} while writing {out}; unfinished files removed, "
            "no report replaced by an incomplete one\n")


def temporaries(out):
    return sorted(p.name for p in out.iterdir() if ".tmp-" in p.name)


def check_sigterm_while_consolidate_renders_removes_its_temporaries(ctx):
    out = Path(ctx.tmp) / "out"
    earlier = earlier_reports(out, CONSOLIDATED)
    args = ["consolidate", "--root", ctx.root, "--out", str(out), "--format", "xlsx,txt,md"]
    process = paused(ctx, args, "render")
    pid = process.pid
    assert temporaries(out) == sorted(f".{name}.tmp-{pid}" for name in CONSOLIDATED), \
        sorted(os.listdir(out))
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, (process.returncode, stderr)
    assert stderr == stopped_line("SIGTERM", out), stderr
    assert str(out) not in stdout, stdout
    assert sorted(os.listdir(out)) == sorted(earlier), sorted(os.listdir(out))
    for name, data in earlier.items():
        assert (out / name).read_bytes() == data, name


def check_sigint_after_the_first_file_is_placed_keeps_it_and_the_earlier_others(ctx):
    out = Path(ctx.tmp) / "out"
    earlier = earlier_reports(out, CONSOLIDATED)
    args = ["consolidate", "--root", ctx.root, "--out", str(out), "--format", "xlsx,txt,md"]
    process = paused(ctx, args, "place#1")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, (process.returncode, stderr)
    assert stderr == stopped_line("SIGINT", out), stderr
    assert sorted(os.listdir(out)) == sorted(earlier), sorted(os.listdir(out))
    workbook = (out / CONSOLIDATED[0]).read_bytes()
    assert workbook.startswith(b"PK\x03\x04") and len(workbook) > 1000, workbook[:40]
    for name in CONSOLIDATED[1:]:
        assert (out / name).read_bytes() == earlier[name], name


def check_sighup_while_review_renders_exits_129_and_an_ignored_one_is_ignored(ctx):
    out = Path(ctx.tmp) / "out"
    names = ["ctst-2026-review.md", "ctst-2026-review.txt"]
    earlier = earlier_reports(out, names)
    args = ["review", "--root", ctx.root, "--out", str(out), "--format", "txt,md"]
    process = paused(ctx, args, "render")
    process.send_signal(signal.SIGHUP)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 129, (process.returncode, stderr)
    assert stderr == stopped_line("SIGHUP", out), stderr
    assert sorted(os.listdir(out)) == names, sorted(os.listdir(out))
    # Under nohup (SIGHUP ignored), SIGHUP stays ignored and the run goes on; SIGTERM stops it.
    process = paused(ctx, args, "render", ignore=signal.SIGHUP)
    process.send_signal(signal.SIGHUP)
    time.sleep(0.3)
    assert process.poll() is None, process.returncode
    assert len(temporaries(out)) == 2, sorted(os.listdir(out))
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, (process.returncode, stderr)
    assert sorted(os.listdir(out)) == names, sorted(os.listdir(out))
    for name, data in earlier.items():
        assert (out / name).read_bytes() == data, name



def check_sigterm_at_any_moment_leaves_no_temporary_and_no_partial_report(ctx):
    """Without a pause: SIGTERM at moments spread over a whole run. Whenever it arrives, no
    temporary file is left, and each report is the earlier one or the complete new one."""
    reference = Path(ctx.tmp) / "reference"
    args = ["consolidate", "--root", ctx.root, "--format", "xlsx,txt,md", "--out"]
    started = time.monotonic()
    result = subprocess.run([ctx.binary, *args, str(reference)], env=MINIMAL_ENV, cwd="/",
                            capture_output=True, timeout=120)
    duration = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    complete = {name: (reference / name).read_bytes() for name in CONSOLIDATED}
    out = Path(ctx.tmp) / "out"
    earlier = earlier_reports(out, CONSOLIDATED)
    statuses = set()
    runs = 24
    for turn in range(runs):
        process = subprocess.Popen([ctx.binary, *args, str(out)], env=MINIMAL_ENV, cwd="/",
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(duration * turn / runs)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
        statuses.add(process.returncode)
        assert process.returncode in (0, 143, -signal.SIGTERM), (process.returncode, stderr)
        assert temporaries(out) == [], (turn, process.returncode, temporaries(out))
        for name in CONSOLIDATED:
            data = (out / name).read_bytes()
            assert data in (earlier[name], complete[name]), (turn, name, len(data))
    assert -signal.SIGTERM in statuses or 143 in statuses, statuses


def check_sigterm_with_standard_error_closed_still_exits_143(ctx):
    """Standard error is a pipe whose reader has gone (a log reader killed with the job): the
    notice is lost, but the run still removes its temporaries and exits 143, not by SIGPIPE."""
    out = Path(ctx.tmp) / "out"
    args = ["consolidate", "--root", ctx.root, "--out", str(out), "--format", "xlsx,txt"]
    process = paused(ctx, args, "render")
    process.stderr.close()
    process.stdout.close()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 143, process.returncode
    assert temporaries(out) == [], sorted(os.listdir(out))


def check_reports_and_folders_are_made_with_the_users_umask(ctx):
    """Under umask 002 (a team's shared folder) every report, the workbook as much as the
    texts, is 0664 and a folder ctst makes is 0775; under 022, 0644 and 0755."""
    for mask, file_mode, folder_mode in ((0o002, 0o664, 0o775), (0o022, 0o644, 0o755)):
        out = Path(ctx.tmp) / f"umask-{mask:03o}" / "reports"
        result = subprocess.run(
            [ctx.binary, "consolidate", "--root", ctx.root, "--out", str(out),
             "--format", "xlsx,txt,md,json,csv"],
            env=MINIMAL_ENV, cwd="/", capture_output=True, text=True, timeout=120,
            preexec_fn=lambda mask=mask: os.umask(mask))
        assert result.returncode == 0, result.stderr
        modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in out.iterdir()}
        assert len(modes) == 5 and set(modes.values()) == {file_mode}, (oct(mask), modes)
        for folder in (out, out.parent):
            assert stat.S_IMODE(folder.stat().st_mode) == folder_mode, (folder, oct(mask))


def check_the_notice_is_one_line_whatever_the_folder_is_named(ctx):
    """A folder named with a line break and a terminal escape: the notice shows them as
    escapes and stays one line."""
    out = Path(ctx.tmp) / "out\nerror: not ctst\x1b[31m"
    process = paused(ctx, ["consolidate", "--root", ctx.root, "--out", str(out),
                           "--format", "txt"], "render")
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, (process.returncode, stderr)
    shown = str(out).replace("\n", "\\u{A}").replace("\x1b", "\\u{1B}")
    assert stderr == stopped_line("SIGTERM", shown), stderr
    assert temporaries(out) == [], sorted(os.listdir(out))


def check_a_umask_without_owner_write_still_writes_read_only_reports(ctx):
    """Under umask 0222 the reports are made read-only (0444), as before the files were made
    up front: a file the umask leaves unwritable is still written. Run as nobody when the
    checks run as root, for whom permissions do not bite."""
    out = Path(tempfile.mkdtemp(prefix="ctst-umask-"))  # a folder ctst would make 0555
    os.chmod(out, 0o777)

    def restricted():
        os.umask(0o222)
        if os.geteuid() == 0:
            os.setgid(65534)
            os.setuid(65534)
    try:
        result = subprocess.run(
            [os.path.abspath(ctx.binary), "consolidate", "--root", os.path.abspath(ctx.root),
             "--out", str(out), "--format", "xlsx,txt,md,json,csv"],
            env=MINIMAL_ENV, cwd="/", capture_output=True, text=True, timeout=120,
            preexec_fn=restricted)
        assert result.returncode == 0, result.stderr[-400:]
        modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in out.iterdir()}
        assert len(modes) == 5 and set(modes.values()) == {0o444}, modes
    finally:
        shutil.rmtree(out)
