"""Gunicorn settings for `make serve` and the container: PORT and WORKERS from the environment."""

import multiprocessing
import os

# Load the spaCy pipeline once in the master; workers share it copy-on-write.
wsgi_app = "service.app:create_app()"
preload_app = True

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WORKERS") or multiprocessing.cpu_count())
worker_class = "sync"

# A news article takes well under a second. A text at MAX_TEXT_CHARS (500,000) took
# about 65 s on 2 cores (spaCy about 20 s of it), so 120 s before a worker is killed.
timeout = 120
graceful_timeout = 30

# Recycle workers now and then so slow growth in memory never accumulates.
max_requests = 1000
max_requests_jitter = 100

# No runtime control socket (gunicornc): nothing uses it, and it needs a writable home.
control_socket_disable = True

# Access log on stdout (request line, status, size, time: never bodies); errors on stderr.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
