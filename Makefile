SHELL := /bin/bash
# brink: the two commands in README.md's Quick start are `make run` and `make test`.
SWIFT ?= swift
CONFIG ?= debug
SECONDS ?= 60

.PHONY: run test pty-test pty-soak check-scaling golden build release bench deps fuzz fuzz-build fuzz-fast fuzz-campaign fuzz-bench install clean

# libedit's headers (Debian: libedit-dev) are the only system dependency.
deps:
	@if ! pkg-config --exists libedit 2>/dev/null || [ ! -f /usr/include/histedit.h ]; then \
	  echo "brink: installing libedit-dev (libedit headers) and pkg-config..." >&2; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  { $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libedit-dev pkg-config; } >&2 \
	    || { echo "brink: could not install libedit-dev; install it with your package manager (Debian/Ubuntu: apt-get install libedit-dev pkg-config)" >&2; exit 1; }; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG) --product brink

# Start the REPL on the built-in default scenario. A release build: exact solves
# run in Rational arithmetic, some 30 times slower unoptimised (the default
# scenario's `solve`: 3.7 s of CPU in a debug build, 0.13 s in release).
RUN_CONFIG ?= release
run: deps
	@$(SWIFT) build -c $(RUN_CONFIG) --product brink
	@$$($(SWIFT) build -c $(RUN_CONFIG) --show-bin-path)/brink

# The whole test suite.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory pty-test

# The REPL in a real pseudo-terminal (Python pexpect): completion, history, Ctrl-C, Ctrl-D.
pty-test: build
	BRINK_BIN=$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/brink python3 -m pytest -q -p no:cacheprovider Tests/pty

# The pty suite 20 times in a row, idle and then with a busy loop on every core
# (Tests/pty/soak.sh; PTY_SOAK_RUNS=N, PTY_SOAK_MODE=idle|load|both).
PTY_SOAK_RUNS ?= 20
PTY_SOAK_MODE ?= both
pty-soak: build
	BRINK_BIN=$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/brink Tests/pty/soak.sh $(PTY_SOAK_RUNS) $(PTY_SOAK_MODE)

# `brink check` time and peak memory on generated 1-16 MiB scenarios (release build).
check-scaling: release
	python3 Tests/bench/check_scaling.py $$($(SWIFT) build -c release --show-bin-path)/brink

# Every library scenario's solve and simulate output against Tests/brinkTests/Golden,
# the slow 2018-2019 tariff rounds included (make test skips them in debug builds).
golden: deps
	$(SWIFT) build --build-tests
	BRINK_GOLDEN_SLOW=1 $(SWIFT) test --skip-build --filter EngineGolden

release: deps
	$(SWIFT) build -c release

# Benchmark figures (release build). The ladder section times LADDER, the benchmark
# model in the shared folder beside the clone (CI has it; a clone elsewhere may not,
# and then the section says it is skipped). `make bench BENCH_ARGS="--only ladder"`.
# When the ladder section runs, the scalar C loop of the same file
# (Tests/bench/ladder-scalar.c, cc -O2 -march=native) and its AVX-512 version
# (Tests/bench/ladder-avx512.c; it says it is skipped on a machine without AVX-512)
# run after it with the same paths and seed, and the figures are printed side by
# side (issue 11).
LADDER ?= ../shared/bench/ladder.yaml
LADDER_PATHS ?= 5000000
LADDER_C = .build/ladder-scalar
LADDER_AVX512 = .build/ladder-avx512
$(LADDER_C): Tests/bench/ladder-scalar.c
	@mkdir -p .build
	$(CC) -O2 -march=native -pthread $< -o $@ -lm
$(LADDER_AVX512): Tests/bench/ladder-avx512.c Tests/bench/ladder-scalar.c
	@mkdir -p .build
	$(CC) -O2 -march=native -pthread $< -o $@ -lm
bench: release $(LADDER_C) $(LADDER_AVX512)
	@set -o pipefail; if [ -f "$(LADDER)" ]; then ladder="--ladder $(LADDER) --ladder-paths $(LADDER_PATHS)"; else \
	  echo "bench: $(LADDER) not found: the ladder section is skipped" >&2; ladder=; fi; \
	$$($(SWIFT) build -c release --show-bin-path)/brink-bench $$ladder $(BENCH_ARGS) | tee .build/bench-brink.txt; \
	if grep -q '^ladder: 1 thread:' .build/bench-brink.txt; then \
	  $(LADDER_C) $(LADDER) $(LADDER_PATHS) 2025 | tee .build/bench-c.txt && \
	  $(LADDER_AVX512) $(LADDER) $(LADDER_PATHS) 2025 | tee -a .build/bench-c.txt && \
	  awk -f Tests/bench/side-by-side.awk .build/bench-brink.txt .build/bench-c.txt; fi

