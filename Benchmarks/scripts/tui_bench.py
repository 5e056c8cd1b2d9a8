"""TUI rows of DESIGN §6 measured on the real ncurses output through a 120×40 pseudo-terminal:
start → first page drawn, bytes per one-row move and per page flip, idle CPU, and a soak of
scripted keys (RSS growth, no crash).

    python3 tui_bench.py DIALTONE [--db SANDBOX.sqlite] [--idle 60] [--keys 10000]
"""
import argparse
import os
import sys
import time

from pty_session import PtySession
from rows import emit, median, private_environment

PAGE_TEXT = "page 1/"
PGDN, PGUP = "\x1b[6~", "\x1b[5~"


def start(dialtone, env):
    session = PtySession([dialtone], env)
    first = session.wait_for(PAGE_TEXT, timeout=60)
    return session, first


def start_rows(dialtone, env):
    warm, first = start(dialtone, env)  # seeds the sandbox file the first time
    warm.close()
    if first is None:
        emit("start.first_page", "start → first page drawn", "no 'page 1/'", "≤ 100 ms", False,
             "the TUI exited or did not show 'page 1/' within 60 s; its last output: " + warm.screen_text()[-300:].replace("\n", " "))
        return False
    times = []
    for _ in range(7):
        session, first = start(dialtone, env)
        session.close()
        times.append(first * 1000 if first else float("inf"))
    emit("start.first_page", "start → first page drawn (pty, seeded sandbox)", f"{median(times):.1f} ms", "≤ 100 ms",
         median(times) <= 100, "median of 7 starts: " + ", ".join(f"{t:.0f}" for t in times) + " ms")
    return True


def byte_rows(dialtone, env):
    session, _ = start(dialtone, env)
    session.quiet(0.4)
    moves = [session.press(key)[0] for key in "j" * 10 + "k" * 10]
    flips, firsts = [], []
    for key in [PGDN] * 4 + [PGUP] * 2:
        time.sleep(0.5)  # the next page's prefetch lands
        count, first, _ = session.press(key)
        flips.append(count)
        firsts.append((first or 0) * 1000)
    session.close()
    emit("bytes.row", "bytes per one-row move (j/k, 120×40, pty)", f"{median(moves)} B (max {max(moves)})", "≤ 300 B",
         max(moves) <= 300, "20 moves: " + " ".join(map(str, moves)))
    emit("bytes.page", "bytes per page flip (PgDn/PgUp, prefetched)", f"{median(flips)} B (max {max(flips)})", "≤ 3 KB",
         max(flips) <= 3072, "flips: " + " ".join(map(str, flips)) + "; first byte after " +
         ", ".join(f"{f:.1f}" for f in firsts) + " ms")


def soak_rows(dialtone, env, idle, keys):
    session, _ = start(dialtone, env)
    session.quiet(0.5)
    ticks, began = session.cpu_ticks(), time.perf_counter()
    deadline = began + idle
    while time.perf_counter() < deadline:
        session.read(0.5)  # drain, never write
    used = (session.cpu_ticks() - ticks) / os.sysconf("SC_CLK_TCK")
    cpu = 100 * used / (time.perf_counter() - began)
    emit("soak.idle", f"idle {idle} s: CPU", f"{cpu:.2f} %", "~0 %", cpu < 0.5, f"{used:.2f} s CPU in {idle} s")

    script = ["j"] * 6 + ["k"] * 3 + [PGDN, "j", "j", PGUP, "G", "g", "\t", "j", "k", "\t", "?", "\x1b", "s", "r", "k"]
    warm = 1000
    baseline, peak, sent = 0.0, 0.0, 0
    for index in range(keys):
        session.send(script[index % len(script)])
        sent += 1
        session.read(0.0005)
        if index == warm:
            session.quiet(0.3)
            baseline = session.rss_megabytes()
        if index > warm and index % 500 == 0:
            peak = max(peak, session.rss_megabytes())
        if not session.alive():
            break
    session.quiet(0.5)
    alive = session.alive()
    final = session.rss_megabytes() if alive else 0.0
    peak = max(peak, final)
    session.close()
    growth = 100 * (final - baseline) / baseline if baseline else float("inf")
    emit("soak.keys", f"{keys} scripted keys: RSS growth after warm-up", f"{growth:+.1f} %", "≤ 10 %, no crash",
         alive and growth <= 10,
         f"{sent} keys sent; RSS {baseline:.1f} → {final:.1f} MB (peak {peak:.1f}); alive: {alive}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dialtone")
    parser.add_argument("--db", default=None)
    parser.add_argument("--idle", type=int, default=60)
    parser.add_argument("--keys", type=int, default=10000)
    args = parser.parse_args()
    env = private_environment({"DIALTONE_SANDBOX_DB": args.db} if args.db else {})
    if not start_rows(args.dialtone, env):
        for key, what in [("bytes.row", "bytes per one-row move"), ("bytes.page", "bytes per page flip"),
                          ("soak.idle", "idle CPU"), ("soak.keys", "scripted keys soak")]:
            emit(key, what, "not run", "-", False, "✗ the TUI did not reach its first page")
        return 1
    byte_rows(args.dialtone, env)
    soak_rows(args.dialtone, env, args.idle, args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
