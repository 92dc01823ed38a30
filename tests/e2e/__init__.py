"""End-to-end tests: the admin and the site in a real Chromium, driven by Playwright.

`make e2e` runs only these (`pytest -m e2e tests/e2e`); `make test` runs them with the rest
of the suite, or reports them as skipped, with the reason, where Chromium is missing.
"""
