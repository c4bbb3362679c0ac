"""Arbitrary text never crashes the extractor and never breaks the offset contract.

Real sentences are mutated at random with the characters that matter to the
rules (full-width digits, multipliers, brackets, markup, control characters);
a fixed seed keeps the run repeatable."""
from __future__ import annotations

import random

import pytest

from extractor import extract

SENTENCES = [
    "前三季度，市南区新注册亿元以上内资项目85个；实际利用外资4.75亿美元，同比增长39.43%。",
    "即罚２万－１０万元，若是损害古树名木，最高可罚５０万！",
    "区城市管理局绿化管理科负责人孙伟介绍，累计完成6万平方米违建治理任务。",
    "授予刘永坦院士、钱七虎院士国家最高科学技术奖；2×34万千瓦热电联产。",
    "<p>一三产业比重分别比同期提高0.9、5.9个百分点&nbsp;</p>",
]
NOISE = list("０１２３４５６７８９％．，、（）()《》“”·—-~×/\n\r\t \u3000\u00a0万亿千百十元个%点之分约超近余多") + [
    "<p>", "</p>", "&#", "\x00", "\ufeff", "𠀀", "\ud7ff"]


def _mutations(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        chars = list(rng.choice(SENTENCES))
        for _ in range(rng.randrange(0, 12)):
            at = rng.randrange(len(chars) + 1)
            if rng.random() < 0.5 and chars:
                chars[min(at, len(chars) - 1)] = rng.choice(NOISE)
            else:
                chars.insert(at, rng.choice(NOISE))
        yield "".join(chars)


@pytest.mark.parametrize("seed", range(4))
def test_mutated_text_keeps_offsets(seed):
    for text in _mutations(seed, 60):
        facts = extract(text)
        for kind in ("counts", "percentages", "money", "measures"):
            for fact in getattr(facts, kind):
                assert text[fact.start:fact.end] == fact.text, (text, fact)
        for official in facts.officials:
            for start, end in official.mentions:
                assert "".join(text[start:end].split()) == official.name, (text, official)
        facts.model_dump_json()


def test_an_internal_error_is_reported_on_one_line():
    from extractor.batch.record import internal_error_message
    message = internal_error_message(ValueError("first line\n\nsecond line\nthird"))
    assert "\n" not in message and "first line" in message and "second" not in message
