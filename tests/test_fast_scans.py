"""Fast scans give what the plain ones give: many strings found in one reading, as one str.find
loop per string finds them; a line-anchored pattern tried at line starts, as finditer finds it."""
from __future__ import annotations

import random

from conftest import CORPUS

from extractor import extract
from extractor.doc import occurrences as occ


def _find_loop(text: str, needle: str, start: int, end: int) -> list[int]:
    """The reference: str.find, resumed after each occurrence."""
    found = [start - len(needle)]
    while (at := text.find(needle, found[-1] + len(needle), end)) >= 0:
        found.append(at)
    return found[1:]


def test_one_pass_matches_a_find_loop_per_string():
    rng = random.Random(7)
    alphabet = "王李张三四五、和甲乙"
    text = "".join(rng.choice(alphabet) for _ in range(5000))
    # overlapping needles, one a prefix of another, a self-overlapping one (甲甲)
    needles = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(200)})
    needles += ["甲甲", "甲甲甲", "王"]
    # with a one-character string the pass keys on first characters; without, on the first two
    for strings in (needles, [n for n in needles if len(n) >= 2]):
        assert len(strings) >= occ._ONE_PASS_FROM  # the one-pass path is the one under test
        for start, end in ((0, len(text)), (13, 4001), (2500, 2503)):
            found = occ.occurrences(text, strings, start, end)
            assert found == {n: _find_loop(text, n, start, end) for n in dict.fromkeys(strings)}


def test_few_strings_and_empty_ones():
    assert occ.occurrences("张三和李四，张三说", ["张三", "", "李四", "张三"], 0, 9) == {"张三": [0, 6], "李四": [3]}


def test_a_long_list_of_people_finds_every_mention():
    # more distinct people than the one-pass threshold, each named twice
    surnames, given = "王李张刘陈杨黄赵吴郑徐孙马朱胡郭何高林罗", "伟芳娜敏静"
    people = [s + g for s in surnames for g in given][: occ._ONE_PASS_FROM + 10]
    text = "".join(f"市长{p}主持会议。" for p in people) + "".join(f"{p}表示，要抓好落实。" for p in people)
    facts = extract(text)
    by_name = {o.name: o for o in facts.officials}
    assert set(people) <= set(by_name)
    for o in facts.officials:
        assert len(o.mentions) == 2 and all(text[s:e] == o.name for s, e in o.mentions)


def test_a_line_anchored_pattern_tried_at_line_starts_finds_what_finditer_finds():
    import regex

    from extractor.kinds.officials.lists import _at_line_starts

    rng = random.Random(11)
    text = "".join(rng.choice("ab \n\t王") for _ in range(3000))
    patterns = [regex.compile(r"^[ \t]*a+b?", regex.MULTILINE), regex.compile(r"^(?:王|a)[^\n]{0,5}$", regex.MULTILINE),
                regex.compile(r"^a[\s\S]{0,4}b", regex.MULTILINE),  # may run past a line end
                regex.compile(r"a{2}")]  # no ^: finditer itself
    for pattern in patterns:
        for start, end in ((0, len(text)), (7, 2900), (1500, 1501)):
            got = [m.span() for m in _at_line_starts(pattern, text, start, end)]
            assert got == [m.span() for m in pattern.finditer(text, start, end)]


# ---------------------------------------------------------------- first characters

def test_first_chars_are_what_a_match_can_begin_with():
    import re

    from extractor.rules import firstchars
    assert firstchars.first_chars(re.compile("(?:同志|等|[0-9])|表示(?!x)")) == frozenset("同等表0123456789")
    assert firstchars.first_chars("(?:一行)+人") == frozenset("一")
    # whatever may match nothing, or begins with a category, any character or a negation, is not told
    assert firstchars.first_chars("(?:约|近)?[0-9]+(?:个|项)") == frozenset("约近0123456789")
    assert firstchars.first_chars("^ab") == firstchars.first_chars("(?=a)a") == frozenset("a")  # zero-width first
    for pattern in ("a?", "[^a]", r"\w", r"\d", "(?:a|)", ".b", "(?i)ab"):
        assert firstchars.first_chars(pattern) is None, pattern


