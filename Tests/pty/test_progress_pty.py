"""Progress and partial results on Ctrl-C in the REPL's `solve` and `sweep` on
library scenarios (issue 12: "a 2 s solve, a 70 s sweep show no progress, and
Ctrl-C on solve/sweep throws away everything done").

Each command is held at its first progress report (BRINK_TEST_HOLD_UNTIL_INTERRUPT=
progress), after the progress line is drawn: the test waits for that line and for
the hold line, then sends Ctrl-C, never after a sleep. Run by `make pty-test`.
"""
import re

from conftest import HOLD_LINE, finish, start

# The bar the REPL draws on standard error, labelled with the command's name.
BAR = r"{} \[#*\.*\]\s+\d+% \d+/\d+"
TARIFF_PROMPT = r"brink tariff-rounds-2018-2019 \[[^\]]*\]>(?:\x1b\[0m)? "
DEFAULT = r"brink us-china-2025-10 \[standoff, round 1\]>(?:\x1b\[0m)? "


def words(text):
    """A phrase as a pattern that matches it wrapped at any space."""
    return r"\s+".join(re.escape(w) for w in text.split())


def test_ctrl_c_in_a_scenario_solve_shows_the_progress_and_keeps_what_was_solved(home):
    child = start(home, width=120, NO_COLOR="1", BRINK_TEST_HOLD_UNTIL_INTERRUPT="progress")
    child.send("load tariff-rounds-2018-2019\r")
    child.expect(TARIFF_PROMPT)
    child.send("solve\r")
    child.expect(BAR.format("solve"), timeout=120)  # the nodes solved from the horizon back
    child.expect(HOLD_LINE)
    child.sendcontrol("c")
    # What was finished: the round game's equilibria, then how far the scenario got.
    child.expect(words("Nash equilibria (all extreme equilibria, by vertex enumeration):"))
    child.expect(words("error: interrupted after the scenario's backward induction had solved"))
    child.expect(r"(\d+)\s+of\s+(\d+)\s+nodes")
    done, total = int(child.match.group(1)), int(child.match.group(2))
    assert 0 < done < total
    child.expect(words("the session is unchanged"))
    child.expect(TARIFF_PROMPT)
    # The REPL goes on (that nothing half-solved is kept is checked by the Swift
    # test anInterruptedSolveShowsWhatWasFinished, which solves again in full).
    child.send("show\r")
    child.expect(TARIFF_PROMPT)
    assert finish(child) == 0


def test_ctrl_c_in_a_sweep_shows_the_progress_and_the_points_done(home):
    child = start(home, width=120, NO_COLOR="1", BRINK_TEST_HOLD_UNTIL_INTERRUPT="progress")
    child.send("sweep discount 1/2 1\r")
    child.expect(BAR.format("sweep"), timeout=120)  # one point of the grid done
    child.expect(HOLD_LINE)
    child.sendcontrol("c")
    child.expect(words("Sweeping the discount from 1/2 to 1 (interrupted: the points computed so far):"))
    child.expect(words("discount = 1/2:"))  # the first point, with its solution
    child.expect(words("Not computed: discount above 1/2"))
    child.expect(words("error: interrupted after 1 point of the sweep; the session is unchanged"))
    child.expect(DEFAULT)
    assert finish(child) == 0


def test_ctrl_c_in_a_payoff_sweep_shows_the_part_finished(home):
    """The exact sweep of a payoff, held after its first piece (chicken: the US's
    clash payoff from -20 to 5 is cut at -1, where the US becomes indifferent)."""
    child = start(home, width=120, NO_COLOR="1", BRINK_TEST_HOLD_UNTIL_INTERRUPT="progress")
    child.send("load chicken\r")
    child.expect(r"brink chicken \[round 1\]>(?:\x1b\[0m)? ")
    child.send("sweep payoff Escalate Escalate US -20 5\r")
    child.expect(BAR.format("sweep"), timeout=120)  # one piece of the range done
    child.expect(HOLD_LINE)
    child.sendcontrol("c")
    child.expect(words("Sweeping US's payoff at US Escalate, China Escalate from -20 to -1:"))
    child.expect(words("x = -20"))  # the end point, then the interval finished, by its equilibria
    child.expect(words("x in (-20, -1)"))
    child.expect(words("error: interrupted: x from -1 to 5 was not computed; the session is unchanged"))
    child.expect(r"brink chicken \[round 1\]>(?:\x1b\[0m)? ")
    assert finish(child) == 0


def test_ctrl_c_in_a_lambda_sweep_shows_the_path_so_far(home):
    child = start(home, width=120, NO_COLOR="1", BRINK_TEST_HOLD_UNTIL_INTERRUPT="progress")
    child.send("sweep lambda both 0 100\r")
    child.expect(BAR.format("sweep"), timeout=120)  # the first lambda solved
    child.expect(HOLD_LINE)
    child.sendcontrol("c")
    child.expect(words("Logit play in standoff, round 1, as both players' lambda go from 0 to 0 (stopped early):"))
    child.expect(r"\n\s+0\s")  # the row of lambda = 0
    child.expect(words("error: interrupted after 1 of"))
    child.expect(words("values of lambda; lambda from"))
    child.expect(words("to 100 was not computed; the session is unchanged"))
    child.expect(DEFAULT)
    assert finish(child) == 0
