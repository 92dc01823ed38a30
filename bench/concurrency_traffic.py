"""The concurrency run's traffic (bench/concurrency.py): editors typing with autosave and
submitting, the editor-in-chief approving, readers reading and commenting, and a probe of
SQLite's write lock. Each flow is a browser of its own over HTTP (bench/soak_traffic.py)."""

import fcntl
import html
import json
import random
import re
import sqlite3
import threading
import time
import uuid

from bench.soak_traffic import EXPECTED, Client, hidden, log_in

EXPECTED.update(
    {
        "editor:autosave": {200, 400},  # 400: Wagtail's JSON refusal (conflict, lock)
        "editor:submit": {302},
        "chief:approve": {302},
        "chief:reject": {302},
    }
)
STANDFIRST = re.compile(r'<textarea name="standfirst"[^>]*>\n?([^<]*)</textarea>')
# The chief's dashboard panel links each article awaiting her review to its editor, whose
# approve and reject buttons name the task (the comment dialog's URL).
IN_REVIEW = re.compile(r'<li><a href="(/admin/pages/(\d+)/edit/)">')
ACTION = re.compile(
    r'data-workflow-action-modal-url="/admin/pages/workflow/collect_action_data/'
    r'(\d+)/(\w+)/(\d+)/"'
)
AUTOSAVE_HEADERS = {"Accept": "application/json"}  # and X-CSRFToken, as Wagtail's JS sends


def shown(text):
    """What the editor sees in the standfirst field, and the revision the form was loaded from."""
    match = STANDFIRST.search(text)
    return (html.unescape(match.group(1)) if match else None), hidden(text, "loaded_revision_id")


class Editor:
    """A writer on their own article: opens the editor, types (autosave every 0.5-1.5 s,
    overwriting the revision of this sitting as Wagtail's JS does), reopens the editor after
    each save to see their text, then submits to the review while one last autosave is still
    in flight, and waits for the editor-in-chief."""

    def __init__(self, port, username, page_id, form, stats, stop, saves):
        self.client, self.username, self.page_id = Client(port), username, page_id
        self.form, self.stats, self.stop, self.saves = dict(form), stats, stop, saves
        self.path = f"/admin/pages/{page_id}/edit/"
        self.rng = random.Random(username)

    def marker(self):
        return f"Chapô de {self.username} {uuid.uuid4().hex[:12]}"

    def open(self, kind="editor:open"):
        status, text = self.stats.timed(kind, self.client, "GET", self.path)
        return text if status == 200 else None

    def sitting(self, text):
        """The form as this page load sends it: loaded revision, CSRF token."""
        form = {**self.form, "csrfmiddlewaretoken": hidden(text, "csrfmiddlewaretoken")}
        for name in ("loaded_revision_id", "loaded_revision_created_at"):
            form[name] = hidden(text, name)
        return form

    def autosave(self, form, overwrite, marker):
        data = {**form, "standfirst": marker}
        if overwrite:
            data["overwrite_revision_id"] = overwrite
        headers = {**AUTOSAVE_HEADERS, "X-CSRFToken": form["csrfmiddlewaretoken"]}
        status, text = self.stats.timed(
            "editor:autosave", self.client, "POST", self.path, data, headers=headers
        )
        try:
            answer = json.loads(text)
        except ValueError:
            answer = {}
        save = {"user": self.username, "kind": "autosave", "marker": marker, "status": status}
        save |= {"revision": str(answer.get("revision_id", "")), "error": answer.get("error_code")}
        save["ok"] = status == 200 and answer.get("success") is True
        for name, value in (answer.get("field_updates") or {}).items():
            form[name] = value
        self.saves.append(save)
        return save

    def check(self, save):
        """Reopen the editor: the text of the save, from the revision the save made."""
        text = self.open("editor:check")
        save["seen"], save["seen_revision"] = shown(text) if text else (None, None)
        save["visible"] = save["seen"] == save["marker"] and (
            save["kind"] == "submit" or save["seen_revision"] == save["revision"]
        )
        return text

    def run(self):
        if not log_in(self.stats, self.client, self.username):
            return
        while not self.stop.is_set():
            text = self.open()
            if text is None or 'name="action-submit"' not in text:  # under review: locked
                self.stop.wait(1)
                continue
            form, overwrite = self.sitting(text), None
            for _ in range(self.rng.randint(3, 6)):
                if self.stop.wait(self.rng.uniform(0.5, 1.5)):
                    return
                save = self.autosave(form, overwrite, self.marker())
                if not save["ok"]:
                    break
                overwrite = save["revision"]
                self.check(save)
            else:
                self.submit(form, overwrite)

    def submit(self, form, overwrite):
        """Press « Soumettre » while the autosave of the last keystrokes is on its way."""
        late = threading.Thread(target=self.autosave, args=(form, overwrite, self.marker()))
        late.start()
        time.sleep(self.rng.uniform(0, 0.05))
        marker = self.marker()
        data = {**form, "standfirst": marker, "action-submit": "action-submit"}
        status, _ = self.stats.timed("editor:submit", self.client, "POST", self.path, data)
        late.join()
        save = {"user": self.username, "kind": "submit", "marker": marker, "status": status}
        save["ok"] = status == 302
        self.saves.append(save)
        if save["ok"]:
            self.check(save)


