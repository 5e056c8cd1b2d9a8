"""A program on a pseudo-terminal of a fixed size, with every byte it writes counted and fed to a
terminal emulator (pyte), so a benchmark can check what is really on screen before it passes."""
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time

import pyte

ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78MDEcH])")
# The status bar's page and count, with the Unicode or the seven-bit separator.
PAGE = re.compile(r"page (\d+)/(\d+) [·|] ([\d,]+) numbers?")
SELECTION_MARKS = ("▶", ">")  # Unicode, seven-bit glyphs


class PtySession:
    def __init__(self, argv, env, rows=40, columns=120, term="xterm-256color"):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = dict(env, TERM=term, COLUMNS=str(columns), LINES=str(rows))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0), close_fds=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)

    @property
    def pid(self):
        return self.process.pid

    def read(self, timeout):
        """Reads what is available within `timeout` seconds; returns the bytes (b"" on none)."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return b""
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return b""
        self.output.extend(data)
        self.stream.feed(data)
        return data

    def screen_text(self):
        """The screen as the terminal shows it now, one line per row."""
        return "\n".join(self.screen.display)

    def page(self):
        """(page, pages, numbers) from the status bar, or None when it shows none."""
        found = PAGE.search(self.screen_text())
        return (int(found[1]), int(found[2]), int(found[3].replace(",", ""))) if found else None

    def selection(self):
        """(screen row, text) of the selected table row, or None."""
        for index, line in enumerate(self.screen.display):
            if line.startswith(SELECTION_MARKS):
                return index, line
        return None

    def shows_first_page(self):
        """True when page 1 of a non-empty list is drawn with a row selected (an empty inventory
        prints `page 1/1 · 0 numbers` too)."""
        page = self.page()
        return page is not None and page[0] == 1 and page[2] > 0 and self.selection() is not None

    def wait_until(self, condition, timeout):
        """Seconds from start until `condition()` holds after a read, or None (timeout or exit)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if self.read(0.01):
                seen = time.perf_counter()
                if condition():
                    return seen - self.started
            elif self.process.poll() is not None:
                return None
        return None

    def quiet(self, gap=0.15, limit=5.0):
        """Reads until nothing arrives for `gap` seconds; returns (bytes, seconds to first byte)."""
        total, first, began = 0, None, time.perf_counter()
        while time.perf_counter() - began < limit:
            data = self.read(gap)
            if not data:
                break
            if first is None:
                first = time.perf_counter() - began
            total += len(data)
        return total, first

    def send(self, keys):
        os.write(self.master, keys if isinstance(keys, bytes) else keys.encode())

    def press(self, keys, gap=0.15):
        """Sends `keys` and counts the bytes written in answer until output is quiet for `gap` s."""
        self.quiet(0.02)
        sent = time.perf_counter()
        self.send(keys)
        total, first = self.quiet(gap)
        return total, first, time.perf_counter() - sent

    def cpu_ticks(self):
        fields = open(f"/proc/{self.pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15)

    def rss_megabytes(self):
        """Resident memory; raises when /proc has no reading (a 0 would pass any budget)."""
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"no VmRSS in /proc/{self.pid}/status")

    def alive(self):
        return self.process.poll() is None

    def close(self):
        if self.alive():
            try:
                self.send("q")
                self.process.wait(timeout=3)
            except (OSError, subprocess.TimeoutExpired):
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=3)
        os.close(self.master)
