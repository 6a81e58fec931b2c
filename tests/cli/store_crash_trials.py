#!/usr/bin/env python3
"""Crash trials for the local token store: kill -9 at random moments while several tokendesk-cli
processes create, rotate and revoke tokens in one store.

Each trial starts Writers processes at once and keeps that many running (each one a single create,
rotate or revoke, its JSON output read as it streams), then at a random moment kills every running
one with SIGKILL. Afterwards the store must:
  - pass PRAGMA integrity_check;
  - hold every token whose id and secret a process printed (the secret's SHA-256 is its digest);
  - show every printed rotation whole: the old token revoked, the new one in the same family;
  - have no rotation half-applied: each token rotated from another has that one revoked, at the
    instant the new one was created, in the same family; and each revoked token without a successor
    was the target of a revoke, or of a family revoked by reuse detection.

A kill -9 loses nothing a process wrote to the operating system; a power cut can lose more. The
store commits with PRAGMA synchronous = FULL in WAL mode, so a commit is on the disk before a secret
is shown (see docs/ARCHITECTURE.md).

Usage: store_crash_trials.py TOKENDESK_CLI [TRIALS]
"""

import hashlib
import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

WRITERS = 5
TRIAL_SECONDS = (0.05, 1.2)  # random moment of the kill, after the trial starts


def start(cli, store, op, target, env):
    args = [cli, "--store", store, "--json"]
    if op == "create":
        args += ["create", "--name", "crash %d" % random.randrange(1000000), "--scope", "api"]
    else:
        args += [op, str(target)]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)
    os.set_blocking(proc.stdout.fileno(), False)
    return {"proc": proc, "op": op, "target": target, "out": b""}


def drain(job):
    while True:
        try:
            chunk = os.read(job["proc"].stdout.fileno(), 65536)
        except BlockingIOError:
            return
        if not chunk:
            return
        job["out"] += chunk


def record(job, printed):
    """What the process printed, when it printed a whole token (id and secret)."""
    try:
        token = json.loads(job["out"].decode())
    except ValueError:
        return
    if isinstance(token, dict) and "token" in token and "id" in token:
        printed.append({"op": job["op"], "from": job["target"], "id": token["id"], "secret": token["token"]})


def run_trial(cli, store, seed_ids, env, rng, started):
    known = list(seed_ids)
    printed = []
    jobs = []
    deadline = time.monotonic() + rng.uniform(*TRIAL_SECONDS)
    sel = selectors.DefaultSelector()

    def launch():
        op = rng.choice(["create", "create", "rotate", "rotate", "revoke"]) if known else "create"
        target = rng.choice(known) if op != "create" else None
        job = start(cli, store, op, target, env)
        started.append((op, target))
        sel.register(job["proc"].stdout, selectors.EVENT_READ, job)
        jobs.append(job)

    for _ in range(WRITERS):
        launch()
    while time.monotonic() < deadline:
        for key, _ in sel.select(timeout=max(0.0, min(0.02, deadline - time.monotonic()))):
            drain(key.data)
        for job in list(jobs):
            if job["proc"].poll() is not None:
                drain(job)
                sel.unregister(job["proc"].stdout)
                job["proc"].stdout.close()
                jobs.remove(job)
                record(job, printed)
                for p in printed[-1:]:
                    if p["id"] not in known:
                        known.append(p["id"])
                if time.monotonic() < deadline:
                    launch()
    for job in jobs:
        job["proc"].send_signal(signal.SIGKILL)
    for job in jobs:
        job["proc"].wait()
        drain(job)  # whatever reached the pipe before the kill was printed
        sel.unregister(job["proc"].stdout)
        job["proc"].stdout.close()
        record(job, printed)
    sel.close()
    return printed


