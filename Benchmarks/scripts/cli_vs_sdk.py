"""`dialtone inventory --json` (one page) vs the same search through the official plivo Python
SDK, both against one `dialtone sandbox serve`, as whole-process wall time: alternating runs,
median of each. Budget: the CLI at least 3× faster.

    python3 cli_vs_sdk.py DIALTONE [--db SANDBOX.sqlite] [--runs 9]
"""
import argparse
import contextlib
import re
import subprocess
import sys
import time

from rows import emit, median, private_environment

PLIVO_ID = "MADIALTONESANDBOX001"
PLIVO_TOKEN = "PlivoSandboxMainToken0000000000000000001"
SDK_SEARCH = """
import sys, plivo, plivo.rest.client as rest
rest.PLIVO_API_BASE_URI = sys.argv[1] + "/v1/Account"
found = plivo.RestClient(sys.argv[2], sys.argv[3]).numbers.search(country_iso="US", type="local", pattern="415", limit=20)
print(found.meta["total_count"], len(found.objects))
"""


@contextlib.contextmanager
def serving(dialtone, db, env):
    """`dialtone sandbox serve` on a free port for the `with` block; yields its base URL."""
    server, base = serve(dialtone, db, env)
    try:
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def serve(dialtone, db, env):
    server = subprocess.Popen([dialtone, "sandbox", "serve", "--port", "0", "--db", db],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        line = server.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            return server, found.group(0)
    server.kill()
    raise SystemExit("sandbox serve printed no base URL")


def timed(argv, env):
    began = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = (time.perf_counter() - began) * 1000
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed: {done.stderr[-400:]}")
    return elapsed, done.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dialtone")
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    try:
        import plivo  # noqa: F401
    except ImportError:
        emit("cli.vs_sdk", "CLI vs plivo SDK (wall time)", "not run", "≥ 3× faster", False,
             "✗ the plivo SDK is not installed (pip install plivo): the budget was not measured")
        return 0
    with serving(args.dialtone, args.db, private_environment()) as base:
        env = private_environment({"PLIVO_AUTH_ID": PLIVO_ID, "PLIVO_AUTH_TOKEN": PLIVO_TOKEN, "DIALTONE_BASE_URL": base})
        cli = [args.dialtone, "inventory", "--json", "--country", "US", "--type", "local", "--search", "415", "--per-page", "20"]
        sdk = [sys.executable, "-c", SDK_SEARCH, base, PLIVO_ID, PLIVO_TOKEN]
        timed(cli, env), timed(sdk, env)  # warm the page cache
        cli_times, sdk_times = [], []
        for _ in range(args.runs):
            elapsed, out = timed(cli, env)
            cli_times.append(elapsed)
            elapsed, sdk_out = timed(sdk, env)
            sdk_times.append(elapsed)
        rows = len([line for line in out.splitlines() if line.startswith("{")])
        sdk_fields = sdk_out.split()
        sdk_rows = int(sdk_fields[1]) if len(sdk_fields) == 2 and sdk_fields[1].isdigit() else -1
        same = rows == 20 and sdk_rows == rows  # both read the same full page
        ratio = median(sdk_times) / median(cli_times)
        emit("cli.vs_sdk", "dialtone inventory --json vs plivo SDK (wall, median)",
             f"{ratio:.1f}× ({median(cli_times):.0f} vs {median(sdk_times):.0f} ms)", "≥ 3× faster", same and ratio >= 3,
             f"{'✓' if same else '✗'} CLI printed {rows} numbers, SDK {sdk_rows} (total_count {sdk_fields[0] if sdk_fields else '?'}); "
             f"{args.runs} alternating runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
