"""The dossier list over the whole archive: paged model, filters and search box."""