# libFuzzer targets (Docs/fuzzing.md): `make fuzz SECONDS=600` runs each for that long.
# FUZZ_SANITIZE=fuzzer (what `make fuzz-fast` sets) builds without AddressSanitizer, in
# its own folder: several times as many executions a second, for long campaigns;
# Swift's own checks (bounds, overflow) still trap. FUZZ_NICE="nice -n 19" runs the
# fuzzers at the lowest priority on a shared machine.
FUZZ_TARGETS ?= solvers nfg scenario repl merge
FUZZ_SANITIZE ?= fuzzer,address
FUZZ_NICE ?=
FUZZ_TIMEOUT ?= 10
# FUZZ_COVERAGE=edge,indirect-calls,inline-8bit-counters,pc-table instruments edges
# only, without the comparison hooks (trace-cmp) that -sanitize=fuzzer adds: about a
# quarter of a fast target's time went into them (Docs/fuzzing.md, sixth pass); built
# in a folder of its own.
FUZZ_COVERAGE ?=
FUZZ_SCRATCH = $(if $(filter fuzzer,$(FUZZ_SANITIZE)),.build-fuzz-fast,.build-fuzz)$(if $(FUZZ_COVERAGE),-edges)
FUZZ_FLAGS = --scratch-path $(FUZZ_SCRATCH) -c release -Xswiftc -sanitize=$(FUZZ_SANITIZE) -Xswiftc -use-ld=lld \
  $(if $(FUZZ_COVERAGE),-Xswiftc -sanitize-coverage=$(FUZZ_COVERAGE))
fuzz-build: deps
	@for t in $(FUZZ_TARGETS); do BRINK_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --product fuzz-$$t || exit 1; done

# RUNS=N (instead of a time) with a fixed seed gives a repeatable smoke run; CI uses it.
FUZZ_LIMIT = $(if $(RUNS),-runs=$(RUNS) -seed=1,-max_total_time=$(SECONDS))
fuzz: fuzz-build
	@bin=$$(BRINK_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --show-bin-path); \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t .build-fuzz/artifacts; \
	  echo "== fuzz-$$t ($(FUZZ_LIMIT), -sanitize=$(FUZZ_SANITIZE))"; \
	  SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Fuzz/lsan-suppressions.txt $(FUZZ_NICE) $$bin/fuzz-$$t $(FUZZ_LIMIT) $$(. Tests/Fuzz/options.sh; fuzz_options $$t) -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=4096 -print_final_stats=1 \
	    -artifact_prefix=$(CURDIR)/.build-fuzz/artifacts/$$t- $(CURDIR)/.build-fuzz/corpus/$$t $(CURDIR)/Tests/Fuzz/Corpus/$$t 2>&1 \
	    | grep -E "^(Done|stat::number_of_executed_units|stat::average_exec_per_sec|==[0-9]+==ERROR|SUMMARY)|Fatal error|deadly signal" ; \
	  test $${PIPESTATUS[0]} -eq 0 || { echo "fuzz-$$t found a problem: see .build-fuzz/artifacts/" >&2; exit 1; }; \
	done

# The same targets built without AddressSanitizer (see FUZZ_SANITIZE above).
fuzz-fast:
	@$(MAKE) --no-print-directory fuzz FUZZ_SANITIZE=fuzzer

# A campaign: the fast builds of FUZZ_TARGETS all at once, one process each (right
# for 2 cores), each to CAMPAIGN_RUNS executions or CAMPAIGN_SECONDS (0: no limit),
# at FUZZ_NICE; prints each target's executions at the end (Tests/Fuzz/campaign.sh)
# and adds them to CAMPAIGN_TALLY.
# `make fuzz-campaign FUZZ_NICE="nice -n 19" CAMPAIGN_SECONDS=3600`
CAMPAIGN_RUNS ?= 10000000
CAMPAIGN_SECONDS ?= 0
# Each run's executions per target are appended here, and the totals printed.
CAMPAIGN_TALLY ?= $(CURDIR)/Tests/Fuzz/campaigns.tsv
# Where the campaign's corpora (CAMPAIGN_DIR/corpus/TARGET), logs and findings live;
# a corpus kept from earlier campaigns can be copied there to go on from it.
CAMPAIGN_DIR ?= $(CURDIR)/.build-fuzz
fuzz-campaign: FUZZ_SANITIZE = fuzzer
fuzz-campaign: FUZZ_TIMEOUT = 120
fuzz-campaign: fuzz-build
	@FUZZ_NICE="$(FUZZ_NICE)" Tests/Fuzz/campaign.sh "$$(BRINK_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)" \
	  $(CAMPAIGN_DIR) "$(FUZZ_TARGETS)" $(CAMPAIGN_RUNS) $(CAMPAIGN_SECONDS) $(FUZZ_TIMEOUT) $(CAMPAIGN_TALLY)

