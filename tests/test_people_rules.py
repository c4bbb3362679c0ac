"""The named rules of the people kinds (officials, awards, bylines): every name the
code uses is declared in patterns/rules.toml, and every declared rule makes a
fact on an example sentence of its own."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from extractor import extract
from extractor.rules import registry

PACKAGE = Path(__file__).resolve().parents[1] / "extractor"
SOURCES = [*sorted((PACKAGE / "kinds" / "officials").glob("*.py")),
           *sorted((PACKAGE / "kinds" / "awards").glob("*.py")),
           PACKAGE / "kinds" / "document.py"]
PEOPLE = ("officials.", "awards.", "bylines.")

# rule, sentence, what the fact with that rule says: (name, title) of an
# official, the title of an award, (name, role) of a byline.
EXAMPLES = [
    ("officials.table_row", "主  任：孙春兰　　国务院副总理\n副主任：陈宝生　　教育部部长\n", ("陈宝生", "教育部部长")),
    ("officials.appointment", "国务院任命张晓明为国家发展和改革委员会副主任。", ("张晓明", "国家发展和改革委员会副主任")),
    ("officials.post_before_name", "区城市管理局绿化管理科负责人孙伟对全域公园变化了如指掌。",
     ("孙伟", "区城市管理局绿化管理科负责人")),
    ("officials.post_held_then", "2003年，时任市委书记的贺建林同志到厂里调研。", ("贺建林", "时任市委书记")),
    ("officials.shared_post", "县委副书记曾超群主持。县领导李洪波、常利民见证签约。", ("常利民", "县领导")),
    ("officials.name_before_post", "按照李邑飞书记的要求推进工作。", ("李邑飞", "书记")),
    ("officials.foreign_leader", "巴西总统卢拉表示，愿同中方深化合作。", ("卢拉", "巴西总统")),
    ("officials.foreign_name_before_post", "一年间，习近平主席同特朗普总统4次通话。", ("特朗普", "总统")),
    ("officials.dotted_name", "研究显示，迈克尔·托马肖及其同事发现了这一规律。", ("迈克尔·托马肖", None)),
    ("officials.minority_name", "新疆维吾尔自治区主席艾尔肯·吐尼亚孜主持会议。",
     ("艾尔肯·吐尼亚孜", "新疆维吾尔自治区主席")),
    ("officials.apposition", "孙伟，区城市管理局绿化管理科负责人，他带领科室人员推进建设。",
     ("孙伟", "区城市管理局绿化管理科负责人")),
    ("officials.signed_line", "谨致热烈的祝贺。\n中华人民共和国副主席 韩正\n2024年5月1日\n", ("韩正", "中华人民共和国副主席")),
    ("officials.post_dash_name", "今晚，我们走近南宋爱国词人——陆游。", ("陆游", "南宋爱国词人")),
    ("officials.post_and_alternate", "省委党校（省行政学院）常务副校长（副院长）王建新主持会议。",
     ("王建新", "省委党校（省行政学院）常务副校长（副院长）")),
    ("officials.person_verb", "李克强主持大会。", ("李克强", None)),
    ("officials.comrade", "党中央决定，授予毛相林等10名同志荣誉称号。", ("毛相林", None)),
    ("officials.author", "会议强调要坚持以邓小平理论为指导。", ("邓小平", None)),
    ("officials.known_name", "展厅里陈列着徐悲鸿、齐白石的多幅真迹。", ("齐白石", None)),
    ("officials.name_list", "栗战书、王沪宁、赵乐际出席。", ("王沪宁", None)),
    ("officials.han_named_leader", "会后，日本外相上川阳子对记者说，", ("上川阳子", "日本外相")),
    ("officials.after_post", "大会上，俄方首席代表谢尔盖耶夫宣读了声明。", ("谢尔盖耶夫", "俄方首席代表")),
    ("officials.list_slot", "大会决定，授予周德明、陈丽华“全国劳动模范”称号。", ("陈丽华", None)),
    ("officials.speaker", "会后，孟庆华还表示，明年将扩大招生。", ("孟庆华", None)),
    ("officials.shaped_opening", "去年春天，邵建华辞去工作回到家乡。", ("邵建华", None)),
    ("officials.copula_post", "郑海涛是县农业农村局局长，常年跑在田间地头。", ("郑海涛", None)),
    ("officials.aged", "今年47岁的郑秋云，已在山区小学任教二十年。", ("郑秋云", None)),
    ("officials.kind_noun", "故事的主人公是藏族少女杨秀英和她的家人。", ("杨秀英", None)),
    ("officials.counted_post", "总书记给于洋等7位老艺术家回信。", ("于洋", "老艺术家")),
    ("officials.congratulated", "国家主席致电哈利法，祝贺他当选阿联酋总统。", ("哈利法", "阿联酋总统")),
    ("officials.body_staff", "对此，中国人民大学金融学院赵锡军认为，市场将趋于稳定。", ("赵锡军", "中国人民大学金融学院")),
    ("officials.delegation_head", "以刘宏伟为团长的省经贸代表团抵达首尔。", ("刘宏伟", "团长")),
    ("officials.administration", "这项政策始于奥巴马政府时期。", ("奥巴马", None)),
    ("officials.list_row", "表彰名单如下。\n\n全县优秀教师名单（3名）\n赵晓梅（女）　县实验小学教师\n", ("赵晓梅", "县实验小学教师")),
    ("officials.profile", "拟任人选：\n刘建平，男，1976年3月生，现任县财政局副局长。", ("刘建平", "县财政局副局长")),
    ("officials.honoured", "本届比赛的通俗唱法金奖由周佳琪获得。", ("周佳琪", None)),
    ("officials.capacity", "会上，王建国作为省委常委、秘书长作了发言。", ("王建国", "省委常委、秘书长")),
    ("officials.shaped_name", "退休以后，他常常和聂春华在一起练字。", ("聂春华", None)),
    ("officials.partner", "曾参加过我和白玉兰同志的婚礼的有韩秀云和白玉兰。", ("韩秀云", None)),
    ("officials.honorific", "捐资建校的是旅居海外的吴嘉明先生。", ("吴嘉明", None)),
    ("awards.quoted_title", "市南区商务局在一、二、三季度连续夺得“奋勇争先旗”。", "奋勇争先旗"),
    ("awards.conferred", "授予刘永坦院士、钱七虎院士国家最高科学技术奖。", "国家最高科学技术奖"),
    ("awards.received", "我县连续三年被评为全国粮食生产先进县。", "全国粮食生产先进县"),
    ("awards.decision", "校长宣读《关于表彰先进党支部、优秀共产党员的决定》。", "先进党支部"),
    ("awards.one_of", "该公司是全国首批创新型企业之一。", "全国首批创新型企业"),
    ("awards.merit", "中央军委签署通令，给某舰记集体一等功。", "集体一等功"),
    ("awards.commended", "大会对全省交通系统先进集体和先进工作者进行了表彰。", "全省交通系统先进工作者"),
    ("awards.sibling", "成了首批120个新农村建设科技示范村（试点）之一。"
     "今年共启动了73个新农村建设科技示范乡镇（试点）、120个新农村建设科技示范村（试点）。",
     "新农村建设科技示范乡镇（试点）"),
    ("awards.named_honour", "街道组织3名全国劳动模范走进社区宣讲。", "全国劳动模范"),
    ("awards.held", "晚会邀请了两位沃尔夫数学奖得主上台。", "沃尔夫数学奖"),
    ("awards.prize_rows", "经评审，获奖名单如下：\n一等奖：孙红梅、周建华\n", "一等奖"),
    ("awards.won_by", "本届比赛的通俗唱法金奖由马佳琪获得。", "通俗唱法金奖"),
    ("awards.announced", "第五届中国水利工程大禹奖今天在郑州揭晓。", "中国水利工程大禹奖"),
    ("awards.edition_prize", "第十二届全国少数民族文学创作骏马奖征集工作近日启动。", "全国少数民族文学创作骏马奖"),
    ("awards.designated", "省林业局命名东山村、西山村为省级森林乡村示范村。", "省级森林乡村示范村"),
    ("awards.published", "国家发展改革委近日公布了第二批城市更新示范项目名单，共86个项目。", "城市更新示范项目名单"),
    ("awards.batch_designated", "去年，安吉县成为全国首批数字乡村试点县。", "数字乡村试点县"),
    ("awards.pilot_sites", "人民银行在深圳、苏州、雄安等地开展数字人民币试点。", "数字人民币试点"),
    ("awards.counted_designation", "今年新增合肥、南昌等6个国家文化和科技融合示范基地。", "国家文化和科技融合示范基地"),
    ("awards.onto_named_list", "省农业农村厅日前公布首批数字乡村示范县名单，平阳县等12个县入选。", "数字乡村示范县名单"),
    ("bylines.role_label", "标题\n本报讯（记者赵鹏　文静）市人社局负责人昨天透露，明年将拿出约３亿元。\n", ("赵鹏", "reporter")),
    ("bylines.photo_credit", "标题\n潮涌海阔，千帆竞发，海口新海港一派繁忙。新华社记者 刘卫兵 摄\n",
     ("刘卫兵", "photographer")),
    ("bylines.closing_brackets", "标题\n接棒奔跑、拼搏赶超，实现新跨越，再创新辉煌。(王一婷 刘畅)\n", ("刘畅", "reporter")),
    ("bylines.dateline_brackets", "标题\n新华社杭州3月2日电（章建华、林晓燕）全省春耕备耕全面展开。\n", ("林晓燕", "reporter")),
]


def _said(rule: str, text: str) -> list:
    """What each fact of the rule's kind says, with the rule that made it."""
    facts = extract(text)
    if rule.startswith("officials."):
        return [((o.name, o.title), o.rule) for o in facts.officials]
    if rule.startswith("awards."):
        return [(a.title, a.rule) for a in facts.awards]
    return [((b.name, b.role), b.rule) for b in facts.document.bylines]


@pytest.mark.parametrize("rule, text, fact", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_each_rule_makes_its_example(rule: str, text: str, fact) -> None:
    assert (fact, rule) in _said(rule, text)


def test_every_declared_people_rule_has_an_example() -> None:
    declared = {name for name in registry.rules() if name.startswith(PEOPLE)}
    assert declared == {rule for rule, _, _ in EXAMPLES}


def _rule_names_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value.startswith(PEOPLE) and node.value.replace(".", "").replace("_", "").isalpha()}


def test_every_rule_name_in_the_code_is_declared() -> None:
    used = set().union(*map(_rule_names_in, SOURCES))
    assert used, "no rule names found: the sources moved?"
    assert used <= set(registry.rules()), used - set(registry.rules())


def test_an_undeclared_rule_fails_at_once() -> None:
    from extractor.kinds.officials.reading import Found

    with pytest.raises(registry.UnknownRule):
        Found("孙伟", 0, 2, "officials.no_such_rule")
