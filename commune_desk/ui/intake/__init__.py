"""Keyboard-first intake of a new dossier."""
