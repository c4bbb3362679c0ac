"""A cold `extract FILE` imports what one document needs: no command-line parser
(typer, click) and no batch machinery for a plain file or standard input, and no
Pydantic once the rule cache holds the checked rule files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO

SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"
PROBE = """
import io, json, sys
from extractor.cli import main
out, err = io.StringIO(), io.StringIO()
code = main(sys.argv[1:], stdout=out, stderr=err, stdin=io.BytesIO("增长5%".encode()))
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"typer", "click", "rich", "pydantic", "pydantic_core"})
print(json.dumps({"code": code, "loaded": loaded, "out": out.getvalue(), "err": err.getvalue()}))
"""


def _probe(*argv: str, cache: Path | None = None) -> dict:
    """`extract ARGV` in a fresh interpreter; with `cache`, the rule cache kept there (as
    the `extract` command keeps it in ~/.cache/extract)."""
    env = {k: v for k, v in os.environ.items() if k not in ("EXTRACT_CACHE_DIR", "EXTRACT_NO_CACHE")}
    if cache is not None:
        env["EXTRACT_CACHE_DIR"] = str(cache)
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=REPO,
                          check=True, env=env)
    return json.loads(done.stdout)


def test_one_file_imports_no_command_line_parser_nor_pydantic(tmp_path):
    _probe(str(SAMPLE), cache=tmp_path)  # the first run checks the rule files (Pydantic) and caches them
    found = _probe(str(SAMPLE), cache=tmp_path)
    assert found["code"] == 0 and found["out"].startswith('{"source":')
    assert found["loaded"] == []


def test_stdin_imports_no_command_line_parser_nor_pydantic(tmp_path):
    _probe("-", cache=tmp_path)
    found = _probe("-", cache=tmp_path)
    assert found["code"] == 0 and '"text":"5%"' in found["out"]
    assert found["loaded"] == []


def test_options_still_go_through_the_parser():
    found = _probe("--compact", str(SAMPLE))
    assert found["code"] == 0 and found["out"].startswith('{"source":')
    assert "typer" in found["loaded"]


def test_a_missing_file_on_the_plain_path_is_one_line_and_status_1(tmp_path):
    found = _probe(str(tmp_path / "absent.txt"))
    assert found["code"] == 1 and found["err"].count("\n") == 1 and "absent.txt" in found["err"]
