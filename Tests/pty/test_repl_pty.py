"""Real-terminal tests of the brink REPL, in a pseudo-terminal via pexpect.

Run by `make pty-test` (part of `make test`); shared set-up in conftest.py.
"""
import os
import subprocess

import pexpect

from conftest import BRINK, DEFAULT_PROMPT as SCENARIO_PROMPT, finish, start

PROMPT = r"brink chicken \[round \d+\]>(?:\x1b\[0m)? "


def spawn(home, game="chicken"):
    """Starts the REPL (on the default scenario) and, unless game is None, loads a
    built-in game so the tests below have short, stable names to type."""
    child = start(home)
    if game:
        child.send(f"load {game}\r")
        child.expect(PROMPT)
    return child


def test_tab_completes_a_command(home):
    child = spawn(home)
    child.send("clas\t")
    child.send("\r")
    child.expect("chicken is Chicken")
    child.expect(PROMPT)
    assert finish(child) == 0


def test_tab_completes_move_names(home):
    child = spawn(home)
    child.send("play US=Esc\t")
    child.send("Chi\t")
    child.send("Yi\t")
    child.send("\r")
    child.expect(r"Round 1: US Escalate, China Yield -> payoffs US 1, China -1")
    child.expect(r"brink chicken \[round 2\]>(?:\x1b\[0m)? ")
    assert finish(child) == 0


def test_default_scenario_prompt_and_move_completion(home):
    child = spawn(home, game=None)
    child.send("play US=tar\t")
    child.send("China=enf\t")
    child.send("\r")
    child.expect(r"Round 1: US tariff, China enforce")
    child.expect(r"brink us-china-2025-10 \[escalation, round 2\]>(?:\x1b\[0m)? ")
    assert finish(child) == 0


def test_tab_lists_choices_when_ambiguous(home):
    child = spawn(home)
    child.send("s\t")  # scenarios, show, solve, set, ... share only "s"
    child.expect("simulate")
    child.send("olve\r")
    child.expect("by vertex enumeration")
    child.expect(PROMPT)
    assert finish(child) == 0


def test_up_recalls_the_last_line(home):
    child = spawn(home)
    child.send("classify\r")
    child.expect("chicken is Chicken")
    child.expect(PROMPT)
    child.send("\x1b[A")
    child.send("\r")
    child.expect("chicken is Chicken")
    child.expect(PROMPT)
    assert finish(child) == 0


def test_ctrl_r_searches_the_history(home):
    child = spawn(home)
    child.send("classify\r")
    child.expect("chicken is Chicken")
    child.expect(PROMPT)
    child.send("scenarios\r")
    child.expect("Classic 2x2 games")
    child.expect(PROMPT)
    child.sendcontrol("r")
    child.send("clas")
    child.send("\r")
    child.expect("chicken is Chicken")
    child.expect(PROMPT)
    assert finish(child) == 0


def test_history_survives_a_restart(home):
    child = spawn(home)
    child.send("scenarios\r")
    child.expect("Classic 2x2 games")
    child.expect(PROMPT)
    assert finish(child) == 0
    assert "scenarios" in open(os.path.join(home, "hist")).read()
    child = spawn(home, game=None)
    child.send("\x1b[A")
    child.send("\r")
    child.expect("Classic 2x2 games")
    child.expect(SCENARIO_PROMPT)
    assert finish(child) == 0


def test_ctrl_c_at_the_prompt_clears_the_line(home):
    child = spawn(home)
    child.send("abc")
    child.expect("abc")  # libedit has echoed the typing: the line is in its buffer
    child.sendcontrol("c")
    child.expect(PROMPT)
    child.send("solve\r")
    child.expect("by vertex enumeration")
    child.expect(PROMPT)
    assert "abcsolve" not in child.before
    assert finish(child) == 0


def test_ctrl_c_interrupts_a_long_command(home):
    child = spawn(home)
    child.send("set payoff Yield Yield US 1/2\r")
    child.expect(PROMPT)
    child.send("simulate 1000000000\r")
    child.expect(r"\] +\d+%")  # the progress bar is drawn
    child.sendcontrol("c")
    child.expect(r"interrupted after \d+ of 1000000000 rounds", timeout=10)
    child.expect(PROMPT)
    # The session and its edit survived.
    child.send("undo\r")
    child.expect("Undid set payoff")
    child.expect(PROMPT)
    assert finish(child) == 0


