"""Percentages, points, per mille and multiples, with direction and basis."""
import pytest
from helpers import brief, facts_of


@pytest.mark.parametrize("sentence, expected", [
    # (text, value, unit, direction, basis, qualifier)
    ("实际利用外资4.75亿美元，同比增长39.43%", [("39.43%", 39.43, "percent", "up", "yoy", None)]),
    ("新招引纳统企业23家，是去年同期的近8倍", [("近8倍", 8, "times", None, None, "approx")]),
    ("超额200%完成全年任务", [("200%", 200, "percent", "up", None, None)]),
    ("比同期增速高0.8个百分点", [("0.8个百分点", 0.8, "percentage_point", "up", "yoy", None)]),
    ("同比分别下降31.5%、0.9%", [("31.5%", 31.5, "percent", "down", "yoy", None),
                                ("0.9%", 0.9, "percent", "down", "yoy", None)]),
    ("环比下降2.1%", [("2.1%", 2.1, "percent", "down", "mom", None)]),
    ("较“十三五”末增长15个百分点", [("15个百分点", 15, "percentage_point", "up", None, None)]),
    ("投资对经济增长的贡献率为57%", [("57%", 57, "percent", None, None, None)]),
    ("解决了超过一半的就业", [("超过一半", 50, "percent", None, None, "over")]),
    ("约三成的旅客经由这里往来", [("约三成", 30, "percent", None, None, "approx")]),
    ("占比达百分之三十五点五", [("百分之三十五点五", 35.5, "percent", None, None, None)]),
    ("按固定资产投资的5%—20%给予奖励", [("5%—20%", 5, "percent", None, None, "range")]),
    ("城镇化率达到６５．２％", [("６５．２％", 65.2, "percent", None, None, None)]),
    ("出生率为千分之八", [("千分之八", 8, "per_mille", None, None, None)]),
    ("经济总量翻一番", [("翻一番", 2, "times", None, None, None)]),
])
def test_percentages(sentence, expected):
    assert brief("percentages", sentence, "value", "unit", "direction", "basis", "qualifier") == expected


def test_range_keeps_upper_end():
    (fact,) = facts_of("percentages", "增长10-15%")
    assert (fact["value"], fact["value_max"], fact["qualifier"]) == (10, 15, "range")


def test_one_third():
    (fact,) = facts_of("percentages", "约占三分之一")
    assert abs(fact["value"] - 100 / 3) < 1e-4


@pytest.mark.parametrize("sentence", [
    "建成为全国最大的客滚综合枢纽之一",  # 成 in 建成为 is a verb, not a tenth
    "这是新时代的成功实践",
])
def test_not_percentages(sentence):
    assert facts_of("percentages", sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a frame opened by 较去年同期 carries to the next clause
    ("较去年同期投资量增加121亿元，投资完成率提高13.7个百分点。", [("13.7个百分点", "up", "yoy")]),
    # the adverb 同比 governs its own verb only
    ("同比增长5%，拉动GDP增长3.3个百分点；", [("5%", "up", "yoy"), ("3.3个百分点", "up", None)]),
    # 比同期 is the same period of last year
    ("比同期增速高0.8个百分点", [("0.8个百分点", "up", "yoy")]),
    # a bracket with another year's figures is no 同比
    ("同比增长6.8%（2015和2016年同期增速分别为3.3%、0.5%）", [("6.8%", "up", "yoy"), ("3.3%", "up", None), ("0.5%", "up", None)]),
    # a 其中 clause does not inherit
    ("较去年同期增加12亿元，其中工业增长3%", [("3%", "up", None)]),
    # 多 inside 多晶硅 is no verb
    ("其中多晶硅片和单晶硅片各占50%", [("50%", None, None)]),
])
def test_basis_and_direction_in_context(sentence, expected):
    assert brief("percentages", sentence, "direction", "basis") == expected


@pytest.mark.parametrize("sentence, expected", [
    # bare numbers listed before a figure share its unit
    ("一三产业比重分别比同期提高0.9、5.9个百分点", [("0.9", 0.9, "percentage_point", "up", "yoy"),
                                                 ("5.9个百分点", 5.9, "percentage_point", "up", "yoy")]),
    # 比去年全年 is another base
    ("同比增长1.5%，比去年全年提高3.8个百分点", [("1.5%", 1.5, "percent", "up", "yoy"),
                                             ("3.8个百分点", 3.8, "percentage_point", "up", None)]),
    # 增加值 is a noun, not an increase
    ("第二产业增加值比重为80.9%", [("80.9%", 80.9, "percent", None, None)]),
    # a direction written after the figure
    ("GDP实现1.5%的正增长", [("1.5%", 1.5, "percent", "up", None)]),
    ("负向拉动全市投资8.7个百分点", [("8.7个百分点", 8.7, "percentage_point", "down", None)]),
])
def test_statistical_phrasing(sentence, expected):
    assert brief("percentages", sentence, "value", "unit", "direction", "basis") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("经济总量翻了一番", [("翻了一番", 2, "times")]),
    ("城乡居民收入翻了两番", [("翻了两番", 4, "times")]),
])
def test_doubling_with_le(sentence, expected):
    assert brief("percentages", sentence, "value", "unit") == expected


def test_bare_numbers_listed_before_a_word_figure_do_not_crash():
    # Regression: the listed-number loop once rebound the grammar tables, so the
    # word figure's qualifier lookup that followed crashed and lost the document.
    found = brief("percentages", "两项指标分别提高0.9、5.9个百分点，收入翻一番。", "value", "unit")
    assert found == [("0.9", 0.9, "percentage_point"), ("5.9个百分点", 5.9, "percentage_point"),
                     ("翻一番", 2, "times")]
