# syntax=docker/dockerfile:1
# Build: docker build -t bulletin-enricher:dev .    Run: docker run --rm -e BULLETINS_KAFKA_BOOTSTRAP_SERVERS=... bulletin-enricher:dev

# --- build stage: a virtualenv with the package and its dependencies ---
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
RUN /opt/venv/bin/pip install .

# --- runtime stage: the virtualenv only, run as an unprivileged user ---
FROM python:3.11-slim
RUN groupadd --system --gid 10001 bulletins \
    && useradd --system --uid 10001 --gid bulletins --no-create-home --shell /usr/sbin/nologin bulletins
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    BULLETINS_METRICS_PORT=9108
USER 10001:10001
EXPOSE 9108
# The slim image has no curl: ask /healthz with the interpreter that is there anyway.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('BULLETINS_METRICS_PORT', '9108') + '/healthz', timeout=2)"]
ENTRYPOINT ["bulletins"]
CMD ["run"]
