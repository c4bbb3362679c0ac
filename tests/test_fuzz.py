"""Property test: real sentences mutated the ways awkward input is awkward never crash
the extractor, never break the offset contract, and always give output that validates.

Sentences are the few below (written for this test) plus, when the shared corpus is
beside the checkout, the sentences of its dev releases, read in place. Each example
applies a handful of edits: numerals and units, 、 lists, quotes and brackets,
surnames and the ·, mixed scripts, control characters, a long run of one character,
a stretch repeated many times, a deletion. The same mutated text also goes in as
bytes (UTF-8, GB18030, UTF-16 with a lone surrogate spliced in): it decodes, or is
refused with a DecodeError, never anything else.

Hypothesis runs derandomized (a fixed seed per test), so CI is repeatable; the
number of examples is EXTRACT_FUZZ_EXAMPLES (default 250). bench/fuzz_soak.py applies
the same mutations (`mutate`) to 100,000 inputs and times each.
"""
from __future__ import annotations

import codecs
import json
import os
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol, TypeVar

import regex
from conftest import CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import extract, extract_bytes
from extractor.output.contract import validate_json
from extractor.output.models import Facts
from extractor.reading.decoding import DecodeError, decode

NUMERIC = ("counts", "percentages", "money", "measures")
_QUOTES = regex.compile(r"[“”\"「」]")
T = TypeVar("T")
PHRASES = ("label", "period", "item")

OWN_SENTENCES = [
    "1至9月，全区完成固定资产投资126.8亿元，同比增长7.3%，增速比上半年提高0.6个百分点。",
    "副区长王建国、区财政局局长李红梅出席仪式，为获得“优秀志愿者”称号的12名同志颁奖。",
    "新建改造供热管网3.2公里，惠及居民约4500户；项目总投资不超过2.5亿美元。",
    "截至10月底，该市累计发放创业担保贷款1.6万笔、金额28亿元，带动就业5万余人。",
    "乌兹别克斯坦总统米尔济约耶夫·沙夫卡特会见了由全国人大常委会副委员长张国华率领的代表团。",
    "（记者 赵明远 通讯员 钱晓）该镇荣获“全国文明村镇”称号，并被评为省级卫生镇。",
    "全年粮食产量达到1.39万亿斤，比上年增加２５０亿斤，其中玉米占四成以上。",
    "《关于促进民营经济发展的若干措施》提出，对符合条件的企业给予最高50万元奖励。",
]

FRAGMENTS = [
    # numerals and numbers as written
    "0", "7", "12", "3.5", "１２", "０．８", "1,234", "5—10", "5-8", "二十三", "一百零五", "两千", "五成",
    "1/3", "2×34", "第3", "20%", "％", "‰", ".", "．", "5.", "3..2", "1e5", "Ⅻ", "④",
    # units and multipliers
    "亿元", "万元", "元", "美元", "欧元", "万", "亿", "千", "百", "个", "个百分点", "倍", "平方米",
    "公顷", "千瓦", "吨", "公里", "人次", "户", "余", "多", "近", "超过", "约", "以上", "左右", "同比增长",
    "下降", "比上年", "前三季度", "1—10月", "截至4月14日", "2024年",
    # lists, quotes, brackets
    "、", "，", "；", "。", "和", "及", "分别", "“", "”", "\"", "'", "《", "》", "「", "」", "（", "）",
    "(", ")", "【", "】", "[", "]", "<p>", "</p>", "&nbsp;", "&#", "<",
    # people and honours
    "张", "王", "李", "欧阳", "司马", "·", "•", "穆罕默德·阿里", "区长", "书记", "副主任", "记者", "摄",
    "荣获", "授予", "被评为", "称号", "奖", "先进集体", "张三、李四、王五",
    # mixed scripts
    "ABC", "GDP", "café", "Ωμέγα", "русский", "العربية", "한국", "カタカナ", "😀", "👨‍👩‍👧", "𠀀", "々",
    # control and invisible characters
    "\x00", "\x07", "\x1b", "\x7f", "\t", "\n", "\r", "\r\n", "\u200b", "\u200d", "\u2028", "\ufeff",
    "\u3000", "\u00a0", "\ufffd",
]
RUN_CHARACTERS = "亿元万荣获、·“（0１%张\n 。，"


def _corpus_sentences() -> list[str]:
    dev = CORPUS / "dev"
    if not dev.is_dir():
        return []
    found: list[str] = []
    for path in sorted(dev.glob("*.txt"))[:20]:
        text = path.read_text(encoding="utf-8", errors="replace")
        found += [s for s in regex.findall(r"[^。！？\n]{8,160}[。！？]", text)][:15]
    return found


SENTENCES = OWN_SENTENCES + _corpus_sentences()


class Choices(Protocol):
    """Where a mutation's choices come from: hypothesis (shrinkable) here, a seeded
    random.Random in the soak (bench/fuzz_soak.py), which applies the same mutations."""

    def integer(self, low: int, high: int) -> int: ...
    def pick(self, options: Sequence[T]) -> T: ...


class HypothesisChoices:
    def __init__(self, draw):
        self.draw = draw

    def integer(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def pick(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))


class RandomChoices:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)


