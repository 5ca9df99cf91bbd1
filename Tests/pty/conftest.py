"""What every pseudo-terminal test of brink shares: the binary, a fresh HOME with its
own history file, starting the REPL in a pty, and leaving it with Ctrl-D.

Following the recipes in the project's libedit notes: wait for the prompt before
sending, and assert on the program's own output, not on the redrawn input line.
BRINK_BIN names the binary (`make pty-test` sets it).
"""
import os
import tempfile

import pexpect
import pytest

BRINK = os.environ.get("BRINK_BIN", ".build/debug/brink")
DEFAULT_PROMPT = r"brink us-china-2025-10 \[standoff, round 1\]>(?:\x1b\[0m)? "
# Written by brink to standard error when BRINK_TEST_HOLD_UNTIL_INTERRUPT makes a long
# operation wait for Ctrl-C: send Ctrl-C only after seeing it, never after a sleep.
HOLD_LINE = "brink-test: waiting for interrupt"


@pytest.fixture
def home():
    with tempfile.TemporaryDirectory() as d:
        yield d


def environment(home, **extra):
    """A colour terminal whose HOME and history file are in `home`; `extra` adds or
    replaces variables."""
    env = dict(os.environ, HOME=home, BRINK_HISTORY=os.path.join(home, "hist"), TERM="xterm", LANG="C.UTF-8")
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


def start(home, width=100, **extra):
    """The REPL in a pseudo-terminal, waiting at its first prompt (the default scenario)."""
    child = pexpect.spawn(BRINK, [], env=environment(home, **extra), dimensions=(24, width),
                          encoding="utf-8", timeout=20)
    child.expect(DEFAULT_PROMPT)
    return child


def hold(n=1):
    """The environment that makes the n-th command that polls for Ctrl-C wait for it
    at its first poll, writing HOLD_LINE (`progress`: the first progress report)."""
    return {"BRINK_TEST_HOLD_UNTIL_INTERRUPT": str(n)}


def finish(child, attempts=30):
    """Ctrl-D at an empty prompt; returns the exit status. Callers wait for the prompt
    first. Even so, the prompt is printed a moment before libedit switches the
    terminal to raw mode (flushing pending input), so on a loaded machine a ^D can be
    lost in between: it is sent again until brink ends (a ^D that arrives after the
    first one was taken finds no reader and changes nothing). A ^D that arrives while
    the terminal is still in cooked mode is echoed as "^D" and can leave a character
    in libedit's line, where every later ^D only rings the bell (seen under load):
    each retry first clears the line with Ctrl-U (the tty's kill character in cooked
    mode, em-kill-line in libedit)."""
    for attempt in range(attempts):
        if attempt > 0:
            child.sendcontrol("u")
        child.sendcontrol("d")
        if child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=2) == 0:
            break
    else:
        child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus
