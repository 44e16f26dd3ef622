# Fresh machine: `make demo` and `make test` set everything up in .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck docs lab bench clean browser screenshots tone-model

install: $(STAMP)

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	# bytecode now, as a regular (non-editable) install does: processes (the pool's workers too) then skip compiling
	$(BIN)/python -m compileall -q toolkit
	touch $(STAMP)

demo: install
	$(BIN)/python -m toolkit analyze seeds --out out
	$(BIN)/python -m toolkit report seeds --out out/reports

lint: install
	$(BIN)/ruff check toolkit tests bench
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy toolkit

# Debian's Chromium for the tests that open rendered reports in a real browser (needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  ( (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || \
	    (sudo -n apt-get update -qq && DEBIAN_FRONTEND=noninteractive sudo -n apt-get install -y -qq chromium) >/dev/null 2>&1 || \
	    echo "warning: could not install chromium; browser tests will be skipped" )

# The documentation site (MkDocs + Material + mkdocstrings), offline, warnings as errors; into site/ (DOCS_DIR=...)
DOCS_DIR ?= site
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(DOCS_DIR)

test: install lint typecheck browser
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $$(mktemp -d)
	$(BIN)/python -m pytest

# transport_encryption=auto: kernels get CurveZMQ keys (no "running over TCP without encryption" warning)
lab: install
	$(BIN)/jupyter lab notebooks/ --KernelManager.transport_encryption=auto $$([ "$$(id -u)" = 0 ] && echo --allow-root)

# docs/screenshots/ from a live JupyterLab (the notebooks run on the seeds in headless Chromium)
screenshots: install browser
	TOOLKIT_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_jupyterlab.py

bench: install
	$(BIN)/python bench/run.py

# toolkit/data/tone_model.json from NewsMTSC's training split (scikit-learn, fixed seed: the same bytes on every run;
# settings chosen on the dev splits, docs/sentiment.md#targeted-tone-model; the data: bench/benchdata.py or DATA=DIR)
tone-model: install
	$(BIN)/python bench/train_tone.py --out toolkit/data/tone_model.json --C 0.2 --min-df 2 $(if $(DATA),--data $(DATA))

clean:
	rm -rf out site .pytest_cache .mypy_cache .ruff_cache