def test_last_characters_and_guards():
    import re

    from extractor.rules import firstchars
    assert firstchars.last_chars("(?:同志|等)(?=x)") == frozenset("志等")
    assert firstchars.end_lasts(re.compile("(?:增长|下降)$")) == frozenset("长降")
    assert firstchars.end_lasts(re.compile("a$|b")) is None  # an alternative not anchored at the end
    lasts = frozenset("长")
    assert firstchars.may_end("x增长", 3, lasts) and firstchars.may_end("增长\n", 3, lasts)  # $ before a break
    assert not firstchars.may_end("增长x", 3, lasts) and firstchars.may_end("增长x", 3, None)
    assert firstchars.guard(re.compile(r"\d+个")).search("3个") and not firstchars.guard(re.compile(r"\d+个")).search("300")
    assert firstchars.guard(re.compile(r"\d+")).search("")  # neither end told: always found


def test_a_first_character_guard_never_changes_a_match():
    """The officials' name follower, tried at every place of real-looking text: where the
    guard rules a place out, the pattern itself finds no match there."""
    from extractor.kinds.officials.grammar import grammar
    from extractor.rules import firstchars
    follower = grammar().after_name
    firsts = firstchars.first_chars(follower)
    assert firsts is not None and len(firsts) > 100
    text = ("国务院总理李强今天在人民大会堂会见了来访的客人，张三、李四等陪同。\n"
            "1—10月，全市完成固定资产投资123.4亿元，同比增长5.6%，王明表示将继续推进。")
    for pos in range(len(text)):
        if text[pos] not in firsts:
            assert follower.match(text, pos) is None, text[pos:pos + 5]


def test_a_first_character_scan_finds_what_finditer_finds():
    """Over real-looking text and from places inside it, jumping between first characters
    gives the pattern's own matches, lookarounds and anchors included."""
    import regex

    from extractor.rules import firstchars, rxcache
    text = ("他荣获“全国劳动模范”称号，被授予一等功。\n荣获奖励的同志们表示，获得荣誉是鼓励。"
            "授予张三、李四“优秀党员”荣誉称号；荣获荣获荣获") * 3
    patterns = [regex.compile(r"(?<!不)(?:荣获|获得|被授予|授予)(?=[^，。]{0,8})"),
                regex.compile(r"^(?:荣获|授予)", regex.MULTILINE),
                rxcache.compile(r"(?:“[^”]{1,10}”)+(?:荣誉)?称号")]
    for pattern in patterns:
        scan = firstchars.FirstCharScan(pattern)
        assert scan.firsts, pattern.pattern
        for start, end in ((0, len(text)), (5, len(text) - 3), (40, 41)):
            assert [m.span() for m in scan.finditer(text, start, end)] == \
                [m.span() for m in pattern.finditer(text, start, end)], pattern.pattern


