"""Groups, projects, memberships and their access tokens for gitlab_test_server.py (standard library only).

Configuration (next to "users" and "tokens"):
  "groups":   [{"id": 100, "path": "acme", "name": "Acme", "parent": "acme"?}]     parent: a group's full path
  "projects": [{"id": 200, "path": "web", "name": "Web", "group": "acme/platform"}]
  "members":  [{"user": "alice", "group": "acme", "access_level": 50},
               {"user": "bob", "project": "acme/platform/web", "access_level": 30}]
  "resource_tokens": [{"group"|"project": FULL_PATH, "name", "scopes", "access_level"?, "description"?,
                       "expires_in_days"?, "secret"?, "revoked"?}]
  "resource_tokens_feature": "on" | "403" | "404"   (an instance or tier without group and project tokens)

A user's role on a group is the highest of their memberships of it and of its ancestors; on a project the
highest of their membership of it and of its group's chain. Administrators get no role by being one.
Each group or project access token has its own bot user (a member of the resource with the token's
role); rotating keeps the bot user.
"""

import datetime
import urllib.parse

ROLES = (10, 15, 20, 30, 40, 50)
PERSONAL_ONLY_SCOPES = {"read_user", "sudo", "admin_mode"}
MANAGING_LEVEL = {"group": 50, "project": 40}
BOT_IDS_FROM = 100000


