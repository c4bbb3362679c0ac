"""People named by the body they belong to, the group they lead or the government they
head, with no post of their own before the name: a body's name right before a name and
what a person says (清华大学李稻葵认为, 县人社局孙晓梅介绍: the body is the descriptor and the
organisation), the head of a delegation named with 以…为 (以朴普熙为团长的艺术团: the post is
the title), and a leader named by the administration (奥巴马政府时期, 特朗普政府宣布)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from .grammar import body_endings, grammar
from .people import chinese_start, foreign_start
from .people_rules import people_grammar
from .reading import LOOKBACK, Found, Reading, opens


def body_staff(r: Reading) -> Iterator[Found]:
    """ORG NAME + a speech verb: the body's name ends right where the name begins (a post
    between them is post_before_name's; a clause opening before the name, speakers')."""
    pg, folded, body_ends = people_grammar(), r.folded, _body_last_chars()
    for verb in r.scan(pg.verb, pg.verb_start):  # (the speakers' scan, found once)
        end = verb.start()
        if folded[end - 3:end - 2] not in body_ends and folded[end - 4:end - 3] not in body_ends:
            continue  # (the cheap test first) no body's name can end before a name of two or three here
        start = chinese_start(r, end, weak_ok=False)
        if start is None or end - start < 2 or opens(r, start):
            continue
        body = r.g.org_before.search(folded, max(r.start, start - LOOKBACK), start)
        if body is None or r.post_ending_at(start) is not None:
            continue  # no body's name ends there, or a post does (市教育局局长王明: post_before_name)
        lead = len(body.group()) - len(body.group().lstrip())
        # the body is the whole descriptor written before the name (SPEC.md title) and its organisation
        yield r.found(start, end, "officials.body_staff", (body.start() + lead, start), org=body.group().strip())


@lru_cache(maxsize=1)
def _body_last_chars() -> frozenset[str]:
    """The characters a body's name ends with (names.toml org_suffixes, officials.toml org_words)."""
    return frozenset(word[-1] for word in body_endings(grammar().rules))


def delegation_heads(r: Reading) -> Iterator[Found]:
    """以NAME为POST的…, 以NAME为POST、…: the head of a delegation or a group, the post the title."""
    folded, marker, joiner = r.folded, r.g.rules.headed_by_marker, r.g.rules.headed_by_joiner
    at = folded.find(marker, r.start, r.end)
    while at >= 0:
        start = at + len(marker)
        end = r.any_name_end(start)
        post = r.g.post.match(folded, end + len(joiner), r.end) if end and folded.startswith(joiner, end) else None
        if post is not None and post.end() < r.end and folded[post.end()] in r.g.rules.headed_by_closers:
            yield r.found(start, end, "officials.delegation_head", (post.start(), post.end()))
        at = folded.find(marker, at + 1, r.end)


def administrations(r: Reading) -> Iterator[Found]:
    """特朗普政府, 奥巴马政府时期: a transliterated name of three characters or more opening a
    phrase right before the word for a leader's government names the leader (never a country's
    or a place's tail: 叙利|亚政府)."""
    folded = r.folded
    for word in r.g.rules.administration_words:
        at = folded.find(word, r.start, r.end)
        while at >= 0:
            start = foreign_start(r, at)
            # three characters at least: two are as often a word or a town (建设廉洁|政府, 杰宁|政府)
            if start is not None and at - start >= 3 and opens(r, start):  # (a country or a place: dropped)
                yield r.found(start, at, "officials.administration")
            at = folded.find(word, at + 1, r.end)
