"""Sync between desks and the commune/province server: protocol, transport, credentials."""
