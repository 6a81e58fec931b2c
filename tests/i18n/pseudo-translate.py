#!/usr/bin/env python3
"""Turns a .ts file made by lupdate into a pseudo translation (for tests only, never shipped).

Every source text is rewritten so that it stays readable but holds no English source word: each
letter becomes an accented look-alike ("Revoke" -> "[Ŕéṽöķé]"), wrapped in brackets so clipped or
concatenated texts show. What programs and translators must keep stays as it is: placeholders (%1,
%L1, %n), HTML tags and entities, the mnemonic (&X, the same letter), URLs, command-line options
(--json), environment variables ($TOKENDESK_STORE), file patterns (*.ics) and line breaks. Every
plural form is filled. With --expand each text also grows about 40 %, like German does.

    pseudo-translate.py [--expand] --language eo IN.ts OUT.ts
"""
import argparse
import re
import xml.etree.ElementTree as ET

LETTERS = dict(zip(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥíĵķĺɱñöþʠŕšţüṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÖÞǪŔŠŢÜṼŴẊÝŽ"))
HTML_TAGS = ("a|b|i|u|p|br|qt|html|body|span|div|tt|code|pre|ul|ol|li|em|strong|h[1-6]|table|tr|td|th|"
             "font|img|nobr|big|small|sub|sup|hr|kbd|s")
KEPT = re.compile(
    r"</?(?:" + HTML_TAGS + r")\b[^<>]*>"  # HTML tags
    r"|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);"  # entities
    r"|&&|&[^&\s]"  # a literal ampersand, a mnemonic and its letter
    r"|%L?\d{1,2}|%n|%%"  # placeholders
    r"|[a-z][a-z0-9+.-]*://[^\s<>\"')]+"  # URLs
    r"|(?<![\w-])--?[a-zA-Z][a-zA-Z0-9-]*"  # command-line options
    r"|\$[A-Z_][A-Z0-9_]*"  # environment variables
    r"|\*\.[a-zA-Z0-9]+|\(\*\)"  # file name patterns
)


def pseudo_run(text, expand):
    out = []
    for index, char in enumerate(text):
        mapped = LETTERS.get(char, char)
        out.append(mapped)
        if expand and char in LETTERS and index % 5 in (1, 3):
            out.append(mapped)
    return "".join(out)


def pseudo(text, expand):
    if not text.strip():
        return text
    pieces = []
    position = 0
    for match in KEPT.finditer(text):
        pieces.append(pseudo_run(text[position:match.start()], expand))
        pieces.append(match.group(0))
        position = match.end()
    pieces.append(pseudo_run(text[position:], expand))
    body = "".join(pieces)
    core = body.strip()
    start = body.index(core)
    return body[:start] + "[" + core + "]" + body[start + len(core):]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--expand", action="store_true")
    parser.add_argument("--language", required=True)
    parser.add_argument("--forms", type=int, default=2, help="plural forms the language has")
    parser.add_argument("source")
    parser.add_argument("target")
    options = parser.parse_args()

    tree = ET.parse(options.source)
    root = tree.getroot()
    root.set("language", options.language)
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        text = pseudo(source, options.expand)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(options.forms):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(options.target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
