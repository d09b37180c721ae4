PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv run test bench lint validate clean models screen

venv: $(STAMP)

# Re-install only when the project's metadata changes. pip's output goes to $(LOG), shown only when it fails.
LOG := $(VENV)/install.log
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "BackCare needs Python 3.11 or newer as '$(PYTHON)' (try: make PYTHON=python3.12 ...)." >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV): install Python's venv module (Debian/Ubuntu: apt install python3-venv)." >&2; \
	  exit 1; }
	@echo "Installing BackCare and its dependencies into $(VENV) (about a minute the first time)..."
	@{ $(BIN)/python -m pip install --upgrade pip && $(BIN)/python -m pip install -e '.[dev]'; } > $(LOG) 2>&1 || { \
	  cat $(LOG) >&2; echo "Installing into $(VENV) failed: pip's output is above and in $(LOG)." >&2; exit 1; }
	@touch $(STAMP)

run: venv
	$(BIN)/backcare-bot run --fallback-to-chat

# Two workers: the tests are isolated (own ports, temporary folders); tests/conftest.py hands them out longest
# first, and the ones on PostgreSQL all to one worker (one server started).
test: venv
	$(BIN)/python -m pytest -q -n 2

bench: venv
	$(BIN)/python -m bench

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy

# Refit both trained models (numpy, about two minutes): the safety booster (bot/safety/data/) and the answer model
# (bot/search/data/answers.bin), from the knowledge base and the development corpora. Run it after editing either;
# the tests say so when a model is stale.
models: venv screen
	$(BIN)/python -m bench.safety_cv --copy-only
	$(BIN)/python -m bench.answers_cv --copy

# Read the safety patterns at build time (bot/safety/data/screen.json, a few seconds): the words each cannot match
# without, so that a process need not parse them on its first message. Run it after editing a safety pattern; the
# tests say so when the file is stale.
screen: venv
	$(BIN)/python -m bot.safety.screens

validate: venv
	$(BIN)/backcare-bot validate

clean:
	rm -rf $(VENV) .pytest_cache
