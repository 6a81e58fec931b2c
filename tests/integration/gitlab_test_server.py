#!/usr/bin/env python3
"""A small GitLab REST v4 server for TokenDesk's tests and benchmarks: personal access tokens, and groups,
projects, memberships and their access tokens (gitlab_test_resources.py).

Standard library only. Listens on 127.0.0.1 (port 0 = ephemeral) and prints the port as the first
line of stdout (and to --port-file when given).

  gitlab_test_server.py [--config FILE] [--port N] [--port-file F] [--bulk N] [--bulk-user NAME]
                        [--latency-ms MS] [--fault JSON] [--today YYYY-MM-DD] [--max-lifetime DAYS]
                        [--gather N] [--tls-cert PEM --tls-key PEM] [--bulk-resources PROJECTS,GROUPS,TOKENS]
                        [--bulk-inventory USERS,TOKENS] [--totals-limit N]  (gitlab_test_inventory.py)

Control (not part of GitLab's API, never authenticated, never logged):
  POST /__control  {"latency_ms": 5, "faults": [{"kind": "rate_limit", "count": 2, ...}],
                    "reset_faults": true, "clear_log": true,
                    "link_only": true (pagination told by the Link header alone),
                    "link_host": "host:port" (Link URLs point there),
                    "today": "YYYY-MM-DD" (the server's date from now on, like --today),
                    "next_secret": "..." (the secret of the next token created or rotated),
                    "reseed": true (first of all: users and tokens as at start, faults and log emptied),
                    "gather": N (like --gather: hold listing pages from page 2 on until N are in at once),
                    "totals_limit": N (like --totals-limit),
                    "bulk_resources": "300,40,1000" (that many projects, groups and their tokens, owned by
                    the --bulk-user), "resource_tokens_feature": "on" | "403" | "404",
                    "last_used_ips": false (an older server: token answers carry no last_used_ips; true: back)}
  GET  /__control/log      every API request seen: method, path, host, auth header kind, credential
                           (first 12 hex digits of its SHA-256, never the token), fault, status
  GET  /__control/tokens   every token (no secrets)
  GET  /__control/stats    {"max_in_flight": most API requests answered at once since the log was cleared}
Fault kinds: rate_limit (retry_after, json, reset_in, reset_raw), server_error (status), stall, delay (ms), truncate, non_json,
lose_reply (the change is applied, then the connection is dropped), redirect (location, status),
drip (the real answer, one byte every "interval_ms", 200 by default), huge_body (a 200 of "bytes" bytes,
default 32 MiB, with a Content-Length unless "chunked"; "announce" sends only that Content-Length and
stalls), headers (the real answer with "headers" put over its own: hostile X-Total, X-Next-Page, ...),
pages (listings: "mode" "advance" answers every page with page 1's tokens and a next page forever,
"repeat" names the same page as next forever, "link_repeat" links to the same page as next),
error (status, body: any JSON answer).
Each fault has "count" (-1: forever) and optional "method" and "path" (prefix) filters.

Tokens in the config may carry "last_used_at" (ISO 8601) and "last_used_ips" (newest first); a token that
signs a request records the client's address first in its last_used_ips (distinct, at most 5).
Users may carry "state" ("active" by default, or "blocked", ...), answered by GET /users/:id and GET /users
(?username=NAME), which need no sign-in, as on an instance with public profiles.
"""

import argparse
import datetime
import re
import hashlib
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from gitlab_test_inventory import Inventory
from gitlab_test_resources import ResourceRoutes, Resources

KNOWN_SCOPES = [
    "api", "read_api", "read_user", "read_repository", "write_repository", "read_registry",
    "write_registry", "read_virtual_registry", "write_virtual_registry", "sudo", "admin_mode",
    "create_runner", "manage_runner", "ai_features", "k8s_proxy", "read_service_ping", "self_rotate",
]
ADMIN_SCOPES = {"sudo", "admin_mode", "read_service_ping"}
SELF_SERVICE_SCOPES = {"k8s_proxy", "self_rotate"}
TOTALS_LIMIT = 10000
LAST_USED_IPS_LIMIT = 5
# The date filters of GET /personal_access_tokens: (field, compared as "instant" or "date", before?).
DATE_FILTERS = {
    "created_before": ("created_at", "instant", True),
    "created_after": ("created_at", "instant", False),
    "expires_before": ("expires_at", "date", True),
    "expires_after": ("expires_at", "date", False),
    "last_used_before": ("last_used_at", "instant", True),
    "last_used_after": ("last_used_at", "instant", False),
}
DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
GATHER_SECONDS = 10  # how long --gather holds a page before it gives up waiting for the others

