"""Throughput, latency and memory: raw spaCy, the library, and the service under gunicorn.

    .venv/bin/python scripts/benchmark.py --articles 84     # or: make bench

On the same N articles of a gold file (default the first 84 of
../shared/eval/polnear-dev.jsonl, else the seed), in one run:

  raw        nlp.pipe of the service's pipeline (load_pipeline: same model, same
             components), batch sizes 1, 8, 16, 32: articles/s and tokens/s; and
             nlp(text) one article at a time: median latency
  library    extract() over nlp.pipe docs (best raw batch size) and QuoteExtractor
             one article at a time: articles/s and the ratio to raw
  service    gunicorn (gunicorn.conf.py, 127.0.0.1, recycling off) with 1 and then 2
             workers: single-article latency from one client, then --clients threads
             POSTing each article --repeat times: articles/s, p50/p95/p99, ratios to
             raw, peak RSS per worker (VmHWM) and peak total RSS / PSS of master + workers;
             then the same articles --repeat times through POST /v1/quotes/batch in
             batches of --batch-documents: articles/s and p50/p95/p99 per request

and the issue's targets, each marked met or not. Not a test: timings depend on the
machine. Bounded by the counts and --time-limit per service run; talks only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.liveserver import ROOT, LiveServer, load_articles, percentile, proc_kib  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval" / "polnear-dev.jsonl"
BATCH_SIZES = (1, 8, 16, 32)
# The targets.
LIBRARY_MIN = 0.95  # library articles/s over raw nlp.pipe articles/s
PAIRED_ROUNDS = 2  # passes of raw and library alternating chunk by chunk, best of each
PAIRED_CHUNK_BATCHES = 2  # batches of articles per chunk of those passes
SERVICE_MIN = 1.7  # 2-worker service articles/s over raw single-process articles/s
LATENCY_MAX = 1.25  # service median single-article latency over raw nlp(text) median
RSS_MAX_MIB = 300  # peak RSS of one worker


def log(message: str) -> None:
    """A progress note on stderr (the figures go to stdout)."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine(nlp) -> list[str]:
    """nproc, CPU model, Python, spaCy and the model."""
    import spacy

    from service.pipeline import describe

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    model = describe(nlp)
    return [f"nproc {len(os.sched_getaffinity(0))} (cpu_count {os.cpu_count()}), CPU {cpu}",
            f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"model {model['name']} {model['version']} ({', '.join(nlp.pipe_names)})"]


def bench_raw(nlp, texts: list[str]) -> dict:
    """Raw nlp.pipe per batch size, and nlp(text) one at a time."""
    result = {"pipe": {}}
    for size in BATCH_SIZES:
        log(f"raw nlp.pipe batch_size={size}")
        tokens = 0
        started = time.perf_counter()
        with nlp.memory_zone():
            for doc in nlp.pipe(texts, batch_size=size):
                tokens += len(doc)
        wall = time.perf_counter() - started
        result["pipe"][size] = {"wall": wall, "articles_s": len(texts) / wall, "tokens_s": tokens / wall}
        result["tokens"] = tokens
    log("raw nlp(text) one at a time")
    latencies = []
    for text in texts:
        started = time.perf_counter()
        with nlp.memory_zone():
            nlp(text)
        latencies.append(time.perf_counter() - started)
    result["single"] = {"latencies": latencies, "median": statistics.median(latencies),
                        "articles_s": len(texts) / sum(latencies)}
    result["best"] = max(result["pipe"], key=lambda size: result["pipe"][size]["articles_s"])
    return result


