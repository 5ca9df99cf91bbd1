#!/usr/bin/env python3
"""Cross-check `brink solve --json` against Gambit's own enummixed, exactly.

Optional: needs pygambit (`pip install pygambit`); `swift test` never runs it.

    python3 Tests/brinkTests/Gambit/crosscheck.py .build/debug/brink FILE.nfg...
    python3 Tests/brinkTests/Gambit/crosscheck.py .build/debug/brink --random 20

For each two-player game, the set of extreme equilibria brink reports must equal
the set Gambit's `enummixed_solve(rational=True)` reports. `--random N` writes N
seeded random games (half with payoffs in 0..2, so with many ties, i.e.
degenerate) to a temporary folder and checks those. Exit status 1 on any
difference.
"""
import json
import random
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import pygambit as gbt


def gambit_equilibria(path):
    game = gbt.read_nfg(str(path))
    found = set()
    for profile in gbt.nash.enummixed_solve(game, rational=True).equilibria:
        # Read each strategy's probability through the profile: the repr of a
        # profile differs between pygambit versions (16.7 prints lists, 17 dicts).
        found.add(tuple(tuple(Fraction(str(profile[s])) for s in player.strategies)
                        for player in game.players))
    return found


def brink_equilibria(brink, path):
    run = subprocess.run([brink, "solve", "--json", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(run.stderr)
    return {tuple(tuple(Fraction(p) for p in x) for x in e["profile"])
            for e in json.loads(run.stdout)["equilibria"]}


def random_games(count, folder):
    rng = random.Random(2026)
    for k in range(count):
        m, n = rng.randint(1, 6), rng.randint(1, 6)
        low, high = (0, 2) if k % 2 == 0 else (-10, 10)
        values = [rng.randint(low, high) for _ in range(2 * m * n)]
        path = Path(folder) / f"random{k}.nfg"
        path.write_text(f'NFG 1 R "random {k}" {{ "A" "B" }} {{ {m} {n} }}\n'
                        + " ".join(map(str, values)) + "\n")
        yield path


def main():
    brink, rest = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory() as folder:
        paths = list(random_games(int(rest[1]), folder)) if rest[:1] == ["--random"] else rest
        differences = 0
        for path in paths:
            ours, theirs = brink_equilibria(brink, path), gambit_equilibria(path)
            if ours == theirs:
                print(f"{path}: same {len(ours)} extreme equilibria")
            else:
                differences += 1
                print(f"{path}: DIFFERENT\n  only brink: {sorted(ours - theirs)}\n  only Gambit: {sorted(theirs - ours)}")
        print(f"{len(paths) - differences} of {len(paths)} games agree")
        sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
