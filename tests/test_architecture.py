"""The dependency rule of docs/architecture.md, as a ratchet.

The code is read, not imported: every import statement of the apps (migrations left out),
resolved to the project module it names. What breaks the rule today is listed below; a new
break fails, and each entry goes when the code it names is fixed. `python -m
tests.test_architecture` prints the figures docs/architecture.md quotes.
"""

import ast
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("home", "news", "newsroom", "pagecache", "search")
# The configuration package's own modules: they may import every app.
CONFIGURATION = ("newsroom.settings", "newsroom.urls", "newsroom.wsgi", "newsroom.asgi")
# Domain apps, which infrastructure must not import.
DOMAIN = ("news", "home", "search")
# Infrastructure apps: they import neither the domain apps nor `newsroom` (its settings come
# through django.conf); the apps register with them instead.
INFRASTRUCTURE = ("pagecache",)

# Import cycles between modules today (each a strongly connected component of the graph).
KNOWN_CYCLES = [
    {
        "news.models",
        "news.models.pages",
        "news.publication",
        "news.related",
    },
    {
        "newsroom.admin_access",
        "newsroom.admin_bulk",
    },
]
# Imports against the rule today: (importing module, imported module).
KNOWN_BREAKS = {
    ("news.apps", "newsroom.text"),
    ("news.comments.admin", "newsroom.admin_access"),
    ("news.comments.forms", "newsroom.text"),
    ("news.comments.jobs", "newsroom.roles"),
    ("news.comments.jobs", "newsroom.text"),
    ("news.dashboard", "newsroom.roles"),
    ("news.feeds", "newsroom.context_processors"),
    ("news.feeds", "newsroom.models"),
    ("news.feeds", "newsroom.text"),
    ("news.import_json", "newsroom.text"),
    ("news.importing", "newsroom.roles"),
    ("news.importing", "newsroom.text"),
    ("news.importing", "newsroom.upload_forms"),
    ("news.machine", "newsroom.models"),
    ("news.machine", "newsroom.text"),
    ("news.models.querysets", "newsroom.expiry"),
    ("news.seo", "newsroom.text"),
    # The upload forms are media infrastructure, to leave `newsroom` (issue 15, step 1).
    ("news.signals", "newsroom.upload_forms"),
    # The footer and its legal pages: the AI notice setting, the footer and the commands that
    # create the pages leave `newsroom` with it in the same step.
    ("home.legal", "newsroom.models"),
    ("news.templatetags.news_tags", "newsroom.footer"),
    ("newsroom.footer", "home.legal"),
    ("newsroom.management.commands.load_demo_content", "home.legal"),
    ("newsroom.management.commands.setup_newsroom", "home.legal"),
    ("news.share_links", "newsroom.admin_access"),
    ("news.sitemaps", "newsroom.context_processors"),
    ("news.sitemaps", "newsroom.text"),
    ("news.templatetags.news_tags", "newsroom.models"),
    ("news.wagtail_hooks", "newsroom.admin_access"),
    ("newsroom.attempt_limits", "news.comments.protection"),
    ("newsroom.demo.content", "home.models"),
    ("newsroom.demo.content", "news.models"),
    # The demo goes through the importer, as the pipeline does; it leaves `newsroom` in step 1.
    ("newsroom.demo.content", "news.importing"),
    ("newsroom.management.commands.load_demo_content", "news.comments.demo"),
    ("newsroom.management.commands.restore_site", "news.comments.service"),
    ("newsroom.management.commands.restore_site", "news.models"),
    ("newsroom.management.commands.run_scheduler", "news.comments.jobs"),
    ("newsroom.roles", "news.models"),
}
# Function-local imports (outside `ready()`) per module today.
KNOWN_LOCAL_IMPORTS = {
    "news.blocks": 1,
    "news.comments.models": 1,
    "news.comments.protection": 1,
    "news.comments.signals": 4,
    "news.feeds": 1,
    "news.models.pages": 1,
    "news.publication": 2,
    "news.seo": 1,
    "news.sitemaps": 1,
    "news.templatetags.news_tags": 1,
    "newsroom.admin_access": 1,
    "newsroom.management.commands.restore_site": 2,
    "search.backends": 1,
}


