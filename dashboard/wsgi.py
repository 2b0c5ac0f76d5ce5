"""WSGI entry point for production servers.

    INFRA_DATA_DIR=datasets/processed gunicorn -w 2 -b 0.0.0.0:8050 dashboard.wsgi:server

Each worker builds its own app (its own read-only data store) from $INFRA_DATA_DIR
(default datasets/processed).
"""

from __future__ import annotations

from dashboard.app import create_app

app = create_app()
server = app.server
