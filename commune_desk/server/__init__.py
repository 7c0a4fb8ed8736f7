"""The commune/province sync server: FastAPI app, its own database, the province dashboard."""
