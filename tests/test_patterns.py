"""Every rule file under patterns/ is loaded, and validated on load by its Pydantic model."""
from __future__ import annotations

import pytest

from extractor import extract, extract_bytes
from extractor.pipeline import extract_documents
from extractor.rules import patterns

# Texts that make every extractor load its rules, lazy ones included
# (currency signs, 分之 fractions, markup).
TEXTS = [
    "<html><body><p>人民币3亿元，$20，占三分之一，增长百分之五。市长王岩出席。荣获“先进集体”称号。</p></body></html>",
    "青岛市市南区:以奔跑之姿再创辉煌\n2022/11/28 16:10:42   来源:中国山东网\n中国山东网11月28日讯 新建51个项目，6万平方米。(王一婷)",
]


def _loaded() -> dict:
    for text in TEXTS:
        extract(text)
        extract_bytes(text.encode("gb18030"))
    extract_documents('{"title": "标题", "content": "新建51个项目。"}'.encode())  # records.toml
    return dict(patterns.LOADED)


def test_every_rule_file_is_loaded_by_some_extractor():
    loaded = _loaded()
    files = {p.stem for p in patterns.patterns_dir().glob("*.toml")}
    assert files == set(loaded), f"rule files nobody loads: {files - set(loaded)}"


@pytest.fixture
def pack(tmp_path, monkeypatch):
    """A patterns folder of our own, with the rule cache off so every load validates."""
    monkeypatch.setattr(patterns, "_CANDIDATES", (tmp_path,))
    monkeypatch.setitem(patterns.rxcache._state, "enabled", False)
    return tmp_path


def test_wrong_type_fails_on_load(pack):
    from extractor.doc.body import _BoilerplateRules
    (pack / "boilerplate.toml").write_text(
        'prose_line = "x"\nprose_punctuation = "y"\nend_markers = "not a list"\nfooter_lines = []\n',
        encoding="utf-8")
    with pytest.raises(patterns.PatternError, match="end_markers"):
        patterns.load("boilerplate", _BoilerplateRules)


def test_unknown_key_fails_loudly(pack):
    (pack / "boilerplate.toml").write_text('end_markers = ["x"]\nend_marker = ["typo"]\n', encoding="utf-8")
    from extractor.doc.body import _BoilerplateRules
    with pytest.raises(patterns.PatternError, match="unknown key"):
        patterns.load("boilerplate", _BoilerplateRules)


def test_escape_is_regex_escape_for_every_character():
    import regex

    for code in range(0x30000):
        ch = chr(code)
        assert patterns.escape(ch) == regex.escape(ch), hex(code)
    assert patterns.escape("十.五 规划") == regex.escape("十.五 规划")
