"""The settings resource every asset reads: where the inbox, the output and the working state are."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipeline.settings import get_settings

_DEFAULTS = get_settings()


class ClaimpackSettings(dg.ConfigurableResource):
    """Paths and options of a build; defaults come from ``CLAIMPACK_*`` environment variables."""

    inbox: str = str(_DEFAULTS.inbox)
    out: str = str(_DEFAULTS.out)
    state: str = str(_DEFAULTS.state)
    model: str = _DEFAULTS.model
    dataset_name: str = _DEFAULTS.dataset_name
    dataset_licence: str = _DEFAULTS.dataset_licence
    publish_text: bool = _DEFAULTS.publish_text
    max_bytes: int = _DEFAULTS.max_bytes
    sources: str = _DEFAULTS.sources
    validation: str = _DEFAULTS.validation

    @property
    def inbox_path(self) -> Path:
        return Path(self.inbox)

    @property
    def out_path(self) -> Path:
        return Path(self.out)

    @property
    def state_path(self) -> Path:
        return Path(self.state)


def io_manager_for(state: Path) -> dg.FilesystemIOManager:
    return dg.FilesystemIOManager(base_dir=str(Path(state) / "storage"))
