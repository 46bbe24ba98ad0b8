"""A per-request time budget: work that runs past it is interrupted, the worker carries on.

Sync gunicorn workers serve one request at a time in their main thread, so the budget
is a real-time interval timer (SIGALRM) whose handler raises `BudgetExceeded` into the
running code. The extraction runs inside `nlp.memory_zone()`, a context manager, so the
exception unwinds through it and the parse's memory is freed as on a normal return.
Signals reach only the main thread: elsewhere (a threaded server, a test client driven
from a thread) the budget is off and the work runs to its end.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class BudgetExceeded(BaseException):
    """The work ran past its time budget.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` on the way
    (a rule that skips one broken quote and carries on) can swallow it.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"time budget of {seconds:g} s exceeded")
        self.seconds = seconds


def enforceable() -> bool:
    """Whether a budget can interrupt work here: SIGALRM exists and this is the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[bool]:
    """Raise BudgetExceeded in the block once `seconds` have passed; yields whether armed.

    A budget of 0 (or less) is no budget. The timer and the previous SIGALRM handler
    are restored on the way out, whatever happens in the block.
    """
    if seconds <= 0 or not enforceable():
        yield False
        return

    def expire(signum, frame):
        """The timer fired: stop the work."""
        raise BudgetExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
