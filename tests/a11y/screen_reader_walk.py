#!/usr/bin/python3
"""Drives the real `tokendesk` window over the AT-SPI bus as a screen reader does.

Run inside tests/support/own-display and tests/support/a11y-session (see tests/a11y/CMakeLists.txt):
    screen_reader_walk.py TOKENDESK_EXECUTABLE [ROUNDS] [--stress]
--stress also empties the client's cache before every node of every walk, so that each question of
a walk reaches the window (slower; for long runs by hand).

Each round: add a token through the form (name, a scope checkbox, Create); in the one-time secret
dialog either save the secret to the keychain (every other round, when there is a keychain) or close
it without copying, answering its question; open the form again, try a blank name (it must be
refused), Cancel, refresh (the Refresh menu item, as F5), look up the new row's Revoke button and
press it (the confirmation is answered with Revoke or Cancel in turn). After the rounds, a project of
the demo is chosen through "Tokens of" (typed, then Show), a project access token is created there
and revoked, and the personal tokens are shown again. Then the details pane is read, a summary count
filters the tables and "Clear filters" undoes it, and the leaked-token dialog refuses an empty field
(not a token) and closes. Between steps the whole
accessible tree of the application is walked the way Orca walks it (every node's children, name,
description, role, states, relations and actions; TOKENDESK_A11Y_DEEP=1 adds extents, text, values,
tables and attributes), and every event is read as it arrives, as Orca reads them.

What Orca asks that a plain walk does not: every node's relation set and each relation's targets (a
button's Controller relation names the receivers of its clicked() signal, a field's Label relation
its label), its index in its parent and its parent, its actions with their key bindings, the caption,
headers, cells and selected rows of a table, text and values. On a focus or window event, and on a
state change to focused, selected or active, it asks all of that about the event's source at once,
from the event callback (the window may be in the middle of the change), with the client's cache
emptied so that the question reaches the window, and walks the source's ancestors up to the
application with their states and relations. Orca keeps what events told it about: objects reported
by earlier events are asked again after the next step, which may have destroyed them.
Fails when the window's process dies, or when a control cannot be found by its role and name.
"""

import collections
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib  # noqa: E402
    import pyatspi  # noqa: E402
except (ImportError, ValueError) as missing:
    sys.exit("screen_reader_walk: no AT-SPI client for %s (%s); scripts/install-deps installs "
             "python3-pyatspi and gir1.2-atspi-2.0" % (sys.executable, missing))

DEEP = bool(os.environ.get("TOKENDESK_A11Y_DEEP"))  # also extents and attributes in every walk
STRESS = "--stress" in sys.argv[1:]
FOCUS_STATES = ("focused", "selected", "active")
KEPT_REFERENCES = 120  # how many objects from earlier events are asked about again after a step
WAIT_SECONDS = 60  # a loaded machine (the whole suite at once) answers slowly


class AppDied(Exception):
    pass


class NotFound(Exception):
    pass


