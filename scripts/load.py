"""Load a live service with real articles; print throughput, latency, errors and worker RSS.

    .venv/bin/python scripts/load.py --requests 10000 --clients 4 --workers 2

Starts gunicorn (gunicorn.conf.py) on a free 127.0.0.1 port with worker recycling off
(MAX_REQUESTS=0, so the same workers serve every request and their memory can be
compared), sends a fixed number of POST /v1/quotes from concurrent clients, cycling
through the articles of a gold file (text only; default ../shared/eval/polnear-dev.jsonl,
else the seed), checks every answer against that article's answer to a lone request,
and prints requests/s, p50/p95/p99 latency, errors, mix-ups and each worker's RSS after
the first checkpoint and at the end. --kill-at N sends SIGKILL to one worker after N
requests and reports what failed. Bounded by --requests and --time-limit; talks only to
127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.liveserver import ROOT, LiveServer, load_articles, percentile, rss_kib  # noqa: E402

DEFAULT_ARTICLES = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"


class Run:
    """Shared state of one load run: next request number, results, checkpoints."""

    def __init__(self, server: LiveServer, articles: list[str], expected: list[list],
                 total: int, checkpoints: list[int], kill_at: int | None, deadline: float):
        self.server, self.articles, self.expected = server, articles, expected
        self.total, self.checkpoints, self.kill_at = total, checkpoints, kill_at
        self.deadline = deadline
        self.lock = threading.Lock()
        self.issued = 0
        self.done = 0
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.mixups = 0
        self.rss: dict[int, dict[int, int | None]] = {}
        self.killed: int | None = None
        self.killed_at_done: int | None = None

    def next_index(self) -> int | None:
        """The next request number, or None when the run is over."""
        with self.lock:
            if self.issued >= self.total or time.monotonic() > self.deadline:
                return None
            self.issued += 1
            return self.issued - 1

    def client(self) -> None:
        """One client: requests until the run is over."""
        while (index := self.next_index()) is not None:
            article = index % len(self.articles)
            started = time.perf_counter()
            try:
                status, _, body = self.server.post_text(self.articles[article], timeout=120)
                error = None if status == 200 else f"HTTP {status}"
            except Exception as exc:  # a dropped connection is an error to count, not a crash
                body, error = None, f"{type(exc).__name__}: {exc}"
            elapsed = time.perf_counter() - started
            self.finish(index, article, elapsed, body, error)

    def finish(self, index: int, article: int, elapsed: float, body, error) -> None:
        """Record one answer; take RSS at checkpoints; kill a worker when asked."""
        with self.lock:
            self.done += 1
            self.latencies.append(elapsed)
            if error:
                self.errors.append(f"#{index}: {error}")
            elif body["quotes"] != self.expected[article]:
                self.mixups += 1
            if self.done in self.checkpoints:
                self.rss[self.done] = {pid: rss_kib(pid) for pid in self.server.worker_pids()}
            if self.kill_at and self.done == self.kill_at and self.killed is None:
                self.killed = self.server.worker_pids()[0]
                self.killed_at_done = self.done
                os.kill(self.killed, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    """Run the load and print the figures; exit 1 on errors or mix-ups (unless a kill explains them)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--checkpoint", type=int, default=1_000,
                        help="also take RSS after this many requests (and at the end)")
    parser.add_argument("--kill-at", type=int, default=None,
                        help="SIGKILL one worker after this many requests")
    parser.add_argument("--time-limit", type=float, default=3600, help="seconds, at most")
    args = parser.parse_args(argv)

    articles = load_articles(args.articles)
    log = Path(tempfile.mkdtemp(prefix="quotes-load-")) / "service.log"
    env = {"MAX_REQUESTS": "0"}
    with LiveServer(workers=args.workers, env=env, log_path=log) as server:
        start_rss = {pid: rss_kib(pid) for pid in server.worker_pids()}
        expected = []
        for text in articles:  # each article's answer to a lone request (also warms up)
            status, _, body = server.post_text(text, timeout=120)
            expected.append(body["quotes"] if status == 200 else None)
        warm_rss = {pid: rss_kib(pid) for pid in server.worker_pids()}
        checkpoints = sorted({min(args.checkpoint, args.requests), args.requests})
        run = Run(server, articles, expected, args.requests, checkpoints, args.kill_at,
                  time.monotonic() + args.time_limit)
        started = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            for _ in range(args.clients):
                pool.submit(run.client)
        wall = time.perf_counter() - started
        after_pids = server.worker_pids()
        if run.done not in run.rss:
            run.rss[run.done] = {pid: rss_kib(pid) for pid in after_pids}
        alive = server.get("/readyz")[0]
    report(args, articles, run, wall, start_rss, warm_rss, after_pids, alive, log)
    explained = run.killed is not None and len(run.errors) <= args.workers
    return 0 if run.mixups == 0 and (not run.errors or explained) else 1


def report(args, articles, run: Run, wall: float, start_rss, warm_rss, after_pids,
           alive: int, log: Path) -> None:
    """Print the figures."""
    chars = sum(len(text) for text in articles) / len(articles)
    print(f"articles           {len(articles)} (mean {chars:.0f} characters), "
          f"{args.clients} clients, {args.workers} workers, recycling off")
    print(f"requests           {run.done} in {wall:.1f} s  ({run.done / wall:.2f} requests/s)")
    if run.latencies:
        print("latency            p50 {:.3f} s  p95 {:.3f} s  p99 {:.3f} s  max {:.3f} s".format(
            *(percentile(run.latencies, q) for q in (50, 95, 99)), max(run.latencies)))
    print(f"errors             {len(run.errors)}")
    for error in run.errors[:10]:
        print(f"  {error}")
    print(f"mixed-up answers   {run.mixups}")
    if run.killed is not None:
        print(f"killed worker      {run.killed} (SIGKILL after {run.killed_at_done} requests); "
              f"workers afterwards {after_pids}; /readyz {alive}")
    print("worker RSS (MiB)   " + "  ".join(f"{pid}" for pid in start_rss))
    rows = [("at start", start_rss), ("after warm-up", warm_rss)]
    rows += [(f"after {n}", rss) for n, rss in sorted(run.rss.items())]
    for label, rss in rows:
        print(f"  {label:<16} " + "  ".join(
            f"{rss.get(pid) / 1024:.1f}" if rss.get(pid) else "gone" for pid in start_rss))
    if len(run.rss) >= 2:
        (n1, first), (n2, last) = sorted(run.rss.items())[:1] + sorted(run.rss.items())[-1:]
        for pid in start_rss:
            if first.get(pid) and last.get(pid):
                growth = 100 * (last[pid] - first[pid]) / first[pid]
                print(f"  growth {n1}->{n2}   worker {pid}: {growth:+.2f}%")
    print(f"service log        {log}")


if __name__ == "__main__":
    sys.exit(main())
