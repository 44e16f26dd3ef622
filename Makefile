# Fresh machine: `make demo` and `make test` set everything up in .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck lab bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/python -m toolkit analyze seeds --out out

lint: install
	$(BIN)/ruff check toolkit tests bench

typecheck: install
	$(BIN)/mypy toolkit

test: install lint typecheck
	$(BIN)/python -m pytest

lab: install
	$(BIN)/jupyter lab notebooks/

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
