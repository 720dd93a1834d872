"""Shared fixtures: one real build of the bundled samples, reused by the tests that read its package."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support import SAMPLES, read_package, run_build


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """`claimpack build` over the bundled samples: (completed process, out dir, package dir, tables)."""
    root = tmp_path_factory.mktemp("sample-build")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES, inbox)
    proc = run_build(inbox, root / "out", root / "state")
    assert proc.returncode == 0, proc.stderr[-3000:]
    pkg = Path(proc.stdout.strip().splitlines()[-1])
    return proc, root / "out", pkg, read_package(pkg)