def bench_library(nlp, texts: list[str], batch_size: int) -> dict:
    """extract() over nlp.pipe docs, and QuoteExtractor one article at a time."""
    from service.quotes import QuoteExtractor, extract

    # Raw and library passes alternate chunk by chunk (a few batches of articles each, the
    # order flipped from one chunk to the next), so both see the machine of the same few
    # seconds: whole runs minutes apart differed by up to 15% on this machine for no
    # reason of their own. Each pass's total is the sum over its chunks; best of
    # PAIRED_ROUNDS. The rules' own time is also taken inside the library pass: the share
    # of it they take does not depend on how fast the machine happens to be that minute.
    chunk = batch_size * PAIRED_CHUNK_BATCHES
    raw_wall = pipe_wall = float("inf")
    rules_share = 1.0
    piped: list = []

    def raw_pass(part: list[str]) -> float:
        started = time.perf_counter()
        with nlp.memory_zone():
            for _ in nlp.pipe(part, batch_size=batch_size):
                pass
        return time.perf_counter() - started

    def library_pass(part: list[str], answers: list) -> tuple[float, float]:
        rules = 0.0
        started = time.perf_counter()
        with nlp.memory_zone():
            for text, doc in zip(part, nlp.pipe(part, batch_size=batch_size)):
                ruled = time.perf_counter()
                answers.append([q.to_dict() for q in extract(doc, text=text)])
                rules += time.perf_counter() - ruled
        return time.perf_counter() - started, rules

    for round_ in range(1, PAIRED_ROUNDS + 1):
        log(f"raw nlp.pipe and library extract over it, batch_size={batch_size}, "
            f"alternating every {chunk} articles, paired run {round_}")
        raw_total = lib_total = rules_total = 0.0
        answers: list = []
        for index, start in enumerate(range(0, len(texts), chunk)):
            part = texts[start:start + chunk]
            if index % 2:
                wall, rules = library_pass(part, answers)
                raw_total += raw_pass(part)
            else:
                raw_total += raw_pass(part)
                wall, rules = library_pass(part, answers)
            lib_total += wall
            rules_total += rules
        raw_wall = min(raw_wall, raw_total)
        pipe_wall = min(pipe_wall, lib_total)
        rules_share = min(rules_share, rules_total / lib_total)
        piped = answers
    log("library QuoteExtractor one at a time")
    extractor = QuoteExtractor(nlp)
    latencies, single = [], []
    for text in texts:
        started = time.perf_counter()
        single.append([q.to_dict() for q in extractor(text)])
        latencies.append(time.perf_counter() - started)
    return {"pipe": {"articles_s": len(texts) / pipe_wall, "batch_size": batch_size,
                     "raw_articles_s": len(texts) / raw_wall, "rules_share": rules_share},
            "single": {"articles_s": len(texts) / sum(latencies), "median": statistics.median(latencies)},
            "same_answers": piped == single, "quotes": sum(len(q) for q in piped)}


