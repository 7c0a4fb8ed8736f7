"""Sync widgets the main window mounts: status-bar widget, sync panel, obstacles screen.

Each takes ``(store, runner, actor, parent)``; the status widget and the panel also take
``loop=``, the desk's one background ``SyncLoop`` that the composition root builds."""

from commune_desk.ui.sync.loop import SyncLoop
from commune_desk.ui.sync.obstacles_screen import ObstaclesScreen
from commune_desk.ui.sync.panel import SyncPanel
from commune_desk.ui.sync.status import SyncStatusWidget

__all__ = ["ObstaclesScreen", "SyncLoop", "SyncPanel", "SyncStatusWidget"]
