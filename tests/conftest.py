"""Shared fixtures: where the read-only shared corpus lives, and skips when it is absent."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The benchmark folder holds tools the tests also drive (bench/peer_report.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
PEER_CASES = SHARED / "peer-cases"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus ships beside the project in CI, not in a clone")
    return path


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return need(CORPUS / "dev")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need(CORPUS)
