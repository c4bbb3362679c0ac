"""The `extract` command: a thin layer over `extractor.extract`.

    extract FILE            one JSON object (pretty on a terminal, compact when piped)
    extract -               read standard input
    extract FILE... | DIR   one compact JSON object per line (NDJSON), sorted by path
    extract schema          JSON Schema of the output
    extract evaluate DIR    score against NAME.gold.json files

Exit status: 0 success, 1 a file could not be read or processed, 2 usage error,
130 interrupted.
"""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import IO, Iterator, Optional, Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TEXT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".xml", ".md")
SUBCOMMANDS = ("schema", "evaluate")


class InputError(Exception):
    """A file that cannot be read as a document; the message names the reason."""

    def __init__(self, path: str, kind: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path, self.kind, self.message = path, kind, message


def iter_inputs(args: Sequence[str]) -> Iterator[str]:
    """Expand the command-line paths: files as given, folders walked recursively in sorted order."""
    for arg in args:
        if arg == "-":
            yield arg
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted(
                str(p) for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                raise InputError(arg, "EmptyDirectory", "no text files in this directory")
            yield from found
        else:
            yield arg


def read_input(arg: str, stdin: IO[bytes]) -> bytes:
    if arg == "-":
        return stdin.read()
    path = Path(arg)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(arg, "FileNotFound", "no such file") from None
    except IsADirectoryError:
        raise InputError(arg, "IsADirectory", "is a directory") from None
    except PermissionError:
        raise InputError(arg, "PermissionDenied", "permission denied") from None
    except OSError as exc:
        raise InputError(arg, "ReadError", exc.strerror or str(exc)) from None


def process(arg: str, stdin: IO[bytes]):
    """Facts for one input, or raise InputError."""
    from .decoding import DecodeError
    from .pipeline import extract_bytes

    data = read_input(arg, stdin)
    try:
        return extract_bytes(data, path=None if arg == "-" else arg)
    except DecodeError as exc:
        raise InputError(arg, "DecodeError", str(exc)) from None
    except RecursionError:
        raise InputError(arg, "InternalError", "input too deeply nested to process") from None
    except Exception as exc:  # a bug must not stop a batch or print a traceback
        if os.environ.get("EXTRACT_DEBUG"):
            raise
        raise InputError(arg, "InternalError",
                         f"internal error ({type(exc).__name__}: {exc}); set EXTRACT_DEBUG=1 for a traceback") from None


def _dump(model, pretty: bool) -> str:
    if pretty:
        return model.model_dump_json(indent=2)
    return model.model_dump_json()


def run_extract(args: Sequence[str], stdout: IO[str], stderr: IO[str], stdin: IO[bytes],
                pretty: Optional[bool] = None) -> int:
    from .models import ErrorInfo, ErrorRecord, Source

    if not args:
        args = ["-"]
    try:
        inputs = list(iter_inputs(args))
    except InputError as exc:
        print(f"extract: {exc}", file=stderr)
        return EXIT_FAILED
    single = len(inputs) == 1 and not any(Path(a).is_dir() for a in args if a != "-")
    if pretty is None:
        pretty = single and stdout.isatty()
    status = EXIT_OK
    for arg in inputs:
        try:
            facts = process(arg, stdin)
        except InputError as exc:
            print(f"extract: {exc}", file=stderr)
            status = EXIT_FAILED
            if not single:
                record = ErrorRecord(source=Source(path=arg), error=ErrorInfo(type=exc.kind, message=exc.message))
                stdout.write(record.model_dump_json() + "\n")
            continue
        for warning in facts.warnings:
            print(f"extract: {arg}: warning: {warning}", file=stderr)
        stdout.write(_dump(facts, pretty and single) + "\n")
    stdout.flush()
    return status


def run_schema(stdout: IO[str]) -> int:
    from .models import Facts

    stdout.write(json.dumps(Facts.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def run_evaluate(argv: Sequence[str], stdout: IO[str], stderr: IO[str]) -> int:
    import typer

    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                      help="Score extraction against NAME.gold.json files.")

    @app.command()
    def evaluate(
        gold_dir: Path = typer.Argument(..., help="Folder with NAME.txt and NAME.gold.json pairs."),
        as_json: bool = typer.Option(False, "--json", help="Print scores as JSON."),
        errors: bool = typer.Option(False, "--errors", help="List every miss, extra and wrong value."),
    ) -> None:
        from .evaluate import evaluate_dir
        from .report import print_errors, print_report

        if not gold_dir.is_dir():
            print(f"extract evaluate: {gold_dir}: not a directory", file=stderr)
            raise typer.Exit(EXIT_USAGE)
        report = evaluate_dir(gold_dir)
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


def _run_typer(app, argv: list[str], prog: str) -> int:
    try:
        code = app(args=argv, prog_name=prog, standalone_mode=False)
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


def build_extract_app(stdout: IO[str], stderr: IO[str], stdin: IO[bytes]):
    import typer

    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, help=__doc__.split("\n\n")[0])
    result = {"status": EXIT_OK}

    @app.command(help="Extract facts from press releases (files, folders, or - for stdin). "
                      "Also: `extract schema`, `extract evaluate GOLD_DIR`.")
    def main_command(
        paths: Optional[list[str]] = typer.Argument(None, help="Files or folders; - reads stdin."),
        pretty: Optional[bool] = typer.Option(None, "--pretty/--compact", help="Indent JSON (default: on a terminal, for one document)."),
    ) -> None:
        result["status"] = run_extract(paths or ["-"], stdout, stderr, stdin, pretty)

    return app, result


def main(argv: Optional[Sequence[str]] = None, stdout: Optional[IO[str]] = None,
         stderr: Optional[IO[str]] = None, stdin: Optional[IO[bytes]] = None) -> int:
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
        if argv and argv[0] == "schema":
            return run_schema(stdout)
        if argv and argv[0] == "evaluate":
            return run_evaluate(argv[1:], stdout, stderr)
        app, result = build_extract_app(stdout, stderr, stdin)
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
        print(f"extract: internal error ({type(exc).__name__}: {exc}); set EXTRACT_DEBUG=1 for a traceback",
              file=stderr)
        return EXIT_FAILED


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
