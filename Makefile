# Two commands do all the set-up (see README): `make demo` and `make test`.
PY ?= python3

.PHONY: install install-test demo test lint
install:
	$(PY) -m pip install -q -e '.[dev]'

# The tests also train a tiny tagger: they need the 'train' extra (torch==2.13.0 is the CPU build on local disk).
install-test:
	$(PY) -m pip install -q -e '.[dev,train]'

demo: install
	rm -f strife-demo.db
	STRIFE_DB=sqlite:///strife-demo.db strife run examples/articles
	STRIFE_DB=sqlite:///strife-demo.db strife export --format jsonl --out strife-demo.jsonl
	@echo "incidents written to strife-demo.jsonl"

test: install-test
	$(PY) -m ruff check strife tests bench
	$(PY) -m pytest -q -ra
