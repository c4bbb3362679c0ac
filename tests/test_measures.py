"""Measures: physical quantities with a unit of measure."""
import pytest
from helpers import brief, facts_of


@pytest.mark.parametrize("sentence, expected", [
    # (text, value, unit, qualifier)
    ("累计完成6万平方米违建治理任务", [("6万平方米", 60000, "平方米", None)]),
    ("建设2×34万千瓦热电联产机组", [("2×34万千瓦", 680000, "千瓦", None)]),
    ("能源消费量83.5万吨标准煤", [("83.5万吨标准煤", 835000, "吨标准煤", None)]),
    ("单位GDP能耗1.0439吨标准煤/万元", [("1.0439吨标准煤/万元", 1.0439, "吨标准煤/万元", None)]),
    ("两台600MW超临界机组", [("600MW", 600, "MW", None)]),
    ("占用绿地２００平方米以上", [("２００平方米以上", 200, "平方米", "at_least")]),
    ("首期兴建约10万平方米厂房", [("约10万平方米", 100000, "平方米", "approx")]),
    ("种植面积1400多亩", [("1400多亩", 1400, "亩", "over")]),
    ("港口吞吐能力突破464万公里", [("突破464万公里", 4640000, "公里", "over")]),
])
def test_measures(sentence, expected):
    assert brief("measures", sentence, "value", "unit", "qualifier") == expected


@pytest.mark.parametrize("sentence", [
    "每一亩地都要精耕细作",          # generic 一亩
    "各方合力，四方协作",            # 方 is not a unit here
    "一碗米饭",                        # 米 in a word
])
def test_not_measures(sentence):
    assert facts_of("measures", sentence) == []


def test_a_measure_is_not_also_a_count():
    text = "羊绒衫40万件，原煤2000万吨"
    assert [c["text"] for c in facts_of("counts", text)] == ["40万件"]
    assert [m["text"] for m in facts_of("measures", text)] == ["2000万吨"]


@pytest.mark.parametrize("sentence, expected", [
    ("全力推进了百亿斤粮食产能基地建设", [("百亿斤", 10000000000, "斤", None)]),
    ("年发电量约15亿度", [("约15亿度", 1500000000, "度", "approx")]),
    ("年降水量600—800mm", [("600—800mm", 600, "mm", "range")]),
    ("建设约3000—4000平米厂房", [("约3000—4000平米", 3000, "平米", "range")]),
])
def test_measures_from_held_out_reading(sentence, expected):
    assert brief("measures", sentence, "value", "unit", "qualifier") == expected


def test_a_temperature_is_not_electricity():
    assert facts_of("measures", "气温最高30度") == []