DEFAULT_CONFIG = {
    "users": [
        {"id": 1, "username": "root", "name": "Administrator", "is_admin": True},
        {"id": 2, "username": "alice", "name": "Alice Example"},
        {"id": 3, "username": "bob", "name": "Bob Example"},
    ],
    "tokens": [
        {"user": "root", "name": "root-api", "scopes": ["api"], "secret": "glpat-root-api-secret-00001"},
        {"user": "alice", "name": "alice-api", "scopes": ["api"], "secret": "glpat-alice-api-secret-0001"},
        {"user": "alice", "name": "alice-read", "scopes": ["read_api"],
         "secret": "glpat-alice-read-secret-001"},
        {"user": "alice", "name": "alice-registry", "scopes": ["read_registry", "future_scope"],
         "description": "with a scope this client does not know"},
        {"user": "alice", "name": "alice-revoked", "scopes": ["read_user"], "revoked": True},
        {"user": "bob", "name": "bob-api", "scopes": ["api"], "secret": "glpat-bob-api-secret-000001"},
    ],
    # alice: Owner of acme (so of acme/platform, acme/platform/web and acme/api, where she is also a direct
    # Developer), Maintainer of tools (so of tools/cli), Developer of beta/site; no member of hidden.
    # bob: Owner of beta, Maintainer of acme/platform.
    "groups": [
        {"id": 100, "path": "acme", "name": "Acme"},
        {"id": 101, "path": "platform", "name": "Platform", "parent": "acme"},
        {"id": 102, "path": "tools", "name": "Tools"},
        {"id": 103, "path": "beta", "name": "Beta"},
        {"id": 104, "path": "hidden", "name": "Hidden"},
    ],
    "projects": [
        {"id": 200, "path": "web", "name": "Web", "group": "acme/platform"},
        {"id": 201, "path": "api", "name": "API", "group": "acme"},
        {"id": 202, "path": "cli", "name": "CLI", "group": "tools"},
        {"id": 203, "path": "site", "name": "Site", "group": "beta"},
        {"id": 204, "path": "vault", "name": "Vault", "group": "hidden"},
    ],
    "members": [
        {"user": "alice", "group": "acme", "access_level": 50},
        {"user": "alice", "project": "acme/api", "access_level": 30},
        {"user": "alice", "group": "tools", "access_level": 40},
        {"user": "alice", "project": "beta/site", "access_level": 30},
        {"user": "bob", "group": "beta", "access_level": 50},
        {"user": "bob", "group": "acme/platform", "access_level": 40},
        {"user": "root", "group": "hidden", "access_level": 50},
    ],
    "resource_tokens": [
        {"group": "acme", "name": "acme-ci", "scopes": ["api"], "access_level": 40, "expires_in_days": 60},
        {"group": "acme", "name": "acme-old", "scopes": ["read_api"], "access_level": 20, "revoked": True},
        {"project": "acme/platform/web", "name": "web-deploy", "scopes": ["read_repository", "write_repository"],
         "access_level": 30, "expires_in_days": 10, "secret": "glpat-web-deploy-secret-0001"},
        {"project": "acme/platform/web", "name": "web-registry", "scopes": ["read_registry"], "access_level": 20,
         "expires_in_days": 120},
        {"project": "tools/cli", "name": "cli-release", "scopes": ["api"], "access_level": 40,
         "expires_in_days": 30},
        {"project": "beta/site", "name": "site-bot", "scopes": ["read_api"], "access_level": 30},
    ],
}


def digest(secret):
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def iso_now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def parse_instant(text):
    """A date (00:00 UTC of it) or an ISO 8601 datetime (UTC when it names no offset); None if neither."""
    text = str(text).strip()
    try:
        if DATE_ONLY.match(text):
            return datetime.datetime.combine(datetime.date.fromisoformat(text), datetime.time(),
                                             datetime.timezone.utc)
        if "T" not in text and " " not in text:
            return None
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        when = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return when.astimezone(datetime.timezone.utc)


def date_filter(query):
    """The token filter GitLab's date parameters in `query` ask for (raises HttpError on a bad value)."""
    tests = []
    for name, (field, kind, before) in DATE_FILTERS.items():
        if name not in query:
            continue
        when = parse_instant(query[name])
        if when is None:
            raise HttpError(400, {"error": "%s is invalid" % name})
        bound = when.date() if kind == "date" else when
        tests.append((field, kind, before, bound))

    def matches(token):
        for field, kind, before, bound in tests:
            value = token.get(field)
            if value is None:
                return False  # never expires, never used: no date to compare
            value = datetime.date.fromisoformat(value) if kind == "date" else parse_instant(value)
            if (value >= bound) if before else (value < bound):
                return False
        return True
    return matches if tests else None


