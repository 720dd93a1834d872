# The two commands of the README: `make build` and `make test`. Both set up .venv from the lock file first.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: setup browser build test dev score

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet "pip==26.3" "setuptools==84.2.1" "wheel==0.48.0"
	$(VENV)/bin/python -m pip install --quiet -r requirements.lock
	$(VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

build: setup
	$(VENV)/bin/claimpack build

# Debian's chromium for the download-page test (headless); installed when missing and apt-get is usable.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "chromium not found and cannot be installed here: the browser test will be skipped"; fi; }

test: setup browser
	$(VENV)/bin/python -m pytest -q

# The UI on http://127.0.0.1:3000 with its run history kept in .claimpack/dagster_home (git-ignored).
dev: setup
	mkdir -p .claimpack/dagster_home
	test -f .claimpack/dagster_home/dagster.yaml || printf 'telemetry:\n  enabled: false\n' > .claimpack/dagster_home/dagster.yaml
	DAGSTER_HOME=$(CURDIR)/.claimpack/dagster_home $(VENV)/bin/dagster dev -h 127.0.0.1

score: setup
	$(VENV)/bin/python ../shared/eval/score_project.py ../shared/eval-data/dev/*.jsonl --claimpack $(VENV)/bin/claimpack
