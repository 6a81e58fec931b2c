#!/usr/bin/env python3
"""Checks translations/tokendesk_<lang>.ts files for completeness and consistency.

For every message of every language file given (default: all but English):
- it is finished (no type="unfinished", "vanished" or "obsolete"), and no form is empty;
- a plural message has exactly the number of forms its language needs (Arabic six, Japanese one, ...);
- every placeholder of the source (%1..%99, %L1, %n) is kept; a plural form may leave out %n
  (Arabic's and German's singular often spell the number out);
- a source with a keyboard mnemonic (&X) keeps exactly one in the translation;
- the HTML tags of the source are kept, and a trailing newline stays a trailing newline.

Exit status 0 when every file passes, 1 with one line per problem otherwise.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLURAL_FORMS = {"de": 2, "fr": 2, "ja": 1, "zh_CN": 1, "ar": 6, "en": 2}
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")


def mnemonics(text):
    """The count of '&X' mnemonics (a lone '&' followed by a character that is not '&' or space)."""
    stripped = text.replace("&&", "")
    return len(re.findall(r"&[^&\s;]", stripped)) - len(re.findall(r"&[a-zA-Z]+;|&#\d+;", stripped))


def check_form(where, source, text, numerus, problems):
    if not text.strip():
        problems.append(f"{where}: empty translation")
        return
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    have = sorted(set(PLACEHOLDER.findall(text)))
    if numerus and "%n" in wanted and "%n" not in have:
        wanted.remove("%n")
    if wanted != have:
        problems.append(f"{where}: placeholders {have} instead of {wanted}")
    if mnemonics(source) and mnemonics(text) != 1:
        problems.append(f"{where}: the source has a mnemonic (&X); the translation needs exactly one")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        problems.append(f"{where}: HTML tags {sorted(TAG.findall(text))} instead of {sorted(TAG.findall(source))}")
    if source.endswith("\n") != text.endswith("\n"):
        problems.append(f"{where}: the source {'ends' if source.endswith(chr(10)) else 'does not end'} with a newline")


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    forms_wanted = PLURAL_FORMS.get(language)
    if forms_wanted is None:
        problems.append(f"{path}: unknown language '{language}' (add its plural form count to {Path(__file__).name})")
        forms_wanted = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path.name}: [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                if forms_wanted and len(forms) != forms_wanted:
                    problems.append(f"{where}: {len(forms)} plural forms, {language} needs {forms_wanted}")
                for form in forms:
                    check_form(where, source, form, True, problems)
            else:
                check_form(where, source, translation.text or "", False, problems)
    return problems


def main(argv):
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv[1:]] or sorted(p for p in here.glob("tokendesk_*.ts") if p.name != "tokendesk_en.ts")
    problems = []
    for path in files:
        problems += check_file(path)
    for line in problems:
        print(line)
    print(f"{len(files)} file(s), {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
