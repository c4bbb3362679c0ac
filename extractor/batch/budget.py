"""A time budget per document: the last line of defence against an input that still
takes too long (issue 10). The rules are meant to run in linear time on any input
(bench/pathological.py); should one path still blow up, the document becomes an
error record naming it and the batch goes on, instead of hanging.

The budget is EXTRACT_TIME_LIMIT seconds when set (`--time-limit` sets it; 0 turns
it off), else BASE_SECONDS plus PER_MB_SECONDS for each megabyte of input, which is
some 60× the time ordinary releases take. It is kept with SIGALRM, so it holds in
the main thread of a POSIX process (each batch worker is one) and is not kept on
Windows; a single regular-expression call is not interrupted before it returns.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "EXTRACT_TIME_LIMIT"
BASE_SECONDS = 30.0
PER_MB_SECONDS = 20.0


class BudgetExceeded(Exception):
    """The document's extraction ran past its time budget."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"extraction stopped after {seconds:g} s, its time budget ({ENV} or --time-limit sets it)")
        self.seconds = seconds


def seconds_for(size: int) -> float | None:
    """The budget for an input of `size` bytes, or None for no budget."""
    given = os.environ.get(ENV, "").strip()
    if given:
        try:
            seconds = float(given)
        except ValueError:
            seconds = BASE_SECONDS + PER_MB_SECONDS * size / 1_000_000  # a bad value is no reason to hang
        return seconds if seconds > 0 else None
    return BASE_SECONDS + PER_MB_SECONDS * size / 1_000_000


def parse_seconds(text: str) -> float:
    """`--time-limit`: seconds, a number >= 0 (0: no budget)."""
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(f"--time-limit: {text!r} is not a number of seconds") from None
    if seconds < 0 or seconds != seconds:
        raise ValueError(f"--time-limit: {text!r} must be 0 (no limit) or more seconds")
    return seconds


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise BudgetExceeded inside the block once `seconds` have passed (no-op where
    SIGALRM cannot be used: no budget, Windows, or not the main thread)."""
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def _expired(signum, frame):
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
