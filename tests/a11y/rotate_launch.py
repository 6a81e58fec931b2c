#!/usr/bin/python3
"""What a screen reader sees when TokenDesk is asked to rotate a token from outside the window.

Run inside tests/support/own-display and tests/support/a11y-session (see tests/a11y/CMakeLists.txt):
    rotate_launch.py TOKENDESK_EXECUTABLE TOKENDESK_CLI_EXECUTABLE

A store with a token is made with tokendesk-cli. Then:
1. `tokendesk --store FILE --account offline --rotate ID` (what a reminder's "Rotate now" runs) shows,
   on the accessibility bus, the dialog "Rotate token" naming the token, with its Rotate and Cancel
   buttons; Cancel closes it.
2. With that window still running, a second `tokendesk ... --rotate ID` hands the request over (D-Bus)
   and exits 0; the first window shows "Rotate token" again.
3. A token that does not exist: the window says so ("Cannot show the token").
"""

import datetime
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import screen_reader_walk as walk  # noqa: E402
from screen_reader_walk import Atspi, pyatspi  # noqa: E402


class LaunchDriver(walk.Driver):
    """The walk's driver (its process, events and lookups) for a window started with other arguments."""

    arguments = []

    def launch(self):
        self.command = self.prefix + [self.executable] + self.arguments
        super().launch()


def run_cli(cli, env, *arguments):
    done = subprocess.run([cli, *arguments], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise walk.NotFound("tokendesk-cli %s failed: %s" % (" ".join(arguments), done.stderr))
    return done.stdout


def expect_rotate_dialog(d, token_name):
    dialog = d.wait_for("the rotate confirmation on the accessibility bus", lambda: d.window("Rotate token"))
    role = dialog.getRole()
    if role not in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT, pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW):
        raise walk.NotFound("'Rotate token' is a %s, not a dialog" % dialog.getRoleName())
    question = "Rotate the token '%s'?" % token_name
    d.wait_for("the question '%s'" % question,
               lambda: d.find(d.window("Rotate token"), pyatspi.ROLE_LABEL, question))
    d.control("Rotate token", pyatspi.ROLE_PUSH_BUTTON, "Rotate")
    cancel = d.control("Rotate token", pyatspi.ROLE_PUSH_BUTTON, "Cancel")
    d.walk()
    d.press(cancel)
    d.wait_for("the rotate confirmation to close", lambda: None if d.window("Rotate token") else True)


def find_prefix(root, role, prefix):
    """The first node under root with this role whose accessible name starts with prefix."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        if node is None:
            continue
        if node.getRole() == role and (node.name or "").startswith(prefix):
            return node
        queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    executable, cli = sys.argv[1], sys.argv[2]
    Atspi.set_timeout(30000, 60000)
    folder = tempfile.mkdtemp(prefix="tokendesk-a11y-launch.")
    store = os.path.join(folder, "tokens.sqlite")
    env = dict(os.environ)
    env["TOKENDESK_CONFIG_DIR"] = os.path.join(folder, "config")
    expires = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
    created = json.loads(run_cli(cli, env, "--store", store, "--json", "create", "--name", "deploy key",
                                 "--scope", "read_api", "--expires", expires))
    token_id = str(created["id"])
    rotate = ["--store", store, "--account", "offline", "--rotate", token_id]

    LaunchDriver.executable = executable
    LaunchDriver.arguments = rotate
    d = LaunchDriver(executable)
    try:
        d.start()
        expect_rotate_dialog(d, "deploy key")
        print("the rotate confirmation opened on the accessibility bus", flush=True)

        second = subprocess.run([executable] + rotate, env=d.env, capture_output=True, text=True, timeout=60)
        if second.returncode != 0:
            raise walk.NotFound("the second tokendesk exited with %d: %s" % (second.returncode, second.stderr))
        expect_rotate_dialog(d, "deploy key")
        print("a second tokendesk handed the rotation to the running window", flush=True)

        second = subprocess.run([executable, "--store", store, "--account", "offline", "--rotate", "999999"],
                                env=d.env, capture_output=True, text=True, timeout=60)
        if second.returncode != 0:
            raise walk.NotFound("the second tokendesk exited with %d: %s" % (second.returncode, second.stderr))
        d.wait_for("the message about the unknown token", lambda: find_prefix(
            d.window("Cannot show the token"), pyatspi.ROLE_LABEL, "There is no token with ID 999999 in "))
        d.press(d.control("Cannot show the token", pyatspi.ROLE_PUSH_BUTTON, "OK"))
        d.walk()
        d.check_alive()
    except (walk.AppDied, walk.NotFound) as error:
        return d.report_failure(error)
    finally:
        d.stop()
    print("PASS: the rotate confirmation is there for a screen reader, also when handed over")
    return 0


if __name__ == "__main__":
    sys.exit(main())
