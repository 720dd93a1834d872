"""Diffs, changes.json, CHANGELOG, zip + sha256, latest pointer, download pages, crash safety (issue 4)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import frictionless
import pandas as pd
import pytest

from pipeline import cli
from pipeline.publish.catalog import publish, read_catalog
from pipeline.publish.diff import diff_packages, format_diff, resolve_package
from pipeline.publish.package import PAUSE_ENV
from pipeline.publish.release import refresh_outputs
from pipeline.publish.validate_package import validate_package
from schemas.tables import TABLES
from test_package import (FRICTIONLESS, NAME, REPO, A1, C1, QuarantineWithoutRow, hid, make_meta,
                          make_tables)

HERE = Path(__file__).resolve().parent
XSS_TITLE = "<script>alert(1)</script>"
XSS_CLAIMANT = "<img src=x onerror=alert(1)>"
XSS_SOURCE = "<b>Wire</b> & <script>alert(2)</script>"


class Page(HTMLParser):
    """hrefs, ids, tag names and text of an HTML document."""

    def __init__(self, text: str):
        super().__init__()
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k == "href":
                self.hrefs.append(v)
            elif k == "src":
                self.srcs.append(v)
            elif k == "id":
                self.ids.add(v)

    def handle_data(self, data):
        self.text.append(data)

    @property
    def all_text(self) -> str:
        return "".join(self.text)


def publish_versions(root: Path) -> list:
    """1.0.0 (with quarantine minus its `row` field), then 1.1.0 (field back, rows added/removed/changed)."""
    t = make_tables()
    models = dict(TABLES, quarantine=QuarantineWithoutRow)
    t1 = dict(t, quarantine=t["quarantine"].drop(columns=["row"]))
    r1 = publish(t1, root, NAME, make_meta(t), models=models)
    t2 = changed_tables()
    r2 = publish(t2, root, NAME, make_meta(t2))
    return [r1, r2]


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    root = tmp_path_factory.mktemp("release")
    results = publish_versions(root)
    assert [r.version for r in results] == ["1.0.0", "1.1.0"]
    return root, results


# ------------------------------------------------------------------------------------------------ diff
def test_diff_rows_changed_columns_and_schema(two_versions):
    root, _ = two_versions
    d = diff_packages(root / NAME / "1.0.0", root / NAME / "1.1.0")
    assert d["old"]["version"] == "1.0.0" and d["new"]["version"] == "1.1.0" and d["level"] == "minor"
    t = d["tables"]
    assert t["entities"]["added"] == 1 and t["entities"]["added_keys"] == [hid("e", "x")]
    assert t["times"]["removed"] == 1 and t["times"]["removed_keys"] == [hid("t", "t1")]
    assert t["times"]["rows"] == {"old": 1, "new": 0}
    assert t["articles"]["changed_rows"] == [{"key": A1, "columns": ["title"]}]
    assert t["claims"]["changed_rows"] == [{"key": C1, "columns": ["claimant", "polarity"]}]
    assert t["claims"]["changed_columns"] == {"claimant": 1, "polarity": 1}
    assert t["mentions"]["status"] == "unchanged" and t["mentions"]["content_identical"]
    assert {"table": "quarantine", "level": "minor", "change": "optional field 'row' added"} in d["schema_changes"]
    assert t["quarantine"]["status"] == "changed" and t["quarantine"]["changed"] == 0
    assert d["summary"] == {"rows_added": 1, "rows_removed": 1, "rows_changed": 2, "tables_added": [],
                            "tables_removed": [], "tables_changed": ["articles", "claims", "times", "entities",
                                                                     "quarantine"], "schema_changes": 3}
    assert {"table": "quarantine", "level": "patch", "change": "field 'origin' description changed"} \
        in d["schema_changes"]  # the test model words two descriptions differently
    # reversed: the field removal is a major schema change
    back = diff_packages(root / NAME / "1.1.0", root / NAME / "1.0.0")
    assert back["level"] == "major" and back["tables"]["entities"]["removed_keys"] == [hid("e", "x")]
    assert any("'row' removed" in c["change"] for c in back["schema_changes"])
    # datapackage.json and zip paths read the same
    z = root / NAME / "1.1.0" / f"{NAME}-1.1.0.zip"
    assert diff_packages(root / NAME / "1.0.0" / "datapackage.json", z) == d


def test_diff_cli_text_and_json(two_versions, capsys):
    root, _ = two_versions
    assert cli.main(["diff", "1.0.0", "1.1.0", "--out", str(root)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{NAME} 1.0.0 -> 1.1.0: minor")
    assert f"~ {C1}: claimant, polarity" in text and f"+ {hid('e', 'x')}" in text
    assert f"- {hid('t', 't1')}" in text and "schema [minor] optional field 'row' added" in text
    assert text == format_diff(diff_packages(root / NAME / "1.0.0", root / NAME / "1.1.0"))
    assert cli.main(["diff", str(root / NAME / "1.0.0"), "latest", "--out", str(root), "--json"]) == 0
    as_json = json.loads(capsys.readouterr().out)
    assert as_json == json.loads((root / NAME / "1.1.0" / "changes.json").read_text())
    assert cli.main(["diff", "1.0.0", "7.0.0", "--out", str(root)]) == 2
    assert "not published" in capsys.readouterr().err
    assert resolve_package("1.0.0", root) == root / NAME / "1.0.0"


# ------------------------------------------------------------------------------------------------ changes, changelog
def test_changes_json_and_changelog_newest_first(two_versions):
    root, (r1, r2) = two_versions
    first = json.loads((root / NAME / "1.0.0" / "changes.json").read_text())
    assert first["old"] is None and first["new"]["version"] == "1.0.0"
    assert all(e["status"] == "added" and e["removed"] == 0 for e in first["tables"].values())
    assert first["tables"]["claims"]["added_keys"] == [C1, hid("c", "c2")]
    assert first == diff_packages(None, root / NAME / "1.0.0")
    second = json.loads((root / NAME / "1.1.0" / "changes.json").read_text())
    assert second == diff_packages(root / NAME / "1.0.0", root / NAME / "1.1.0")
    assert r2.changes["level"] == "minor" and r2.changes["rows_changed"] == 2
    assert r2.changes["tables"]["claims"]["changed_columns"] == {"claimant": 1, "polarity": 1}

    log = (root / NAME / "CHANGELOG.md").read_text()
    assert re.findall(r"^## (\d+\.\d+\.\d+)", log, re.M) == ["1.1.0", "1.0.0"]
    newest = log.split("## 1.1.0", 1)[1].split("## 1.0.0", 1)[0]
    assert "minor: " in newest and "Previous version:** 1.0.0" in newest
    assert "| claims | 2 | 0 | 0 | 1 | claimant (1), polarity (1) |" in newest
    assert "| entities | 3 | 1 | 0 | 0 |" in newest and "| times | 0 | 0 | 1 | 0 |" in newest
    assert "quarantine: **minor** optional field 'row' added" in newest
    assert "first version" in log.split("## 1.0.0", 1)[1]


# ------------------------------------------------------------------------------------------------ zip, latest
def test_zip_is_a_valid_package_with_matching_sha256(two_versions):
    root, (_, r2) = two_versions
    folder = root / NAME / "1.1.0"
    z = folder / f"{NAME}-1.1.0.zip"
    assert r2.zip_path == z and z.is_file()
    digest = hashlib.sha256(z.read_bytes()).hexdigest()
    assert r2.zip_sha256 == digest
    assert (folder / f"{NAME}-1.1.0.zip.sha256").read_text() == f"{digest}  {z.name}\n"
    with zipfile.ZipFile(z) as zf:
        names = zf.namelist()
        assert names[:3] == ["datapackage.json", "README.md", "changes.json"]
        assert sorted(names[3:]) == sorted(f"{t}.csv" for t in TABLES)
        for n in names:
            assert zf.read(n) == (folder / n).read_bytes()
    report = frictionless.validate(str(z))
    assert report.valid, report.flatten(["type", "note"])
    assert len(report.tasks) == len(TABLES)
    proc = subprocess.run([str(FRICTIONLESS), "validate", str(z)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:]
    assert validate_package(folder)["valid"]  # the extra files do not disturb the folder's package


def test_latest_symlink_and_pointer(two_versions):
    root, (_, r2) = two_versions
    link = root / NAME / "latest"
    assert link.is_symlink() and os.readlink(link) == "1.1.0"
    assert json.loads((link / "datapackage.json").read_text())["version"] == "1.1.0"
    pointer = json.loads((root / NAME / "latest.json").read_text())
    assert pointer == {"version": "1.1.0", "path": "1.1.0", "datapackage": "1.1.0/datapackage.json",
                       "zip": f"1.1.0/{NAME}-1.1.0.zip", "sha256": r2.zip_sha256}
    assert r2.latest == root / NAME / "latest.json"
    assert read_catalog(root)["datasets"][0]["latest"] == "1.1.0"


# ------------------------------------------------------------------------------------------------ pages
def _check_links(page_path: Path) -> Page:
    page = Page(page_path.read_text(encoding="utf-8"))
    assert page.hrefs and not page.srcs
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(page.tags)
    for link in page.hrefs:
        parts = urlsplit(link)
        assert not parts.scheme and not parts.netloc and not link.startswith("/"), link
        if not parts.path:
            assert parts.fragment in page.ids, link
            continue
        assert (page_path.parent / unquote(parts.path)).is_file(), link
    return page


def test_pages_list_versions_and_every_link_resolves(two_versions):
    root, (_, r2) = two_versions
    assert r2.page == root / NAME / "index.html" and r2.index_page == root / "index.html"
    for path in (root / "index.html", root / NAME / "index.html"):
        page = _check_links(path)
        text = page.all_text
        for v in ("1.0.0", "1.1.0"):
            assert f"{NAME}-{v}.zip" in text
        assert "CC-BY-4.0" in text and "Stable id of the claim" in text  # licence, field descriptions
        assert "optional field 'row' added" in text  # the changelog
    hrefs = set(Page((root / "index.html").read_text()).hrefs)
    assert {f"{NAME}/1.1.0/{NAME}-1.1.0.zip", f"{NAME}/1.1.0/datapackage.json", f"{NAME}/1.1.0/claims.csv",
            f"{NAME}/1.0.0/{NAME}-1.0.0.zip", f"{NAME}/index.html", "catalog.json"} <= hrefs
    # an unchanged rebuild rewrites nothing
    before = {p: p.read_bytes() for p in (root / "index.html", root / NAME / "index.html",
                                          root / NAME / "CHANGELOG.md", root / "catalog.json")}
    again = publish_versions_again(root)
    assert not again.published and again.changes["level"] == "none"
    assert {p: p.read_bytes() for p in before} == before


def changed_tables() -> dict:
    """The second version's tables: an entity added, every time removed, an article and a claim changed."""
    t2 = make_tables()
    t2["entities"] = pd.concat([t2["entities"], pd.DataFrame([dict(
        entity_id=hid("e", "x"), name="X", entity_type="other", country_code=None, geonames_id=None,
        wikidata_id=None, latitude=None, longitude=None)])], ignore_index=True)
    t2["times"] = t2["times"].iloc[0:0]
    t2["articles"].loc[0, "title"] = "Soldiers were sent"
    t2["claims"].loc[0, "polarity"] = "negative"
    t2["claims"].loc[0, "claimant"] = "Seoul's agency"
    return t2


