#!/usr/bin/env python3
"""Writes a marked translation of a TokenDesk .ts file for the language tests: every message, plural
forms included, becomes "[LANG] " followed by its English source (placeholders and mnemonics kept), so
that any text of TokenDesk that goes through tr() is visibly translated.

    mark-translate.py TEMPLATE.ts LANG OUTPUT.ts
"""
import sys
import xml.etree.ElementTree as ElementTree


def main():
    template, language, output = sys.argv[1:4]
    tree = ElementTree.parse(template)
    root = tree.getroot()
    root.set("language", language)
    for message in root.iter("message"):
        text = "[%s] %s" % (language, message.findtext("source") or "")
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes" and forms:
            for form in forms:
                form.text = text
        else:
            translation.text = text
    tree.write(output, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main()
