"""The compiled-rule cache rebuilds patterns that behave exactly like fresh ones."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import regex

from extractor.rules import rxcache

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "shinan-2022-11-28.txt"


def test_cached_pattern_matches_like_a_fresh_one(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    pattern = r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿美元|亿元|万元)(?<=元)"
    first = rxcache.compile(pattern, regex.V1)
    assert rxcache.save() is not None
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    again = rxcache.compile(pattern, regex.V1)
    text = "实际利用外资4.75亿美元，总投资额超过800亿元"
    assert [m.groupdict() for m in again.finditer(text)] == [m.groupdict() for m in first.finditer(text)]
    assert again.groupindex == first.groupindex and again.flags == first.flags
    assert not rxcache._state["dirty"]  # served from the file, nothing new to write


def test_a_corrupt_cache_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    rxcache.cache_file().write_bytes(b"\x00not marshal data")
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    assert rxcache.compile(r"\d+个").match("85个")


def test_cli_output_is_the_same_with_and_without_the_cache(tmp_path):
    env = {**os.environ, "EXTRACT_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-m", "extractor.cli", str(SAMPLE)], capture_output=True,
                           env={**env, **extra}, cwd=ROOT, check=True).stdout
            for extra in ({"EXTRACT_NO_CACHE": "1"}, {}, {})]  # no cache; fills it; reads it
    assert runs[0] == runs[1] == runs[2]
    assert json.loads(runs[2])["money"][1]["amount"] == 475000000


def test_an_edited_rule_set_starts_its_own_file_and_drops_the_old_one(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True,
                                            "fingerprint": "aaaaaaaaaaaa"})
    rxcache.compile(r"\d+年")
    first = rxcache.save()
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True,
                                            "fingerprint": "bbbbbbbbbbbb"})
    assert rxcache._entries() == {}  # the other version's entries are not read
    rxcache.compile(r"\d+月")
    second = rxcache.save()
    assert first != second and second.exists() and not first.exists()