def publish_versions_again(root: Path):
    t2 = changed_tables()
    return publish(t2, root, NAME, make_meta(t2))


def xss_tables() -> dict[str, pd.DataFrame]:
    t = make_tables()
    t["articles"].loc[0, "title"] = XSS_TITLE
    t["articles"].loc[1, "source"] = XSS_SOURCE
    t["claims"].loc[0, "claimant"] = XSS_CLAIMANT
    return t


def test_data_text_is_escaped(tmp_path):
    t = xss_tables()
    result = publish(t, tmp_path, NAME, make_meta(t))
    for path in (tmp_path / "index.html", result.page):
        raw = path.read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
        assert "&lt;img src=x onerror=alert(1)&gt;" in raw
        assert "&lt;b&gt;Wire&lt;/b&gt; &amp; &lt;script&gt;alert(2)&lt;/script&gt;" in raw  # source name
        assert "<script" not in raw.lower() and "<img" not in raw.lower() and "<b>" not in raw
        page = Page(raw)
        assert XSS_TITLE in page.all_text and XSS_CLAIMANT in page.all_text and XSS_SOURCE in page.all_text
        assert "script" not in page.tags and "img" not in page.tags


def test_outputs_hold_no_local_paths(two_versions):
    root, _ = two_versions
    locals_ = {str(root), str(root.resolve()), str(REPO), str(Path.home()), os.getcwd()}
    files = [root / "index.html", root / NAME / "index.html", root / NAME / "CHANGELOG.md",
             root / NAME / "latest.json", root / "catalog.json"]
    texts = [p.read_text() for p in files]
    for v in ("1.0.0", "1.1.0"):
        with zipfile.ZipFile(root / NAME / v / f"{NAME}-{v}.zip") as zf:
            texts += [zf.read(n).decode("utf-8") for n in zf.namelist()]
    for text in texts:
        for local in locals_:
            assert local not in text