def test_a_word_scan_finds_what_finditer_finds():
    """Scanning from the places a word's first two characters stand (grammar.word_starts,
    scan_words) gives the pattern's own matches: the foreign posts (alone and with the name
    after them), a speaker's verbs, the honorifics and notes, the doctrines named after their
    authors, and the posts written after a name, whose overlapped scan name_before_post
    replaced by a match at every such place; over dev texts and text of their own words."""
    from extractor.doc import Doc
    from extractor.kinds.officials.foreign_rules import ForeignRules, foreign_grammar
    from extractor.kinds.officials.grammar import OfficialRules, grammar, scan_words, word_starts
    from extractor.kinds.officials.people_rules import PeopleRules, people_grammar
    from extractor.rules import patterns

    fg, g = foreign_grammar(), grammar()
    foreign_posts, posts_after = patterns.load("officials_foreign", ForeignRules).posts, \
        patterns.load("officials", OfficialRules).posts_after
    toy = word_starts(["甲乙", "甲丙丁", "戊"])  # a word of one character: its first alone
    assert [m.start() for m in toy.finditer("甲乙甲丁戊甲丙")] == [0, 4, 5]  # 甲丁: no word opens so
    assert [m.start() for m in word_starts(["甲乙"], also=frozenset("（")).finditer("甲丁（甲乙")] == [2, 3]
    pg = people_grammar()
    assert pg.honorific_start is not None  # the notes' opening brackets are told
    people = patterns.load("people", PeopleRules)
    rng = random.Random(5)
    words = foreign_posts + posts_after + people.speech_verbs + people.honorifics + people.authored \
        + people.authored_fields + ["希奇莱马", "委员会", "书记处", "（女）", "(满族)", "（", "、", "，"]
    made = "".join(rng.choice(words) for _ in range(3000))
    dev = sorted((CORPUS / "dev").glob("*.txt"))
    texts = [made] + [Doc.of(p.read_text("utf-8-sig")).folded for p in dev[:8]]
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) - 2)):
            for pattern, starts in ((fg.post, fg.post_start), (fg.post_name, fg.post_start),
                                    (pg.verb, pg.verb_start), (pg.honorific, pg.honorific_start),
                                    (pg.authored, pg.authored_start)):
                assert [m.span() for m in scan_words(pattern, starts, text, start, end)] == \
                    [m.span() for m in pattern.finditer(text, start, end)]
            overlapped = [m.start() for m in g.post_after.finditer(text, start, end, overlapped=True)]
            assert overlapped == [m.start() for m in g.post_after_start.finditer(text, start, end)
                                  if g.post_after.match(text, m.start(), end)]


def test_the_character_guards_never_change_a_descriptor():
    """An organisation's characters test the stop words and former posts only where one of
    their first characters stands ({stop_open}, derived from officials.toml), its suffixes
    only after one of their last characters ({suffix_end}) or before a first ({suffix_open}),
    a segment's post only before a first ({post_open}): the descriptor
    read back from the end of every post in dev texts, the organisation before it and the
    segments of the descriptor are what the rules without those lookarounds read."""
    import regex

    from extractor.doc import Doc
    from extractor.grammar import names
    from extractor.kinds.officials import grammar as officials_grammar
    from extractor.rules import patterns

    g = officials_grammar.grammar()
    fragments = officials_grammar._vocabulary(g.rules, names.grammar().surname_alt)
    assert all(w[0] in fragments["stop_open"] for w in g.rules.org_stop_words + g.rules.former_markers)
    assert all(w[-1] in fragments["suffix_end"] for w in officials_grammar.body_endings(g.rules))
    assert all(w[0] in fragments["suffix_open"] for w in officials_grammar.body_endings(g.rules))
    assert all(w[0] in fragments["post_open"] for w in g.rules.posts + g.rules.whole_posts + g.rules.post_prefixes
               + g.rules.former_markers)
    unguarded = {**fragments, "stop_open": "", "suffix_end": "", "suffix_open": "", "post_open": ""}
    plain_segment = regex.compile(patterns.expand(officials_grammar.SEGMENT, unguarded), regex.V1)
    plain_descriptor = regex.compile(patterns.expand(r"{left}{segment}(?:、{segment})*$", unguarded),
                                     regex.V1 | regex.REVERSE)
    plain_org_before = regex.compile(patterns.expand(r"{left}{org}$", unguarded), regex.V1)
    dev = sorted((CORPUS / "dev").glob("*.txt"))[:12]
    ends = 0
    for path in dev:
        folded = Doc.of(path.read_text("utf-8-sig")).folded
        for post in g.post.finditer(folded):
            end, lo = post.end(), max(0, post.end() - 70)
            guarded, plain = g.descriptor.search(folded, lo, end), plain_descriptor.search(folded, lo, end)
            assert (guarded and guarded.span()) == (plain and plain.span())
            at = post.start()
            guarded, plain = g.org_before.search(folded, lo, at), plain_org_before.search(folded, lo, at)
            assert (guarded and guarded.span()) == (plain and plain.span())
            descriptor = g.descriptor.search(folded, lo, end)
            for piece in folded[descriptor.start():end].split("、") if descriptor else ():
                guarded, plain = g.segment.match(piece), plain_segment.match(piece)
                assert (guarded and (guarded.span(), guarded.group("org"))) == (plain and (plain.span(), plain.group("org")))
            ends += 1
    assert ends > 100 or not dev


