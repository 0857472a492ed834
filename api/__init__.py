"""planlink over HTTP: `api.app.create_app(settings)` builds the FastAPI application."""
