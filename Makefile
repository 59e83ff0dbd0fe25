# The two commands of the README:  make run  (install and start)  and  make test.
# Each creates or refreshes its own virtual environment in .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint demo bench clean translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	sh installer/linux/ensure-qt-libs.sh
	sh installer/linux/with-display.sh $(BIN)/lernpartner $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

demo: $(STAMP)
	$(BIN)/lernpartner demo $(ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_partnerships.py
	$(BIN)/python benchmarks/bench_vault.py
	$(BIN)/python benchmarks/bench_matching.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find lernpartner_desktop -name '*.py' -not -path '*/migrations/*') \
		-ts resources/translations/lernpartner_de.ts
	$(BIN)/pyside6-lrelease resources/translations/lernpartner_de.ts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
