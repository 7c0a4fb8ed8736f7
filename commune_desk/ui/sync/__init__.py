"""Sync widgets the main window mounts: status-bar widget, sync panel, obstacles screen.

Each takes ``(store, runner, actor, parent)``; the status widget and the panel also take
``loop=``, the desk's one background ``SyncLoop`` that the composition root builds."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commune_desk.ui.sync.loop import SyncLoop
    from commune_desk.ui.sync.obstacles_screen import ObstaclesScreen
    from commune_desk.ui.sync.panel import SyncPanel
    from commune_desk.ui.sync.status import SyncStatusWidget

__all__ = ["ObstaclesScreen", "SyncLoop", "SyncPanel", "SyncStatusWidget"]

# Imported on first use (PEP 562): importing ``ui.sync.loop`` at start-up must not build the
# panel's and the obstacles screen's imports (the sync protocol, pydantic) before the first paint.
_HOMES = {"SyncLoop": "loop", "ObstaclesScreen": "obstacles_screen", "SyncPanel": "panel",
          "SyncStatusWidget": "status"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
