"""The dashboard: a Plotly Dash app over the ETL's processed outputs.

`create_app(data_dir)` (in `dashboard.app`) builds one app; `python -m dashboard` serves it;
`dashboard.wsgi:server` is the entry point for gunicorn.
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):
    """Build the Dash app (imported lazily so `import dashboard` stays cheap)."""
    from dashboard.app import create_app as _create_app

    return _create_app(*args, **kwargs)
