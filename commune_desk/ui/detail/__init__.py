"""One dossier: status, due moment, timeline and the actions its status and the user's role allow."""
