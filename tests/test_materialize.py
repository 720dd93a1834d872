"""Materialize every asset in-process with dg.materialize, as the UI would, and check what a user sees."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from support import SAMPLES, read_package
from pipeline.defs import assets
from pipeline.defs.resources import ClaimpackSettings, io_manager_for
from schemas.tables import TABLES

FRICTIONLESS = Path(sys.executable).parent / "frictionless"


@pytest.fixture(scope="module")
def materialized(tmp_path_factory):
    root = tmp_path_factory.mktemp("materialize")
    inbox = root / "inbox"
    inbox.mkdir()
    for name in ("north-korean-soldiers.txt", "harbour-bridge.html", "wikinews.jsonl"):
        shutil.copy(SAMPLES / name, inbox)
    settings = ClaimpackSettings(inbox=str(inbox), out=str(root / "out"), state=str(root / "state"),
                                 publish_text=True)
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(dg.load_assets_from_modules([assets]), instance=instance, partition_key="2026-01-15",
                                resources={"claimpack": settings, "io_manager": io_manager_for(root / "state")})
    return root, result


def test_run_succeeds_and_every_check_passes(materialized):
    _, result = materialized
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert {e.check_name for e in evaluations} == {f"{t}_{kind}" for t in TABLES for kind in ("publishable",
                                                                                               "rows_valid")}
    assert all(e.passed for e in evaluations if e.check_name.endswith("_publishable"))


def test_tables_carry_row_count_preview_and_column_schema(materialized):
    _, result = materialized
    by_key = {m.asset_key.to_user_string(): m for m in result.get_asset_materialization_events()
              for m in [m.event_specific_data.materialization]}
    claims = by_key["claims"].metadata
    assert claims["dagster/row_count"].value > 10
    assert "claim_id" in claims["preview"].value
    cols = [c.name for c in claims["dagster/column_schema"].schema.columns]
    assert cols == list(TABLES["claims"].to_schema().columns)
    package = by_key["published_package"].metadata
    assert package["version"].value == "1.0.0"
    assert package["frictionless_valid"].value is True
    assert Path(package["package_path"].value).is_dir()


def test_package_passes_frictionless_cli(materialized):
    root, _ = materialized
    pkg = root / "out" / "news-claims" / "1.0.0"
    proc = subprocess.run([str(FRICTIONLESS), "validate", str(pkg / "datapackage.json")], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    desc = json.loads((pkg / "datapackage.json").read_text())
    assert desc["licenses"][0]["name"] == "CC-BY-4.0"
    assert {"Wikinews"} <= {s["title"] for s in desc["sources"]}
    for res in desc["resources"]:
        assert res["schema"]["primaryKey"] and res["hash"].startswith("sha256:") and res["bytes"] > 0
    claims = next(r for r in desc["resources"] if r["name"] == "claims")
    assert {"fields": ["article_id"], "reference": {"resource": "articles", "fields": ["article_id"]}} in \
        claims["schema"]["foreignKeys"]
    catalog = json.loads((root / "out" / "catalog.json").read_text())
    entry = catalog["datasets"][0]
    assert entry["name"] == "news-claims" and entry["latest"] == "1.0.0"
    assert (root / "out" / entry["versions"][0]["path"]).exists()


def test_article_texts_published_only_for_open_licences(materialized):
    root, _ = materialized
    tables = read_package(root / "out" / "news-claims" / "1.0.0")
    licensed = {a["article_id"] for a in tables["articles"] if a["licence"] == "CC-BY-2.5"}
    assert licensed and {t["article_id"] for t in tables["article_texts"]} == licensed


def test_catalog_and_page_are_assets_with_what_was_published(materialized):
    root, result = materialized
    by_key = {m.asset_key.to_user_string(): m for m in result.get_asset_materialization_events()
              for m in [m.event_specific_data.materialization]}
    assert by_key["dataset_catalog"].metadata["latest"].value == "1.0.0"
    page = by_key["download_page"].metadata["dataset_page"].value
    assert Path(page) == root / "out" / "news-claims" / "index.html"
    package = by_key["published_package"].metadata
    assert package["bump"].value and package["zip_sha256"].value
