"""The command line: `claimpack extract` and the failure paths and write boundaries of `claimpack build`."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from support import CLAIMPACK, REPO, SAMPLES, run_build


def test_extract_prints_the_claims_of_one_article_as_json():
    proc = subprocess.run([str(CLAIMPACK), "extract", str(SAMPLES / "north-korean-soldiers.txt")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    assert data["article"]["published_at"] == "2024-10-25T16:57:00-04:00"
    claim = next(c for c in data["claims"] if "30%" in c["text"])
    assert claim["claimant"] == "Ukrainian intelligence"
    assert [q["value"] for q in claim["quantities"]] == [30.0]


def test_extract_of_a_bad_file_explains_and_fails(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    proc = subprocess.run([str(CLAIMPACK), "extract", str(bad)], capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "empty" in proc.stderr


def test_build_without_an_inbox_fails_clearly(tmp_path):
    proc = run_build(tmp_path / "missing", tmp_path / "out", tmp_path / "state")
    assert proc.returncode != 0 and "inbox folder not found" in proc.stderr


def test_build_with_nothing_usable_fails_and_publishes_nothing(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    proc = run_build(inbox, tmp_path / "out", tmp_path / "state")
    assert proc.returncode != 0
    assert "nothing to publish" in proc.stderr
    assert not (tmp_path / "out" / "news-claims").exists()


def _git_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--ignored"], cwd=REPO, capture_output=True,
                          text=True).stdout


def test_build_writes_only_under_out_state_and_dagster_home(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Port reopens\nThe port authority said on Monday that 30 ships were waiting.\n")
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    before = _git_status()
    env = dict(os.environ, HOME=str(home), DAGSTER_HOME="", TMPDIR=str(tmp_path / "tmp"), PYTHONDONTWRITEBYTECODE="1")
    (tmp_path / "tmp").mkdir()
    proc = subprocess.run([str(CLAIMPACK), "build", "--inbox", str(inbox), "--out", str(tmp_path / "out"),
                           "--state", str(tmp_path / "state")], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert Path(proc.stdout.strip().splitlines()[-1]) == tmp_path / "out" / "news-claims" / "1.0.0"
    assert list(cwd.iterdir()) == [] and list(home.iterdir()) == []
    assert (tmp_path / "state" / "dagster_home").is_dir()
    assert _git_status() == before
    assert "materialized claims" in proc.stderr
