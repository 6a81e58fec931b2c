"""An instance's worth of users and tokens for gitlab_test_server.py (standard library only): what an
administrator's inventory reads.

  --bulk-inventory USERS,TOKENS   that many extra users (inv-<id>) and personal access tokens spread
                                  over them and over their created_at from 2021 to mid 2026: about one in
                                  twenty revoked, one in twenty expired, one in three used (with an address)
  --totals-limit N                above N records a listing sends no X-Total, X-Total-Pages nor last link
                                  (GitLab: 10,000), so that tests reach it with few tokens

The listings stay fast with many different ranges asked at once: the tokens are kept in created_at order
and a created_after/created_before range is cut out of it by bisection; many listings (not one) are
remembered until the tokens change.
"""

import bisect
import collections
import datetime

LISTINGS_KEPT = 512
BULK_FROM = datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc)
BULK_SPAN_SECONDS = int((datetime.datetime(2026, 6, 30, tzinfo=datetime.timezone.utc) - BULK_FROM)
                        .total_seconds())
BULK_SCOPES = (["api"], ["read_api"], ["read_repository"], ["read_user", "read_api"], ["sudo", "api"],
               ["write_repository", "read_repository"], ["read_registry"])


def stamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def parse_instant(value):
    """A created_after/before value (a date or an ISO 8601 instant) as a timestamp string like the tokens'
    created_at, or None when it cannot be read."""
    text = str(value).strip()
    try:
        if len(text) == 10:
            moment = datetime.datetime.combine(datetime.date.fromisoformat(text), datetime.time(),
                                               datetime.timezone.utc)
        else:
            moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=datetime.timezone.utc)
            moment = moment.astimezone(datetime.timezone.utc)
    except ValueError:
        return None
    return stamp(moment)


class Inventory:
    """The created_at index and the listings kept of a State."""

    def __init__(self, state, args):
        self.state = state
        self.totals_limit = args.totals_limit
        self.listings = collections.OrderedDict()
        self.index_version = None
        self.index_keys = []
        self.index_tokens = []

    def seed(self, spec):
        users, tokens = (int(n) for n in str(spec).split(","))
        state = self.state
        first_user = max(state.users) + 1 if state.users else 1
        for i in range(users):
            uid = first_user + i
            name = "inv-%d" % uid
            state.users[uid] = {"id": uid, "username": name, "name": "Inventory User %d" % (i + 1),
                                "is_admin": False}
        ids = list(range(first_user, first_user + users)) or [1]
        today = state.today()
        step = BULK_SPAN_SECONDS / max(1, tokens)
        for i in range(tokens):
            created = BULK_FROM + datetime.timedelta(seconds=int(i * step))
            user_id = ids[(i * 7919) % len(ids)]
            if i % 20 == 7:
                expires = (today - datetime.timedelta(days=1 + i % 300)).isoformat()
            else:
                expires = (today + datetime.timedelta(days=1 + i % 360)).isoformat()
            token, _ = state.add_token(user_id, "inv-%06d" % i, "inventory token %d" % i,
                                       BULK_SCOPES[i % len(BULK_SCOPES)], expires, "glpat-inv-%014d" % i,
                                       revoked=i % 20 == 3, created_at=stamp(created))
            if i % 3 == 0:
                used = created + datetime.timedelta(days=1 + i % 90)
                token["last_used_at"] = stamp(used)
                token["last_used_ips"] = ["10.%d.%d.%d" % (i % 200, (i // 200) % 250, 1 + i % 250)]

    # --- listings ---------------------------------------------------------------------------------
    def candidates(self, query):
        """The tokens a listing may hold, in created_at order: all of them, or only those of its
        created_after/created_before range (at or after, before: GitLab's meaning)."""
        state = self.state
        if self.index_version != (state.next_id, len(state.tokens)):
            ordered = sorted(state.tokens.values(), key=lambda t: (t["created_at"], t["id"]))
            self.index_tokens = ordered
            self.index_keys = [t["created_at"] for t in ordered]
            self.index_version = (state.next_id, len(state.tokens))
        low, high = 0, len(self.index_tokens)
        after = parse_instant(query["created_after"]) if query.get("created_after") else None
        before = parse_instant(query["created_before"]) if query.get("created_before") else None
        if after:
            low = bisect.bisect_left(self.index_keys, after)
        if before:
            high = max(low, bisect.bisect_left(self.index_keys, before))
        return self.index_tokens[low:high]

    def listing(self, key, compute):
        """A listing kept by its key (user, filters, version of the tokens, day), or computed and kept."""
        kept = self.listings.get(key)
        if kept is not None:
            self.listings.move_to_end(key)
            return kept
        kept = compute()
        self.listings[key] = kept
        while len(self.listings) > LISTINGS_KEPT:
            self.listings.popitem(last=False)
        return kept

    def has_totals(self, total):
        return total <= self.totals_limit

