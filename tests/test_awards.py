"""Awards extractor: one group of cases per pattern family, positives and traps.

Sentences are short real-style sentences written here; the corpus tests at the
bottom read ../shared/corpus and skip when it is absent.
"""
from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest
from conftest import CORPUS, need

from extractor import extract
from extractor.doc import Doc
from extractor.doc.body import Body
from extractor.kinds import awards
from extractor.kinds.awards.named import named_honours
from extractor.kinds.awards.rules import rules as awards_rules
from extractor.output.models import Official
from extractor.reading.decoding import DecodeError, decode


def within(text: str, end: int | None = None) -> Doc:
    """A document whose body is `text` up to `end` (all of it by default)."""
    return replace(Doc.of(text), body=Body(0, len(text) if end is None else end))


def run(text: str, people: tuple[str, ...] = ()) -> dict:
    officials = [Official(name=n, rule="officials.person_verb") for n in people]
    return {a.title: a for a in awards.extract(within(text), officials)}


def titles(text: str) -> set[str]:
    return set(run(text))


# ------------------------------------------------------------ quoted titles

def test_quoted_flag_with_verb_and_organisation_subject():
    got = run("市南区商务局在一、二、三季度连续夺得“奋勇争先旗”。")
    assert set(got) == {"奋勇争先旗"}
    assert got["奋勇争先旗"].kind == "flag"
    assert got["奋勇争先旗"].recipients == ["市南区商务局"]


@pytest.mark.parametrize("people", [("王岩", "王广洋", "吕蓉慧"), ()])
def test_quoted_star_people_before_verb(people):
    text = "其外经贸科从科长王岩,到科室的王广洋、吕蓉慧均摘获“聚力强势星”,整个团队可谓熠熠生辉。"
    got = run(text, people)
    assert got["聚力强势星"].kind == "star"
    assert set(got["聚力强势星"].recipients) == {"王岩", "王广洋", "吕蓉慧"}


def test_quoted_star_person_in_apposition():
    text = "市南区二季度、三季度的“聚力强势星”、区城市管理局绿化管理科负责人孙伟对全域公园了如指掌。"
    assert run(text, ("孙伟",))["聚力强势星"].recipients == ["孙伟"]
    assert run(text)["聚力强势星"].recipients == ["孙伟"]


def test_quoted_title_with_designator_and_counted_recipients():
    text = "党中央、国务院决定，授予毛相林等10名同志，河北省塞罕坝机械林场等10个集体“全国脱贫攻坚楷模”荣誉称号。"
    got = run(text)
    assert set(got) == {"全国脱贫攻坚楷模"}
    assert got["全国脱贫攻坚楷模"].kind == "title"
    assert set(got["全国脱贫攻坚楷模"].recipients) == {"毛相林", "河北省塞罕坝机械林场"}


def test_quoted_medal_and_head_after_quote():
    got = run("“七一勋章”获得者及其亲属代表，“光荣在党50年”纪念章获得者代表参加仪式。")
    assert set(got) == {"七一勋章", "光荣在党50年纪念章"}
    assert got["光荣在党50年纪念章"].kind == "prize"
    span = got["光荣在党50年纪念章"].mentions[0]
    assert span[1] - span[0] == len("光荣在党50年”纪念章")


def test_quotes_in_a_row_share_verb_and_designator():
    got = run("该村先后获得“全国文明村”“省级卫生村”等荣誉称号。")
    assert set(got) == {"全国文明村", "省级卫生村"}
    assert got["省级卫生村"].recipients == []  # 该村 refers back: no body named


def test_year_between_verb_and_quote():
    got = run("浙江华友钴业股份有限公司荣获2023年度“省级专精特新中小企业”称号。")
    assert set(got) == {"省级专精特新中小企业"}
    assert got["省级专精特新中小企业"].recipients == ["浙江华友钴业股份有限公司"]


def test_the_body_that_confers_between_verb_and_quote():
    # 荣获[the body that confers it][its year]“…”
    got = run("云南沙溪镇寺登村荣获联合国旅游组织2024年“最佳旅游乡村”称号。")
    assert got["最佳旅游乡村"].recipients == ["云南沙溪镇寺登村"]


def test_the_holder_named_after_the_honour():
    from extractor import extract
    facts = extract("标题\n\n“时代楷模”荣誉称号获得者刘建新扎根山区三十年。\n")
    assert {a.title: a.recipients for a in facts.awards}.get("时代楷模") == ["刘建新"]
    assert {o.name: o.title for o in facts.officials}.get("刘建新") == "“时代楷模”荣誉称号获得者"


def test_person_with_honorific_as_subject():
    assert run("张三同志被授予“全国劳动模范”称号。")["全国劳动模范"].recipients == ["张三"]


def test_unquoted_honour_after_de_and_approval_lists():
    got = run("龙岗村荣获国务院颁发的全国民族团结进步模范集体称号。")
    assert got["全国民族团结进步模范集体"].recipients == ["龙岗村"]
    assert run("该县被列为全国试点县。")["全国试点县"].kind == "selection"
    assert titles("园区获批国家级经济技术开发区。") == set()
    assert titles("年度考核被评为优秀等次。") == set()


def test_selection_onto_named_list_without_recipient():
    got = run("今年，全市又有12家企业入列“倍增计划”名单。")
    assert got["倍增计划名单"].kind == "selection"


def test_representative_holds_the_honour():
    text = "仪式上，校长张桂梅代表“七一勋章”获得者发言。党中央决定，授予马毛姐等29位同志“七一勋章”。"
    assert set(run(text)["七一勋章"].recipients) == {"张桂梅", "马毛姐"}


@pytest.mark.parametrize("text", [
    "市南区第三期“摘星夺旗”局长书记擂台“战果”出炉。",           # contest, not a flag
    "运载火箭以“一箭五星”方式将卫星送入预定轨道。",              # a launch, not a star
    "防空部队击落了“海王星”导弹。",                              # a star of the sky names a missile
    "该国宣布将三家外国企业列入制裁名单。",                      # a list of sanctions
    "我国首颗太阳探测卫星“羲和一号”运行良好。",                  # a craft named with 号
    "紧盯青岛市“摘星夺旗”考核三大板块。",
    "大项目带动大发展，是经济发展的“压舱石”。",                  # nickname
    "城市更新建设也是市南区检验作风能力提升年行动的“第一战场”。",  # slogan
    "由区领导担任各产业链“链长”，成立招商专班。",
    "2025年9月4日，丽星邮轮“领航星”号平稳停靠在三亚凤凰岛国际邮轮港。",  # a ship
    "高质量发展成果转化为市民群众的“绿色获得感”。",
    "将该项规划列入“十五五”河南省级专项规划。",                    # quote modifies a plan
    "“项边村新农村建设科技示范（试点）”项目将以浙江大学为依托单位。",  # a project name
    "全市上下积极争创“全国文明城市”。",                            # a goal
    "按其年末的地方财政贡献，给予“一事一议”奖励。",
    "举办“市长杯”足球赛。",                                        # a tournament
    "实施“满天星”计划，培育一批人才。",                              # a programme
    "后人把这两部书并列为“双璧”，流传至今。",                          # two characters, a verb alone
    "新一代载人飞船被命名为“梦舟”。",                                # a craft's name
    "省委把建设文化大省纳入“五五战略”，引领全省发展。",              # a strategy, selected into
    "该市将生态修复列入“十年规划”。",                                  # a plan
])
def test_quoted_traps_are_not_awards(text):
    assert titles(text) == set()


# ------------------------------------------------------------ conferrals

STATE_COUNCIL = ("国务院批准并报请国家主席习近平签署，授予刘永坦院士、钱七虎院士国家最高科学技术奖；"
                 "国务院批准，授予“量子反常霍尔效应的实验发现”国家自然科学奖一等奖，"
                 "授予“黄瓜基因组和重要农艺性状基因研究”等37项成果国家自然科学奖二等奖，"
                 "授予简·迪安·米勒教授等5名外国专家中华人民共和国国际科学技术合作奖。")


def test_standing_national_honour_named_anywhere():
    found = run("市里组织12名全国道德模范走进校园，讲述身边的故事。")
    assert [(t, a.kind, a.recipients, a.rule) for t, a in found.items()] == [
        ("全国道德模范", "title", [], "awards.named_honour")]
    quoted = run("全国“五一”劳动奖章获得者王立军向大家介绍经验。", ("王立军",))
    assert [(t, a.kind, a.recipients) for t, a in quoted.items()] == [("全国五一劳动奖章", "prize", ["王立军"])]


@pytest.mark.parametrize("text", [
    "全市干部职工争当全国劳动模范。",  # a goal
    "全国道德模范评选活动正式启动。",  # a contest
    "全国三八红旗手巾帼宣讲示范活动在京举行。",  # an event named after the honour
])
def test_named_honour_traps(text):
    assert run(text) == {}


def test_named_honour_leaves_a_title_read_with_its_year_to_its_rule():
    found = run("他荣获2023年全国五一劳动奖章。")
    assert list(found) != ["全国五一劳动奖章", "2023年全国五一劳动奖章"]
    assert len(found) == 1


def test_an_honour_joined_to_a_named_one_shares_its_opening():
    # the words the two share are written once (全国 …和…; 全国脱贫攻坚 …和…)
    found = run("全市12名全国劳动模范和先进工作者参加了座谈。")
    assert list(found) == ["全国劳动模范", "全国先进工作者"]
    found = run("表彰全国脱贫攻坚先进个人和先进集体的消息传来。")
    assert list(found) == ["全国脱贫攻坚先进个人", "全国脱贫攻坚先进集体"]
    assert list(run("全国劳动模范和他的徒弟一起攻关。")) == ["全国劳动模范"]


def test_a_listed_honour_takes_the_scope_the_first_opens_with():
    assert list(run("大会表彰了全国劳动模范和先进工作者。")) == ["全国劳动模范", "全国先进工作者"]


def test_the_prizes_a_contest_sets_are_listed():
    found = run("本届大赛设立金奖、银奖、铜奖和优秀组织奖等奖项。")
    assert [(t, a.kind) for t, a in found.items()] == [
        ("金奖", "prize"), ("银奖", "prize"), ("铜奖", "prize"), ("优秀组织奖", "prize")]
    assert run("大赛设置了多个奖项。") == {}


def test_a_prize_received_with_its_year_and_beside_another_object():
    found = run("总理与获得2025年度中国政府友谊奖和在华工作的外国专家代表座谈。")
    assert [(t, a.recipients) for t, a in found.items()] == [("中国政府友谊奖", [])]  # a relative clause
    assert list(run("前锋罗德里获得金球奖，姆巴佩获得金靴奖。")) == ["金球奖", "金靴奖"]  # short prizes
    assert run("获奖外国专家感谢中国政府授奖。") == {}  # 获奖 names no prize
    assert list(run("医院还获得了“爱婴医院”的称号。")) == ["爱婴医院"]


def test_merit_grades_are_prizes():
    found = run("该中队今年有6人次荣立一等功、12人次荣立二等功。")
    assert [(t, a.kind, a.recipients) for t, a in found.items()] == [
        ("一等功", "prize", []), ("二等功", "prize", [])]  # unnamed people, not the unit
    found = run("民警赵立平荣立个人二等功1次。", ("赵立平",))
    assert [(t, a.recipients) for t, a in found.items()] == [("个人二等功", ["赵立平"])]
    # a receipt written right before is no subject (荣立二|等功), nor an adverb (曾因…)
    found = run("荣立三等功2次，所在单位荣立集体二等功一次。")
    assert found["集体二等功"].recipients == []
    assert run("退伍后，他曾因救人荣立个人三等功。")["个人三等功"].recipients == []


def test_a_second_honour_joined_to_a_conferral_goes_to_its_recipients():
    found = run("市政府追授张建华同志“见义勇为英雄”称号，并追记一等功。", ("张建华",))
    assert found["一等功"].recipients == ["张建华"]
    found = run("公安厅给予王立军记二等功，并授予“优秀人民警察”称号。", ("王立军",))
    assert found["优秀人民警察"].recipients == ["王立军"]
    # not across a sentence, nor from an honour with no recipient
    found = run("县委授予张红“优秀共产党员”称号。会议并授予“先进集体”称号。", ("张红",))
    assert found["先进集体"].recipients == []


