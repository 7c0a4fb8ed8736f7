"""Pure domain logic: calendar, deadlines, lifecycle, identifiers, indicators (no Qt, SQL or I/O)."""
