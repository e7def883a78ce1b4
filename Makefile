# The two commands of the README: `make demo` and `make test`.
VENV ?= .venv
BIN := $(VENV)/bin
DATA ?= ../shared/data/amazon-beauty-2014

.PHONY: install demo test lint bench

install:
	@VENV=$(VENV) bash scripts/install.sh

demo: install
	$(BIN)/shopassist demo $$([ -e "$(DATA)" ] && echo --data "$(DATA)")

test: install
	bash scripts/test.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
