#!/usr/bin/python3
"""What a screen reader says about the window under the pseudo translation: no English source text.

Run inside tests/support/own-display and tests/support/a11y-session, with the pseudo translation's
environment (LANGUAGE=eo, TOKENDESK_TRANSLATION_DIR; see tests/i18n/CMakeLists.txt):
    atspi_untranslated.py TOKENDESK_EXECUTABLE

The real `tokendesk --demo` window is read over the AT-SPI bus, from outside, as Orca reads it: the
name and description of every node of the application (tables: the cells a screen reader shows). A word
made only of ASCII letters in them was never translated, unless it is data of the demo or one of the
allowed words below (each with its reason).
"""

import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "a11y"))
import screen_reader_walk as walk  # noqa: E402
from screen_reader_walk import GLib, pyatspi  # noqa: E402

ALLOWED = {
    # product names, the same in every language
    "GitLab", "TokenDesk", "tokendesk", "git", "glpat",
    # GitLab's scope identifiers (read_api and the like have an underscore and never count as words)
    "api", "sudo",
    # the demo's group and project paths and its store file: data
    "acme", "platform", "web", "infra", "terraform", "handbook", "design", "guild", "icons", "community",
    "website", "demo", "sqlite", "tmp", "home", "local", "share",
    # key names in shortcuts come from Qt's own (qtbase) translations, which the pseudo language lacks
    "Ctrl", "Shift", "Alt", "Del", "Esc", "Return", "Enter", "Tab", "Space", "Backspace",
}
DATA = re.compile(r"[a-z][a-z0-9+.-]*://\S+|\S+@\S+|(?<![\w-])--?[a-zA-Z][\w-]*|\$[A-Z_][A-Z0-9_]*"
                  r"|(?:~|\.{0,2})/[^\s:;,)]+|[\w-]+(?:\.[\w-]+)+")
WORD = re.compile(r"[^\W]+")
ASCII_WORD = re.compile(r"^[A-Za-z]{2,}$")


def english_words(text):
    text = DATA.sub(" ", text.replace("&&", " ").replace("&", ""))
    return [w for w in WORD.findall(text) if ASCII_WORD.match(w) and w not in ALLOWED]


class PseudoDriver(walk.Driver):
    """The walk's driver; the main window is the application's first window (its title is translated)."""

    def start(self):
        self.app = self.wait_for("the application on the accessibility bus", self.find_app)
        self.main_window = self.wait_for(
            "the main window", lambda: self.app.getChildAtIndex(0) if self.app.childCount else None)


def read_names(d):
    """(path, text) of every name and description under the application."""
    found = []
    queue = [(d.app, "application")]
    while queue:
        node, path = queue.pop(0)
        if node is None:
            continue
        try:
            role = node.getRoleName()
            here = "%s > %s" % (path, role)
            for kind, text in (("name", node.name or ""), ("description", node.description or "")):
                if text.strip():
                    found.append(("%s %s" % (here, kind), text))
            count = node.childCount
            if node.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE):
                count = min(count, 40)
            queue.extend((node.getChildAtIndex(i), "%s[%d]" % (here, i)) for i in range(count))
        except GLib.Error:
            d.check_alive()
    return found


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    if not os.environ.get("TOKENDESK_TRANSLATION_DIR") or os.environ.get("LANGUAGE") != "eo":
        print("FAIL: run with the pseudo translation's environment (tests/i18n/CMakeLists.txt)", file=sys.stderr)
        return 1
    walk.Atspi.set_timeout(30000, 60000)
    d = PseudoDriver(sys.argv[1])
    try:
        d.start()
        # The tables have been read once the summary shows; wait until a name says "(6)" or similar.
        d.wait_for("the demo's tokens in the tables",
                   lambda: any(re.search(r"\(\d+\)", text) for _, text in read_names(d)) or None)
        d.walk()
        names = read_names(d)
        problems = ["%s: «%s» %s" % (where, text[:120], ",".join(english_words(text)))
                    for where, text in names if english_words(text)]
        pseudo = sum(1 for _, text in names if re.search("[ƀĥķĺɱţṽŵ]", text))
        if pseudo < 20:
            problems.append("only %d names under the pseudo translation: is it loaded?" % pseudo)
        d.check_alive()
    except (walk.AppDied, walk.NotFound) as error:
        return d.report_failure(error)
    finally:
        d.stop()
    if problems:
        print("FAIL: English on the accessibility bus under the pseudo translation:\n" + "\n".join(problems),
              file=sys.stderr)
        return 1
    print("PASS: %d names and descriptions read over AT-SPI, none of them English" % len(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
