"""Score the numeral parser against other projects' published test cases.

    python bench/peer_report.py [--failures] [--json] [PEER_DIR]

The cases are read in place from the peer-cases folder (default: the
EXTRACT_PEER_CASES environment variable, else ../shared/peer-cases beside the
checkout); nothing is copied into this repository.
Sources, and how each case is judged (see the folder's README.md):

* cn2an       `cn2an/cases.jsonl`, func cn2an, every mode. A value case passes
              when parse(input) equals the expected number (direct mode's
              digit strings are compared as numbers: 零一 = 1); a ValueError case
              passes when parse() returns None.
* duckling    `duckling/zh_numeral.jsonl`: parse(input) equals the value.
* rt-number   Recognizers-Text `Specs/Number/Chinese/NumberModel.json`, value
              level: each expected result's slice Input[Start:End+1] parses to
              Resolution.value. A case with no results passes when the
              `{number}` fragment finds nothing in the input.
* rt-percent  Recognizers-Text `PercentModel.json`, numeral level only: the
              numeral inside each expected percentage (百分之N, N%, N个百分点,
              M分之N, N成) parses so that the percentage equals Resolution.value.

Cases judged out of scope are selected by rules (a predicate on the case and a
reason), listed in OUT_OF_SCOPE; tests/test_peer_cases.py marks them as strict
expected failures, so a rule that stops being true fails the suite.

Exit status: 0 when the table is printed (whatever the pass rate), 2 when the
peer-cases folder is missing or unreadable.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

SOURCES = ("cn2an", "duckling", "rt-number", "rt-percent")

_REPO = Path(__file__).resolve().parent.parent
if str(_REPO) not in sys.path:  # run as a plain script from the checkout
    sys.path.insert(0, str(_REPO))


def peer_dir() -> Path:
    env = os.environ.get("EXTRACT_PEER_CASES")
    return Path(env) if env else _REPO.parent / "shared" / "peer-cases"


@dataclass
class Case:
    source: str
    id: str          # readable and unique within the source: line/index and input
    text: str        # what is handed to the parser (or searched, for kind "no_number")
    kind: str        # "value" | "refuse" | "no_number" | "percent"
    expected: Decimal | None = None
    raw: dict = field(default_factory=dict, repr=False)
    out_of_scope: str | None = None  # the reason, when a rule puts the case out of scope


# --- loading -----------------------------------------------------------------

def _jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if line.strip():
                yield lineno, json.loads(line)


def _dec(value) -> Decimal:
    return Decimal(str(value))


def _cn2an(root: Path) -> list[Case]:
    out = []
    for lineno, rec in _jsonl(root / "cn2an" / "cases.jsonl"):
        if rec.get("func") != "cn2an":
            continue
        cid = f"L{lineno}-{rec['mode']}-{rec['input']}"
        if rec["expected"] == "ValueError":
            out.append(Case("cn2an", cid, rec["input"], "refuse", None, rec))
        else:
            out.append(Case("cn2an", cid, rec["input"], "value", _dec(rec["expected"]), rec))
    return out


def _duckling(root: Path) -> list[Case]:
    out = []
    for lineno, rec in _jsonl(root / "duckling" / "zh_numeral.jsonl"):
        out.append(Case("duckling", f"L{lineno}-{rec['input']}", rec["input"], "value",
                        _dec(rec["expected"]["value"]), rec))
    return out


def _rt_file(root: Path, name: str) -> list[dict]:
    path = root / "recognizers-text" / "Specs" / "Number" / "Chinese" / name
    with path.open(encoding="utf-8-sig") as handle:
        return json.load(handle)


def _rt_number(root: Path) -> list[Case]:
    out = []
    for i, test in enumerate(_rt_file(root, "NumberModel.json")):
        results = test.get("Results") or []
        if not results:
            out.append(Case("rt-number", f"T{i}-{test['Input']}", test["Input"], "no_number", None, test))
            continue
        for j, res in enumerate(results):
            piece = test["Input"][res["Start"]:res["End"] + 1]
            try:
                expected = Decimal(res["Resolution"]["value"])
            except (InvalidOperation, KeyError, TypeError):
                continue
            out.append(Case("rt-number", f"T{i}.{j}-{piece}", piece, "value", expected,
                            {**test, "result": res}))
    return out


def _rt_percent(root: Path) -> list[Case]:
    out = []
    for i, test in enumerate(_rt_file(root, "PercentModel.json")):
        for j, res in enumerate(test.get("Results") or []):
            piece = test["Input"][res["Start"]:res["End"] + 1]
            value = str(res["Resolution"].get("value", ""))
            if not value.endswith("%"):
                continue
            out.append(Case("rt-percent", f"T{i}.{j}-{piece}", piece, "percent",
                            Decimal(value[:-1]), {**test, "result": res}))
    return out


_LOADERS: dict[str, Callable[[Path], list[Case]]] = {
    "cn2an": _cn2an,
    "duckling": _duckling,
    "rt-number": _rt_number,
    "rt-percent": _rt_percent,
}


# --- scope rules ---------------------------------------------------------------

_CJK_NUMERAL = re.compile(r"[零〇一二两兩三四五六七八九十百千]")


def _cn2an_accepted_elsewhere(root: Path) -> set[str]:
    accepted = set()
    for _, rec in _jsonl(root / "cn2an" / "cases.jsonl"):
        if rec.get("func") == "cn2an" and rec["expected"] != "ValueError":
            accepted.add(rec["input"])
    return accepted


Rule = tuple[str, Callable[[Case], bool], str]


def _rules(root: Path) -> list[Rule]:
    from extractor.reading.textnorm import fold

    accepted = _cn2an_accepted_elsewhere(root)
    fraction = re.compile(r"分\s*之|[/／]|又|份")
    money = re.compile(r"[元圆角分整正]")
    si = re.compile(r"\d\s*[kKmMgG]\s*(?:[个個]?百分[点點]|%)?$")
    return [
        # cn2an
        ("cn2an", lambda c: c.kind == "value" and bool(money.search(c.text)),
         "money words (元 圆 角 分 整): the money extractor reads those; parse() reads numerals only"),
        ("cn2an", lambda c: c.kind == "refuse" and c.text in accepted and not money.search(c.text),
         "cn2an refuses this only in its strict mode; its normal/smart modes accept it, and so does parse()"),
        # shared by the value sources
        ("*", lambda c: c.kind == "value" and bool(fraction.search(c.text)),
         "fractions (二分之一, 二份一, 1 4/3, 十一又十四分之一): ratios belong to the percentage "
         "extractor (百分之, 三分之一); parse() returns exact decimals only"),
        ("*", lambda c: c.kind in ("value", "percent") and bool(si.search(fold(c.text))),
         "SI suffixes (100K, 3M, .0012G, 15k): not how Chinese press releases write numbers"),
        ("*", lambda c: c.kind == "value" and bool(re.search(r"\d[eE][-+－]?\d|\^", c.text)),
         "scientific and power notation (2e5, 2^5, 1.1^+23): not how Chinese press releases write numbers"),
        ("*", lambda c: c.kind in ("value", "percent") and "半" in c.text,
         "halves (一半, 半个, 半百, 三成半): a quantity word read by the extractors, not a numeral"),
        ("*", lambda c: c.kind == "value" and bool(re.search(r"[个個对對双雙打]", c.text)),
         "classifiers and quantity words (一个, 一对 = 2, 五打 = 60): the counts extractor's job"),
        # Recognizers-Text
        ("rt-number", lambda c: c.kind == "no_number" and bool(_CJK_NUMERAL.search(c.text)),
         "word sense (一看, 四川, 十足, 两两) or a number inside money (一美元): the numeral fragment "
         "over-matches bare 小写 numerals on purpose; an extractor decides from the unit or "
         "classifier after the number"),
        ("rt-percent", lambda c: bool(re.search(r"[折]", c.text)),
         "discounts (九折, 对折, 三八折): shop talk, not government statistics"),
        ("rt-percent", lambda c: bool(re.search(r"成\s*\S", c.text)),
         "compound 成 (七成 六 = 76%): not a numeral followed by one unit"),
    ]


def _apply_rules(cases: list[Case], rules: list[Rule]) -> None:
    for case in cases:
        for source, predicate, reason in rules:
            if source in ("*", case.source) and predicate(case):
                case.out_of_scope = reason
                break


def load_cases(root: Path | None = None, sources: Iterable[str] = SOURCES) -> list[Case]:
    """All cases of the given sources, with out-of-scope reasons applied."""
    root = root or peer_dir()
    cases: list[Case] = []
    for source in sources:
        cases.extend(_LOADERS[source](root))
    _apply_rules(cases, _rules(root))
    return cases


# --- judging -----------------------------------------------------------------

_PERCENT_FORMS = (
    (re.compile(r"^(?P<sign>[-负負])?(?P<d>.+?)分之(?P<n>.+)$"), "ratio"),
    (re.compile(r"^(?P<n>.+?)(?:%|[个個]百分点)$"), "percent"),
    (re.compile(r"^(?P<n>.+?)成$"), "tenths"),
)


def _percent(text: str) -> Decimal | None:
    """The percentage a Recognizers-Text percent slice states, reading its numerals with parse()."""
    from extractor.grammar.numbers import parse_number
    from extractor.reading.textnorm import fold

    text = "".join(fold(text).split())
    for pattern, form in _PERCENT_FORMS:
        m = pattern.match(text)
        if not m:
            continue
        numerator = parse_number(m.group("n"))
        if numerator is None:
            return None
        if form == "percent":
            return numerator
        if form == "tenths":
            return numerator * 10
        denominator = parse_number(m.group("d"))
        if not denominator:
            return None
        value = numerator * 100 / denominator
        return -value if m.group("sign") else value
    return None


def judge(case: Case) -> tuple[bool, object]:
    """(passed, what the parser gave) for one case."""
    from extractor.grammar.numbers import number_regex, parse_number
    from extractor.reading.textnorm import fold

    if case.kind == "no_number":
        found = [m.group() for m in number_regex().finditer(fold(case.text))]
        return (not found, found)
    if case.kind == "percent":
        got = _percent(case.text)
    else:
        got = parse_number(case.text)
    if case.kind == "refuse":
        return (got is None, got)
    return (got is not None and got == case.expected, got)


# --- report ------------------------------------------------------------------

def summarise(cases: list[Case]) -> list[dict]:
    rows = []
    for source in SOURCES:
        mine = [c for c in cases if c.source == source]
        if not mine:
            continue
        results = [(c, judge(c)[0]) for c in mine]
        in_scope = [ok for c, ok in results if not c.out_of_scope]
        out_scope = [ok for c, ok in results if c.out_of_scope]
        rows.append({
            "source": source,
            "cases": len(mine),
            "in_scope": len(in_scope),
            "passed": sum(in_scope),
            "failed": len(in_scope) - sum(in_scope),
            "out_of_scope": len(out_scope),
            "out_of_scope_passing": sum(out_scope),
            "pass_rate_in_scope": round(sum(in_scope) / len(in_scope), 4) if in_scope else None,
            "pass_rate_all": round((sum(in_scope) + sum(out_scope)) / len(mine), 4),
        })
    return rows


def main(argv: list[str] | None = None, stdout=None, stderr=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    show_failures = "--failures" in argv
    as_json = "--json" in argv
    paths = [a for a in argv if not a.startswith("--")]
    root = Path(paths[0]) if paths else peer_dir()
    if not root.is_dir():
        print(f"peer_report: peer cases not found at {root} (set EXTRACT_PEER_CASES)", file=stderr)
        return 2
    try:
        cases = load_cases(root)
    except (OSError, ValueError) as exc:
        print(f"peer_report: cannot read peer cases in {root}: {exc}", file=stderr)
        return 2
    rows = summarise(cases)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=None), file=stdout)
    else:
        head = ("source", "cases", "in scope", "passed", "failed", "out of scope",
                "pass rate (in scope)", "pass rate (all)")
        table = [head] + [
            (r["source"], str(r["cases"]), str(r["in_scope"]), str(r["passed"]), str(r["failed"]),
             str(r["out_of_scope"]),
             f"{r['pass_rate_in_scope']:.1%}" if r["pass_rate_in_scope"] is not None else "-",
             f"{r['pass_rate_all']:.1%}")
            for r in rows
        ]
        widths = [max(len(row[i]) for row in table) for i in range(len(head))]
        for n, row in enumerate(table):
            cells = (cell.ljust(w) if i == 0 else cell.rjust(w)
                     for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
            print("  ".join(cells), file=stdout)
            if n == 0:
                print("  ".join("-" * w for w in widths), file=stdout)
        print(f"\npeer cases: {root}", file=stdout)
    if show_failures:
        for case in cases:
            ok, got = judge(case)
            if not ok and not case.out_of_scope:
                print(f"FAIL {case.source} {case.id}: expected {case.expected if case.kind != 'refuse' else 'refusal'}"
                      f"{'' if case.kind != 'no_number' else ' (no number)'}, got {got}", file=stdout)
            elif ok and case.out_of_scope:
                print(f"OUT-OF-SCOPE BUT PASSING {case.source} {case.id}", file=stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
