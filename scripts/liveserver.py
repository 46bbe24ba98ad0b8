"""Start the real service under gunicorn on a free 127.0.0.1 port, and always stop it.

    with LiveServer(workers=2) as server:
        urllib.request.urlopen(server.url + "/readyz")

Used by the live tests (tests/test_live.py), the live fuzz (scripts/fuzz.py) and the
load script (scripts/load.py). Only ever binds and talks to 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")
HOST = "127.0.0.1"
SEED = ROOT / "seeds" / "000_86915c4c104c3bba.txt"


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def proc_kib(pid: int, field: str, source: str = "status") -> int | None:
    """A KiB field of /proc/<pid>/<source> (VmRSS, VmHWM; Pss in smaps_rollup), or None when gone."""
    try:
        for line in Path(f"/proc/{pid}/{source}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_kib(pid: int) -> int | None:
    """Resident memory of a process in KiB (VmRSS), or None when it is gone."""
    return proc_kib(pid, "VmRSS")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def load_articles(path: Path, count: int | None = None) -> list[str]:
    """The first `count` (default all) article texts of a JSON Lines gold file, or the seed when absent."""
    if not path.is_file():
        print(f"{path} not found: using the seed article only", file=sys.stderr)
        return [SEED.read_text(encoding="utf-8")]
    texts = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if count is not None and len(texts) >= count:
                break
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


class LiveServer:
    """gunicorn -c gunicorn.conf.py, bound to 127.0.0.1:<free port>, as a context manager."""

    def __init__(self, workers: int = 2, env: dict | None = None, ready_timeout: float = 90,
                 log_path: Path | None = None) -> None:
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.workers = workers
        self.env = {**os.environ, "HOST": HOST, "PORT": str(self.port),
                    "WORKERS": str(workers), **(env or {})}
        self.env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # gunicorn.conf.py makes a fresh one
        self.ready_timeout = ready_timeout
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self._log = None

    def __enter__(self) -> "LiveServer":
        """Start gunicorn and wait (bounded) until /readyz answers and every worker is up."""
        self._log = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py"], cwd=ROOT, env=self.env,
            stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        """Stop the server, whatever happened."""
        self.stop()

    def wait_ready(self) -> None:
        """Poll /readyz until it answers 200 and all workers exist; fail after ready_timeout."""
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}")
            try:
                if self.get("/readyz", timeout=2)[0] == 200 and \
                        len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"the service was not ready within {self.ready_timeout} s")

    def stop(self, timeout: float = 60) -> int | None:
        """SIGTERM the master, wait (bounded), SIGKILL the group if it lingers."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()
        return self.process.returncode

    @property
    def pid(self) -> int:
        """The gunicorn master's pid."""
        return self.process.pid

    def worker_pids(self) -> list[int]:
        """The pids of the master's live children (the workers)."""
        path = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except OSError:
            return []

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None, timeout: float = 60) -> tuple[int, dict, bytes]:
        """One HTTP request: (status, headers, body); HTTP errors are answers too."""
        req = urllib.request.Request(self.url + path, data=body, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def get(self, path: str, **kwargs) -> tuple[int, dict, bytes]:
        """A GET request."""
        return self.request("GET", path, **kwargs)

    def post_json(self, path: str, payload: object, headers: dict | None = None,
                  timeout: float = 60) -> tuple[int, dict, dict]:
        """POST a JSON body: (status, headers, parsed body)."""
        status, head, body = self.request(
            "POST", path, json.dumps(payload).encode("utf-8"),
            {"Content-Type": "application/json", **(headers or {})}, timeout)
        return status, head, json.loads(body)

    def post_text(self, text: str, headers: dict | None = None,
                  timeout: float = 60) -> tuple[int, dict, dict]:
        """POST /v1/quotes with a JSON body: (status, headers, parsed body)."""
        return self.post_json("/v1/quotes", {"text": text}, headers, timeout)

    def post_batch(self, texts: list[str], headers: dict | None = None,
                   timeout: float = 60) -> tuple[int, dict, dict]:
        """POST /v1/quotes/batch with the texts as documents "0", "1", ...: (status, headers,
        parsed body)."""
        documents = [{"id": str(n), "text": text} for n, text in enumerate(texts)]
        return self.post_json("/v1/quotes/batch", {"documents": documents}, headers, timeout)
