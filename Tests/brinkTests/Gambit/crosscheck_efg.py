#!/usr/bin/env python3
"""Cross-check `brink solve --json` on signalling games (.efg) against pygambit.

Optional: needs pygambit (`pip install pygambit`); `swift test` never runs it, and
without pygambit this script says so and exits 0.

    python3 Tests/brinkTests/Gambit/crosscheck_efg.py .build/debug/brink Scenarios/*.efg
    python3 Tests/brinkTests/Gambit/crosscheck_efg.py .build/debug/brink --random 30

`--random N` writes N seeded random two-type signalling games (two or three
messages, two replies, small integer payoffs, so with ties) and checks those.

For each file brink reads as a signalling game, every perfect Bayesian equilibrium
it reports (with the first supporting reply after an unsent message, at the lowest
probability brink lists) is loaded into a pygambit behaviour profile and checked:
1. Gambit's own regret (`max_regret`) is exactly zero: the profile is a Nash
   equilibrium of the tree;
2. Gambit's beliefs (`belief`) at the receiver's nodes after every sent message
   equal brink's Bayes beliefs;
3. every equilibrium in which each type sends one message is among the pure Nash
   equilibria Gambit's `enumpure_solve` finds on the strategic form.
Exit status 1 on any difference.
"""
import json
import random
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

try:
    import pygambit as gbt
except ImportError:
    print("pygambit is not installed: the .efg cross-check is skipped (pip install pygambit)")
    sys.exit(0)


def rational(text):
    return gbt.Rational(Fraction(text).numerator, Fraction(text).denominator)


def brink_report(brink, path):
    run = subprocess.run([brink, "solve", "--json", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(run.stderr)
    return json.loads(run.stdout)


def behaviour(game, report, equilibrium):
    """The equilibrium as a pygambit behaviour profile, and the receiver's sets."""
    profile = game.mixed_behavior_profile(rational=True)
    type_nodes = list(game.root.children)
    for t, node in enumerate(type_nodes):
        for m, action in enumerate(node.infoset.actions):
            profile[action] = rational(equilibrium["strategy"][t][m])
    receiver_sets = [list(type_nodes[0].children)[m].infoset for m in range(len(report["messages"]))]
    for m, infoset in enumerate(receiver_sets):
        if equilibrium["onPath"][m]:
            mix = [Fraction(x) for x in equilibrium["replies"][m]]
        else:
            support = equilibrium["offPath"][m][0]
            names = report["replies"][m]
            first = Fraction(support["probability"][0])
            mix = [Fraction(0)] * len(names)
            mix[names.index(support["replies"][0])] = first
            if len(support["replies"]) > 1:
                mix[names.index(support["replies"][1])] = 1 - first
        for action, p in zip(infoset.actions, mix):
            profile[action] = gbt.Rational(p.numerator, p.denominator)
    return profile, type_nodes, receiver_sets


def pure_choice(profile, infoset):
    """The index of the action a pure behaviour profile takes at `infoset`."""
    actions = list(infoset.actions)
    return max(range(len(actions)), key=lambda k: profile[actions[k]])


def pure_sender_outcomes(game):
    """(sender's message per type, on-path reply per sent message) of Gambit's pure equilibria."""
    found = set()
    for eq in gbt.nash.enumpure_solve(game).equilibria:
        b = eq.as_behavior()
        types = list(game.root.children)
        sends = tuple(pure_choice(b, n.infoset) for n in types)
        replies = tuple((m, pure_choice(b, list(types[0].children)[m].infoset)) for m in sorted(set(sends)))
        found.add((sends, replies))
    return found


def check(brink, path):
    report = brink_report(brink, path)
    if report.get("kind") != "signalling":
        print(f"{path}: not a signalling game; skipped")
        return 0
    game = gbt.read_efg(str(path))
    gambit_pure = pure_sender_outcomes(game)
    problems = 0
    for k, e in enumerate(report["equilibria"], start=1):
        profile, type_nodes, receiver_sets = behaviour(game, report, e)
        regret = profile.max_regret()
        if regret != 0:
            problems += 1
            print(f"{path}: equilibrium {k}: Gambit's regret is {regret}, not 0")
        for m, infoset in enumerate(receiver_sets):
            if not e["onPath"][m]:
                continue
            node = list(type_nodes[0].children)[m]
            if Fraction(str(profile.belief(node))) != Fraction(e["beliefs"][m]):
                problems += 1
                print(f"{path}: equilibrium {k}: after {report['messages'][m]} Gambit believes "
                      f"{profile.belief(node)}, brink {e['beliefs'][m]}")
        if all(sorted(Fraction(x) for x in row)[-1] == 1 for row in e["strategy"]):
            sends = tuple([Fraction(x) for x in row].index(1) for row in e["strategy"])
            replies = tuple((m, [Fraction(x) for x in e["replies"][m]].index(1)) for m in sorted(set(sends))
                            if 1 in [Fraction(x) for x in e["replies"][m]])
            if len(replies) == len(set(sends)) and (sends, replies) not in gambit_pure:
                problems += 1
                print(f"{path}: equilibrium {k}: not among Gambit's pure equilibria {sorted(gambit_pure)}")
    verdict = "agree" if problems == 0 else "DIFFERENT"
    print(f"{path}: {len(report['equilibria'])} equilibria; Gambit and brink {verdict}")
    return problems


def random_games(count, folder):
    rng = random.Random(2026)
    for k in range(count):
        messages = ["m0", "m1", "m2"][: rng.choice([2, 2, 3])]
        prior = rng.randint(1, 9)
        lines = [f'EFG 2 R "random signalling {k}" {{ "Sender" "Receiver" }}', '""',
                 f'c "" 1 "" {{ "t0" {prior}/10 "t1" {10 - prior}/10 }} 0']
        outcome = 0
        for t in range(2):
            names = " ".join(f'"{m}"' for m in messages)
            lines.append(f'p "" 1 {t + 1} "t{t}" {{ {names} }} 0')
            for m in range(len(messages)):
                lines.append(f'p "" 2 {m + 1} "after {messages[m]}" {{ "a0" "a1" }} 0')
                for _ in range(2):
                    outcome += 1
                    lines.append(f't "" {outcome} "" {{ {rng.randint(-3, 3)}, {rng.randint(-3, 3)} }}')
        path = Path(folder) / f"signalling{k}.efg"
        path.write_text("\n".join(lines) + "\n")
        yield path


def main():
    brink, rest = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        paths = list(random_games(int(rest[1]), folder)) if rest[:1] == ["--random"] else rest
        problems = sum(check(brink, p) for p in paths)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