def test_a_designation_by_an_agent_goes_to_the_subject_before_bei():
    got = run("开元寺塔2001年被国务院公布为第五批全国重点文物保护单位。")
    assert got["全国重点文物保护单位"].recipients == ["开元寺塔"]
    got = run("红军连被集团军表彰为“钢铁”先进集体。")
    assert got["钢铁先进集体"].recipients == ["红军连"]
    # the one who led the subject receives nothing
    got = run("在王建军带领下，车间被评为“工人先锋号”。", ("王建军",))
    assert got["工人先锋号"].recipients == ["车间"]


def test_commendations_without_le_and_events_named_after_honours():
    assert titles("会议将表彰全省民政系统先进集体和先进工作者。") == {"全省民政系统先进集体", "全省民政系统先进工作者"}
    assert titles("今天，省政府举行全省科技进步奖表彰大会。") == {"全省科技进步奖"}
    assert titles("省委印发通报，对5个全省安全生产先进单位和10名全省安全生产先进个人予以表彰。") == {
        "全省安全生产先进单位", "全省安全生产先进个人"}
    assert titles("受表彰的代表参加了表彰大会。") == set()


def test_a_quoted_honour_after_its_scope_and_holders_before_a_preposition():
    got = run("两家企业入选全球“灯塔工厂”。")
    assert got["灯塔工厂"].kind == "selection"
    got = run("获得过全国“最美教师”荣誉的三位教师代表给习近平总书记写信。", ("习近平",))
    assert got["最美教师"].recipients == []


def test_the_designated_listed_and_counted_before_wei_with_no_verb():
    got = run("评选工作日前结束，江苏省昆山市、浙江省义乌市等50个县（市）为2024年全国农村综合改革示范县。")
    assert got["全国农村综合改革示范县"].recipients == ["江苏省昆山市", "浙江省义乌市"]
    assert titles("我国新增天津、宜宾等3个城市为试点。") == set()  # a clause with its verb: no bare list


def test_selections_with_a_batch_a_disposal_or_a_relative_holder():
    # 入选为; a scope and a batch before the honour are no part of it, the scope still its evidence
    got = run("目前，石门村已成功入选为全国首批乡村旅游重点村。")
    assert got["乡村旅游重点村"].recipients == ["石门村"]
    # the list after 将 is what is selected, the body before it the agent
    got = run("农业农村部将江苏昆山、浙江德清等20个地区纳入国家数字乡村试点地区。")
    assert got["国家数字乡村试点地区"].recipients == ["江苏昆山", "浙江德清"]
    # a batch published with its count, the named ones included in the selected
    got = run("组委会发布首批10个全球智慧港口标杆案例，包括青岛港在内的3个中国案例入选。")
    assert got["全球智慧港口标杆案例"].recipients == ["青岛港"]
    # a quote right after a receipt verb is the honour though its holder follows after 的
    got = run("被评为“国际湿地城市”的东营市迎来观鸟高峰。")
    assert got["国际湿地城市"].recipients == ["东营市"]
    assert titles("停车位改造等列入了首批重点工作清单。") == set()


def test_a_pronoun_receiving_an_honour_names_the_person_the_paragraph_named_last():
    got = run("多年来，张桂芝扎根乡村教学点。去年，她被省教育厅授予“乡村教学标兵”称号。", ("张桂芝",))
    assert got["乡村教学标兵"].recipients == ["张桂芝"]
    got = run("去年，她被省教育厅授予“乡村教学标兵”称号。")  # no one named before: no recipient
    assert got["乡村教学标兵"].recipients == []


def test_works_named_in_a_row_and_counted_each_receive():
    got = run("颁奖典礼上，《大江大河》《人世间》等12部作品荣获“金鹰奖”，《国家宝藏》等8部作品和3位个人获得“星光奖”。")
    assert got["金鹰奖"].recipients == ["大江大河", "人世间"]
    assert got["星光奖"].recipients == ["国家宝藏"]


def test_a_prize_won_by_a_named_work_goes_to_the_work():
    found = run("青年作家李明的小说《北方的河》荣获“最佳长篇小说”奖。", ("李明",))
    assert found["最佳长篇小说奖"].recipients == ["北方的河"]
    assert run("纪录片《山海之间》获得最佳纪录片奖。")["最佳纪录片奖"].recipients == ["山海之间"]


def test_commendation_in_a_sentence_lists_each_honour():
    found = run("大会表彰了省直机关56名优秀共产党员、31名优秀党务工作者和20个先进基层党组织。")
    assert list(found) == ["省直机关优秀共产党员", "省直机关优秀党务工作者", "省直机关先进基层党组织"]
    found = run("会议对全市教育系统先进集体和先进个人进行了表彰。")
    assert list(found) == ["全市教育系统先进集体", "全市教育系统先进个人"]
    assert run("会上表彰了他们的无私奉献。") == {}


def test_the_prizes_a_contest_result_names_with_their_counts():
    found = run("大赛最终决出一等奖12名、二等奖30名，评出优秀指导教师奖8个。")
    assert [(t, a.kind) for t, a in found.items()] == [("一等奖", "prize"), ("二等奖", "prize"), ("优秀指导教师奖", "prize")]
    assert run("共评选推荐出56个“全省科普工作先进集体”。") != {}  # a result, not a nomination


def test_a_medal_is_short_and_the_congratulated_team_receives_it():
    found = run("主席致电祝贺国家女子曲棍球队在亚运会上荣获金牌。", ("主席",))
    assert [(t, a.kind, a.recipients) for t, a in found.items()] == [("金牌", "prize", ["国家女子曲棍球队"])]


def test_conferral_recipients_then_title():
    got = run(STATE_COUNCIL)
    assert set(got) == {"国家最高科学技术奖", "国家自然科学奖一等奖", "国家自然科学奖二等奖",
                        "中华人民共和国国际科学技术合作奖"}
    assert set(got["国家最高科学技术奖"].recipients) == {"刘永坦", "钱七虎"}
    assert got["国家自然科学奖二等奖"].recipients == ["黄瓜基因组和重要农艺性状基因研究"]
    assert got["中华人民共和国国际科学技术合作奖"].recipients == ["简·迪安·米勒"]
    assert all(a.kind == "prize" for a in got.values())


def test_conferral_uses_known_names():
    got = run("授予张建国全国劳动模范称号。", ("张建国",))
    assert got["全国劳动模范"].recipients == ["张建国"]


@pytest.mark.parametrize("text", [
    "将党内最高荣誉授予为党和人民作出杰出贡献的共产党员。",
    "符合条件的优先推荐授予五一劳动奖章、三八红旗手及各种突出贡献奖励。",  # nomination in a policy
    "开展荣誉称号评选颁授，隆重表彰一批为全省发展作出突出贡献的先进模范人物。",  # the verb used as a noun
])
def test_conferral_traps(text):
    assert titles(text) == set()


def test_conferral_of_the_insignia_of_a_named_honour():
    # what is handed over (奖章、证书、奖牌) is no honour; the honour is the one named
    text = "习近平为全国脱贫攻坚楷模荣誉称号获得者一一颁授奖章、证书、奖牌。"
    assert titles(text) == {"全国脱贫攻坚楷模"}


# ------------------------------------------------------------ receipts and selections

def test_unquoted_selection_and_case():
    got = run("中山路片区入选全省城市更新试点名单,中山路历史文化街区入选省历史文化保护传承示范案例。")
    assert got["全省城市更新试点名单"].kind == "selection"
    assert got["全省城市更新试点名单"].recipients == ["中山路片区"]
    assert got["省历史文化保护传承示范案例"].recipients == ["中山路历史文化街区"]


def test_strong_verb_takes_any_title():
    got = run("我县连续三年被评为全国粮食生产先进县。")
    assert got["全国粮食生产先进县"].kind == "title"
    assert got["全国粮食生产先进县"].recipients == ["我县"]


def test_weak_verb_needs_evidence():
    assert titles("该公司今年获得全国质量金奖。") == {"全国质量金奖"}
    assert titles("血友病患者将有望获得二次报销。") == set()
    assert titles("他们获得了168万元的奖补资金。") == set()
    assert titles("浙江省共有6个乡镇、村列入试点。") == set()
    assert titles("设立引导资金，列入县财政预算。") == set()
    assert titles("逐步扩大试点医院和试点病种范围。") == set()
    assert titles("武汉市入选国家新型城镇化综合试点。") == {"国家新型城镇化综合试点"}
    # the batch is no part of the list (people-1, awards-4 and people-119 gold: 第十批… → …)
    assert run("全县共有3个村入选第二批全国乡村旅游重点村名录。")["全国乡村旅游重点村名录"].recipients == []


@pytest.mark.parametrize("text", [
    "对年度新获得中国质量奖的，当年给予企业50万元奖励。",
    "新列入国家级和省级“专精特新”中小企业，分别给予企业30万元和10万元奖励。",
    "力争今年荣获全国文明城市称号。",
])
def test_policy_conditions_and_goals_are_not_awards(text):
    assert titles(text) == set()


# ------------------------------------------------------------ commendation decisions

def test_decision_lists_each_honour():
    text = "校长宣读《关于表彰2017-2018年度先进党支部、优秀共产党员、优秀党务工作者的决定》。优秀党务工作者代表曾继勇上台发言。"
    got = run(text)
    assert set(got) == {"先进党支部", "优秀共产党员", "优秀党务工作者"}
    assert got["优秀党务工作者"].recipients == ["曾继勇"]


def test_decision_ellipsis_shares_prefix():
    got = run("汪洋宣读《中共中央、国务院关于表彰全国脱贫攻坚先进个人和先进集体的决定》。")
    assert set(got) == {"全国脱贫攻坚先进个人", "全国脱贫攻坚先进集体"}
    (start, end), = got["全国脱贫攻坚先进集体"].mentions
    assert end - start == len("先进集体")


# ------------------------------------------------------------ batch designations and siblings

def test_batch_designation():
    got = run("中联重工科技发展股份有限公司是中国工程机械装备制造领军企业，全国首批创新型企业之一。")
    assert got["全国首批创新型企业"].recipients == ["中联重工科技发展股份有限公司"]


def test_batch_designation_after_zuowei_is_held_by_the_next_subject():
    found = run("作为全国首批数字乡村试点县之一，近年来，长兴县将持续推进数字化改革。")
    assert [(t, a.recipients) for t, a in found.items()] == [("全国首批数字乡村试点县", ["长兴县"])]
    found = run("作为全国首批智能制造示范工厂之一，该企业加大技术改造投入。")
    assert [(t, a.recipients) for t, a in found.items()] == [("全国首批智能制造示范工厂", [])]  # 该企业: no name


def test_a_historic_first_told_by_a_clause_is_no_designation():
    assert run("创办于1950年的某某中学是首批升起国旗的澳门学校之一。") == {}
    assert run("该国是第一批同中国建交的非洲国家之一。") == {}
    # a verb of designating before 的 keeps it one
    assert list(run("该园区是首批设立的国家级服务外包示范基地之一。")) == ["首批设立的国家级服务外包示范基地"]
    # … and so does a pilot, the head after 的 (成为首批…建设的试点)
    got = run("合肥市今年成为首批推进海绵城市建设的试点，全年投入资金5亿元。")
    assert got["推进海绵城市建设的试点"].recipients == ["合肥市"]


def test_a_short_note_in_brackets_is_part_of_the_list_selected_onto():
    found = run("全省已有12个项目入选国家级非物质文化遗产代表性项目名录（名册）。")
    assert list(found) == ["国家级非物质文化遗产代表性项目名录（名册）"]


def test_batch_with_count_and_coordinated_sibling():
    text = ("今年初，地处浙西南山区的龙泉市安仁镇项边村，一个小山村，成了首批120个新农村建设科技示范村（试点）之一。"
            "今年共启动了73个新农村建设科技示范乡镇（试点）、120个新农村建设科技示范村（试点）。")
    got = run(text)
    assert set(got) == {"新农村建设科技示范村（试点）", "新农村建设科技示范乡镇（试点）"}
    assert got["新农村建设科技示范村（试点）"].kind == "selection"
    assert got["新农村建设科技示范村（试点）"].recipients == ["龙泉市安仁镇项边村"]


# ------------------------------------------------------------ spans and body

def test_mentions_index_the_original_text():
    text = "全区５家单位获得“优秀组织奖”。会上为“优秀组织奖”获奖单位颁奖。"
    award = run(text)["优秀组织奖"]
    assert len(award.mentions) == 2
    assert all(text[s:e] == "优秀组织奖" for s, e in award.mentions)


