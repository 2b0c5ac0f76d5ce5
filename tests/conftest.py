"""Shared fixtures: the small end-to-end input and an ETL run over it (once per session)."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from etl.pipeline import run

FIXTURES = Path(__file__).parent / "fixtures"
E2E_RAW = FIXTURES / "e2e" / "raw"
TODAY = date(2026, 11, 28)

os.environ.setdefault("DASH_DISABLE_VERSION_CHECK", "true")


@pytest.fixture(scope="session")
def e2e_output(tmp_path_factory) -> Path:
    """The ETL output of tests/fixtures/e2e/raw (read-only for tests)."""
    out = tmp_path_factory.mktemp("e2e-processed")
    run(E2E_RAW, out, today=TODAY)
    return out


@pytest.fixture
def e2e_input_copy(tmp_path) -> Path:
    """A writable copy of the e2e input for tests that break it."""
    target = tmp_path / "raw"
    shutil.copytree(E2E_RAW, target)
    return target
