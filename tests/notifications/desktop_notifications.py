#!/usr/bin/python3
"""`tokendesk-cli remind --notify` against a real notification server: Debian's dunst.

Run inside tests/support/own-display and tests/support/a11y-session (see CMakeLists.txt here): an X server,
a D-Bus session bus that starts no service by itself, and the AT-SPI bus. The test starts dunst on that
bus and reads back what it received: `dunstctl history` (summary, body, application), and the actions
dunst offers in its context menu, whose `dmenu` is a script of the test's that records the menu and
picks the entry the test asks for. So "Rotate now" and "Remind me tomorrow" are invoked as a user
invokes them: dunst sends ActionInvoked over the bus to the waiting `remind`.
    desktop_notifications.py TOKENDESK_CLI
Checks, in order: no notification service (exit 1, the report still printed); one notification per due
token with its texts and actions; nothing twice across runs; Remind me tomorrow (nothing again today,
reminded tomorrow); threshold 0 (expired today: Open only); many at once grouped into one; a place that
cannot be read (a file that is not a store, a GitLab server that is down) gets a notification saying
which and why; Open starts the window with the token selected; Rotate now opens the window's rotate
confirmation on the token (seen over the AT-SPI bus), started as the launch contract says.
"""

import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

WAIT_SECONDS = 60  # a loaded machine (the whole suite at once) answers slowly
TODAY = datetime.date.today()


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def wait_for(what, predicate, seconds=WAIT_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise Failure("timed out waiting for " + what)


DMENU = """#!/usr/bin/python3
# dunst's context menu: records what dunst offers, picks the first entry holding every line of the
# choice file (nothing when the file is empty).
import sys
menu = sys.stdin.read()
with open(%(menu)r, "a", encoding="utf-8") as log:
    log.write(menu + "\\n")
try:
    with open(%(choice)r, encoding="utf-8") as f:
        wanted = [line for line in f.read().splitlines() if line]
except FileNotFoundError:
    wanted = []
if wanted:
    for entry in menu.splitlines():
        if all(part in entry for part in wanted):
            try:
                sys.stdout.write(entry + "\\n")
                sys.stdout.flush()
            except BrokenPipeError:  # dunst stops reading once it has the line
                pass
            break
"""

DUNSTRC = """[global]
    dmenu = %(dmenu)s
    markup = full
    history_length = 200
    sticky_history = yes
    notification_limit = 0
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


class World:
    def __init__(self, cli):
        self.cli = cli
        self.dir = tempfile.mkdtemp(prefix="tokendesk-notify.")
        self.store = os.path.join(self.dir, "tokens.db")
        self.config = os.path.join(self.dir, "config")
        os.makedirs(self.config)
        self.menu_log = os.path.join(self.dir, "menu.log")
        self.choice = os.path.join(self.dir, "choice")
        self.dunst = None
        self.children = []
        self.windows = []  # the windows the notifications' actions opened
        self.day = TODAY

    # --- tokendesk-cli --------------------------------------------------------------------------------
    def env(self):
        env = dict(os.environ)
        env["TOKENDESK_CONFIG_DIR"] = self.config
        env["TOKENDESK_TEST_NOW"] = self.day.isoformat() + "T12:00:00Z"
        env["LANG"] = env["LC_ALL"] = "en_US.UTF-8"
        env["QT_QPA_PLATFORM"] = "xcb"
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_ACCESSIBILITY"] = "1"
        env.pop("TOKENDESK_STORE", None)
        return env

    def run(self, *args, store=None):
        command = [self.cli] + (["--store", store or self.store] if store != "" else []) + list(args)
        done = subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=WAIT_SECONDS)
        return done.returncode, done.stdout, done.stderr

    def start(self, *args):
        command = [self.cli, "--store", self.store] + list(args)
        process = subprocess.Popen(command, env=self.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        self.children.append(process)
        return process

    def create(self, name, days):
        expires = (self.day + datetime.timedelta(days=days)).isoformat()
        code, out, err = self.run("--json", "create", "--name", name, "--scope", "read_api",
                                  "--expires", expires)
        check(code == 0, "create %s failed: %s" % (name, err))
        return json.loads(out)["id"]

    def remind(self, *extra, store=None):
        return self.run("remind", "--notify", "--wait", "0", *extra, store=store)

    # --- dunst ----------------------------------------------------------------------------------------
    def start_dunst(self):
        dmenu = os.path.join(self.dir, "dmenu")
        with open(dmenu, "w", encoding="utf-8") as f:
            f.write(DMENU % {"menu": self.menu_log, "choice": self.choice})
        os.chmod(dmenu, 0o755)
        rc = os.path.join(self.dir, "dunstrc")
        with open(rc, "w", encoding="utf-8") as f:
            f.write(DUNSTRC % {"dmenu": dmenu})
        self.dunst = subprocess.Popen(["dunst", "-config", rc], stdout=subprocess.DEVNULL,
                                      stderr=open(os.path.join(self.dir, "dunst.log"), "w"))
        wait_for("dunst on the bus", lambda: self.bus_has("org.freedesktop.Notifications"))

    @staticmethod
    def bus_has(name):
        done = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/",
                               "org.freedesktop.DBus.NameHasOwner", "string:" + name],
                              capture_output=True, text=True)
        return "boolean true" in done.stdout

    @staticmethod
    def dunstctl(*args):
        done = subprocess.run(["dunstctl"] + list(args), capture_output=True, text=True, timeout=WAIT_SECONDS)
        check(done.returncode == 0, "dunstctl %s failed: %s" % (" ".join(args), done.stderr))
        return done.stdout

    def displayed(self):
        return int(self.dunstctl("count", "displayed").strip())

    def history(self):
        entries = json.loads(self.dunstctl("history"))["data"][0]
        return [{key: value["data"] for key, value in entry.items()} for entry in entries]

    def menu(self, *wanted):
        """Opens dunst's context menu of the notifications on screen, choosing the entry that holds every
        string of wanted (none: closes it without a choice); returns the entries offered."""
        with open(self.choice, "w", encoding="utf-8") as f:
            f.write("\n".join(wanted) + "\n")
        open(self.menu_log, "w").close()
        self.dunstctl("context")
        text = wait_for("dunst's menu", lambda: open(self.menu_log, encoding="utf-8").read())
        return [line for line in text.splitlines() if line]

    def shown(self):
        """The notifications dunst received since the last call (it moves them to its history)."""
        self.dunstctl("close-all")
        seen = getattr(self, "_seen", set())
        new = [entry for entry in self.history() if entry["id"] not in seen]
        self._seen = seen | {entry["id"] for entry in new}
        return sorted(new, key=lambda entry: entry["id"])

    def close(self):
        for pid in self.windows:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for process in self.children:
            if process.poll() is None:
                process.kill()
                process.wait()
        if self.dunst:
            self.dunst.terminate()
            self.dunst.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def summaries(entries):
    return [entry["summary"] for entry in entries]


def long_date(day):
    # en_US's long date format, as Qt writes it: "Monday, December 14, 2026".
    return day.strftime("%A, %B ") + str(day.day) + day.strftime(", %Y")


def test_no_service(world):
    code, out, err = world.remind()
    check(code == 1, "remind --notify without a notification service must exit 1, got %d" % code)
    check("notification service" in err, "stderr must say there is no notification service: " + err)
    check("deploy" in out, "the report must still be printed: " + out)


def test_one_per_token(world):
    code, out, err = world.remind()
    check(code == 0, "remind --notify failed (%d): %s" % (code, err))
    check("deploy" in out and "ci" in out, "the usual report: " + out)
    offered = world.menu()
    check(any("#Rotate now (Token “deploy” expires in 7 days)" in line for line in offered), offered)
    check(any("#Open (Token “deploy” expires in 7 days)" in line for line in offered), offered)
    check(any("#Remind me tomorrow (Token “deploy” expires in 7 days)" in line for line in offered), offered)
    check(any("#Rotate now (Token “ci” expires tomorrow)" in line for line in offered), offered)
    entries = world.shown()
    check(summaries(entries) == ["Token “ci” expires tomorrow", "Token “deploy” expires in 7 days"],
          summaries(entries))
    deploy = entries[1]
    check(deploy["appname"] == "TokenDesk", deploy)
    expires = world.day + datetime.timedelta(days=7)
    check(long_date(expires) in deploy["body"], "the body names the date: " + deploy["body"])
    check("tokens.db" in deploy["body"] or "store" in deploy["body"].lower(),
          "the body names where the token lives: " + deploy["body"])


def test_never_twice(world):
    code, _, err = world.remind()
    check(code == 0, err)
    check(world.displayed() == 0, "a second run the same day must post nothing")
    check(world.shown() == [], "nothing new")
    # Tomorrow: still at threshold 7 for deploy; ci expired (threshold 0).
    world.day += datetime.timedelta(days=1)
    code, _, err = world.remind()
    check(code == 0, err)
    offered = world.menu()
    entries = world.shown()
    check(summaries(entries) == ["Token “ci” expired today"], summaries(entries))
    check(not any("Rotate now" in line for line in offered), "an expired token cannot be rotated: %s" % offered)
    check(any("#Open (Token “ci” expired today)" in line for line in offered), offered)
    world.day -= datetime.timedelta(days=1)


def test_remind_me_tomorrow(world):
    world.create("snoozy", 5)
    waiting = world.start("remind", "--notify", "--wait", str(WAIT_SECONDS))
    wait_for("the notification of snoozy", lambda: world.displayed() == 1)
    world.menu("Remind me tomorrow", "snoozy")
    out, err = waiting.communicate(timeout=WAIT_SECONDS)
    check(waiting.returncode == 0, "remind must end once its notification is answered: %s" % err)
    check(summaries(world.shown()) == ["Token “snoozy” expires in 5 days"], "snoozy was told once")
    code, _, err = world.remind()
    check(code == 0 and world.displayed() == 0, "snoozed: nothing more today")
    world.shown()
    world.day += datetime.timedelta(days=1)
    code, _, err = world.remind()
    check(code == 0, err)
    entries = summaries(world.shown())
    check("Token “snoozy” expires in 4 days" in entries, "reminded again tomorrow: %s" % entries)
    world.day -= datetime.timedelta(days=1)


def test_grouped(world):
    for i in range(4):
        world.create("batch-%d" % i, 20)
    code, _, err = world.remind()
    check(code == 0, err)
    offered = world.menu()
    entries = world.shown()
    check(summaries(entries) == ["4 tokens expire soon"], summaries(entries))
    body = entries[0]["body"]
    for i in range(4):
        check("“batch-%d”" % i in body and "expires in 20 days" in body, body)
    labels = sorted(line.split(" (")[0] for line in offered)
    check(labels == ["#Open", "#Remind me tomorrow"], offered)


def test_unreadable_place(world):
    junk = os.path.join(world.dir, "not-a-store.db")
    with open(junk, "w") as f:
        f.write("this is not a TokenDesk store\n" * 100)
    code, out, err = world.remind(store=junk)
    check(code == 1, "a place that cannot be read: exit 1, got %d (%s)" % (code, err))
    entries = world.shown()
    check(len(entries) == 1 and entries[0]["summary"].startswith("TokenDesk could not check the tokens of"),
          summaries(entries))
    check(entries[0]["body"].strip() != "", "the notification says why")
    # A GitLab server that does not answer (nothing listens on the port).
    token_file = os.path.join(world.dir, "token")
    with open(token_file, "w") as f:
        f.write("glpat-not-a-real-token-0000\n")
    os.chmod(token_file, 0o600)
    code, out, err = world.remind("--gitlab", "http://127.0.0.1:9", "--token-file", token_file, store="")
    check(code == 1, "a server that is down: exit 1, got %d (%s)" % (code, err))
    entries = world.shown()
    check(len(entries) == 1 and entries[0]["summary"].startswith("TokenDesk could not check the tokens of"),
          summaries(entries))
    check("127.0.0.1" in entries[0]["summary"] + entries[0]["body"], "names the server: %s" % entries)
    check("glpat-" not in json.dumps(entries), "no secret in a notification")


def find_rotate_confirmation(name):
    import gi

    gi.require_version("Atspi", "2.0")
    import pyatspi  # noqa: E402

    wanted = "Rotate the token '%s'?" % name

    def search():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            queue = [app]
            while queue:
                node = queue.pop()
                try:
                    text = (node.name or "") + "\n" + (node.description or "")
                    if node.getRoleName() in ("label", "text") and "Text" in pyatspi.listInterfaces(node):
                        text += "\n" + node.queryText().getText(0, -1)
                    if wanted in text:
                        return app.get_process_id()
                    queue.extend(node.getChildAtIndex(k) for k in range(node.childCount))
                except Exception:  # a node that went away meanwhile
                    continue
        return None

    return wait_for("the rotate confirmation of %s over AT-SPI" % name, search)


def test_open(world):
    token = world.create("open-me", 7)
    waiting = world.start("remind", "--notify", "--wait", str(WAIT_SECONDS))
    wait_for("the notification of open-me", lambda: world.displayed() == 1)
    world.menu("#Open", "open-me")
    waiting.communicate(timeout=WAIT_SECONDS)
    check(waiting.returncode == 0, "remind must end once its notification is answered")
    pid = wait_for("the window showing open-me", lambda: window_with(world, ["--select", str(token)]))
    world.windows.append(pid)
    world.shown()
    # The window is on the bus, where the next launch would find it; closed here so that the next test
    # sees a window of its own start.
    wait_for("the window on the bus", lambda: world.bus_has("io.tokendesk.TokenDesk"))
    os.kill(pid, signal.SIGTERM)
    wait_for("the window gone from the bus", lambda: not world.bus_has("io.tokendesk.TokenDesk"))


def window_with(world, wanted):
    """The pid of a tokendesk process started with these arguments on the test's store."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as f:
                arguments = f.read().decode().split("\0")
        except OSError:
            continue
        if os.path.basename(arguments[0]) == "tokendesk" and world.store in arguments and \
                all(part in arguments for part in wanted):
            return int(entry)
    return None


def test_rotate_now(world):
    world.create("decoy", 7)
    world.remind()
    world.shown()
    token = world.create("rotate-me", 7)
    waiting = world.start("remind", "--notify", "--wait", str(WAIT_SECONDS))
    wait_for("the notification of rotate-me", lambda: world.displayed() == 1)
    world.menu("Rotate now", "rotate-me")
    out, err = waiting.communicate(timeout=WAIT_SECONDS)
    check(waiting.returncode == 0, "remind must end once its notification is answered: %s" % err)
    pid = find_rotate_confirmation("rotate-me")
    world.windows.append(pid)
    with open("/proc/%d/cmdline" % pid, "rb") as f:
        arguments = f.read().decode().split("\0")
    check(os.path.basename(arguments[0]) == "tokendesk", arguments)
    # The launch contract: the store's file, its account and the token.
    check(arguments[1:7] == ["--store", world.store, "--account", "offline", "--rotate", str(token)], arguments)
    world.shown()


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: desktop_notifications.py TOKENDESK_CLI")
    world = World(os.path.abspath(sys.argv[1]))
    try:
        world.create("deploy", 7)
        world.create("ci", 1)
        world.create("later", 45)
        steps = [test_no_service, None, test_one_per_token, test_never_twice, test_remind_me_tomorrow,
                 test_grouped, test_unreadable_place, test_open, test_rotate_now]
        for step in steps:
            if step is None:
                world.start_dunst()
                continue
            print("-", step.__name__, flush=True)
            step(world)
        print("PASS")
    except Failure as failure:
        print("FAIL:", failure, flush=True)
        log = os.path.join(world.dir, "dunst.log")
        if os.path.exists(log):
            print(open(log).read()[-2000:])
        sys.exit(1)
    finally:
        world.close()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    main()
