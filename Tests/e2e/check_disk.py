"""End-to-end checks of a disk that refuses the reports: ctst's stderr holds its own lines only,
never libxlsxwriter's `[ERROR]` or `[WARNING]` lines, and the exit code is 73."""
import os
import subprocess
from pathlib import Path

from check_cli import run

LIBRARY_PREFIXES = ("[ERROR]", "[WARNING]")


def small_disk(ctx, name, kilobytes):
    """A tmpfs of `kilobytes` under ctx.tmp, or None where mounting is not allowed (not root,
    no CAP_SYS_ADMIN): then the check says so and passes without testing."""
    folder = Path(ctx.tmp) / name
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(folder)],
        capture_output=True, text=True)
    if mounted.returncode != 0:
        print(f"  (not run: cannot mount a small tmpfs: {mounted.stderr.strip()})")
        return None
    return folder


def unmount(folder):
    subprocess.run(["umount", str(folder)], capture_output=True)


def assert_no_library_lines(stderr):
    for line in stderr.splitlines():
        assert not line.startswith(LIBRARY_PREFIXES), stderr


def check_a_full_disk_gives_one_ctst_line_and_exit_73(ctx):
    disk = small_disk(ctx, "full-disk", 64)
    if disk is None:
        return
    try:
        fine = run(ctx, "consolidate", "--root", ctx.root, "--format", "xlsx",
                   "--out", str(Path(ctx.tmp) / "fine"))
        assert fine.returncode == 0, fine.stderr
        out = disk / "out"
        full = run(ctx, "consolidate", "--root", ctx.root, "--format", "xlsx", "--out", str(out))
        assert full.returncode == 73, (full.returncode, full.stderr)
        assert_no_library_lines(full.stderr)
        # The validation lines of a good run, then ctst's one line for the disk.
        expected = (f"error: cannot write {out}/ctst-2026-consolidated.xlsx: "
                    "No space left on device\n")
        assert full.stderr == fine.stderr + expected, full.stderr
        assert full.stdout == "", full.stdout
        assert os.listdir(out) == [], os.listdir(out)
    finally:
        unmount(disk)


def check_a_full_temporary_folder_gives_one_ctst_line_and_exit_73(ctx):
    # libxlsxwriter assembles each part in a temporary file without checking the writes: in a
    # full $TMPDIR it used to write a workbook of empty parts and exit 0.
    disk = small_disk(ctx, "full-tmp", 64)
    if disk is None:
        return
    try:
        fill(disk)
        env = dict(os.environ, TMPDIR=str(disk))
        fine = run(ctx, "consolidate", "--root", ctx.root, "--format", "xlsx",
                   "--out", str(Path(ctx.tmp) / "fine"))
        assert fine.returncode == 0, fine.stderr
        out = Path(ctx.tmp) / "out"
        full = run(ctx, "consolidate", "--root", ctx.root, "--format", "xlsx,txt",
                   "--out", str(out), env=env)
        assert full.returncode == 73, (full.returncode, full.stderr)
        assert_no_library_lines(full.stderr)
        expected = (f"error: cannot write {out}/ctst-2026-consolidated.xlsx: its temporary files "
                    f"could not be written in full in {disk} ([Content_Types].xml came out cut "
                    "short); is that folder full?\n")
        assert full.stderr == fine.stderr + expected, full.stderr
        assert sorted(os.listdir(out)) == [], os.listdir(out)
    finally:
        unmount(disk)


def fill(folder):
    """Fills `folder`'s file system to the last byte."""
    handle = os.open(folder / "fill", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(handle, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