class Driver:
    def __init__(self, executable):
        self.home = tempfile.mkdtemp(prefix="tokendesk-a11y-home.")
        env = dict(os.environ)
        for name in ("HOME",):
            env[name] = self.home
        for name, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                          ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
            env[name] = os.path.join(self.home, sub)
            os.makedirs(env[name], exist_ok=True)
        env["QT_QPA_PLATFORM"] = "xcb"
        env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        env["QT_ACCESSIBILITY"] = "1"
        # TOKENDESK_A11Y_APP_PREFIX="gdb -q -batch -ex run -ex bt --args" shows where a crash happens.
        self.prefix = os.environ.get("TOKENDESK_A11Y_APP_PREFIX", "").split()
        self.log_path = os.path.join(self.home, "tokendesk.log")
        self.command = self.prefix + [executable, "--demo"]
        self.env = env
        self.launch()
        self.app = None
        self.nodes_walked = 0
        self.events_read = 0
        self.secrets_saved = 0
        self.focus_reads = 0  # events whose source was read through (relations, actions, ancestors)
        self.relation_targets = 0
        self.stale_reads = 0
        self.kept = collections.OrderedDict()  # objects earlier events reported, oldest first
        # What Orca listens to; it reads every event's source (and new children) at once.
        self.listened = ("object:children-changed", "object:state-changed", "object:property-change",
                         "object:text-changed", "object:selection-changed", "object:active-descendant-changed",
                         "object:visible-data-changed", "focus:", "window:")
        pyatspi.Registry.registerEventListener(self.on_event, *self.listened)

    # --- the process ---------------------------------------------------------------------------
    def check_alive(self):
        status = self.proc.poll()
        if status is not None:
            if status < 0:
                raise AppDied("the window died with signal %s (%d)"
                              % (signal.Signals(-status).name, -status))
            raise AppDied("the window exited with status %d" % status)

    def on_event(self, event):
        """What Orca does with an event: reads its source (and a new child) at once, whether or not
        the object is still there, and keeps it to ask about later. On a focus or window event, or a
        state change to focused, selected or active, it asks everything about the source (relations
        and their targets, actions, table, text) and walks its ancestors, from this callback."""
        self.events_read += 1
        kind = event.type
        thorough = (kind.startswith("focus") or kind.startswith("window:")
                    or (kind.startswith("object:state-changed") and event.detail1
                        and kind.rsplit(":", 1)[-1] in FOCUS_STATES)
                    or kind.startswith("object:active-descendant-changed")
                    or kind.startswith("object:selection-changed"))
        nodes = [event.source]
        if isinstance(event.any_data, Atspi.Accessible):
            nodes.append(event.any_data)
        for node in nodes:
            if node is None:
                continue
            self.keep(node)
            try:
                if thorough:
                    self.focus_reads += 1
                    self.read(node, fresh=True, targets=True)
                    self.read_ancestors(node)
                else:
                    node.clear_cache()
                    node.name
                    node.getRole()
                    node.getState().getStates()
            except GLib.Error:
                pass

    def keep(self, node):
        """Remembers an object an event told about, as Orca does (it may be gone after the next step)."""
        if node not in self.kept:
            self.kept[node] = True
            while len(self.kept) > KEPT_REFERENCES:
                self.kept.popitem(last=False)

    def read(self, node, fresh=False, targets=True, full=True):
        """What a screen reader asks about one object: its name, states, place and relations (with
        each relation's targets); with full also its actions, text, value and table. With fresh, the
        client's cache is emptied first, so that every answer comes from the window."""
        if fresh:
            node.clear_cache()
        node.name
        node.description
        role = node.getRole()
        node.getState().getStates()
        node.getIndexInParent()
        parent = node.parent
        if parent is not None:
            parent.getRole()
            parent.name
        for relation in node.getRelationSet():
            relation.getRelationType()
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is None:
                    continue
                self.relation_targets += 1
                if fresh:
                    target.clear_cache()
                target.name
                target.getRole()
                target.getState().getStates()
                if targets:
                    target.getIndexInParent()
                    target.getRelationSet()
        if not full:
            return role
        interfaces = node.get_interfaces()
        if "Action" in interfaces:
            action = node.queryAction()
            for i in range(action.nActions):
                action.getName(i)
                action.getDescription(i)
                action.getKeyBinding(i)
        if "Text" in interfaces:
            text = node.queryText()
            text.getText(0, min(text.characterCount, 200))
            text.caretOffset
        if "Value" in interfaces:
            value = node.queryValue()
            value.currentValue
            value.minimumValue
            value.maximumValue
        if "Table" in interfaces:
            self.read_table(node.queryTable())
        if "Selection" in interfaces and role != pyatspi.ROLE_TABLE:
            selection = node.querySelection()
            for i in range(min(selection.nSelectedChildren, 4)):
                selected = selection.getSelectedChild(i)
                if selected is not None:
                    selected.name
        if DEEP or fresh:
            node.getAttributes()
            if "Component" in interfaces:
                node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return role

    @staticmethod
    def read_table(table):
        """What Orca reads of a table: its caption and summary, the headers, the cells it speaks,
        what is selected."""
        table.caption
        table.summary
        rows, columns = table.nRows, table.nColumns
        for row in sorted({0, rows // 2, rows - 1} if rows > 0 else set()):
            table.getRowHeader(row)
            table.getRowDescription(row)
            table.isRowSelected(row)
            for column in sorted({0, columns - 1} if columns > 0 else set()):
                cell = table.getAccessibleAt(row, column)
                if cell is not None:
                    cell.name
                    cell.getState().getStates()
                    cell.getIndexInParent()
                    cell.getRelationSet()
        for column in range(min(columns, 8)):
            header = table.getColumnHeader(column)
            if header is not None:
                header.name
            table.getColumnDescription(column)
        for row in table.getSelectedRows()[:4]:
            cell = table.getAccessibleAt(row, 0)
            if cell is not None:
                cell.name
        table.getSelectedColumns()

    def read_ancestors(self, node):
        """Where a focused object is: each ancestor up to the application, with its states and
        relations, as Orca speaks the context of a focus change."""
        ancestor = node.parent
        for _ in range(40):
            if ancestor is None:
                return
            ancestor.clear_cache()
            ancestor.name
            ancestor.getRole()
            ancestor.getState().getStates()
            ancestor.getIndexInParent()
            ancestor.childCount
            for relation in ancestor.getRelationSet():
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None:
                        target.name
            if ancestor.getRole() == pyatspi.ROLE_APPLICATION:
                return
            ancestor = ancestor.parent

    def read_kept(self):
        """Asks again about every object earlier events reported, after a step that may have
        destroyed it (Orca keeps such references and asks when the user comes back)."""
        for node in list(self.kept):
            self.stale_reads += 1
            try:
                self.read(node, fresh=True, targets=False, full=STRESS)
            except GLib.Error:
                pass
        self.pump()

    def pump(self, seconds=0.0):
        """Delivers the window's events to on_event, for at least `seconds`."""
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= deadline:
                return
            time.sleep(0.01)

    def report_failure(self, error):
        """Says why the run failed, with the window's last words; returns the exit status 1."""
        print("FAIL: %s" % error, file=sys.stderr, flush=True)
        print("--- the window's output ---\n%s" % self.log_tail(), file=sys.stderr, flush=True)
        return 1

    def log_tail(self, lines=60):
        """The window's last words, without Qt's repeated notes about table children."""
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as log:
                kept = [line for line in log if "Fix my children" not in line]
        except OSError:
            return ""
        return "".join(kept[-lines:])

    def stop(self):
        try:
            pyatspi.Registry.deregisterEventListener(self.on_event, *self.listened)
        except Exception:  # noqa: BLE001 - the bus may be gone already
            pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    # --- looking things up ---------------------------------------------------------------------
    def wait_for(self, what, find):
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            self.check_alive()
            try:
                found = find()
            except GLib.Error:
                found = None
            if found is not None:
                return found
            if time.monotonic() > deadline:
                self.check_alive()
                raise NotFound(what)
            self.pump(0.05)

    def find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            if app.get_process_id() == self.proc.pid or (self.prefix and app.name == "TokenDesk"):
                return app
        return None

    def launch(self):
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(self.command, env=self.env, stdout=log, stderr=subprocess.STDOUT)

    def start(self):
        # Under load, a window started while another test's X server with the same display number is
        # going away sometimes cannot connect to its own (Qt then aborts before showing anything).
        # That is the test machine, not the window: it is started again, at most three times.
        for _ in range(3):
            try:
                self.app = self.wait_for("the application on the accessibility bus", self.find_app)
                break
            except AppDied:
                if "could not connect to display" not in self.log_tail():
                    raise
                print("the window could not connect to the X server; starting it again", flush=True)
                time.sleep(1)
                self.launch()
        else:
            self.app = self.wait_for("the application on the accessibility bus", self.find_app)
        self.main_window = self.wait_for("the main window", lambda: self.window("TokenDesk", prefix=True))

    def window(self, title, prefix=False):
        for i in range(self.app.childCount):
            child = self.app.getChildAtIndex(i)
            if child is None:
                continue
            name = child.name or ""
            if name == title or (prefix and name.startswith(title)):
                return child
        return None

    @staticmethod
    def find(root, role, name, showing=True):
        """The first node under root (breadth first) with this role and accessible name."""
        queue = [root]
        while queue:
            node = queue.pop(0)
            if node is None:
                continue
            if node.getRole() == role and node.name == name:
                if not showing or node.getState().contains(pyatspi.STATE_SHOWING):
                    return node
            if node.getRole() == pyatspi.ROLE_TABLE_CELL:
                continue
            queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        return None

    def control(self, root_name, role, name, showing=True):
        def look():
            root = self.window(root_name, prefix=True)
            return None if root is None else self.find(root, role, name, showing)
        return self.wait_for("%s '%s' in '%s'" % (pyatspi.Role(role).value_nick if hasattr(
            pyatspi.Role(role), "value_nick") else role, name, root_name), look)

    # --- what Orca does between steps ----------------------------------------------------------
    def walk(self):
        """Every node of the application, as Orca reads it; then the objects of earlier events."""
        self.pump()
        self.check_alive()
        # The application's windows, as Orca lists them.
        for i in range(self.app.childCount):
            window = self.app.getChildAtIndex(i)
            if window is not None:
                window.getIndexInParent()
                window.getState().getStates()
        queue = [self.app]
        while queue:
            node = queue.pop()
            if node is None:
                continue
            try:
                self.nodes_walked += 1
                role = self.read(node, fresh=STRESS, targets=False)
                count = node.childCount
                if role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
                    count = min(count, 24)  # a screen reader reads the cells it shows
                for i in range(count):
                    queue.append(node.getChildAtIndex(i))
            except GLib.Error:
                # A node that went away between two calls; what matters is that the window lives.
                self.check_alive()
            self.pump()
        self.read_kept()
        self.check_alive()

    # --- acting ------------------------------------------------------------------------------
    def press(self, node, action_names=("Press", "press", "Toggle", "toggle", "click", "SetFocus")):
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        for wanted in action_names:
            if wanted in names:
                action.doAction(names.index(wanted))
                return
        raise NotFound("no press action on '%s' (has %s)" % (node.name, names))

    @staticmethod
    def set_text(node, text):
        editable = node.queryEditableText()
        editable.setTextContents(text)

    @staticmethod
    def text_of(node):
        text = node.queryText()
        return text.getText(0, text.characterCount)


def run_round(d, round_index):
    main = "TokenDesk"
    name = "a11y round %d" % round_index

    # Add a token through the form.
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Add new token"))
    name_field = d.control(main, pyatspi.ROLE_TEXT, "Token name")
    d.set_text(name_field, name)
    d.wait_for("the typed name", lambda: d.text_of(name_field) == name or None)
    scope = d.control(main, pyatspi.ROLE_CHECK_BOX, "read_api")
    if not scope.getState().contains(pyatspi.STATE_CHECKED):
        d.press(scope)
    d.wait_for("read_api checked", lambda: scope.getState().contains(pyatspi.STATE_CHECKED) or None)
    d.walk()
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Create personal access token"))

    # The one-time secret dialog. Every other round the secret goes to the keychain (when there is
    # one); otherwise it is closed without copying, and the dialog asks first.
    secret_title = "Your new personal access token"
    d.wait_for("the secret dialog", lambda: d.window(secret_title))
    d.walk()
    save = d.find(d.window(secret_title), pyatspi.ROLE_PUSH_BUTTON, "Save to keychain")
    saving = save is not None and round_index % 2 == 1
    if saving:
        d.press(save)
        d.secrets_saved += 1
        d.wait_for("the secret saved to the keychain",
                   lambda: d.find(d.window(secret_title), pyatspi.ROLE_LABEL, "Saved to the keychain."))
        d.walk()
    d.press(d.control(secret_title, pyatspi.ROLE_PUSH_BUTTON, "Done"))
    if not saving:
        d.wait_for("the close question", lambda: d.window("Close without copying", prefix=True))
        d.walk()
        d.press(d.control("Close without copying", pyatspi.ROLE_PUSH_BUTTON, "Close without copying"))
    d.wait_for("the secret dialog to close", lambda: None if d.window(secret_title) else True)
    d.walk()

    # The form again: a blank name is refused; then Cancel.
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Add new token"))
    name_field = d.control(main, pyatspi.ROLE_TEXT, "Token name")
    d.set_text(name_field, "")
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Create personal access token"))
    d.wait_for("the blank name refused (the name field describes the error)",
               lambda: name_field.description or None)
    d.walk()
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Cancel"))
    d.walk()

    # Refresh, as F5 does (the menu's Refresh item).
    d.press(d.control(main, pyatspi.ROLE_MENU_ITEM, "Refresh", showing=False),
            ("Press", "press", "Toggle", "click", "activate"))
    d.walk()

    # The new row's Revoke button, and its confirmation.
    revoke = d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Revoke " + name)
    d.press(revoke)
    d.wait_for("the revoke confirmation", lambda: d.window("Revoke token"))
    d.walk()
    answer = "Revoke" if round_index % 4 in (0, 3) else "Cancel"
    d.press(d.control("Revoke token", pyatspi.ROLE_PUSH_BUTTON, answer))
    d.wait_for("the revoke confirmation to close", lambda: None if d.window("Revoke token") else True)
    d.walk()


def run_project_round(d):
    """Chooses a project through "Tokens of" (typing part of its path, then Show), creates a project
    access token there with the form (the role field is offered), closes the one-time dialog and
    revokes the token; then goes back to the personal tokens."""
    main = "TokenDesk"
    name = "a11y project token"
    chooser = d.control(main, pyatspi.ROLE_TEXT, "Tokens of")
    d.set_text(chooser, "handbook")
    d.wait_for("the typed project", lambda: d.text_of(chooser) == "handbook" or None)
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Show"))
    d.control(main, pyatspi.ROLE_LABEL, "Project access tokens: acme/handbook")
    d.walk()

    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Add new token"))
    name_field = d.control(main, pyatspi.ROLE_TEXT, "Token name")
    d.set_text(name_field, name)
    d.wait_for("the typed name", lambda: d.text_of(name_field) == name or None)
    d.control(main, pyatspi.ROLE_LABEL, "Role")
    d.wait_for("no read_user scope for a project token",
               lambda: None if d.find(d.window(main), pyatspi.ROLE_CHECK_BOX, "read_user") else True)
    scope = d.control(main, pyatspi.ROLE_CHECK_BOX, "read_api")
    if not scope.getState().contains(pyatspi.STATE_CHECKED):
        d.press(scope)
    d.wait_for("read_api checked", lambda: scope.getState().contains(pyatspi.STATE_CHECKED) or None)
    d.walk()
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Create project access token"))

    secret_title = "Your new group or project access token"
    d.wait_for("the secret dialog", lambda: d.window(secret_title))
    d.walk()
    d.press(d.control(secret_title, pyatspi.ROLE_PUSH_BUTTON, "Done"))
    d.wait_for("the close question", lambda: d.window("Close without copying", prefix=True))
    d.press(d.control("Close without copying", pyatspi.ROLE_PUSH_BUTTON, "Close without copying"))
    d.wait_for("the secret dialog to close", lambda: None if d.window(secret_title) else True)
    d.walk()

    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Revoke " + name))
    d.wait_for("the revoke confirmation", lambda: d.window("Revoke token"))
    d.walk()
    d.press(d.control("Revoke token", pyatspi.ROLE_PUSH_BUTTON, "Revoke"))
    d.wait_for("the revoke confirmation to close", lambda: None if d.window("Revoke token") else True)
    d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Create similar " + name)
    d.walk()

    chooser = d.control(main, pyatspi.ROLE_TEXT, "Tokens of")
    d.set_text(chooser, "Personal")
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Show"))
    d.control(main, pyatspi.ROLE_LABEL, "Personal access tokens")
    d.walk()


def find_named(root, name, prefix=False):
    """The first showing node under root (breadth first) whose name is (or starts with) name."""
    queue = [root]
    while queue:
        node = queue.pop(0)
        if node is None:
            continue
        node_name = node.name or ""
        if (node_name == name or (prefix and node_name.startswith(name))) and \
                node.getState().contains(pyatspi.STATE_SHOWING):
            return node
        if node.getRole() == pyatspi.ROLE_TABLE_CELL:
            continue
        queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return None


def run_incident_round(d):
    """Reads the details pane, filters the tables by a summary count ("Revoked: N", a button) and clears
    the filters; then opens Tokens > "Revoke a leaked token…", presses Check with nothing pasted, reads
    the refusal beside the field and closes the dialog."""
    main = "TokenDesk"
    details = d.control(main, pyatspi.ROLE_TEXT, "Details")
    d.wait_for("the details pane's text", lambda: d.text_of(details) or None)
    revoked = d.wait_for("the Revoked count", lambda: find_named(d.window(main), "Revoked: ", prefix=True))
    d.press(revoked)
    d.walk()
    d.press(d.control(main, pyatspi.ROLE_PUSH_BUTTON, "Clear filters"))
    d.walk()

    title = "Revoke a leaked token"
    d.press(d.control(main, pyatspi.ROLE_MENU_ITEM, "Revoke a leaked token…", showing=False),
            ("Press", "press", "Toggle", "click", "activate"))
    d.wait_for("the leaked-token dialog", lambda: d.window(title))
    d.walk()
    # A password field: Qt offers no editable text over the bus (a screen reader user types it). Check
    # with the field empty is refused as not a token.
    field = d.wait_for("the leaked token field", lambda: find_named(d.window(title), "Leaked token"))
    d.read(field, fresh=True)
    d.press(d.control(title, pyatspi.ROLE_PUSH_BUTTON, "Check"))
    d.wait_for("the refusal beside the field",
               lambda: find_named(d.window(title), "This is not a GitLab token", prefix=True))
    d.walk()
    d.press(d.control(title, pyatspi.ROLE_PUSH_BUTTON, "Close"))
    d.wait_for("the leaked-token dialog to close", lambda: None if d.window(title) else True)
    d.walk()


def main():
    args = [arg for arg in sys.argv[1:] if arg != "--stress"]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    executable = args[0]
    rounds = int(args[1]) if len(args) > 1 else 12
    Atspi.set_timeout(30000, 60000)
    d = Driver(executable)
    started = time.monotonic()
    try:
        d.start()
        d.walk()
        for i in range(rounds):
            run_round(d, i)
            print("round %d done (%.1f s, %d nodes walked, %d events read, %d read through, "
                  "%d relation targets, %d stale references asked)"
                  % (i + 1, time.monotonic() - started, d.nodes_walked, d.events_read, d.focus_reads,
                     d.relation_targets, d.stale_reads), flush=True)
        run_project_round(d)
        print("project round done (%.1f s, %d nodes walked)" % (time.monotonic() - started, d.nodes_walked),
              flush=True)
        run_incident_round(d)
        print("details, filters and leaked-token round done (%.1f s, %d nodes walked)"
              % (time.monotonic() - started, d.nodes_walked), flush=True)
        d.check_alive()
    except GLib.Error as error:
        # A call that failed because the window is gone says less than how it went.
        try:
            d.check_alive()
        except AppDied as died:
            error = died
        return d.report_failure(error)
    except (AppDied, NotFound) as error:
        return d.report_failure(error)
    finally:
        d.stop()
        shutil.rmtree(d.home, ignore_errors=True)
    print("PASS: %d rounds (%d secrets saved to the keychain), the window lived through %d nodes walked, "
          "%d events read (%d read through at once), %d relation targets and %d questions about objects "
          "of earlier events" % (rounds, d.secrets_saved, d.nodes_walked, d.events_read, d.focus_reads,
                                 d.relation_targets, d.stale_reads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
