"""extract() pauses the cyclic garbage collector for one document and leaves it as it found it."""
from __future__ import annotations

import gc

import pytest

from extractor import extract, pipeline

TEXT = "全市实现地区生产总值1200亿元，同比增长6.5%。市长王伟出席会议。"


@pytest.fixture
def restore_gc():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_while_reading_and_enabled_after(restore_gc, monkeypatch):
    seen = []
    real = pipeline.Doc.of

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline.Doc, "of", spy)
    gc.enable()
    facts = extract(TEXT)
    assert seen == [False] and gc.isenabled()
    assert facts.money and facts.officials  # the document was read as usual


def test_a_caller_that_disabled_it_keeps_it_disabled(restore_gc):
    gc.disable()
    extract(TEXT)
    assert not gc.isenabled()


def test_enabled_again_when_reading_fails(restore_gc, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline.Doc, "of", broken)
    gc.enable()
    with pytest.raises(RuntimeError):
        extract(TEXT)
    assert gc.isenabled()
