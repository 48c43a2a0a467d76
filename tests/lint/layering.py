#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Stageboard developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that Stageboard's libraries are layered as their CMake files say.

Every target under model/, ui/ and app/ lists its sources and the stageboard_* libraries it
links. A source may include a project header only from its own target's folder or from a
library its target links directly; a target must include something from every library it
links; model headers are included with their folder ("storage/schema.h"); only the workspace
and the programs see the SQL implementation (model/storage beyond the store interfaces); and
the links form no cycle. Anything else is printed as file:line: message, and the exit status is 1.

    layering.py ROOT            check the tree at ROOT
    layering.py --self-test ROOT  plant a wrong include and a cycle in a copy of ROOT and
                                  check that both are caught
"""
import os
import re
import shutil
import sys
import tempfile

TARGET_RE = re.compile(r'(?:add_library|qt_add_executable)\(\s*([\w-]+)([^)]*)\)', re.S)
LINK_RE = re.compile(r'target_link_libraries\(\s*([\w-]+)([^)]*)\)', re.S)
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SOURCE_DIRS = ['model', 'ui', 'app']
# The store interfaces; every other header of model/storage is the SQL implementation, which
# only the workspace (and the programs in app/) may see.
STORE_INTERFACES = {'contactstore.h', 'engagementstore.h', 'stakeholderstore.h', 'debriefstore.h', 'signoffstore.h', 'lookbackstore.h', 'coachingstore.h', 'opportunitystore.h', 'processstore.h', 'forecaststore.h', 'directory.h',
                    'bulkloader.h', 'accountstore.h', 'territorystore.h'}
MAY_SEE_SQL = {'stageboard_storage', 'stageboard_workspace'}


def read_targets(root):
    """Targets by name: their folder, their source files and the stageboard_* links."""
    targets = {}
    for top in SOURCE_DIRS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            if 'CMakeLists.txt' not in files:
                continue
            text = open(os.path.join(folder, 'CMakeLists.txt'), encoding='utf-8').read()
            text = re.sub(r'#.*', '', text)
            for name, body in TARGET_RE.findall(text):
                sources = [os.path.normpath(os.path.join(folder, word)) for word in body.split()
                           if word.endswith(('.cpp', '.h'))]
                if sources:
                    targets[name] = {'folder': folder, 'sources': sources, 'links': []}
            for name, body in LINK_RE.findall(text):
                if name in targets:
                    targets[name]['links'] += [w for w in body.split()
                                               if w.startswith('stageboard_')]
    return targets


def check(root):
    root = os.path.abspath(root)
    targets = read_targets(root)
    problems = []
    # The folder below model/ that a qualified include names, and the library that owns it.
    model_dir = os.path.join(root, 'model')
    owner_of_folder = {}
    for name, t in targets.items():
        rel = os.path.relpath(t['folder'], model_dir)
        if not rel.startswith('..'):
            owner_of_folder[rel] = name
    model_headers = {}
    for folder, name in owner_of_folder.items():
        for source in targets[name]['sources']:
            if source.endswith('.h'):
                model_headers.setdefault(os.path.basename(source), folder)
    # Targets outside model/ (the widgets) are included without a folder, from their own.
    other_headers = {}
    for name, t in targets.items():
        if name not in owner_of_folder.values():
            for source in t['sources']:
                if source.endswith('.h'):
                    other_headers.setdefault(os.path.basename(source), name)

    for name, t in sorted(targets.items()):
        used = set()
        for source in t['sources']:
            rel_source = os.path.relpath(source, root)
            text = open(source, encoding='utf-8').read()
            for match in INCLUDE_RE.finditer(text):
                line = text.count('\n', 0, match.start()) + 1
                header = match.group(1)
                where = '%s:%d' % (rel_source, line)
                folder = header.split('/')[0] if '/' in header else None
                if folder in owner_of_folder:
                    library = owner_of_folder[folder]
                    if library == name:
                        continue
                    if library not in t['links']:
                        problems.append('%s: includes "%s" from %s, which %s does not link'
                                        % (where, header, library, name))
                    used.add(library)
                    is_sql = folder == 'storage' and header.split('/')[-1] not in STORE_INTERFACES
                    in_app = os.path.relpath(source, root).startswith('app' + os.sep)
                    if is_sql and name not in MAY_SEE_SQL and not in_app:
                        problems.append('%s: includes the SQL implementation "%s": use the '
                                        'store interfaces, or the workspace' % (where, header))
                elif folder is None:
                    if header in model_headers:
                        problems.append('%s: write "%s/%s": model headers are included with '
                                        'their folder' % (where, model_headers[header], header))
                    elif other_headers.get(header, name) != name:
                        library = other_headers[header]
                        if library not in t['links']:
                            problems.append('%s: includes "%s" from %s, which %s does not link'
                                            % (where, header, library, name))
                        used.add(library)
        for library in t['links']:
            if library in targets and library not in used:
                problems.append('%s: %s links %s but includes nothing of it'
                                % (os.path.relpath(os.path.join(t['folder'], 'CMakeLists.txt'),
                                                   root), name, library))

    # A cycle among the links, found by a depth-first walk.
    state = {}

    def visit(name, path):
        state[name] = 'open'
        for library in targets.get(name, {}).get('links', []):
            if library not in targets:
                continue
            if state.get(library) == 'open':
                cycle = path[path.index(library):] + [library]
                problems.append('cycle: ' + ' -> '.join(cycle))
            elif library not in state:
                visit(library, path + [library])
        state[name] = 'done'

    for name in sorted(targets):
        if name not in state:
            visit(name, [name])
    return problems


def self_test(root):
    """The check must catch a wrong include and a cycle planted in a copy of the tree."""
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, 'tree')
        for top in SOURCE_DIRS:
            shutil.copytree(os.path.join(root, top), os.path.join(copy, top))
        if check(copy):
            failures.append('the unchanged copy already has problems')
        money = os.path.join(copy, 'model', 'core', 'money.cpp')
        original = open(money, encoding='utf-8').read()
        open(money, 'w', encoding='utf-8').write('#include "storage/schema.h"\n' + original)
        found = check(copy)
        if not any('money.cpp:1: includes "storage/schema.h"' in p for p in found):
            failures.append('a core file including a storage header was not caught: %s' % found)
        open(money, 'w', encoding='utf-8').write('#include "money.h"\n' + original)
        found = check(copy)
        if not any('write "core/money.h"' in p for p in found):
            failures.append('an include without its folder was not caught: %s' % found)
        panel = os.path.join(copy, 'ui', 'opportunitypanel.cpp')
        kept = open(panel, encoding='utf-8').read()
        open(panel, 'w', encoding='utf-8').write('#include "storage/sqlstorage.h"\n' + kept)
        found = check(copy)
        if not any('opportunitypanel.cpp:1: includes the SQL implementation' in p for p in found):
            failures.append('a widget including the SQL implementation was not caught: %s' % found)
        open(panel, 'w', encoding='utf-8').write(kept)
        cmake = os.path.join(copy, 'model', 'core', 'CMakeLists.txt')
        open(money, 'w', encoding='utf-8').write('#include "storage/schema.h"\n' + original)
        open(cmake, 'a', encoding='utf-8').write(
            '\ntarget_link_libraries(stageboard_core PRIVATE stageboard_storage)\n')
        found = check(copy)
        if not any(p.startswith('cycle:') and 'stageboard_core' in p for p in found):
            failures.append('a cycle core -> storage -> core was not caught: %s' % found)
    for f in failures:
        print('self-test: ' + f)
    if not failures:
        print('self-test: a wrong include, an unqualified include, a widget seeing the SQL '
              'implementation and a cycle are all caught')
    return not failures


def main(argv):
    if len(argv) == 3 and argv[1] == '--self-test':
        return 0 if self_test(argv[2]) else 1
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = check(argv[1])
    for p in problems:
        print(p)
    if problems:
        print('%d layering problem(s): link the library, or include from one you link' %
              len(problems))
        return 1
    print('layering: every include comes from a linked library, and the links form no cycle')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
