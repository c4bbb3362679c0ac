"""Shared fixtures, and the one place the tests look for the read-only shared folder.

The shared folder (corpus, peer cases) ships beside the checkout as ../shared; the
EXTRACT_SHARED environment variable points elsewhere, and EXTRACT_PEER_CASES (the
variable bench/peer_report.py reads) moves the peer cases alone. A test that needs
a part of it that is absent skips and says which path it looked for.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The benchmark folder holds tools the tests also drive (bench/peer_report.py).
sys.path.insert(0, str(REPO / "bench"))

SHARED = Path(os.environ.get("EXTRACT_SHARED") or REPO.parent / "shared")
CORPUS = SHARED / "corpus"
PEER_CASES = Path(os.environ.get("EXTRACT_PEER_CASES") or SHARED / "peer-cases")


def why_absent(path: Path) -> str:
    return (f"{path} is absent: the shared folder ships beside the project (../shared), not in a clone;"
            " set EXTRACT_SHARED to where it is")


def need(path: Path) -> Path:
    """`path` if it exists, else skip the running test saying why."""
    if not path.exists():
        pytest.skip(why_absent(path))
    return path


def needs(path: Path) -> pytest.MarkDecorator:
    """A mark that skips a test (or a parameter built at collection) when `path` is absent."""
    return pytest.mark.skipif(not path.exists(), reason=why_absent(path))


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return need(CORPUS / "dev")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need(CORPUS)
