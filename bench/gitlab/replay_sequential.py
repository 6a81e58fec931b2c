#!/usr/bin/env python3
"""Sends the API requests of a GitLab test server log (GET /__control/log, as JSON on stdin) again, one
after another, with the given access token, and prints the milliseconds they took in all.

    replay_sequential.py URL TOKEN < log.json

The sequential client of bench/gitlab/run-resources-bench: the same requests tokendesk-cli needed, each
sent only when the one before it was answered (urllib, standard library only). Only GETs are replayed.
"""
import json
import sys
import time
import urllib.request


def main():
    url, token = sys.argv[1].rstrip("/"), sys.argv[2]
    log = json.load(sys.stdin)
    requests = [entry["path"] for entry in log if entry["method"] == "GET"]
    started = time.monotonic()
    for path in requests:
        request = urllib.request.Request(url + path, headers={"PRIVATE-TOKEN": token})
        with urllib.request.urlopen(request, timeout=60) as reply:
            reply.read()
    elapsed_ms = (time.monotonic() - started) * 1000
    print(json.dumps({"requests": len(requests), "ms": round(elapsed_ms)}))


if __name__ == "__main__":
    main()
