"""Ctrl-C during long REPL commands on a big game (issue 5): the command stops,
the prompt comes back, and the session keeps its edits and undo history.

Run by `make pty-test` (part of `make test`); shared set-up in conftest.py.
"""
import os
import random
import time

import pexpect

from conftest import HOLD_LINE, hold, start
BIG_PROMPT = r"brink big \[round \d+\]>(?:\x1b\[0m)? "


def big_game(path, n):
    """An n x n game with seeded random payoffs: enumerating all its equilibria
    takes far longer than the test waits (2 s for 12x12 in a debug build, more
    than a minute for 14x14)."""
    rng = random.Random(14)
    numbers = [str(rng.randint(-99, 99)) for _ in range(2 * n * n)]
    with open(path, "w") as f:
        f.write(f'NFG 1 R "big" {{ "A" "B" }} {{ {n} {n} }}\n\n' + " ".join(numbers) + "\n")


def test_ctrl_c_interrupts_solve_on_a_big_game_and_keeps_the_session(home):
    game = os.path.join(home, "big.nfg")
    big_game(game, 14)
    child = start(home, **hold())
    child.send(f"load {game}\r")
    child.expect("14x14 game between A and B")
    child.expect(BIG_PROMPT)
    child.send("set payoff 1 1 A 1000\r")
    child.expect(BIG_PROMPT)
    child.send("solve\r")
    child.expect(HOLD_LINE)  # the solve is running (and waits for the signal)
    started = time.monotonic()
    child.sendcontrol("c")
    child.expect("interrupted; the session is unchanged", timeout=10)
    child.expect(BIG_PROMPT)
    assert time.monotonic() - started < 10
    # The edit is still there, and undo still undoes it.
    child.send("show\r")
    child.expect(r"1000")
    child.expect(BIG_PROMPT)
    child.send("undo\r")
    child.expect("Undid set payoff")
    child.expect(BIG_PROMPT)
    # The REPL is still fully alive: a short command works after the interrupt.
    child.send("load chicken\r")
    child.expect(r"brink chicken \[round 1\]>(?:\x1b\[0m)? ")
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0



def test_ctrl_c_interrupts_sweep_on_a_big_game_and_keeps_the_session(home):
    game = os.path.join(home, "big.nfg")
    big_game(game, 200)  # hundreds of pieces, each a 200x200 game: half a minute in all
    # Reading 80,000 payoffs polls for Ctrl-C too: the load is the first command that
    # polls, the sweep the second.
    child = start(home, **hold(2))
    child.send(f"load {game}\r")
    child.expect("200x200 game between A and B")
    child.expect(BIG_PROMPT)
    child.send("set payoff 2 2 B 777\r")
    child.expect(BIG_PROMPT)
    child.send("sweep payoff 1 1 A -1000 1000\r")
    child.expect(HOLD_LINE, timeout=60)  # the sweep is running (and waits for the signal)
    child.sendcontrol("c")
    child.expect("interrupted; the session is unchanged", timeout=10)
    child.expect(BIG_PROMPT)
    child.send("undo\r")
    child.expect("Undid set payoff")
    child.expect(BIG_PROMPT)
    child.sendcontrol("d")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
