"""Ctrl-C during a multi-round `replay` (issues 3 and 5): the replay stops between
rounds (or, earlier, during its solve) and the prompt comes back with the session
intact: the replay goes on from where it stopped, and undo still works.

Run by `make pty-test` (part of `make test`); shared set-up in conftest.py.
"""
import os
import time

from conftest import HOLD_LINE, finish, hold, start

ROUNDS = 4000


def long_scenario(path, rounds):
    """A one-day-a-round prisoner's dilemma with a script for every round, both
    pushing as the model expects (so the path's exact likelihood stays 1 and cheap):
    solving it takes seconds in a debug build, and replaying it thousands of rounds."""
    lines = [
        "name: long",
        "title: A long scripted standoff",
        "players:",
        "  A: {moves: {hold: {posture: hold}, push: {posture: escalate}}}",
        "  B: {moves: {hold: {posture: hold}, push: {posture: escalate}}}",
        f"calendar: {{start: 2025-01-06, step: 1, rounds: {rounds}}}",
        "states:",
        "  s:",
        "    moves: {A: [hold, push], B: [hold, push]}",
        "    payoffs: {hold: [[3, 3], [0, 5]], push: [[5, 0], [1, 1]]}",
        "script:",
    ]
    lines += [f"  - {{round: {k}, A: push, B: push, source: made-up}}" for k in range(1, rounds + 1)]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def spawn(home, **extra):
    """The REPL, patient with long commands, searching only the end of long output."""
    child = start(home, **extra)
    child.timeout = 60
    child.searchwindowsize = 4000
    return child


def test_ctrl_c_during_a_long_replay_stops_between_rounds_and_keeps_the_session(home):
    path = os.path.join(home, "long.yaml")
    long_scenario(path, ROUNDS)
    # Commands that poll for Ctrl-C: `replay` (its solve and report) is the first,
    # `replay all` the second: it waits for Ctrl-C before showing round 2.
    child = spawn(home, **hold(2))
    child.send(f"load {path}\r")
    child.expect(r"brink long \[s, round 1\]>(?:\x1b\[0m)? ")
    child.send("replay\r")
    child.expect(r"Round 1 \(")
    child.expect(r"brink long \[replay 1/4000, \w+, round 2\]>(?:\x1b\[0m)? ")
    child.send("replay all\r")
    child.expect(HOLD_LINE)  # stepping through the rounds, before round 2
    started = time.monotonic()
    child.sendcontrol("c")
    child.expect(r"interrupted after round 1 of 4000; 'replay' goes on from there")
    assert time.monotonic() - started < 30
    # Stopped between rounds: the prompt says where, and replay goes on from there.
    child.expect(r"brink long \[replay 1/4000, \w+, round 2\]>(?:\x1b\[0m)? ")
    child.send("replay\r")
    child.expect(r"Round 2 \(")
    child.expect(r"brink long \[replay 2/4000, \w+, round 3\]>(?:\x1b\[0m)? ")
    child.send("undo\r")
    child.expect(r"Undid replay. Now at round 2.")
    child.expect(r"brink long \[replay 1/4000, \w+, round 2\]>(?:\x1b\[0m)? ")
    # Undo takes back the interrupted `replay all`, then the first replay, to round 1.
    child.send("undo\r")
    child.expect(r"Undid replay. Now at round 2.")
    child.expect(r"brink long \[replay 1/4000, \w+, round 2\]>(?:\x1b\[0m)? ")
    child.send("undo\r")
    child.expect("Undid replay. Now at round 1.")
    child.expect(r"brink long \[s, round 1\]>(?:\x1b\[0m)? ")
    child.send("show\r")
    child.expect(r"s \(current state, round 1\)")
    child.expect(r"brink long \[s, round 1\]>(?:\x1b\[0m)? ")
    assert finish(child) == 0


def test_ctrl_c_while_a_replay_solves_leaves_the_session_unchanged(home):
    path = os.path.join(home, "long.yaml")
    long_scenario(path, 20000)
    child = spawn(home, **hold())  # the first command that polls is the replay's solve
    child.send(f"load {path}\r")
    child.expect(r"brink long \[s, round 1\]>(?:\x1b\[0m)? ")
    child.send("play A=push B=hold\r")
    child.expect(r"brink long \[s, round 2\]>(?:\x1b\[0m)? ")
    child.send("replay\r")
    child.expect(HOLD_LINE)  # the replay is solving (and waits for the signal)
    started = time.monotonic()
    child.sendcontrol("c")
    # Held at the solve's first poll, as it unrolls the ladder: before the backward
    # induction began (the message may be wrapped between any two words).
    child.expect(r"interrupted\s+before\s+the\s+scenario's\s+backward\s+induction\s+began;\s+the\s+session\s+is\s+unchanged",
                 timeout=20)
    child.expect(r"brink long \[s, round 2\]>(?:\x1b\[0m)? ")
    assert time.monotonic() - started < 20
    child.send("undo\r")
    child.expect("Undid play. Now at round 1.")
    child.expect(r"brink long \[s, round 1\]>(?:\x1b\[0m)? ")
    assert finish(child) == 0
