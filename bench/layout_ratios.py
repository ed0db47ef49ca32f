#!/usr/bin/env python3
"""The old-layout and the current-layout figsite builds of one N side by side (issue #12).

    bench/layout_ratios.py RESULTS.jsonl N [--old-corpus DIR] [--current-corpus DIR]
                           [--verify-dir DIR]

Reads the lines bench/run_layouts.sh had measure.py append (labels figsite-old-layout and
figsite-current-layout; the latest line per label wins, as in report.py) and prints a Markdown
table: input files and bytes (when the corpus folders are given), wall, CPU (and its system
part), peak RSS, output files and bytes for each layout, the ratio current/old of each, and
the #12 targets: current wall <= 1.3x old wall, and peak RSS <= 1 GiB for both.
With --verify-dir, adds the verdicts of verify-<label>-n<N>.json.  Standard library only.
"""
import argparse
import json
import os

LABELS = ('figsite-old-layout', 'figsite-current-layout')
WALL_TARGET = 1.3
RSS_TARGET_KB = 1024 * 1024


def tree(path):
    files = size = 0
    for root, _, names in os.walk(path, followlinks=True):
        for n in names:
            files += 1
            size += os.stat(os.path.join(root, n)).st_size
    return files, size


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('results')
    ap.add_argument('n', type=int)
    ap.add_argument('--old-corpus')
    ap.add_argument('--current-corpus')
    ap.add_argument('--verify-dir')
    a = ap.parse_args(argv)
    rows = {}
    with open(a.results, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r.get('n') == a.n and r.get('label') in LABELS:
                    rows[r['label']] = r
    inputs = {}
    for label, d in zip(LABELS, (a.old_corpus, a.current_corpus)):
        if d and os.path.isdir(d):
            inputs[label] = tree(d)

    def val(label, what):
        r = rows.get(label)
        if what == 'in_files':
            return inputs.get(label, (None, None))[0]
        if what == 'in_bytes':
            return inputs.get(label, (None, None))[1]
        if r is None:
            return None
        return {'wall': r['wall_median_s'], 'cpu': r['cpu_median_s'], 'sys': r['sys_median_s'],
                'rss': r['peak_rss_max_kb'] / 1024.0, 'files': r['files'],
                'bytes': r['bytes']}[what]

    def fmt(x, spec):
        return '–' if x is None else (spec % x if not spec.startswith('{') else spec.format(x))

    def ratio(what):
        o, c = val(LABELS[0], what), val(LABELS[1], what)
        return None if not o or c is None else c / o
    whats = [('in_files', 'input files', '{:,}'), ('in_bytes', 'input bytes', '{:,}'),
             ('wall', 'wall s (median)', '%.2f'), ('cpu', 'CPU s (median)', '%.2f'),
             ('sys', 'of which system s', '%.2f'), ('rss', 'peak RSS MiB (max of runs)', '%.0f'),
             ('files', 'output files', '{:,}'), ('bytes', 'output bytes', '{:,}')]
    print('## figsite, old layout vs current layout, N=%s' % '{:,}'.format(a.n))
    print()
    runs = tuple(str(rows[lb]['repeats']) if lb in rows else '–' for lb in LABELS)
    print('| | old layout | current layout | current / old |')
    print('|---|---:|---:|---:|')
    for key, name, spec in whats:
        print('| %s | %s | %s | %s |' % (name, fmt(val(LABELS[0], key), spec),
                                         fmt(val(LABELS[1], key), spec), fmt(ratio(key), '%.3f')))
    print('| timed runs | %s | %s | |' % runs)
    ver = []
    if a.verify_dir:
        for lb in LABELS:
            p = os.path.join(a.verify_dir, 'verify-%s-n%d.json' % (lb, a.n))
            if os.path.exists(p):
                with open(p) as f:
                    v = json.load(f)
                ver.append('OK' if v['ok'] else 'FAIL (%d)' % v['n_failures'])
            else:
                ver.append('–')
        print('| verified | %s | %s | |' % tuple(ver))
    print()
    w = ratio('wall')
    if w is not None:
        ok = w <= WALL_TARGET and all(r['ok'] for r in rows.values())
        note = ''
        if a.verify_dir and 'FAIL' in ' '.join(ver):
            ok, note = False, ', but an output did not verify, so the ratio means nothing'
        print('* wall current/old = %.3f: %s (target <= %.1f)%s'
              % (w, 'met' if ok else 'NOT met', WALL_TARGET, note))
    for lb in LABELS:
        r = rows.get(lb)
        if r is not None:
            ok = r['peak_rss_max_kb'] <= RSS_TARGET_KB and r['ok']
            print('* %s peak RSS %.0f MiB%s: %s (target <= 1024 MiB)' % (
                lb, r['peak_rss_max_kb'] / 1024.0, '' if r['ok'] else ' (a build FAILED)',
                'met' if ok else 'NOT met'))
    if a.n != 100000:
        print('* (the #12 targets are set at N = 100,000; this is N = %s)' % '{:,}'.format(a.n))
    return 0


if __name__ == '__main__':
    main()
