"""Where the benchmarks find the checkout and the shared corpus (run as plain scripts)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a plain script from the checkout
    sys.path.insert(0, str(REPO))

# The shared corpus lives beside the checkout (../shared); EXTRACT_DEV_CORPUS overrides.
DEFAULT_CORPUS = Path(os.environ.get("EXTRACT_DEV_CORPUS", REPO.parent / "shared" / "corpus" / "dev"))
