"""Shared fixtures: one real build of the bundled samples, reused by the tests that read its package."""
from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "inbox"
SHARED = REPO.parent / "shared"
CLAIMPACK = Path(sys.executable).parent / "claimpack"


def read_package(pkg: Path) -> dict[str, list[dict]]:
    desc = json.loads((pkg / "datapackage.json").read_text())
    tables = {}
    for res in desc["resources"]:
        with open(pkg / res["path"], newline="", encoding="utf-8") as fh:
            tables[res["name"]] = list(csv.DictReader(fh))
    return tables


def run_build(inbox: Path, out: Path, state: Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, DAGSTER_HOME=str(state / "dagster_home"), **(extra_env or {}))
    (state / "dagster_home").mkdir(parents=True, exist_ok=True)
    return subprocess.run([str(CLAIMPACK), "build", "--inbox", str(inbox), "--out", str(out), "--state", str(state)],
                          capture_output=True, text=True, env=env, timeout=900)


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
