"""The numeral normaliser: parse() on its own, and the `{number}` fragment in running text."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.grammar import numbers
from extractor.grammar.numbers import ParsedNumber, fragments, number_regex, parse, parse_number
from extractor.reading.textnorm import fold

D = Decimal

VALUES = [
    # Arabic, separators, full-width
    ("2023", 2023), ("3.5", "3.5"), ("1,100", 1100), ("34,567", 34567), ("1,100.9", "1100.9"),
    ("１２３４５", 12345), ("２．２", "2.2"), ("４，５６５", 4565), (".77", "0.77"), ("01.10", "1.1"),
    # mixed Arabic and Chinese (STYLE.md, SPEC.md)
    ("4.75亿", 475000000), ("16.4亿", 1640000000), ("12.5万亿", 12500000000000), ("1.3万", 13000),
    ("1,100万", 11000000), ("2,345.67万", 23456700), ("1,100.9亿", 110090000000),
    ("3万4000", 34000), ("25万6千", 256000), ("1万600", 10600), ("1亿2000万", 120000000),
    ("1百01", 101), ("1千零20", 1020), ("2千零30万", 20300000), ("200亿零四千230", 20000004230),
    ("100万三千", 1003000), ("4.78万亿", 4780000000000), ("１１.92亿", 1192000000),
    # Chinese numerals
    ("三十五", 35), ("两千三百万", 23000000), ("三十五点五", "35.5"), ("一万五千亿", 1500000000000),
    ("四千三百亿", 430000000000), ("二十一万亿", 21000000000000), ("十", 10), ("十五", 15),
    ("一十一", 11), ("零", 0), ("零点零一", "0.01"), ("两千万点五五四四", "20000000.5544"),
    ("四百亿点零五零", "40000000000.05"), ("三点五万", 35000),
    # 零 after 万 / 亿
    ("一万零五", 10005), ("一万零五十", 10050), ("十万零一千", 101000), ("五亿零六", 500000006),
    ("四千万零六千", 40006000), ("一亿五千万零六千三百五十五", 150006355), ("一百零十万", 1100000),
    ("一万零百一十一", 10111), ("零十", 10),
    # 大写, traditional (folded), 廿 卅 卌, 万万, 兆 inside a numeral
    ("壹佰", 100), ("壹仟贰佰", 1200), ("參萬肆仟伍佰陸拾柒", 34567), ("壹拾万零叁仟肆佰伍拾叁", 103453),
    ("三萬四千五百六十七", 34567), ("兩千六", 2600), ("倆千两百贰拾二", 2222),
    ("廿", 20), ("廿二", 22), ("卅三", 33), ("五百卅四", 534), ("一萬零卌", 10040),
    ("四万万", 400000000), ("10万万", 1000000000), ("五兆六十二亿四万五千二", 5006200045200),
    # colloquial
    ("三万五", 35000), ("一千二", 1200), ("十三万五", 135000), ("一百二十万三", 1203000),
    ("两千四百五", 2450), ("九百九", 990), ("千三", 1300), ("百三", 130), ("千一", 1100),
    ("萬九", 19000), ("百二萬", 1200000), ("两千三点一", "2300.1"), ("一百十一", 111),
    # digit strings
    ("一二三", 123), ("二〇二三", 2023), ("二零二四", 2024), ("幺八九", 189), ("一七二零点一", "1720.1"),
    ("一一", 11), ("零一", 1),
    # signs
    ("负三十二", -32), ("负1,200,000", -1200000), ("- 1,200,000", -1200000), ("－5", -5), ("負一百二十萬", -1200000),
    # spaces inside a numeral
    ("7 万5 千4 百", 75400), ("三千 八百 九十六 万 四千 九百 六十五", 38964965), ("1000  万", 10000000),
]


@pytest.mark.parametrize("text,expected", VALUES, ids=[v[0] for v in VALUES])
def test_values(text, expected):
    assert parse_number(text) == D(str(expected))


VAGUE = [
    ("数十万", 100000), ("十几", 10), ("十余", 10), ("几百", 100), ("十余万", 100000), ("十多万", 100000),
    ("500余万", 5000000), ("1000多万", 10000000), ("二十几万", 200000), ("一百零几万", 1000000),
    ("三千几百万", 30000000), ("20多", 20), ("数百亿", 10000000000),
]


@pytest.mark.parametrize("text,expected", VAGUE, ids=[v[0] for v in VAGUE])
def test_vague(text, expected):
    assert parse(text) == ParsedNumber(D(expected), vague=True)


def test_precise_is_not_vague():
    assert parse("4.75亿") == ParsedNumber(D(475000000), vague=False)


REFUSED = [
    "", " ", "万亿元", "三五", "七八", "十一十二", "十七十八", "百十一", "点一", "零点", "零点点", "10..1万",
    "10.1万零100", "1 234", "五兆", "亿万", "元", "负", "几", "余", "abc", "3五", "1.2点3", "三点五十",
    "1234,567", "2.3.1",
]


@pytest.mark.parametrize("text", REFUSED, ids=[repr(t) for t in REFUSED])
def test_refused(text):
    assert parse(text) is None


def test_bare_units_are_one_of_that_unit():
    # SPEC: "a bare 亿元 / 万元 means one of that unit" (亿元以上内资项目 → 100000000).
    assert parse_number("亿") == D(100000000)
    assert parse_number("万") == D(10000)
    assert parse_number("万亿") == D(10**12)


@pytest.mark.parametrize("whole", range(0, 100, 7))
@pytest.mark.parametrize("tenths", range(10))
def test_decimal_scaling_is_exact(whole, tenths):
    value = parse_number(f"{whole}.{tenths}亿")
    assert value == whole * 100000000 + tenths * 10000000
    assert str(value) == str(whole * 100000000 + tenths * 10000000)  # no 1639999999, no exponent


def test_whole_results_serialise_as_integers():
    for text in ("16.4亿", "4.75亿", "12.5万亿", "1.3万", "2,345.67万", "两千点零", "4.800"):
        value = parse_number(text)
        assert "E" not in str(value) and not str(value).endswith(".0"), (text, value)


def test_decimal_results_are_trimmed():
    assert str(parse_number("4.800")) == "4.8"
    assert str(parse_number("一百五十四点零")) == "154"


# --- the `{number}` fragment in running text -------------------------------------

def found(text: str) -> list[str]:
    return [m.group() for m in number_regex().finditer(fold(text))]


RUNNING = [
    ("总投资4.75亿美元", ["4.75亿"]),
    ("完成两千三百万元", ["两千三百万"]),
    ("带动就业3万4000人", ["3万4000"]),
    ("达1,100万元", ["1,100万"]),
    ("吸引数十万游客", ["数十万"]),
    ("十几个项目", ["十几"]),
    ("十余万农民", ["十余万"]),
    ("1000多万元", ["1000多万"]),
    ("20多个项目", ["20"]),  # a trailing 多 is the extractor's qualifier word
    ("25万6千人", ["25万6千"]),
    ("一万五千亿元", ["一万五千亿"]),
    ("12.5万亿元", ["12.5万亿"]),
    ("1亿2000万元", ["1亿2000万"]),
    ("200亿零四千230", ["200亿零四千230"]),
    ("不低于200 万元", ["200 万"]),  # converted PDFs print a space before 万/亿
    ("共3 个项目", ["3"]),
    # does not swallow what follows
    ("投资3541.07万元2.3加快推进", ["3541.07万", "2.3"]),
    ("投资3541万2.3加快推进", ["3541万", "2.3"]),
    ("2023年完成", ["2023"]),
    ("营收10亿2022年", ["10亿", "2022"]),
    ("新增3万2023年", ["3万", "2023"]),
    ("2×34万千瓦", ["2", "34万"]),
    ("三千米", ["三"]),
    ("5千克", ["5"]),
    ("百分之三十五点五", ["三十五点五"]),
    ("一百分之五十五", ["五十五"]),
    ("三分之一", ["一"]),
    ("见2.3.1节", []),
    ("１２３４５人", ["12345"]),
    # document numbers hold no figure
    ("鲁政发〔2024〕12号", []),
    ("鲁政发[2024]12号", []),
    ("鲁政发（2024）12号文件", []),
    # a 大写 character alone is a word part
    ("大陆地区", []), ("收拾房间", []), ("队伍建设", []), ("放肆", []), ("《朝花夕拾》", []),
    ("奖金壹佰元", ["壹佰"]), ("肆佰陸拾元", ["肆佰陸拾"]),
]


@pytest.mark.parametrize("text,expected", RUNNING, ids=[r[0] for r in RUNNING])
def test_number_fragment(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [r for r in RUNNING if r[1]], ids=[r[0] for r in RUNNING if r[1]])
def test_every_match_parses(text, expected):
    for match in expected:
        assert parse(match) is not None, match


def test_document_number_is_not_a_number_in_context():
    text = "根据《关于印发…的通知》（鲁政发〔2024〕12号）要求"
    assert found(text) == []


def test_match_offsets_index_the_input():
    text = "全年完成投资４.７５亿元，同比增长１２．５％"
    for m in number_regex().finditer(fold(text)):
        assert fold(text[m.start():m.end()]) == m.group()
    assert [text[m.start():m.end()] for m in number_regex().finditer(fold(text))] == ["４.７５亿", "１２．５"]


def test_public_fragment_names():
    frags = fragments()
    for name in ("arabic", "cn_digit", "cn_small", "cn_big", "cn_body", "mixed", "number"):
        assert name in frags


def test_fragments_compose():
    import regex

    from extractor.rules import patterns

    pattern = regex.compile(patterns.expand(r"{number}(?:余|多)?个", fragments()))
    assert pattern.search("新建51个市级项目").group() == "51个"
    assert pattern.search("共十余个").group() == "十余个"
    assert pattern.search("20多个项目").group() == "20多个"


def test_parse_is_cached():
    numbers.parse("两千三百万")
    before = numbers._parse_folded.cache_info().hits
    numbers.parse("两千三百万")
    assert numbers._parse_folded.cache_info().hits == before + 1


def test_folding_a_folded_numeral_changes_nothing():
    """numbers.parse_folded skips the fold a numeral read from folded text has had:
    every character folding changes is changed to one it leaves alone."""
    from extractor.grammar import numbers
    from extractor.reading import textnorm
    assert textnorm._FOLDED and all(textnorm.fold(value) == value for value in textnorm._FOLDED.values())
    for numeral in ("１２３", "3.5万", "十几", "壹佰", "２,０００"):
        assert numbers.parse_folded(textnorm.fold(numeral)) == numbers.parse(numeral)
