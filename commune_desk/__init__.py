"""Commune Desk: the one-stop desk for Vietnam's commune and ward administrative centres."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("commune-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
