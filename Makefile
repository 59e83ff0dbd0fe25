# The two commands of the README:  make run  (install and start)  and  make test.
# Each creates or refreshes its own virtual environment in .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml setup.py | cksum | cut -d' ' -f1)
# The translation catalogues, built from their .ts sources (shipped inside the package).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test lint demo bench clean translations installer installer-lock installer-tools

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $@

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	sh installer/linux/ensure-qt-libs.sh
	sh installer/linux/with-display.sh $(BIN)/lernpartner $(ARGS)

test: $(STAMP) $(QM)
	-QT_QPA_PLATFORM=offscreen sh installer/linux/ensure-qt-libs.sh
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
	$(BIN)/python benchmarks/bench_backup.py
	$(BIN)/python benchmarks/bench_reports.py
	$(BIN)/python benchmarks/bench_exchange.py

# After adding or changing texts: refresh the catalogues, then fill what `todo` lists.
translations: $(STAMP)
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py release
	@$(BIN)/python tools/translations.py todo | $(BIN)/python -c "import json,sys; n=len(json.load(sys.stdin)); print(f'{n} German entries unfinished (python tools/translations.py todo)')"

# The Windows installer (needs root, the network and about 6 GB; see installer/README.md).
# Downloads and the wine chroot are cached in /var/cache/lernpartner-installer.
INSTALLER_STAMP := $(VENV)/.installer-tools-$(shell cksum pyproject.toml | cut -d' ' -f1)

$(INSTALLER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev,installer]"
	rm -f $(VENV)/.installer-tools-*
	touch $@

# Listed first, so that without root it stops before anything else happens.
installer-tools:
	sh installer/windows/ensure-build-tools.sh

installer: installer-tools $(STAMP) $(QM)
	$(MAKE) --no-print-directory $(INSTALLER_STAMP)
	$(BIN)/python installer/windows/build.py $(ARGS)

# After a change of pyproject's dependencies or version: refresh the Windows lock.
installer-lock: $(STAMP)
	$(MAKE) --no-print-directory $(INSTALLER_STAMP)
	$(BIN)/python installer/windows/lock.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
