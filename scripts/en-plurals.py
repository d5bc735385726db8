#!/usr/bin/env python3
"""Fills the English plural forms of translations/guardian-portcheck_en.ts.

English needs a translation file only for plurals: "%n host(s)" becomes "1 host" / "2 hosts".
Run after `cmake --build build/release --target update_translations`; `--check` only reports
(CI fails when a plural entry is left empty). "(s)" becomes "" / "s", "(es)" "" / "es"; verbs that agree with the noun are listed here.
"""
import re
import sys

PATH = "translations/guardian-portcheck_en.ts"
# (singular, plural) where "(s)" alone is not enough
SPECIAL = {
    "%n link(s) fail: the network is not ready for Guardian.":
        ("%n link fails: the network is not ready for Guardian.", None),
    "NOT READY: %n link(s) fail": ("NOT READY: %n link fails", None),
    "%n link-host pair(s) start on other machines: run the check there too.":
        ("%n link-host pair starts on another machine: run the check there too.", None),
    "%n link-host pair(s) start on other machines and are listed as not tested from here.":
        ("%n link-host pair starts on another machine and is listed as not tested from here.", None),
}


def forms(source):
    singular, plural = SPECIAL.get(source, (None, None))
    one = source.replace("(s)", "").replace("(S)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(S)", "S").replace("(es)", "es")
    return (singular or one, plural or many)


def fill(match):
    source = match.group(1)
    one, many = forms(source)
    return (f'<message numerus="yes">\n        <source>{source}</source>\n        <translation>\n'
            f'            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n'
            f'        </translation>\n    </message>')


check_only = "--check" in sys.argv
text = open(PATH, encoding="utf-8").read()
if check_only:
    left = re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>\s*<translation type="unfinished"', text)
    for source in left:
        print(f"{PATH}: plural forms missing for '{source}': run scripts/en-plurals.py", file=sys.stderr)
    sys.exit(1 if left else 0)
text = re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation.*?</translation>\s*</message>',
              fill, text, flags=re.S)
open(PATH, "w", encoding="utf-8").write(text)
left = re.findall(r'<message numerus="yes">\s*<source>[^<]*</source>\s*<translation type="unfinished"', text)
sys.exit(1 if left else 0)
