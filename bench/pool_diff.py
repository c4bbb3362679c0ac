"""What a rule change does to the people facts of the whole pool: two `extract` outputs compared.

    extract ../shared/corpus/pool -j 2 > BEFORE.jsonl     # at the commit before the change
    extract ../shared/corpus/pool -j 2 > AFTER.jsonl      # with it
    python bench/pool_diff.py BEFORE.jsonl AFTER.jsonl [--numeric] [--stems]

Prints one line per official (name, title, organisation) or award (title, recipients) that is in one
output and not the other, `STEM off|aw -|+ FACT`, an official's first mention with the words around
it, and the bylines that differ; `--numeric` adds the numeric kinds' facts whose text, item, label or
period changed (the verb lexicon ends a count's item, so a people rule may move them). `--stems`
prints only the stems of the items that changed, one per line: what a reader adds to
bench/heldout/seen.txt, since an item whose diff was read is no longer blind (bench/draw_batch.py).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _paths import REPO  # noqa: E402

POOL = Path(os.environ.get("EXTRACT_SHARED", REPO.parent / "shared")) / "corpus" / "pool"
NUMERIC = ("counts", "percentages", "money", "measures")
NUMERIC_FIELDS = ("text", "start", "item", "label", "period", "value", "amount")


def load(path: str) -> dict[str, dict]:
    """Each document of a JSON Lines output, by its file's stem."""
    with open(path, encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        return {Path((r.get("source") or {}).get("path") or "").stem: r for r in records}


def officials(record: dict) -> set[tuple]:
    return {(o["name"], o.get("title"), o.get("organization")) for o in record.get("officials", [])}


def awards(record: dict) -> set[tuple]:
    return {(a["title"], tuple(a.get("recipients", []))) for a in record.get("awards", [])}


def bylines(record: dict) -> list[str]:
    return sorted(b["name"] for b in (record.get("document") or {}).get("bylines", []))


def numeric(record: dict, kind: str) -> set[str]:
    return {json.dumps({k: f.get(k) for k in NUMERIC_FIELDS}, ensure_ascii=False) for f in record.get(kind, [])}


def context(stem: str, record: dict, name: str) -> str:
    """The first mention of `name`, with 25 characters before it and 15 after."""
    for o in record.get("officials", []):
        if o["name"] == name and o.get("mentions"):
            start, end = o["mentions"][0]
            text = (POOL / f"{stem}.txt").read_text(encoding="utf-8", errors="replace")
            around = text[max(0, start - 25):start] + "[" + text[start:end] + "]" + text[end:end + 15]
            return around.replace("\n", "⏎")
    return ""


def differences(stem: str, before: dict, after: dict, with_numeric: bool) -> list[str]:
    lines = []
    for sign, one, other in (("-", before, after), ("+", after, before)):
        lines += [f"{stem} off {sign} {fact}  {context(stem, one, fact[0])}"
                  for fact in sorted(officials(one) - officials(other), key=str)]
    for sign, one, other in (("-", before, after), ("+", after, before)):
        lines += [f"{stem} aw {sign} {fact}" for fact in sorted(awards(one) - awards(other), key=str)]
    if bylines(before) != bylines(after):
        lines.append(f"{stem} by {bylines(before)} -> {bylines(after)}")
    for kind in NUMERIC if with_numeric else ():
        for sign, one, other in (("-", before, after), ("+", after, before)):
            lines += [f"{stem} {kind} {sign} {fact}" for fact in sorted(numeric(one, kind) - numeric(other, kind))]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--numeric", action="store_true", help="compare the numeric kinds too")
    parser.add_argument("--stems", action="store_true", help="print only the stems of the items that changed")
    args = parser.parse_args(argv)
    before, after = load(args.before), load(args.after)
    changed = 0
    for stem in sorted(set(before) | set(after)):
        lines = differences(stem, before.get(stem, {}), after.get(stem, {}), args.numeric)
        if lines:
            changed += 1
            print(stem if args.stems else "\n".join(lines))
    if not args.stems:
        print(f"changed items: {changed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
