"""Fuzz the real service over HTTP from openapi.yaml with schemathesis, every check.

    .venv/bin/python scripts/fuzz.py [--max-examples 100] [--seed 1] [--time-limit 300]

Starts gunicorn (gunicorn.conf.py, 2 workers) on a free 127.0.0.1 port twice: once as
shipped (no API keys) and once with an API key configured and sent, so that
`ignored_auth` has something to check. Runs `schemathesis run` with `--checks all`
against each and exits non-zero on any failure. CI runs it (.ci/run, `make fuzz`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.liveserver import ROOT, LiveServer  # noqa: E402

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
# The rule JSON Schema cannot state (unique batch ids), taught to the generator.
HOOKS = ROOT / "scripts" / "schemathesis_hooks.py"
FUZZ_KEY = "fuzz-key-not-a-secret"


def fuzz(url: str, args, headers: list[str]) -> int:
    """One schemathesis run against url; its exit status."""
    command = [str(SCHEMATHESIS), "run", str(ROOT / "openapi.yaml"), "--url", url,
               "--checks", "all", "--phases", "examples,coverage,fuzzing,stateful",
               "--max-examples", str(args.max_examples), "--seed", str(args.seed),
               "--request-timeout", "30",
               # One worker thread: CPython 3.11.7's ast module keeps its recursion depth in
               # shared state (gh-106905), and hypothesis parses lambda sources while it
               # generates, so two threads covering operations at once can crash it.
               "--generation-database", "none", "--workers", "1", "--no-color"]
    for header in headers:
        command += ["--header", header]
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, cwd=ROOT, timeout=args.time_limit,
                          env={**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)}).returncode


def main(argv: list[str] | None = None) -> int:
    """Both runs; 0 only if both pass."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-examples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--time-limit", type=int, default=300,
                        help="seconds per run, at most (the run is stopped past it)")
    args = parser.parse_args(argv)
    runs = [("no API keys", {}, []),
            ("with an API key", {"QUOTES_API_KEYS": FUZZ_KEY},
             [f"Authorization: Bearer {FUZZ_KEY}"])]
    failed = []
    for name, env, headers in runs:
        started = time.monotonic()
        print(f"== live fuzz, {name}", flush=True)
        with LiveServer(workers=2, env={"QUOTES_ACCESS_LOG": "false", **env}) as server:
            status = fuzz(server.url, args, headers)
            alive = server.get("/readyz")[0]
        print(f"== {name}: schemathesis exit {status}, /readyz {alive} afterwards, "
              f"{time.monotonic() - started:.0f} s", flush=True)
        if status != 0 or alive != 200:
            failed.append(name)
    if failed:
        print(f"live fuzz failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
