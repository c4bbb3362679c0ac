"""The `extract` command: a thin layer over `extractor.extract`.

    extract FILE            one JSON object (pretty on a terminal, compact when piped)
    extract -               read standard input
    extract FILE... | DIR   a batch (extractor/batch/): one compact JSON object per line
                            (NDJSON) in input order, folders walked and sorted; parallel
                            (--workers), --output FILE [--resume], --format jsonl|json|csv
    extract schema          JSON Schema of the output
    extract evaluate DIR    score against NAME.gold.json files
    extract show FILE       the document with every fact marked, then a table per kind
    extract patterns        the rule files in effect (shipped and --patterns packs), with their sizes
    extract report PATH... -o report.html
                            one self-contained HTML page: facts highlighted, tables, totals

--patterns DIR (repeatable; or EXTRACT_PATTERNS=DIR[:DIR…]) adds a pattern pack's rule
files to the shipped ones (extractor/rules/packs.py); a bad pack is a usage error.

Exit status: 0 success, 1 a file could not be read or processed, 2 usage error,
130 interrupted.
"""
from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from .cli_commands import isatty as _isatty
from .cli_commands import pack_error as _pack_error
from .cli_commands import patterns_option as _patterns_option
from .cli_commands import run_patterns, run_schema
from .cli_commands import run_typer as _run_typer
from .cli_commands import show_version as _show_version
from .cli_commands import typer_app as _typer_app
from .cli_commands import use_packs as _use_packs

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _dump(model, pretty: bool) -> str:
    if pretty:
        return model.model_dump_json(indent=2)
    return model.model_dump_json()


def _is_single(args: Sequence[str]) -> bool:
    return len(args) == 1 and (args[0] == "-" or not Path(args[0]).is_dir())


def run_extract(args: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes],
                pretty: bool | None = None, batch_options=None, max_bytes: int | None = None) -> int:
    """One document → one JSON object; folders, several files or batch_options → a batch."""
    from .batch import DEFAULT_MAX_BYTES, BatchOptions, run_batch

    if not args:
        args = ["-"]
    if batch_options is not None or not _is_single(args):
        return run_batch(args, batch_options or BatchOptions(), stdout, stderr, stdin)
    return run_one(args[0], stdout, stderr, stdin, pretty, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)


def _time_limit_option():
    import typer

    return typer.Option(None, "--time-limit", metavar="SECONDS",
                        help="Stop a document after SECONDS and write an error record for it "
                             "(default: 30 s + 20 s per MB; 0: no limit; also EXTRACT_TIME_LIMIT).")


def _set_time_limit(text: str | None) -> None:
    """--time-limit: kept in the environment, where the workers (forked later) read it."""
    from .batch.budget import ENV, parse_seconds
    from .batch.inputs import UsageError

    if text is None:
        return
    try:
        os.environ[ENV] = repr(parse_seconds(text))
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def run_one(arg: str, stdout: IO[str], stderr: IO[str], stdin: IO[bytes], pretty: bool | None,
            max_bytes: int) -> int:
    """FILE or - → its facts on stdout (pretty on a terminal), or one line on stderr and status 1."""
    from .batch.inputs import STDIN, read_stdin
    from .batch.record import extract_record
    from .output.models import ErrorRecord

    data = read_stdin(stdin, max_bytes) if arg == STDIN else None
    # No hash of a file too large to read: only a batch's --resume needs it.
    record = extract_record(arg, max_bytes, data, hash_too_large=False)
    if isinstance(record, ErrorRecord):
        print(f"extract: {arg}: {record.error.message}", file=stderr)
        return EXIT_FAILED
    if pretty is None:
        pretty = stdout.isatty()
    for facts in record:  # one per record of a file of records or feed entries
        where = f"{arg}#{facts.source.record}" if facts.source.record else arg
        for warning in facts.warnings:
            print(f"extract: {where}: warning: {warning}", file=stderr)
        stdout.write(_dump(facts, pretty) + "\n")
    stdout.flush()
    return EXIT_OK


def run_evaluate(argv: Sequence[str], stdout: IO[str], stderr: IO[str]) -> int:
    import typer

    app = _typer_app("Score extraction against NAME.gold.json files.")

    @app.command()
    def evaluate(
        gold_dir: Path = typer.Argument(..., help="Folder with NAME.txt and NAME.gold.json pairs."),
        as_json: bool = typer.Option(False, "--json", help="Print scores as JSON."),
        errors: bool = typer.Option(False, "--errors", help="List every miss, extra and wrong value."),
        without_headline: bool = typer.Option(
            False, "--without-headline",
            help="Leave numeric facts on the first line out of both sides (gold annotated below the headline)."),
        folders: list[str] | None = _patterns_option(),
    ) -> None:
        from .output.evaluate import evaluate_dir
        from .output.report import print_errors, print_report

        _use_packs(folders, stderr, "extract evaluate")
        if not gold_dir.is_dir():
            print(f"extract evaluate: {gold_dir}: not a directory", file=stderr)
            raise typer.Exit(EXIT_USAGE)
        report = evaluate_dir(gold_dir, without_headline)
        if not report.documents:
            print(f"extract evaluate: {gold_dir}: no NAME.txt with NAME.gold.json found", file=stderr)
            raise typer.Exit(EXIT_FAILED)
        if as_json:
            payload = report.as_dict()
            if errors:
                payload["errors"] = report.errors()
            stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
            return
        if errors:
            print_errors(report, stdout)
        print_report(report, stdout)

    return _run_typer(app, list(argv), "extract evaluate")


