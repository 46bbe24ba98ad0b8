# The service image: the same hashed lock and gunicorn.conf.py as `make serve`.
#   docker build -t quotes . && docker run -p 8000:8000 quotes

FROM python:3.11-slim AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
WORKDIR /app
# Dependencies first (their layer survives code changes); the model is one of them.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
# Then the project, editable as in the Makefile, so service/ sits beside openapi.yaml.
COPY pyproject.toml ./
COPY service ./service
RUN pip install --no-deps --no-build-isolation -e .

FROM python:3.11-slim
# TMPDIR is the one place the service may write: gunicorn's worker heartbeat files and
# the Prometheus multiprocess directory go there. Run with `--read-only --tmpfs /tmp`
# to make the rest of the filesystem read-only for real.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    TMPDIR=/tmp/quotes \
    PORT=8000 \
    WORKERS=2
# A system user with no home and no shell; it owns nothing but TMPDIR.
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin quotes
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /app /app
COPY gunicorn.conf.py openapi.yaml ./
# Everything above belongs to root and is read-only for the user; no directory is
# writable by everyone except /tmp itself, where TMPDIR is the user's own (mode 700).
RUN find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp \) -prune \
        -o -perm -0002 ! -type l -exec chmod o-w {} + \
    && install -d -o quotes -g quotes -m 0700 /tmp/quotes
USER quotes
# Fail the build if the user can write anywhere but the temporary directories.
RUN python -c "import os, sys; bad = [os.path.join(d, n) for d, ds, fs in os.walk('/') if not d.startswith(('/proc', '/sys', '/dev', '/tmp')) for n in [''] + fs if not os.path.islink(os.path.join(d, n)) and os.access(os.path.join(d, n), os.W_OK)]; sys.exit(bad and 'writable by the service user: %s' % bad[:20])"
EXPOSE 8000
# slim has no curl: ask /livez with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/livez' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
