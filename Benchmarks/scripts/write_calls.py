"""Counts the write(2) calls a program makes to its terminal (file descriptor 1), read from the
log of `strace -f -e trace=write,writev`, so a benchmark can tell how many writes — on an SSH
link, how many packets — one frame costs."""
import os
import re
import shutil
import time

CALL = re.compile(r"^(\d+)\s+(write|writev)\(1, .*?(?:= (\d+)|<unfinished \.\.\.>)\s*$")
RESUMED = re.compile(r"^(\d+)\s+<\.\.\. (write|writev) resumed>.*= (\d+)\s*$")


def strace_path():
    return shutil.which("strace")


class WriteCalls:
    """The terminal writes of one traced process, taken in portions (one per key)."""

    def __init__(self, log):
        self.log = log
        self.offset = 0
        self.partial = ""
        self.unfinished = set()  # threads whose fd-1 write strace split in two lines

    def traced(self, argv):
        """`argv` run under strace, logging into this counter's file."""
        return [strace_path(), "-f", "-qq", "-e", "trace=write,writev", "-e", "signal=none", "-o", self.log] + argv

    def take(self, expected_bytes, timeout=3.0):
        """(calls, bytes) logged since the last take, once they add up to `expected_bytes` (what
        the terminal received), so no call still in strace's buffer is missed. Raises after
        `timeout` seconds when they never add up."""
        calls, written = 0, 0
        deadline = time.perf_counter() + timeout
        while True:
            more_calls, more_bytes = self._read()
            calls, written = calls + more_calls, written + more_bytes
            if written == expected_bytes:
                return calls, written
            if written > expected_bytes or time.perf_counter() > deadline:
                raise RuntimeError(f"strace logged {written} bytes in {calls} writes; the terminal received {expected_bytes}")
            time.sleep(0.02)

    def skip(self, settle=0.3):
        """Forgets every call logged so far (a program's start-up), once strace has written them."""
        time.sleep(settle)
        self._read()

    def _read(self):
        if not os.path.exists(self.log):
            return 0, 0
        with open(self.log, encoding="utf-8", errors="replace") as log:
            log.seek(self.offset)
            text = log.read()
            self.offset = log.tell()
        lines = (self.partial + text).split("\n")
        self.partial = lines.pop()  # a line strace has not finished writing
        calls, written = 0, 0
        for line in lines:
            call = CALL.match(line)
            if call:
                calls += 1
                if call[3] is None:
                    self.unfinished.add(call[1])
                else:
                    written += int(call[3])
                continue
            resumed = RESUMED.match(line)
            if resumed and resumed[1] in self.unfinished:
                self.unfinished.discard(resumed[1])
                written += int(resumed[3])
        return calls, written
