#!/usr/bin/env python3
"""The standalone install, end to end (run by `make install-test`, part of `make test`).

Runs `make install PREFIX=<temporary folder>`, then checks the installed binary: no library
from the Swift toolchain in `ldd`, runs under `env -i PATH=/usr/bin:/bin` from `/`, `man -l`
renders the page with every subcommand, option, exit code and example, the bash, zsh and fish
completions hold the forum ids and the export job, and `make uninstall` removes every file.
Prints ``PASS name`` / ``FAIL name: reason`` per check and ``N passed, M failed``; exits 1 on a
failure.

    python3 Tests/e2e/install_test.py --root . --make make
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FORUMS = ["CTTF", "TPTWG", "SCCP", "BMG", "TEL"]
MINIMAL_ENV = {"PATH": "/usr/bin:/bin"}
INSTALLED = [
    "bin/ctst", "share/man/man1/ctst.1", "share/bash-completion/completions/ctst",
    "share/zsh/site-functions/_ctst", "share/fish/vendor_completions.d/ctst.fish",
]


def toolchain_root() -> str:
    swift = shutil.which("swift")
    assert swift, "swift is not on PATH"
    # /opt/swift/usr/bin/swift -> /opt/swift
    return str(Path(os.path.realpath(swift)).parent.parent.parent)


def run(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)


def check_ldd_has_no_toolchain_path(prefix: Path, root: Path):
    result = run(["ldd", str(prefix / "bin/ctst")])
    toolchain = toolchain_root()
    assert result.returncode == 0, result.stderr
    assert toolchain not in result.stdout, result.stdout
    assert "not found" not in result.stdout, result.stdout
    assert "libswiftCore" not in result.stdout and "libFoundation" not in result.stdout, result.stdout


def check_runs_under_env_i(prefix: Path, root: Path):
    binary = str(prefix / "bin/ctst")
    result = run(["env", "-i", "PATH=/usr/bin:/bin", binary, "status", "--root", str(root),
                  "--json"], cwd="/")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["forum"] for row in rows] == FORUMS, rows
    result = run(["env", "-i", "PATH=/usr/bin:/bin", binary], cwd="/")
    assert result.returncode == 64, result.returncode
    assert "OVERVIEW:" in result.stderr, result.stderr


def check_man_page_renders(prefix: Path, root: Path):
    page = prefix / "share/man/man1/ctst.1"
    env = {**MINIMAL_ENV, "MANWIDTH": "80", "LANG": "C.UTF-8"}
    result = run(["man", "-l", str(page)], env=env)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "warning" not in result.stderr.lower(), result.stderr
    for heading in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT",
                    "EXAMPLES"):
        assert heading in text, heading
    help_json = json.loads(run([str(prefix / "bin/ctst"), "--experimental-dump-help"]).stdout)
    for command in help_json["command"]["subcommands"]:
        if command["commandName"] == "help":
            continue
        assert f"ctst {command['commandName']}" in text, command["commandName"]
        for argument in command.get("arguments", []):
            for name in argument.get("names", []):
                if name["kind"] == "long":
                    assert f"--{name['name']}" in text, (command["commandName"], name["name"])
    for code in ("64", "65", "66", "70", "73", "75", "143"):
        assert f"\n       {code}" in text, code
    assert "ctst export --diff 20261128T023000Z latest" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def check_completions_offer_forums_formats_and_paths(prefix: Path, root: Path):
    for path in INSTALLED[2:]:
        script = (prefix / path).read_text()
        for forum in FORUMS:
            assert forum in script, (path, forum)
        for fmt in ("xlsx", "csv"):
            assert fmt in script, (path, fmt)
        assert "---completion" in script, path  # periods and jobs come from the workspace
    # --root, --out and --diff complete folders in every shell.
    bash = (prefix / INSTALLED[2]).read_text()
    assert "'--root')\n        __ctst_add_completions -d" in bash, "bash: no folders for --root"
    assert "'--out')\n        __ctst_add_completions -d" in bash, "bash: no folders for --out"
    zsh = (prefix / INSTALLED[3]).read_text()
    assert re.search(r"'--root\[[^']*\]:dir:_files -/'", zsh), "zsh: no folders for --root"
    fish = (prefix / INSTALLED[4]).read_text()
    assert re.search(r"-l 'root' .*__ctst_complete_directories", fish), "fish: no folders"


def check_custom_completions_read_the_workspace(prefix: Path, root: Path):
    binary = str(prefix / "bin/ctst")
    result = run(["env", "-i", "PATH=/usr/bin:/bin", binary, "---completion", "status", "--",
                  "--period", "5", "0", "ctst", "status", "--root", str(root), "--period", ""],
                 cwd="/")
    periods = result.stdout.split()
    assert "2025" in periods and "2026" in periods, (result.stdout, result.stderr)
    result = run(["env", "-i", "PATH=/usr/bin:/bin", binary, "---completion", "export", "--",
                  "--job", "5", "0", "ctst", "export", "--root", str(root), "--job", ""], cwd="/")
    assert result.stdout.split() == ["nightly"], (result.stdout, result.stderr)
    # Without --root, from a folder inside the workspace: found upward, as the command finds it.
    result = run(["env", "-i", "PATH=/usr/bin:/bin", binary, "---completion", "status", "--",
                  "--period", "3", "0", "ctst", "status", "--period", ""],
                 cwd=str(root / "reports"))
    periods = result.stdout.split()
    assert "2025" in periods and "2026" in periods, (result.stdout, result.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True, type=Path, help="the workspace and repository")
    parser.add_argument("--make", default="make", help="the make command")
    options = parser.parse_args()
    root = options.root.resolve()
    prefix = Path(tempfile.mkdtemp(prefix="ctst-install-"))
    passed = failed = 0
    try:
        started = time.monotonic()
        result = run([options.make, "--no-print-directory", "-C", str(root), "install",
                      f"PREFIX={prefix}"])
        print(f"make install took {time.monotonic() - started:.0f} s", flush=True)
        if result.returncode != 0:
            print(f"FAIL make install: {(result.stderr or result.stdout)[-2000:]}")
            print("0 passed, 1 failed")
            return 1
        checks = [(name, function) for name, function in globals().items()
                  if name.startswith("check_")]
        for name, function in checks:
            try:
                function(prefix, root)
            except Exception as error:  # noqa: BLE001 - report every failure
                failed += 1
                print(f"FAIL {name}: {str(error)[:600]}", flush=True)
            else:
                passed += 1
                print(f"PASS {name}", flush=True)
        result = run([options.make, "--no-print-directory", "-C", str(root), "uninstall",
                      f"PREFIX={prefix}"])
        left = [path for path in INSTALLED if (prefix / path).exists()]
        if result.returncode != 0 or left:
            failed += 1
            print(f"FAIL make uninstall: left {left} {result.stderr[-300:]}")
        else:
            passed += 1
            print("PASS make uninstall removes every installed file")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
