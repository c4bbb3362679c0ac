"""Awkward inputs stay linear: a long run of numeral characters or of award verbs is
read in about the time of ordinary text, not in the square of its length.

The bound is loose (a busy machine must not fail it) but far below what a quadratic
path takes: before the fixes, 40,000 characters of 一 took ~45 s and of 荣获 over 30 s;
now they take well under a second. bench/pathological.py prints the growth itself."""
from __future__ import annotations

import time

import pytest

from extractor import extract

SIZE = 40_000
BOUND_S = 10.0


def _within_bound(text: str):
    """The facts of `text`, asserted to come within BOUND_S (rules loaded beforehand)."""
    extract("区长王建国荣获“全国先进个人”称号，增长5%。")  # rules loaded outside the timing
    started = time.perf_counter()
    facts = extract(text)
    took = time.perf_counter() - started
    assert took < BOUND_S, f"{len(text)} characters of {text[:12]!r}… took {took:.1f} s"
    return facts


@pytest.mark.parametrize("piece", ["一", "一百二十三万四千", "荣获", "授予张三同志被评为", "荣获“全国先进集体”称号，",
                                   # a post in a run-on sentence: the country named before it was read
                                   # back over the whole sentence at every post (17 s at 40,000 characters)
                                   "总理李强致电安迪·伯纳姆，"])
def test_long_runs_extract_in_linear_time(piece):
    extract("区长王建国荣获“全国先进个人”称号，增长5%。")  # rules loaded outside the timing
    text = (piece * (SIZE // len(piece) + 1))[:SIZE]
    started = time.perf_counter()
    facts = extract(text)
    took = time.perf_counter() - started
    assert took < BOUND_S, f"{SIZE} characters of {piece!r} took {took:.1f} s"
    for kind in ("counts", "percentages", "money", "measures"):
        assert all(text[f.start:f.end] == f.text for f in getattr(facts, kind))


def test_a_sentence_of_lists_published_and_selected_onto_is_linear():
    """公布…名单，…入选， over and over in one sentence: each verb of selection once looked back
    to the sentence's start for the list (76 s at 440,000 characters; ~1.5 s after)."""
    facts = _within_bound("农业部公布了全国示范名单，共有12个村入选，" * 10_000 + "。")
    assert [a.title for a in facts.awards] == ["全国示范名单"]


def test_a_document_long_run_of_listed_rates_is_linear():
    """增长5%、 over and over: one sentence of 16,000 figures. Each figure once looked
    back to the sentence's start for a level or a 分别 (16 s at 80,000 characters before
    the fix; ~1 s after)."""
    facts = _within_bound("增长5%、" * 16_000)
    assert len(facts.percentages) == 16_000


def test_a_long_sentence_of_figures_and_time_words_is_linear():
    """共有37条雪道，目前开放了12条， over and over, one sentence: each figure once looked at
    every time word of the sentence before it, and the sentence's list of time words was
    copied at each figure (~35 s at 80,000 characters before the fix; under 1 s after)."""
    facts = _within_bound("共有37条雪道，目前开放了12条，" * 5_000)
    assert len(facts.counts) == 10_000 and {c.period for c in facts.counts[2:]} == {"目前"}


@pytest.mark.parametrize("piece, size", [("分别增长5%和6%，", 300_000), ("“全国文明城市”，", 240_000),
                                         ("目前开放了12条", 240_000),
                                         ("作为首批国家历史文化名城和全国首批试点城市是首批示范区12个", 200_000),
                                         ("将8155个传统村落列入保护名录", 200_000)],
                         ids=["分别 pairs", "quoted honours", "time words in one clause", "作为 in one clause",
                              "将 counted in one clause"])
def test_long_runs_of_pairs_and_honours_are_linear(piece, size):
    """Each 分别 pair once looked through every label of its sentence so far, and each
    standing honour through every award span of the document (~16 s at these sizes
    before the fixes; ~1-2 s after); each 作为 and each 将 reads a window before it, not its
    clause from the start (a run of them in one clause)."""
    facts = _within_bound(piece * (size // len(piece)))
    assert facts.percentages or facts.awards or facts.counts


@pytest.mark.parametrize("text", [
    "张三、李四、" * (SIZE // 6) + "。王五 摄",  # a 、 list of names before a photo credit
    "王 五  区长\n  王建国" + " " * SIZE + "区" * 100,  # a table row's name, blanks, too long a descriptor
    "“" + " " * SIZE + "全国",  # a quote mark before blanks
], ids=["names before 摄", "name before blanks", "quote before blanks"])
def test_built_inputs_extract_in_linear_time(text):
    extract("区长王建国荣获“全国先进个人”称号，增长5%。")
    started = time.perf_counter()
    extract(text)
    took = time.perf_counter() - started
    assert took < BOUND_S, f"{len(text)} characters took {took:.1f} s"


@pytest.mark.parametrize("piece", ["的", "甲乙、丙丁等"])
def test_a_long_chain_after_a_count_is_no_recursion(piece):
    """What follows a count is read through 的 and through a list's 等: a chain of
    thousands of them once went one call deeper per link and overflowed."""
    text = "共有5个" + piece * 3000 + "。"
    (count,) = extract(text).counts
    assert text[count.start:count.end] == count.text == "5个"


def test_subject_found_past_a_long_clause():
    """The reach that bounds the subject search still finds the subject written next to the verb."""
    filler = "在推进乡村振兴和产业发展过程中不断探索新路径" * 60  # one clause of ~1,300 characters
    text = f"{filler}，市南区商务局荣获全国商务系统先进集体称号。"
    award = next(a for a in extract(text).awards if a.title.startswith("全国商务系统先进集体"))
    assert award.recipients == ["市南区商务局"]


@pytest.mark.parametrize("digits", [65, 5000])
def test_a_numeral_too_long_to_hold_exactly_is_not_read(digits):
    """More significant digits than figures are read with (64): no fact, rather than a rounded
    value or a JSON number of thousands of digits that readers refuse."""
    from extractor.grammar.numbers import parse
    from extractor.output.contract import validate_json

    figure = "1" * digits
    assert parse(figure) is None and parse(figure + "亿") is None
    text = f"全区完成固定资产投资126.8亿元，同比增长{figure}%，粮食产量{figure}吨。"
    facts = extract(text)
    assert [f.text for f in facts.money] == ["126.8亿元"]
    assert not facts.percentages and not facts.measures
    validate_json(facts.model_dump_json())


def test_a_long_but_exact_numeral_keeps_every_digit():
    from extractor.grammar.numbers import parse

    assert str(parse("1" * 40).value) == "1" * 40  # Decimal's default 28 digits would round it


def test_a_paragraph_of_receipts_referring_to_an_honour_is_linear():
    """…奖揭晓，…获奖， over and over in one paragraph: each receipt that names no honour once looked
    for the honour over every mention of the paragraph (34 s at 200,000 characters; ~1.5 s after)."""
    facts = _within_bound("标题\n" + "本届金鸡奖揭晓，《远山》等影片获奖，" * 8_000)
    assert [a.title for a in facts.awards] == ["金鸡奖"]
