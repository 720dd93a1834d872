"""The Dagster code location of claimpack (``dagster dev`` reads it through ``workspace.yaml``).

Importing this module is cheap: no model is loaded and no data is read until an asset runs.
"""
from __future__ import annotations

import dagster as dg

from pipeline.defs import assets
from pipeline.defs.jobs import build_job
from pipeline.defs.resources import ClaimpackSettings, io_manager_for
from pipeline.defs.schedules import nightly_rebuild
from pipeline.defs.sensors import inbox_sensor
from pipeline.settings import get_settings

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([assets]),
    jobs=[build_job],
    schedules=[nightly_rebuild],
    sensors=[inbox_sensor],
    resources={"claimpack": ClaimpackSettings(), "io_manager": io_manager_for(get_settings().state)},
)
