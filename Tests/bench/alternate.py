#!/usr/bin/env python3
"""Mean wall time of two commands run in turn, for a ratio that the machine's drift does not bend.

    alternate.py RUNS WARMUP DIR COMMAND_A COMMAND_B

Runs each command WARMUP times, then RUNS times each in the order A B B A A B B A ... (so a
machine that speeds up or slows down during the measurement weighs on both alike), each through
`sh -c` in DIR with its output thrown away, and prints the two mean wall times in seconds,
"A B", with three decimals. Exits 1 if a run fails, naming the command. Used by run_bench.sh for
ctst against the C floor, where hyperfine would time all of A's runs and then all of B's.
"""
import subprocess
import sys
import time


def timed(command, directory):
    start = time.perf_counter()
    done = subprocess.run(command, shell=True, cwd=directory, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("error: exit %d from: %s" % (done.returncode, command))
    return elapsed


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    runs, warmup, directory = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    commands = sys.argv[4:6]
    for _ in range(warmup):
        for command in commands:
            timed(command, directory)
    totals = [0.0, 0.0]
    for turn in range(runs):
        order = (0, 1) if turn % 2 == 0 else (1, 0)
        for index in order:
            totals[index] += timed(commands[index], directory)
    print("%.3f %.3f" % (totals[0] / runs, totals[1] / runs))


if __name__ == "__main__":
    main()