class State:
    def __init__(self, args):
        self.lock = threading.RLock()
        # --gather N: the first listing pages after page 1 are held until N of them are in at once (then
        # no page is held any more), so that a client reading pages side by side shows it in
        # max_in_flight however slow the machine; one reading them one by one never gets there.
        self.gather = args.gather
        self.gathered = 0
        self.gather_cond = threading.Condition(self.lock)
        self.stop = threading.Event()
        self.today_override = args.today
        self.max_lifetime = args.max_lifetime
        self.latency_ms = args.latency_ms
        self.faults = []
        self.log = []
        self.users = {}
        self.tokens = {}
        self.by_digest = {}
        self.next_id = 1
        self.next_family = 1
        self.version = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.link_only = False
        self.link_host = None
        self.json_cache = {}
        config = DEFAULT_CONFIG
        if args.config:
            with open(args.config, encoding="utf-8") as f:
                config = json.load(f)
        self.last_used_ips = True  # False: an older server, whose token answers carry no last_used_ips
        for u in config.get("users", []):
            self.users[u["id"]] = {"id": u["id"], "username": u["username"],
                                   "name": u.get("name", u["username"]), "is_admin": bool(u.get("is_admin")),
                                   "state": u.get("state", "active")}
        self.resources = Resources(self, config)
        self.inventory = Inventory(self, args)
        base = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        for i, t in enumerate(config.get("tokens", [])):
            user = self.user_by_name(t["user"])
            created = (base + datetime.timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            expires = t.get("expires_at", (self.today() + datetime.timedelta(days=t.get("expires_in_days", 90)))
                            .isoformat())
            token, _ = self.add_token(user["id"], t["name"], t.get("description", ""), t["scopes"], expires,
                                      t.get("secret"), revoked=t.get("revoked", False),
                                      created_at=t.get("created_at", created))
            token["last_used_at"] = t.get("last_used_at")
            token["last_used_ips"] = list(t.get("last_used_ips", []))
        if args.bulk:
            user = self.user_by_name(args.bulk_user)
            for i in range(args.bulk):
                created = (base - datetime.timedelta(days=1) + datetime.timedelta(seconds=i)).strftime(
                    "%Y-%m-%dT%H:%M:%S.000Z")
                expires = (self.today() + datetime.timedelta(days=1 + i % 360)).isoformat()
                self.add_token(user["id"], "bulk-%06d" % i, "bulk token %d" % i,
                               ["read_api"] if i % 2 else ["api"], expires, None, created_at=created)
        self.resources.seed_tokens(config)
        if args.bulk_resources:
            self.bulk_resources(args.bulk_resources, args.bulk_user)
        if args.bulk_inventory:
            self.inventory.seed(args.bulk_inventory)
        for spec in args.fault or []:
            self.faults.append(json.loads(spec))

    def bulk_resources(self, spec, owner):
        projects, groups, tokens = (int(n) for n in str(spec).split(","))
        self.resources.generate(projects, groups, tokens, self.user_by_name(owner))

    def today(self):
        if self.today_override:
            return datetime.date.fromisoformat(self.today_override)
        return datetime.datetime.now(datetime.timezone.utc).date()

    def user_by_name(self, name):
        for u in self.users.values():
            if u["username"] == name:
                return u
        raise KeyError(name)

    def add_token(self, user_id, name, description, scopes, expires_at, secret=None, revoked=False,
                  created_at=None, family=None):
        if secret is None and getattr(self, "next_secret", None) is not None:
            # A hostile server: the secret of the next token it creates, as the control asked.
            secret, self.next_secret = self.next_secret, None
        if secret is None:
            secret = "glpat-" + secrets.token_urlsafe(15)[:20]
        if family is None:
            family = self.next_family
            self.next_family += 1
        token = {"id": self.next_id, "name": name, "description": description, "scopes": list(scopes),
                 "created_at": created_at or iso_now(), "last_used_at": None, "expires_at": expires_at,
                 "revoked": revoked, "user_id": user_id, "family": family, "digest": digest(secret),
                 "last_used_ips": []}
        self.next_id += 1
        self.tokens[token["id"]] = token
        self.by_digest[token["digest"]] = token["id"]
        self.version += 1
        return token, secret

    def is_active(self, t):
        if t["revoked"]:
            return False
        return t["expires_at"] is None or datetime.date.fromisoformat(t["expires_at"]) > self.today()

    def wait_for_gather(self):
        with self.gather_cond:
            if self.gather <= 0:
                return
            self.gathered += 1
            if self.gathered >= self.gather:
                self.gather = 0
                self.gather_cond.notify_all()
                return
            if not self.gather_cond.wait_for(lambda: self.gather <= 0, timeout=GATHER_SECONDS):
                self.gathered -= 1

    def public(self, t, single=False):
        out = {k: t[k] for k in ("id", "name", "description", "revoked", "created_at", "scopes", "user_id",
                                 "last_used_at", "expires_at")}
        out["active"] = self.is_active(t)
        if "access_level" in t:
            out["access_level"] = t["access_level"]
        if self.last_used_ips:
            out["last_used_ips"] = list(t.get("last_used_ips", []))
        return out

    def record_use(self, t, address):
        t["last_used_at"] = iso_now()
        if address:
            ips = [address] + [ip for ip in t.get("last_used_ips", []) if ip != address]
            t["last_used_ips"] = ips[:LAST_USED_IPS_LIMIT]

    def public_json(self, t):
        key = (t["id"], t["revoked"], t["last_used_at"], tuple(t.get("last_used_ips", [])), t["expires_at"],
               self.today(), self.last_used_ips)
        text = self.json_cache.get(key)
        if text is None:
            text = json.dumps(self.public(t))
            self.json_cache[key] = text
        return text

    def take_fault(self, method, path):
        with self.lock:
            for f in self.faults:
                if f.get("count", 1) == 0:
                    continue
                if f.get("method") and f["method"] != method:
                    continue
                if f.get("path") and not path.startswith(f["path"]):
                    continue
                if f.get("count", 1) > 0:
                    f["count"] = f.get("count", 1) - 1
                return dict(f)
        return None


class HttpError(Exception):
    def __init__(self, status, body, headers=None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def unauthorized():
    return HttpError(401, {"message": "401 Unauthorized"})


def insufficient_scope(scope):
    return HttpError(403, {"error": "insufficient_scope",
                           "error_description": "The request requires higher privileges than provided by "
                                                "the access token.", "scope": scope})


class Handler(ResourceRoutes, BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "gitlab-test-server"

    def log_message(self, fmt, *args):
        pass

    # --- plumbing -------------------------------------------------------------------------------
    @property
    def state(self):
        return self.server.state

    @staticmethod
    def http_error(status, body):
        return HttpError(status, body)

    @staticmethod
    def known_scopes():
        return KNOWN_SCOPES

    def send(self, status, body=None, headers=None, content_type="application/json"):
        data = b""
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if data:
            self.wfile.write(data)
        self.status_sent = status

    def read_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if not raw:
            return {}
        if ctype == "application/json":
            try:
                value = json.loads(raw.decode("utf-8"))
            except ValueError:
                raise HttpError(400, {"error": "body is not valid JSON"})
            return value if isinstance(value, dict) else {}
        params = {}
        for k, v in urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True):
            if k.endswith("[]"):
                params.setdefault(k[:-2], []).append(v)
            else:
                params[k] = v
        return params

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_PUT(self):
        self.dispatch("PUT")

    def dispatch(self, method):
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        self.query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        self.status_sent = None
        if path.startswith("/__control"):
            return self.control(method, path)
        auth_kind = "none"
        secret = None
        if self.headers.get("PRIVATE-TOKEN") is not None:
            auth_kind, secret = "private-token", self.headers.get("PRIVATE-TOKEN")
        elif (self.headers.get("Authorization") or "").startswith("Bearer "):
            auth_kind, secret = "bearer", self.headers.get("Authorization")[7:]
        entry = {"method": method, "path": self.path, "host": self.headers.get("Host"), "auth": auth_kind,
                 "credential": digest(secret)[:12] if secret else None, "fault": None, "status": None}
        with self.state.lock:
            self.state.log.append(entry)
            self.state.in_flight += 1
            self.state.max_in_flight = max(self.state.max_in_flight, self.state.in_flight)
        try:
            if method == "GET" and path == "/api/v4/personal_access_tokens" and \
                    self.query.get("page", "1") not in ("", "1"):
                self.state.wait_for_gather()
            self.answer(method, path, secret, entry)
        finally:
            with self.state.lock:
                self.state.in_flight -= 1

    def answer(self, method, path, secret, entry):
        if self.state.latency_ms:
            time.sleep(self.state.latency_ms / 1000.0)
        body_error = None
        self.body = {}
        if method in ("POST", "PUT"):
            try:
                self.body = self.read_body()
            except HttpError as e:
                body_error = e
        fault = self.state.take_fault(method, path)
        if fault:
            entry["fault"] = fault["kind"]
            if self.pre_fault(fault):
                entry["status"] = self.status_sent
                return
        if body_error:
            self.send(body_error.status, body_error.body, body_error.headers)
            entry["status"] = body_error.status
            return
        if fault and fault["kind"] == "lose_reply":
            try:
                with self.state.lock:
                    self.route(method, path, secret)
            except HttpError:
                pass
            entry["status"] = "dropped"
            self.close_connection = True
            return
        try:
            with self.state.lock:
                status, body, headers = self.route(method, path, secret)
        except HttpError as e:
            status, body, headers = e.status, e.body, e.headers
        if fault and fault["kind"] == "truncate":
            data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data) + 500))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            self.close_connection = True
            entry["status"] = "truncated"
            return
        if fault and fault["kind"] == "drip":
            data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.flush()
            entry["status"] = "dripped"
            interval = fault.get("interval_ms", 200) / 1000.0
            try:
                for i in range(len(data)):
                    if self.state.stop.wait(interval):
                        break
                    self.wfile.write(data[i:i + 1])
                    self.wfile.flush()
            except (ConnectionError, OSError):
                pass
            self.close_connection = True
            return
        if fault and fault["kind"] == "headers":
            headers = dict(headers or {})
            for k, v in fault.get("headers", {}).items():
                for old in [h for h in headers if h.lower() == k.lower()]:
                    del headers[old]
                headers[k] = v
        if fault and fault["kind"] == "pages" and status == 200:
            headers, body = self.endless_page(fault.get("mode", "advance"), headers, body, user_of=secret)
        if fault and fault["kind"] == "non_json" and status < 300:
            self.send(200, b"<html><body>Welcome to nginx!</body></html>", content_type="text/html")
            entry["status"] = 200
            return
        self.send(status, body, headers)
        entry["status"] = status

    def pre_fault(self, fault):
        kind = fault["kind"]
        if kind == "delay":
            # A slow server: answers normally after "ms" milliseconds.
            self.state.stop.wait(fault.get("ms", 1000) / 1000.0)
            return False
        if kind == "stall":
            self.state.stop.wait(fault.get("seconds", 3600))
            self.close_connection = True
            self.status_sent = "stalled"
            return True
        if kind == "rate_limit":
            headers = {}
            if fault.get("retry_after") is not None:
                headers["Retry-After"] = str(fault["retry_after"])
            if fault.get("reset_in") is not None:
                headers["RateLimit-Reset"] = str(int(time.time()) + int(fault["reset_in"]))
                headers["RateLimit-Remaining"] = "0"
            if fault.get("reset_raw") is not None:
                headers["RateLimit-Reset"] = str(fault["reset_raw"])
            if fault.get("json"):
                self.send(429, {"message": "429 Too Many Requests"}, headers)
            else:
                self.send(429, b"Retry later\n", headers, content_type="text/plain")
            return True
        if kind == "server_error":
            status = fault.get("status", 502)
            html = ("<html><head><title>%d Bad Gateway</title></head><body><center><h1>%d</h1></center>"
                    "<hr><center>nginx</center></body></html>" % (status, status)).encode()
            self.send(status, html, content_type="text/html")
            return True
        if kind == "huge_body":
            size = int(fault.get("bytes", 32 * 1024 * 1024))
            chunked = bool(fault.get("chunked"))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(fault.get("content_length", size)))
            self.end_headers()
            self.wfile.flush()
            self.close_connection = True
            self.status_sent = "huge"
            if fault.get("announce"):
                self.state.stop.wait(fault.get("seconds", 30))
                return True
            piece = b"[" + b" " * (64 * 1024 - 1)
            sent = 0
            try:
                while sent < size and not self.state.stop.is_set():
                    chunk = piece[: min(len(piece), size - sent)]
                    if chunked:
                        self.wfile.write(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                    else:
                        self.wfile.write(chunk)
                    sent += len(chunk)
                    piece = b" " * len(piece)
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")
                self.wfile.flush()
            except (ConnectionError, OSError):
                pass
            return True
        if kind == "error":
            # An error answer with any status and JSON body (such as a hostile "message").
            self.send(fault.get("status", 400), fault.get("body", {}))
            return True
        if kind == "redirect":
            location = fault.get("location") or "http://localhost:%d%s" % (self.server.server_port, self.path)
            self.send(fault.get("status", 301), b"", {"Location": location}, content_type="text/html")
            return True
        return False

    def control(self, method, path):
        if method == "GET" and path == "/__control/log":
            with self.state.lock:
                return self.send(200, list(self.state.log))
        if method == "GET" and path == "/__control/stats":
            with self.state.lock:
                return self.send(200, {"max_in_flight": self.state.max_in_flight, "requests": len(self.state.log)})
        if method == "GET" and path == "/__control/tokens":
            with self.state.lock:
                return self.send(200, [dict(self.state.public(t), family=t["family"],
                                            resource=("%s:%d" % t["resource"]) if "resource" in t else None)
                                       for t in self.state.tokens.values()])
        if method == "POST" and path == "/__control":
            body = self.read_body()
            if body.get("reseed"):
                with self.state.lock:
                    self.server.state = State(self.server.args)
            with self.state.lock:
                if body.get("reset_faults"):
                    self.state.faults = []
                if body.get("clear_log"):
                    self.state.log = []
                    self.state.max_in_flight = 0
                if "latency_ms" in body:
                    self.state.latency_ms = body["latency_ms"]
                if "gather" in body:
                    self.state.gather = int(body["gather"])
                    self.state.gathered = 0
                if "link_only" in body:
                    self.state.link_only = bool(body["link_only"])
                if "link_host" in body:
                    self.state.link_host = body["link_host"]
                if "today" in body:
                    self.state.today_override = body["today"]
                if "next_secret" in body:
                    self.state.next_secret = body["next_secret"]
                if "last_used_ips" in body:
                    self.state.last_used_ips = bool(body["last_used_ips"])
                if "resource_tokens_feature" in body:
                    self.state.resources.feature = str(body["resource_tokens_feature"])
                if "totals_limit" in body:
                    self.state.inventory.totals_limit = int(body["totals_limit"])
                if body.get("bulk_resources"):
                    self.state.bulk_resources(body["bulk_resources"], self.server.args.bulk_user)
                for f in body.get("faults", []):
                    self.state.faults.append(f)
            return self.send(200, {"ok": True})
        return self.send(404, {"message": "404 Not Found"})

    def endless_page(self, mode, headers, body, user_of=None):
        """A listing page of a server whose pages never end, or never advance."""
        if not self.path.startswith("/api/v4/personal_access_tokens?") and \
                self.path.split("?")[0] != "/api/v4/personal_access_tokens":
            return headers, body
        try:
            page = max(1, int(self.query.get("page", 1)))
        except ValueError:
            page = 1
        if mode == "advance":
            saved = self.query
            self.query = dict(saved, page="1")
            try:
                with self.state.lock:
                    user, _ = self.authenticate(user_of)
                    _, body, _ = self.list_tokens(user)
            finally:
                self.query = saved
        nxt = page + 1 if mode == "advance" else page
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
        params = dict(self.query, page=str(nxt))
        link = "<http://%s/api/v4/personal_access_tokens?%s>; rel=\"next\"" % (host, urllib.parse.urlencode(params))
        headers = {"Link": link}
        if mode != "link_repeat":
            headers.update({"X-Page": str(page), "X-Next-Page": str(nxt), "X-Per-Page": self.query.get("per_page", "20")})
        return headers, body

    # --- the API ----------------------------------------------------------------------------------
    def authenticate(self, secret):
        if not secret:
            raise unauthorized()
        token_id = self.state.by_digest.get(digest(secret))
        if token_id is None:
            raise unauthorized()
        token = self.state.tokens[token_id]
        if token["revoked"]:
            # GitLab limits reuse detection to the rotation API (gitlab-org/gitlab#418769): a revoked
            # token used to sign a request is refused and nothing else changes.
            raise HttpError(401, {"error": "invalid_token", "error_description": "Token was revoked. You have "
                                  "to re-authenticate."})
        if not self.state.is_active(token):
            raise HttpError(401, {"error": "invalid_token", "error_description": "Token has expired."})
        self.state.record_use(token, self.client_address[0] if self.client_address else None)
        return self.state.users[token["user_id"]], token

    @staticmethod
    def need_scope(token, allowed, named):
        if not set(token["scopes"]) & set(allowed):
            raise insufficient_scope(named)

    def route(self, method, path, secret):
        prefix = "/api/v4"
        if not path.startswith(prefix + "/"):
            raise HttpError(404, {"message": "404 Not Found"})
        parts = path[len(prefix) + 1:].rstrip("/").split("/")
        read_scopes = ("api", "read_api")
        if not secret and method == "GET" and parts[0] == "users" and len(parts) <= 2:
            # As on an instance whose user profiles are public: users can be looked up without signing in.
            return self.route_users(parts, None)
        user, token = self.authenticate(secret)
        if parts == ["user"] and method == "GET":
            self.need_scope(token, read_scopes + ("read_user",), "api read_api read_user")
            host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
            out = {"id": user["id"], "username": user["username"], "name": user["name"], "state": "active",
                   "web_url": "http://%s/%s" % (host, user["username"])}
            if user["is_admin"]:
                out["is_admin"] = True
            return 200, out, {}
        if parts == ["version"] and method == "GET":
            self.need_scope(token, read_scopes + ("read_user",), "api read_api read_user")
            return 200, {"version": "17.9.1-ee", "revision": "0123abcd", "enterprise": True}, {}
        if parts == ["personal_access_tokens"] and method == "GET":
            self.need_scope(token, read_scopes, "api read_api")
            return self.list_tokens(user)
        if len(parts) in (2, 3) and parts[0] == "personal_access_tokens":
            target = self.find_token(user, token, parts[1])
            if len(parts) == 2 and method == "GET":
                if parts[1] != "self":
                    self.need_scope(token, read_scopes, "api read_api")
                return 200, self.state.public(target, single=True), {}
            if len(parts) == 2 and method == "DELETE":
                if parts[1] != "self":
                    self.need_scope(token, ("api",), "api")
                if target["revoked"]:
                    raise HttpError(400, {"message": "400 Bad request - Token already revoked"})
                target["revoked"] = True
                self.state.version += 1
                return 204, None, {}
            if len(parts) == 3 and parts[2] == "rotate" and method == "POST":
                self.need_scope(token, ("api", "self_rotate") if parts[1] == "self" else ("api",), "api")
                return self.rotate(target)
        if parts[0] == "users" and len(parts) <= 2 and method == "GET":
            return self.route_users(parts, token)
        if len(parts) == 3 and parts[0] == "users" and parts[2] == "personal_access_tokens" and method == "POST":
            self.need_scope(token, ("api",), "api")
            if not user["is_admin"]:
                raise HttpError(403, {"message": "403 Forbidden"})
            try:
                owner = self.state.users[int(parts[1])]
            except (ValueError, KeyError):
                raise HttpError(404, {"message": "404 User Not Found"})
            return self.create(owner, allowed=None)
        if parts == ["user", "personal_access_tokens"] and method == "POST":
            self.need_scope(token, ("api", "k8s_proxy"), "api k8s_proxy")
            return self.create(user, allowed=SELF_SERVICE_SCOPES)
        answer = self.route_resources(method, parts, user, token)
        if answer is not None:
            return answer
        if method in ("GET", "POST", "DELETE"):
            raise HttpError(404, {"message": "404 Not Found"})
        raise HttpError(405, {"message": "405 Method Not Allowed"})

    def route_users(self, parts, token):
        """GET /users (?username=) and GET /users/:id, signed in (token) or not (None)."""
        if token is not None:
            self.need_scope(token, ("api", "read_api", "read_user"), "api read_api read_user")
        if len(parts) == 1:
            return self.list_users()
        try:
            found = self.state.users[int(parts[1])]
        except (ValueError, KeyError):
            raise HttpError(404, {"message": "404 User Not Found"})
        return 200, self.user_json(found), {}

    def user_json(self, u):
        host = self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port
        out = {"id": u["id"], "username": u["username"], "name": u["name"], "state": u.get("state", "active"),
               "web_url": "http://%s/%s" % (host, u["username"])}
        if u.get("bot"):
            out["bot"] = True
        return out

    def list_users(self):
        users = sorted(self.state.users.values(), key=lambda u: u["id"])
        if "username" in self.query:
            wanted = self.query["username"].lower()
            users = [u for u in users if u["username"].lower() == wanted]
        return self.paginate(users, path="/api/v4/users", render=self.user_json)

    def find_token(self, user, token, ident):
        if ident == "self":
            return token
        try:
            target = self.state.tokens.get(int(ident))
        except ValueError:
            raise HttpError(404, {"message": "404 Not Found"})
        if user["is_admin"]:
            if target is None:
                raise HttpError(404, {"message": "404 Personal Access Token Not Found"})
            return target
        if target is None or target["user_id"] != user["id"]:
            raise unauthorized()
        return target

    def parse_expiry(self, value, default):
        today = self.state.today()
        if value in (None, ""):
            return default.isoformat()
        try:
            date = datetime.date.fromisoformat(str(value))
        except ValueError:
            raise HttpError(400, {"error": "expires_at is invalid"})
        if date <= today:
            raise HttpError(400, {"message": {"expires_at": ["must be in the future"]}})
        latest = today + datetime.timedelta(days=self.state.max_lifetime)
        if date > latest:
            raise HttpError(400, {"message": "Expiration date must be before %s" %
                                  (latest + datetime.timedelta(days=1)).isoformat()})
        return date.isoformat()

    def create(self, owner, allowed):
        body = self.body
        name = body.get("name")
        if name is None:
            raise HttpError(400, {"error": "name is missing"})
        scopes = body.get("scopes")
        if scopes is None or scopes == []:
            raise HttpError(400, {"error": "scopes is missing"})
        if isinstance(scopes, str):
            scopes = [scopes]
        if not isinstance(scopes, list) or any(s not in KNOWN_SCOPES for s in scopes):
            raise HttpError(400, {"error": "scopes does not have a valid value"})
        if allowed is not None and any(s not in allowed for s in scopes):
            raise HttpError(400, {"error": "scopes does not have a valid value"})
        errors = {}
        if not str(name).strip():
            errors.setdefault("name", []).append("can't be blank")
        if len(str(name)) > 255:
            errors.setdefault("name", []).append("is too long (maximum is 255 characters)")
        description = body.get("description") or ""
        if len(str(description)) > 255:
            errors.setdefault("description", []).append("is too long (maximum is 255 characters)")
        if not owner["is_admin"] and any(s in ADMIN_SCOPES for s in scopes):
            errors.setdefault("scopes", []).append("can only contain available scopes")
        if errors:
            raise HttpError(400, {"message": errors})
        today = self.state.today()
        expires = self.parse_expiry(body.get("expires_at"),
                                    today + datetime.timedelta(days=self.state.max_lifetime))
        token, secret = self.state.add_token(owner["id"], str(name), str(description), scopes, expires)
        out = self.state.public(token)
        out["token"] = secret
        return 201, out, {}

    def revoke_family(self, token):
        changed = False
        for t in self.state.tokens.values():
            if t["family"] == token["family"] and not t["revoked"]:
                t["revoked"] = True
                changed = True
        if changed:
            self.state.version += 1

    def rotate(self, target):
        if target["revoked"]:
            for t in self.state.tokens.values():
                if t["family"] == target["family"]:
                    t["revoked"] = True
            self.state.version += 1
            raise HttpError(400, {"message": "400 Bad request - Token already revoked"})
        if not self.state.is_active(target):
            raise HttpError(400, {"message": "400 Bad request - Token expired"})
        expires = self.parse_expiry(self.body.get("expires_at"), self.state.today() + datetime.timedelta(days=7))
        target["revoked"] = True
        self.state.version += 1
        token, secret = self.state.add_token(target["user_id"], target["name"], target["description"],
                                             target["scopes"], expires, family=target["family"])
        for kept in ("resource", "access_level"):  # a group's or project's token keeps its bot user and role
            if kept in target:
                token[kept] = target[kept]
        out = self.state.public(token)
        out["token"] = secret
        return 200, out, {}

    def list_tokens(self, user):
        q = self.query
        filters = tuple(sorted((k, v) for k, v in q.items() if k not in ("page", "per_page")))
        cache_key = (user["id"], filters, self.state.version, str(self.state.today()))
        # last_used_at moves with every request, so listings that sort or filter on it are never cached.
        if "last_used" in q.get("sort", "") or any(k.startswith("last_used") for k in q):
            return self.paginate(self.filtered_tokens(user))
        return self.paginate(self.state.inventory.listing(cache_key, lambda: self.filtered_tokens(user)))

    def filtered_tokens(self, user):
        q = self.query
        tokens = self.state.inventory.candidates(q)
        if "user_id" in q:
            try:
                wanted = int(q["user_id"])
            except ValueError:
                raise HttpError(400, {"error": "user_id is invalid"})
            if not user["is_admin"] and wanted != user["id"]:
                raise unauthorized()
            tokens = [t for t in tokens if t["user_id"] == wanted]
        elif not user["is_admin"]:
            tokens = [t for t in tokens if t["user_id"] == user["id"]]
        tokens = [t for t in tokens if "resource" not in t]  # bot users' tokens are not personal ones
        state = q.get("state")
        if state == "active":
            tokens = [t for t in tokens if self.state.is_active(t)]
        elif state == "inactive":
            tokens = [t for t in tokens if not self.state.is_active(t)]
        elif state:
            raise HttpError(400, {"error": "state does not have a valid value"})
        if q.get("revoked") in ("true", "false"):
            wanted = q["revoked"] == "true"
            tokens = [t for t in tokens if t["revoked"] == wanted]
        if q.get("search"):
            needle = q["search"].lower()
            tokens = [t for t in tokens if needle in t["name"].lower()]
        dates = date_filter(q)
        if dates is not None:
            tokens = [t for t in tokens if dates(t)]
        sort = q.get("sort", "created_desc")
        keys = {"created": lambda t: (t["created_at"], t["id"]),
                "expires": lambda t: (t["expires_at"] or "9999-99-99", t["id"]),
                "last_used": lambda t: (t["last_used_at"] or "", t["id"]),
                "name": lambda t: (t["name"].lower(), t["id"])}
        field, _, direction = sort.rpartition("_")
        if field not in keys or direction not in ("asc", "desc"):
            raise HttpError(400, {"error": "sort does not have a valid value"})
        tokens.sort(key=keys[field], reverse=direction == "desc")
        return tokens

    def paginate(self, tokens, path="/api/v4/personal_access_tokens", render=None):
        q = self.query
        try:
            page = max(1, int(q.get("page", 1)))
            per_page = min(100, max(1, int(q.get("per_page", 20))))
        except ValueError:
            raise HttpError(400, {"error": "page is invalid"})
        total = len(tokens)
        pages = max(1, (total + per_page - 1) // per_page)
        items = tokens[(page - 1) * per_page: page * per_page]
        headers = {"X-Page": str(page), "X-Per-Page": str(per_page),
                   "X-Next-Page": str(page + 1) if page < pages else "",
                   "X-Prev-Page": str(page - 1) if page > 1 else ""}
        host = self.state.link_host or self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port

        def link(p):
            params = dict(q, page=str(p), per_page=str(per_page))
            return "<http://%s%s?%s>" % (host, path, urllib.parse.urlencode(params))

        links = []
        if page < pages:
            links.append(link(page + 1) + '; rel="next"')
        if page > 1:
            links.append(link(page - 1) + '; rel="prev"')
        links.append(link(1) + '; rel="first"')
        if self.state.inventory.has_totals(total):
            headers["X-Total"] = str(total)
            headers["X-Total-Pages"] = str(pages)
            links.append(link(pages) + '; rel="last"')
        headers["Link"] = ", ".join(links)
        if self.state.link_only:
            headers = {"Link": headers["Link"]}
        if render is None:
            body = ("[" + ",".join(self.state.public_json(t) for t in items) + "]").encode("utf-8")
        else:
            body = json.dumps([render(t) for t in items]).encode("utf-8")
        return 200, body, headers


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)) or type(error).__name__.startswith("SSL"):
            return
        super().handle_error(request, client_address)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file")
    parser.add_argument("--bulk", type=int, default=0)
    parser.add_argument("--bulk-user", default="alice")
    parser.add_argument("--bulk-resources", help="PROJECTS,GROUPS,TOKENS: a bulk set of resources and their "
                        "tokens, the --bulk-user owning every top-level group")
    parser.add_argument("--bulk-inventory", help="USERS,TOKENS: that many extra users and personal access "
                        "tokens spread over them and over years (gitlab_test_inventory.py)")
    parser.add_argument("--totals-limit", type=int, default=TOTALS_LIMIT,
                        help="above this many records a listing sends no totals (GitLab: 10000)")
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--gather", type=int, default=0)
    parser.add_argument("--fault", action="append")
    parser.add_argument("--today")
    parser.add_argument("--max-lifetime", type=int, default=365)
    parser.add_argument("--tls-cert", help="serve https with this PEM certificate (and --tls-key)")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    server = Server(("127.0.0.1", args.port), Handler)
    if args.tls_cert:
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    server.args = args
    server.state = State(args)
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write("%d\n" % port)
        import os
        os.replace(args.port_file + ".tmp", args.port_file)
    sys.stdout.write("%d\n" % port)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.state.stop.set()


if __name__ == "__main__":
    main()
