# The two commands: `make run` and `make test`. Everything else supports them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The address `make run` serves, which the site writes in its pages, feeds, e-mails and links.
BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test test-fast e2e install python-check migrate demo lint format check messages clean bench-render bench-publishing serve bench soak deploy-check

run: export WAGTAILADMIN_BASE_URL = $(BASE_URL)
run: install migrate demo
	@echo "Scheduler: publishes scheduled pages every minute and sends the held-comment digest; what it does is printed here. It stops with the server."
	@$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
		trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# The quick loop while working: everything but the `slow` tests (demo, servers, corpus, browser).
# Two pytest-xdist workers, each with its own test database and media folder (settings/test.py
# makes them per process); then the `alone` tests, which need the CPU to themselves. Exit status
# 5 is "no test selected", as when PYTEST_ARGS names a file without `alone` tests.
test-fast: install
	$(BIN)/pytest -m "not slow and not alone" -n 2 $(PYTEST_ARGS)
	$(BIN)/pytest -m "not slow and alone" $(PYTEST_ARGS) || test $$? -eq 5

e2e: install
	$(BIN)/pytest -m e2e tests/e2e $(PYTEST_ARGS)

install: $(STAMP)

python-check:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null || { \
		echo "This project needs Python 3.12 or newer (3.13 recommended, named in .python-version)."; \
		echo "Found: $$($(PYTHON) --version 2>&1 || echo 'no $(PYTHON)')."; \
		echo "Install it (pyenv install 3.13, uv python install 3.13, or your system's python3.13 package),"; \
		echo "or run: make PYTHON=/path/to/python3.13 run"; \
		exit 1; }

$(STAMP): requirements.txt requirements-dev.txt | python-check
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --no-input

demo: install
	$(BIN)/python manage.py load_demo_content

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates

check: install
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

messages: install
	$(BIN)/python manage.py makemessages --no-wrap --locale fr --ignore '.venv/*' --ignore 'tests/*' \
		--ignore 'static_collected/*' --ignore 'bench/*'
	$(BIN)/python manage.py compilemessages --locale fr --ignore '.venv/*'

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Production settings under gunicorn: DATABASE_URL, REDIS_URL and SECRET_KEY come from the
# environment (docs/production.md). SECURE_SSL_REDIRECT=0 serves plain HTTP behind no proxy.
WORKERS ?= 2
# gunicorn.conf.py: the application loaded once and forked, each worker replaced when its memory
# passes WORKER_MAX_MEMORY_MB; fewer malloc arenas keep Pillow's buffers from swelling a worker.
serve: install
	@test -n "$$SECRET_KEY" || { echo "Set SECRET_KEY (and DATABASE_URL, REDIS_URL): see docs/production.md."; exit 1; }
	DJANGO_SETTINGS_MODULE=newsroom.settings.production $(BIN)/python manage.py migrate --no-input
	DJANGO_SETTINGS_MODULE=newsroom.settings.production $(BIN)/python manage.py collectstatic --no-input -v0
	MALLOC_ARENA_MAX=2 DJANGO_SETTINGS_MODULE=newsroom.settings.production $(BIN)/gunicorn newsroom.wsgi \
		--bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile - --forwarded-allow-ips '127.0.0.1'

deploy-check: install
	DJANGO_SETTINGS_MODULE=newsroom.settings.production SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
		ALLOWED_HOSTS=actu.example.org $(BIN)/python manage.py check --deploy --fail-level WARNING

# The served-site benchmark (bench/serve.py): gunicorn, PostgreSQL, Redis and wrk on this machine.
bench: install
	@command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk"; exit 1; }
	$(BIN)/python bench/serve.py $(BENCH_ARGS)

# The soak run (bench/soak.py): the served site under reads, comments and draft saves at once.
SOAK_MINUTES ?= 5
soak: install
	$(BIN)/python bench/soak.py --minutes $(SOAK_MINUTES) $(SOAK_ARGS)

bench-render: install
	$(BIN)/python bench/render_pages.py

# The page cache's hit ratio while an article is published every 10 s (bench/publishing.py).
bench-publishing: install
	$(BIN)/python bench/publishing.py
