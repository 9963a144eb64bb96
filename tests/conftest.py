"""Shared fixtures: the seed page, its cleaned run, and the --update-golden flag."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the current output")


@pytest.fixture(scope="session")
def seed_collection():
    from toolkit.ingest import read_source
    from toolkit.pipeline import clean_sources

    return clean_sources([read_source(SEED)])[0]
