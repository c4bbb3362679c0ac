"""Compare two JSONL outputs of `extract`, ignoring chosen fields (a refactor's check).

    python bench/same_output.py BEFORE.jsonl AFTER.jsonl [--ignore rule] [--show 5]

Each line is one document; lines pair up by the last two parts of `source.path`. Prints how many
documents differ once the ignored keys are removed at every depth, and the
first few differences. Exit status 0 when none differ, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import sys


def _strip(value, ignore: set[str]):
    if isinstance(value, dict):
        return {k: _strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [_strip(v, ignore) for v in value]
    if isinstance(value, str) and "/shared/" in value:
        return _key(value)  # a path: compared by its last two components
    return value


def _records(path: str, ignore: set[str]) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        # Paired by the last two path components, so runs from two checkouts compare.
        return {_key(r["source"]["path"]): _strip(r, ignore) for r in records}


def _key(path: str) -> str:
    return "/".join(path.replace("\\", "/").split("/")[-2:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--ignore", action="append", default=[], help="a key to drop (repeatable)")
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args(argv)
    ignore = set(args.ignore)
    before, after = _records(args.before, ignore), _records(args.after, ignore)
    differ = [p for p in sorted(set(before) | set(after)) if before.get(p) != after.get(p)]
    print(f"{len(before)} before, {len(after)} after, {len(differ)} differ (ignoring {sorted(ignore)})")
    for path in differ[: args.show]:
        print(f"- {path}\n  before: {json.dumps(before.get(path), ensure_ascii=False)[:600]}"
              f"\n  after:  {json.dumps(after.get(path), ensure_ascii=False)[:600]}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
