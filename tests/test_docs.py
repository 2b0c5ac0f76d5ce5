"""The README documents what users can type: every CLI option and every public route."""

import re

import pytest

from dashboard import __main__ as dashboard_cli
from dashboard import export as export_cli
from dashboard.app import create_app
from etl import paths
from etl.cli import build_parser as etl_parser

README = (paths.ROOT / "README.md").read_text(encoding="utf-8")


def _options(parser) -> set[str]:
    return {opt for action in parser._actions for opt in action.option_strings if opt.startswith("--")} - {"--help"}


def _subparser(parser, name):
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action.choices[name]


@pytest.mark.parametrize("command", ["run", "coverage", "extract", "review"])
def test_every_etl_option_is_in_the_readme(command):
    for option in _options(_subparser(etl_parser(), command)):
        assert option in README, f"python -m etl {command} {option} is not documented"


@pytest.mark.parametrize("parser", [dashboard_cli.build_parser(), export_cli.build_parser()])
def test_every_dashboard_option_is_in_the_readme(parser):
    for option in _options(parser):
        assert option in README, f"{option} is not documented"


def test_every_public_route_is_in_the_readme(e2e_output):
    app = create_app(e2e_output)
    routes = {re.sub(r"<[^>]+>", "", rule.rule) for rule in app.server.url_map.iter_rules()
              if rule.rule.startswith(("/api/", "/download/", "/embed/", "/export/"))
              and "<path:" not in rule.rule and not rule.rule.endswith("/") and "/static/" not in rule.rule}
    for route in routes:
        stem = route.split(".")[0].rstrip("/")
        assert stem in README, f"route {route} is not documented"
