"""Well-known people named with no post (officials.known_name, patterns/known_people.toml):
a listed name is a person where it stands whole, and no one where it names a thing."""
from __future__ import annotations

import pytest

from extractor import extract


def _people(sentence: str) -> dict[str, str | None]:
    return {o.name: o.rule for o in extract("标题\n" + sentence).officials}


@pytest.mark.parametrize("sentence, name", [
    ("讲形象，就要像焦裕禄、孔繁森那样为国为民、埋头苦干。", "孔繁森"),
    ("面对一些人的反华噪音，克林顿决定提前访问中国。", "克林顿"),
    ("恩格斯论文艺复兴，说那是一个需要巨人的时代。", "恩格斯"),
    ("节目让观众沉浸式感受苏轼等多位大家的人格力量。", "苏轼"),
    ("此后，陈芋汐和全红婵分获冠亚军。", "全红婵"),
    ("当年，拿破仑率军远征埃及。", "拿破仑"),
])
def test_a_listed_name_standing_whole_is_a_person(sentence, name):
    assert _people(sentence).get(name) == "officials.known_name"


@pytest.mark.parametrize("sentence, name", [
    ("他参观了孔子学院和雷锋纪念馆。", "孔子"),         # bodies and places named after the person
    ("他参观了孔子学院和雷锋纪念馆。", "雷锋"),
    ("美军“艾森豪威尔”号航母抵达地中海。", "艾森豪威尔"),  # a ship's name in quotes
    ("书店上架了新版《孟子》。", "孟子"),               # a work's title
    ("无人机袭击了堪察加彼得罗巴甫洛夫斯克市。", "巴甫洛夫"),  # inside a transliterated place
    ("中韩正式建交三十余年。", "韩正"),                 # a word across the name's edge
    ("浙江青年创业大赛开幕。", "江青"),
    ("李德仁院士作报告。", "德仁"),                     # the tail of a name of three
    ("坚持马克思主义的立场、观点和方法。", "马克思"),      # a doctrine (as officials.author reads it)
    ("展品多为拿破仑时期的珠宝。", "拿破仑"),            # an era named after its ruler
])
def test_a_listed_name_naming_something_else_is_no_one(sentence, name):
    assert name not in _people(sentence)


def test_a_short_form_of_a_dotted_name_is_left_to_the_whole_name():
    people = _people("仪式欢迎蒙古国总统乌赫那·呼日勒苏赫访华。呼日勒苏赫表示感谢。")
    assert "乌赫那·呼日勒苏赫" in people and "呼日勒苏赫" not in people


def test_a_listed_name_after_a_foreign_post_takes_the_country_and_post_as_title():
    found = {o.name: o for o in extract("标题\n蒙古国总统呼日勒苏赫预祝大会圆满成功。").officials}
    assert found["呼日勒苏赫"].title == "蒙古国总统" and found["呼日勒苏赫"].organization == "蒙古国"


@pytest.mark.parametrize("sentence, name", [
    ("全国政协副主席何报翔主持会议，邵鸿、苏辉出席。", "邵鸿"),       # a name of the bulk lists, in a list
    ("拳击赛场，常园在决赛中击败对手。", "常园"),                 # set off: a clause mark, then 在
    ("英国国防大臣华莱士表示将继续提供援助。", "华莱士"),
])
def test_a_name_of_the_bulk_lists_is_a_person(sentence, name):
    assert name in _people(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("白云机场每周国际航班超1000架次。", "班超"),              # two characters across two words
    ("演员们坚持崇德尚艺、守正创新。", "德尚"),
    ("粮食仓库里全部安装了通风管道。", "库里"),
    ("寻根节在炎帝故里湖北随州举行。", "炎帝"),               # a place named after the person
    ("观众在展厅里见到了越王勾践剑。", "越王勾践"),            # a thing named after the person
    ("研究所原为巴特尔纪念研究所。", "巴特尔"),
])
def test_a_listed_name_in_a_word_or_naming_a_thing_is_no_one(sentence, name):
    assert name not in _people(sentence)


def test_a_listed_name_does_not_run_into_an_honorific_after_a_shorter_one():
    assert "陈希" in _people("会上，陈希同志传达了会议精神。")
    assert "陈希同" not in _people("会上，陈希同志传达了会议精神。")
