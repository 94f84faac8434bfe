"""A real HTTP server on 127.0.0.1 speaking the parts of the Hugging Face hub protocol that
huggingface_hub's downloads use, so `hybridgate models pull` is tested offline (HF_ENDPOINT=...):

  GET  /api/models/{org}/{repo}/tree/{rev}[/{path}]?recursive=..   -> JSON file list (size, oid, lfs.oid = sha256)
  HEAD /{org}/{repo}/resolve/{rev}/{file}   -> 200 with X-Repo-Commit, ETag / X-Linked-Etag, X-Linked-Size
  GET  /{org}/{repo}/resolve/{rev}/{file}   -> the bytes; `Range: bytes=N-` -> 206 + Content-Range

Repos may be private (401 without `Authorization: Bearer <token>`, as the hub answers). Faults:
`cut_after` ends the next GET's connection after that many bytes; `stall_after` sends that many
bytes, then waits (a client killed mid-download); `corrupt` serves bytes that differ from the
listed sha256. Every request is logged (method, path, Range, Authorization) for assertions.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlparse

COMMIT = "0123456789abcdef0123456789abcdef01234567"


@dataclass
class FakeRepo:
    files: dict[str, bytes]
    token: str | None = None  # private repo: requests need this bearer token
    corrupt: set[str] = field(default_factory=set)  # served bytes differ from the listed sha256


@dataclass
class HubLog:
    method: str
    path: str
    range: str | None
    authorization: str | None


class FakeHub:
    """Start with `with FakeHub(repos) as hub:`; `hub.url` is the HF_ENDPOINT."""

    def __init__(self, repos: dict[str, FakeRepo]) -> None:
        self.repos = repos
        self.log: list[HubLog] = []
        self.cut_after: int | None = None
        self.stall_after: int | None = None
        self.stalled = threading.Event()
        self._release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeHub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()

    def gets(self, filename: str) -> list[HubLog]:
        return [e for e in self.log if e.method == "GET" and "/resolve/" in e.path and e.path.endswith(filename)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _record(self) -> None:
                hub.log.append(HubLog(self.command, unquote(urlparse(self.path).path), self.headers.get("Range"),
                                      self.headers.get("Authorization")))

            def _error(self, status: int, code: str, message: str) -> None:
                body = json.dumps({"error": message}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Error-Code", code)
                self.send_header("X-Error-Message", message)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def _repo(self, repo_id: str) -> FakeRepo | None:
                repo = hub.repos.get(repo_id)
                if repo is None or (repo.token and self.headers.get("Authorization") != f"Bearer {repo.token}"):
                    # the hub answers 401 for both, so as not to reveal private repos
                    self._error(401, "RepoNotFound", "Repository not found")
                    return None
                return repo

            def do_HEAD(self) -> None:  # noqa: N802
                self._serve(head=True)

            def do_GET(self) -> None:  # noqa: N802
                self._serve(head=False)

            def _serve(self, head: bool) -> None:
                self._record()
                parts = unquote(urlparse(self.path).path).strip("/").split("/")
                if parts[:2] == ["api", "models"] and len(parts) >= 6 and parts[4] == "tree":
                    return self._tree("/".join(parts[2:4]))
                if len(parts) >= 5 and parts[2] == "resolve":
                    return self._resolve("/".join(parts[:2]), "/".join(parts[4:]), head)
                self._error(404, "EntryNotFound", "no such endpoint")
                return None

            def _tree(self, repo_id: str) -> None:
                repo = self._repo(repo_id)
                if repo is None:
                    return
                items = [{"type": "file", "path": name, "size": len(data),
                          "oid": hashlib.sha1(data).hexdigest(),  # noqa: S324 - a git blob id stand-in
                          "lfs": {"oid": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 134}}
                         for name, data in sorted(repo.files.items())]
                body = json.dumps(items).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _resolve(self, repo_id: str, name: str, head: bool) -> None:
                repo = self._repo(repo_id)
                if repo is None:
                    return
                if name not in repo.files:
                    self.send_response(404)
                    self.send_header("X-Error-Code", "EntryNotFound")
                    self.send_header("X-Repo-Commit", COMMIT)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                listed = repo.files[name]
                data = bytes(b ^ 0xFF for b in listed[:64]) + listed[64:] if name in repo.corrupt else listed
                start = 0
                rng = self.headers.get("Range")
                if rng and not head:
                    start = int(rng.removeprefix("bytes=").split("-")[0])
                self.send_response(206 if start else 200)
                self.send_header("X-Repo-Commit", COMMIT)
                self.send_header("ETag", f'"{hashlib.sha1(listed).hexdigest()}"')  # noqa: S324
                self.send_header("X-Linked-Etag", f'"{hashlib.sha256(listed).hexdigest()}"')
                self.send_header("X-Linked-Size", str(len(listed)))
                self.send_header("Accept-Ranges", "bytes")
                self.send_header("Content-Length", str(len(data) - start))
                if start:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.end_headers()
                if head:
                    return
                body = data[start:]
                if hub.cut_after is not None:
                    n, hub.cut_after = hub.cut_after, None
                    self.wfile.write(body[:n])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if hub.stall_after is not None:
                    n, hub.stall_after = hub.stall_after, None
                    self.wfile.write(body[:n])
                    self.wfile.flush()
                    hub.stalled.set()
                    while not hub._release.wait(0.1):
                        time.sleep(0)
                    return
                self.wfile.write(body)

        return Handler
