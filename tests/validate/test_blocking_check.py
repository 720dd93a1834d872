"""A table that would make the package invalid fails its blocking check, and nothing is published."""
from __future__ import annotations

import shutil

import dagster as dg

import pipeline.day_tables as day_tables
from pipeline.defs import assets
from pipeline.defs.resources import ClaimpackSettings, io_manager_for
from support import SAMPLES


def test_blocking_check_stops_the_publish_step(tmp_path, monkeypatch):
    real = day_tables.validate_links

    def corrupting(*args, **kwargs):
        result = real(*args, **kwargs)
        claims = result.tables["claims"]
        claims.loc[0, "text"] = claims.loc[0, "text"] + " (tampered)"
        return result

    monkeypatch.setattr(day_tables, "validate_links", corrupting)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "north-korean-soldiers.txt", inbox)
    settings = ClaimpackSettings(inbox=str(inbox), out=str(tmp_path / "out"), state=str(tmp_path / "state"))
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(dg.load_assets_from_modules([assets]), instance=instance, partition_key="2026-01-15",
                                resources={"claimpack": settings, "io_manager": io_manager_for(tmp_path / "state")},
                                raise_on_error=False)
    failed = {e.check_name for e in result.get_asset_check_evaluations() if not e.passed}
    assert "claims_publishable" in failed
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "claims" in materialized and "published_package" not in materialized
    assert not (tmp_path / "out" / "news-claims").exists()
