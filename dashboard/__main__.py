"""`python -m dashboard [--data DIR] [--host HOST] [--port PORT] [--debug]`: serve the dashboard.

A development server (Flask's); for production use gunicorn with `dashboard.wsgi:server`
(see the README). Debug mode is off unless `--debug` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.config import DATA_DIR_ENV, DEFAULT_DATA_DIR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None,
                        help=f"ETL output folder (default: ${DATA_DIR_ENV} or {DEFAULT_DATA_DIR})")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8050, help="port (default 8050)")
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (dev tools, reloading); off by default")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from dashboard.app import create_app

    try:
        app = create_app(args.data)
    except FileNotFoundError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    app.run(host=args.host, port=args.port, debug=args.debug, dev_tools_disable_version_check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
