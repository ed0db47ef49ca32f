#!/usr/bin/env python3
"""figsite against the anchors, for one corpus size, from the benchmark's results.jsonl.

    bench/ratios.py RESULTS.jsonl N [--label cmd-figsite]

Reads the lines measure.py appended (the latest line per label wins, as in
report.py) and prints a Markdown table:

  * figsite's wall, CPU and peak RSS (medians);
  * speed-up against Hugo (hugo wall / figsite wall; > 1 = figsite faster), also
    against Hugo + hugo-prep (Hugo's input preparation, a cost figsite does not pay),
    Jekyll and the incremental rebuilds when measured;
  * how many times the `cp -r` floor figsite's wall is (figsite wall / floor wall), for
    the copy of figsite's own output (floor-cp-r-figsite) and of Hugo's (floor-cp-r);
  * peak RSS against Hugo's and Jekyll's.

Missing measurements print as "–".  Standard library only.
"""

import argparse
import json
import sys


def load(path, n):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            if r.get('n') == n:
                rows[r['label']] = r
    return rows


def fmt(x, spec='%.2f'):
    return '–' if x is None else spec % x


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('results')
    ap.add_argument('n', type=int)
    ap.add_argument('--label', default='cmd-figsite', help='the figsite label (default %(default)s)')
    a = ap.parse_args(argv)
    rows = load(a.results, a.n)

    def get(label, key):
        r = rows.get(label)
        return None if r is None else r.get(key)

    def wall(label):
        return get(label, 'wall_median_s')

    def rss_mib(label):
        v = get(label, 'peak_rss_median_kb')
        return None if v is None else v / 1024.0

    def ratio(num, den):
        return None if num is None or den is None or den == 0 else num / den

    fig = a.label
    fw, fi = wall(fig), wall(fig + '-incr')
    hugo_total = None
    if wall('hugo') is not None and wall('hugo-prep') is not None:
        hugo_total = wall('hugo') + wall('hugo-prep')

    print('N = {:,}; medians; "–" = not measured.{}'.format(
        a.n, '' if fig in rows else ' No %s row for this N.' % fig))
    if fig in rows and not rows[fig].get('ok', True):
        print('WARNING: %s N=%d failed (non-zero exit); its numbers are not a build.' % (fig, a.n))
    print()
    print('| measure | figsite | other | ratio | meaning |')
    print('|---|---:|---:|---:|---|')
    lines = [
        ('wall s vs Hugo', fw, wall('hugo'), ratio(wall('hugo'), fw), 'speed-up: Hugo wall / figsite wall'),
        ('wall s vs Hugo + hugo-prep', fw, hugo_total, ratio(hugo_total, fw),
         'speed-up incl. Hugo\'s input preparation'),
        ('wall s vs Jekyll', fw, wall('jekyll'), ratio(wall('jekyll'), fw), 'speed-up: Jekyll wall / figsite wall'),
        ('wall s vs cp -r of figsite\'s output', fw, wall('floor-cp-r-figsite'),
         ratio(fw, wall('floor-cp-r-figsite')), 'times the floor: figsite wall / cp -r wall'),
        ('wall s vs cp -r of Hugo\'s output', fw, wall('floor-cp-r'), ratio(fw, wall('floor-cp-r')),
         'times the floor (Hugo\'s tree, run_anchor.sh)'),
        ('CPU s vs Hugo', get(fig, 'cpu_median_s'), get('hugo', 'cpu_median_s'),
         ratio(get('hugo', 'cpu_median_s'), get(fig, 'cpu_median_s')), 'Hugo CPU / figsite CPU'),
        ('peak RSS MiB vs Hugo', rss_mib(fig), rss_mib('hugo'), ratio(rss_mib(fig), rss_mib('hugo')),
         'figsite RSS / Hugo RSS'),
        ('peak RSS MiB vs Jekyll', rss_mib(fig), rss_mib('jekyll'), ratio(rss_mib(fig), rss_mib('jekyll')),
         'figsite RSS / Jekyll RSS'),
        ('one record changed: wall s vs Hugo', fi, wall('hugo-incr'), ratio(wall('hugo-incr'), fi),
         'speed-up: hugo-incr / figsite incr'),
        ('one record changed: wall s vs Jekyll --incremental', fi, wall('jekyll-incr'),
         ratio(wall('jekyll-incr'), fi), 'speed-up: jekyll-incr / figsite incr'),
        ('one record changed vs figsite clean build', fi, fw, ratio(fw, fi),
         'figsite clean wall / figsite incr wall'),
    ]
    for name, f, o, r, meaning in lines:
        spec = '%.0f' if 'MiB' in name else '%.2f'
        print('| %s | %s | %s | %s | %s |' % (name, fmt(f, spec), fmt(o, spec),
                                             fmt(r, '%.2f×'), meaning))
    return 0


if __name__ == '__main__':
    sys.exit(main())
