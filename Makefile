# ctst — two commands on a fresh Debian machine:
#   make report   install what is missing, build, write the sample period's consolidated report
#   make test     install what is missing, build, run the test suite and the end-to-end checks
#   make install [PREFIX=/usr/local]   a standalone ctst with its man page and completions
SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c

SWIFT ?= swift
ROOT := $(CURDIR)
DEBIAN_PACKAGES := libyaml-dev libxlsxwriter-dev zlib1g-dev libssl-dev pkgconf cmark-gfm unzip \
  fonts-crosextra-carlito
PYTHON ?= python3
PYTHON_PACKAGES := openpyxl check-jsonschema fonttools
RELEASE_BIN := .build/release/ctst
## The release build: the Swift runtime and FoundationEssentials linked in (--static-swift-stdlib),
## so the binary runs without the toolchain and starts without loading and binding a dozen shared
## libraries (the sample's report takes about a fifth less CPU time). Nothing ctst links imports
## full Foundation (FoundationInternationalization and its ICU data: 36 MB more to map and 1,679
## more protocol conformances for every first dynamic cast to scan). `make report`, `make bench`
## and `make install` all use it; every release build in one scratch folder must use the same
## flags, or SwiftPM compiles everything again.
## The compiler makes a generic type's metadata with direct calls rather than from its mangled
## name: the runtime then never searches the binary's 6,000 protocol conformances for a
## `Hashable` key or other requirement it already has. The sample's report runs 2.4% fewer
## instructions (9 M of 377 M, most at start-up, before the work can be shared between cores);
## its files are the same, byte for byte.
## The C++ runtime the Swift runtime needs (libstdc++) is linked in as well when its archive is
## installed (the toolchain's libstdc++-dev provides it): the linker finds libstdc++.a through
## $(LINK_DIR) before the shared library, so the loader no longer maps it and looks up its
## symbols at every start (1,664 fewer lookups, half the loader's time). Start-up to `main` takes
## about 1 ms less (4.5 against 5.5 ms, median of 60 runs taken in turn); the files are the same.
## Without the archive the folder stays empty and the shared library is used as before.
LINK_DIR := $(ROOT)/.build-link
RELEASE_FLAGS := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
  -Xlinker "-L$(LINK_DIR)"
RELEASE_BUILD := $(SWIFT) build -c release --static-swift-stdlib $(RELEASE_FLAGS)
SECONDS ?= 60

.PHONY: report test deps deps-debian deps-python deps-man build build-release build-static lint unit \
  e2e install uninstall install-test bench fuzz fuzz-smoke clean print-check link-dir

report: deps-debian build-release
	$(RELEASE_BIN) consolidate --root "$(ROOT)"

test: deps build lint unit fuzz-smoke install-test e2e

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

## Python packages for the end-to-end checks (an independent XLSX reader, a JSON Schema validator).
deps-python:
	$(PYTHON) -c 'import openpyxl, check_jsonschema, fontTools' 2>/dev/null || $(PYTHON) -m pip install -q --disable-pip-version-check $(PYTHON_PACKAGES)

build:
	$(SWIFT) build

## The workbook as printed: LibreOffice converts the sample report and review pack to A4 PDF and
## poppler renders each page to .build-print/*-page-*.png (60 dpi) for a person to look at. Carlito,
## metrically the same as Calibri (Excel's default font), makes the pages measure as in Excel.
PRINT_DIR ?= .build-print
print-check: build
	$(MAKE) --no-print-directory deps-debian DEBIAN_PACKAGES="libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito"
	rm -rf "$(PRINT_DIR)" && mkdir -p "$(PRINT_DIR)"
	.build/debug/ctst consolidate --root "$(ROOT)" --format xlsx --out "$(PRINT_DIR)"
	.build/debug/ctst review --root "$(ROOT)" --format xlsx --out "$(PRINT_DIR)"
	cd "$(PRINT_DIR)"
	for book in *.xlsx; do
	  libreoffice --headless -env:UserInstallation=file://$$PWD/lo-profile --convert-to pdf "$$book" >/dev/null
	  pdftoppm -png -r 60 "$${book%.xlsx}.pdf" "$${book%.xlsx}-page"
	done
	ls *.pdf; echo "pages: $$(ls *-page-*.png | wc -l) PNG files in $(PRINT_DIR)"

