"""Pattern packs (extractor/rules/packs.py): the user's rule files added to the shipped ones."""
from __future__ import annotations

import io
import json
import os
import shlex
from pathlib import Path

import pytest
from conftest import REPO

from extractor import extract
from extractor.cli import main
from extractor.pipeline import open_patterns
from extractor.rules import packs, patterns

# Posts the shipped officials.toml does not list (each test checks that first).
GRID = "社区网格长陈志远走访了独居老人。"
BUILDING = "楼长赵海峰带领居民清理了楼道。"
BAHT = "这批设备的采购价为300万泰铢。"


def _pack(folder: Path, **files: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def _names(text: str, **kwargs) -> list[str]:
    return [o.name for o in extract(text, **kwargs).officials]


def _cli(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err, stdin=io.BytesIO(stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _shipped_rules_after():
    """Whatever a test leaves in effect, the next one starts from the shipped files."""
    yield
    packs.set_default(None)


def test_a_post_word_in_a_pack_makes_an_official(tmp_path):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    assert _names(GRID) == []
    found = extract(GRID, patterns=grid).officials
    assert [(o.name, o.title) for o in found] == [("陈志远", "社区网格长")]
    for o in found:
        for start, end in o.mentions:
            assert GRID[start:end] == o.name


def test_no_stale_rules_across_packs_in_one_process(tmp_path):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    building = _pack(tmp_path / "building", officials='posts = ["楼长"]\n')
    text = GRID + BUILDING
    assert _names(text) == []
    assert _names(text, patterns=grid) == ["陈志远"]
    assert _names(text, patterns=building) == ["赵海峰"]
    assert sorted(_names(text, patterns=[grid, building])) == sorted(["陈志远", "赵海峰"])
    assert _names(text) == []  # back to the shipped files alone
    assert _names(text, patterns=patterns.active_packs()) == []


def test_a_table_entry_adds_a_currency(tmp_path):
    baht = _pack(tmp_path / "baht", money='[suffix_currencies]\n"泰铢" = "THB"\n')
    assert [m.currency for m in extract(BAHT).money] != ["THB"]
    money = extract(BAHT, patterns=baht).money
    assert [(m.text, m.amount, m.currency) for m in money] == [("300万泰铢", 3000000, "THB")]


def test_an_opened_pack_can_be_passed_and_lists_its_files(tmp_path):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n', surnames='single = ["乜"]\n')
    opened = open_patterns(grid)
    assert [f.name for f in opened.files] == ["officials.toml", "surnames.toml"]
    assert "网格长" in opened.data["officials"]["posts"]
    assert _names(GRID, patterns=opened) == ["陈志远"]


def test_a_copy_of_a_shipped_value_is_accepted(tmp_path):
    shipped = tomllib_load(patterns.patterns_dir() / "officials.toml")
    copy = _pack(tmp_path / "copy", officials=f'range_opener = {json.dumps(shipped["range_opener"])}\n'
                                               'posts = ["网格长", "书记"]\n')
    merged = open_patterns(copy).data["officials"]["posts"]
    assert merged.count("书记") == 1 and merged[-1] == "网格长"


def tomllib_load(path: Path) -> dict:
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


BAD_PACKS = [
    ({"office": 'posts = ["网格长"]\n'}, "office.toml", "no shipped rule file"),
    ({"officials": 'post = ["网格长"]\n'}, "officials.toml", "key post: unknown key"),
    ({"officials": 'posts = "网格长"\n'}, "officials.toml", "key posts: should be a list"),
    ({"officials": "posts = [12]\n"}, "officials.toml", "key posts: Input should be a valid string"),
    ({"officials": 'range_opener = "由"\n'}, "officials.toml", "key range_opener: the shipped file sets it"),
    ({"officials": "[fragments]\npost = 'x'\n"}, "officials.toml", "key fragments.post: the shipped file sets it"),
    ({"money": '[suffix_currencies]\n"元" = "USD"\n'}, "money.toml", "key suffix_currencies.元"),
    ({"officials": 'posts = ["网格长"\n'}, "officials.toml", "not valid TOML"),
    ({"boilerplate": "end_markers = ['(?:相关阅读']\n"}, "boilerplate.toml",
     "key end_markers: '(?:相关阅读' is not a valid regular expression"),
]


@pytest.mark.parametrize(("files", "named", "what"), BAD_PACKS)
def test_a_bad_pack_is_one_line_and_exit_2(tmp_path, files, named, what):
    bad = _pack(tmp_path / "bad", **files)
    code, out, err = _cli("--patterns", str(bad), "-", stdin=GRID.encode())
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert named in err and what in err, err


def test_a_missing_or_empty_pack_folder_is_a_usage_error(tmp_path):
    code, _, err = _cli("--patterns", str(tmp_path / "nowhere"), "-", stdin=GRID.encode())
    assert code == 2 and "no such folder" in err
    (tmp_path / "empty").mkdir()
    code, _, err = _cli("--patterns", str(tmp_path / "empty"), "-", stdin=GRID.encode())
    assert code == 2 and "no .toml files" in err


def test_environment_variable_with_several_folders(tmp_path, monkeypatch):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    building = _pack(tmp_path / "building", officials='posts = ["楼长"]\n')
    monkeypatch.setenv(packs.ENV, os.pathsep.join([str(grid), str(building)]))
    code, out, _ = _cli("-", stdin=(GRID + BUILDING).encode())  # the fast one-document path
    assert code == 0
    assert sorted(o["name"] for o in json.loads(out)["officials"]) == sorted(["陈志远", "赵海峰"])
    code, out, _ = _cli("--patterns", str(grid), "--compact", "-", stdin=(GRID + BUILDING).encode())
    assert [o["name"] for o in json.loads(out)["officials"]] == ["陈志远"]  # the option wins
    monkeypatch.delenv(packs.ENV)
    code, out, _ = _cli("-", stdin=GRID.encode())
    assert json.loads(out)["officials"] == []  # nothing lingers from the runs before


def test_a_batch_uses_the_pack_in_every_worker(tmp_path):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(4):
        (docs / f"{i}.txt").write_text(f"第{i}篇。" + GRID, encoding="utf-8")
    code, out, _ = _cli("--patterns", str(grid), "-j", "2", "-q", str(docs))
    assert code == 0
    assert [[o["name"] for o in json.loads(line)["officials"]] for line in out.splitlines()] == [["陈志远"]] * 4


def test_patterns_command_lists_files_in_effect_with_sizes(tmp_path):
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    code, out, _ = _cli("patterns", "--patterns", str(grid))
    assert code == 0
    lines = out.splitlines()
    shipped = sorted(patterns.patterns_dir().glob("*.toml"))
    assert len(lines) == len(shipped) + 1
    assert lines[0].split() == ["shipped", str(shipped[0].stat().st_size), "bytes", str(shipped[0])]
    assert lines[-1].split()[:4] == ["pack", str((grid / "officials.toml").stat().st_size), "bytes",
                                     str(grid / "officials.toml")]
    code, out, _ = _cli("patterns")
    assert code == 0 and len(out.splitlines()) == len(shipped)


def test_every_shipped_file_has_the_model_that_loads_it():
    from test_patterns import _loaded

    loaded = _loaded()
    assert set(packs.MODELS) == {p.stem for p in patterns.patterns_dir().glob("*.toml")}
    assert {name: packs.model_for(name) for name in packs.MODELS} == loaded


def _readme_example() -> list[tuple[str, list[dict]]]:
    """The README's pack example: each `$ extract … | jq -c '…'` line and the lines shown after it."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- pack example -->", 2)[1]
    runs: list[tuple[str, list[dict]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif line.startswith("{") and runs:
            runs[-1][1].append(json.loads(line))
    return runs


def test_the_readme_pack_example_runs_as_shown(monkeypatch):
    monkeypatch.chdir(REPO)
    runs = _readme_example()
    assert len(runs) >= 2 and runs[0][1] == [] and runs[-1][1]
    for command, shown in runs:
        program, jq = command.split(" | ", 1)
        assert jq == "jq -c '.officials[] | {name, title}'"  # the projection done below
        argv = shlex.split(program)
        assert argv[0] == "extract"
        code, out, err = _cli(*argv[1:])
        assert code == 0, err
        assert [{"name": o["name"], "title": o["title"]} for o in json.loads(out)["officials"]] == shown


def test_a_worker_that_is_not_forked_is_given_the_packs(tmp_path):
    """A spawned pool worker starts with no packs in effect: the initializer hands them over."""
    from extractor.batch import run

    grid = open_patterns(_pack(tmp_path / "grid", officials='posts = ["网格长"]\n'))
    document = tmp_path / "a.txt"
    document.write_text(GRID, encoding="utf-8")
    packs.set_default(None)  # as in a fresh process
    run._init_worker("jsonl", 1 << 20, in_process=True, packs=grid)
    result = run.process_task((str(document), None))
    assert [o["name"] for o in json.loads(result.payload)["officials"]] == ["陈志远"]


def test_show_and_evaluate_take_packs_too(tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    grid = _pack(tmp_path / "grid", officials='posts = ["网格长"]\n')
    code, out, _ = _cli("show", "--no-pager", "--kind", "officials", "--patterns", str(grid), "-",
                        stdin=GRID.encode())
    assert code == 0 and "⟦officials:陈志远⟧" in out
    code, out, _ = _cli("show", "--no-pager", "--kind", "officials", "-", stdin=GRID.encode())
    assert code == 0 and "⟦officials:" not in out
    bad = _pack(tmp_path / "bad", officials='post = ["网格长"]\n')
    code, _, err = _cli("evaluate", "--patterns", str(bad), str(tmp_path))
    assert code == 2 and "key post: unknown key" in err
