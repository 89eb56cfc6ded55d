# hoso — everything a fresh Debian machine needs, then the job.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := libxml2-dev libzip-dev zlib1g-dev pkg-config libxml2-utils libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 python3-venv time strace chromium
RELEASE_BIN := .build/release/hoso
## Release builds link the Swift runtime and Foundation statically (libxml2, libzip and the C
## libraries stay shared): a process then maps 14 libraries instead of 27 and skips most dynamic
## relocation. Measured (perf stat, CPU time, load 7–9): `hoso --version` 21 → 14 ms, `hoso fill`
## of the one-page letter 28 → 15 ms. Every release build uses the same flags, so they share one
## build (changing them recompiles every module). Debug and test builds are unchanged.
RELEASE := -c release --static-swift-stdlib

.PHONY: deps build demo lint test browser-test bench fuzz clean

## deps: install the Debian packages that are missing (apt-get; sudo when not root).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: the release binary.
build: deps
	$(SWIFT) build $(RELEASE) --product hoso

## demo: render the An Sơn dossier into out/.
demo: build
	$(RELEASE_BIN) render Fixtures/an-son-2023.yaml -o out
	@echo "Hồ sơ đã ghi vào: $$(pwd)/out"

## lint: the code as `.swift-format` lays it out (fix with `swift format -i -r Sources Tests`).
lint:
	$(SWIFT) format lint --strict --parallel -r Sources Tests

## test: every test target (Swift Testing), then the browser test of `hoso serve`.
## The server's tests run on their own, after the others: Swift Testing runs tests on the
## cooperative thread pool (one thread a core), and the end-to-end and fault tests block their thread
## while LibreOffice or a killed child runs; on 2 cores that starved the servers under test until
## their clients timed out, so a pass depended on the machine's load.
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest --skip HosoServerTests
	$(SWIFT) test --skip-build --disable-xctest --filter HosoServerTests
	$(MAKE) browser-test

## browser-test: `hoso serve` driven in Debian's Chromium by Playwright for Python (installed with pip
## into $(BROWSER_VENV); it downloads no browser). Screenshots in Tests/Browser/artifacts/. Bounded: 10 minutes.
BROWSER_VENV := .browser/venv
PLAYWRIGHT_VERSION := 1.65.2
browser-test: deps
	@[ -x $(BROWSER_VENV)/bin/python ] && $(BROWSER_VENV)/bin/python -c "import playwright" 2>/dev/null || \
	  { python3 -m venv $(BROWSER_VENV) && $(BROWSER_VENV)/bin/pip install -q playwright==$(PLAYWRIGHT_VERSION); }
	$(SWIFT) build --product hoso
	timeout 900 $(BROWSER_VENV)/bin/python Tests/Browser/test_serve.py .build/debug/hoso

## bench: hoso and docxtpl on the same templates, in one run (docxtpl in a virtual environment).
BENCH_VENV := .bench/venv
bench: deps
	$(SWIFT) build $(RELEASE) --product hoso-bench
	$(SWIFT) build $(RELEASE) --product hoso
	@[ -x $(BENCH_VENV)/bin/python ] || { python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q docxtpl; }
	.build/release/hoso-bench --python $(BENCH_VENV)/bin/python --fixtures Fixtures/bench

## fuzz: libFuzzer with AddressSanitizer on the template tags, the data loaders and the package reader,
## each for FUZZ_SECONDS (default 600) from seeds built from Fixtures/ and Forms/; not part of `test`.
## Optimised build (a debug build runs ~30 times fewer inputs per second). Work folder: .fuzz/<target>/
## (corpus, findings = crashing, leaking, slow or memory-hungry inputs, log). Replay a finding with the
## ordinary build: `swift build --product FuzzX && .build/debug/FuzzX FILE`.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= FuzzTemplateTags FuzzTemplateValues FuzzDataLoader FuzzPackageReader
FUZZ_DIR := .fuzz
FUZZ_BUILD := $(SWIFT) build --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -DHOSO_FUZZER
fuzz: deps
	$(SWIFT) build --product hoso
	@set -o pipefail; for t in $(FUZZ_TARGETS); do \
	  echo "Building $$t (libFuzzer + AddressSanitizer)"; \
	  $(FUZZ_BUILD) --product $$t 2>&1 | { grep -v "Cannot export local symbol" || true; } | tail -3 || exit 1; \
	done
	@rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds/FuzzTemplateTags $(FUZZ_DIR)/seeds/FuzzTemplateValues $(FUZZ_DIR)/seeds/FuzzDataLoader $(FUZZ_DIR)/seeds/FuzzPackageReader
	@# Data seeds: the fixtures, the rubrics, the broken-data catalogue and the small bench data (the
	@# 5,000-row table would make every mutation of it a slow unit).
	@cp Fixtures/*.yaml Forms/rubrics/*.yaml Tests/AssessmentInputTests/Broken/*.yaml Fixtures/bench/letter.json \
	  Fixtures/bench/table-100.json $(FUZZ_DIR)/seeds/FuzzDataLoader/
	@for form in Forms/*/word/document.xml; do \
	  name=$$(basename $$(dirname $$(dirname $$form))); \
	  grep -o '{[{%#][^<]*[}%#]}' $$form | sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&amp;/\&/g' \
	    > $(FUZZ_DIR)/seeds/FuzzTemplateTags/$$name.txt; \
	  split -l 1 -d -a 3 $(FUZZ_DIR)/seeds/FuzzTemplateTags/$$name.txt $(FUZZ_DIR)/seeds/FuzzTemplateTags/$$name-; \
	done
	@# Value seeds: text with each character a run turns into something else, and one it refuses.
	@printf 'An S\xc6\xa1n\xffd\xc3\xb2ng 1\nd\xc3\xb2ng 2\tc\xe1\xbb\x99t\xffA & <B>' > $(FUZZ_DIR)/seeds/FuzzTemplateValues/text
	@printf 'trang 1\ftrang 2\xff\x07\x07\xffx\ay' > $(FUZZ_DIR)/seeds/FuzzTemplateValues/breaks
	@printf 'a\x01b\xff\x0b' > $(FUZZ_DIR)/seeds/FuzzTemplateValues/refused
	@for id in $$(.build/debug/hoso forms list | awk '{print $$1}'); do \
	  .build/debug/hoso forms export $$id $(FUZZ_DIR)/seeds/FuzzPackageReader/$$id.docx >/dev/null || exit 1; \
	done
	@status=0; for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_DIR)/$$t/corpus $(FUZZ_DIR)/$$t/findings; \
	  echo "Fuzzing $$t for $(FUZZ_SECONDS) s (log: $(FUZZ_DIR)/$$t/log)"; \
	  .build-fuzz/release/$$t $(FUZZ_DIR)/$$t/corpus $(FUZZ_DIR)/seeds/$$t -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/$$t/findings/ \
	    > $(FUZZ_DIR)/$$t/log 2>&1 || status=1; \
	  runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/$$t/log | tail -1); \
	  rate=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FUZZ_DIR)/$$t/log | tail -1); \
	  cov=$$(grep -o 'cov: [0-9]* ft: [0-9]*' $(FUZZ_DIR)/$$t/log | tail -1); \
	  echo "$$t: $${runs:-?} executions ($${rate:-?}/s), $${cov:-cov: ?}, corpus $$(ls $(FUZZ_DIR)/$$t/corpus | wc -l)," \
	    "$$(ls $(FUZZ_DIR)/$$t/findings | wc -l) findings in $(FUZZ_DIR)/$$t/findings"; \
	done; exit $$status

clean:
	rm -rf .build out .bench .build-fuzz .fuzz