class Sampler(threading.Thread):
    """Samples master + worker RSS and PSS every `every` seconds; keeps the peaks."""

    def __init__(self, server: LiveServer, every: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.server, self.every = server, every
        self.stop_event = threading.Event()
        self.peak_total_rss = 0
        self.peak_total_pss = 0

    def sample(self) -> None:
        """One sample of the whole service."""
        pids = [self.server.pid, *self.server.worker_pids()]
        rss = [proc_kib(pid, "VmRSS") or 0 for pid in pids]
        pss = [proc_kib(pid, "Pss", "smaps_rollup") or 0 for pid in pids]
        self.peak_total_rss = max(self.peak_total_rss, sum(rss))
        self.peak_total_pss = max(self.peak_total_pss, sum(pss))

    def run(self) -> None:
        """Sample until stopped."""
        while not self.stop_event.is_set():
            self.sample()
            self.stop_event.wait(self.every)

    def stop(self) -> None:
        """Stop, with a last sample."""
        self.stop_event.set()
        self.join(5)
        self.sample()


def post(server: LiveServer, text: str) -> tuple[float, str | None]:
    """One POST /v1/quotes: (seconds, error or None)."""
    started = time.perf_counter()
    try:
        status, _, _ = server.post_text(text, timeout=120)
        error = None if status == 200 else f"HTTP {status}"
    except Exception as exc:  # count it, do not crash the benchmark
        error = f"{type(exc).__name__}: {exc}"
    return time.perf_counter() - started, error


def post_batch(server: LiveServer, texts: list[str]) -> tuple[float, str | None]:
    """One POST /v1/quotes/batch: (seconds, error or None); a document's error is one too."""
    started = time.perf_counter()
    try:
        status, _, body = server.post_batch(texts, timeout=120)
        failed = [r["error"]["type"].rsplit("/", 1)[-1] for r in body.get("results", ())
                  if "error" in r]
        error = f"HTTP {status}" if status != 200 else \
            (f"{len(failed)} document(s): {', '.join(sorted(set(failed)))}" if failed else None)
    except Exception as exc:  # count it, do not crash the benchmark
        error = f"{type(exc).__name__}: {exc}"
    return time.perf_counter() - started, error


def run_clients(jobs: list, clients: int, deadline: float, send) -> dict:
    """`send` each job from `clients` threads, in order, until done or past the deadline:
    wall time, each request's latency, the errors, and how many jobs were sent."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    cursor = iter(range(len(jobs)))

    def client() -> None:
        while time.monotonic() < deadline:
            with lock:
                index = next(cursor, None)
            if index is None:
                return
            seconds, error = send(jobs[index])
            with lock:
                latencies.append(seconds)
                if error:
                    errors.append(error)

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for _ in range(clients):
            pool.submit(client)
    return {"wall": time.perf_counter() - started, "latencies": latencies, "errors": errors,
            "sent": len(latencies)}


def bench_service(texts: list[str], workers: int, clients: int, repeat: int, time_limit: float,
                  batch_documents: int) -> dict:
    """gunicorn with `workers` workers: one-client latency, the concurrent run, then the
    concurrent run through the batch endpoint (its own time limit)."""
    log_path = Path(tempfile.mkdtemp(prefix="quotes-bench-")) / "service.log"
    log(f"service: starting gunicorn with {workers} worker(s) (log {log_path})")
    with LiveServer(workers=workers, env={"MAX_REQUESTS": "0", "QUOTES_ACCESS_LOG": "false"},
                    log_path=log_path) as server:
        sampler = Sampler(server)
        sampler.start()
        deadline = time.monotonic() + time_limit
        # Warm-up: every worker parses a few articles before anything is timed.
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda t: post(server, t), texts[: 2 * workers]))
        log(f"service {workers}w: one client, each article once")
        single, errors = [], []
        for text in texts:
            if time.monotonic() > deadline:
                break
            seconds, error = post(server, text)
            single.append(seconds)
            if error:
                errors.append(error)
        log(f"service {workers}w: {clients} clients, each article {repeat} times")
        jobs = [text for _ in range(repeat) for text in texts]
        run = run_clients(jobs, clients, deadline, lambda text: post(server, text))
        errors += run["errors"]
        sampler.stop()
        worker_hwm = {pid: proc_kib(pid, "VmHWM") for pid in server.worker_pids()}
        master_rss = proc_kib(server.pid, "VmRSS")
        batch = None
        if batch_documents:
            log(f"service {workers}w: {clients} clients, batches of {batch_documents} articles")
            batches = [jobs[n:n + batch_documents] for n in range(0, len(jobs), batch_documents)]
            batch = run_clients(batches, clients, time.monotonic() + time_limit,
                                lambda group: post_batch(server, group))
            batch["articles"] = sum(len(group) for group in batches[:batch["sent"]])
            batch["worker_hwm"] = {pid: proc_kib(pid, "VmHWM") for pid in server.worker_pids()}
    wall, latencies = run["wall"], run["latencies"]
    return {"workers": workers, "clients": clients, "requests": len(latencies), "wall": wall,
            "articles_s": len(latencies) / wall if wall else 0.0, "latencies": latencies,
            "batch": batch,
            "single_median": statistics.median(single) if single else float("nan"),
            "errors": errors, "worker_hwm": worker_hwm, "master_rss": master_rss,
            "peak_total_rss": sampler.peak_total_rss, "peak_total_pss": sampler.peak_total_pss}


def report(args, texts, nlp, raw, library, services) -> int:
    """Print the figures and the targets; the number of targets missed."""
    mib = 1024
    chars = sum(len(t) for t in texts) / len(texts)
    best = raw["best"]
    raw_best = raw["pipe"][best]["articles_s"]
    raw_median = raw["single"]["median"]
    print("\n".join(machine(nlp)))
    print(f"articles {len(texts)} (mean {chars:.0f} characters, {raw['tokens']} tokens in all)")
    print()
    print(f"{'raw spaCy, one process':<40}{'articles/s':>11}{'tokens/s':>11}")
    for size, figures in raw["pipe"].items():
        mark = "  <- best" if size == best else ""
        print(f"  nlp.pipe batch_size={size:<18}{figures['articles_s']:>11.2f}{figures['tokens_s']:>11.0f}{mark}")
    print(f"  nlp(text) one at a time{'':<15}{raw['single']['articles_s']:>11.2f}"
          f"{raw['tokens'] / sum(raw['single']['latencies']):>11.0f}")
    print(f"  nlp(text) latency: median {raw_median * 1000:.0f} ms, "
          f"p95 {percentile(raw['single']['latencies'], 95) * 1000:.0f} ms")
    print()
    print(f"{'library (parse + rules), one process':<40}{'articles/s':>11}{'x raw':>8}")
    lib_pipe = library["pipe"]["articles_s"]
    lib_single = library["single"]["articles_s"]
    raw_paired = library["pipe"]["raw_articles_s"]
    print(f"  raw nlp.pipe batch_size={best:<14}{raw_paired:>11.2f}  (again, alternating with the line below "
          f"every {best * PAIRED_CHUNK_BATCHES} articles)")
    print(f"  extract over nlp.pipe batch_size={library['pipe']['batch_size']:<5}{lib_pipe:>11.2f}"
          f"{lib_pipe / raw_paired:>8.3f}  (vs the line above; best of {PAIRED_ROUNDS} each)")
    share = library["pipe"]["rules_share"]
    print(f"  the same, inside the library run{'':<17}{1 - share:>8.3f}  (the run's share outside extract(); "
          f"{share:.1%} inside)")
    print(f"  QuoteExtractor one at a time{'':<10}{lib_single:>11.2f}"
          f"{lib_single / raw['single']['articles_s']:>8.3f}  (vs raw nlp(text) one at a time)")
    print(f"  QuoteExtractor latency: median {library['single']['median'] * 1000:.0f} ms; "
          f"{library['quotes']} quotes; pipe and one-at-a-time answers identical: {library['same_answers']}")
    print()
    print(f"service under gunicorn, {args.clients} client threads, each article {args.repeat}x, "
          "recycling off")
    print(f"{'workers':<9}{'req':>5}{'art/s':>8}{'x raw':>7}{'p50 s':>8}{'p95 s':>8}{'p99 s':>8}"
          f"{'x raw med':>10}{'1-client med':>13}{'x raw':>7}{'errors':>7}")
    for s in services:
        lat = s["latencies"] or [float("nan")]
        p50 = percentile(lat, 50)
        print(f"{s['workers']:<9}{s['requests']:>5}{s['articles_s']:>8.2f}{s['articles_s'] / raw_best:>7.3f}"
              f"{p50:>8.3f}{percentile(lat, 95):>8.3f}{percentile(lat, 99):>8.3f}{p50 / raw_median:>10.2f}"
              f"{s['single_median']:>13.3f}{s['single_median'] / raw_median:>7.2f}{len(s['errors']):>7}")
    print(f"{'workers':<9}{'peak RSS per worker (MiB)':<30}{'master RSS':>11}{'peak total RSS':>15}{'peak total PSS':>15}")
    for s in services:
        hwm = "  ".join(f"{v / mib:.1f}" if v else "gone" for v in s["worker_hwm"].values())
        print(f"{s['workers']:<9}{hwm:<30}{(s['master_rss'] or 0) / mib:>11.1f}"
              f"{s['peak_total_rss'] / mib:>15.1f}{s['peak_total_pss'] / mib:>15.1f}")
    for s in services:
        for error in s["errors"][:5]:
            print(f"  error ({s['workers']} workers): {error}")
    if any(s["batch"] for s in services):
        report_batch(args, services, raw_best)

    print()
    print("targets")
    checks = [(f"library >= {LIBRARY_MIN}x raw (extract over nlp.pipe vs raw nlp.pipe, best batch)",
               lib_pipe / raw_paired, LIBRARY_MIN, True)]
    two = next((s for s in services if s["workers"] == 2), None)
    if two:
        checks.append((f"service, 2 workers >= {SERVICE_MIN}x raw one-process articles/s",
                       two["articles_s"] / raw_best, SERVICE_MIN, True))
    for s in services:
        checks.append((f"service, {s['workers']} worker(s): median single-article latency <= "
                       f"{LATENCY_MAX}x raw nlp(text)", s["single_median"] / raw_median, LATENCY_MAX, False))
    peak_worker = max((v for s in services for v in s["worker_hwm"].values() if v), default=None)
    if peak_worker:
        checks.append((f"peak RSS per worker <= {RSS_MAX_MIB} MiB", peak_worker / mib, RSS_MAX_MIB, False))
    missed = 0
    for label, value, bound, at_least in checks:
        met = value >= bound if at_least else value <= bound
        missed += not met
        print(f"  {'met    ' if met else 'MISSED '} {label}: {value:.3f}")
    return missed


def report_batch(args, services: list[dict], raw_best: float) -> None:
    """The batch endpoint's figures: articles/s and latency per request."""
    print()
    print(f"service batch endpoint (POST /v1/quotes/batch), {args.clients} client threads, "
          f"{args.batch_documents} articles per request, each article {args.repeat}x")
    print(f"{'workers':<9}{'req':>5}{'articles':>9}{'art/s':>8}{'x raw':>7}{'x single':>9}"
          f"{'p50 s':>8}{'p95 s':>8}{'p99 s':>8}{'errors':>7}  peak RSS per worker (MiB)")
    for s in services:
        b = s["batch"]
        if not b:
            continue
        lat = b["latencies"] or [float("nan")]
        rate = b["articles"] / b["wall"] if b["wall"] else 0.0
        single = rate / s["articles_s"] if s["articles_s"] else float("nan")
        hwm = "  ".join(f"{v / 1024:.1f}" if v else "gone" for v in b["worker_hwm"].values())
        print(f"{s['workers']:<9}{b['sent']:>5}{b['articles']:>9}{rate:>8.2f}{rate / raw_best:>7.3f}"
              f"{single:>9.3f}{percentile(lat, 50):>8.3f}{percentile(lat, 95):>8.3f}"
              f"{percentile(lat, 99):>8.3f}{len(b['errors']):>7}  {hwm}")
        for error in b["errors"][:5]:
            print(f"  error ({s['workers']} workers, batch): {error}")


def main(argv: list[str] | None = None) -> int:
    """Run every stage and print the table; exit 0 (timings are reported, not enforced)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=84, help="how many articles (the first N)")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="JSON Lines file with `text`")
    parser.add_argument("--clients", type=int, default=4, help="client threads against the service")
    parser.add_argument("--repeat", type=int, default=2, help="times each article is posted")
    parser.add_argument("--workers", default="1,2", help="gunicorn worker counts to run, comma-separated")
    parser.add_argument("--time-limit", type=float, default=240, help="seconds per service run, at most")
    parser.add_argument("--no-service", action="store_true", help="skip the gunicorn runs")
    parser.add_argument("--batch-documents", type=int, default=16,
                        help="articles per POST /v1/quotes/batch request (0: skip the batch run)")
    args = parser.parse_args(argv)

    from service.pipeline import load_pipeline

    texts = load_articles(args.gold, args.articles)
    nlp = load_pipeline()
    log(f"{len(texts)} articles; warming up")
    with nlp.memory_zone():
        list(nlp.pipe(texts[:8], batch_size=8))
    raw = bench_raw(nlp, texts)
    library = bench_library(nlp, texts, raw["best"])
    services = []
    if not args.no_service:
        for workers in (int(w) for w in args.workers.split(",") if w.strip()):
            services.append(bench_service(texts, workers, args.clients, args.repeat,
                                          args.time_limit, args.batch_documents))
    report(args, texts, nlp, raw, library, services)
    return 0


if __name__ == "__main__":
    sys.exit(main())
