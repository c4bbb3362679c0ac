"""Countries in names: a "name" that is a country and a character or two more (卡塔尔多哈), part of a
country's name written around it (圣多美和|普林西比), or a country itself (黎巴嫩 opens with the surname
黎) names no person. The countries are officials_foreign.toml's."""
from __future__ import annotations

from functools import lru_cache

from .foreign_rules import country_before_post, foreign_grammar, opens_with_country
from .people_rules import people_grammar


@lru_cache(maxsize=1 << 14)  # asked of every name every rule finds; names recur
def names_countries(name: str) -> bool:
    """卡塔尔多哈, 伊朗代(外长), 美英, 法德: a "name" that is a country and one or two
    characters more, or countries' short forms alone, names places, not a person."""
    if "·" not in name and opens_with_country(name, max(2, len(name) - 2)):
        return True  # not 马里|纳基斯, 巴西|鲁·迪奥马耶·法耶: transliterations may open like a country
    return len(name) > 1 and all(ch in foreign_grammar().countries for ch in name)


def inside_a_country(folded: str, start: int, end: int) -> bool:
    """Is [start, end) part of a country's name written around it (圣多美和|普林西比, 安提瓜和
    |巴布达, |马尔代|夫), or a country and a foreign post (卡塔尔埃米尔)?"""
    holding, country_and_post = _countries_around(folded[start:end])
    for country in holding:
        at = folded.find(country, max(0, end - len(country)), start + len(country))
        if at >= 0 and at <= start and at + len(country) >= end:
            return True
    # a "name" opening inside a country's name and running on (喀|麦隆前|总理)
    return country_and_post or any((at := start - len(country) + k) >= 0 and folded.startswith(country, at)
                                   for k, country in _countries_ending_in(folded[start:end]))


@lru_cache(maxsize=1 << 14)
def _countries_ending_in(name: str) -> tuple[tuple[int, str], ...]:
    """(k, country) for each country longer than k ending with the name's first k characters."""
    return tuple((k, c) for k in range(1, len(name)) for c in _suffixes().get(name[:k], ()))


@lru_cache(maxsize=1)
def _suffixes() -> dict[str, tuple[str, ...]]:
    """Each proper ending of a country's name (two characters or more) → the countries ending so."""
    ends: dict[str, list[str]] = {}
    for country in foreign_grammar().countries:
        for i in range(1, len(country) if len(country) > 1 else 0):
            ends.setdefault(country[i:], []).append(country)
    return {end: tuple(cs) for end, cs in ends.items()}


@lru_cache(maxsize=1 << 14)  # asked of every finding of every rule; names recur
def _countries_around(name: str) -> tuple[tuple[str, ...], bool]:
    """What inside_a_country asks of the name alone: the countries whose names hold it,
    and whether it is a country and a foreign post."""
    fg = foreign_grammar()
    return tuple(fg.countries_holding(name)), country_before_post(name, fg.post) is not None


def is_country(name: str) -> bool:
    """A country (黎巴嫩 starts with the surname 黎, but is no person)."""
    return name in foreign_grammar().countries


def foreign_city_of_mayor(piece: str) -> str | None:
    """华盛顿市长, 洛杉矶市长: a foreign city (people.toml foreign_not's, three characters or more) and the
    mayor's post, the city the organisation (a two-character place is officials.toml's contracted one)."""
    city = piece[:-2] if piece.endswith("市长") else ""
    return city if len(city) >= 3 and city in people_grammar().foreign_not else None
