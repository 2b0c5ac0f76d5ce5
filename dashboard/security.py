"""Security headers for every response (one `after_request` hook, installed by `create_app`).

- Every response: `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`,
  `Cross-Origin-Opener-Policy: same-origin`, a `Permissions-Policy` that turns off what the
  app never uses.
- The page and everything else: `X-Frame-Options: DENY` and `frame-ancestors 'none'` — no
  other site may frame them.
- `/embed/*` (the embeddable charts): `frame-ancestors *` and no X-Frame-Options, so any
  site can show them in an iframe; their own policy allows only this server's scripts.
- The data API and downloads (`/api/*`, `/download/*`, `/export/*`): `default-src 'none'`
  (data, never a document that runs anything).

The page's Content-Security-Policy: scripts only from this server plus Dash's one inline
script by hash; `'unsafe-eval'` because Dash's renderer and plotly.js compile functions at
run time (without it the page does not start); styles from this server and inline style
attributes (React, plotly and MapLibre set them); images `data:`/`blob:` and workers
`blob:` for MapLibre; connections only to this server (unless a tile basemap is
configured for online use).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import dash

from dashboard.config import Settings

EMBED_PREFIX = "/embed/"
DATA_PREFIXES = ("/api/", "/download/", "/export/")
PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


def _remote(settings: Settings) -> str:
    if settings.offline:
        return ""
    tiles = urlsplit(settings.map_tiles) if settings.map_tiles else None
    return f" {tiles.scheme}://{tiles.netloc}" if tiles else " https:"


def page_policy(app: dash.Dash, settings: Settings, frame_ancestors: str = "'none'") -> str:
    """Only this server may be contacted; inline scripts only by hash (Dash's own)."""
    script_hashes = " ".join(app.csp_hashes())  # each already quoted: 'sha256-…'
    return _policy(settings, scripts=f"'self' 'unsafe-eval' {script_hashes}", own_forms="'self'",
                   frame_ancestors=frame_ancestors)


def embed_policy(settings: Settings) -> str:
    """The embeds: this server's scripts (plotly.js, embed.js), framable by any site."""
    return _policy(settings, scripts="'self' 'unsafe-eval'", own_forms="'none'", frame_ancestors="*")


def _policy(settings: Settings, scripts: str, own_forms: str, frame_ancestors: str) -> str:
    remote = _remote(settings)
    return "; ".join([
        "default-src 'self'",
        f"script-src {scripts}",
        "style-src 'self' 'unsafe-inline'",
        f"img-src 'self' data: blob:{remote}",
        "font-src 'self' data:",
        f"connect-src 'self'{remote}",
        "worker-src 'self' blob:",
        "child-src 'self' blob:",
        "object-src 'none'",
        f"base-uri {own_forms}",
        f"form-action {own_forms}",
        f"frame-ancestors {frame_ancestors}",
    ])


DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def install(app: dash.Dash, settings: Settings) -> None:
    """Called once every callback is registered (the page policy hashes Dash's inline scripts)."""
    page = page_policy(app, settings)
    embed = embed_policy(settings)

    @app.server.after_request
    def headers(response):
        from flask import request

        path = request.path
        h = response.headers
        h["X-Content-Type-Options"] = "nosniff"
        h["Referrer-Policy"] = "no-referrer"
        h["Permissions-Policy"] = PERMISSIONS
        if path.startswith(EMBED_PREFIX):
            h["Content-Security-Policy"] = embed
            h.pop("X-Frame-Options", None)
            return response
        h["X-Frame-Options"] = "DENY"
        h["Cross-Origin-Opener-Policy"] = "same-origin"
        h["Content-Security-Policy"] = DATA_POLICY if path.startswith(DATA_PREFIXES) else page
        return response