def test_facts_only_inside_the_body():
    text = "市南区商务局夺得“奋勇争先旗”。\n相关阅读\n某区夺得“攻坚克难旗”。"
    got = awards.extract(within(text, text.index("相关阅读")), [])
    assert [a.title for a in got] == ["奋勇争先旗"]


# ------------------------------------------------------------ corpus

def _gold_pairs():
    for gold_path in sorted(need(CORPUS / "dev").glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        yield text, json.loads(gold_path.read_text(encoding="utf-8"))


def test_seed_document_exactly(dev_dir):
    seed = dev_dir / "shinan-2022-11-28"
    text = need(seed.with_suffix(".txt")).read_text(encoding="utf-8")
    gold = json.loads(seed.with_suffix(".gold.json").read_text(encoding="utf-8"))["awards"]
    got = {a.title: a for a in awards.extract(Doc.of(text), [])}
    assert set(got) == {g["title"] for g in gold}
    for g in gold:
        assert got[g["title"]].kind == g["kind"]
        assert set(got[g["title"]].recipients) == set(g["recipients"])


def test_dev_corpus_meets_the_bars():
    tp = predicted = expected = 0
    for text, gold in _gold_pairs():
        got = {a.title for a in awards.extract(Doc.of(text), [])}
        want = {a["title"] for a in gold["awards"]}
        tp, predicted, expected = tp + len(got & want), predicted + len(got), expected + len(want)
    precision, recall = tp / predicted, tp / expected
    assert precision >= 0.90
    assert 2 * precision * recall / (precision + recall) >= 0.80


def test_every_mention_is_in_the_body_on_all_corpus_files(corpus_dir):
    for path in sorted(corpus_dir.glob("*/*.txt")):
        try:
            text, _ = decode(path.read_bytes())
        except DecodeError:
            continue
        doc = Doc.of(text)
        for award in awards.extract(doc, []):
            assert award.mentions, (path.name, award.title)
            for s, e in award.mentions:
                assert doc.body.contains(s, e) and e > s, (path.name, award.title)


def test_a_named_person_as_the_whole_subject_receives():
    from extractor import extract

    facts = extract("王五荣获“最美基层干部”称号，刘六获评“岗位能手”。")
    assert [(a.title, a.recipients) for a in facts.awards] == [("最美基层干部", ["王五"]), ("岗位能手", ["刘六"])]
    # a place or body stays a body
    assert [a.recipients for a in extract("高新区荣获“先进园区”称号。").awards] == [["高新区"]]


# ------------------------------------------------------------ honour lists

HONOUR_LIST = ("经省委研究决定，授予下列同志省级荣誉称号：\n"
               "授予陈立群、吴海燕（女）“优秀乡村教师”省级荣誉称号；\n"
               "授予阿依古丽·买买提（维吾尔族）“最美护林员”国家荣誉称号。")


def test_honour_list_each_title_with_its_recipients_notes_dropped():
    got = run(HONOUR_LIST)
    assert got["优秀乡村教师"].recipients == ["陈立群", "吴海燕"]
    assert got["最美护林员"].recipients == ["阿依古丽·买买提"]


def test_forward_reference_is_no_recipient():
    # 授予下列同志…：announces the list; the generic designator is no honour of its own
    assert all("下列" not in r for a in run(HONOUR_LIST).values() for r in a.recipients)
    assert not any(t.startswith(("省级荣誉称号", "国家荣誉称号")) for t in titles(HONOUR_LIST))


def test_conferral_addressed_to_a_person_found_by_evidence():
    got = run("会谈后，总统马丁向阿卜杜拉主席授予“国家荣誉勋章”，以表彰其贡献。", ("阿卜杜拉",))
    assert got["国家荣誉勋章"].recipients == ["阿卜杜拉"]


def test_receipt_subject_with_a_common_word_surname():
    # 林 is also a word (林业); a clause that is only a name before 荣获 is a person
    got = run("2019年，林秀英荣获“全国三八红旗手”称号。")
    assert got["全国三八红旗手"].recipients == ["林秀英"]


def test_grantor_state_is_no_recipient():
    got = run("主席向来访的总统授予中华人民共和国“友谊勋章”。")
    assert all("共和国" not in r for r in got["友谊勋章"].recipients)


@pytest.mark.parametrize("text", [
    "会议审议了关于授予国家勋章和国家荣誉称号的决定草案的议案。",   # a document about honours
    "习近平为获得者颁授勋章奖章并发表重要讲话。",
])
def test_documents_and_acts_about_honours_are_no_honours(text):
    assert not any(t.endswith(("议案", "讲话", "的决定")) for t in titles(text))


# ------------------------------------------------------------ merits and commendations by order

def test_merit_with_the_units_that_receive_it():
    found = run("中央军委主席签署通令，给某部一室、某部二分队分别记一等功，给某舰记二等功。")
    assert found["一等功"].recipients == ["某部一室", "某部二分队"] and found["一等功"].kind == "prize"
    assert found["二等功"].recipients == ["某舰"]


def test_merit_to_a_person_named_after_a_post():
    assert run("县政府给予见义勇为的村民李家宝记二等功。", people=("李家宝",))["二等功"].recipients == ["李家宝"]


def test_merit_in_the_passive_goes_to_the_clauses_subject():
    # NAME被记…功: the subject before 被 receives the merit, a person after a post or a unit
    assert run("抢险中，辅警郝建东被记个人二等功一次。", people=("郝建东",))["个人二等功"].recipients == ["郝建东"]
    assert run("战后，某部三营七连被记集体一等功。")["集体一等功"].recipients == ["某部三营七连"]


def test_merit_given_posthumously_to_a_pronoun_names_no_recipient():
    assert run("批准他为烈士，为他追记一等功。")["一等功"].recipients == []


def test_commendation_by_order():
    assert run("主席签署通令，嘉奖参加演习的全体官兵。")["嘉奖"].recipients == ["参加演习的全体官兵"]


@pytest.mark.parametrize("text", [
    "可实现在线查询、就诊记录共享等功能。",     # 等功 inside 等功能
    "嘉奖令指出，受阅部队圆满完成任务。",       # the order itself, not a conferral
])
def test_merit_traps(text):
    assert titles(text) == set()


# ------------------------------------------------------------ posts listed before a recipient, selections

def test_posts_listed_before_a_recipient_are_no_recipients():
    """追授A局副局长、B队队长NAME同志…称号: the 、 joins the person's posts, not recipients."""
    from extractor import extract

    found = {a.title: a for a in extract("标题\n省委决定，追授市公安局副局长、刑侦支队支队长林建国同志“全省优秀共产党员”称号。").awards}
    assert found["全省优秀共产党员"].recipients == ["林建国"]


def test_a_quoted_thing_before_a_verb_of_selection_is_selected():
    got = run("2020年，“太极拳”入选联合国教科文组织人类非物质文化遗产代表作名录。")
    assert got["联合国教科文组织人类非物质文化遗产代表作名录"].recipients == ["太极拳"]


def test_a_quote_before_another_receipt_verb_names_no_recipient():
    got = run("“新能源汽车销量大增”被评为年度十大经济新闻之首，该片荣获“最佳纪录片奖”。")
    assert all("销量大增" not in r for a in got.values() for r in a.recipients)


def test_intangible_heritage_of_a_level_is_a_selection():
    assert run("2011年，黎锦技艺入选国家级非遗。")["国家级非遗"].kind == "selection"
    assert titles("活动以“魅力非遗”为主题，展示非遗技艺。") == set()


def test_a_year_or_an_edition_before_the_honour_is_no_part_of_its_name():
    assert titles("该剧荣获第28届上海电视节白玉兰奖。") == {"上海电视节白玉兰奖"}
    assert titles("他荣获2022年度全国五一劳动奖章。") == {"全国五一劳动奖章"}


def test_a_rank_conferred_is_no_honour():
    assert titles("仪式上，三名军官被授予少将军衔。") == set()


def test_honours_listed_after_a_receipt_verb_are_each_an_honour():
    """被评为A、B / 荣获A、B和C等称号: every listed item is its own honour of the same subject."""
    got = run("王建华被评为优秀教师、先进工作者。", people=("王建华",))
    assert {t: a.recipients for t, a in got.items()} == {"优秀教师": ["王建华"], "先进工作者": ["王建华"]}
    got = run("李秀英荣获劳动模范、五一劳动奖章和三八红旗手等称号。", people=("李秀英",))
    assert set(got) == {"劳动模范", "五一劳动奖章", "三八红旗手"}
    assert got["三八红旗手"].kind == "title"  # a bearer of the flag, no flag
    # an item without an honour's wording of its own is no honour (交通便利 is an advantage)
    assert titles("该镇获得全国重点镇、交通便利等优势。") == set()


def test_a_medal_won_is_a_prize_named_without_its_count():
    """勇夺40枚金牌、27枚银牌: the honours are 金牌 and 银牌, each of the body that won them;
    a tally no one receives (决出了482块金牌) is no honour."""
    assert run("在杭州亚运会上，她获得女子跳高金牌。")["女子跳高金牌"].kind == "prize"
    got = run("省体育代表团共获得38枚金牌、21枚银牌。")
    assert {t: a.recipients for t, a in got.items()} == {"金牌": ["省体育代表团"], "银牌": ["省体育代表团"]}
    assert set(run("这是省游泳队本届赛事夺得的第5枚金牌。")) == {"金牌"}
    assert titles("本届运动会共决出了326块金牌。") == set()
    got = run("她以9.8分的成绩为省体操队夺得首枚金牌。")
    assert got["金牌"].recipients == ["省体操队"]  # won for the body after 为


def test_the_winner_over_a_rival_receives_the_medal():
    got = run("决赛中，浙江队战胜江苏队获得金牌。")
    assert got["金牌"].recipients == ["浙江队"]


def test_a_conferral_by_an_agent_after_bei_goes_to_the_subject():
    """X被国务院授予“…”: the passive's subject receives (the agent confers)."""
    got = run("2019年，南沙海关被国务院授予“全国民族团结进步模范集体”荣誉称号。")
    assert got["全国民族团结进步模范集体"].recipients == ["南沙海关"]


def test_a_recipient_referred_back_to_is_not_named():
    """该连, 该艇员队: a reference to a body named earlier is no recipient as written."""
    got = run("中央军委为该舰员队记集体二等功。")
    assert got["集体二等功"].recipients == []  # and the unit's merit keeps 集体 (as 荣立集体二等功 reads)


def test_a_national_designation_of_a_place_is_a_selection():
    got = run("2021年，下姜村入选全国乡村旅游重点村。")
    assert got["全国乡村旅游重点村"].kind == "selection"
    assert got["全国乡村旅游重点村"].recipients == ["下姜村"]


def test_an_anonymised_unit_is_a_recipient_not_an_honour():
    assert titles("中央军委签署命令，授予空军某旅三营荣誉称号。") == set()


def test_a_preposition_alone_before_the_receipt_verb_opens_a_relative_clause():
    got = run("随后，李明同获奖代表一道，为获得国家自然科学奖、国家科学技术进步奖的代表颁奖。", people=("李明",))
    assert {t: a.recipients for t, a in got.items()} == {"国家自然科学奖": [], "国家科学技术进步奖": []}


def test_a_merit_named_by_its_field_and_a_name_written_after_its_unit():
    """给…大学刘爱军记国防科技三等功: the field is part of the merit's name, the person the recipient."""
    got = run("中央军委签署通令，给海军某研究所王立新记国防科技二等功。")
    assert {t: a.recipients for t, a in got.items()} == {"国防科技二等功": ["王立新"]}


def test_a_quote_inside_a_recipient_is_part_of_its_name():
    """授予某大学“星火”宣讲团“时代楷模”称号: the quoted nickname is inside the body's name."""
    got = run("中共中央宣传部授予国防大学“红烛”理论宣讲团“时代楷模”称号。")
    assert got["时代楷模"].recipients == ["国防大学“红烛”理论宣讲团"]
    got = run("授予张明、王亮“英雄航天员”称号。", people=("张明", "王亮"))
    assert got["英雄航天员"].recipients == ["张明", "王亮"]


# --- a prize named before the word for its holders (awards.held)

def test_a_prize_before_its_holders_is_conferred_on_the_person_after():
    found = run("第十四届光华工程科技奖获得者刘大伟在会上作报告。", people=("刘大伟",))
    award = found["光华工程科技奖"]  # the edition is not part of the name
    assert (award.kind, award.recipients, award.rule) == ("prize", ["刘大伟"], "awards.held")


def test_holders_counted_or_unnamed_still_hold_the_prize():
    found = run("开幕式上，多位沃尔夫数学奖得主与青年学者对话。")
    assert found["沃尔夫数学奖"].recipients == [] and found["沃尔夫数学奖"].kind == "prize"
    assert "诺贝尔化学奖" in run("论坛邀请了5名诺贝尔化学奖获得者。")  # 5名: a count, not the name


@pytest.mark.parametrize("text", [
    "该奖获得者将获得一百万元奖金。",          # a demonstrative, no name of a prize
    "本届比赛中，其中金牌获得者12名。",         # 其中 opens the phrase; 金牌 alone names no prize
    "今年全市一等奖获得者共20名。",            # a rank in a scope, no prize's name
])
def test_no_prize_name_before_the_holders(text):
    assert run(text) == {}


@pytest.mark.parametrize("text, title", [
    ("晚会以梅花奖获奖作品为主要节目。", "梅花奖"),          # the works that won it; 以 opens no name
    ("全省共有218件五一文化奖获奖作品参展。", "五一文化奖"),   # a count of the works before the prize
    ("他是以色列沃尔夫农业奖得主。", "以色列沃尔夫农业奖"),    # 以 inside a country's name stays
    ("昨晚在市文化中心举行了金桂奖颁奖活动。", "金桂奖"),      # a ceremony of the prize held
])
def test_a_prize_before_the_word_for_what_won_it_or_its_ceremony(text, title):
    assert run(text)[title].kind == "prize"


# --- a prize named with its edition (awards.edition_prize)

@pytest.mark.parametrize("text, title", [
    ("第二十届中国摄影金像奖评选结果日前公布。", "中国摄影金像奖"),
    ("恰逢第九届全国优秀科普作品奖征集启动，各地踊跃报名。", "全国优秀科普作品奖"),
    ("大会为第五届青年科技创新奖章获得者颁发证书。", "青年科技创新奖章"),
])
def test_a_prize_named_with_its_edition_is_a_prize_less_the_edition(text, title):
    award = run(text)[title]
    assert award.kind == "prize" and award.recipients == []


@pytest.mark.parametrize("text", [
    "第十五届全国大奖赛在省体育馆开赛。",          # a competition: 大奖赛
    "第三届奖学金发放仪式在学校礼堂举行。",        # 奖学金: a word 奖 opens, no prize's name
    "第九届全国书香之家颁奖仪式在京举行。",        # 颁奖: a ceremony, not the prize's last word
])
def test_no_prize_from_an_edition_alone(text):
    assert not any(a.rule == "awards.edition_prize" for a in run(text).values())


# --- a receipt of the honour named before it in the paragraph (awards/referred.py)

def test_a_receipt_that_names_no_honour_receives_the_one_named_before_it():
    got = run("第八届丝路电影节“丝路金驼奖”昨晚揭晓。最终，《远山》《海风》等18部影片获奖。")
    assert got["丝路金驼奖"].recipients == ["远山", "海风"]
    facts = extract("标题\n今年共有12个项目获得省科技进步奖。我市有2名科研人员获此殊荣。他们分别是：市农科院研究员"
                    "黄建华，市林科所高级工程师吴晓梅。")
    assert {a.title: a.recipients for a in facts.awards}["省科技进步奖"] == ["黄建华", "吴晓梅"]


def test_a_receipt_with_no_honour_before_it_in_its_paragraph_gives_nothing():
    got = run("第三届青年电影周“金枫奖”昨晚揭晓。\n《远山》等影片此前曾多次获奖。")
    assert got["金枫奖"].recipients == []
    assert run("他从事教学工作三十年，多次获奖。") == {}


def test_a_count_opening_a_list_of_recipients_is_no_part_of_the_first():
    got = run("评审结果昨天公布，共有城东大桥、滨江隧道等12项工程获得省优质工程奖。")
    assert got["省优质工程奖"].recipients == ["城东大桥", "滨江隧道"]


def test_a_quoted_part_leaves_the_prize_to_the_quote_rules():
    found = run("全国“五一”劳动奖章获得者张明华介绍经验。", people=("张明华",))
    assert [a.rule for a in found.values()] == ["awards.named_honour"]


def test_the_named_honours_found_near_their_fixed_runs_are_finditers():
    """named.named_honours tries the honour only before each fixed run found (rules.named_fixed,
    named_fixed_reach): the same matches as the honour's own finditer, on text made of the
    honours written every way (quoted parts quoted or not), their fixed runs alone and prose."""
    rules = awards_rules()
    data = rules.data
    written = []
    for name in data.named_honours:
        quoted = name
        for part in data.named_quoted_parts:
            quoted = quoted.replace(part, f"“{part}”")
        written += [name, quoted, quoted.replace("“", "「").replace("”", "」")]
    fixed_runs = [m.group() for name in written for m in [rules.named_fixed.search(name)] if m]
    pieces = written + fixed_runs + ["全国", "评选", "，", "五一", "“", "劳动", "授予", "模范"]
    rng = random.Random(11)
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [m.span() for m in rules.named_honour.finditer(text)]
        got = [m.span() for m in named_honours(text, rules.named_honour, rules.named_fixed, rules.named_fixed_reach)]
        assert got == expected, text


def test_the_subject_of_a_copula_before_the_prize_holds_it():
    found = run("据介绍，陈立新是中华技能大奖获得者。", people=("陈立新",))
    assert found["中华技能大奖"].recipients == ["陈立新"]


def test_a_list_in_title_marks_after_a_verb_of_selection_is_the_list():
    got = run("经过多年申报，泉州古城被正式列入《世界遗产名录》。")
    assert got["世界遗产名录"].kind == "selection"
    assert got["世界遗产名录"].recipients == ["泉州古城"]
    # a book's title after a verb of selection names no list
    assert titles("这部小说入选《年度中国好书》。") == set()


def test_the_thing_before_bei_is_selected_but_not_a_clause_or_a_preposition():
    assert run("苏绣技艺还被列入国家级非物质文化遗产名录。")["国家级非物质文化遗产名录"].recipients == ["苏绣技艺"]
    assert run("景迈山古茶林被正式列入世界遗产名录。")["世界遗产名录"].recipients == ["景迈山古茶林"]
    got = run("从端午节被列入国家级非物质文化遗产名录，到今天已有十多年。")
    assert got and all(not r.startswith("从") for a in got.values() for r in a.recipients)
    assert run("去年被列入国家级非物质文化遗产名录。")["国家级非物质文化遗产名录"].recipients == []


def test_a_quoted_thing_then_an_adverb_before_a_verb_of_selection_is_selected():
    got = run("在大会上，“云冈石窟保护工程”成功入选世界文化遗产保护示范案例。")
    assert got["世界文化遗产保护示范案例"].recipients == ["云冈石窟保护工程"]


def test_a_prize_announced_is_conferred_with_no_winner_named_there():
    assert run("第三届敦煌文艺奖昨晚在兰州揭晓。")["敦煌文艺奖"].recipients == []
    assert titles("电影周落下帷幕，并揭晓金凤凰奖。") == {"金凤凰奖"}
    assert titles("比赛结果揭晓。十大奖项揭晓。") == set()
    # two prizes announced together: neither is read as one name
    assert "文学奖戏剧奖" not in titles("文学奖戏剧奖同时揭晓。")


def test_an_edition_between_the_recipients_and_the_honour_is_no_part_of_it():
    got = run("共青团中央决定，授予张建华、李明亮等20名同志第9届全国青年科技创新奖。")
    assert set(got) == {"全国青年科技创新奖"}
    assert got["全国青年科技创新奖"].recipients == ["张建华", "李明亮"]


def test_a_fraction_is_no_batch_designation():
    assert titles("展会观众比首届增加了约四分之一。") == set()


def test_a_clause_cut_short_or_a_demonstrative_names_no_honour():
    # a conjunction or a superlative awaiting its noun ends no honour's name
    assert all(not t.endswith(("和", "最高")) for t in titles("总统授予他国家勋章和最高荣誉。"))
    assert all(not t.startswith("这一") for t in titles("该机构获得这一联合国最高环保荣誉。"))


def test_the_event_named_back_before_a_medal_is_no_part_of_it():
    assert run("决赛中，他夺得该项目银牌。")["银牌"].kind == "prize"


def test_the_national_model_of_army_civilian_support_is_a_standing_honour():
    assert run("春节前夕，有关部门向全国双拥模范、广大官兵发出慰问信。")["全国双拥模范"].kind == "title"
    assert titles("该市荣获全国双拥模范城称号。") == {"全国双拥模范城"}


def test_a_prize_read_back_from_its_holders_is_no_part_of_an_award_found_whole():
    assert titles("他是共和国勋章获得者钟南山的学生。") == {"共和国勋章"}
    assert titles("晚会邀请了两位诺贝尔和平奖得主。") == {"诺贝尔和平奖"}
    assert titles("本届诺贝尔和平奖今天揭晓。") == {"诺贝尔和平奖"}


def test_a_body_designating_places_as_an_honour_names_them_its_recipients():
    got = run("农业农村部确定江宁区、溧水区等15个县（区）为第二批全国农业绿色发展示范区。")
    assert set(got) == {"全国农业绿色发展示范区"}  # the batch is no part of the honour
    assert got["全国农业绿色发展示范区"].recipients == ["江宁区", "溧水区"]
    assert got["全国农业绿色发展示范区"].rule == "awards.designated"
    got = run("省文旅厅命名桃花村、杏花村为省级乡村旅游示范村。")
    assert got["省级乡村旅游示范村"].recipients == ["桃花村", "杏花村"] and got["省级乡村旅游示范村"].kind == "title"
    # designated before 被: the subject; none named where a count stands for them
    got = run("今年，我县被认定为首批省级数字乡村试点县。")
    assert got["省级数字乡村试点县"].recipients == ["我县"] and got["省级数字乡村试点县"].kind == "selection"
    assert run("两部门遴选出20个城市作为首批城市更新示范城市。")["城市更新示范城市"].recipients == []


def test_a_designation_without_an_honours_wording_or_of_a_quoted_thing_is_none():
    assert titles("会议确定王立新为项目负责人。") == set()
    assert titles("专家组认定该批产品为不合格产品。") == set()
    assert titles("事故已被认定为“特别重大事件”。") == set()
    assert titles("这一天被确定为“全民阅读日”。") == set()


def test_a_list_in_title_marks_is_named_by_the_marks_alone():
    got = run("2011年，该村的传统灯会入选联合国教科文组织《人类非物质文化遗产代表作名录》。")
    assert set(got) == {"人类非物质文化遗产代表作名录"}
    assert got["人类非物质文化遗产代表作名录"].kind == "selection"


def test_selected_onto_a_list_or_a_batch_named_before_its_verb_of_publishing():
    # the list named first, then published; a batch's designation, less the batch and its count
    got = run("第三批省级智慧农业示范基地名单公布，我县两家合作社入选。")
    assert set(got) == {"省级智慧农业示范基地名单"} and got["省级智慧农业示范基地名单"].recipients == []
    got = run("日前，新一批18个国家级文化产业示范园区揭晓，成都一家园区入选。")
    assert set(got) == {"国家级文化产业示范园区"} and got["国家级文化产业示范园区"].recipients == []
    # a quoted name inside a list's name; a share of unnamed holders names none
    got = run("全省近七成上市公司入选专精特新“小巨人”企业名录。")
    assert got["专精特新小巨人企业名录"].recipients == []
    assert titles("新规定公布，企业入选。") == set()  # no batch, no list, no honour's wording


def test_selected_onto_the_list_a_sentence_published_before_the_verb():
    got = run("农业农村部近日公布第二批全国农业产业强镇名单，东风镇、西岭镇等50个镇入选。")
    assert got["全国农业产业强镇名单"].recipients == ["东风镇", "西岭镇"]
    assert got["全国农业产业强镇名单"].rule == "awards.onto_named_list"
    # a count alone names no one; a verb with an object of its own is received's
    assert run("商务部发布了全国示范步行街名单，共有12条街入选。")["全国示范步行街名单"].recipients == []
    assert titles("名单公布后，他说自己没有入选。") == set()


def test_the_person_a_copula_describes_as_an_honours_holder_receives_it():
    text = "全国人大代表韩秀兰是“全国三八红旗手”获得者，她扎根乡村二十年。"
    got = awards.extract(within(text), [Official(name="韩秀兰", title="全国人大代表", mentions=[(6, 9)],
                                                 rule="officials.post_before_name")])
    assert {a.title: a.recipients for a in got} == {"全国三八红旗手": ["韩秀兰"]}


def test_a_designated_unit_with_a_number_in_its_name_is_named_not_counted():
    got = run("省国土资源厅命名第6地质大队、第8地质大队为全省地质找矿先进单位。")
    assert got["全省地质找矿先进单位"].recipients == ["第6地质大队", "第8地质大队"]


def test_a_commendation_granted_to_whom_stands_between_dui_and_the_verb():
    got = run("县公安局决定对辅警周国庆予以通令嘉奖。", ("周国庆",))
    assert got["嘉奖"].recipients == ["周国庆"]  # 通令 is how it is granted, no recipient
    assert run("支队决定给予通令嘉奖。")["嘉奖"].recipients == []
    assert run("对表现突出的8名队员予以嘉奖。")["嘉奖"].recipients == []  # unnamed


def test_a_work_the_subject_wins_with_is_no_recipient():
    assert run("王芳凭借《远山的呼唤》获最佳女主角奖。")["最佳女主角奖"].recipients == []
    assert run("李明以《黄土地》一书荣获茅盾文学奖。", ("李明",))["茅盾文学奖"].recipients == ["李明"]
    # the work itself receiving stays the work's
    assert run("纪录片《大河奔流》荣获最佳纪录片奖。")["最佳纪录片奖"].recipients == ["大河奔流"]


def test_the_verbs_own_clause_names_its_recipient_before_any_clause_before_it():
    got = run("丽江古城被列入“世界遗产名录”，丽江还被评为“国家历史文化名城”。")
    assert got["国家历史文化名城"].recipients == ["丽江"]
    got = run("西湖龙井茶被农业农村部评为“中国重要农业文化遗产”。")
    assert got["中国重要农业文化遗产"].recipients == ["西湖龙井茶"]
    assert run("2014年，丝绸之路列入世界遗产名录。")["世界遗产名录"].recipients == ["丝绸之路"]
    # a pronoun, a time, a count, a preposition or a modifier of its own names no recipient
    assert run("后来他被评为“最美乡村教师”。")["最美乡村教师"].recipients == []
    assert run("我省两项技艺入选国家级非物质文化遗产名录。")["国家级非物质文化遗产名录"].recipients == []


def test_a_relative_clause_holding_an_honour_is_followed_by_its_holders():
    got = run("去年列入世界遗产名录的泉州古城，今年游客大增。")
    assert got["世界遗产名录"].recipients == ["泉州古城"]
    got = run("荣获“全国文明单位”称号的县第二人民医院近日开展义诊。")
    assert got["全国文明单位"].recipients == ["县第二人民医院"]
    # what stands before the relative clause modifies the holders; common nouns name no one
    assert run("我国入选世界遗产名录的项目已达59项。")["世界遗产名录"].recipients == []
    assert run("总理会见了获得友谊奖的外国专家。")["友谊奖"].recipients == []


def test_a_list_of_objects_ending_in_a_designator_is_evidence_for_each():
    assert titles("该镇获得全国重点镇、全国特色小镇等称号。") == {"全国重点镇", "全国特色小镇"}
    assert titles("张三获得了一辆汽车、两台电脑。") == set()


def test_representatives_of_the_commended_are_no_part_of_the_honours():
    assert titles("大会对全省交通系统先进集体和先进个人代表进行表彰。") == {"全省交通系统先进集体", "全省交通系统先进个人"}


def test_a_prize_won_by_whom_the_prize_first():
    got = run("在全省青年歌手大赛中，民族唱法金奖由周晓雯获得，美声唱法金奖由林海获得。")
    assert {t: a.recipients for t, a in got.items()} == {"民族唱法金奖": ["周晓雯"], "美声唱法金奖": ["林海"]}
    assert got["民族唱法金奖"].rule == "awards.won_by"
    assert titles("该项目由市政府投资建设，由张三负责。") == set()


def test_the_named_members_of_a_counted_group_receive():
    got = run("包括安吉白茶、信阳毛尖在内的12个品牌入选全国茶叶区域公用品牌名单。")
    assert got["全国茶叶区域公用品牌名单"].recipients == ["安吉白茶", "信阳毛尖"]
    got = run("包括某县剪纸及其相关习俗在内的3个项目入选省级非遗名录。")
    assert got["省级非遗名录"].recipients == ["某县剪纸及其相关习俗"]  # 及其 joins no second recipient
    assert titles("另有3个项目入选优秀保护实践名册。") == {"优秀保护实践名册"}


def test_a_list_of_wrongdoers_or_targets_is_no_honour():
    assert titles("美国商务部将5家企业列入实体清单。") == set()
    assert titles("该公司被列入严重违法失信名单。") == set()
    assert titles("评级机构将该国列入负面观察名单。") == set()
    assert titles("外交部宣布将12名外国官员列入永久禁止入境名单。") == set()


def test_bodies_listed_as_one_subject_each_receive():
    got = run("县人民医院、县中医院获评“省级文明单位”。")
    assert got["省级文明单位"].recipients == ["县人民医院", "县中医院"]
    got = run("区图书馆和区文化馆荣获“全国文化志愿服务示范单位”称号。")
    assert got["全国文化志愿服务示范单位"].recipients == ["区图书馆", "区文化馆"]
    got = run("东山村、西林村等5个村入选全省美丽乡村示范村名单。")
    assert got["全省美丽乡村示范村名单"].recipients == ["东山村", "西林村"]


def test_places_listed_and_counted_as_one_subject_each_receive():
    # places and sites carry no body's suffix: the count after 等 says what they are
    got = run("杭州、宁波等12个城市入选第二批全国智慧城市试点名单。")
    assert got["全国智慧城市试点名单"].recipients == ["杭州", "宁波"]
    got = run("全省古村落众多，其中张谷英村、高椅村等8处被列入中国传统村落名录。")
    assert got["中国传统村落名录"].recipients == ["张谷英村", "高椅村"]
    # a clause that only counts names no one
    assert run("全市共有12个城市公园入选省级示范公园名单。")["省级示范公园名单"].recipients == []


def test_a_word_quoted_inside_an_unquoted_honour_is_part_of_it():
    got = run("恒达精工被工信部认定为国家级专精特新“小巨人”企业。")
    assert got["国家级专精特新小巨人企业"].recipients == ["恒达精工"]  # (the title without quotation marks)
    assert "全国新时代枫桥经验先进典型" in titles("该社区获评全国新时代“枫桥经验”先进典型。")
    # a quote before a word the quoted rule reads (奖, 名单) stays the quoted rule's: one award
    assert titles("12部作品获精神文明建设“五个一工程”奖。") == {"五个一工程奖"}
    # a count of such enterprises designates none
    assert titles("全市已培育国家级专精特新“小巨人”企业25家。") == set()


def test_an_honour_named_again_by_its_tail_is_the_same_honour():
    got = run("市委市政府对全市乡村振兴先进集体和先进个人进行表彰，我镇农业服务中心被评为先进集体，"
              "刘建明被评为先进个人。", ("刘建明",))
    assert set(got) == {"全市乡村振兴先进集体", "全市乡村振兴先进个人"}
    assert got["全市乡村振兴先进集体"].recipients == ["我镇农业服务中心"]
    assert got["全市乡村振兴先进个人"].recipients == ["刘建明"]
    # a short tail stays its own honour (一等奖 in two contests)
    assert {"省科技进步一等奖", "一等奖"} <= titles("他曾获省科技进步一等奖。在本次大赛中，他的团队又获一等奖。")


def test_listed_with_honour_on_a_ranking():
    got = run("我县荣登2024年全国县域旅游综合竞争力百强县榜单。")
    assert got["全国县域旅游综合竞争力百强县榜单"].recipients == ["我县"]
    assert titles("这部电影荣登年度票房榜首。") == set()


def test_a_designation_with_its_agent_between_bei_and_the_verb():
    got = run("2023年，县第二中学被教育部认定为全国青少年校园足球特色学校。")
    assert got["全国青少年校园足球特色学校"].recipients == ["县第二中学"]
    assert titles("该起事故被调查组认定为重大责任事故。") == set()


def test_a_listing_on_a_published_list_and_a_counted_scope():
    got = run("近日，省人社厅公布第二批省级技能大师工作室名单，我市3家工作室上榜。")
    assert got["省级技能大师工作室名单"].recipients == []  # counted, none named
    assert got["省级技能大师工作室名单"].kind == "selection"


def test_the_rows_of_a_list_under_an_honours_heading_are_its_recipients():
    from extractor import extract

    text = ("我县召开教师节庆祝大会\n\n县委、县政府决定，授予赵晓梅等3名同志“全县优秀教师”称号，"
            "授予县实验小学等2所学校“全县先进学校”称号。\n\n全县优秀教师名单（3名）\n赵晓梅（女）　县实验小学教师\n"
            "钱立军　　东关中学副校长\n\n买买提·吐尔逊　西关小学教师\n\n全县先进学校名单（2所）\n县实验小学\n东关中学\n\n"
            "希望受表彰的同志珍惜荣誉。\n")
    facts = extract(text)
    got = {a.title: a.recipients for a in facts.awards}
    assert got == {"全县优秀教师": ["赵晓梅", "钱立军", "买买提·吐尔逊"], "全县先进学校": ["县实验小学", "东关中学"]}
    people = {o.name: (o.title, o.rule) for o in facts.officials}
    assert people["赵晓梅"] == ("县实验小学教师", "officials.list_row")
    assert people["钱立军"][0] == "东关中学副校长"  # (padded as a table's row: table_row reads it first)
    assert "希望受表彰的同志珍惜荣誉" not in str(got)  # prose ends the list
    for o in facts.officials:
        assert all(text[s:e] == o.name for s, e in o.mentions)


def test_a_list_row_may_hold_several_names_after_a_unit():
    from extractor import extract

    for rows in ("孙红梅、周建华（女）、艾力·买买提\n", "县财政局：孙红梅　周建华（女）\n县税务局：艾力·买买提\n"):
        text = "我县表彰先进\n\n县委决定，授予孙红梅等3名同志“全县优秀公务员”称号。\n\n全县优秀公务员名单\n" + rows
        got = {a.title: a.recipients for a in extract(text).awards}
        assert got == {"全县优秀公务员": ["孙红梅", "周建华", "艾力·买买提"]}, rows
    # a post after a name is a descriptor, never a second holder
    text = "我县表彰先进\n\n授予孙红梅“全县优秀公务员”称号。\n\n全县优秀公务员名单\n孙红梅　局长\n"
    assert {a.title: a.recipients for a in extract(text).awards} == {"全县优秀公务员": ["孙红梅"]}


def test_rows_of_winners_under_their_prizes():
    from extractor import extract

    text = ("全县青年教师基本功大赛结果揭晓\n\n经专家评审，全县青年教师基本功大赛获奖名单如下：\n"
            "一等奖：孙红梅（县实验小学）、周建华\n二等奖：艾力·买买提、钱立军\n\n希望获奖教师再接再厉。\n")
    facts = extract(text)
    got = {a.title: (a.kind, a.recipients, a.rule) for a in facts.awards}
    assert got == {"一等奖": ("prize", ["孙红梅", "周建华"], "awards.prize_rows"),
                   "二等奖": ("prize", ["艾力·买买提", "钱立军"], "awards.prize_rows")}
    assert {o.name for o in facts.officials} == {"孙红梅", "周建华", "艾力·买买提", "钱立军"}


def test_a_conferral_addressed_to_a_unit():
    got = run("中央军委主席向陆军某旅授予“钢铁英雄连”荣誉称号奖旗。")
    assert got["钢铁英雄连"].recipients == ["陆军某旅"]
    assert run("他向大家授予“优秀学员”称号。")["优秀学员"].recipients == []


def test_the_verbs_own_clause_names_the_winner_before_the_clause_before():
    from extractor import extract

    text = "标题\n\n决赛中，中国选手李建勇夺得冠军，另一位中国选手孙浩然摘得铜牌。\n"
    assert {a.title: a.recipients for a in extract(text).awards}["铜牌"] == ["孙浩然"]
    text = "标题\n\n该校教师张艳红被评为“全国优秀教师”，学生王浩获得省级三好学生称号。\n"
    facts = extract(text)
    assert {a.title: a.recipients for a in facts.awards}["省级三好学生"] == ["王浩"]
    assert "王浩" in {o.name for o in facts.officials}
    # an adverb before the verb is no name (…工程|成功|入选)
    got = {a.title: a.recipients for a in extract("标题\n\n浙江丽水通济堰灌溉工程成功入选世界灌溉工程遗产名录。\n").awards}
    assert got["世界灌溉工程遗产名录"] == []


def test_one_of_a_first_batch_of_people_counted_is_no_designation():
    assert titles("王丽曾是第一批20名女子仪仗队员之一。") == set()
    assert titles("他是首批10名全国优秀教师之一。") == {"全国优秀教师"}  # an honour's wording


def test_winners_listed_after_their_prizes_label_in_a_sentence():
    from extractor import extract

    facts = extract("标题\n\n经评审，特等奖：钱文华；一等奖：孙红梅、周建华（女）；二等奖：李国强。\n")
    got = {a.title: a.recipients for a in facts.awards}
    assert got == {"特等奖": ["钱文华"], "一等奖": ["孙红梅", "周建华"], "二等奖": ["李国强"]}
    assert {"孙红梅", "周建华", "钱文华", "李国强"} <= {o.name for o in facts.officials}
    assert titles("他荣获一等奖：这是对他的肯定。") == {"一等奖"}  # a prize won, no label
    assert run("他荣获一等奖：这是对他的肯定。")["一等奖"].recipients == []


def test_the_holders_of_a_prize_named_after_the_holder_words_copula():
    # …得主为/是/： NAME: the people named after the copula or the colon hold the prize
    got = run("今年的国际数学联盟奖得主为德国学者汉斯·米勒、孙立新。", people=("汉斯·米勒", "孙立新"))
    assert got["国际数学联盟奖"].recipients == ["汉斯·米勒", "孙立新"]
    assert run("本届国际建筑奖得主为一家设计公司。")["国际建筑奖"].recipients == []  # a body: no people's list


def test_a_clause_that_is_a_name_receives_not_the_person_of_the_clause_before():
    # …夺冠，|钱涛|获得银牌: the whole clause before the receipt verb is its subject
    got = run("女子决赛中，孙丽华凭借出色发挥夺冠，钱涛获得银牌。", people=("孙丽华",))
    assert got["银牌"].recipients == ["钱涛"]


def test_a_note_after_the_last_recipient_is_no_part_of_the_title():
    # 汉斯·米勒（德国）|中国政府友谊奖: the bracketed note is the recipient's
    got = run("授予安娜·施密特（奥地利）、彼得·霍夫曼（瑞士）中国政府友谊奖。", people=("安娜·施密特", "彼得·霍夫曼"))
    assert got["中国政府友谊奖"].recipients == ["安娜·施密特", "彼得·霍夫曼"]


def test_winners_listed_after_a_prizes_category():
    # 最佳…: a category of a prize before its winners, read as 一等奖： is; not a best thing in prose
    from extractor import extract

    facts = extract("标题\n\n本届影展揭晓。最佳导演：钱文华；最佳女演员：孙红梅；最佳影片《远山》。\n")
    got = {a.title: a.recipients for a in facts.awards}
    assert got == {"最佳导演": ["钱文华"], "最佳女演员": ["孙红梅"]}
    assert titles("这是最佳时机：各方都已准备就绪。") == set()  # no winner named after the colon


def test_a_list_of_full_names_as_the_whole_subject_each_receive():
    from extractor import extract

    facts = extract("标题\n\n本次大赛共评出一等奖3名，其中，孙红梅、周建华获一等奖。\n")
    assert {a.title: a.recipients for a in facts.awards}["一等奖"] == ["孙红梅", "周建华"]


def test_the_numbered_sections_of_a_list_name_their_honours():
    from extractor import extract

    text = ("我县表彰防汛先进\n\n县政府决定，授予县水利局等2个单位“全县防汛抗旱先进集体”称号，授予钱立军等2名同志"
            "“全县防汛抗旱先进个人”称号。\n\n全县防汛抗旱先进集体和先进个人名单\n\n一、先进集体（2个）\n县水利局\n"
            "东关镇人民政府\n\n二、先进个人（2名）\n钱立军　县水利局工程师\n孙红梅（女）　东关镇副镇长\n")
    got = {a.title: a.recipients for a in extract(text).awards}
    assert got == {"全县防汛抗旱先进集体": ["县水利局", "东关镇人民政府"], "全县防汛抗旱先进个人": ["钱立军", "孙红梅"]}


def test_a_merit_recorded_for_whom_after_dui():
    from extractor import extract

    facts = extract("标题\n\n对在抢险中表现突出的民警孙浩记个人二等功一次。\n")
    assert {a.title: a.recipients for a in facts.awards} == {"个人二等功": ["孙浩"]}
    assert {o.name: o.title for o in facts.officials} == {"孙浩": "民警"}  # not 孙浩记: the merit follows



def test_a_ranked_list_is_what_a_verb_of_selection_selects_onto():
    got = run("去年全省有7家企业入选中国民营企业500强，3个县上榜全国农业百强县。")
    assert set(got) == {"中国民营企业500强", "全国农业百强县"}
    assert all(a.kind == "selection" and a.recipients == [] for a in got.values())  # counted, none named
    assert run("青岛港跻身全球港口十大枢纽港。")["全球港口十大枢纽港"].recipients == ["青岛港"]
    # a rank within a list is no part of its name; a ranking with no verb of selection is no honour
    assert titles("该市跻身全国外贸百强城市前10。") == {"全国外贸百强城市"}
    assert titles("全市实施十大工程、推进百强企业培育。") == set()
    assert titles("我国跻身创新型国家行列。") == set()


def test_a_scenic_spots_national_grade_is_a_designation():
    got = run("省文化和旅游厅确定青龙峡景区、白云山景区等5家景区为国家4A级旅游景区。")
    assert got["国家4A级旅游景区"].recipients == ["青龙峡景区", "白云山景区"]
    assert run("今年5月，梅岭景区正式获评国家AAAA级旅游景区。")["国家AAAA级旅游景区"].recipients == ["梅岭景区"]


def test_a_prize_whose_ceremony_is_held_is_conferred():
    got = run("第三十届白玉兰奖颁奖典礼昨晚在上海举行，多部作品获奖。")
    assert got["白玉兰奖"].kind == "prize" and got["白玉兰奖"].recipients == []
    assert titles("展会期间将举行金鼎奖颁奖典礼和多场论坛。") == set()  # still to come
    assert titles("学校举行了一等奖颁奖仪式。") == set()  # no prize's name


def test_a_quoted_name_opening_a_contests_name_is_no_prize():
    assert titles("第五届“匠心杯”全省青年职业技能大赛昨天在济南开幕。") == set()
    assert run("张凯在比赛中获得“匠心杯”。", ("张凯",))["匠心杯"].recipients == ["张凯"]


def test_a_determiner_before_an_honour_is_no_part_of_it():
    assert titles("本次比赛中，86名学生获得各项金银铜奖。") == {"金银铜奖"}
    assert titles("全区共有32家单位获得各类市级文明单位称号。") == {"市级文明单位"}


def test_the_selected_after_a_list_published_in_quotes():
    got = run("省农业农村厅日前发布2024年“数字乡村建设优秀案例”，经过专家评审，东山村智慧农场、"
              "西岭村电商中心等20个案例入选。")
    assert got["数字乡村建设优秀案例"].recipients == ["东山村智慧农场", "西岭村电商中心"]
    # a procedure the selected went through is no nomination, and a count names no one
    got = run("省文旅厅公布第三批省级非物质文化遗产代表性传承人，经申报、评审等程序，共有126人入选。")
    assert got["省级非物质文化遗产代表性传承人"].recipients == []


def test_a_recipient_named_more_fully_elsewhere_is_one_recipient():
    text = "嘉兴市获评“全国低碳示范城市”称号。生态环境部近日授予浙江省嘉兴市“全国低碳示范城市”称号。"
    assert run(text)["全国低碳示范城市"].recipients == ["浙江省嘉兴市"]


def test_a_counted_designator_after_quotes_in_a_row_names_each_an_honour():
    got = run("晚会上共颁发“年度人物”“年度新人”“年度公益之星”等12项荣誉。")
    assert set(got) == {"年度人物", "年度新人", "年度公益之星"}
    assert titles("活动设置了“亲子游园”“非遗体验”等多个板块。") == set()  # no designator


def test_a_document_counted_is_no_honour():
    assert titles("警方已获得一份嫌疑人名单。") == set()


def test_the_selected_after_a_quoted_list_whose_results_are_announced():
    got = run("由省总工会主办的“2024年度全省十大创新成果”评选结果揭晓，包括智能巡检机器人、"
              "“云上车间”管理系统等十项成果入选。")
    assert got["全省十大创新成果"].recipients == ["智能巡检机器人", "“云上车间”管理系统"]
    got = run("会上发布了“全国十大农业科技进展”，盐碱地水稻新品种、数字牧场等入选。")
    assert got["全国十大农业科技进展"].recipients == ["盐碱地水稻新品种", "数字牧场"]


def test_a_medals_form_for_collectives():
    got = run("大会授予县人民医院急救中心等10个集体全国五一劳动奖章集体。")
    assert got["全国五一劳动奖章集体"].recipients == ["县人民医院急救中心"]


def test_a_verb_of_ranking_reaches_a_list_of_the_strongest_only():
    got = run("全省有5家企业进入中国制造业企业500强，海润集团位列中国民营企业100强第36位。")
    assert set(got) == {"中国制造业企业500强", "中国民营企业100强"}
    assert got["中国民营企业100强"].recipients == ["海润集团"]
    assert titles("球队进入决赛。游客进入示范区参观。销量进入全国前10强。新片进入年度票房榜前三。") == set()
    assert titles("经济发展进入“快车道”。") == set()


def test_the_listed_and_counted_then_a_comma_before_wei():
    got = run("农业农村部近日公布，山东省寿光市、河南省新郑市等50个县（市），为2025年全国农业现代化示范区。")
    assert got["全国农业现代化示范区"].recipients == ["山东省寿光市", "河南省新郑市"]


def test_a_certificate_is_no_honour():
    assert titles("新型支线客机获颁型号合格证。") == set()


def test_a_zone_designated_to_lead_a_policy():
    got = run("去年，江苏昆山、浙江义乌等12个县（市）被确立为第一批数字乡村先导区。")
    assert got["数字乡村先导区"].recipients == ["江苏昆山", "浙江义乌"]
    assert got["数字乡村先导区"].kind == "selection"
    got = run("该省今年获批建设国家林下经济先行区。")
    assert set(got) == {"国家林下经济先行区"}


def test_a_quoted_honour_issued_to_whom():
    got = run("中央军委决定，给王亚平同志颁发“二级航天功勋奖章”。", ("王亚平",))
    assert got["二级航天功勋奖章"].recipients == ["王亚平"]
    assert titles("会上向五国游客颁发“澜湄签证”。") == set()  # issued, no honour
    assert run("为党龄满50周年的党员颁发“光荣在党50年”纪念章。")["光荣在党50年纪念章"].recipients == []


def test_prizes_announced_together_and_joined_by_ji():
    assert titles("第五届文学节昨天闭幕，散文奖、诗歌奖和小说奖同步揭晓。") == {"散文奖", "诗歌奖", "小说奖"}
    assert "青年创新奖" in titles("他给全国劳动模范暨青年创新奖获得者代表回信。")


def test_a_weak_verbs_quoted_object_shows_evidence_of_its_own():
    assert titles("农户们抢抓收获“黄金期”。") == set()
    assert titles("该村今年收获“全国文明村”称号。") == {"全国文明村"}
    assert titles("海关去年查获“走私冻品”案件。") == set()


def test_a_ship_named_is_no_honour():
    assert titles("新型驱逐舰下水，被命名为“中国人民解放军海军淮安舰”。") == set()


def test_a_prize_competed_for_is_not_yet_given():
    assert titles("电影节开幕，共有80部影片角逐“金凤凰奖”。") == set()
    assert titles("中国队将在决赛中冲击男子团体金牌。") == set()


def test_a_description_set_off_by_a_dash_and_a_contest_before_a_medal():
    assert titles("治沙团队获得联合国最高环境荣誉——土地生命奖。") == {"土地生命奖"}
    assert titles("总理与获得大赛银牌的选手交谈。") == {"银牌"}


def test_a_list_closed_by_a_bare_deng_before_a_verb_of_selection():
    got = run("会上，良渚古城遗址保护、运河文化带建设等入选“全省文化建设十大成果”。")
    assert got["全省文化建设十大成果"].recipients == ["良渚古城遗址保护", "运河文化带建设"]


def test_quoted_honours_describing_a_class_of_holders_are_no_award():
    """…等称号的企业: the honours are an attribute of unnamed holders, conferred on no one here."""
    assert titles("本届展会上，拥有制造业单项冠军、专精特新“小巨人”等称号的参展企业超过1800家。") == set()


def test_a_quoted_title_joining_two_honours_is_both():
    assert titles("会上，“全省教育系统先进集体和先进个人”代表作了发言。") == {"全省教育系统先进个人", "全省教育系统先进集体"}


def test_a_list_closed_by_a_count_in_digits_receives_the_selection():
    got = run("委员会今天公布，山东济宁古灌区、河南郑州东风渠、湖南益阳古堰3个工程入选世界灌溉工程遗产名录。")
    assert got["世界灌溉工程遗产名录"].recipients == ["山东济宁古灌区", "河南郑州东风渠", "湖南益阳古堰"]


def test_a_cup_won_by_its_winner_is_the_cup():
    assert titles("决赛中，中国队以3比1战胜对手，夺得2026年苏迪曼杯冠军。") == {"苏迪曼杯"}
    assert run("中国女队夺得尤伯杯。")["尤伯杯"].recipients == ["中国女队"]  # a cup's name of three
    assert run("昨晚，中国队夺得2026年苏迪曼杯冠军。")["苏迪曼杯"].recipients == ["中国队"]
    assert titles("中国队获得尤伯杯亚军。") == set()  # a runner-up wins no cup
    assert titles("最终中国队获得本届亚洲杯亚军。") == set()  # an edition named, no prize's name


# ------------------------------------------------------------ published lists (awards.published)

def test_a_list_of_an_honours_holders_published_with_no_one_named_is_a_selection():
    got = run("住房和城乡建设部日前公布了2026年城市体检工作试点城市名单，共涉及30个城市。")
    assert set(got) == {"城市体检工作试点城市名单"}
    assert got["城市体检工作试点城市名单"].kind == "selection"
    assert got["城市体检工作试点城市名单"].recipients == []
    assert got["城市体检工作试点城市名单"].rule == "awards.published"


def test_a_published_lists_batch_count_and_year_are_no_part_of_its_name():
    assert titles("文化和旅游部公布第三批200家国家级夜间文化和旅游消费示范集聚区名单。") == {
        "国家级夜间文化和旅游消费示范集聚区名单"}
    assert titles("第二批乡村振兴优秀案例今天正式发布，涉及12个省份。") == {"乡村振兴优秀案例"}
    assert titles("国家林草局发布两批国家储备林建设示范县名单。") == {"国家储备林建设示范县名单"}


def test_a_list_published_in_a_batch_or_counted_or_of_a_designations_level_is_a_selection():
    # no honour's word in the list's name: its batch, its count or its level says its holders were selected
    assert titles("科技部日前公布第二批国家级技术转移中心名单，推动成果转化。") == {"国家级技术转移中心名单"}
    assert titles("省工业和信息化厅发布35个省级工业设计中心认定名单。") == {"省级工业设计中心认定名单"}
    assert titles("交通运输部今天公布了新一批2026年度智慧港口名单。") == {"智慧港口名单"}


def test_among_the_holders_of_a_list_published_before():
    got = run("近日，国家林草局公布第五批国家森林步道名单，秦岭步道名列其中。")
    assert got["国家森林步道名单"].recipients == ["秦岭步道"]
    assert got["国家森林步道名单"].rule == "awards.onto_named_list"
    assert run("联合国教科文组织日前公布新一批世界生物圈保护区名录，神农架位列其中。")[
        "世界生物圈保护区名录"].recipients == ["神农架"]


@pytest.mark.parametrize("text", [
    "商务部发布首批15条稳外贸政策措施。",                          # a batch of measures, no list
    "市商务局公布了第二批参展商名单。",                            # exhibitors
    "文化和旅游部公布第三批恢复出境团队游有关国家和地区名单。",    # a policy's countries
    "组委会公布了第十届科技进步奖获奖者名单。",                    # a prize's winners: the prize is the honour
])
def test_a_batch_alone_makes_no_honour_list(text):
    assert not any(a.rule == "awards.published" for a in run(text).values())


@pytest.mark.parametrize("text", [
    "十四届全国人大常委会公布新一届全国人大代表名单。",            # a roll of delegates
    "最高人民检察院发布5件食品安全领域刑事典型案例。",            # cases of wrongdoing
    "省文明办公示了2026年拟推荐的文明村镇名单。",                # put up for objections, proposed
    "市场监管局发布第三批严重违法失信名单。",                    # a list against those on it
    "有关部门今天发布了典型案例。",                              # no name but the honour's word
    "全国总工会发布2026年最美职工先进事迹。",                    # the holders' stories, not the list
])
def test_a_published_list_that_distinguishes_no_one_is_no_award(text):
    assert titles(text) == set()


def test_the_list_of_a_quoted_designation_is_the_designation():
    got = run("世界经济论坛公布最新一批“灯塔工厂”名单，两家宁波企业入选。")
    assert set(got) == {"灯塔工厂"} and got["灯塔工厂"].kind == "selection"
    assert titles("该企业连续三年入选“中国民营企业500强”榜单。") == {"中国民营企业500强"}
    assert titles("今年，全市又有12家企业入列“倍增计划”名单。") == {"倍增计划名单"}  # a programme's list


def test_how_the_selected_were_selected_is_no_part_of_their_names():
    got = run("联合国旅游组织今天公布“最佳旅游乡村”名单，安徽西递村和江西篁岭村成功入选。")
    assert got["最佳旅游乡村"].recipients == ["安徽西递村", "江西篁岭村"]


def test_a_digests_subheading_and_its_body_publish_one_list():
    text = "全国首批数字乡村试点县公布\n农业农村部日前公布了全国首批数字乡村试点县名单，共120个县。"
    assert titles(text) == {"数字乡村试点县名单"}


def test_a_year_opening_a_quoted_title_is_no_part_of_its_name():
    assert titles("她被评为“2025年度最美乡村医生”。") == {"最美乡村医生"}
    assert titles("该社区获评“2024全国示范性老年友好型社区”。") == {"全国示范性老年友好型社区"}


# ------------------------------------------------------------ batch designations (awards.batch_designated)

def test_a_batch_designation_held_by_the_copulas_subject():
    got = run("2023年，青田县成为全国首批县域商业体系建设示范县，带动了农产品上行。")
    assert set(got) == {"县域商业体系建设示范县"}
    assert got["县域商业体系建设示范县"].recipients == ["青田县"]
    assert got["县域商业体系建设示范县"].rule == "awards.batch_designated"
    got = run("龙泉中学成为当地首个智慧教育试点学校，师生们很受鼓舞。")
    assert got["智慧教育试点学校"].recipients == ["龙泉中学"]


def test_a_batch_designated_with_no_one_named():
    got = run("工信部确定第二批中小企业数字化转型试点城市，着力带动企业上云。")
    assert set(got) == {"中小企业数字化转型试点城市"} and got["中小企业数字化转型试点城市"].recipients == []


@pytest.mark.parametrize("text", [
    "今年，该市成为全省首个实现5G网络全覆盖的城市。",                # a first, no designation's wording
    "该县成为首个年产突破十万吨的国家级绿色食品示范区。",            # a first described by what it did
    "省委命名第三批全省文明示范村和文明示范户各20个。",              # joined and counted: the lists' rules
    "我市力争成为首批国家级数字经济示范城市。",                      # a goal
])
def test_a_first_a_goal_or_a_joined_designation_is_no_batch_designation(text):
    assert not any(a.rule == "awards.batch_designated" for a in run(text).values())


def test_what_was_put_forward_and_then_selected_is_given():
    got = run("2019年，由两省联合申报的“海上丝路商贸档案”入选《世界记忆名录》。")
    assert got["世界记忆名录"].recipients == ["海上丝路商贸档案"]
    assert titles("我省申报的项目有望入选国家级非遗名录。") == set()  # still a hope


def test_designations_after_zuowei_each_with_its_batch_are_held_by_the_next_clauses_subject():
    got = run("作为首批国家历史文化名镇和全省首批美丽城镇示范镇，安昌镇正在推进老街改造。")
    assert set(got) == {"国家历史文化名镇", "美丽城镇示范镇"}
    assert got["国家历史文化名镇"].recipients == ["安昌镇"] == got["美丽城镇示范镇"].recipients


def test_a_strong_verb_of_designating_makes_a_kind_of_place_an_honour():
    got = run("日前，省文旅厅认定28个村为省级乡村康养旅游重点村。")
    assert set(got) == {"省级乡村康养旅游重点村"}
    assert titles("日前，省教育厅认定12个县为义务教育优质均衡发展县。") == {"义务教育优质均衡发展县"}
    assert titles("会议确定李华为项目负责人。") == set()  # 确定: no honour without its words


# ------------------------------------------------------------ pilots carried out in named places (awards.pilot_sites)

def test_a_pilot_carried_out_in_named_places_is_held_by_them():
    got = run("三部门近日印发方案，在杭州、成都、西安等10个城市开展数字人民币跨境支付试点工作。")
    assert set(got) == {"数字人民币跨境支付试点"}
    assert got["数字人民币跨境支付试点"].recipients == ["杭州", "成都", "西安"]
    assert got["数字人民币跨境支付试点"].rule == "awards.pilot_sites"
    assert run("在苏州工业园区开展跨境数据流动便利化试点。")["跨境数据流动便利化试点"].recipients == ["苏州工业园区"]


@pytest.mark.parametrize("text", [
    "我国在12城市开展城市更新监测试点。",              # counted, none named
    "在6省9市开展了社区嵌入式服务试点。",              # counted, none named
    "在教育、养老等领域开展服务创新试点。",            # fields, no places
    "下一步，将在全国开展垃圾分类试点。",              # the whole country
])
def test_a_pilot_in_places_counted_or_unnamed_is_no_award(text):
    assert not any(a.rule == "awards.pilot_sites" for a in run(text).values())


def test_a_pilot_launched_by_named_places_as_the_subject_is_held_by_them():
    got = run("三年来，天津市、重庆市、四川省开展跨境电商综合服务改革试点工作，成效明显。")
    assert got["跨境电商综合服务改革试点"].recipients == ["天津市", "重庆市", "四川省"]
    assert got["跨境电商综合服务改革试点"].rule == "awards.pilot_sites"
    # counted as places, after a verb of approving, launched (启动): the batch is no part of its name
    assert run("广州、成都、武汉等5地正式启动智慧养老服务试点。")["智慧养老服务试点"].recipients == ["广州", "成都", "武汉"]
    assert run("省卫健委批准宁波市开展互联网医院远程会诊试点。")["互联网医院远程会诊试点"].recipients == ["宁波市"]
    assert run("在合肥、南昌等12个城市启动首批低空物流配送试点。")["低空物流配送试点"].recipients == ["合肥", "南昌"]


@pytest.mark.parametrize("text", [
    "交通运输部启动第三批智慧港口建设试点工作。",              # a ministry launches it for others
    "我国开展了新一轮农村宅基地制度改革试点。",                # the country
    "全国已有超过30个省市开展数据资产登记相关试点工作。",      # counted, none named
    "财政部将遴选40个左右地市级及以上城市开展绿色消费试点工作。",  # a kind of place, none named
    "国家确定80个城市和园区开展减污降碳协同试点。",            # kinds of place, none named
    "在天津、成都等6地开展跨境理财业务试点。",                  # a business tried: a policy pilot
    "杭州市开展不动产登记一网通办试点工作。",                  # a service tried: a policy pilot
])
def test_a_pilot_launched_by_no_named_place_is_no_award(text):
    assert not any(a.rule == "awards.pilot_sites" for a in run(text).values())


def test_a_designation_its_holders_are_listed_and_counted_before():
    got = run("今年，我省新增芜湖、蚌埠等5个国家级服务型制造示范城市，带动产业升级。")
    assert got["国家级服务型制造示范城市"].recipients == ["芜湖", "蚌埠"]
    assert got["国家级服务型制造示范城市"].rule == "awards.counted_designation"
    # the designation ends at the 的 of the noun it describes
    assert run("杭州、绍兴等8个全国文明城市的志愿者参加了活动。")["全国文明城市"].recipients == ["杭州", "绍兴"]
    # … or before the verb of its clause
    got = run("据介绍，湖州、衢州等6个省级美丽乡村示范县推进改革以来，成效明显。")
    assert got["省级美丽乡村示范县"].recipients == ["湖州", "衢州"]


def test_a_designation_established_by_a_body_in_the_passive():
    got = run("日前，包括解放碑商圈在内的8个商圈被确立为首批全国示范智慧商圈。")
    assert got["全国示范智慧商圈"].recipients == ["解放碑商圈"]
    assert run("该村被确定为省级美丽乡村示范村。")["省级美丽乡村示范村"].kind == "title"
    assert titles("该企业被认定为国家高新技术企业。") == set()  # a qualification, no honour's words
    assert titles("两名乘客被确定为密切接触者。") == set()


def test_becoming_a_designation_named_by_its_own_words():
    got = run("经过多年治理，柳沟村成为生态文化旅游示范村，游客络绎不绝。")
    assert got["生态文化旅游示范村"].recipients == ["柳沟村"]
    assert titles("该村正努力成为乡村振兴示范村。") == set()  # a goal
    assert titles("这里成了远近闻名的网红打卡点。") == set()  # no designation's words
    assert titles("他成了村里的致富能手。") == set()
    assert titles("要把沿江地区建设成为绿色发展示范区。") == set()  # a goal built towards
    assert titles("海南成为中国第21个自由贸易试验区。") == set()  # an ordinal: a first described


def test_a_count_of_unnamed_holders_summed_over_a_span_of_time_is_a_statistic():
    assert titles("“十三五”以来，全市累计有23项科技成果获国家科学技术奖。") == set()
    assert titles("近年来，全县已有40多名教师被评为省级优秀教师。") == set()
    assert titles("建队以来，该中队先后有6人次荣立一等功。") == set()
    # … but not a body named, nor a count with no span of time summed
    assert run("2020年以来，海天公司获评国家级绿色工厂。")["国家级绿色工厂"].recipients == ["海天公司"]
    assert "国家科学技术进步奖" in titles("今年，全省有15项成果获得国家科学技术进步奖。")


def test_a_cluster_designated_by_its_level_counted_after_its_holders():
    got = run("目前，全省已培育长沙工程机械集群、株洲先进轨道交通装备集群等4个国家先进制造业集群。")
    assert got["国家先进制造业集群"].recipients == ["长沙工程机械集群", "株洲先进轨道交通装备集群"]
    # the last two holders joined by a conjunction are two
    got = run("全市形成了新型显示、集成电路和生物医药等3个国家级战略性新兴产业集群。")
    assert got["国家级战略性新兴产业集群"].recipients == ["新型显示", "集成电路", "生物医药"]
    assert titles("全市将加快打造国家级先进制造业集群。") == set()  # a goal, no holder
    # the list opens after its verb of holding, though the first name holds a verb of the lexicon (应用)
    got = run("截至目前，长三角已培育长三角人工智能应用创新集群、长三角生物医药集群等5个国家先进制造业集群。")
    assert got["国家先进制造业集群"].recipients == ["长三角人工智能应用创新集群", "长三角生物医药集群"]
    # a list inside the list (…等一批…基地和…) names no holders
    assert titles("全区将建设哈密、吐鲁番等一批光伏基地和昌吉、石河子等3个氢能产业示范区。") == set()
    # a list of bodies acting outside the law is no honour
    assert titles("民政部公布北京某某艺术研究会、中华某某文化促进会等9家涉嫌非法社会组织名单。") == set()


@pytest.mark.parametrize("text", [
    "将在成都、重庆等10个城市建设人工智能创新应用先导区。",     # a goal, the counted noun no designation
    "商务部确定北京、上海等20个城市为国际消费中心培育试点城市。",  # the clause goes on after the count
    "已先后遴选出太湖、洱海等12个美丽河湖优秀案例。",            # a verb the lexicon lacks opens the list
    "会议总结了交通、能源等5个方面的优秀实践案例。",              # what the count measures
])
def test_a_count_that_closes_no_designations_name_holds_none(text):
    assert not any(a.rule == "awards.counted_designation" for a in run(text).values())


def test_one_of_a_designation_with_no_batch_after_zuowei():
    got = run("2022年，西溪湿地修复作为全国湿地保护优秀案例之一在大会上展示。")
    assert got["全国湿地保护优秀案例"].recipients == ["西溪湿地修复"]
    assert titles("杭州是全国最大的电商城市之一。") == set()  # no designation's wording


def test_a_batch_designation_scoped_to_our_country():
    assert titles("作为我国首个海洋经济创新示范区，今年，舟山加快建设。") == {"海洋经济创新示范区"}


def test_a_designation_after_zuowei_with_a_scope_and_no_batch():
    got = run("作为全国乡村治理示范县，德清县持续深化“四治融合”。")
    assert set(got) == {"乡村治理示范县"} and got["乡村治理示范县"].recipients == ["德清县"]
    got = run("作为国家生态园林城市，徐州市大力推进公园建设。")
    assert set(got) == {"国家生态园林城市"} and got["国家生态园林城市"].recipients == ["徐州市"]
    assert titles("作为全国重要的粮食生产基地，黑龙江加快发展现代农业。") == set()


def test_a_count_of_unnamed_things_put_onto_a_list_is_a_statistic():
    assert titles("截至目前，全省已分3批将1260个古村落列入省级传统村落保护名录。") == set()
    assert titles("有关部门已将所有合规企业纳入“白名单”。") == set()  # a regulator's roll, no honour
    got = run("文化和旅游部将龙泉青瓷传统烧制技艺列入国家级非遗名录。")
    assert "国家级非遗名录" in got


def test_one_place_and_a_count_put_onto_a_list_by_jiang_is_selected():
    got = run("省林业局日前宣布将杭州西溪湿地等12处湿地列入新一批省级重要湿地名录。")
    assert set(got) == {"省级重要湿地名录"}  # 新一批: a batch, no part of the list's name
    assert got["省级重要湿地名录"].recipients == ["杭州西溪湿地"]


def test_a_thing_in_quotes_selected_by_a_passive_verb():
    got = run("去年，“良渚古城遗址”成功被列入世界遗产名录。")
    assert got["世界遗产名录"].recipients == ["良渚古城遗址"]


def test_a_designation_after_a_copula_with_the_states_level_and_no_batch():
    got = run("合肥是国家综合性科学中心试验区，近年来加快建设。")
    assert got["国家综合性科学中心试验区"].recipients == ["合肥"]
    assert titles("这是全国第一个跨省流域生态补偿试点，意义重大。") == set()  # a first described
    got = run("她是中国选手首次摘得该项目奥运会金牌的运动员。")
    assert not any(a.rule == "awards.batch_designated" for a in got.values())


def test_naming_a_thing_is_no_honour_unless_the_name_shows_one():
    assert titles("研究人员将新发现的物种命名为“天山雪莲菌”。") == set()
    assert titles("新一代载人飞船命名为“远航”。") == set()
    assert titles("该村被命名为“全国民主法治示范村”。") == {"全国民主法治示范村"}


def test_a_pilot_rolled_out_in_named_places():
    got = run("我国在雄安新区、成都天府新区等8个地区展开数据要素市场化改革试点。")
    assert got["数据要素市场化改革试点"].recipients == ["雄安新区", "成都天府新区"]


def test_the_subject_of_a_copula_holds_an_honour_its_holder_word_names():
    # the copula right before the honour, quoted or not, or before descriptors listed with 、
    assert run("赵敏是“全国三八红旗手”获得者。")["全国三八红旗手"].recipients == ["赵敏"]
    got = run("周立新是国家一级演员、全国“五一”劳动奖章获得者，即将调任。")
    assert got["全国五一劳动奖章"].recipients == ["周立新"]
    # a holder word with no copula before the honour: a class of holders, no one named
    assert run("全国五一劳动奖章获得者人数逐年增加。")["全国五一劳动奖章"].recipients == []


def test_bodies_that_conferred_an_honour_in_the_object_are_no_honours():
    # 荣获 A、B 授予的 …: the bodies before 授予的 confer it; neither is an honour of its own
    assert titles("该社区荣获区民政局、区妇联授予的和谐家庭示范社区称号。") == {"和谐家庭示范社区"}
    assert "区民政局" not in titles("该社区荣获区民政局、区妇联授予的“和谐家庭示范社区”称号。")
    # the subject of the verb of receipt before 授予的 receives a quoted honour
    got = run("陈晓峰荣获省人社厅授予的“技术能手”称号。")
    assert got["技术能手"].recipients == ["陈晓峰"]


def test_a_recipient_only_counted_is_no_one_named():
    got = run("省政府授予35个单位“安全生产先进集体”称号，授予80人“安全生产先进个人”称号。")
    assert got["安全生产先进集体"].recipients == []
    assert got["安全生产先进个人"].recipients == []
    # an ordinal in a body's name is no count
    assert run("荣获“全国文明单位”称号的市第三人民医院近日开展义诊。")["全国文明单位"].recipients == ["市第三人民医院"]
    assert run("电影《第三十条》荣获最佳故事片奖。")["最佳故事片奖"].recipients == ["第三十条"]


def test_a_title_may_open_with_a_word_of_和():
    assert titles("该村荣获“和美乡村示范村”称号。") == {"和美乡村示范村"}
    assert titles("该社区获评“和谐社区建设示范社区”。") == {"和谐社区建设示范社区"}


def test_a_ranked_list_announced_is_a_selection():
    # 揭晓 before the quoted list and its results, or a list unquoted before 揭晓 (its year and 结果 no part of it)
    assert titles("上午，国家文物局揭晓“2021年度全国十大考古新发现”评选结果。") == {"全国十大考古新发现"}
    assert titles("今天，2021年度全国十大考古新发现结果揭晓。") == {"全国十大考古新发现"}
    assert titles("今天，省政府发布十大措施。") == set()  # measures published, no list of holders
    assert not any("奖项" in t for t in titles("今晚，金鸡奖十大奖项揭晓。"))  # a prize's categories, no list


def test_a_heritage_the_world_or_the_state_designates():
    got = run("福建安溪铁观音茶文化系统被认定为全球重要农业文化遗产。")
    assert got["全球重要农业文化遗产"].recipients == ["福建安溪铁观音茶文化系统"]
    assert titles("我们要保护好世界文化遗产，传承好中华文明。") == set()  # no designation


def test_a_designation_written_as_a_disposal_goes_to_its_object_not_the_agent():
    # A将B认定为/命名为C: B is designated, never A
    assert run("文化和旅游部将缙云县确定为全国乡村旅游重点县。")["全国乡村旅游重点县"].recipients == ["缙云县"]
    got = run("市政府将该村命名为市级文明村。")
    assert got["市级文明村"].recipients == []  # 该村 names the one meant earlier, not here


def test_the_count_closing_a_list_of_honours_is_no_part_of_the_last_title():
    # …、C等N项大奖: the count closes the list; its 大奖 is each item's evidence, as a designator is
    assert titles("该院多项成果获省科技进步奖、市星火奖、行业创新奖等十多项大奖。") == {"省科技进步奖", "市星火奖", "行业创新奖"}
    assert titles("纪录片《山河》与《远方》分获最佳导演等4项大奖。") == {"最佳导演"}


def test_quotes_joined_before_a_word_of_an_activity_name_activities():
    # “A”与“B”活动: both quotes name activities, though A has an honour's wording (模范, 标兵)
    assert titles("车间把“青年模范岗”与“安全标兵班”活动结合起来。") == set()
    # … not where the words after the last quote name a prize of the contest
    assert "最佳创意奖" in titles("大会颁发“最佳创意奖”及“未来城市”设计竞赛年度大奖。")
