"""TUI rows of DESIGN §6 measured on the real ncurses output through a 120×40 pseudo-terminal:
start → first page drawn, bytes per one-row move and per page flip for every shipped theme,
write(2) calls per frame on every terminal type, SSH packets per page flip through a real sshd,
idle CPU, and a soak of scripted keys (RSS growth, no crash). Every row first checks, on the
emulated screen, that what it measured happened: the selection moved, the page turned, keys were
answered.

    python3 tui_bench.py DIALTONE [--db SANDBOX.sqlite] [--idle 60] [--keys 10000]
"""
import argparse
import glob
import os
import sys
import tempfile
import time

from pty_session import PtySession
from rows import emit, median, private_environment
from ssh_loopback import INSTALL_HINT, SshLoopback, missing_tools
from write_calls import WriteCalls, strace_path

PGDN, PGUP = "\x1b[6~", "\x1b[5~"
MOVES = "j" * 10 + "k" * 10
FLIPS = [PGDN] * 4 + [PGUP] * 2
TERMINALS = ["xterm-256color", "xterm", "vt100", "screen", "tmux-256color", "linux"]
THEMES_FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "themes")


def shipped_themes():
    return sorted(os.path.basename(path)[:-5] for path in glob.glob(os.path.join(THEMES_FOLDER, "*.toml")))


class NotAnswered(Exception):
    """The TUI did not do what the key asks: the measurement is of nothing."""


def start(argv, env, term="xterm-256color"):
    """A session showing its first page, and the seconds it took (None: it never did)."""
    session = PtySession(argv, env, term=term)
    return session, session.wait_until(session.shows_first_page, timeout=60)


def last_screen(session):
    return " | ".join(line.strip() for line in session.screen_text().split("\n") if line.strip())[-400:]


def start_rows(dialtone, env):
    warm, first = start([dialtone], env)  # seeds the sandbox file the first time
    warm.close()
    if first is None:
        emit("start.first_page", "start → first page drawn", "no first page", "≤ 100 ms", False,
             "the TUI exited or drew no non-empty page 1 with a selected row within 60 s; screen: " + last_screen(warm))
        return False
    times = []
    for _ in range(7):
        session, first = start([dialtone], env)
        session.close()
        times.append(first * 1000 if first else float("inf"))
    emit("start.first_page", "start → first page drawn (pty, seeded sandbox)", f"{median(times):.1f} ms", "≤ 100 ms",
         median(times) <= 100, "median of 7 starts: " + ", ".join(f"{t:.0f}" for t in times) + " ms")
    return True


def move(session, key, gap=0.15):
    """Presses j or k; returns (bytes, ms to the first byte), after checking the selection moved
    one row."""
    before = session.selection()
    count, first, _ = session.press(key, gap)
    after = session.selection()
    step = 1 if key == "j" else -1
    if before is None or after is None or after[0] != before[0] + step:
        raise NotAnswered(f"the selection did not move one row on {key!r} (row {before and before[0]} → {after and after[0]})")
    return count, (first or 0) * 1000


def flip(session, key):
    """Presses PgDn or PgUp once the next page is prefetched; returns (bytes, ms to the first
    byte), after checking the page number turned."""
    time.sleep(0.5)  # the next page's prefetch lands
    before = session.page()
    count, first, _ = session.press(key)
    after = session.page()
    step = 1 if key == PGDN else -1
    if before is None or after is None or after[0] != before[0] + step:
        raise NotAnswered(f"the page did not turn on {'PgDn' if key == PGDN else 'PgUp'} ({before and before[0]} → {after and after[0]})")
    return count, (first or 0) * 1000


class Traced:
    """A TUI session, run under strace when it is installed: bytes and write calls of every key
    (calls are None without strace)."""

    def __init__(self, dialtone, env, theme="default", term="xterm-256color"):
        argv = [dialtone, "--theme", theme]
        self.calls = None
        if strace_path():
            self.calls = WriteCalls(os.path.join(tempfile.mkdtemp(prefix="dialtone-strace-"), "writes.log"))
            argv = self.calls.traced(argv)
        self.session, shown = start(argv, env, term)
        if shown is None:
            self.session.close()
            raise NotAnswered(f"no first page under {term} with theme {theme}; screen: {last_screen(self.session)}")
        self.session.quiet(0.4)
        if self.calls:
            self.calls.skip()  # start-up: the terminal modes, the first frames

    def key(self, measure, key):
        """(bytes, write calls, ms to the first byte) of one key through move or flip."""
        count, first = measure(self.session, key)
        calls = self.calls.take(count)[0] if self.calls else None
        return count, calls, first

    def close(self):
        self.session.close()