# Executions per CPU-second of each fast target on a fixed input set: BENCH_CORPUS/TARGET
# (read only), BENCH_RUNS executions with seed 1 (Tests/Fuzz/bench.sh, Docs/fuzzing.md).
# `make fuzz-bench BENCH_CORPUS=/work/fuzzrun/corpus-latest`
BENCH_CORPUS ?= $(CURDIR)/Tests/Fuzz/Corpus
BENCH_RUNS ?= 20000
fuzz-bench: FUZZ_SANITIZE = fuzzer
fuzz-bench: fuzz-build
	@Tests/Fuzz/bench.sh "$$(BRINK_FUZZ=1 $(SWIFT) build $(FUZZ_FLAGS) --show-bin-path)" $(BENCH_CORPUS) "$(FUZZ_TARGETS)" $(BENCH_RUNS)

# Installs brink under PREFIX: the binary, the scenario library (found beside the
# binary as ../share/brink/Scenarios), shell completions for bash, zsh and fish, and a
# man page made from the help text. `make install PREFIX=$HOME/.local` needs no root.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_CONFIG ?= release
install: deps
	$(SWIFT) build -c $(INSTALL_CONFIG) --product brink
	@set -e; bin=$$($(SWIFT) build -c $(INSTALL_CONFIG) --show-bin-path)/brink; root="$(DESTDIR)$(PREFIX)"; \
	install -d "$$root/bin" "$$root/share/brink/Scenarios" "$$root/share/man/man1" \
	  "$$root/share/bash-completion/completions" "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d"; \
	install -m 755 "$$bin" "$$root/bin/brink"; \
	install -m 644 Scenarios/*.yaml Scenarios/*.efg "$$root/share/brink/Scenarios/"; \
	"$$bin" --generate-completion-script bash > "$$root/share/bash-completion/completions/brink"; \
	"$$bin" --generate-completion-script zsh > "$$root/share/zsh/site-functions/_brink"; \
	"$$bin" --generate-completion-script fish > "$$root/share/fish/vendor_completions.d/brink.fish"; \
	{ echo '.TH BRINK 1 "" "brink" "User Commands"'; \
	  echo '.SH NAME'; echo 'brink \- explore escalation between two powers as a game'; \
	  echo '.SH DESCRIPTION'; echo '.nf'; "$$bin" --help | sed 's/\\/\\e/g; s/^\./\\\&./'; \
	  for c in solve check simulate replay merge run; do echo; echo "brink $$c"; "$$bin" help $$c | sed 's/\\/\\e/g; s/^\./\\\&./'; done; \
	  echo '.fi'; echo '.SH FILES'; echo "$(PREFIX)/share/brink/Scenarios: the scenario library ('scenarios' in the REPL lists it)."; \
	  echo '.SH ENVIRONMENT'; echo 'BRINK_PATH: more scenario folders, colon-separated, searched after ./Scenarios. BRINK_HISTORY: the history file. NO_COLOR: plain output.'; \
	} > "$$root/share/man/man1/brink.1"; \
	echo "brink: installed in $$root (binary, scenarios, completions, man page)"

clean:
	rm -rf .build .build-fuzz .build-fuzz-fast

# Optional (not part of `make test`): brink's signalling-game equilibria checked with Gambit's own
# regret and beliefs (pygambit; without it the script says so and exits 0). Docs/signalling.md.
.PHONY: gambit-check
gambit-check: build
	@bin=$$($(SWIFT) build -c $(CONFIG) --show-bin-path)/brink; \
	python3 Tests/brinkTests/Gambit/crosscheck_efg.py $$bin Scenarios/*.efg && \
	python3 Tests/brinkTests/Gambit/crosscheck_efg.py $$bin --random 30 && \
	python3 Tests/brinkTests/Gambit/crosscheck_types.py $$bin Scenarios/bluff-ladder.yaml
