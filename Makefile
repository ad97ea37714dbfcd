# ctst — two commands on a fresh Debian machine:
#   make report   install what is missing, build, write the sample period's consolidated report
#   make test     install what is missing, build, run the test suite and the end-to-end checks
SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

SWIFT ?= swift
ROOT := $(CURDIR)
DEBIAN_PACKAGES := libyaml-dev libxlsxwriter-dev zlib1g-dev pkgconf cmark-gfm unzip
PYTHON ?= python3
PYTHON_PACKAGES := openpyxl
RELEASE_BIN := .build/release/ctst
SECONDS ?= 60

.PHONY: report test deps deps-debian deps-python build build-release lint unit e2e bench fuzz clean

report: deps-debian build-release
	$(RELEASE_BIN) consolidate --root "$(ROOT)"

test: deps build lint unit e2e

deps: deps-debian deps-python

## Installs only the Debian packages that are absent; runs apt-get update once, only if needed.
deps-debian:
	missing=()
	for p in $(DEBIAN_PACKAGES); do
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$$p")
	done
	if [ $${#missing[@]} -gt 0 ]; then
	  echo "installing Debian packages: $${missing[*]}"
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"
	  $$SUDO apt-get update -qq
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq "$${missing[@]}" >/dev/null
	fi
	pkg-config --exists yaml-0.1 xlsxwriter || { echo "error: pkg-config cannot find yaml-0.1 and xlsxwriter" >&2; exit 69; }

## Python packages for the end-to-end checks (an independent XLSX reader).
deps-python:
	$(PYTHON) -c 'import openpyxl' 2>/dev/null || $(PYTHON) -m pip install -q --disable-pip-version-check $(PYTHON_PACKAGES)

build:
	$(SWIFT) build

build-release:
	$(SWIFT) build -c release --product ctst

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Plugins Tests

unit:
	$(SWIFT) test --parallel

e2e: build
	$(PYTHON) Tests/e2e/run_e2e.py --binary "$$($(SWIFT) build --show-bin-path)/ctst" --root "$(ROOT)"

clean:
	rm -rf .build reports/*/output