def chief(port, stats, stop, decisions, reject_share=0.25):
    """The editor-in-chief: the dashboard's « En attente de ma relecture » panel, each article
    opened, then approved (or changes requested) as the buttons' dialog posts it."""
    client, rng = Client(port), random.Random("chief")
    if not log_in(stats, client, "redac-chef"):
        return
    while not stop.wait(rng.uniform(1, 2)):
        _, text = stats.timed("chief:dashboard", client, "GET", "/admin/")
        panel = text[text.find('id="newsroom-chief-content"') :]
        panel = panel[: panel.find("</section>")]
        for path, _page in IN_REVIEW.findall(panel):
            if stop.wait(rng.uniform(0.5, 1.5)):
                return
            status, text = stats.timed("chief:open", client, "GET", path)
            tasks = {action: (page, task) for page, action, task in ACTION.findall(text)}
            if status != 200 or "approve" not in tasks:
                continue
            action = "reject" if rng.random() < reject_share and "reject" in tasks else "approve"
            page, task = tasks[action]
            url = f"/admin/pages/workflow/action/{page}/{action}/{task}/"
            form = {"csrfmiddlewaretoken": hidden(text, "csrfmiddlewaretoken"), "comment": ""}
            status, _ = stats.timed(f"chief:{action}", client, "POST", url, form)
            decisions.append({"page": page, "action": action, "status": status})


def reader(port, urls, stats, stop, rate):
    client, rng = Client(port), random.Random("reader")
    while not stop.wait(rng.expovariate(rate)):
        stats.timed("read:page", client, "GET", rng.choice(urls))


def lock_probe(path, stats, stop, queued, every=0.5):
    """How long a writer waits for SQLite's write lock right now: BEGIN IMMEDIATE, ROLLBACK;
    `queued`, after its turn on the lock file unsafe requests queue on
    (operations/sqlite_writes.py), else as a write outside a request's transaction (a GET's, the
    scheduler's)."""
    kind = "sqlite:write-lock-wait" if queued else "sqlite:unqueued-write-wait"
    connection = sqlite3.connect(path, timeout=60, isolation_level=None)
    try:
        while not stop.wait(every):
            started = time.perf_counter()
            with open(f"{path}-writers", "a") as turn:
                if queued:
                    fcntl.flock(turn, fcntl.LOCK_EX)
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    connection.execute("ROLLBACK")
                    status = 200
                except sqlite3.OperationalError:
                    status = 503
            now = time.perf_counter()
            with stats.lock:
                stats.statuses[kind][status] += 1
                stats.latencies[kind].append((now - stats.started, (now - started) * 1000))
    finally:
        connection.close()
