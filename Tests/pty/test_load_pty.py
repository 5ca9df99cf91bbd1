"""`load` over unsaved edits asks first, and `undo` brings them back (issue 12)."""
from conftest import DEFAULT_PROMPT, finish, start

CHICKEN_PROMPT = r"brink chicken \[round 1\]>(?:\x1b\[0m)? "
QUESTION = "us-china-2025-10 has edits not saved. Discard them and load chicken? ('undo' brings them back) [y/N] "


def test_load_asks_before_discarding_edits_and_undo_brings_them_back(home):
    child = start(home, NO_COLOR="1")
    child.send("set payoff talk talk US 5\r")
    child.expect("is now 5")
    child.expect(DEFAULT_PROMPT)
    child.send("load chicken\r")
    child.expect_exact(QUESTION)
    child.send("n\r")
    child.expect_exact("not loaded; us-china-2025-10 and its edits are kept")
    child.expect(DEFAULT_PROMPT)
    child.send("load chicken\r")
    child.expect_exact(QUESTION)
    child.send("y\r")
    child.expect_exact("Loaded chicken")
    child.expect(CHICKEN_PROMPT)
    child.send("undo\r")
    child.expect_exact("Undid load chicken. Now at round 1.")
    child.expect(DEFAULT_PROMPT)
    child.send("show\r")
    child.expect_exact("| (talk)     |    5*, -2.85 |")
    child.expect(DEFAULT_PROMPT)
    assert finish(child) == 0