def run_show(argv: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    import typer

    app = _typer_app("Show a document with every fact marked, then one table per kind.")

    @app.command()
    def show(
        path: str = typer.Argument(..., help="A file, or - for standard input."),
        kind: str | None = typer.Option(None, "--kind", "-k",
                                        help="Kinds to show, comma-separated (money,percentages,…)."),
        pager: bool = typer.Option(True, "--pager/--no-pager", help="Page a long document on a terminal."),
        folders: list[str] | None = _patterns_option(),
    ) -> None:
        from .batch import DEFAULT_MAX_BYTES
        from .batch.inputs import STDIN, DocumentError, read_file, read_stdin
        from .output.show import KINDS
        from .output.show import show as render
        from .pipeline import extract
        from .reading.decoding import DecodeError, decode

        _use_packs(folders, stderr, "extract show")
        kinds = [k.strip() for k in kind.split(",")] if kind else list(KINDS)
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            print(f"extract show: unknown kind {unknown[0]!r} (one of {', '.join(KINDS)})", file=stderr)
            raise typer.Exit(EXIT_USAGE)
        try:
            data = read_stdin(stdin, DEFAULT_MAX_BYTES) if path == STDIN else read_file(path, DEFAULT_MAX_BYTES)
            text, encoding = decode(data)
        except DocumentError as exc:
            print(f"extract show: {path}: {exc.message}", file=stderr)
            raise typer.Exit(EXIT_FAILED) from None
        except DecodeError as exc:
            print(f"extract show: {path}: {exc}", file=stderr)
            raise typer.Exit(EXIT_FAILED) from None
        facts = extract(text, path=None if path == STDIN else path, encoding=encoding)
        render(text, facts, stdout, kinds, page=pager)

    return _run_typer(app, list(argv), "extract show")


_COMMANDS = """[b]Commands[/b] (each has -h)

\b
extract schema             JSON Schema of the output
extract evaluate GOLD_DIR  score against NAME.gold.json files
extract show FILE          the document with every fact marked
extract patterns           the rule files in effect, with sizes
extract report PATH -o F   one HTML page to review the facts in a browser"""


# jq reads a stream of indented objects, but `wc -l`, `--resume`, split and DuckDB's
# read_json_auto need one object per line: a batch stays JSON Lines, and says so.
_PRETTY_BATCH = ("--pretty indents one document on standard output; several documents, --output and --format "
                 "write one compact object per line (JSON Lines): pipe them through `jq .` to indent")


def run_report(argv: Sequence[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    import typer

    app = _typer_app("Write one self-contained HTML page to review the facts of PATHs in a browser.")

    @app.command()
    def report(
        paths: list[str] = typer.Argument(..., help="Files or folders; - reads stdin."),
        output: str = typer.Option(..., "--output", "-o", metavar="FILE", help="The HTML file to write."),
        folders: list[str] | None = _patterns_option(),
    ) -> None:
        _use_packs(folders, stderr, "extract report")
        from .output.html_report import run_report as write_report

        raise typer.Exit(write_report(paths, output, stderr, stdin))

    return _run_typer(app, list(argv), "extract report")


_GLOB_HELP = ("File name pattern for folders (repeatable; default: *.txt *.text *.htm *.html *.shtml "
              "*.xhtml *.xml *.md).")
_MAX_BYTES_HELP = ("Refuse larger files (default: 20MB). SIZE is bytes, or a number with k, M or G "
                   "(KB/MB/GB and KiB/MiB/GiB too; all powers of 1024): 512k, 20MB, 1.5G.")


def build_extract_app(stdout: IO[str], stderr: IO[str], stdin: IO[bytes], argv: Sequence[str] = ()):
    import typer

    from .batch import DEFAULT_MAX_BYTES, BatchOptions, UsageError, parse_size

    app = _typer_app(__doc__.split("\n\n")[0])
    result = {"status": EXIT_OK}

    @app.command(help="Extract facts from press releases (files, folders, or - for stdin).", epilog=_COMMANDS)
    def main_command(
        ctx: typer.Context,
        paths: list[str] | None = typer.Argument(None, help="Files or folders; - reads stdin."),
        pretty: bool | None = typer.Option(None, "--pretty/--compact",
            help="Indent JSON (default: on a terminal, for one document on standard output)."),
        workers: int | None = typer.Option(None, "--workers", "-j", help="Worker processes (default: all cores)."),
        output: str | None = typer.Option(None, "--output", "-o", metavar="FILE",
            help="Write to FILE instead of stdout (whole lines, fsync'd at checkpoints)."),
        resume: bool = typer.Option(False, "--resume",
            help="Continue an interrupted --output FILE: skip documents already in it (same path and sha256)."),
        fmt: str | None = typer.Option(None, "--format", "-f", metavar="FORMAT",
            help="jsonl (default for many documents), json (one array) or csv (one row per fact)."),
        globs: list[str] | None = typer.Option(None, "--glob", "-g", metavar="PATTERN", help=_GLOB_HELP),
        max_bytes: str | None = typer.Option(None, "--max-bytes", metavar="SIZE", help=_MAX_BYTES_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q",
            help="No progress bar and no final summary (errors are still shown)."),
        time_limit: str | None = _time_limit_option(),
        folders: list[str] | None = _patterns_option(),
        version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
            help="Print the version and exit."),
    ) -> None:
        if not paths and _isatty(stdin):
            # Waiting in silence for a terminal to type a document helps no one.
            print(ctx.get_usage() + "\nGive files or folders, or - to read standard input "
                  "(extract - < article.txt); extract -h for help.", file=stderr)
            result["status"] = EXIT_USAGE
            return
        paths = paths or ["-"]
        _use_packs(folders, stderr, "extract")
        try:
            _set_time_limit(time_limit)
            size_limit = parse_size(max_bytes) if max_bytes else DEFAULT_MAX_BYTES
            # One file stays one JSON object unless an output option asks for a batch.
            if output or resume or fmt or not _is_single(paths):
                if pretty:
                    raise UsageError(_PRETTY_BATCH)
                batch = BatchOptions(workers=workers, output=output, resume=resume, fmt=(fmt or "jsonl").lower(),
                                     max_bytes=size_limit, globs=tuple(globs or ()), quiet=quiet, argv=list(argv))
                result["status"] = run_extract(paths, stdout, stderr, stdin, pretty, batch)
            else:
                result["status"] = run_extract(paths, stdout, stderr, stdin, pretty, max_bytes=size_limit)
        except UsageError as exc:
            print(f"extract: {exc}", file=stderr)
            result["status"] = EXIT_USAGE

    # a context parameter is found by its type, which a string annotation of a local import cannot name
    main_command.__annotations__["ctx"] = typer.Context
    return app, result


def _plain_single(argv: Sequence[str]) -> bool:
    """`extract FILE` or `extract -` with no option: what the command line parser would
    conclude anyway, so the one-document path need not import it (typer, click)."""
    return len(argv) == 1 and (argv[0] == "-" or not argv[0].startswith("-")) and _is_single(argv)


def _run_plain_single(argv: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes]) -> int:
    from .batch import UsageError

    # EXTRACT_PATTERNS (rules.packs.ENV), read without importing the packs module when unset, unless an
    # earlier run in this process (a test driving main) left packs in use
    if os.environ.get("EXTRACT_PATTERNS") or "extractor.rules.packs" in sys.modules:
        code = _pack_error((), stderr)
        if code is not None:
            return code
    try:
        return run_extract(argv, stdout, stderr, stdin)
    except UsageError as exc:
        print(f"extract: {exc}", file=stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None, stdout: IO[str] | None = None,
         stderr: IO[str] | None = None, stdin: IO[bytes] | None = None) -> int:
    """Entry point; streams are parameters so tests drive it in-process."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin.buffer
    if hasattr(signal, "SIGPIPE") and stdout is sys.stdout:
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet `| head`
    if hasattr(stdout, "reconfigure"):
        try:
            stdout.reconfigure(encoding="utf-8")
        except Exception:
            pass
    try:
        # The subcommands are words a file is unlikely to be named; `./schema` still reads a file.
        if argv and argv[0] == "schema":
            return run_schema(argv[1:], stdout)
        if argv and argv[0] == "patterns":
            return run_patterns(argv[1:], stdout, stderr)
        if argv and argv[0] == "evaluate":
            return run_evaluate(argv[1:], stdout, stderr)
        if argv and argv[0] == "show":
            return run_show(argv[1:], stdout, stderr, stdin)
        if argv and argv[0] == "report":
            return run_report(argv[1:], stderr, stdin)
        if _plain_single(argv):
            return _run_plain_single(argv, stdout, stderr, stdin)
        app, result = build_extract_app(stdout, stderr, stdin, argv)
        code = _run_typer(app, argv, "extract")
        return code or result["status"]
    except KeyboardInterrupt:
        print("extract: interrupted", file=stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        from .batch.record import internal_error_message

        print(f"extract: {internal_error_message(exc)}", file=stderr)
        return EXIT_FAILED


def entry() -> None:
    # A one-document run is short: the cyclic collector would only slow start-up
    # (rule compilation allocates heavily, ~80 ms of collections). Batches turn it
    # back on (extractor/batch/run.py).
    import gc

    gc.disable()
    # Where Pydantic is imported (a rule file checked afresh, `extract schema`, `evaluate`),
    # it would otherwise scan every installed distribution for plugins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from .rules import rxcache

    rxcache.enable()  # compiled rules from ~/.cache/extract: most of a cold start
    sys.exit(main())


if __name__ == "__main__":
    entry()
