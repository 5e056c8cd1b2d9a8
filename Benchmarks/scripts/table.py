"""Reads ROW lines (from every benchmark process) on stdin and prints the DESIGN §6 table in
budget order, then the details of each row. Exit status 1 when a row failed or an expected row
is missing (a benchmark that crashed or never ran fails the table, it is not left out): the
byte rows are expected for every theme in themes/."""
import glob
import os
import sys

ORDER = ["start.first_page", "start.cold", "start.warm", "render.p99", "bytes.row.", "bytes.page.", "writes.row", "writes.page",
         "ssh.page", "pgdn.prefetched", "owned.first_rows", "owned.loaded",
         "owned.index", "owned.filter", "owned.rss", "sandbox.search3", "sandbox.search12", "buy.concurrent", "cli.vs_sdk",
         "soak.idle", "soak.keys", "fault.", "campaign.faults", "start.inprocess", "error."]
# Every row a full run prints; "fault." needs the six scenarios and the CLI run.
EXPECTED = [key for key in ORDER if not key.endswith(".")]
EXPECTED_FAULTS = 7
# One byte row of each kind per shipped theme.
THEMES = sorted(os.path.basename(path)[:-5] for path in
                glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "themes", "*.toml")))
EXPECTED += [f"bytes.{kind}.{theme}" for kind in ("row", "page") for theme in THEMES]


def rank(key):
    for index, prefix in enumerate(ORDER):
        if key == prefix or (prefix.endswith(".") and key.startswith(prefix)):
            return index
    return len(ORDER)


rows = []
for line in sys.stdin:
    parts = line.rstrip("\n").split("\t")
    if parts[0] == "ROW" and len(parts) >= 7:
        rows.append(parts[1:7])
keys = {row[0] for row in rows}
for key in EXPECTED:
    if key not in keys:
        rows.append([key, key, "missing", "-", "FAIL", "the benchmark printed no row for this budget"])
faults = sum(1 for row in rows if row[0].startswith("fault."))
if faults < EXPECTED_FAULTS:
    rows.append(["fault.", "fault sweep", f"{faults} rows", f"{EXPECTED_FAULTS} rows", "FAIL",
                 "fault scenarios missing from the run"])
rows.sort(key=lambda row: rank(row[0]))
headers = ["what", "measured", "budget", "result"]
table = [[row[1], row[2], row[3], row[4]] for row in rows]
widths = [max(len(headers[i]), *(len(r[i]) for r in table)) if table else len(headers[i]) for i in range(4)]


def line(cells):
    return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)) + " |"


print(line(headers))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for row in table:
    print(line(row))
print()
for row in rows:
    if row[5]:
        print(f"- {row[1]}: {row[5]}")
sys.exit(1 if any(row[4] == "FAIL" for row in rows) else 0)
