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
# Infrastructure: none of it imports a domain app.
INFRASTRUCTURE = ("operations", "staff", "pagecache", "notice")
# The configuration package: its own modules may import every app, and no app imports them.
CONFIGURATION = ("newsroom.settings", "newsroom.urls", "newsroom.wsgi", "newsroom.asgi")
# What each domain app may import besides infrastructure (docs/architecture.md): the articles
# at the bottom, the apps that act on them above, the demo over everything.
DOMAIN = {
    "news": set(),
    "home": {"news"},
    "editorial": {"news", "home"},  # setup_newsroom creates the legal pages
    "distribution": {"news"},
    "comments": {"news", "editorial"},
    "search": {"news"},
    "webhooks": {"news"},
    "api": {"news", "editorial", "distribution", "webhooks"},
    "demo": {"news", "home", "editorial", "distribution", "comments", "search", "webhooks", "api"},
}
APPS = ("newsroom", *INFRASTRUCTURE, *DOMAIN)
# Modules the rest of their app builds on, which import no other module of it.
LEAVES = ("distribution.formats",)

# Import cycles between modules today (each a strongly connected component of the graph).
KNOWN_CYCLES = []
# Imports against the rule today: (importing module, imported module).
KNOWN_BREAKS = set()
# Function-local imports (outside `ready()`) per module today.
KNOWN_LOCAL_IMPORTS = {
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
    return module.partition(".")[0]


def allowed(module, target):
    """Whether `module` may import `target` under the dependency rule."""
    source_app, target_app = app_of(module), app_of(target)
    if source_app == target_app or module.startswith(CONFIGURATION):
        return True
    if target_app == "newsroom":
        return target.startswith("newsroom.settings")
    if target_app in INFRASTRUCTURE:
        return True
    if source_app in INFRASTRUCTURE or source_app == "newsroom":
        return False
    return target_app in DOMAIN[source_app]


def breaks(edges):
    """Imports against the rule: (importing module, imported module)."""
    return {
        (module, target)
        for module, targets in edges.items()
        for target, _, _ in targets
        if target is not None and not allowed(module, target)
    }


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


def test_leaves_import_nothing_of_their_own_app():
    edges = graph()
    inward = {
        leaf: sorted(
            target
            for target, _, _ in edges[leaf]
            if target is not None and app_of(target) == app_of(leaf)
        )
        for leaf in LEAVES
    }
    assert inward == {leaf: [] for leaf in LEAVES}


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
