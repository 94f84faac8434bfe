# hybridgate: two commands on a fresh machine.
#   make run   - venv + pinned deps + default model + gateway on 127.0.0.1:8080
#   make test  - the whole suite (engine, signals, gateway, ledger incl. PostgreSQL)
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
HOST    ?= 127.0.0.1
PORT    ?= 8080
POLICY  ?= policies/default.yaml
export LITELLM_LOCAL_MODEL_COST_MAP := True
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=
export NUMBA_CACHE_DIR ?= $(CURDIR)/.cache/numba

.PHONY: run test install models postgres bench clean

$(BIN)/.installed: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

install: $(BIN)/.installed

models: install
	$(BIN)/hybridgate models pull

run: install models
	$(BIN)/hybridgate serve --host $(HOST) --port $(PORT) --policy $(POLICY)

postgres:
	bash scripts/postgres.sh start

test: install models postgres
	bash scripts/chromium.sh >/dev/null  # headless Chromium for the dashboard render test
	$(BIN)/python -m pytest -q -ra $(PYTEST_ARGS)

bench: install models
	$(BIN)/python bench/engine.py

clean:
	rm -rf $(VENV) .cache
