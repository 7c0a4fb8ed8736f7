"""Settings: desk identity, office hours, calendar overrides, catalogue import, language."""