# ------------------------------------------------------------------------------------------------ crash safety
def _big(tables: dict, n: int) -> dict:
    """Add ``n`` quarantine rows so that writing and validating take a moment."""
    extra = pd.DataFrame({"quarantine_id": [hid("x", f"r{i}") for i in range(n)],
                          "origin": [f"feed-{i}.json" for i in range(n)], "stage": "ingest",
                          "reason": "empty_text", "message": "The article has no text.", "article_id": None,
                          "table": None, "row": None})
    return dict(tables, quarantine=pd.concat([tables["quarantine"], extra], ignore_index=True))


def _snapshot(root: Path) -> dict[str, bytes | str]:
    """Every visible (non-dot) entry under ``root``: file bytes, symlink targets."""
    snap: dict[str, bytes | str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for n in dirnames + filenames:
            if n.startswith("."):
                continue
            p = Path(dirpath) / n
            rel = str(p.relative_to(root))
            if p.is_symlink():
                snap[rel] = "-> " + os.readlink(p)
            elif p.is_file():
                snap[rel] = p.read_bytes()
            else:
                snap[rel] = "dir"
    return snap


def _assert_no_partial_version(root: Path) -> None:
    for p in (root / NAME).iterdir():
        if p.name.startswith(".") or not p.is_dir() or p.is_symlink():
            continue
        assert (p / "datapackage.json").is_file() and validate_package(p)["valid"], p


CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{repo!r}, {here!r}]
    from test_package import make_tables, make_meta, NAME
    from test_release import _big
    from pipeline.publish.catalog import publish
    t = _big(make_tables(), {n})
    t["claims"].loc[0, "polarity"] = "negative"
    print("start", flush=True)
    r = publish(t, {out!r}, NAME, make_meta(t))
    print("published", r.version, flush=True)
