#!/usr/bin/env bash
# Run extract over dev, raw, odd and the pool and compare with a saved baseline
# (made the same way before a change): bench/check_same.sh BASELINE_DIR [--ignore KEY]...
set -uo pipefail
base=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${EXTRACT_SHARED:-$here/../shared}
out=$(mktemp -d)
status=0
for d in dev raw odd pool; do
  glob=(); [ "$d" = pool ] || glob=(-g '*')
  "$here/.venv/bin/extract" "$shared/corpus/$d" "${glob[@]}" -q -o "$out/$d.jsonl"
  "$here/.venv/bin/python" "$here/bench/same_output.py" "$base/$d.jsonl" "$out/$d.jsonl" "$@" || status=1
done
exit $status
