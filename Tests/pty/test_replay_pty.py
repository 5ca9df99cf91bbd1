"""Ctrl-C during a multi-round `replay` (issues 3 and 5): the replay stops between
rounds (or, earlier, during its solve) and the prompt comes back with the session
intact: the replay goes on from where it stopped, and undo still works.

Run by `make pty-test` (part of `make test`); shared set-up in conftest.py.
"""
import os
import time

from conftest import finish, start

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


def spawn(home):
    """The REPL, patient with long commands, searching only the end of long output."""
    child = start(home)
    child.timeout = 60
    child.searchwindowsize = 4000
    return child


def test_ctrl_c_during_a_long_replay_stops_between_rounds_and_keeps_the_session(home):
    path = os.path.join(home, "long.yaml")
    long_scenario(path, ROUNDS)
    child = spawn(home)
    child.send(f"load {path}\r")
    child.expect(r"brink long \[s, round 1\]> ")
    # Solve first (cached), so the Ctrl-C lands in the replay itself.
    child.send("solve\r")
    child.expect("Whole scenario by backward induction")
    child.expect(r"brink long \[s, round 1\]> ")
    child.send("replay all\r")
    child.expect("replay all\r\n")  # libedit has taken the line: the command is running
    # The output comes when the command ends, so wait blind: here the replay
    # builds its report for about 0.7 s, then steps through 4000 rounds in about
    # 0.6 s, so the Ctrl-C lands before round 1 or mid-way; on a much faster
    # machine it may come after the end. Each outcome is checked below.
    time.sleep(0.9)
    started = time.monotonic()
    child.sendcontrol("c")
    outcome = child.expect([r"interrupted after round (\d+) of 4000; 'replay' goes on from there",
                            r"End of the script: now in \w+, round 4001"])
    assert time.monotonic() - started < 30
    if outcome == 0:
        # Stopped between rounds: the prompt says where, and replay goes on from there.
        done = int(child.match.group(1))
        assert done < ROUNDS
        child.expect(rf"brink long \[replay {done}/4000, \w+, round {done + 1}\]> ")
        child.send("replay\r")
        child.expect(rf"Round {done + 1} \(")
        child.expect(rf"brink long \[replay {done + 1}/4000, \w+, round {done + 2}\]> ")
        child.send("undo\r")
        child.expect(rf"Undid replay. Now at round {done + 1}.")
        child.expect(rf"brink long \[replay {done}/4000, \w+, round {done + 1}\]> ")
    else:
        # The replay won the race: Ctrl-C after it is harmless.
        child.expect(r"brink long \[\w+, round 4001\]> ")
    # Undo takes back the whole replay, to round 1 before it.
    child.send("undo\r")
    child.expect("Undid replay. Now at round 1.")
    child.expect(r"brink long \[s, round 1\]> ")
    child.send("show\r")
    child.expect(r"s \(current state, round 1\)")
    child.expect(r"brink long \[s, round 1\]> ")
    assert finish(child) == 0


def test_ctrl_c_while_a_replay_solves_leaves_the_session_unchanged(home):
    path = os.path.join(home, "long.yaml")
    long_scenario(path, 20000)  # its solve takes far longer than the test waits
    child = spawn(home)
    child.send(f"load {path}\r")
    child.expect(r"brink long \[s, round 1\]> ")
    child.send("play A=push B=hold\r")
    child.expect(r"brink long \[s, round 2\]> ")
    child.send("replay\r")
    child.expect("replay\r\n")
    time.sleep(1.5)
    started = time.monotonic()
    child.sendcontrol("c")
    child.expect("interrupted; the session is unchanged", timeout=20)
    child.expect(r"brink long \[s, round 2\]> ")
    assert time.monotonic() - started < 20
    child.send("undo\r")
    child.expect("Undid play. Now at round 1.")
    child.expect(r"brink long \[s, round 1\]> ")
    assert finish(child) == 0
