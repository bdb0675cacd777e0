# finsam: the front door. `make run` and `make test` do everything on a
# fresh Debian 12 machine; the build itself is CMake's.
BUILD      ?= build
BUILD_SAN  ?= build-san
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
MAKEFLAGS  += --no-print-directory
DEMO_DB    ?= demo.db

.PHONY: all deps build run test test-normal test-san bench bench-hosts chaos fuzz clean guide-images

all: build

deps:
	@sh scripts/deps.sh

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

DEMO_YEAR  ?= 2025
DEMO_USER  ?= demo
DEMO_PASSWORD ?= Norrdalen-2025
DEMO_LISTEN ?= 127.0.0.1:8080
SERVE      ?= 1

run: build
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm $(DEMO_DB).key
	@$(BUILD)/finsam --db $(DEMO_DB) demo
	@sh examples/norrdalen.sh $(BUILD)/finsam $(DEMO_DB)
	@$(BUILD)/finsam --db $(DEMO_DB) report annual --year $(DEMO_YEAR) --format html -o arsredovisning-$(DEMO_YEAR).html
	@$(BUILD)/finsam --db $(DEMO_DB) report annual --year $(DEMO_YEAR) --format pdf -o arsredovisning-$(DEMO_YEAR).pdf
	@echo
	@echo "Årsredovisningen $(DEMO_YEAR) för demoförbundet:"
	@echo "  $(CURDIR)/arsredovisning-$(DEMO_YEAR).html"
	@echo "  $(CURDIR)/arsredovisning-$(DEMO_YEAR).pdf"
	@printf '%s\n' '$(DEMO_PASSWORD)' | $(BUILD)/finsam --db $(DEMO_DB) user add $(DEMO_USER) --role admin >/dev/null
ifeq ($(SERVE),1)
	@echo
	@echo "Webbsidorna för demoförbundet: http://$(DEMO_LISTEN)/"
	@echo "  användare: $(DEMO_USER)   lösenord: $(DEMO_PASSWORD)   (roll: administratör)"
	@echo "Servern körs tills du trycker Ctrl-C. Filerna ovan är redan skrivna;"
	@echo "'make run SERVE=0' skriver dem utan att starta servern."
	@echo
	@$(BUILD)/finsam --db $(DEMO_DB) serve --listen $(DEMO_LISTEN)
endif

test: deps
	@sh scripts/test.sh

bench: build
	@sh bench/run

# A host of 100 förbund in PostgreSQL under load (bench/hosts); the figures
# go to docs/benchmarks.md.
bench-hosts: build
	@sh bench/hosts

# Reliability: kill -9 during imports and web writes, concurrent writers,
# slow clients (bench/chaos); the figures go to docs/benchmarks.md.
chaos: build
	@sh bench/chaos

# The user guide's screenshots (docs/bilder), taken by the browser test that
# walks the year in the web as the guide tells it.
guide-images: deps
	@BUILD=$(BUILD) JOBS=$(JOBS) sh scripts/guide-images.sh

# A fuzzing campaign: every target FUZZ_SECONDS (default 60); the figures
# go to docs/benchmarks.md.
fuzz: deps
	@sh scripts/fuzz.sh

clean:
	rm -rf $(BUILD) $(BUILD_SAN)
