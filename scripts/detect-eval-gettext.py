#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""detect-eval-gettext.py - language detection on translated message catalogs.

    scripts/detect-eval-gettext.py [PRECIS]

The gettext catalogs installed under /usr/share/locale are text that precis
has never seen, translated by people into most of its languages.  For each
language this takes the translated messages of four words or more (the
English original for English), strips format directives and markup, shuffles
them with a fixed seed, and asks precis (default build/src/cli/precis) for
the language of 40 single messages ("short") and of 40 runs of messages of
about 300 bytes ("para").  It prints, per language and in total, how many
were detected, how many of those were reported reliable, and how many wrong
answers were reported reliable.  The numbers depend on the catalogs the
machine has.  Needs python3 and msgunfmt (gettext).
"""
import glob
import json
import random
import re
import subprocess
import sys

PRECIS = sys.argv[1] if len(sys.argv) > 1 else 'build/src/cli/precis'
CODES = {
    'arabic': 'ar', 'armenian': 'hy', 'basque': 'eu', 'catalan': 'ca',
    'danish': 'da', 'dutch': 'nl', 'english': None, 'finnish': 'fi',
    'french': 'fr', 'german': 'de', 'greek': 'el', 'hindi': 'hi',
    'hungarian': 'hu', 'indonesian': 'id', 'irish': 'ga', 'italian': 'it',
    'lithuanian': 'lt', 'nepali': 'ne', 'norwegian': 'nb', 'portuguese': 'pt',
    'romanian': 'ro', 'russian': 'ru', 'serbian': 'sr', 'spanish': 'es',
    'swedish': 'sv', 'tamil': 'ta', 'turkish': 'tr', 'yiddish': 'yi',
}
ENTRY = re.compile(r'msgid ((?:"(?:[^"\\]|\\.)*"\s*)+)'
                   r'msgstr ((?:"(?:[^"\\]|\\.)*"\s*)+)')
NOISE = re.compile(r'%[-#0-9.*]*[a-zA-Z]|%\([a-z_]+\)[a-z]|\{[^}]*\}|<[^>]*>'
                   r'|&[a-z]+;|_(?=\w)|\\n|\$\{?\w+\}?')


def unquote(group):
    text = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', group))
    return re.sub(r'\s+', ' ', NOISE.sub(' ', text.replace('\\"', '"'))).strip()


def messages(code, originals=False):
    found = set()
    for mo in sorted(glob.glob('/usr/share/locale/%s/LC_MESSAGES/*.mo' % code)):
        po = subprocess.run(['msgunfmt', mo], capture_output=True).stdout
        for m in ENTRY.finditer(po.decode('utf-8', 'replace')):
            if m.group(1).strip() == '""':
                continue  # the catalog's header
            text = unquote(m.group(1) if originals else m.group(2))
            if len(text.split()) >= 4:
                found.add(text)
    return sorted(found)


def detect(text):
    out = subprocess.run([PRECIS, '-f', 'json', '-n', '1'],
                         input=text.encode(), capture_output=True).stdout
    r = json.loads(out.decode().splitlines()[0])
    return r['language_detected'], r['language_reliable']


def samples(msgs, kind):
    i = 0
    for _ in range(40):
        if i >= len(msgs):
            return
        if kind == 'short':
            yield msgs[i]
            i += 1
            continue
        parts = []
        while sum(len(p.encode()) for p in parts) < 300 and i < len(msgs):
            parts.append(msgs[i])
            i += 1
        yield ' '.join(p if p[-1] in '.!?' else p + '.' for p in parts)


def main():
    rng = random.Random(1)
    totals = {}
    for lang, code in CODES.items():
        msgs = messages(code) if code else messages('de', originals=True)
        if len(msgs) < 20:
            print('%-11s too few messages (%d)' % (lang, len(msgs)))
            continue
        rng.shuffle(msgs)
        for kind in ('short', 'para'):
            n = ok = sure = wrong_sure = 0
            for text in samples(msgs, kind):
                got, reliable = detect(text)
                n += 1
                if got == lang:
                    ok += 1
                    sure += reliable
                else:
                    wrong_sure += reliable
            t = totals.setdefault(kind, [0, 0, 0, 0])
            for k, v in enumerate((n, ok, sure, wrong_sure)):
                t[k] += v
            print('%-11s %-5s %2d inputs, %2d detected, %2d reliable, '
                  '%d wrong but reliable' % (lang, kind, n, ok, sure,
                                             wrong_sure))
    for kind, (n, ok, sure, wrong_sure) in totals.items():
        print('total %-5s %d inputs, %d detected (%.1f%%), %d reliable, '
              '%d wrong but reliable' % (kind, n, ok, 100.0 * ok / n, sure,
                                         wrong_sure))


if __name__ == '__main__':
    main()
