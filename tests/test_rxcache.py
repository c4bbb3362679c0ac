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



# ------------------------------------------------------------ the `re` form of a rule

def test_han_ranges_are_regex_han_over_all_of_unicode():
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    as_regex = [m.span() for m in regex.finditer(r"\p{Han}+", every)]
    import re
    as_re = [m.span() for m in re.finditer("[" + rxcache.han_ranges() + "]+", every)]
    assert as_re == as_regex and len(as_regex) > 10


def test_a_rule_re_can_read_answers_the_same_from_both_engines():
    import re
    pattern = r"(?P<name>\p{Han}{2,3}?)(?=[^\p{Han}\d]|书记|主任)|(?<![签预])约(?P<n>\d+)个"
    both = rxcache.compile(pattern)
    alone = regex.compile(pattern)
    assert isinstance(both.match.__self__, re.Pattern)  # answered by `re` at a place
    text = "区委书记李邑飞主持会议，签约12个项目，约30个村，王芳、张伟。"
    for pos in range(len(text)):
        mine, theirs = both.match(text, pos), alone.match(text, pos)
        assert (mine and (mine.span(), mine.groupdict())) == (theirs and (theirs.span(), theirs.groupdict()))
    assert [m.span() for m in both.finditer(text)] == [m.span() for m in alone.finditer(text)]
    assert both.search(text, 3).span() == alone.search(text, 3).span()
    assert both.groupindex == alone.groupindex and both.pattern == pattern


def test_what_only_regex_reads_stays_with_regex():
    for pattern, flags in ((r"(?<=书记|副主任)\p{Han}{2,3}", 0),   # lookbehind of two widths
                           (r"\p{L}+", 0), (r"[^\P{Han}]", 0),           # another property; \P
                           (r"[[:alpha:]]+", 0), (r"[\d--5]+", regex.V1),  # a POSIX set; a V1 set operation
                           (r"(?r)\d+元", 0), ("\\p{Han} # a comment [", regex.VERBOSE)):
        assert isinstance(rxcache.compile(pattern, flags), regex.Pattern), pattern
    assert isinstance(rxcache.compile(r"\d+", regex_only=True), regex.Pattern)  # overlapped=True callers


def test_the_re_form_is_rebuilt_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    pattern = r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿美元|亿元)(?=\p{Han})"
    first = rxcache.compile(pattern)
    assert rxcache.save() is not None
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    again = rxcache.compile(pattern)
    assert not rxcache._state["dirty"]  # both engines' forms and the Han ranges came from the file
    assert again.match.__self__ == first.match.__self__
    text = "实际利用外资4.75亿美元的"
    assert again.search(text).groupdict() == {"num": "4.75", "unit": "亿美元"}


def test_regex_classes_are_regex_digits_and_separators_over_all_of_unicode():
    import re
    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    spelt = rxcache.regex_classes()
    for escape in ("d", "s"):
        as_regex = [m.span() for m in regex.finditer(f"\\{escape}+", every)]
        assert [m.span() for m in re.finditer(f"[{spelt[escape]}]+", every)] == as_regex and as_regex
    # the reason they are spelt: re's own differ (newer digits; \x1c-\x1f)
    assert re.findall(r"\d", every) != regex.findall(r"\d", every)
    assert re.findall(r"\s", every) != regex.findall(r"\s", every)


def test_an_exact_re_form_reads_digits_and_spaces_as_regex_does():
    import re
    pattern = r"(?<![\d.])\d+(?:\s*[至-]\s*\d+)?[^\d\s]"
    exact = rxcache.compile_exact(pattern)
    assert isinstance(exact, re.Pattern)
    text = "共3 至 5个，\U00011bf1\U00011bf2项，\x1c7\x1d-\x1c8人，12.5万，\u0e53\u0e54天"
    assert [m.span() for m in exact.finditer(text)] == [m.span() for m in regex.finditer(pattern, text)]
    for refused in (r"\w+", r"\bab", r"[^\S]", r"\D", r"\p{L}"):
        assert rxcache.compile_exact(refused) is None, refused


def test_a_rule_re_cannot_read_is_found_out_once(tmp_path, monkeypatch):
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    pattern = r"(?<=书记|副主任)\p{Han}{2,3}"  # a lookbehind of two widths: `regex` alone reads it
    assert isinstance(rxcache.compile(pattern), regex.Pattern)
    assert rxcache.save() is not None
    monkeypatch.setattr(rxcache, "_state", {"enabled": True, "data": None, "dirty": False, "registered": True})
    again = rxcache.compile(pattern)
    assert isinstance(again, regex.Pattern) and again.search("市委书记王明").group() == "王明"
    assert not rxcache._state["dirty"]  # neither engine parsed it again
