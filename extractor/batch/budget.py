"""A time budget per document: the last line of defence against an input that
some rule still reads in more than linear time.

A document gets `base + PER_MB × its size in MB` seconds (base: `--time-budget`
or EXTRACT_TIME_BUDGET, default 30; 0 turns the budget off). Ordinary text runs
at several hundred thousand characters a second, so only a runaway path reaches
it. When it runs out, an alarm (SIGALRM) interrupts the document and its reader
turns that into an error record; elsewhere (Windows, a thread other than the
main one) there is no alarm and no budget.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .inputs import UsageError

ENV = "EXTRACT_TIME_BUDGET"
DEFAULT_BASE = 30.0   # seconds for any document
PER_MB = 10.0         # seconds more per MB of input (5 MB of prose takes ~5 s)


class TimeBudgetExceeded(BaseException):
    """Raised by the alarm inside a document that ran out of time. Not an Exception,
    so no `except Exception` on the way swallows it."""


def parse_base(value: str | None) -> float:
    """The base budget in seconds from an option or EXTRACT_TIME_BUDGET's value."""
    if value is None or not value.strip():
        return DEFAULT_BASE
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise UsageError(f"time budget must be a number of seconds (0: none), not {value!r}")
    return seconds


def base_seconds() -> float:
    return parse_base(os.environ.get(ENV))


def seconds_for(size: int) -> float:
    """The budget of a document of `size` bytes; 0 means none."""
    base = base_seconds()
    return base + PER_MB * size / 1_000_000 if base else 0.0


@contextmanager
def given(option: str | None) -> Iterator[None]:
    """The --time-budget option in effect for the block: the environment carries it to
    every worker, forked or not, and is restored afterwards."""
    if option is None:
        yield
        return
    before = os.environ.get(ENV)
    os.environ[ENV] = str(parse_base(option))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before


@contextmanager
def within(seconds: float) -> Iterator[None]:
    """Raise TimeBudgetExceeded inside the block once `seconds` have passed (0: never)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimeBudgetExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
