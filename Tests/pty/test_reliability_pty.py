"""Reliability in a real terminal: an internal error restarts the REPL with the
session's edits; an unusable history file is reported and left alone.

Run by `make pty-test`; shared set-up in conftest.py. BRINK_TEST_INTERNAL_ERROR=1 makes
the line `__internal_error__` trap, the way a bug would (see CrashReport.swift).
"""
import os
import stat
import subprocess

from conftest import BRINK, DEFAULT_PROMPT as DEFAULT, environment, finish, start

CHICKEN = r"brink chicken \[round \d+\]>(?:\x1b\[0m)? "


def test_internal_error_restarts_on_the_edited_scenario(home):
    child = start(home, width=120, BRINK_TEST_INTERNAL_ERROR="1")
    child.send("load chicken\r")
    child.expect(CHICKEN)
    child.send("set payoff Escalate Escalate US -42\r")
    child.expect(CHICKEN)
    child.send("__internal_error__\r")
    child.expect(r"brink: internal error \(SIGILL")
    child.expect(r"while running: __internal_error__")
    child.expect(r"saved in (\S+)\.\r?\n")
    saved = child.match.group(1)
    child.expect(r"brink: restarted after an internal error")
    child.expect(CHICKEN)
    # The edit survived the restart, and the session works.
    child.send("show\r")
    child.expect(r"-42, -10")
    child.expect(CHICKEN)
    assert finish(child) == 0
    assert saved == os.path.join(home, ".brink_recovered.nfg")
    with open(saved) as f:
        assert "-42" in f.read()
    assert not [n for n in os.listdir(home) if ".tmp-" in n]
    # The history file kept the lines typed before the crash.
    with open(os.path.join(home, "hist")) as f:
        assert "set payoff Escalate Escalate US -42" in f.read().replace("\\040", " ")


def test_internal_error_in_a_script_saves_and_fails(home):
    script = "load chicken\nset payoff Escalate Escalate US -42\n__internal_error__\nshow\n"
    run = subprocess.run([BRINK], input=script, capture_output=True, text=True,
                         env=environment(home, BRINK_TEST_INTERNAL_ERROR="1"), timeout=60)
    assert run.returncode != 0
    assert "brink: internal error (SIGILL: a failed check) while running: __internal_error__" in run.stderr
    assert "Continue with: brink, then 'load " in run.stderr
    with open(os.path.join(home, ".brink_recovered.nfg")) as f:
        assert "-42" in f.read()
    # The command after the crash never ran.
    assert "best response" not in run.stdout


def test_without_the_test_switch_the_trigger_is_an_unknown_command(home):
    child = start(home)
    child.send("__internal_error__\r")
    child.expect(r"unknown command '__internal_error__'")
    child.expect(DEFAULT)
    assert finish(child) == 0


def test_history_fifo_is_reported_and_left_alone(home):
    fifo = os.path.join(home, "fifo")
    os.mkfifo(fifo)
    assert_history_refused(home, fifo, r"warning: the history file '.*fifo' is not a regular file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_oversized_history_is_not_loaded_or_overwritten(home):
    big = os.path.join(home, "big")
    with open(big, "wb") as f:
        f.truncate(17 << 20)  # sparse: no disk used
    assert_history_refused(home, big, r"over the 16 MiB limit")
    assert os.path.getsize(big) == 17 << 20


def assert_history_refused(home, history, warning):
    """The REPL starts with `warning` (before its first prompt) and works."""
    child = start(home, BRINK_HISTORY=history)
    assert __import__("re").search(warning, child.before), child.before
    child.send("classify\r")
    child.expect(DEFAULT)
    assert finish(child) == 0


def history_lines(path):
    """The entries of a history file in libedit's format (spaces are `\\040`)."""
    with open(path) as f:
        lines = f.read().splitlines()
    assert lines[0] == "_HiStOrY_V2_"
    return [line.replace("\\040", " ") for line in lines[1:]]


def test_two_sessions_at_once_keep_all_their_history_lines(home):
    """Issue 16: the later session used to rewrite the file with its own lines only.
    Both run at the same time, their lines interleaved, and both leave."""
    a = start(home)
    b = start(home)
    typed = []
    for topic_a, topic_b in [("solve", "save"), ("show", "export"), ("load", "record")]:
        for child, topic in ((a, topic_a), (b, topic_b)):
            child.send(f"help {topic}\r")
            child.expect(f"usage: {topic}")
            child.expect(DEFAULT)
            typed.append(f"help {topic}")
    assert finish(a) == 0
    assert finish(b) == 0
    assert history_lines(os.path.join(home, "hist")) == typed


def test_history_through_a_symbolic_link_keeps_the_link_and_a_plain_file_its_lines(home):
    real = os.path.join(home, "real-history")
    with open(real, "w") as f:
        f.write("help solve\nclassify\n")  # plain lines, as another tool writes them
    link = os.path.join(home, "hist-link")
    os.symlink(real, link)
    child = start(home, BRINK_HISTORY=link)
    child.send("\x1b[A")  # the last line of the plain file
    child.send("\r")
    child.expect("is Prisoner")
    child.expect(DEFAULT)
    child.send("help show\r")
    child.expect("usage: show")
    child.expect(DEFAULT)
    assert finish(child) == 0
    assert os.path.islink(link)
    with open(real) as f:
        assert f.read().splitlines() == ["help solve", "classify", "classify", "help show"]


def test_a_history_in_a_missing_folder_is_reported(home):
    missing = os.path.join(home, "no", "such", "hist")
    assert_history_refused(home, missing, r"warning: cannot save the history in '.*no/such/hist': No such file or directory")