def check(store, printed, started):
    problems = []
    db = sqlite3.connect(store)
    try:
        result = db.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            problems.append("integrity_check: %r" % (result,))
        rows = {}
        # Killed before any process created the schema, a fresh store is still an empty file.
        if db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'tokens'").fetchone()[0]:
            rows = {r[0]: r for r in db.execute(
                "SELECT id, secret_digest, revoked, revoked_at, family_id, previous_id, created_at FROM tokens")}
    finally:
        db.close()
    for p in printed:
        row = rows.get(p["id"])
        if row is None:
            problems.append("printed token %s (%s) is missing" % (p["id"], p["op"]))
            continue
        if bytes(row[1]) != hashlib.sha256(p["secret"].encode()).digest():
            problems.append("printed token %s has another secret" % p["id"])
        if p["op"] == "rotate":
            old = rows.get(p["from"])
            if old is None or not old[2] or old[4] != row[4] or row[5] != p["from"]:
                problems.append("rotation %s -> %s is not whole" % (p["from"], p["id"]))
    # The other way round: a token revoked with no successor was asked to be revoked, or belongs to
    # a family whose revoked member was asked to rotate (reuse detection revokes the family).
    successors = {row[5] for row in rows.values() if row[5] is not None}
    revoke_targets = {target for op, target in started if op == "revoke"}
    reused_families = {rows[target][4] for op, target in started if op == "rotate" and target in rows}
    for row in rows.values():
        if row[2] and row[0] not in successors and row[0] not in revoke_targets \
                and row[4] not in reused_families:
            problems.append("token %s is revoked, but no revoke or rotation of it finished" % row[0])
    for row in rows.values():
        if row[5] is None:
            continue
        old = rows.get(row[5])
        if old is None or not old[2] or old[4] != row[4] or old[3] != row[6]:
            problems.append("token %s rotated from %s: the old one is not revoked with it" % (row[0], row[5]))
    return problems


def main():
    cli = sys.argv[1]
    trials = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    rng = random.Random(os.environ.get("TOKENDESK_CRASH_SEED") or None)
    env = {k: v for k, v in os.environ.items() if k not in ("TOKENDESK_STORE", "QT_LOGGING_RULES")}
    # Under the sanitizers (scripts/test --sanitize), LeakSanitizer checks a process as it exits by
    # stopping its threads; a kill -9 that lands in the middle of that check leaves a note from the
    # checker ("Unable to get registers from thread") in the sanitizer reports. The writers are killed
    # at random moments, so their leak check is turned off (AddressSanitizer and UBSan still watch
    # them); the seeding runs, and every other test, keep it.
    writer_env = dict(env)
    if "ASAN_OPTIONS" in env:
        writer_env["ASAN_OPTIONS"] = env["ASAN_OPTIONS"] + ":detect_leaks=0"
    failures = 0
    began = time.monotonic()
    total_printed = 0
    with tempfile.TemporaryDirectory(prefix="tokendesk-crash-") as folder:
        env["TOKENDESK_CONFIG_DIR"] = os.path.join(folder, "config")
        for trial in range(trials):
            store = os.path.join(folder, "trial-%d.sqlite" % trial)
            seed_ids = []
            if trial % 4 != 0:  # most trials start from a store with tokens; some from nothing
                for i in range(3):
                    out = subprocess.run([cli, "--store", store, "--json", "create", "--name", "seed %d" % i,
                                          "--scope", "api"], env=env, capture_output=True, check=True).stdout
                    seed_ids.append(json.loads(out)["id"])
            started = []
            printed = run_trial(cli, store, seed_ids, writer_env, rng, started)
            total_printed += len(printed)
            problems = check(store, printed, started)
            if problems:
                failures += 1
                print("trial %d: FAILED" % trial)
                for p in problems:
                    print("  " + p)
            else:
                print("trial %d: ok (%d tokens printed before the kill)" % (trial, len(printed)))
    print("%d trials, %d failed, %d printed tokens checked, %.1f s"
          % (trials, failures, total_printed, time.monotonic() - began))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
