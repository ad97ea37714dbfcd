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


def check_a_temporary_folder_of_small_blocks_that_fills_midway_is_caught(ctx):
    # A small ext2 file system has 1 KiB blocks: full, it cut the Data sheet's part to
    # 301 x 1024 bytes, a size that is not a multiple of 4096, and the workbook was written
    # broken with exit 0. With room for the small parts and not for that one:
    folder = Path(ctx.tmp) / "small-blocks"
    folder.mkdir()
    image = Path(ctx.tmp) / "small-blocks.img"
    subprocess.run(["truncate", "-s", "400k", str(image)], check=True)
    made = subprocess.run(["mkfs.ext2", "-q", "-b", "1024", "-m", "0", "-N", "32", str(image)],
                          capture_output=True, text=True)
    mounted = made.returncode == 0 and subprocess.run(
        ["mount", "-o", "loop", str(image), str(folder)], capture_output=True).returncode == 0
    if not mounted:
        print("  (not run: cannot make and mount a small ext2 file system)")
        return
    try:
        free = os.statvfs(folder)
        left = free.f_bavail * free.f_frsize - 305 * 1024
        with open(folder / "fill", "wb") as handle:
            handle.write(b"\0" * max(left, 0))
        env = dict(os.environ, TMPDIR=str(folder))
        out = Path(ctx.tmp) / "small-blocks-out"
        result = run(ctx, "consolidate", "--root", ctx.root, "--format", "xlsx",
                     "--out", str(out), env=env)
        assert result.returncode == 73, (result.returncode, result.stderr)
        assert_no_library_lines(result.stderr)
        assert result.stderr.splitlines()[-1] == (
            f"error: cannot write {out}/ctst-2026-consolidated.xlsx: its temporary files could"
            f" not be written in full in {folder} (xl/worksheets/sheet12.xml came out cut"
            " short); is that folder full?"), result.stderr
        assert os.listdir(out) == [], os.listdir(out)
    finally:
        unmount(folder)


def check_the_message_names_the_folder_that_filled_not_an_unusable_tmpdir(ctx):
    # libxlsxwriter goes on to /tmp when $TMPDIR cannot take a file: the message names /tmp.
    # In a private mount namespace the old /tmp stays reachable at /mnt (the binary and the
    # workspace may live under it, as in a fresh clone) and a full 64 KiB tmpfs covers /tmp.
    def seen(path):
        path = str(path)
        return "/mnt/" + path[len("/tmp/"):] if path.startswith("/tmp/") else path
    out = seen(Path(ctx.tmp) / "fb")
    script = ("mount --bind /tmp /mnt && mount -t tmpfs -o size=64k tmpfs /tmp"
              f" && exec env TMPDIR=/nonexistent '{seen(ctx.binary)}' consolidate"
              f" --root '{seen(ctx.root)}' --format xlsx --out '{out}'")
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True,
                            text=True, timeout=120)
    first = result.stderr.splitlines()[0] if result.stderr else ""
    if first.startswith(("unshare:", "mount:")):
        print(f"  (not run: cannot mount a tmpfs on /tmp in a private namespace: {first})")
        return
    assert result.returncode == 73, (result.returncode, result.stderr)
    assert result.stderr.splitlines()[-1] == (
        f"error: cannot write {out}/ctst-2026-consolidated.xlsx: its temporary files could"
        " not be written in full in /tmp (xl/worksheets/sheet12.xml came out cut short); is"
        " that folder full?"), result.stderr
