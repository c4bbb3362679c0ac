"""Counts: numbers with a classifier, and what SPEC.md says is not a count."""
import pytest
from helpers import brief, facts_of


@pytest.mark.parametrize("sentence, expected", [
    # (text, value, unit, item, qualifier)
    ("目前，市南承担的51个市级攻坚项目100%开工建设。", [("51个", 51, "个", "市级攻坚项目", None)]),
    ("前三季度，市南区新注册亿元以上内资项目85个；", [("85个", 85, "个", "亿元以上内资项目", None)]),
    ("受益居民1.3万户。", [("1.3万户", 13000, "户", "居民", None)]),
    ("组织了20多个项目集中签约", [("20多个", 20, "个", "项目", "over")]),
    ("现有1470余家企业", [("1470余家", 1470, "家", "企业", "over")]),
    ("成立了十余个工作组", [("十余个", 10, "个", "工作组", "over")]),
    ("解决了十多万农民的就业增收", [("十多万农民", 100000, "农民", "农民", "over")]),
    ("全市生猪出栏80.9万头，同比增长1.4%", [("80.9万头", 809000, "头", "生猪", None)]),
    ("接待游客3500万人次", [("3500万人次", 35000000, "人次", None, None)]),
    ("培育2到3个主导产业", [("2到3个", 2, "个", "主导产业", "range")]),
    ("五部门联合启动行动", [("五部门", 5, "部门", "部门", None)]),
])
def test_counts(sentence, expected):
    got = brief("counts", sentence, "value", "unit", "item", "qualifier")
    assert [g[:3] + g[4:] for g in got] == [e[:3] + e[4:] for e in expected]
    # items are checked where the sentence names one
    for g, e in zip(got, expected, strict=False):
        if e[3] is not None:
            assert g[3] == e[3]


@pytest.mark.parametrize("sentence", [
    "市南区第三期“摘星夺旗”局长书记擂台“战果”出炉",   # ordinal
    "又一批“奋勇争先旗”单位涌现",                       # 一批 is an article
    "组织开展历史城区保护更新等八大行动",               # N大X
    "市南四大班子顶格推动",                              # N大X
    "出台“稳住经济增长30条”",                          # inside a programme name
    "学习贯彻党的二十届四中全会精神",                    # a session
    "项目二期工程顺利推进",                              # a phase
    "国办发〔2024〕12号",                                # a document number
    "九台区全力打造新样板",                              # a place name
    "股指收于849.8点",                                   # an index level
    "另外两个是：绍兴市诸暨市山下湖镇",                 # restates things just named
    "历时6个月完成",                                     # a duration
    "常住人口突破500万",                                 # no classifier
])
def test_not_counts(sentence):
    assert facts_of("counts", sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("规划为ABCDE五个区域", [("五个", 5, "个")]),
    ("建设2—3层标准厂房", [("2—3层", 2, "层")]),
])
def test_counts_from_held_out_reading(sentence, expected):
    assert brief("counts", sentence, "value", "unit") == expected


def test_a_count_restated_with_a_demonstrative_is_not_new():
    assert facts_of("counts", "受上述三个行业影响，增速回落") == []
    assert facts_of("measures", "呈现“四升三降一平”特点") == []


def test_places_summed_up_after_a_list_are_not_counts():
    assert facts_of("counts", "首次国内考察，深入海南、广东两省。") == []
    assert [c["text"] for c in facts_of("counts", "全省21市、88个县全部达标")] == ["21市", "88个"]


@pytest.mark.parametrize("sentence, expected", [
    ("省十四届人大三次会议开幕", []),                       # a session
    ("召开两次会议研究部署", [("两次", 2, "次")]),           # two meetings
    ("共有10支队伍参赛", [("10支", 10, "支")]),             # 支 counts 队伍 (支队 is a noun)
    ("全年举办活动300余场次", [("300余场次", 300, "场次")]),
])
def test_sessions_and_compound_classifiers(sentence, expected):
    assert brief("counts", sentence, "value", "unit") == expected
