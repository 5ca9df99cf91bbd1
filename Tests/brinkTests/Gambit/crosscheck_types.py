#!/usr/bin/env python3
"""Cross-check brink's perfect Bayesian solve of scenarios with types against pygambit.

Optional (`make gambit-check`); without pygambit it says so and exits 0.

    python3 Tests/brinkTests/Gambit/crosscheck_types.py .build/debug/brink Scenarios/bluff-ladder.yaml

For each scenario: brink exports its tree (`export efg`: types a chance move,
information sets by own type; Docs/signalling.md), pygambit reads it and lists
the extreme Nash equilibria of its strategic form (`enummixed_solve`, exact); the
ex ante payoffs of brink's selected equilibrium (`brink solve --json`: values by
type profile weighted by the priors) must be those of one of Gambit's equilibria
(a PBE is a Nash equilibrium of the tree, and its payoffs are a convex combination
of extreme ones, so the check is: some Gambit equilibrium, or mixture of two on one
segment, pays the same; for the teaching scenario one extreme equilibrium does).
Exit status 1 on a difference.
"""
import json
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

try:
    import pygambit as gbt
except ImportError:
    print("pygambit is not installed: the typed-scenario cross-check is skipped (pip install pygambit)")
    sys.exit(0)


def main():
    brink, files = sys.argv[1], sys.argv[2:]
    failed = False
    for path in files:
        with tempfile.TemporaryDirectory() as tmp:
            efg = Path(tmp) / "tree.efg"
            run = subprocess.run([brink], input=f"load {path}\nexport efg {efg}\n", capture_output=True, text=True)
            if not efg.exists():
                print(f"{path}: export failed: {run.stdout}{run.stderr}")
                failed = True
                continue
            game = gbt.read_efg(str(efg))
        report = json.loads(subprocess.run([brink, "solve", "--json", path], capture_output=True, text=True, check=True).stdout)
        priors = [[Fraction(v) for v in t.values()] or [Fraction(1)] for t in report["types"]]
        values = report["values"]
        brink_payoffs = [sum(priors[0][a] * priors[1][c] * Fraction(values[a][c][p])
                             for a in range(len(priors[0])) for c in range(len(priors[1]))) for p in range(2)]
        result = gbt.nash.enummixed_solve(game, rational=True)
        players = list(game.players)
        gambit = [[Fraction(str(e.payoff(pl))) for pl in players] for e in result.equilibria]
        ok = brink_payoffs in gambit
        print(f"{path}: brink's selected PBE pays {[str(x) for x in brink_payoffs]}; Gambit's extreme equilibria pay "
              f"{[[str(x) for x in g] for g in gambit]}: {'agree' if ok else 'DIFFER'}")
        failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
