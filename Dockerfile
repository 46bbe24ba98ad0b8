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
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    PORT=8000 \
    WORKERS=2
RUN useradd --system --create-home --uid 10001 quotes
WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /app /app
COPY gunicorn.conf.py openapi.yaml ./
USER quotes
EXPOSE 8000
# slim has no curl: ask /livez with the standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; u.urlopen('http://127.0.0.1:%s/livez' % os.environ.get('PORT', '8000'), timeout=4)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