def theme_rows(dialtone, env, theme, writes):
    """bytes.row.THEME and bytes.page.THEME; adds this session's write calls to `writes`."""
    try:
        traced = Traced(dialtone, env, theme)
        try:
            moves = [traced.key(move, key) for key in MOVES]
            flips = [traced.key(flip, key) for key in FLIPS]
        finally:
            traced.close()
    except (NotAnswered, RuntimeError) as failure:
        for key, what in [("row", "one-row move"), ("page", "page flip")]:
            emit(f"bytes.{key}.{theme}", f"bytes per {what}, theme {theme}", "not measured", "-", False, f"✗ {failure}")
        writes.append(("failed", f"theme {theme}: {failure}"))
        return
    move_bytes = [m[0] for m in moves]
    flip_bytes = [f[0] for f in flips]
    firsts = [f[2] for f in flips]
    writes.append((f"theme {theme}", [m[1] for m in moves], [f[1] for f in flips]))
    emit(f"bytes.row.{theme}", f"bytes per one-row move (j/k, 120×40), theme {theme}",
         f"{median(move_bytes)} B (max {max(move_bytes)})", "≤ 300 B", max(move_bytes) <= 300,
         "20 moves, each moved the selection one row: " + " ".join(map(str, move_bytes)))
    emit(f"bytes.page.{theme}", f"bytes per page flip (PgDn/PgUp, prefetched), theme {theme}",
         f"{median(flip_bytes)} B (max {max(flip_bytes)})", "≤ 3 KB", max(flip_bytes) <= 3072,
         "6 flips, each turned the page: " + " ".join(map(str, flip_bytes)) + "; first byte after " +
         ", ".join(f"{f:.1f}" for f in firsts) + " ms")


def terminal_writes(dialtone, env, term, writes):
    """Write calls per move and flip under one terminal type (default theme)."""
    try:
        traced = Traced(dialtone, env, "default", term)
        try:
            moves = [traced.key(move, key) for key in "jjjkk"]
            flips = [traced.key(flip, key) for key in [PGDN, PGUP]]
        finally:
            traced.close()
        writes.append((f"TERM={term}", [m[1] for m in moves], [f[1] for f in flips]))
    except (NotAnswered, RuntimeError) as failure:
        writes.append(("failed", f"TERM={term}: {failure}"))


def write_rows(writes):
    """writes.row and writes.page from every traced session of the run."""
    failed = [entry[1] for entry in writes if entry[0] == "failed"]
    measured = [entry for entry in writes if entry[0] != "failed"]
    for key, index, what in [("writes.row", 1, "one-row move"), ("writes.page", 2, "page flip")]:
        if strace_path() is None:
            emit(key, f"write(2) calls per {what}", "not measured", "1 write", False,
                 "✗ strace is needed to count write(2) calls: apt-get install strace")
            continue
        counts = [count for entry in measured for count in entry[index]]
        worst = max(counts) if counts else 0
        detail = "; ".join(f"{entry[0]}: max {max(entry[index])}" for entry in measured)
        if failed:
            detail = "✗ " + "; ".join(failed) + ("; " + detail if detail else "")
        emit(key, f"write(2) calls per {what} (every theme and terminal type, strace)",
             f"{worst} (of {len(counts)} frames)", "1 write", bool(counts) and worst == 1 and not failed, detail)


def ssh_rows(dialtone, env):
    absent = missing_tools()
    what = "SSH packets per page flip (real sshd on loopback, tcpdump)"
    if absent:
        emit("ssh.page", what, "skipped", "≤ 2 packets", None, f"needs {absent}: {INSTALL_HINT}")
        return
    remote_env = {k: v for k, v in env.items() if k.startswith(("XDG_", "DIALTONE_", "LANG", "LC_"))}
    try:
        with SshLoopback() as link:
            session, shown = start(link.command([os.path.abspath(dialtone)], remote_env), env)
            try:
                if shown is None:
                    raise NotAnswered("no first page through ssh; screen: " + last_screen(session))
                session.quiet(0.5)
                flips, moves = [], []
                for key in FLIPS:
                    before = link.packets()
                    flip(session, key)
                    flips.append(link.packets() - before)
                for key in "jjjkk":
                    before = link.packets()
                    move(session, key, gap=0.2)
                    moves.append(link.packets() - before)
            finally:
                session.close()
    except (NotAnswered, RuntimeError, OSError) as failure:
        emit("ssh.page", what, "not measured", "≤ 2 packets", False, f"✗ {failure}")
        return
    emit("ssh.page", what, f"{median(flips)} (max {max(flips)})", "≤ 2 packets",
         max(flips) <= 2 and min(flips) >= 1,
         "6 flips, each turned the page: " + " ".join(map(str, flips)) + " packets; 5 moves: " + " ".join(map(str, moves)))


