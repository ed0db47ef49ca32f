#!/usr/bin/env python3
"""Check figsite's output for a current-layout corpus (bench/gen_current_corpus.py) against #12.

    bench/verify_current.py --corpus DIR --out DIR [--sample K] [--json FILE]

DIR (corpus) holds _figures/<figid>.md and _data/<figid>-{genes,chemicals,diseases}.tsv.
Checks, standard library only:

* every figure has /figures/<figid>.html, and its figid_alias a page /figures/<figid_alias>.html
  (the redirect stub);
* for every (N/K)th figure (by figid) that has a genes TSV (about K figures): each distinct
  ncbigene_id of the TSV is linked as https://www.ncbi.nlm.nih.gov/gene/<id>, and each human (9606) symbol other
  than NA has its gene page /genes/<SYMBOL>.html linking back to the figure;
* for the same figures: no link carries an identifier with its prefix (`mesh:`, `chebi:`,
  `doid:` inside an href: the live site's broken MeSH links), and each MeSH id of the chemicals
  and diseases TSVs appears without its prefix.

It does not check the page layout.  Exit status 0 when every check passed.
"""
import argparse
import glob
import json
import os
import re
import sys


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--sample', type=int, default=100)
    ap.add_argument('--json')
    a = ap.parse_args(argv)
    figs = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(a.corpus, '_figures', '*.md')))
    failures = []
    count = [0]

    def fail(msg):
        count[0] += 1
        if len(failures) < 200:
            failures.append(msg)

    alias_re = re.compile(r'^figid_alias: (\S+)$', re.M)
    for figid in figs:
        if not os.path.isfile(os.path.join(a.out, 'figures', figid + '.html')):
            fail('no figures/%s.html' % figid)
    step = max(1, len(figs) // max(1, a.sample))
    sample = [f for f in figs[::step]
              if os.path.isfile(os.path.join(a.corpus, '_data', f + '-genes.tsv'))][:a.sample]
    prefixed = re.compile(r'href="[^"]*(?:mesh:|chebi:|doid:)', re.I)
    for figid in sample:
        with open(os.path.join(a.corpus, '_figures', figid + '.md'), encoding='utf-8') as f:
            m = alias_re.search(f.read())
        if m and not os.path.isfile(os.path.join(a.out, 'figures', m.group(1) + '.html')):
            fail('%s: no stub figures/%s.html' % (figid, m.group(1)))
        page = os.path.join(a.out, 'figures', figid + '.html')
        if not os.path.isfile(page):
            continue
        with open(page, encoding='utf-8', errors='replace') as f:
            html = f.read()
        with open(os.path.join(a.corpus, '_data', figid + '-genes.tsv'), encoding='utf-8') as f:
            rows = [ln.rstrip('\n').split('\t') for ln in f][1:]
        for gid in sorted({r[6] for r in rows}):
            if 'https://www.ncbi.nlm.nih.gov/gene/%s"' % gid not in html:
                fail('%s: no NCBI Gene link for %s' % (figid, gid))
        for sym in sorted({r[5] for r in rows if r[0] == '9606' and r[5] != 'NA'}):
            gp = os.path.join(a.out, 'genes', sym + '.html')
            if not os.path.isfile(gp):
                fail('%s: no genes/%s.html' % (figid, sym))
                continue
            with open(gp, encoding='utf-8', errors='replace') as f:
                if figid + '.html' not in f.read():
                    fail('genes/%s.html does not link %s' % (sym, figid))
        if prefixed.search(html):
            fail('%s: a link with a prefixed identifier: %s' % (figid, prefixed.search(html).group(0)))
        for kind in ('chemicals', 'diseases'):
            p = os.path.join(a.corpus, '_data', '%s-%s.tsv' % (figid, kind))
            if not os.path.isfile(p):
                continue
            with open(p, encoding='utf-8') as f:
                meshes = {ln.split('\t')[1] for ln in list(f)[1:]}
            for mesh in sorted(x for x in meshes if x.startswith('mesh:')):
                if mesh[5:] not in html:
                    fail('%s: %s id %s not on the page' % (figid, kind, mesh[5:]))
    res = {'ok': not count[0], 'n_failures': count[0], 'figures': len(figs),
           'sampled': len(sample), 'failures': failures}
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as f:
            json.dump(res, f, indent=1)
    print('verify_current: %d figures, %d sampled in depth, %d failures%s'
          % (len(figs), len(sample), count[0],
             ''.join('\n  ' + x for x in failures[:20])), file=sys.stderr)
    return 0 if not count[0] else 1


if __name__ == '__main__':
    sys.exit(main())
