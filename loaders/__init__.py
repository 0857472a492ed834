"""Loaders: turn Vietnamese planning documents into graph.models.Extraction, one module per kind."""