def _edit(choose: Choices, length: int) -> tuple[int, int, str | None]:
    """One edit at a chosen place: (start, end, replacement)."""
    at = choose.integer(0, length)
    kind = choose.pick(["insert", "insert", "replace", "run", "repeat", "delete"])
    if kind == "insert":
        return at, at, choose.pick(FRAGMENTS)
    if kind == "replace":
        return at, min(length, at + choose.integer(1, 3)), choose.pick(FRAGMENTS)
    if kind == "run":
        return at, at, choose.pick(RUN_CHARACTERS) * choose.integer(2, 3000)
    end = min(length, at + choose.integer(1, 12))
    return at, end, "" if kind == "delete" else None  # None: repeat what is there


def mutate(choose: Choices) -> str:
    """A sentence with one to six edits."""
    text = choose.pick(SENTENCES)
    for _ in range(choose.integer(1, 6)):
        start, end, replacement = _edit(choose, len(text))
        if replacement is None:
            replacement = text[start:end] * choose.integer(2, 200)
        text = text[:start] + replacement + text[end:]
    return text


@st.composite
def mutated_sentences(draw) -> str:
    return mutate(HypothesisChoices(draw))


def assert_grounded(text: str, facts: Facts) -> None:
    """Every offset the output gives points at exactly the text it claims."""
    assert facts.source.chars == len(text)
    for kind in NUMERIC:
        for fact in getattr(facts, kind):
            assert text[fact.start:fact.end] == fact.text, (kind, fact)
            for phrase in PHRASES:
                value, span = getattr(fact, phrase, None), getattr(fact, f"{phrase}_span", None)
                assert (value is None) == (span is None), (kind, phrase, fact)
                if span is not None:
                    assert text[span[0]:span[1]] == value, (kind, phrase, fact)
    for official in facts.officials:
        assert official.mentions, official
        for start, end in official.mentions:
            # A name broken by a blank (王 建国) is still the name.
            assert "".join(text[start:end].split()) == official.name, (official, text[start:end])
    for award in facts.awards:
        for start, end in award.mentions:
            # As test_corpus: a mention may keep a quotation mark or be a listed title's shared tail
            # (and a title may keep one inside it: 0“水下发射…奖).
            written = _QUOTES.sub("", text[start:end])
            assert 0 <= start < end <= len(text) and written in _QUOTES.sub("", award.title), (award.title, written)
    printed = facts.model_dump_json()
    validate_json(printed)  # the printed JSON validates against the contract
    read = json.loads(printed, parse_float=Decimal)
    for kind in NUMERIC:
        for fact, back in zip(getattr(facts, kind), read[kind], strict=True):
            for name, value in fact.model_dump().items():
                # A JSON number is a double: exact up to 15 significant digits (SPEC: plain numbers).
                if isinstance(value, Decimal) and len(value.as_tuple().digits) <= 15:
                    assert Decimal(back[name]) == value, (kind, name, fact)


FUZZ = settings(max_examples=int(os.environ.get("EXTRACT_FUZZ_EXAMPLES", "250")), derandomize=True,
                deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(mutated_sentences())
def test_mutated_sentences_extract_grounded(text):
    assert_grounded(text, extract(text))


def as_bytes(text: str, encoding: str) -> bytes | None:
    """The text in `encoding` ("lone-surrogate": UTF-16 with an unpaired surrogate), None if
    it cannot be written there."""
    if encoding == "lone-surrogate":
        return _lone_surrogate_utf16(text)
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


ENCODINGS = ["utf-8", "gb18030", "utf-16", "lone-surrogate"]


def _lone_surrogate_utf16(text: str) -> bytes:
    """UTF-16 LE with its BOM and an unpaired high surrogate in the middle."""
    data = text.encode("utf-16-le")
    middle = len(data) // 4 * 2
    return codecs.BOM_UTF16_LE + data[:middle] + b"\x00\xd8" + data[middle:]


@settings(FUZZ, max_examples=max(20, FUZZ.max_examples // 5))
@given(mutated_sentences(), st.sampled_from(ENCODINGS))
def test_mutated_bytes_decode_or_refuse(text, encoding):
    data = as_bytes(text, encoding)
    if data is None:
        return  # not representable there: nothing to feed
    try:
        facts = extract_bytes(data)
    except DecodeError:
        return  # a refusal with a reason is the contract for unreadable bytes
    assert_grounded(decode(data)[0], facts)


# The pieces of the genre's documents people and honours are read from in lines and rows: list
# headings and their rows, prize rows, profile lines, relative clauses, conferrals to units.
DOCUMENT_PIECES = ["全市优秀共产党员名单（50名）\n", "获奖名单如下：\n", "一等奖：", "王建国", "李秀英（女）", "、", "　", " ",
                   "\n", "\n\n", "市交通运输局局长", "，男，", "，女，", "现任县委常委、组织部部长", "。", "由", "获得", "包括",
                   "在内的", "5个项目", "入选", "列入", "世界遗产名录", "的", "北京中轴线", "被", "评为", "“先进集体”", "称号",
                   "阿不都热依木·吐尔逊", "：", "名单", "对", "予以", "通令", "嘉奖", "凭借", "《远山》", "县人民医院", "和",
                   "荣获", "空军司令", "巴尔", "表示", "（", "）", "向", "陆军某旅", "授予"]


@FUZZ
@given(st.lists(st.sampled_from(DOCUMENT_PIECES), min_size=3, max_size=80))
def test_document_pieces_in_any_order_extract_grounded(pieces):
    text = "标题\n\n" + "".join(pieces)
    assert_grounded(text, extract(text))