build-release: link-dir
	$(RELEASE_BUILD) --product ctst

## The folder RELEASE_FLAGS gives the linker: libstdc++.a, linked to where the compiler keeps it.
link-dir:
	mkdir -p "$(LINK_DIR)"
	archive=$$(cc -print-file-name=libstdc++.a 2>/dev/null || true)
	if [ -f "$$archive" ]; then ln -sf "$$archive" "$(LINK_DIR)/libstdc++.a"; fi

lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Plugins Tests

unit:
	$(SWIFT) test --parallel

e2e: build
	$(PYTHON) Tests/e2e/run_e2e.py --binary "$$($(SWIFT) build --show-bin-path)/ctst" --root "$(ROOT)"

## A standalone install: the release binary (RELEASE_BUILD: the Swift runtime linked in, so it
## runs without the toolchain), the man page generated from the
## command definitions (Tools/manpage.py over `ctst --experimental-dump-help`), and the bash, zsh
## and fish completions. DESTDIR is honoured for packaging. `make uninstall` removes the same files.
PREFIX ?= /usr/local
DESTDIR ?=
STATIC_SCRATCH ?= .build
STATIC_BUILD := $(RELEASE_BUILD) --product ctst --scratch-path $(STATIC_SCRATCH)
INSTALLED := bin/ctst share/man/man1/ctst.1 share/bash-completion/completions/ctst \
  share/zsh/site-functions/_ctst share/fish/vendor_completions.d/ctst.fish

build-static: deps-debian link-dir
	$(STATIC_BUILD)

install: build-static
	bin="$$($(STATIC_BUILD) --show-bin-path)/ctst"
	dest="$(DESTDIR)$(PREFIX)"
	staging=$$(mktemp -d)
	trap 'rm -rf "$$staging"' EXIT
	"$$bin" --experimental-dump-help \
	  | $(PYTHON) Tools/manpage.py --version "$$("$$bin" --version)" > "$$staging/ctst.1"
	for shell in bash zsh fish; do
	  "$$bin" --generate-completion-script "$$shell" > "$$staging/ctst.$$shell"
	done
	install -D -m 755 "$$bin" "$$dest/bin/ctst"
	install -D -m 644 "$$staging/ctst.1" "$$dest/share/man/man1/ctst.1"
	install -D -m 644 "$$staging/ctst.bash" "$$dest/share/bash-completion/completions/ctst"
	install -D -m 644 "$$staging/ctst.zsh" "$$dest/share/zsh/site-functions/_ctst"
	install -D -m 644 "$$staging/ctst.fish" "$$dest/share/fish/vendor_completions.d/ctst.fish"
	echo "installed $$dest/bin/ctst, its man page and completions"

uninstall:
	for file in $(INSTALLED); do rm -f "$(DESTDIR)$(PREFIX)/$$file"; done

## man and groff, for the install test's `man -l`.
deps-man:
	if ! command -v man >/dev/null || ! command -v groff >/dev/null; then
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"
	  $$SUDO apt-get update -qq
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq man-db groff-base >/dev/null
	fi

## make install into a temporary PREFIX, then the installed binary under `env -i`, ldd, man -l,
## the completions, and make uninstall (Tests/e2e/install_test.py).
install-test: deps-man
	$(PYTHON) Tests/e2e/install_test.py --root "$(ROOT)" --make "$(MAKE)"

