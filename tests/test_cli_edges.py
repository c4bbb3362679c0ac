"""The command line as a new user meets it: help, version, no argument, -o, links, --pretty."""
from __future__ import annotations

import io
import json
import re

import pytest

from extractor import __version__
from extractor.cli import main

SENTENCE = "新注册项目85个，同比增长39.43%。"


class _Terminal(io.BytesIO):
    """Standard input that is a terminal: nobody is piping a document in."""

    def isatty(self) -> bool:
        return True


def _cli(*argv: str, stdin: io.BytesIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=stdin or io.BytesIO(SENTENCE.encode()))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def wide(monkeypatch):
    """Help rendered wide enough that no word of it is wrapped (rich reads COLUMNS)."""
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")


def _help(capsys, *argv: str) -> str:
    # typer prints help on the process's stdout, not on main's stdout parameter
    code, _, _ = _cli(*argv)
    assert code == 0
    return capsys.readouterr().out


def test_schema_help_prints_help_not_the_schema(wide, capsys):
    shown = _help(capsys, "schema", "--help")
    assert "Usage: extract schema" in shown and '"$defs"' not in shown


def test_schema_refuses_stray_arguments():
    code, out, _ = _cli("schema", "facts.json")
    assert code == 2 and out == ""
    code, out, _ = _cli("schema")
    assert code == 0 and "properties" in json.loads(out)


@pytest.mark.parametrize("command", [(), ("schema",), ("evaluate",), ("show",), ("patterns",)])
def test_dash_h_is_help_everywhere(wide, capsys, command):
    assert "Usage: extract" in _help(capsys, *command, "-h")


def test_version(capsys):
    code, _, _ = _cli("--version")
    assert code == 0 and capsys.readouterr().out.strip() == f"extract {__version__}"


def test_help_lists_every_command(wide, capsys):
    shown = _help(capsys, "--help")
    for command in ("extract schema", "extract evaluate", "extract show", "extract patterns"):
        assert command in shown


def test_help_names_types_as_words(wide, capsys):
    shown = _help(capsys, "--help")
    assert not re.search(r"<(list\[str\]|bool|int|str)>", shown), shown
    assert "INTEGER" in shown and "FILE" in shown and "SIZE" in shown
    quiet = next(line for line in shown.splitlines() if "--quiet" in line)
    assert re.search(r"--quiet\s+-q\s+No progress", quiet), quiet  # a plain flag shows no type


def test_max_bytes_says_which_suffixes(wide, capsys):
    line = " ".join(_help(capsys, "--help").split())
    assert re.search(r"--max-bytes SIZE .*k, M or G", line)


def test_no_argument_on_a_terminal_prints_usage_and_exits_2():
    code, out, err = _cli(stdin=_Terminal(b""))
    assert code == 2 and out == ""
    assert "Usage: extract" in err and "extract - <" in err


def test_no_argument_from_a_pipe_reads_standard_input():
    code, out, _ = _cli()
    assert code == 0 and [c["value"] for c in json.loads(out)["counts"]] == [85]


def _folder(tmp_path, name="docs", files=("a.txt", "b.txt")):
    folder = tmp_path / name
    folder.mkdir()
    for file in files:
        (folder / file).write_text(SENTENCE, encoding="utf-8")
    return folder


def test_output_into_a_missing_folder_is_one_clear_line(tmp_path):
    docs = _folder(tmp_path)
    code, _, err = _cli(str(docs), "-o", str(tmp_path / "missing" / "facts.jsonl"))
    assert code == 2 and err.count("\n") == 1
    assert "does not exist" in err and "internal error" not in err
    assert not (tmp_path / "missing").exists()


def test_output_onto_a_folder_is_one_clear_line(tmp_path):
    docs = _folder(tmp_path)
    code, _, err = _cli(str(docs), "-o", str(tmp_path))
    assert code == 2 and err.count("\n") == 1
    assert "is a folder" in err and "internal error" not in err


def test_broken_links_are_named_in_a_warning(tmp_path):
    docs = _folder(tmp_path)
    (docs / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    code, out, err = _cli(str(docs), "-q")
    assert code == 0 and len(out.splitlines()) == 2
    assert f"warning: {docs / 'gone.txt'}: broken symbolic link" in err


@pytest.mark.parametrize("resume", [False, True])
def test_the_output_file_is_never_read_back(tmp_path, resume):
    docs = _folder(tmp_path)
    output = docs / "facts.txt"  # a name the folder walk would take for a document
    extra = ("--resume",) if resume else ()
    for _ in range(2):
        code, _, err = _cli(str(docs), "-o", str(output), "-q", *extra)
        assert code == 0, err
    paths = [json.loads(line)["source"]["path"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert paths == [str(docs / "a.txt"), str(docs / "b.txt")]


def test_the_output_file_named_as_an_input_is_a_usage_error(tmp_path):
    docs = _folder(tmp_path)
    code, _, err = _cli(str(docs / "a.txt"), str(docs / "b.txt"), "-o", str(docs / "a.txt"))
    assert code == 2 and "also the --output file" in err
    assert (docs / "a.txt").read_text(encoding="utf-8") == SENTENCE


def test_pretty_with_several_documents_says_why(tmp_path):
    docs = _folder(tmp_path)
    code, out, err = _cli(str(docs), "--pretty")
    assert code == 2 and out == ""
    assert "JSON Lines" in err and "jq ." in err
    code, out, _ = _cli("--pretty", str(docs / "a.txt"))
    assert code == 0 and out.startswith("{\n  ")

