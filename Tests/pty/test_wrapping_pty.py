"""Prose wrapped to the terminal's width (issue 12: `help set` was one 1,088-character
line, and the terminal broke words in the middle)."""
import re
import subprocess

from conftest import BRINK, DEFAULT_PROMPT, finish, start

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_help_is_wrapped_at_80_columns_between_words(home):
    child = start(home, width=80, NO_COLOR="1")
    child.send("help set\r")
    child.expect("usage: ")
    child.expect(DEFAULT_PROMPT)
    shown = ("usage: " + ANSI.sub("", child.before)).replace("\r\n", "\n").rstrip("\n")
    assert finish(child) == 0
    lines = shown.split("\n")
    assert max(len(line) for line in lines) <= 80, shown
    assert len(lines) > 20  # the 1,088-character paragraph alone takes 14 lines
    # The same words in the same order as the unwrapped text of a pipe: none broken.
    piped = subprocess.run([BRINK, "-c", "help set"], capture_output=True, text=True, check=True).stdout
    assert max(len(line) for line in piped.split("\n")) > 1000  # not a terminal: whole lines
    assert shown.split() == piped.split()
    # Continuation lines of the usage hang under its first alternative.
    assert lines[1].startswith("       set ")
