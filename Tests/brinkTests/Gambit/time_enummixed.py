#!/usr/bin/env python3
"""Time Gambit's enummixed on .nfg files, for the figure brink's `degenerate`
benchmark is compared with (issue 11: at least 10x faster than Gambit's
floating-point enummixed on 10x10 games with payoffs in 0..2).

Optional: needs pygambit (`pip install pygambit`); `make test` never runs it.

    mkdir -p /tmp/games
    .build/release/brink-bench --only degenerate --games-out /tmp/games
    python3 Tests/brinkTests/Gambit/time_enummixed.py /tmp/games/degenerate-10x10-*.nfg

Prints the median wall-clock time per game of enummixed in floating point (what
`gambit-enummixed` runs by default; with --exact, also in exact rationals, which
takes a minute a game at 10x10), and the number of
distinct extreme equilibria it finds (brink-bench prints its own count beside its
time; Tests/brinkTests/Gambit/crosscheck.py compares the sets exactly).
"""
import statistics
import sys
import time

import pygambit as gbt


def timed(game, rational):
    start = time.perf_counter()
    result = gbt.nash.enummixed_solve(game, rational=rational)
    seconds = time.perf_counter() - start
    # Gambit may list one equilibrium more than once in a degenerate game: count
    # distinct profiles (floating-point ones rounded to 9 places).
    distinct = {tuple(round(float(profile[s]), 9) for player in game.players for s in player.strategies)
                for profile in result.equilibria}
    return seconds, len(distinct)


def main(arguments):
    exact = "--exact" in arguments
    paths = [a for a in arguments if a != "--exact"]
    if not paths:
        sys.exit(__doc__)
    for rational in (False, True) if exact else (False,):
        times, count = [], 0
        for path in paths:
            seconds, found = timed(gbt.read_nfg(path), rational)
            times.append(seconds)
            count += found
        label = "exact" if rational else "floating point"
        print(f"Gambit enummixed ({label}), {len(paths)} games: median {statistics.median(times) * 1000:.1f} ms, "
              f"max {max(times) * 1000:.1f} ms, equilibria {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
