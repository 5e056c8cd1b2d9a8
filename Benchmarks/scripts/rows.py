"""Shared helpers for the benchmark scripts: the ROW line format of `Benchmarks/run` and a
child environment that points Dialtone at private XDG folders (nothing of the user's is read
or written)."""
import os
import tempfile


def emit(key, what, measured, budget, passed, detail=""):
    """Prints one table row; `passed` is True, False or None (informational)."""
    verdict = "INFO" if passed is None else ("PASS" if passed else "FAIL")
    fields = [key, what, measured, budget, verdict, detail]
    print("\t".join(["ROW"] + [str(f).replace("\t", " ") for f in fields]), flush=True)


def private_environment(extra=None):
    """os.environ without provider credentials, with XDG folders in a fresh temporary folder."""
    home = tempfile.mkdtemp(prefix="dialtone-bench-")
    env = {k: v for k, v in os.environ.items()
           if k not in ("VOBIZ_AUTH_ID", "VOBIZ_AUTH_TOKEN", "PLIVO_AUTH_ID", "PLIVO_AUTH_TOKEN",
                        "RAVAN_API_KEY", "DIALTONE_BASE_URL", "NO_COLOR")}
    for name in ("CONFIG", "STATE", "DATA", "CACHE"):
        env[f"XDG_{name}_HOME"] = os.path.join(home, name.lower())
    env.update(extra or {})
    return env


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0
