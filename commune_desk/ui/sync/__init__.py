"""Sync widgets the main window mounts: status-bar widget, sync panel, obstacles screen.

Each takes ``(store, runner, actor, parent)``; the status widget and the panel share the
store's background ``SyncLoop`` (``shared_loop(store)``), or take ``loop=`` in tests."""

from commune_desk.ui.sync.loop import SyncLoop, shared_loop
from commune_desk.ui.sync.obstacles_screen import ObstaclesScreen
from commune_desk.ui.sync.panel import SyncPanel
from commune_desk.ui.sync.status import SyncStatusWidget

__all__ = ["ObstaclesScreen", "SyncLoop", "SyncPanel", "SyncStatusWidget", "shared_loop"]