class Resources:
    def __init__(self, state, config):
        self.state = state
        self.groups = {}
        self.projects = {}
        self.members = {}  # ("group"|"project", id) -> {user_id: access_level}
        self.feature = str(config.get("resource_tokens_feature", "on"))
        self.next_bot = BOT_IDS_FROM
        for g in config.get("groups", []):
            self.add_group(g["id"], g["path"], g.get("name", g["path"]), g.get("parent"))
        for p in config.get("projects", []):
            self.add_project(p["id"], p["path"], p.get("name", p["path"]), p["group"])
        for m in config.get("members", []):
            kind = "group" if "group" in m else "project"
            resource = self.by_path(kind, m[kind])
            self.members.setdefault((kind, resource["id"]), {})[state.user_by_name(m["user"])["id"]] = \
                int(m["access_level"])

    def seed_tokens(self, config):
        for t in config.get("resource_tokens", []):
            kind = "group" if "group" in t else "project"
            resource = self.by_path(kind, t[kind])
            expires = t.get("expires_at", (self.state.today() + datetime.timedelta(
                days=t.get("expires_in_days", 90))).isoformat())
            self.add_token(kind, resource, t["name"], t.get("description", ""), t["scopes"],
                           int(t.get("access_level", 40)), expires, t.get("secret"), t.get("revoked", False))

    # --- model ------------------------------------------------------------------------------------
    def add_group(self, gid, path, name, parent_path=None):
        parent = self.by_path("group", parent_path) if parent_path else None
        full = (parent["full_path"] + "/" + path) if parent else path
        full_name = (parent["full_name"] + " / " + name) if parent else name
        self.groups[gid] = {"id": gid, "path": path, "name": name, "full_path": full, "full_name": full_name,
                            "parent_id": parent["id"] if parent else None}
        return self.groups[gid]

    def add_project(self, pid, path, name, group_path):
        group = self.by_path("group", group_path)
        self.projects[pid] = {"id": pid, "path": path, "name": name, "group_id": group["id"],
                              "full_path": group["full_path"] + "/" + path,
                              "full_name": group["full_name"] + " / " + name}
        return self.projects[pid]

    def table(self, kind):
        return self.groups if kind == "group" else self.projects

    def by_path(self, kind, full_path):
        for r in self.table(kind).values():
            if r["full_path"] == full_path:
                return r
        raise KeyError("%s %s" % (kind, full_path))

    def find(self, kind, ident):
        """A group or project by numeric id or (URL-decoded) full path, or None."""
        ident = urllib.parse.unquote(ident)
        if ident.isdigit():
            return self.table(kind).get(int(ident))
        for r in self.table(kind).values():
            if r["full_path"].lower() == ident.lower():
                return r
        return None

    def group_chain(self, gid):
        while gid is not None:
            yield gid
            gid = self.groups[gid]["parent_id"]

    def group_role(self, user_id, gid):
        return max([self.members.get(("group", g), {}).get(user_id, 0) for g in self.group_chain(gid)] + [0])

    def role(self, user_id, kind, resource):
        if kind == "group":
            return self.group_role(user_id, resource["id"])
        return max(self.members.get(("project", resource["id"]), {}).get(user_id, 0),
                   self.group_role(user_id, resource["group_id"]))

    def visible(self, user_id, kind, resource):
        """Members see a resource, and so do members of what lies below a group (its subgroups and projects)."""
        if self.role(user_id, kind, resource):
            return True
        if kind != "group":
            return False
        for (k, rid), members in self.members.items():
            if user_id not in members:
                continue
            gid = self.groups[rid]["parent_id"] if k == "group" else self.projects[rid]["group_id"]
            if resource["id"] in self.group_chain(gid) if gid is not None else False:
                return True
        return False

    def add_bot(self, kind, resource, name, access_level):
        bot_id = self.next_bot
        self.next_bot += 1
        username = "%s_%d_bot_%04x" % (kind, resource["id"], bot_id)
        self.state.users[bot_id] = {"id": bot_id, "username": username, "name": name, "is_admin": False,
                                    "bot": True}
        self.members.setdefault((kind, resource["id"]), {})[bot_id] = access_level
        return bot_id

    def add_token(self, kind, resource, name, description, scopes, access_level, expires, secret=None,
                  revoked=False):
        bot = self.add_bot(kind, resource, name, access_level)
        token, secret = self.state.add_token(bot, name, description, scopes, expires, secret, revoked=revoked)
        token["resource"] = (kind, resource["id"])
        token["access_level"] = access_level
        return token, secret

    def generate(self, projects, groups, tokens, owner):
        """A bulk set for benchmarks: `groups` groups (a quarter of them subgroups), `projects` projects spread
        over them, `tokens` tokens spread over every one of them; `owner` owns every top-level group."""
        today = self.state.today()
        gid0 = max(list(self.groups) + [0]) + 1000
        pid0 = max(list(self.projects) + [0]) + 1000
        made_groups = []
        top = max(1, groups - groups // 4)
        for i in range(groups):
            parent = made_groups[i % top]["full_path"] if i >= top else None
            g = self.add_group(gid0 + i, "bulk-g%03d" % i, "Bulk group %d" % i, parent)
            made_groups.append(g)
            if parent is None:
                self.members.setdefault(("group", g["id"]), {})[owner["id"]] = 50
        made = [("group", g) for g in made_groups]
        for i in range(projects):
            group = made_groups[i % len(made_groups)] if made_groups else None
            if group is None:
                break
            made.append(("project", self.add_project(pid0 + i, "bulk-p%04d" % i, "Bulk project %d" % i,
                                                     group["full_path"])))
        for i in range(tokens if made else 0):
            kind, resource = made[i % len(made)]
            expires = (today + datetime.timedelta(days=1 + (i * 7) % 360)).isoformat()
            self.add_token(kind, resource, "bulk-rt-%05d" % i, "bulk resource token %d" % i,
                           ["read_api"] if i % 2 else ["read_repository"], 30 if i % 3 else 40, expires)


def resource_json(res, kind, resource, user, host, simple=False):
    web = "http://%s/%s" % (host, resource["full_path"])
    if kind == "group":
        return {"id": resource["id"], "name": resource["name"], "path": resource["path"],
                "full_path": resource["full_path"], "full_name": resource["full_name"],
                "parent_id": resource["parent_id"], "visibility": "private", "web_url": web}
    group = res.groups[resource["group_id"]]
    out = {"id": resource["id"], "name": resource["name"], "path": resource["path"],
           "path_with_namespace": resource["full_path"], "name_with_namespace": resource["full_name"],
           "web_url": web, "namespace": {"id": group["id"], "full_path": group["full_path"], "kind": "group",
                                         "name": group["name"], "path": group["path"]}}
    if not simple:
        direct = res.members.get(("project", resource["id"]), {}).get(user["id"])
        inherited = res.group_role(user["id"], resource["group_id"])
        out["visibility"] = "private"
        out["permissions"] = {
            "project_access": {"access_level": direct, "notification_level": 3} if direct else None,
            "group_access": {"access_level": inherited, "notification_level": 3} if inherited else None}
    return out


class ResourceRoutes:
    """Handler methods for /groups, /projects and their access tokens. The handler provides state, query,
    body, http_error(status, body), paginate(items, path, render) and parse_expiry(value, default)."""

    def host(self):
        return self.headers.get("Host") or "127.0.0.1:%d" % self.server.server_port

    def route_resources(self, method, parts, user, token):
        """The answer for these paths, or None when the path is not one of them."""
        if not parts or parts[0] not in ("groups", "projects"):
            return None
        kind = parts[0][:-1]
        res = self.state.resources
        read_scopes = ("api", "read_api")
        if len(parts) == 1 and method == "GET":
            self.need_scope(token, read_scopes, "api read_api")
            return self.list_resources(kind, user)
        resource = res.find(kind, parts[1])
        if resource is None or not res.visible(user["id"], kind, resource):
            raise self.http_error(404, {"message": "404 %s Not Found" % kind.capitalize()})
        if len(parts) == 2 and method == "GET":
            self.need_scope(token, read_scopes, "api read_api")
            return 200, resource_json(res, kind, resource, user, self.host(),
                                      simple=self.query.get("simple") == "true"), {}
        if len(parts) == 5 and parts[2:4] == ["members", "all"] and method == "GET":
            self.need_scope(token, read_scopes, "api read_api")
            try:
                member = self.state.users[int(parts[4])]
            except (ValueError, KeyError):
                raise self.http_error(404, {"message": "404 Not found"})
            level = res.role(member["id"], kind, resource)
            if not level:
                raise self.http_error(404, {"message": "404 Not found"})
            return 200, {"id": member["id"], "username": member["username"], "name": member["name"],
                         "state": "active", "access_level": level}, {}
        if len(parts) >= 3 and parts[2] == "access_tokens":
            return self.route_access_tokens(method, kind, resource, parts[3:], user, token)
        return None

    def list_resources(self, kind, user):
        res = self.state.resources
        try:
            minimum = int(self.query.get("min_access_level", 10))
        except ValueError:
            raise self.http_error(400, {"error": "min_access_level does not have a valid value"})
        found = [r for r in res.table(kind).values() if res.role(user["id"], kind, r) >= max(minimum, 1)]
        order = self.query.get("order_by", "name" if kind == "group" else "id")
        keys = {"id": lambda r: r["id"], "name": lambda r: (r["name"].lower(), r["id"]),
                "path": lambda r: (r["full_path"], r["id"])}
        found.sort(key=keys.get(order, keys["id"]),
                   reverse=self.query.get("sort", "asc" if kind == "group" else "desc") == "desc")
        simple = self.query.get("simple") == "true"
        host = self.host()
        return self.paginate(found, "/api/v4/%ss" % kind,
                             lambda r: resource_json(res, kind, r, user, host, simple))

    def route_access_tokens(self, method, kind, resource, rest, user, token):
        res = self.state.resources
        if res.feature in ("403", "404"):
            raise self.http_error(int(res.feature), {"message": "%s %s" % (
                res.feature, "Forbidden" if res.feature == "403" else "Not Found")})
        role = res.role(user["id"], kind, resource)
        allowed = role >= MANAGING_LEVEL[kind]
        label = "%s access token" % kind
        if not rest and method == "GET":
            self.need_scope(token, ("api", "read_api"), "api read_api")
            if not allowed:
                raise self.http_error(401, {"message": "401 Unauthorized"})
            tokens = [t for t in self.state.tokens.values() if t.get("resource") == (kind, resource["id"])]
            state = self.query.get("state")
            if state == "active":
                tokens = [t for t in tokens if self.state.is_active(t)]
            elif state == "inactive":
                tokens = [t for t in tokens if not self.state.is_active(t)]
            elif state:
                raise self.http_error(400, {"error": "state does not have a valid value"})
            tokens.sort(key=lambda t: t["id"], reverse=self.query.get("sort") == "created_desc")
            return self.paginate(tokens, "/api/v4/%ss/%d/access_tokens" % (kind, resource["id"]))
        if not rest and method == "POST":
            self.need_scope(token, ("api",), "api")
            if not allowed:
                raise self.http_error(400, {"message": "User does not have permission to create %s" % label})
            return self.create_resource_token(kind, resource, role)
        if not rest:
            raise self.http_error(405, {"message": "405 Method Not Allowed"})
        try:
            target = self.state.tokens.get(int(rest[0]))
        except ValueError:
            target = None
        if target is None or target.get("resource") != (kind, resource["id"]):
            if not allowed and method == "GET":
                raise self.http_error(401, {"message": "401 Unauthorized"})
            raise self.http_error(404, {"message": "404 Not Found"})
        if len(rest) == 1 and method == "GET":
            self.need_scope(token, ("api", "read_api"), "api read_api")
            if not allowed:
                raise self.http_error(401, {"message": "401 Unauthorized"})
            return 200, self.state.public(target, single=True), {}
        if len(rest) == 1 and method == "DELETE":
            self.need_scope(token, ("api",), "api")
            if not allowed:
                bot = self.state.users[target["user_id"]]
                raise self.http_error(400, {"message": "%s cannot delete %s" % (user["name"], bot["username"])})
            if target["revoked"]:
                raise self.http_error(400, {"message": "400 Bad request - Token already revoked"})
            target["revoked"] = True
            self.state.version += 1
            return 204, None, {}
        if len(rest) == 2 and rest[1] == "rotate" and method == "POST":
            self.need_scope(token, ("api",), "api")
            if not allowed:
                raise self.http_error(403, {"message": "403 Forbidden"})
            if target["access_level"] > role:
                raise self.http_error(400, {"message": "Not eligible to rotate token with access level higher "
                                                       "than the user"})
            return self.rotate(target)
        raise self.http_error(405 if method not in ("GET", "POST", "DELETE") else 404,
                              {"message": "404 Not Found"})

    def create_resource_token(self, kind, resource, role):
        body = self.body
        name = body.get("name")
        if name is None:
            raise self.http_error(400, {"error": "name is missing"})
        scopes = body.get("scopes")
        if scopes is None or scopes == []:
            raise self.http_error(400, {"error": "scopes is missing"})
        if isinstance(scopes, str):
            scopes = [scopes]
        from_server = self.known_scopes()
        if not isinstance(scopes, list) or any(s not in from_server or s in PERSONAL_ONLY_SCOPES for s in scopes):
            raise self.http_error(400, {"error": "scopes does not have a valid value"})
        level = body.get("access_level", 40)
        try:
            level = int(level)
        except (TypeError, ValueError):
            level = -1
        if level not in ROLES:
            raise self.http_error(400, {"error": "access_level does not have a valid value"})
        if level > role:
            raise self.http_error(400, {"message": "Access level of the token can't be greater the access level "
                                                   "of the user who created the token"})
        errors = {}
        if not str(name).strip():
            errors.setdefault("name", []).append("can't be blank")
        if len(str(name)) > 255:
            errors.setdefault("name", []).append("is too long (maximum is 255 characters)")
        description = body.get("description") or ""
        if len(str(description)) > 255:
            errors.setdefault("description", []).append("is too long (maximum is 255 characters)")
        if errors:
            raise self.http_error(400, {"message": errors})
        today = self.state.today()
        expires = self.parse_expiry(body.get("expires_at"),
                                    today + datetime.timedelta(days=self.state.max_lifetime))
        token, secret = self.state.resources.add_token(kind, resource, str(name), str(description), scopes,
                                                       level, expires)
        out = self.state.public(token)
        out["token"] = secret
        return 201, out, {}
