#!/usr/bin/env python3
"""Time and memory of `brink check` on generated scenarios of 1, 2, 4, 8 and 16 MiB
(issue 16: "memory and time of check linear in the file with a small constant").

Each file mixes what a large scenario is made of, in fixed shares of its size, so
that every part grows with the file: states with full 15 x 15 payoff tables and a
transition per row (15 %, at most 1,000 states: `Limits.maximumStates`), a script of
one entry per round (35 %), dated events (25 %) and sources with long notes (25 %).
The 16 MiB file stays under the input limit (`Limits.maximumInputBytes`).

    python3 Tests/bench/check_scaling.py BRINK [SIZES_MIB...]

prints, per size, the file's bytes, wall-clock seconds, peak resident memory (from
`/usr/bin/time`, which the kernel reports for the child) and both per MiB of input:
linear growth keeps the per-MiB columns flat. `make check-scaling` runs it on the
release build. A file that does not check clean is an error of this script.
"""
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta

MOVES = 15
START = date(2025, 1, 6)


def scenario(target):
    """Scenario text of about `target` bytes (a little under)."""
    states = max(2, min(1000, int(target * 0.15) // 2900))
    head = ["format: brink-scenario/1", "name: scaling", "players:"]
    for player in ("US", "China"):
        head.append(f"  {player}:")
        head.append("    moves:")
        head += [f"      m{i}: {{posture: {'hold' if i % 2 == 0 else 'escalate'}}}" for i in range(MOVES)]
    body = ["states:"]
    for s in range(states):
        body.append(f"  s{s}:")
        body.append(f"    moves: {{US: [{', '.join(f'm{i}' for i in range(MOVES))}], China: [{', '.join(f'm{i}' for i in range(MOVES))}]}}")
        body.append("    payoffs:")
        for r in range(MOVES):
            cells = ", ".join(f"[{(r * 7 + c * 3 + s) % 11 - 5}, {(r * 5 + c + s) % 9 - 4}]" for c in range(MOVES))
            body.append(f"      m{r}: [{cells}]")
        body.append("    transitions:")
        for r in range(MOVES):
            body.append(f"      m{r}/any: {{s{(s + 1 + r) % states}: 1/2, s{(s + r * 3) % states}: 1/2}}")
    # The rest: a script (one entry per round), events and sources, in fixed shares.
    used = sum(len(line) + 1 for line in head + body) + 200
    rest = max(0, target - used)
    script_entries = min(100_000, int(rest * 0.35 / 2) // 75 * 2)
    rounds = max(1, script_entries)
    events = int(rest * 0.25) // 70
    sources = int(rest * 0.25) // 130
    calendar = [f"calendar: {{start: {START}, step: 1, rounds: {rounds}}}"]
    src = ["sources:"] + [f"  - {{id: src{i}, title: Source number {i}, note: {'A note about where this figure comes from. ' * 2}}}"
                          for i in range(max(1, sources))]
    ev = ["events:"] + [f"  - {{name: e{i}, date: {START + timedelta(days=i % rounds)}, goto: s{i % states}}}"
                        for i in range(events)] if events else []
    sc = ["script:"] + [f"  - {{round: {r + 1}, state: s{r % states}, US: m{r % MOVES}, China: m{(r * 7) % MOVES}, source: src0}}"
                        for r in range(script_entries)] if script_entries else []
    text = "\n".join(head + src + calendar + body + ev + sc) + "\n"
    # Estimates fall short: more sources make up the size.
    line = len(src[-1]) + 1
    more = [src[-1].replace(f"src{sources - 1}", f"extra{i}") for i in range(max(0, target - len(text)) // (line + 2))]
    return "\n".join(head + src + more + calendar + body + ev + sc) + "\n"


def measure(brink, path):
    """(seconds, peak KiB) of `brink check path`; fails on a non-zero status."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M", brink, "check", path],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    last = run.stderr.strip().splitlines()[-1]
    if run.returncode != 0:
        sys.exit(f"brink check failed on {path}:\n{run.stderr[-2000:]}")
    seconds, kib = last.split()
    return float(seconds), int(kib)


def main():
    brink = sys.argv[1]
    sizes = [int(x) for x in sys.argv[2:]] or [1, 2, 4, 8, 16]
    limit = 16 * 1024 * 1024
    print(f"{'MiB':>4} {'bytes':>10} {'seconds':>8} {'peak MiB':>9} {'s/MiB':>7} {'peak/MiB':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for mib in sizes:
            text = scenario(min(mib * 1024 * 1024, limit) - 4096)
            path = os.path.join(folder, f"scaling-{mib}.yaml")
            with open(path, "w") as f:
                f.write(text)
            size = os.path.getsize(path)
            seconds, kib = measure(brink, path)
            peak = kib / 1024
            print(f"{mib:>4} {size:>10} {seconds:>8.2f} {peak:>9.1f} {seconds / (size / 2**20):>7.3f} {peak / (size / 2**20):>9.1f}",
                  flush=True)


if __name__ == "__main__":
    main()