## libFuzzer on the YAML loader, the decoders and the validator for $(SECONDS) seconds
## (make fuzz SECONDS=300), seeded with Tests/Corpus and the sample submissions; new inputs go
## to .build-fuzz/corpus, crashes and hangs to .build-fuzz/artifacts. Without a libFuzzer
## runtime in the toolchain, the deterministic mutation fuzzer runs for as long instead.
fuzz:
	runtime=$$(find "$$(dirname "$$(dirname "$$(readlink -f "$$(command -v $(SWIFT))")")")/lib" \
	  -name 'libclang_rt.fuzzer_no_main-*.a' 2>/dev/null | head -n 1)
	if [ -n "$$runtime" ] && $(SWIFT) build -c release --scratch-path .build-fuzz --product ctst-fuzz \
	    -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xswiftc -DCTST_LIBFUZZER \
	    -Xlinker --whole-archive -Xlinker "$$runtime" -Xlinker --no-whole-archive \
	    -Xlinker -lstdc++ -Xlinker -lm; then
	  mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
	  SWIFT_BACKTRACE=enable=no CTST_ROOT="$(ROOT)" .build-fuzz/release/ctst-fuzz \
	    .build-fuzz/corpus Tests/Corpus reports/*/submissions -dict=Tests/Corpus/fuzz.dict \
	    -max_total_time=$(SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=1024 \
	    -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
	else
	  echo "no libFuzzer runtime: running the deterministic mutation fuzzer for $(SECONDS) s"
	  $(SWIFT) build -c release --scratch-path .build-fuzz --product ctst-fuzz
	  CTST_ROOT="$(ROOT)" .build-fuzz/release/ctst-fuzz --mutate --seed 1 --seconds $(SECONDS) \
	    --iterations 2000000000 --artifacts .build-fuzz/artifacts
	fi

## A short fixed-seed fuzz pass for make test: the deterministic mutation fuzzer, debug build.
fuzz-smoke:
	$(SWIFT) build --product ctst-fuzz
	CTST_ROOT="$(ROOT)" "$$($(SWIFT) build --show-bin-path)/ctst-fuzz" --mutate --seed 1 \
	  --iterations 2000 --quiet

## The performance benchmark (not run by CI): release build, workspaces of 100,000 and 1,000,000
## indicator values in $(BENCH_DIR), then wall time (hyperfine) and peak memory (/usr/bin/time)
## of `ctst consolidate` on the sample and on both, next to the C floor (Tests/bench/floor.c)
## and the analyst's Python script (Tests/bench/analyst.py). See README, "Performance".
## BENCH_BASELINE=/path/to/ctst also checks byte identity with that build (same_outputs.sh).
BENCH_DIR ?= .build-bench
BENCH_SCRATCH ?= .build
BENCH_BASELINE ?=

bench: deps-debian link-dir
	$(RELEASE_BUILD) --scratch-path $(BENCH_SCRATCH) --product ctst
	$(RELEASE_BUILD) --scratch-path $(BENCH_SCRATCH) --product ctst-bench
	bin=$$($(RELEASE_BUILD) --scratch-path $(BENCH_SCRATCH) --show-bin-path)
	if ! command -v hyperfine >/dev/null || [ ! -x /usr/bin/time ]; then
	  SUDO=""; [ "$$(id -u)" -eq 0 ] || SUDO="sudo"
	  $$SUDO apt-get update -qq
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq hyperfine time >/dev/null
	fi
	$(PYTHON) -c 'import yaml, xlsxwriter' 2>/dev/null \
	  || $(PYTHON) -m pip install -q --disable-pip-version-check XlsxWriter
	mkdir -p $(BENCH_DIR)
	cc -O2 -o $(BENCH_DIR)/floor Tests/bench/floor.c $$(pkg-config --cflags --libs yaml-0.1 xlsxwriter)
	BENCH_BASELINE="$(BENCH_BASELINE)" Tests/bench/run_bench.sh "$$bin/ctst" "$$bin/ctst-bench" \
	  $(BENCH_DIR)/floor $(PYTHON) "$(ROOT)" $(BENCH_DIR)

clean:
	rm -rf .build .build-static .build-link reports/*/output
