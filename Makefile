# booksmith — news articles in, a print-ready booklet and an EPUB out.
# `make help` lists the targets. The targets follow the pipeline:
#   manuscript/articles/*.txt ──manuscript──▶ build/chapters/**/*.md ──pdf/epub──▶ dist/

MANUSCRIPT ?= manuscript
OUT        ?= dist
BUILD      ?= build
PYTHON     ?= python3
VENV       ?= .venv
# PRINT=shop: `make pdf` also makes dist/booklet-shop.pdf (bleed, trim and bleed boxes, crop marks).
PRINT      ?= home
# JOBS=N: lay the chapters out in up to N processes (`booksmith build --jobs`); auto: one a core.
JOBS       ?= auto

BOOKSMITH  := $(VENV)/bin/booksmith
PY         := $(VENV)/bin/python
RUNTIME    := $(VENV)/.runtime-installed
DEVTOOLS   := $(VENV)/.dev-installed
SYSTEM     := $(VENV)/.system-checked

# What the build and the tests need from Debian, as `command-or-package:package`: Pango for
# WeasyPrint, HarfBuzz's subsetter for compact fonts, fonts for the Japanese, Thai and other
# scripts and the emoji the articles quote, DejaVu Sans Mono for code, poppler for `make preview`; poppler and qpdf to validate PDFs, Java for EPUBCheck, and
# Calibre, whose ebook-convert is a real reading system's parser for the EPUB.
BUILD_DEBS := libpango-1.0-0:libpango-1.0-0 libpangoft2-1.0-0:libpangoft2-1.0-0 \
              libharfbuzz-subset0:libharfbuzz-subset0 fonts-noto-core:fonts-noto-core \
              fonts-noto-cjk:fonts-noto-cjk fonts-thai-tlwg:fonts-thai-tlwg \
              fonts-noto-color-emoji:fonts-noto-color-emoji fonts-dejavu-core:fonts-dejavu-core \
              pdftoppm:poppler-utils
TEST_DEBS  := pdftotext:poppler-utils qpdf:qpdf java:default-jre-headless ebook-convert:calibre \
              chromium:chromium node:nodejs npm:npm
# Ace by DAISY, the EPUB accessibility checker: from npm (pinned in tests/ace/package-lock.json), run in
# Debian's Chromium (its own browser download is skipped: nothing but the registries is reachable).
ACE        := tests/ace/node_modules/.bin/ace-puppeteer