""")


def _wait_for(pred, timeout: float = 120.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.005)
    return False


def _tmp_dirs(root: Path) -> list[Path]:
    return [p for p in (root / NAME).iterdir() if p.name.startswith(".tmp-1.1.0-")]


def test_kill_midway_leaves_everything_as_it_was(tmp_path):
    n = 4000
    base = _big(make_tables(), n)
    assert publish(base, tmp_path, NAME, make_meta(base)).version == "1.0.0"
    before = _snapshot(tmp_path)
    assert {"catalog.json", "index.html", f"{NAME}/CHANGELOG.md", f"{NAME}/latest"} <= set(before)
    code = CHILD.format(repo=str(REPO), here=str(HERE), n=n, out=str(tmp_path))
    env = dict(os.environ, **{PAUSE_ENV: "60"})

    moments = {
        "as publish begins": lambda p: p.stdout.readline().startswith("start") and time.sleep(0.2)
        is None,
        "while writing the temp folder": lambda p: _wait_for(lambda: bool(_tmp_dirs(tmp_path))),
        "while zipping": lambda p: _wait_for(lambda: any((d / "changes.json").exists() for d in _tmp_dirs(tmp_path))),
        "paused before the rename": lambda p: _wait_for(
            lambda: any((d / f"{NAME}-1.1.0.zip.sha256").exists() for d in _tmp_dirs(tmp_path))),
    }
    for moment, wait in moments.items():
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert wait(proc), moment
            assert proc.poll() is None, f"{moment}: the publish ended before it was killed"
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.kill()
            proc.wait(timeout=60)
        assert proc.returncode == -signal.SIGKILL
        assert _snapshot(tmp_path) == before, moment
        _assert_no_partial_version(tmp_path)
    assert _tmp_dirs(tmp_path), "the last kill should have left a temp folder behind"

    after = _big(make_tables(), n)
    after["claims"].loc[0, "polarity"] = "negative"
    result = publish(after, tmp_path, NAME, make_meta(after))  # no pause here: the env var is not set
    assert result.published and result.version == "1.1.0"
    leftovers = [p for d in (tmp_path, tmp_path / NAME) for p in d.iterdir() if p.name.startswith(".tmp-")]
    assert leftovers == [] and not list(tmp_path.glob(".catalog.json.*"))
    assert read_catalog(tmp_path)["datasets"][0]["latest"] == "1.1.0"
    assert os.readlink(tmp_path / NAME / "latest") == "1.1.0"
    assert validate_package(result.path)["valid"]
    for rel in (f"{NAME}/1.0.0/{f}" for f in os.listdir(tmp_path / NAME / "1.0.0")):
        assert (tmp_path / rel).read_bytes() == before[rel]  # the previous version is untouched


def test_run_killed_after_rename_is_healed_by_the_next_run(tmp_path):
    t = make_tables()
    publish(t, tmp_path, NAME, make_meta(t))
    stale = _snapshot(tmp_path)
    t["claims"].loc[0, "polarity"] = "negative"
    publish(t, tmp_path, NAME, make_meta(t))
    # simulate a kill right after the rename: the derived files are still those of 1.0.0
    for rel in ("catalog.json", "index.html", f"{NAME}/index.html", f"{NAME}/CHANGELOG.md", f"{NAME}/latest.json"):
        (tmp_path / rel).write_bytes(stale[rel])
    (tmp_path / NAME / "latest").unlink()
    os.symlink("1.0.0", tmp_path / NAME / "latest")
    healed = publish(t, tmp_path, NAME, make_meta(t))
    assert not healed.published and healed.version == "1.1.0"
    assert read_catalog(tmp_path)["datasets"][0]["latest"] == "1.1.0"
    assert os.readlink(tmp_path / NAME / "latest") == "1.1.0"
    assert json.loads((tmp_path / NAME / "latest.json").read_text())["version"] == "1.1.0"
    assert "## 1.1.0" in (tmp_path / NAME / "CHANGELOG.md").read_text()
    assert f"{NAME}-1.1.0.zip" in (tmp_path / "index.html").read_text()
    assert healed.zip_path == tmp_path / NAME / "1.1.0" / f"{NAME}-1.1.0.zip"
    healed_state = _snapshot(tmp_path)
    refresh_outputs(tmp_path)  # idempotent
    assert _snapshot(tmp_path) == healed_state
