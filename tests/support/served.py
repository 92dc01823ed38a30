"""A served copy of the site for fault tests: gunicorn on production settings, its own
PostgreSQL database reached through a TCP proxy the test can cut and restore."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
POSTGRES_URL = os.environ.get("FAULT_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_available():
    import psycopg

    try:
        psycopg.connect(f"{POSTGRES_URL}/postgres", connect_timeout=3).close()
        return True
    except psycopg.OperationalError:
        return False


class TCPProxy:
    """Forwards a local port to a server; `cut()` drops every connection and refuses new ones."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = free_port()
        self._sockets = []
        self._lock = threading.Lock()
        self._listener = None

    def start(self):
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()

    def cut(self):
        listener, self._listener = self._listener, None
        with contextlib.suppress(OSError):  # wakes the accepting thread, stops listening
            listener.shutdown(socket.SHUT_RDWR)
        listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            # The timeout was for connecting: like a real network, an idle connection stays up
            # (a worker encoding pictures for a while, a pooled connection between requests).
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class ServedSite:
    """gunicorn with newsroom.settings.production on a fresh, migrated PostgreSQL database."""

    def __init__(self, tmp_path, extra_env=None):
        self.database = f"newsroom_fault_{uuid.uuid4().hex[:10]}"
        host_port = POSTGRES_URL.rsplit("@", 1)[-1]
        host, port = host_port.split(":")
        self.proxy = TCPProxy(host, int(port))
        self.port = free_port()
        self.tmp_path = tmp_path
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
            "SECRET_KEY": "fault-test-" + uuid.uuid4().hex,
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{self.proxy.port}/{self.database}",
            "DB_CONN_MAX_AGE": "600",
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "REDIS_URL": "",
            **(extra_env or {}),
        }
        self.server = None

    def __enter__(self):
        import psycopg

        with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{self.database}"')
        self.proxy.start()
        manage = [sys.executable, str(ROOT / "manage.py")]
        for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"]):
            subprocess.run(
                manage + command, env=self.env, cwd=ROOT, check=True, capture_output=True
            )
        self.server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "newsroom.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--timeout",
                "30",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(self.tmp_path / "gunicorn.log", "wb"),  # noqa: SIM115
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/sante/")
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start: " + self.log())

    def __exit__(self, *exc):
        if self.server is not None:
            self.server.terminate()
            self.server.wait(10)
        if self.proxy._listener is not None:
            self.proxy.cut()
        import psycopg

        with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def log(self):
        return (self.tmp_path / "gunicorn.log").read_text(errors="replace")

    def get(self, path, headers=None):
        """(status, headers, text) of a GET, whatever the status; redirects not followed."""
        status, headers, body = self.get_bytes(path, headers)
        return status, headers, body.decode()

    def get_bytes(self, path, headers=None):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"Host": "localhost", **(headers or {})}
        )
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=20) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def manage(self, *args):
        """A manage.py command in another process on the same database and cache."""
        return subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def restore_database(self):
        self.proxy.start()
