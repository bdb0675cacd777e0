# finsam: the front door. `make run` and `make test` do everything on a
# fresh Debian 12 machine; the build itself is CMake's.
BUILD      ?= build
BUILD_SAN  ?= build-san
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS  += --no-print-directory
DEMO_DB    ?= demo.db

.PHONY: all deps build run test test-normal test-san bench fuzz clean

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

run: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@$(BUILD)/finsam --db $(DEMO_DB) demo

test: deps
	@sh scripts/test.sh

bench: build
	@sh bench/run

clean:
	rm -rf $(BUILD) $(BUILD_SAN)
