"""The build job: every asset, from the inbox to the published package, for one ingestion day."""
from __future__ import annotations

import dagster as dg

BUILD_JOB_NAME = "build_claims_dataset"

build_job = dg.define_asset_job(
    BUILD_JOB_NAME,
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, extract claims, validate the tables and publish a versioned data package.",
)
