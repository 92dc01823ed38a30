"""Helpers of the pipeline API tests: its account and token, the example draft as the API
takes it, and a picture served by a small HTTP server on 127.0.0.1."""

import http.server
import json
import threading
from contextlib import contextmanager
from pathlib import Path

from wagtail.models import APIToken

from editorial.roles import ensure_pipeline_account

EXAMPLE = Path(__file__).parent.parent / "data" / "import"
DRAFTS = "/api/v1/drafts/"


def pipeline_token(name="Chaîne IA de production"):
    """The pipeline's account and a fresh token of it: (user, token, plaintext)."""
    user = ensure_pipeline_account()
    token, plaintext = APIToken.create_token(user=user, name=name)
    return user, token, plaintext


def draft(reference="brief-2026-11-20-03", url=None, **changes):
    """The example article in the API's format: the hero image by address (or none)."""
    data = json.loads((EXAMPLE / "article.json").read_text(encoding="utf-8"))
    data["provenance"]["prompt_reference"] = reference
    if url is None:
        del data["hero_image"]
    else:
        data["hero_image"].pop("file")
        data["hero_image"]["url"] = url
    data.update(changes)
    return data


def post(client, plaintext, data, **headers):
    body = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False)
    path = headers.pop("path", DRAFTS)
    if plaintext:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {plaintext}"
    return client.post(path, body, content_type="application/json", **headers)


@contextmanager
def picture_server(content=None, content_type="image/jpeg"):
    """An HTTP server on 127.0.0.1 answering every GET with the example's picture (or
    content); yields (base address, list of the paths asked)."""
    content = (EXAMPLE / "hero.jpg").read_bytes() if content is None else content
    asked = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", asked
    finally:
        server.shutdown()
        server.server_close()
