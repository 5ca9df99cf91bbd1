"""The terminal as a colour-terminal user sees it (not only with NO_COLOR)."""
from conftest import BRINK, DEFAULT_PROMPT, environment, finish

import pexpect

BRINK_PROMPT_TEXT = "brink us-china-2025-10 [standoff, round 1]>"


def test_the_prompt_colour_is_reset_before_what_the_user_types(home):
    # TERM=xterm without NO_COLOR: the prompt is bold cyan, and the reset (ESC [ 0 m)
    # reaches the terminal before the prompt's trailing space, so the echo of what is
    # typed, and the output, are in the terminal's own colour.
    child = pexpect.spawn(BRINK, [], env=environment(home), dimensions=(24, 100), encoding="utf-8", timeout=20)
    child.expect_exact("\x1b[1;36m" + BRINK_PROMPT_TEXT + "\x1b[0m ")
    child.send("help quit\r")
    child.expect("quit")
    child.expect(DEFAULT_PROMPT)
    assert finish(child) == 0
