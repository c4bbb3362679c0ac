"""Damaged input: bad bytes are read as U+FFFD with a warning, and facts away from the damage are kept."""
from __future__ import annotations

from collections import Counter

import pytest
from conftest import CORPUS, needs

from extractor.pipeline import extract_bytes

KINDS = ("money", "percentages", "counts", "measures")
ARTICLE = ("国家统计局今天发布数据，前三季度全国规模以上工业增加值同比增长4.6%。"
           "全国固定资产投资38.6万亿元，比上年增长3.1%。社会消费品零售总额34.2万亿元，增长6.8%。\n") * 40


def _facts(facts) -> Counter:
    """Facts by kind and text: a replaced character can shift the offsets after it."""
    return Counter((kind, f.text) for kind in KINDS for f in getattr(facts, kind))


TRADITIONAL = ("國家統計局今天發佈數據，前三季度全國規模以上工業增加值同比增長4.6%。"
               "全國固定資產投資38.6萬億元，比上年增長3.1%。社會消費品零售總額34.2萬億元，增長6.8%。\n") * 40


def flipped(data: bytes, every: int = 2048, damage=lambda byte: byte ^ 0xFF) -> bytes:
    """Every `every` bytes, one byte damaged (all its bits flipped, unless told otherwise)."""
    damaged = bytearray(data)
    for at in range(every // 2, len(damaged), every):
        damaged[at] = damage(damaged[at])
    return bytes(damaged)


@pytest.mark.parametrize(("text", "encoding"), [(ARTICLE, "utf-8"), (ARTICLE, "gb18030"), (TRADITIONAL, "big5"),
                                                (ARTICLE, "utf-8-sig")])
def test_a_bad_byte_is_replaced_and_reported_in_every_encoding(text, encoding):
    data = text.encode(encoding)
    clean = extract_bytes(data)
    # 0xFF is never valid in these encodings (a flipped bit may make another valid character, unseen)
    damaged = extract_bytes(flipped(data, damage=lambda byte: 0xFF))
    assert clean.warnings == [] or all("damaged" not in w for w in clean.warnings)
    (warning,) = [w for w in damaged.warnings if w.startswith("damaged input")]
    assert "U+FFFD" in warning and "at byte" in warning
    kept = _facts(clean) & _facts(damaged)
    assert kept.total() >= 0.9 * _facts(clean).total()


def test_a_file_cut_mid_character_keeps_its_facts():
    data = ARTICLE.rstrip().encode("gb18030")[:-1]
    facts = extract_bytes(data)
    assert facts.source.encoding == "gb18030" and facts.warnings[0].startswith("damaged input: 1 ")
    assert len(facts.money) >= 70


def test_mostly_bad_bytes_are_still_refused():
    from extractor.reading.decoding import DecodeError

    with pytest.raises(DecodeError, match="undecodable"):
        extract_bytes("全年增长5%。".encode() + bytes(range(0x80, 0x100)) * 4)


@needs(CORPUS / "dev")
def test_every_dev_article_with_a_byte_flipped_every_2kb_keeps_90_percent_of_its_facts():
    for path in sorted((CORPUS / "dev").glob("*.txt")):
        data = path.read_bytes()
        clean = _facts(extract_bytes(data))
        damaged = _facts(extract_bytes(flipped(data)))
        assert (clean & damaged).total() >= 0.9 * clean.total(), path.name
