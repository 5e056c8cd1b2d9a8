"""Warm start through a 120×40 pseudo-terminal, against `dialtone sandbox serve` answering every
request 300 ms late: without a cache the first page appears as soon as the answer arrives; with
the page an earlier run saved it is drawn within 50 ms, marked with its age, then refreshed.

    python3 warm_start.py DIALTONE [--db SANDBOX.sqlite] [--latency 300] [--runs 7]
"""
import argparse
import fcntl
import json
import os
import signal
import struct
import sys
import termios
import urllib.request

from cli_vs_sdk import serving
from pty_session import PtySession
from rows import emit, median, private_environment

VOBIZ_ID = "MA_DTSBX001"
VOBIZ_TOKEN = "vbz_sandbox_main_7Qm2Lx9Rk4Tz8Wc1"
PAGE_TEXT = "page 1/"
SAVED_MARK = "saved "


def set_faults(base, faults):
    request = urllib.request.Request(base + "/_sandbox/faults", data=json.dumps(faults).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        if answer.status != 200:
            raise SystemExit(f"faults answered {answer.status}")


def first_page(dialtone, env):
    """Milliseconds to the first page, whether it was the saved one, and whether the fresh page then replaced it."""
    session = PtySession([dialtone], env)
    try:
        shown = session.wait_for(PAGE_TEXT, timeout=60)
        saved = SAVED_MARK in session.screen_text()
        refreshed = None
        if saved:
            session.quiet(gap=0.4, limit=10)  # the spinner stops once the fresh page is in
            refreshed = SAVED_MARK not in redrawn(session)
        return (shown * 1000 if shown is not None else float("inf")), saved, refreshed
    finally:
        session.close()


def redrawn(session):
    """The whole screen as drawn again after a resize (one column wider: same table rows)."""
    session.output.clear()
    fcntl.ioctl(session.master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 121, 0, 0))
    os.killpg(session.pid, signal.SIGWINCH)
    session.wait_for(PAGE_TEXT, timeout=5)
    session.quiet(gap=0.2, limit=2)
    return session.screen_text()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dialtone")
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--latency", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with serving(args.dialtone, args.db, private_environment()) as base:
        set_faults(base, {"latency_ms": args.latency})
        profile = {"VOBIZ_AUTH_ID": VOBIZ_ID, "VOBIZ_AUTH_TOKEN": VOBIZ_TOKEN, "DIALTONE_BASE_URL": base}
        cold, cold_saved = [], 0
        for _ in range(args.runs):
            elapsed, saved, _ = first_page(args.dialtone, private_environment(profile))  # a fresh cache each time
            cold.append(elapsed)
            cold_saved += saved
        cold_budget = args.latency + 100
        emit("start.cold", f"start → first page, no cache, provider answers after {args.latency} ms",
             f"{median(cold):.0f} ms", f"≤ {cold_budget} ms", median(cold) <= cold_budget and cold_saved == 0,
             f"median of {args.runs}: " + ", ".join(f"{t:.0f}" for t in cold) + f" ms; saved pages shown: {cold_saved} (must be 0)")

        env = private_environment(profile)
        _, primed, _ = first_page(args.dialtone, env)  # the run that saves the page
        warm, warm_saved, refreshed = [], 0, 0
        for _ in range(args.runs):
            elapsed, saved, fresh = first_page(args.dialtone, env)
            warm.append(elapsed)
            warm_saved += saved
            refreshed += bool(fresh)
        checks = warm_saved == args.runs and refreshed == args.runs and not primed
        emit("start.warm", f"start → first page drawn from the saved page (provider {args.latency} ms)",
             f"{median(warm):.0f} ms", "≤ 50 ms", median(warm) <= 50 and checks,
             f"median of {args.runs}: " + ", ".join(f"{t:.0f}" for t in warm) +
             f" ms; marked saved: {warm_saved}/{args.runs}; replaced by the fresh page: {refreshed}/{args.runs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
