# hoso — everything a fresh Debian machine needs, then the job.
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEB_PACKAGES := libxml2-dev libzip-dev zlib1g-dev pkg-config libxml2-utils libreoffice-writer-nogui poppler-utils fonts-liberation2 python3-venv
RELEASE_BIN := .build/release/hoso

.PHONY: deps build demo test bench clean

## deps: install the Debian packages that are missing (apt-get; sudo when not root).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: the release binary.
build: deps
	$(SWIFT) build -c release --product hoso

## demo: render the An Sơn dossier into out/.
demo: build
	$(RELEASE_BIN) render Fixtures/an-son-2023.yaml -o out
	@echo "Hồ sơ đã ghi vào: $$(pwd)/out"

## test: every test target (Swift Testing).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

## bench: hoso and docxtpl on the same templates, in one run (docxtpl in a virtual environment).
BENCH_VENV := .bench/venv
bench: deps
	$(SWIFT) build -c release --product hoso-bench
	@[ -x $(BENCH_VENV)/bin/python ] || { python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q docxtpl; }
	.build/release/hoso-bench --python $(BENCH_VENV)/bin/python --fixtures Fixtures/bench

clean:
	rm -rf .build out .bench
