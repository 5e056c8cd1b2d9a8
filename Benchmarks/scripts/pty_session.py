"""A program on a pseudo-terminal of a fixed size, with every byte it writes counted."""
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import termios
import time

ESCAPES = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78MDEcH])")


class PtySession:
    def __init__(self, argv, env, rows=40, columns=120):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        env = dict(env, TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True,
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0), close_fds=True)
        os.close(slave)
        self.master = master
        self.output = bytearray()

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
        return data

    def screen_text(self):
        """Everything written so far with escape sequences removed (good enough to find text)."""
        return ESCAPES.sub(b"", bytes(self.output)).decode("utf-8", "replace")

    def wait_for(self, text, timeout):
        """Seconds from start until `text` appears in the output, or None."""
        deadline = time.perf_counter() + timeout
        needle = text.encode()
        while time.perf_counter() < deadline:
            if self.read(0.01) and needle in ESCAPES.sub(b"", bytes(self.output[-200000:])):
                return time.perf_counter() - self.started
            if self.process.poll() is not None:
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
        for line in open(f"/proc/{self.pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0

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