def soak_rows(dialtone, env, idle, keys):
    session, shown = start([dialtone], env)
    if shown is None:
        session.close()
        for key, label in [("soak.idle", "idle CPU"), ("soak.keys", "scripted keys soak")]:
            emit(key, label, "not run", "-", False, "✗ no first page: " + last_screen(session))
        return
    session.quiet(0.5)
    ticks, began = session.cpu_ticks(), time.perf_counter()
    deadline, written = began + idle, 0
    while time.perf_counter() < deadline:
        written += len(session.read(0.5))  # drain, never write
    used = (session.cpu_ticks() - ticks) / os.sysconf("SC_CLK_TCK")
    cpu = 100 * used / (time.perf_counter() - began)
    problems = [f"✗ {written} bytes written while idle"] if written else []
    try:
        move(session, "j")
    except NotAnswered as failure:
        problems.append(f"✗ after the idle period: {failure}")
    emit("soak.idle", f"idle {idle} s: CPU, bytes written", f"{cpu:.2f} %, {written} B", "~0 %, 0 B", cpu < 0.5 and not problems,
         " ".join(problems) or f"{used:.2f} s CPU in {idle} s; a key after it moved the selection")

    script = ["j"] * 6 + ["k"] * 3 + [PGDN, "j", "j", PGUP, "G", "g", "\t", "j", "k", "\t", "?", "\x1b", "s", "r", "k"]
    warm, window = 1000, 500
    baseline, peak, sent, silent, answered = None, 0.0, 0, [], 0
    for index in range(keys):
        session.send(script[index % len(script)])
        sent += 1
        answered += len(session.read(0.0005))
        if index == warm:
            session.quiet(0.3)
            baseline = session.rss_megabytes()
        if (index + 1) % window == 0:
            if answered == 0:
                silent.append(index + 1)
            answered = 0
            if index > warm:
                peak = max(peak, session.rss_megabytes())
        if not session.alive():
            break
    session.quiet(0.5)
    alive = session.alive()
    problems = [] if alive else ["✗ the TUI died"]
    if silent:
        problems.append(f"✗ no output in answer to keys {', '.join(f'{k - window + 1}–{k}' for k in silent[:5])}")
    final = peak
    if alive:
        final = session.rss_megabytes()
        peak = max(peak, final)
        try:
            session.press("\x1b1g")  # leave any overlay, back to Inventory, top row
            move(session, "j")
        except NotAnswered as failure:
            problems.append(f"✗ after the soak: {failure}")
    session.close()
    growth = 100 * (final - baseline) / baseline if baseline else float("inf")
    if not problems:
        problems.append(f"{sent} keys sent, output in answer to every {window}; a key after the soak moved the selection;")
    emit("soak.keys", f"{keys} scripted keys: RSS growth after warm-up", f"{growth:+.1f} %", "≤ 10 %, no crash",
         problems[0][0] != "✗" and baseline is not None and growth <= 10,
         " ".join(problems) + f" RSS {baseline or 0:.1f} → {final:.1f} MB (peak {peak:.1f})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dialtone")
    parser.add_argument("--db", default=None)
    parser.add_argument("--idle", type=int, default=60)
    parser.add_argument("--keys", type=int, default=10000)
    args = parser.parse_args()
    env = private_environment({"DIALTONE_SANDBOX_DB": args.db} if args.db else {})
    if not start_rows(args.dialtone, env):
        for key, what in [("writes.row", "write calls per move"), ("writes.page", "write calls per flip"),
                          ("ssh.page", "SSH packets per flip"), ("soak.idle", "idle CPU"), ("soak.keys", "scripted keys soak")]:
            emit(key, what, "not run", "-", False, "✗ the TUI did not reach its first page")
        return 1
    writes = []
    for theme in shipped_themes():
        theme_rows(args.dialtone, env, theme, writes)
    if strace_path():
        for term in TERMINALS:
            terminal_writes(args.dialtone, env, term, writes)
    write_rows(writes)
    ssh_rows(args.dialtone, env)
    soak_rows(args.dialtone, env, args.idle, args.keys)
    return 0


if __name__ == "__main__":
    sys.exit(main())
