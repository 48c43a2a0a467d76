#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is missing, unfinished or out of date with the sources.

Usage: check_ts.py LUPDATE SOURCE_DIR... -- TS_FILE...
Runs lupdate on copies of the .ts files (the sources stay untouched): any source text it adds
or marks vanished means the .ts files are out of date (run the update_translations target).
Then every message of every file must have a finished translation that keeps the source's
placeholders (%1..%9, %n), its one keyboard mnemonic (&) and its HTML tags. The English file
(*_en.ts) holds only the plural forms ("%n row(s)" as "1 row" and "%n rows").
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def placeholders(text):
    return sorted(set(re.findall(r'%(?:\d|n)', text)))


def mnemonics(text):
    return len(re.findall(r'&(?![&#a-zA-Z]+;)[^&\s]', text))


def tags(text):
    return sorted(re.findall(r'</?[a-z0-9]+>', text))


def messages(ts):
    found = set()
    for context in ET.parse(ts).getroot().findall('context'):
        for message in context.findall('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') in ('vanished', 'obsolete'):
                continue
            found.add((context.find('name').text, message.find('source').text,
                       message.get('numerus')))
    return found


def main():
    split = sys.argv.index('--')
    lupdate, sources, files = sys.argv[1], sys.argv[2:split], sys.argv[split + 1:]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        copies = []
        for ts in files:
            copy = os.path.join(work, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        # The folders the app's translations are made from (app/CMakeLists.txt), read whole:
        # a fresh build has no lupdate project file until update_translations runs.
        english = [c for c in copies if c.endswith('_en.ts')]
        others = [c for c in copies if not c.endswith('_en.ts')]
        for group, extra in ((others, []), (english, ['-pluralonly'])):
            if not group:
                continue
            run = subprocess.run([lupdate, '-extensions', 'cpp,h', '-no-obsolete'] + extra +
                                 sources + ['-ts'] + group, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout, run.stderr)
                return 1
            # lupdate -pluralonly counts every text it skipped as new: the English file is
            # compared by its messages below.
            for line in run.stdout.splitlines() if not extra else []:
                found = re.search(r'\((\d+) new and (\d+) already existing\)', line)
                if found and int(found.group(1)) > 0:
                    problems.append('the .ts files are out of date: %s new source texts; run '
                                    'cmake --build build --target update_translations'
                                    % found.group(1))
        for ts, copy in zip(files, copies):
            name = os.path.basename(ts)
            # Line numbers (<location>) move with every edit; the texts are what must match.
            if messages(ts) != messages(copy):
                problems.append('%s: its texts differ from the sources\' (vanished or changed '
                                'texts); run cmake --build build --target update_translations'
                                % name)
            root = ET.parse(copy).getroot()
            for context in root.findall('context'):
                for message in context.findall('message'):
                    source = message.find('source').text or ''
                    translation = message.find('translation')
                    where = '%s [%s] "%s"' % (name, context.find('name').text, source[:60])
                    kind = translation.get('type') if translation is not None else 'missing'
                    if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                        problems.append('%s: %s' % (where, kind))
                        continue
                    forms = [f.text or '' for f in translation.findall('numerusform')] \
                        if message.get('numerus') == 'yes' else [translation.text or '']
                    if name.endswith('_en.ts') and len(forms) == 2:
                        # "%n row(s)" reads "%n rows", "opportunity(ies)" "opportunities"; the
                        # singular may be worded by hand ("1 account does not exist"), but
                        # keeps no "(s)" and no "opportunityy".
                        many = source.replace('y(ies)', 'ies').replace('(s)', 's')
                        one = forms[0]
                        if forms[1] != many or '(s)' in one or '(ies)' in one or \
                                re.search(r'yy\b|yies\b', one + ' ' + forms[1]):
                            problems.append('%s: English forms %s; the plural should read "%s"'
                                            % (where, forms, many))
                            continue
                    for form in forms:
                        if not form.strip() and source.strip():
                            problems.append('%s: empty translation' % where)
                        elif placeholders(form) != placeholders(source):
                            problems.append('%s: placeholders %s, the source has %s'
                                            % (where, placeholders(form), placeholders(source)))
                        elif mnemonics(form) != mnemonics(source):
                            problems.append('%s: keyboard mnemonic (&) lost or doubled' % where)
                        elif tags(form) != tags(source):
                            problems.append('%s: HTML tags differ' % where)
    for p in problems:
        print(p)
    print('%d problem(s) in %s' % (len(problems), ', '.join(os.path.basename(f) for f in files)))
    return 1 if problems else 0


sys.exit(main())
