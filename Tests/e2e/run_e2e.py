#!/usr/bin/env python3
"""End-to-end checks of the ctst binary.

Imports every ``check_*.py`` module beside this file and runs each of its functions named
``check_*`` (in file order) with a :class:`Context`: the binary, the workspace root and a fresh
temporary folder. Prints ``PASS name`` or ``FAIL name: reason`` per check, then exactly
``N passed, M failed``; exits 1 if any check failed.

    python3 Tests/e2e/run_e2e.py --binary .build/debug/ctst --root .
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMEOUT_SECONDS = 300


class CheckFailure(Exception):
    """A check's expectation did not hold; the message says which."""


class Context:
    """What a check gets: ``binary``, ``root`` and ``tmp`` (a fresh empty folder for this
    check), all absolute paths as ``str``, and outputs of ``consolidate`` shared by the
    checks of one run."""

    def __init__(self, binary: Path, root: Path, tmp: Path, shared: Path, cache: dict):
        self.binary = str(binary)
        self.root = str(root)
        self.tmp = str(tmp)
        self._shared = shared
        self._cache = cache

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Runs the binary with ``args``; raises CheckFailure on a non-zero exit if
        ``check``."""
        command = [self.binary, *map(str, args)]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                stdin=subprocess.DEVNULL)
        except FileNotFoundError:
            raise CheckFailure(f"binary not found: {self.binary}") from None
        except subprocess.TimeoutExpired:
            raise CheckFailure(f"timed out after {TIMEOUT_SECONDS}s: {' '.join(args)}") from None
        if check and result.returncode != 0:
            output = (result.stderr.strip() or result.stdout.strip())[-600:]
            raise CheckFailure(
                f"`ctst {' '.join(args)}` exited {result.returncode}: {output}")
        return result

    def consolidate(self, out: Path, formats: str | None = None) -> Path:
        """Runs ``consolidate --root <root> [--format F] --out <out>``; returns ``out``."""
        out.mkdir(parents=True, exist_ok=True)
        args = ["consolidate", "--root", self.root]
        if formats:
            args += ["--format", formats]
        self.run(*args, "--out", str(out))
        return out

    def consolidated(self, formats: str) -> Path:
        """The folder of one ``consolidate`` run with ``formats``, made once per test run."""
        if formats not in self._cache:
            folder = self._shared / f"consolidate-{formats.replace(',', '-')}"
            try:
                self._cache[formats] = self.consolidate(folder, formats)
            except CheckFailure as failure:
                self._cache[formats] = failure
        value = self._cache[formats]
        if isinstance(value, CheckFailure):
            raise value
        return value


def discover(only: str | None):
    """The (name, function) of every check, modules by file name, functions in file order."""
    sys.path.insert(0, str(HERE))
    checks = []
    for path in sorted(HERE.glob("check_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        functions = [
            (name, function) for name, function in inspect.getmembers(module, inspect.isfunction)
            if name.startswith("check_") and function.__module__ == module.__name__
        ]
        functions.sort(key=lambda item: item[1].__code__.co_firstlineno)
        for name, function in functions:
            full = f"{path.stem}.{name}"
            if only is None or only in full:
                checks.append((full, function))
    return checks


def reason(error: BaseException) -> str:
    """One line saying why a check failed."""
    if isinstance(error, (CheckFailure, AssertionError)) and str(error):
        return str(error).replace("\n", " | ")
    frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(error).__name__}{where}: {error}".replace("\n", " | ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, type=Path, help="the ctst executable")
    parser.add_argument("--root", required=True, type=Path, help="the workspace root")
    parser.add_argument("--only", help="run only checks whose name contains this")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    options = parser.parse_args()
    binary = options.binary.resolve()
    root = options.root.resolve()
    base = Path(tempfile.mkdtemp(prefix="ctst-e2e-"))
    shared = base / "shared"
    shared.mkdir()
    cache: dict = {}
    passed = failed = 0
    try:
        for index, (name, function) in enumerate(discover(options.only)):
            tmp = base / f"{index:03d}-{name}"
            tmp.mkdir()
            try:
                function(Context(binary, root, tmp, shared, cache))
            except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the run
                failed += 1
                print(f"FAIL {name}: {reason(error)}", flush=True)
            else:
                passed += 1
                print(f"PASS {name}", flush=True)
    finally:
        if options.keep:
            print(f"(kept {base})", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)
    if passed + failed == 0:
        print(f"no checks found in {HERE}", file=sys.stderr)
        failed_run = True
    else:
        failed_run = failed > 0
    print(f"{passed} passed, {failed} failed")
    return 1 if failed_run else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.dont_write_bytecode = True
    sys.exit(main())