def test_the_officials_character_guards_hold_every_word():
    """The one-character tests before a costlier one hold the character of every word they
    stand for: what may follow a list of bare names (lists._evidence_firsts: its follow
    words, the person verbs, 同志 and 等N名), what a country ends with (posts._country_lasts),
    what a byline's marker ends with and a photo credit begins with (merge._byline_chars)."""
    from extractor.kinds.officials import lists, merge, posts
    from extractor.kinds.officials.foreign_rules import foreign_grammar
    from extractor.kinds.officials.grammar import grammar

    rules = grammar().rules
    firsts = lists._evidence_firsts()
    assert firsts is not None and {w[0] for w in rules.list_follow + rules.person_verbs} | {"同", "等"} <= firsts
    assert {country[-1] for country in foreign_grammar().countries} <= posts._country_lasts()
    marked, photographed = merge._byline_chars()
    assert {w[-1] for w in rules.byline_markers} | {" ", "　"} <= marked and {" ", "　", "摄"} <= photographed


def test_the_people_guards_find_every_word_they_stand_for():
    """A descriptor's day of the event is looked for only where grammar().day_word finds one
    (reading._past_day_and_lead), a word of people.toml foreign_not only after one of its first
    characters (PeopleGrammar.opens_foreign_not): each finds every word of its list."""
    from extractor.kinds.officials.grammar import grammar
    from extractor.kinds.officials.people_rules import people_grammar

    g, pg = grammar(), people_grammar()
    for word in g.rules.day_words:
        text = "据" + word + "市长"
        assert g.day_word.search(text, 0, len(text)) and g.day_word.search(text, 1, 1 + len(word))
    assert {w[0] for w in pg.foreign_not} <= pg.foreign_not_firsts
    assert all(pg.opens_foreign_not("据" + w, 1) for w in pg.foreign_not)


def test_a_unit_gate_never_changes_a_quantity():
    """The shared quantity grammar tries its units only where one can begin (a lookahead
    of their first characters, a bare 亿's lookbehind as written): over real text, with
    and without that lookahead, the same figures."""
    import pathlib

    import regex

    from extractor.doc import Doc
    from extractor.grammar.quantities import _unit_gate
    from extractor.kinds import numeric
    from extractor.pipeline import NUMERIC_KINDS
    assert _unit_gate(["个|项", "(?<=[万亿])"]) == "(?=[个项]|(?:(?<=[万亿])))"
    assert _unit_gate(["(?<=[万亿])"]) == ""  # no first characters known: no gate
    assert _unit_gate(["个", "(?P<x>(?<=万))"]) == ""  # one as written would capture inside the lookahead
    grammar = numeric._grammar(NUMERIC_KINDS)
    gated, gate = grammar.pattern, grammar.unit_gate
    assert gate and gate in gated.pattern
    plain = regex.compile(gated.pattern.replace(gate, "", 1), gated.flags)
    text = pathlib.Path(__file__).parent.parent.joinpath("samples", "shinan-2022-11-28.txt").read_text(encoding="utf-8")
    doc = Doc.of(text + "\n约3000—4000平米，近万人，2×34万千瓦，3至5亿元，50亿，2023年3月")
    spans = [m.span() for m in gated.finditer(doc.folded)]
    assert len(spans) > 20
    assert spans == [m.span() for m in plain.finditer(doc.folded)]


