"""What the `extract` commands built on typer share, and the two small commands.

Typer's help shows a value's type as a Python type (`<list[str]>`, `<bool>` on a
plain flag): `word_types` names it as other tools do (TEXT, INTEGER, PATH) and
leaves a flag bare. `run_typer` runs an app in-process on the given arguments and
returns its exit status. `pack_error` opens the pattern packs of --patterns or
EXTRACT_PATTERNS (extractor/rules/packs.py). Typer is imported inside the
functions: a plain `extract FILE` never loads it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import IO

EXIT_OK, EXIT_USAGE = 0, 2


def typer_app(help: str):
    import typer

    return typer.Typer(add_completion=False, pretty_exceptions_enable=False, help=help,
                       context_settings={"help_option_names": ["-h", "--help"]})


_TYPE_WORDS = {"int": "INTEGER", "str": "TEXT", "float": "FLOAT", "Path": "PATH", "bool": ""}


def _type_word(annotation) -> str:
    from typing import get_args, get_origin

    if get_origin(annotation) is list:
        return _type_word(get_args(annotation)[0])
    return _TYPE_WORDS.get(getattr(annotation, "__name__", ""), "TEXT")


def word_types(command) -> None:
    """Help names a value's type as users know it from other tools (TEXT, INTEGER,
    PATH), not as a Python type, and shows none for a plain flag."""
    for param in command.params:
        word = _type_word(param.type_descriptor.annotation)
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.param_type_name == "argument":
            param.metavar = param.metavar or param.name.upper()
            word += "..." if param.nargs != 1 else ""
            param.display_type_rich = lambda ctx, word=word: word
        elif param.metavar is None:
            param.metavar = word


def _bare_help_flag(command) -> None:
    """-h/--help is made on first use, outside `command.params`: it is a plain flag too."""
    make = command.get_help_option

    def get_help_option(ctx):
        option = make(ctx)
        if option is not None:
            option.metavar = ""
        return option

    command.get_help_option = get_help_option


def run_typer(app, argv: list[str], prog: str) -> int:
    import typer.main

    command = typer.main.get_command(app)
    word_types(command)
    _bare_help_flag(command)
    try:
        code = command.main(args=argv, prog_name=prog, standalone_mode=False)
        if isinstance(code, int):  # typer.Exit(n) is returned, not raised, outside standalone mode
            return code
    except SystemExit as exc:  # typer.Exit / click usage errors
        return int(exc.code or 0)
    except Exception as exc:  # click usage errors carry exit_code
        code = getattr(exc, "exit_code", None)
        if code is not None:
            if hasattr(exc, "show"):
                exc.show()
            return int(code)
        raise
    return EXIT_OK


def run_schema(argv: Sequence[str], stdout: IO[str]) -> int:
    app = typer_app("Print the JSON Schema of the output (one object per document).")

    @app.command()
    def schema() -> None:
        from .output.contract import json_schema

        stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")

    return run_typer(app, list(argv), "extract schema")


def run_patterns(argv: Sequence[str], stdout: IO[str], stderr: IO[str]) -> int:
    app = typer_app("List the rule files in effect: the shipped ones, then each pack's, with their sizes.")

    @app.command()
    def patterns(folders: list[str] | None = patterns_option()) -> None:
        from .rules import patterns

        use_packs(folders, stderr, "extract patterns")
        in_use = patterns.active_packs()
        rows = [("shipped", p) for p in sorted(patterns.patterns_dir().glob("*.toml"))]
        rows += [("pack", p) for p in (in_use.files if in_use else ())]
        for origin, path in rows:
            extends = f"  (adds to {path.name})" if origin == "pack" else ""
            stdout.write(f"{origin:<8}{path.stat().st_size:>8} bytes  {path}{extends}\n")

    return run_typer(app, list(argv), "extract patterns")


def patterns_option():
    import typer

    return typer.Option(None, "--patterns", metavar="DIR",
                        help="A pattern pack: a folder of rule files added to the shipped ones "
                             "(repeatable; default: $EXTRACT_PATTERNS).")


def pack_error(folders: Sequence[str] | None, stderr: IO[str], prog: str = "extract") -> int | None:
    """--patterns DIR …, or else EXTRACT_PATTERNS, opened and validated now: a bad pack
    is one line on stderr and EXIT_USAGE, before any document is read."""
    from .pipeline import open_patterns
    from .rules import packs
    from .rules.patterns import PatternError

    chosen = list(folders or ()) or packs.folders_from_env(os.environ.get(packs.ENV))
    try:
        packs.set_default(open_patterns(chosen))
    except PatternError as exc:
        print(f"{prog}: {exc}", file=stderr)
        return EXIT_USAGE
    return None


def use_packs(folders: Sequence[str] | None, stderr: IO[str], prog: str) -> None:
    """`pack_error` inside a typer command."""
    code = pack_error(folders, stderr, prog)
    if code is not None:
        import typer

        raise typer.Exit(code)


def show_version(value: bool) -> None:
    if value:
        import typer

        from . import __version__

        print(f"extract {__version__}")
        raise typer.Exit(EXIT_OK)


def isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
