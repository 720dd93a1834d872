"""The code location loads, cheaply, with every asset, check, job, schedule and sensor a user expects."""
from __future__ import annotations

import subprocess
import sys

import dagster as dg

from pipeline.definitions import defs
from schemas.tables import TABLES

EXPECTED_ASSETS = {"ingested_articles", "extractions", "published_package", "dataset_catalog", "download_page", *TABLES}


def test_all_definitions_load():
    repo = defs.get_repository_def()
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert EXPECTED_ASSETS <= keys
    for key in repo.asset_graph.get_all_asset_keys():
        node = repo.asset_graph.get(key)
        assert node.description, f"{key.to_user_string()} has no description"


def test_every_table_has_blocking_and_reporting_checks():
    repo = defs.get_repository_def()
    checks = {(k.asset_key.to_user_string(), k.name) for k in repo.asset_graph.asset_check_keys}
    for table in TABLES:
        assert (table, f"{table}_publishable") in checks
        assert (table, f"{table}_rows_valid") in checks
    blocking = [spec for a in repo.asset_graph.assets_defs for spec in a.check_specs if spec.blocking]
    assert {s.name for s in blocking} == {f"{t}_publishable" for t in TABLES}


def test_column_schema_metadata_comes_from_pandera():
    repo = defs.get_repository_def()
    node = repo.asset_graph.get(dg.AssetKey("claims"))
    schema = node.metadata["dagster/column_schema"]
    assert [c.name for c in schema.columns] == list(TABLES["claims"].to_schema().columns)


def test_nightly_schedule_is_off_by_default_at_two_utc():
    sched = defs.resolve_schedule_def("nightly_rebuild")
    assert sched.cron_schedule == "0 2 * * *"
    assert sched.execution_timezone == "UTC"
    assert sched.default_status == dg.DefaultScheduleStatus.STOPPED
    assert sched.job_name == "build_claims_dataset"


def test_inbox_sensor_exists_and_is_off():
    sensor = defs.resolve_sensor_def("inbox_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED


def test_loading_definitions_does_not_load_spacy():
    code = "import sys, pipeline.definitions; print('spacy' in sys.modules, 'thinc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False False"
