"""A cold `extract FILE` imports what one document needs: no command-line parser
(typer, click) and no batch machinery for a plain file or standard input."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO

SAMPLE = REPO / "samples" / "shinan-2022-11-28.txt"
PROBE = """
import io, json, sys
from extractor.cli import main
out, err = io.StringIO(), io.StringIO()
code = main(sys.argv[1:], stdout=out, stderr=err, stdin=io.BytesIO("增长5%".encode()))
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"typer", "click", "rich"})
print(json.dumps({"code": code, "loaded": loaded, "out": out.getvalue(), "err": err.getvalue()}))
"""


def _probe(*argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=REPO,
                          check=True)
    return json.loads(done.stdout)


def test_one_file_imports_no_command_line_parser():
    found = _probe(str(SAMPLE))
    assert found["code"] == 0 and found["out"].startswith('{"source":')
    assert found["loaded"] == []


def test_stdin_imports_no_command_line_parser():
    found = _probe("-")
    assert found["code"] == 0 and '"text":"5%"' in found["out"]
    assert found["loaded"] == []


def test_options_still_go_through_the_parser():
    found = _probe("--compact", str(SAMPLE))
    assert found["code"] == 0 and found["out"].startswith('{"source":')
    assert "typer" in found["loaded"]


def test_a_missing_file_on_the_plain_path_is_one_line_and_status_1(tmp_path):
    found = _probe(str(tmp_path / "absent.txt"))
    assert found["code"] == 1 and found["err"].count("\n") == 1 and "absent.txt" in found["err"]
