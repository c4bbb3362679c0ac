"""kinds/spanset.SpanSet answers as a scan of every span would."""
from __future__ import annotations

import random

from extractor.kinds.spanset import SpanSet


def test_overlaps_and_covers_agree_with_a_scan_of_every_span():
    rng = random.Random(5)
    for _ in range(300):
        spans = [(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        found = SpanSet(list(spans))
        for s in range(45):
            for e in range(s + 1, s + 8):
                assert found.overlaps(s, e) == any(a < e and s < b for a, b in spans), (spans, s, e)
                assert found.covers(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)
