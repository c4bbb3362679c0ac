"""Money on real sentences from press releases (positive and negative)."""
import pytest
from helpers import brief, facts_of


@pytest.mark.parametrize("sentence, expected", [
    # (text, amount, currency, explicit, qualifier)
    ("实际利用外资4.75亿美元，同比增长39.43%", [("4.75亿美元", 475000000, "USD", True, None)]),
    ("储备重点在谈项目93个，总投资额超过800亿元……", [("超过800亿元", 80000000000, "CNY", True, "over")]),
    ("前三季度，市南区新注册亿元以上内资项目85个", [("亿元以上", 100000000, "CNY", True, "at_least")]),
    ("先后成功完成50亿大项目英吉瑞能源的引进", [("50亿", 5000000000, "CNY", False, None)]),
    ("一季度全市实现地区生产总值626.9亿元", [("626.9亿元", 62690000000, "CNY", True, None)]),
    ("即罚２万－１０万元，若是损害古树名木", [("２万－１０万元", 20000, "CNY", True, "range")]),
    ("处以２万元以上１０万元以下罚款", [("２万元以上１０万元以下", 20000, "CNY", True, "range")]),
    ("新老项目可实现年上交税收6-8亿元。", [("6-8亿元", 600000000, "CNY", True, "range")]),
    ("最高可罚５０万！", [("５０万", 500000, "CNY", False, "at_most")]),
    ("设立总规模不低于200 万元的旅游产业发展基金", [("不低于200 万元", 2000000, "CNY", True, "at_least")]),
    ("全国完成水利建设投资超万亿元", [("超万亿元", 1000000000000, "CNY", True, "over")]),
    ("合同金额16.4亿元", [("16.4亿元", 1640000000, "CNY", True, None)]),
    ("投资1,100万元建设", [("1,100万元", 11000000, "CNY", True, None)]),
    ("总投资两千三百万元", [("两千三百万元", 23000000, "CNY", True, None)]),
    ("项目总投资约8亿元，其中", [("约8亿元", 800000000, "CNY", True, "approx")]),
    ("预计每年可形成销售额2亿元左右。", [("2亿元左右", 200000000, "CNY", True, "approx")]),
    ("注册资本3000万欧元", [("3000万欧元", 30000000, "EUR", True, None)]),
    ("单价0.4元/斤", [("0.4元", 0.4, "CNY", True, None)]),
])
def test_money_amounts(sentence, expected):
    assert brief("money", sentence, "amount", "currency", "currency_explicit", "qualifier") == expected


@pytest.mark.parametrize("sentence", [
    "常住人口突破500万，城镇化率提高。",          # a population, not money
    "单位GDP能耗1.0439吨标准煤/万元。",            # 万元 in a ratio unit
    "元旦期间，全市接待游客。",                      # 元 in a word
    "受益居民1.3万户。",                              # a count, not money
])
def test_not_money(sentence):
    assert facts_of("money", sentence) == []


def test_offsets_ground_the_text():
    text = "实际利用外资４．７５亿美元，同比增长３９．４３％"
    for fact in facts_of("money", text):
        assert text[fact["start"]:fact["end"]] == fact["text"]
    assert facts_of("money", text)[0]["amount"] == 475000000


def test_a_unit_label_is_not_money():
    assert facts_of("money", "表1 主要指标 单位：亿元") == []
    assert brief("money", "投资亿元以上项目", "amount", "qualifier") == [("亿元以上", 100000000, "at_least")]
