"""The same inputs give byte-identical outputs, even when the runs are seconds apart."""

from __future__ import annotations

import time
from pathlib import Path


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def check_consolidate_twice_is_byte_identical(ctx):
    first = ctx.consolidate(Path(ctx.tmp) / "a")
    time.sleep(2.1)  # past the 2-second resolution of ZIP timestamps and any clock in seconds
    second = ctx.consolidate(Path(ctx.tmp) / "b")
    a, b = _files(first), _files(second)
    assert a, "consolidate wrote no files"
    assert sorted(a) == sorted(b), f"different files: {sorted(a)} vs {sorted(b)}"
    differing = [name for name in a if a[name] != b[name]]
    assert not differing, f"files differ between two runs: {differing}"
    assert any(name.endswith(".xlsx") for name in a), f"no workbook among {sorted(a)}"