def test_ctrl_c_interrupts_a_scenario_simulation(home):
    child = spawn(home, game=None)
    child.send("set discount 9/10\r")
    child.expect(SCENARIO_PROMPT)
    child.send("simulate 10000000\r")
    # Solved, compiled, and paths are running: the bar counts paths of 10000000 (before
    # them, the same bar counts the solve's nodes).
    child.expect(r"\] +\d+% \d+/10000000", timeout=30)
    child.sendcontrol("c")
    # The heading may be wrapped to the terminal's width between any two words.
    child.expect(r"of\s+10000000\s+\(stopped\s+early\)", timeout=20)
    child.expect(SCENARIO_PROMPT)
    child.send("undo\r")
    child.expect("Undid set discount")
    child.expect(SCENARIO_PROMPT)
    assert finish(child) == 0


def test_ctrl_d_exits_zero(home):
    child = spawn(home)
    assert finish(child) == 0


def test_quit_exits_zero(home):
    child = spawn(home)
    child.send("quit\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def run_piped(args, stdin=""):
    return subprocess.run([BRINK] + args, input=stdin, capture_output=True, text=True, timeout=60)


def test_piped_input_runs_without_prompts():
    r = run_piped([], "load chicken\nplay US=Escalate China=Yield\n# a comment\nhistory\n")
    assert r.returncode == 0
    assert r.stderr == ""
    assert r.stdout == (
        "Loaded chicken: Chicken: escalating wins only if the other side yields; a clash is the worst outcome.\n"
        "Round 1: US Escalate, China Yield -> payoffs US 1, China -1.\n"
        "Totals after 1 round: US 1, China -1. Next: round 2, same stage game.\n"
        "1  load chicken\n"
        "2  play US=Escalate China=Yield\n"
    )


def test_piped_failure_stops_with_line_number():
    r = run_piped([], "load chicken\nclassify\nslove\nsolve\n")
    assert r.returncode == 1
    assert r.stderr.startswith("<stdin>:3: error: unknown command 'slove'\n  did you mean 'solve'?")
    assert "Nash" not in r.stdout


def test_run_script_and_keep_going(tmp_path):
    script = tmp_path / "s.brink"
    script.write_text("load chicken\nshow nowhere\nclassify\n")
    r = run_piped(["run", str(script)])
    assert r.returncode == 1
    assert r.stderr.startswith(f"{script}:2: error: no state named 'nowhere'")
    assert "chicken is Chicken" not in r.stdout
    r = run_piped(["run", "--keep-going", str(script)])
    assert r.returncode == 1
    assert "chicken is Chicken." in r.stdout


def test_dash_c_runs_commands():
    r = run_piped(["-c", "load prisoners-dilemma; classify"])
    assert r.returncode == 0
    assert "prisoners-dilemma is Prisoner's Dilemma." in r.stdout
    r = run_piped(["-c", "load nowhere"])
    assert r.returncode == 1
    assert r.stderr.startswith("-c, command 1 (load nowhere): error: no scenario named 'nowhere'")


def test_dash_c_names_the_failing_command_and_keeps_going():
    # The second of three commands fails: the message names it and its place; without
    # --keep-going the third does not run, with it the third runs (exit still 1).
    r = run_piped(["-c", "load chicken; load 'no where'; classify"])
    assert r.returncode == 1
    assert r.stderr.startswith("-c, command 2 (load \"no where\"): error: no scenario named 'no where'")
    assert "Chicken" not in r.stdout.split("\n", 1)[1]
    r = run_piped(["--keep-going", "-c", "load chicken; load 'no where'\nclassify"])
    assert r.returncode == 1
    assert '-c, command 2 (load "no where")' in r.stderr
    assert "chicken is Chicken" in r.stdout


def test_record_then_replay_as_script(tmp_path):
    t = tmp_path / "t.brink"
    r = run_piped(["-c", f"record {t}; load chicken; play US=Yield China=Escalate; set seed 3"])
    assert r.returncode == 0
    r = run_piped(["run", str(t)])
    assert r.returncode == 0
    assert "Round 1: US Yield, China Escalate" in r.stdout
