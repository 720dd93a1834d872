"""Helpers shared by the build-level tests (paths, running `claimpack build`, reading a package)."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

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
