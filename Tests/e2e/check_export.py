"""End-to-end checks of `ctst export`, the cron entry point: unattended runs, the lock,
retention, manifests, kill safety, unwritable folders and invalid input."""
import fcntl
import hashlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

from check_cli import enabled_forums, replaced, run, scratch_workspace

MINIMAL_ENV = {"PATH": "/usr/bin:/bin"}


def export(ctx, root, out, *extra, env=None, cwd="/"):
    return run(ctx, "export", "--root", str(root), "--out", str(out), *extra, cwd=cwd,
               env=env or MINIMAL_ENV)


def runs(out):
    return sorted(p.name for p in Path(out).iterdir() if p.is_dir() and not p.name.startswith(".")
                  and not p.is_symlink())


def check_export_from_root_under_env_i_is_quiet(ctx):
    out = Path(ctx.tmp) / "exports"
    result = export(ctx, ctx.root, out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", (result.stdout, result.stderr)
    latest = out / "latest"
    assert latest.is_symlink() and (latest / "manifest.json").is_file()


def check_manifest_checksums_match(ctx):
    out = Path(ctx.tmp) / "exports"
    assert export(ctx, ctx.root, out).returncode == 0
    run_dir = out / "latest"
    manifest = json.loads((run_dir / "manifest.json").read_text())
    for key in ("tool_version", "period", "started", "finished", "inputs", "outputs",
                "diagnostics", "exit_status"):
        assert key in manifest, key
    assert manifest["exit_status"] == 0
    # The sample's job writes the consolidated report, with `sections: all` every enabled
    # forum's section, and with `review: true` the review pack, each in five formats, and
    # snapshot.json.
    documents = 2 + len(enabled_forums(ctx))
    assert len(manifest["outputs"]) == documents * 5 + 1, len(manifest["outputs"])
    for forum in enabled_forums(ctx):
        assert any(o["path"].endswith(f"-{forum}.md") for o in manifest["outputs"]), forum
    assert any(o["path"] == "ctst-2026-review.txt" for o in manifest["outputs"])
    for output in manifest["outputs"]:
        data = (run_dir / output["path"]).read_bytes()
        assert len(data) == output["bytes"], output["path"]
        assert hashlib.sha256(data).hexdigest() == output["sha256"], output["path"]
    for item in manifest["inputs"]:
        data = (Path(ctx.root) / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"], item["path"]


def check_second_run_while_locked_exits_75(ctx):
    out = Path(ctx.tmp) / "exports"
    out.mkdir(parents=True)
    with open(out / ".ctst.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        started = time.monotonic()
        result = export(ctx, ctx.root, out)
        elapsed = time.monotonic() - started
    assert result.returncode == 75, (result.returncode, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "holds the lock" in result.stderr
    assert elapsed < 30, elapsed
    assert runs(out) == []


def check_retention_keeps_newest_runs(ctx):
    out = Path(ctx.tmp) / "exports"
    for _ in range(4):
        assert export(ctx, ctx.root, out, "--keep", "2").returncode == 0
        time.sleep(1.05)
    kept = runs(out)
    assert len(kept) == 2, kept
    assert os.readlink(out / "latest") == kept[-1]


def check_kill_mid_run_leaves_latest_intact(ctx):
    out = Path(ctx.tmp) / "exports"
    assert export(ctx, ctx.root, out).returncode == 0
    before = os.readlink(out / "latest")
    time.sleep(1.05)
    for delay in (0.05, 0.2, 0.5):
        process = subprocess.Popen(
            [ctx.binary, "export", "--root", ctx.root, "--out", str(out)],
            env=MINIMAL_ENV, cwd="/", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        latest = os.readlink(out / "latest")
        assert (out / latest / "manifest.json").is_file(), latest
        for name in runs(out):
            assert (out / name / "manifest.json").is_file(), f"{name} has no manifest"
    assert (out / before / "manifest.json").is_file()


def check_unwritable_export_dir_exits_73_with_path(ctx):
    blocker = Path(ctx.tmp) / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "exports"
    result = export(ctx, ctx.root, target)
    assert result.returncode == 73, (result.returncode, result.stderr)
    assert str(target) in result.stderr or str(blocker) in result.stderr, result.stderr


def check_invalid_input_exits_65_and_strict_publishes_nothing(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "BMG.yaml"
    text = replaced(path.read_text(), "status: submitted", "status: sent", 1)
    assert "status: sent" in text
    path.write_text(text)
    out = Path(ctx.tmp) / "exports"
    result = export(ctx, root, out)
    assert result.returncode == 65, result.stderr
    assert "reports/2026/submissions/BMG.yaml" in result.stderr
    assert len(runs(out)) == 1
    strict_out = Path(ctx.tmp) / "strict"
    result = export(ctx, root, strict_out, "--strict")
    assert result.returncode == 65, result.stderr
    assert not strict_out.exists() or runs(strict_out) == []


def check_json_log_lines(ctx):
    root = scratch_workspace(ctx)
    path = root / "reports" / "2026" / "submissions" / "BMG.yaml"
    path.write_text(replaced(path.read_text(), "status: submitted", "status: sent", 1))
    result = export(ctx, root, Path(ctx.tmp) / "exports", "--log-format", "json")
    assert result.returncode == 65
    lines = [json.loads(line) for line in result.stderr.splitlines()]
    assert any(line.get("file") == "reports/2026/submissions/BMG.yaml" for line in lines), lines


def check_nul_in_on_failure_is_refused_when_the_config_is_read(ctx):
    # YAML's "\0" is a NUL character, where C ends a text: "sh -c" would run only the part
    # before it. The configuration is refused at the "\0", nothing runs and nothing is written.
    root = scratch_workspace(ctx)
    config = root / "config" / "ctst.yaml"
    marker = Path(ctx.tmp) / "hook-ran"
    line = "    # on_failure: 'mail -s"
    text = config.read_text()
    number = text[: text.index(line)].count("\n") + 1
    hook = f'    on_failure: "touch {marker}\\0; echo the rest"  # '
    column = hook.index("\\0") + 1  # the finding is at the escape
    config.write_text(replaced(text, line, hook + line.strip()))
    out = Path(ctx.tmp) / "exports"
    result = export(ctx, root, out)
    assert result.returncode == 65, (result.returncode, result.stderr)
    assert result.stderr == (
        f"config/ctst.yaml:{number}:{column}: error: 'exports[0].on_failure' contains a NUL"
        " character"
        " (U+0000, written \\0, \\x00 or \\u0000): a command ends at the first one, so only"
        f" 'touch {marker}' would run; delete it\n"), result.stderr
    assert not marker.exists()
    assert not out.exists()
