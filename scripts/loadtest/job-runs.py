#!/usr/bin/env python3
"""Reads the instances' logs of the scale-out test and shows that each scheduled job ran once per
period across all instances: ShedLock logs (at DEBUG) "Locked 'job'" when an instance takes a
job's lock and runs it, and "Not executing 'job'. It's locked." when another holds it. For each job
it prints the runs per instance, the runs skipped because another instance held the lock, and the
shortest time between two runs, which must not be below the job's lock-at-least-for (less a small
allowance for logging): two runs within one period would be one run too many.

Usage: job-runs.py JOB=SECONDS[,JOB=SECONDS...] NAME=LOG [NAME=LOG...]
Exits 1 when a job ran twice within its period, never ran twice, or was never refused to an
instance (then the test did not show that several instances compete for it).
"""
import datetime
import re
import sys

ALLOWANCE = 0.25
LINE = re.compile(r"^(\S+)\s.*DefaultLockingTaskExecutor\s*:\s*(Locked|Not executing) '([^']+)'")


def main():
    periods = {}
    for item in sys.argv[1].split(","):
        job, seconds = item.split("=")
        periods[job] = float(seconds)
    runs = {job: [] for job in periods}
    skipped = {job: 0 for job in periods}
    for argument in sys.argv[2:]:
        name, path = argument.split("=", 1)
        with open(path, encoding="utf-8", errors="replace") as log:
            for line in log:
                match = LINE.match(line)
                if not match or match.group(3) not in periods:
                    continue
                job = match.group(3)
                if match.group(2) == "Locked":
                    runs[job].append((datetime.datetime.fromisoformat(match.group(1)), name))
                else:
                    skipped[job] += 1
    failed = False
    for job, at_least in periods.items():
        times = sorted(runs[job])
        per_instance = {}
        for _, name in times:
            per_instance[name] = per_instance.get(name, 0) + 1
        gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(times, times[1:])]
        closest = min(gaps) if gaps else float("nan")
        too_close = sum(1 for gap in gaps if gap < at_least - ALLOWANCE)
        problems = []
        if len(times) < 2:
            problems.append("ran fewer than twice")
        if too_close:
            problems.append("%d run(s) within one period of the previous" % too_close)
        if skipped[job] == 0:
            problems.append("no instance was ever refused the lock")
        failed = failed or bool(problems)
        print("JOB %-22s runs %3d (%s), skipped as locked %3d, closest two runs %.2f s (lock at least %.1f s)%s" % (
            job, len(times), ", ".join("%s %d" % kv for kv in sorted(per_instance.items())) or "none",
            skipped[job], closest, at_least, ": FAILED, " + "; ".join(problems) if problems else ""))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
