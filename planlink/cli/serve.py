"""`planlink serve`: the HTTP API (api.app) under uvicorn, over the store in the data directory."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from planlink.cli import app


@app.command()
def serve(
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help="store folder (default: PLANLINK_DATA_DIR)")]
    = None,
    host: Annotated[str, typer.Option(help="address to listen on; 0.0.0.0 to serve the network")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Serve the API (docs at /docs). Writes need PLANLINK_API_TOKEN set here and sent as a bearer token."""
    import uvicorn

    from api.app import create_app
    from graph.settings import Settings

    settings = Settings(data_dir=data_dir) if data_dir is not None else Settings()
    if settings.api_token is None:
        typer.echo("PLANLINK_API_TOKEN is not set: the API is read-only (writes answer 403).", err=True)
    typer.echo(f"planlink API on http://{host}:{port} (docs: /docs), store: {settings.engine} "
               f"{settings.data_dir if settings.engine == 'ladybug' else settings.neo4j_uri}", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