def test_first_class_keeps_digits_and_spaces_as_written():
    from extractor.rules import firstchars
    assert firstchars.first_class(r"(?:约|近)?\d+个") == r"\d约近"
    assert firstchars.first_class(r"(?:约|近)?\d+\s*[个-]?", last=True) == r"\-\d\s个"
    assert firstchars.first_class(r"(?=\d)\w") is None and firstchars.first_class("a?") is None


def _quantity_grammars():
    from extractor.kinds import money, numeric, percentages
    from extractor.pipeline import NUMERIC_KINDS
    return [numeric._grammar(NUMERIC_KINDS), percentages.grammars().tenths, money._prefixed()]


def test_a_gated_re_scan_finds_what_regex_finds():
    """Each quantity grammar scanned by `re` behind a lookahead of its first characters
    (firstchars.gated_scan): over real text, with digits `re` alone does not know and the
    separators it alone counts as spaces, the same matches with the same groups."""
    import pathlib

    from extractor.rules import firstchars
    text = pathlib.Path(__file__).parent.parent.joinpath("samples", "shinan-2022-11-28.txt").read_text(encoding="utf-8")
    text += ("\n约3000—4000平米，近万人，2×34万千瓦，3至5亿元，50亿，2023年3月，约三成，7 成，超\U00011bf1成，"
             "\U00011bf1\U00011bf2个，5\x1c至\x1c8个，1234×5个，超过3.5亿美元，US$5亿")
    for grammar in _quantity_grammars():
        scan = firstchars.gated_scan(grammar.pattern.pattern)
        assert scan is not None and scan.pattern.startswith("(?=[")
        for start, end in ((0, len(text)), (17, len(text) - 40), (len(text) - 90, len(text))):
            got = [(m.span(), m.groups()) for m in scan.finditer(text, start, end)]
            assert got == [(m.span(), m.groups()) for m in grammar.pattern.finditer(text, start, end)]
            assert got or start == 17


def test_a_text_with_no_place_for_a_unit_holds_no_quantity():
    """A text where no unit's first character follows one a figure may end with is not
    scanned (QuantityGrammar._unit_places): over every clause of real text, where no such
    place is found the grammar finds nothing."""
    import pathlib
    import re

    from extractor.kinds.percentages import grammars
    text = pathlib.Path(__file__).parent.parent.joinpath("samples", "shinan-2022-11-28.txt").read_text(encoding="utf-8")
    clauses = re.split("[，。；\n]", text + "\n约三成，7 成，二至三成多，八成以上，成为，完成3个")
    tenths = grammars().tenths
    assert tenths._unit_places is not None
    placed = [c for c in clauses if tenths._unit_places.search(c)]
    assert 4 <= len(placed) < len(clauses) / 2
    for clause in clauses:
        if clause not in placed:
            assert not list(tenths.pattern.finditer(clause)), clause
    assert len([c for c in placed if list(tenths.pattern.finditer(c))]) >= 4


def test_a_gated_search_of_the_end_markers_finds_what_the_plain_one_finds():
    """The body's end markers (anchored, bracketed, case-blind alternatives) searched by
    `re` behind a lookahead of their first characters, under the rule's own flags: from
    every place of a text, the same first marker as the rule without the lookahead."""
    import regex

    from extractor.doc import body
    from extractor.rules import patterns, rxcache
    rules = patterns.load("boilerplate", body._BoilerplateRules)
    plain = rxcache.compile("|".join(f"(?:{p})" for p in rules.end_markers), regex.MULTILINE | regex.IGNORECASE)
    gated = body._rules().end_marker
    assert gated.pattern.startswith("(?=[") and gated is not plain
    text = ("标题\n正文第一段，记者说：好。\n  相关阅读 更多\n文字记者：张三\n【纠错】【打印本页】阅读下一篇\n"
            "COPYRIGHT 2024\n  (C) 版权\n责编 :李四\n共3人  编辑：王五\n【责任编辑：赵六】")
    for pos in range(len(text)):
        mine, theirs = gated.search(text, pos), plain.search(text, pos)
        assert (mine and mine.span()) == (theirs and theirs.span()), pos