def modules():
    """{dotted name: path} for every module of the apps, migrations left out."""
    found = {}
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def resolve(name, known):
    """The project module an import names: the longest known prefix, or None."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in known:
            return candidate
        parts.pop()
    return None


def imports(module, path, known):
    """[(imported module, local, in ready())] for each import statement of a module: once per
    project module it names, or once with None for a library."""
    tree = ast.parse(path.read_text(), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []

    def visit(node, function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
                continue
            names = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                names = [f"{base}.{alias.name}" for alias in child.names] or [base]
            # One entry per statement and module it reaches, however many names it imports.
            targets = {resolve(name, known) for name in names} - {None, module}
            if names:
                # A library's import counts too, as one entry with no project module (None).
                found.extend(
                    (target, function is not None, function == "ready")
                    for target in targets or {None}
                )
            visit(child, function)

    visit(tree, None)
    return found


def graph():
    known = modules()
    return {module: imports(module, path, known) for module, path in known.items()}


def cycles(edges):
    """The strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def connect(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in {target for target, _, _ in edges[node]} - {None}:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for node in edges:
        if node not in index:
            connect(node)
    return found


def app_of(module):
    if module.startswith("news.comments"):
        return "news.comments"
    return module.partition(".")[0]


def breaks(edges):
    """Imports against the rule: an app importing `newsroom` (its settings aside), a
    non-configuration module of `newsroom` (infrastructure) importing a domain app, or an
    infrastructure app importing either."""
    found = set()
    for module, targets in edges.items():
        for target, _, _ in targets:
            if target is None:
                continue
            source_app, target_app = app_of(module).partition(".")[0], target.partition(".")[0]
            if source_app == target_app:
                continue
            if target_app == "newsroom" and not target.startswith("newsroom.settings"):
                found.add((module, target))
            if (
                source_app == "newsroom"
                and not module.startswith(CONFIGURATION)
                and target_app in DOMAIN
            ):
                found.add((module, target))
            if source_app in INFRASTRUCTURE and target_app in (*DOMAIN, "newsroom"):
                found.add((module, target))
    return found


def local_imports(edges):
    counts = Counter()
    for module, targets in edges.items():
        counts[module] += sum(1 for _, local, in_ready in targets if local and not in_ready)
    return {module: count for module, count in counts.items() if count}


def test_no_new_import_cycle():
    new = [
        sorted(component)
        for component in cycles(graph())
        if not any(component <= known for known in KNOWN_CYCLES)
    ]
    assert new == []


def test_no_new_import_against_the_dependency_rule():
    assert sorted(breaks(graph()) - KNOWN_BREAKS) == []


def test_no_new_function_local_import():
    grown = {
        module: count
        for module, count in local_imports(graph()).items()
        if count > KNOWN_LOCAL_IMPORTS.get(module, 0)
    }
    assert grown == {}


def lines_per_app():
    counts = Counter()
    for module, path in modules().items():
        counts[app_of(module)] += len(path.read_text().splitlines())
    return counts


if __name__ == "__main__":
    edges = graph()
    print("lines per app (migrations left out):", dict(lines_per_app()))
    for component in cycles(edges):
        print(f"cycle of {len(component)} modules:", sorted(component))
    for module, target in sorted(breaks(edges)):
        print("against the rule:", module, "->", target)
    local = local_imports(edges)
    print("function-local imports:", sum(local.values()), dict(sorted(local.items())))
    in_ready = sum(1 for targets in edges.values() for _, _, ready in targets if ready)
    print("imports in ready():", in_ready)