# Every file of the manuscript folder (articles, chapters and their images, styles, fonts, the cover;
# hidden files, editor back-ups and our own outputs aside), written as make prerequisites by the same
# rule `booksmith watch` follows: names with spaces and colons escaped, FORCE for a name make cannot say
# (and for every file when the list cannot be made: a book rebuilt for nothing, never a stale one).
BOOK_INPUTS := $(shell $(PYTHON) src/booksmith/inputs.py $(MANUSCRIPT) $(OUT) $(BUILD) 2>/dev/null || echo FORCE)
CODE      := $(shell find src/booksmith -name '*.py' -o -name '*.j2' 2>/dev/null)
STYLES    := $(wildcard styles/*.css)
BOOK_DEPS := $(BOOK_INPUTS) $(STYLES) $(CODE) $(RUNTIME)

.DELETE_ON_ERROR:
FORCE:
.PHONY: FORCE help pdf booklet epub manuscript test test-fast golden corpus lint clean distclean setup system-deps preview watch serve check new bench bench-versus

help: ## list the targets
	@echo "booksmith: make TARGET [MANUSCRIPT=dir] [OUT=dir] [PRINT=shop] [JOBS=N]"
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-12s %s\n", $$1, $$2}'

# The shop and booklet builds write dist/booklet.pdf too, from the same layout.
pdf: $(OUT)/booklet$(if $(filter shop,$(PRINT)),-shop).pdf ## build the print-ready PDF into dist/ (PRINT=shop: for a print shop too)

booklet: $(OUT)/booklet-imposed.pdf ## the PDF imposed two pages a side for duplex printing: fold, staple, read

epub: $(OUT)/booklet.epub ## build the EPUB 3 into dist/

# booksmith fingerprints each chapter file, so only an article that changed is assembled again.
manuscript: $(RUNTIME) ## assemble the articles into build/chapters/ (readable Markdown)
	$(BOOKSMITH) assemble $(MANUSCRIPT) --build-dir $(BUILD)

# The print layout is a stage of its own: the PDF build lays the book out once, writes the home
# PDF and its imposition from it (imposing costs about 0.01 s) and keeps the layout's page map in
# build/, so `make -j pdf booklet epub` never lays the book out twice.
PRINT_LAYOUT := $(BUILD)/pagemap.json
$(OUT)/booklet.pdf $(OUT)/booklet-imposed.pdf $(PRINT_LAYOUT) &: $(BOOK_DEPS) $(SYSTEM)
	$(BOOKSMITH) build $(MANUSCRIPT) --pdf --booklet --out $(OUT) --build-dir $(BUILD) --jobs $(JOBS)

$(OUT)/booklet-shop.pdf: $(BOOK_DEPS) $(SYSTEM)
	$(BOOKSMITH) build $(MANUSCRIPT) --pdf --print shop --out $(OUT) --build-dir $(BUILD) --jobs $(JOBS)

# The EPUB's page list follows the print layout's page map: it comes after the layout and reads
# its map (an EPUB built alone, with no fresh map, lays the print edition out itself).
$(OUT)/booklet.epub: $(BOOK_DEPS) | $(PRINT_LAYOUT)
	$(BOOKSMITH) build $(MANUSCRIPT) --epub --out $(OUT) --build-dir $(BUILD)

preview: $(OUT)/preview/spreads.png ## render the PDF's pages and a sheet of its spreads into dist/preview/

$(OUT)/preview/spreads.png: $(OUT)/booklet.pdf
	$(BOOKSMITH) preview $(MANUSCRIPT) --out $(OUT) --no-build

watch: $(RUNTIME) $(SYSTEM) ## rebuild dist/ whenever an article, a style or book.toml changes (Ctrl-C stops)
	$(BOOKSMITH) watch $(MANUSCRIPT) --out $(OUT) --build-dir $(BUILD)

serve: $(RUNTIME) $(SYSTEM) ## the book in a browser at http://127.0.0.1:8000/ (PORT=N), refreshed on every save (Ctrl-C stops)
	$(BOOKSMITH) serve $(MANUSCRIPT) --out $(OUT) --build-dir $(BUILD) --port $(or $(PORT),8000)

# The manuscript first (fast, no build), then the books themselves with the real validators.
check: $(DEVTOOLS) system-deps ## find problems in book.toml and the articles, then in the built PDF and EPUB
	$(BOOKSMITH) check $(MANUSCRIPT)
	@$(MAKE) --no-print-directory pdf epub
	$(BOOKSMITH) check $(MANUSCRIPT) --outputs --out $(OUT)

new: $(RUNTIME) ## start a book: make new DIR=my-book ARTICLES="one.txt two.txt"
	@test -n "$(DIR)" || { echo 'usage: make new DIR=my-book ARTICLES="one.txt two.txt"'; exit 64; }
	$(BOOKSMITH) new $(DIR) $(if $(filter command line,$(origin ARTICLES)),$(ARTICLES))

test: $(DEVTOOLS) system-deps $(ACE) ## run the whole test suite (what CI runs)
	$(PY) -m pytest

# A guard (tests/fast_tier/) fails any test here that lays out a PDF or packages an EPUB: those are marked e2e.
test-fast: $(DEVTOOLS) $(SYSTEM) ## the tests that build no real PDF or EPUB, in about 2 minutes: the edit-test loop
	$(PY) -m pytest -m "not e2e" -q

golden: $(DEVTOOLS) system-deps ## rewrite the golden files (every layer) from the fixture books; review the diff
	BOOKSMITH_GOLDEN=rewrite $(PY) -m pytest tests/test_golden.py -q

corpus: $(RUNTIME) ## how well the furniture is told from the story (tests/fixtures/pages/) and saved pages read (tests/fixtures/saved/)
	$(PY) bench/corpus.py
	$(PY) bench/saved.py
	$(PY) bench/corpus.py --heldout

bench: $(DEVTOOLS) system-deps ## time books of 16 to 1,000 pages against bare WeasyPrint (BENCH="--quick"), and serve's save-to-browser delay
	$(PY) bench/run.py $(BENCH)
	$(PY) bench/serve.py

lint: $(DEVTOOLS) ## ruff (check + format) and mypy
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy

clean: ## remove build/ and dist/
	rm -rf $(BUILD) $(OUT)

distclean: clean ## also remove the virtual environment
	rm -rf $(VENV)

setup: $(RUNTIME) $(SYSTEM) ## create .venv with booksmith installed

# --- set-up -------------------------------------------------------------------------------------

PERCOLLATE := bench/percollate/node_modules/.bin/percollate

$(PERCOLLATE): bench/percollate/package.json bench/percollate/package-lock.json | system-deps
	cd bench/percollate && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --silent
	@touch $@

bench-versus: $(DEVTOOLS) $(SYSTEM) $(PERCOLLATE) ## booksmith beside percollate on the saved pages (tests/fixtures/saved/)
	$(PY) bench/versus.py

$(ACE): tests/ace/package.json tests/ace/package-lock.json | system-deps
	cd tests/ace && ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --silent
	@touch $@

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(RUNTIME): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet -e .
	@touch $@

$(DEVTOOLS): pyproject.toml $(RUNTIME)
	$(VENV)/bin/pip install --quiet -e '.[test]'
	@touch $@

# The PDF needs Pango and fonts from the system; name what is missing rather than fail later.
$(SYSTEM): | $(VENV)/bin/python
	@$(MAKE) --no-print-directory system-deps DEBS="$(BUILD_DEBS)"
	@touch $@

system-deps: ## install (as root) or name the Debian packages the build and tests need
	@missing=""; for need in $(or $(DEBS),$(BUILD_DEBS) $(TEST_DEBS)); do \
	  what=$${need%%:*}; deb=$${need#*:}; \
	  command -v $$what >/dev/null 2>&1 && continue; \
	  dpkg-query -W -f='$${Status}' $$what 2>/dev/null | grep -q "ok installed" && continue; \
	  missing="$$missing $$deb"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
	  echo "booksmith needs these system packages:$$missing"; \
	  echo "install them with: sudo apt-get install$$missing"; exit 1; \
	fi
