#!/usr/bin/env python3
"""The layers, read from the #include lines: no include circle among the files of wizard/ and app/, and no
QtWidgets in wizard/core (the engine the command line runs without a screen).

A file and its header are one unit (foo.h and foo.cpp); an include circle is a set of units that reach each
other through their includes, as setupwizard.cpp -> addresspage.h, addresspage.cpp -> setupwizard.h once did.

    check_includes.py [SOURCE_ROOT]    exit 0: clean; 1: what is wrong, one line each; 2: bad use
    check_includes.py --self-test      proves on made-up trees that a circle and a widget include are found
"""
import os
import re
import sys
import tempfile

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
CHECKED = ('wizard', 'app', 'tests', 'benchmarks', 'tools')
# Circles known and accepted for now, each with its reason; a new one fails.
KNOWN_CIRCLES = [
    # None now; a circle that cannot be cut at once goes here, with the reason and the plan to cut it.
]
SOURCE_SUFFIXES = ('.h', '.hpp', '.cpp', '.cc')


def include_roots(root):
    # The one include root: every quoted include names its file from the top of the tree.
    return [root]


def sources(root):
    for top in CHECKED:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(folder, name)


def unit_of(path):
    return os.path.splitext(path)[0]


def resolve(root, including, target):
    for base in include_roots(root):
        candidate = os.path.normpath(os.path.join(base, target))
        if os.path.isfile(candidate):
            return candidate
    return None


def widget_headers():
    # Qt's own list of QtWidgets headers where Qt is installed; the module name everywhere.
    names = set()
    for folder in ('/usr/include/x86_64-linux-gnu/qt6/QtWidgets', '/usr/include/aarch64-linux-gnu/qt6/QtWidgets',
                   '/usr/include/qt6/QtWidgets'):
        if os.path.isdir(folder):
            names.update(n for n in os.listdir(folder) if n.startswith('Q') and '.' not in n)
    return names


def strongly_connected(graph):
    index, low, on_stack, stack, result, counter = {}, {}, set(), [], [], [0]

    def visit(node):
        # Iterative Tarjan: the trees are small, but recursion limits are not worth the risk.
        work = [(node, iter(sorted(graph.get(node, ()))))]
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        while work:
            current, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[current] = min(low[current], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[current])
            if low[current] == index[current]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == current:
                        break
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def problems(root):
    found = []
    graph = {}
    widgets = widget_headers()
    core = os.path.join(root, 'wizard', 'core') + os.sep
    for path in sources(root):
        with open(path, encoding='utf-8', errors='replace') as handle:
            text = handle.read()
        unit = unit_of(path)
        graph.setdefault(unit, set())
        for kind, target in INCLUDE.findall(text):
            if path.startswith(core) and (target.startswith('QtWidgets') or (kind == '<' and target in widgets)):
                found.append('%s includes <%s>: wizard/core never uses QtWidgets'
                             % (os.path.relpath(path, root), target))
            if kind != '"':
                continue
            included = resolve(root, path, target)
            if included is None and not target.endswith('.moc'):
                found.append('%s includes "%s": name it from the top of the tree (one include root)'
                             % (os.path.relpath(path, root), target))
            if included and unit_of(included) != unit:
                graph[unit].add(unit_of(included))
    for component in strongly_connected(graph):
        names = sorted(os.path.relpath(u, root) for u in component)
        if names in KNOWN_CIRCLES:
            continue
        if len(component) > 1:
            found.append('include circle: ' + ' -> '.join(os.path.relpath(u, root) for u in component))
    return found


def self_test():
    def tree(files):
        root = tempfile.mkdtemp(prefix='check-includes-')
        for name, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            with open(os.path.join(root, name), 'w') as handle:
                handle.write(text)
        return root

    clean = tree({'wizard/ui/page.h': '#include <QWidget>\n', 'wizard/ui/page.cpp': '#include "wizard/ui/page.h"\n#include "wizard/ui/pageid.h"\n',
                  'wizard/ui/pageid.h': '', 'wizard/ui/wizard.cpp': '#include "wizard/ui/page.h"\n', 'wizard/ui/wizard.h': '',
                  'wizard/core/a/x.h': '#include <QObject>\n', 'app/main.cpp': '#include "wizard/ui/wizard.h"\n'})
    circle = tree({'wizard/ui/wizard.h': '', 'wizard/ui/wizard.cpp': '#include "wizard/ui/page.h"\n',
                   'wizard/ui/page.h': '', 'wizard/ui/page.cpp': '#include "wizard/ui/wizard.h"\n'})
    local = tree({'wizard/ui/page.h': '', 'wizard/ui/page.cpp': '#include "page.h"\n'})
    app_circle = tree({'app/a.h': '', 'app/a.cpp': '#include "app/b.h"\n', 'app/b.h': '#include "app/a.h"\n'})
    widget = tree({'wizard/core/a/x.cpp': '#include <QtWidgets/QLabel>\n'})
    failures = []
    if problems(clean):
        failures.append('a clean tree is refused: %s' % problems(clean))
    if not any('include circle' in p for p in problems(circle)):
        failures.append('the circle wizard <-> page is not found')
    if not any('include circle' in p for p in problems(app_circle)):
        failures.append('the circle app/a <-> app/b is not found')
    if not any('one include root' in p for p in problems(local)):
        failures.append('an include from the file\'s own folder is not found')
    if not any('QtWidgets' in p for p in problems(widget)):
        failures.append('QtWidgets in wizard/core is not found')
    for failure in failures:
        print('check_includes self-test: ' + failure)
    return 1 if failures else 0


def main(argv):
    if len(argv) > 1 and argv[1] == '--self-test':
        return self_test()
    if len(argv) > 2:
        print(__doc__)
        return 2
    root = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
    if not os.path.isdir(os.path.join(root, 'wizard')):
        print('check_includes: %s has no wizard/ folder' % root)
        return 2
    found = problems(root)
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
