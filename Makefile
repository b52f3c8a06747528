# Set-up and everyday commands. `make build` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: build test serve bench install browser clean

build: install  ## Build the digest from seeds/ into dist/
	$(PY) -m sitegen build

test: install browser  ## Run the whole test suite
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

serve: install  ## Watch, rebuild and serve on http://127.0.0.1:8000/
	$(PY) -m sitegen serve

bench: install  ## Speed and quality benchmarks (see bench/)
	$(PY) bench/run.py

install: $(STAMP) node_modules/.package-lock.json

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

browser:  ## Debian's Chromium for the browser tests
	@command -v chromium >/dev/null || { \
	  (apt-get update -qq && apt-get install -y -qq chromium) || \
	  (sudo apt-get update -qq && sudo apt-get install -y -qq chromium); }

clean:
	rm -rf dist .dist.new .dist.old .sitegen-cache
