# hybridgate: two commands on a fresh machine.
#   make run   - venv + runtime deps (hash-checked) + default model + gateway and console on 127.0.0.1:8470
#   make test  - runtime + test deps, then the whole suite (engine, signals, gateway, ledger incl. PostgreSQL)
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
HOST    ?= 127.0.0.1
PORT    ?= 8470
POLICY  ?= policies/default.yaml
PIP     := $(BIN)/pip install --quiet --require-hashes
export LITELLM_LOCAL_MODEL_COST_MAP := True
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export NUMBA_CACHE_DIR ?= $(CURDIR)/.cache/numba

.PHONY: run test test-gpu install install-test models postgres bench lock clean

# Runtime only: what production gets (no pytest, hypothesis, faker).
$(BIN)/.installed: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(PIP) -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.installed-test: $(BIN)/.installed requirements-test.lock
	$(PIP) -r requirements.lock -r requirements-test.lock
	touch $@

install: $(BIN)/.installed

install-test: $(BIN)/.installed-test

models: install
	$(BIN)/hybridgate models pull

# State (SQLite ledger, generated admin key) lives in .hybridgate/; the first start prints the
# dashboard URL and the admin key once.
run: install models
	$(BIN)/hybridgate serve --host $(HOST) --port $(PORT) --policy $(POLICY)

postgres:
	bash scripts/postgres.sh start

# Two workers (pytest-xdist): the engine files in one lane, every other file taken by whichever is
# free (tests/conftest.py). PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= 2
test: install-test models postgres
	bash scripts/chromium.sh >/dev/null  # headless Chromium for the dashboard render tests
	$(BIN)/python -m pytest -q -ra --durations=25 -n $(PYTEST_WORKERS) --no-loadscope-reorder $(PYTEST_ARGS)

# On a host with an NVIDIA GPU: the GPU tests on the real CUDA target, then the offload bench
# (scripts/gpu_check.sh; CUDA=cu13 for a CUDA 13 driver). Not part of `make test` (CI has no GPU).
CUDA ?= cu12
test-gpu: install-test
	$(BIN)/pip install --quiet "numba-cuda[$(CUDA)]==0.30.4"
	bash scripts/gpu_check.sh artifacts/gpu

bench: install-test models
	$(BIN)/python bench/engine.py

# Re-resolve the hashed locks after editing pyproject.toml's pins.
lock:
	bash scripts/lock.sh

clean:
	rm -rf $(VENV) .cache
