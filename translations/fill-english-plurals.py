#!/usr/bin/env python3
"""Fills the English plural forms of translations/tokendesk_en.ts from the source texts.

Source texts use "(s)" for plurals ("%n day(s)"); English needs "%n day" and "%n days". Run by the
update_translations target after lupdate; only unfinished plural messages are touched. lupdate's
same-text heuristic may fill the forms from another context and still mark them unfinished: those are
marked finished when both forms are there.
"""
import re
import sys

EMPTY = re.compile(
    r'(<message numerus="yes">\s*<source>(?P<source>[^<]*)</source>\s*)'
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>',
    re.S)


def fill(match):
    source = match.group('source')
    one, many = source.replace('(s)', ''), source.replace('(s)', 's')
    return (match.group(1) + '<translation>\n            <numerusform>' + one +
            '</numerusform>\n            <numerusform>' + many + '</numerusform>\n        </translation>')


PREFILLED = re.compile(
    r'(<message numerus="yes">\s*<source>[^<]*</source>\s*)<translation type="unfinished">'
    r'(\s*<numerusform>[^<]+</numerusform>\s*<numerusform>[^<]+</numerusform>\s*</translation>)', re.S)

for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text = PREFILLED.sub(r'\1<translation>\2', EMPTY.sub(fill, text))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
