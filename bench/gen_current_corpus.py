#!/usr/bin/env python3
"""Generate N synthetic PFOCR figures in the CURRENT repository layout (issue #12).

    bench/gen_current_corpus.py --count N --out DIR [--seed S] [--check] [--stats FILE]
    bench/gen_current_corpus.py --measure DIR

writes DIR/_figures/<figid>.md (YAML front matter only, the current key set and order) and, per
figure, DIR/_data/<figid>-genes.tsv, -chemicals.tsv and -diseases.tsv when the figure has them
(11, 5 and 5 tab-separated columns with the real files' headers; no quoting; LF; final newline).
`--measure DIR` prints the statistics below for any folder in this layout: the real examples
(../shared/corpus/pfocr-current) or a generated corpus, so the two can be compared.

Python 3 standard library only.  The figures come from the shared benchmark's generator
(SHARED_BENCH/gen_corpus.py, imported, not copied; SHARED_BENCH as in bench/run.sh, or
--shared-bench), so figure i of this corpus is figure i of `gen_corpus.py --count N --seed S`:
the same figid, title, caption, paper, year, score, NDEx id, and its human genes are that
record's `genes` rows (word, hgnc_symbol as ncbigene_symbol, entrez as ncbigene_id; exact
duplicate rows dropped, as no real gene TSV has any). Everything this script adds is drawn from
a random.Random seeded with (seed, figid) or (seed, pmcid), so the output is deterministic by
--seed and the corpus for N is a prefix (by generation order) of the corpus for any larger N.

Measured on the 13 real records of pfocr-current (`--measure`; 11 genes, 9 chemicals and
3 diseases TSVs) and used here:

* Missing TSVs: 2/13 figures have no genes TSV (their organisms_ner is [NA]), 4/13 no chemicals
  TSV, 10/13 no diseases TSV.  Here: no genes TSV with p = 2/13; a chemicals TSV exactly when the
  shared record has chemicals (p = 1 - e^-0.4 = 0.33 that it has none); a diseases TSV when the
  record has diseases (p = 0.40) and a draw with p = 0.577 (together 3/13).
* Gene rows per genes TSV: 7, 8, 17, 31, 38, 38, 40, 58, 59, 69, 82 (median 38, mean 40.6).
  Organisms per genes TSV: 1 (3 files), 2 (4), 3 (4).  Organism present in a genes TSV: human
  9/11, fly 5/11, zebrafish 3/11, mouse 1/11, rat 1/11, Arabidopsis 1/11, bacteria 2/11
  (B. subtilis 168, S. epidermidis, E. coli K-12 MG1655).  Here each genes TSV takes one of the
  11 real organism sets in its real order (ORG_PATTERNS, uniformly), with any of the three
  bacteria in a bacteria slot.  Human rows are the shared record's rows (median 22, 5-80); each
  other organism has round(r x human rows) rows, r drawn from the 12 real other-organism/human
  row ratios (ORTHOLOG_RATIOS: 0.09-2.1, median 0.45), at most 24 (OTHER_ROWS_MAX, the largest
  real one), made from the human rows' OCR words (a word's second and later symbols beyond the
  human rows are paralogs); a set without human (fly only, Arabidopsis only) takes the record's
  rows for that organism.  Result at N=1,000: genes TSV rows median 33, mean 38.4, max 127.
* Per organism the count_direct, count_synonym and count_match cells repeat one value: the number
  of rows with source ncbigene_symbol, the number with ncbigene_synonym (NA when 0: 5 of 23
  organism blocks), and the number of distinct `match` values (holds for all 23 blocks).
  Sources: ncbigene_symbol 111, ncbigene_synonym 176, famplex_relations 160 of 447 rows; here the
  record's hgnc_symbol / hgnc_alias_symbol / bioentities_symbol rows map to them, and other
  organisms' rows are ncbigene_symbol when the symbol is the upper-cased match, else synonym
  (so more ncbigene_symbol rows than in the sample: 47.5% at N=1,000, 25% there).
* Exact duplicate gene rows: 0.  NA symbol: 1 row of 447 (here 1/470 of other-organism genes,
  fixed per id).  One symbol with two ids: 1 case (Arabidopsis ACO2); here 1/470 of
  other-organism genes, fixed per id.
* Chemicals rows per TSV: 1, 2, 5, 8, 8, 11, 12, 23, 30 (median 8, mean 11.1).  Exact duplicate
  rows: 15 of 100 (here: p = 0.15 per row to repeat an earlier one); a word with another case of
  an earlier one (Glucose/glucose): p = 0.03.  mesh NA: 3/100 rows; match, name and chebi NA:
  55/100 rows (all three together; fixed per chemical here).  Prefixes: mesh:D/mesh:C,
  chebi:N.  Words with double and trailing spaces: 1 file of 9 (here p = 0.02 per row).
* Diseases rows per TSV: 1, 2, 2 (the record's diseases here, 1-3).  doid present: 2 of 5 rows
  (with match and name), NA otherwise.  Prefixes mesh:, doid:.
* Front matter: the current key order (KEYS).  organisms [NA] 6/13, a list with NA mixed in
  1/13, one list of 35 names (1/13: here 8-35 names); organisms_ner lists the genes TSV's
  organisms in file order, [NA] without a genes TSV.  year is a quoted string; 4/13 records
  (2001 papers) have doi, journal_title, journal_nlm_ta, publisher_name and keywords
  `.na.character` (here: papers up to 2006, 7/22 of the shared generator's 2000-2021; a record
  without a year gets one drawn per paper); keywords '' on 2/9 of the others, else `a | b | c`.
  figtype Figure 11/13, Graphical abstract 1/13 (number GA<n>), Supplemental figure 1/13
  (SF<n>); figid_alias <pmcid>__<number>, redirect_from /figures/<figid_alias>.
  schema-jsonld.keywords: the distinct ncbigene_symbols in file order (NA as .na.character),
  then chemical and disease words on the 2001 papers (4/4) and on 1 of 9 others.  No body.

Sizes: the figures are the shared records, so bytes and gene rows per figure follow from
theirs; `--stats FILE` reports both corpora side by side (bytes of input, gene rows per figure,
human rows kept).  At N=1,000: see bench/README.md.
"""

import argparse
import glob
import json
import os
import random
import statistics
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

HEADERS = {
    'genes': ['organism_id', 'organism_name', 'organism_group', 'word', 'match',
              'ncbigene_symbol', 'ncbigene_id', 'source', 'count_direct', 'count_synonym',
              'count_match'],
    'chemicals': ['word', 'mesh', 'match', 'name', 'chebi'],
    'diseases': ['word', 'mesh', 'match', 'name', 'doid'],
}
KINDS = ('genes', 'chemicals', 'diseases')

KEYS = ['figid', 'figtitle', 'organisms', 'organisms_ner', 'pmcid', 'filename', 'figlink',
        'number', 'caption', 'papertitle', 'reftext', 'year', 'doi', 'journal_title',
        'journal_nlm_ta', 'publisher_name', 'keywords', 'automl_pathway', 'figid_alias',
        'figtype', 'redirect_from', 'ndex', 'seo', 'schema-jsonld']

NA_CHAR = '.na.character'

# (organism_id, organism_name, organism_group, NCBI-id offset, symbol style)
ORGS = {
    'human': (9606, 'Homo sapiens', 'Primates', 0, 'human'),
    'mouse': (10090, 'Mus musculus', 'Rodents', 10000000, 'rodent'),
    'rat': (10116, 'Rattus norvegicus', 'Rodents', 24000000, 'rodent'),
    'zebrafish': (7955, 'Danio rerio', 'Vertebrates', 30000000, 'fish'),
    'fly': (7227, 'Drosophila melanogaster', 'Invertebrates', 40000000, 'fly'),
    'arabidopsis': (3702, 'Arabidopsis thaliana', 'Plants and Fungi', 50000000, 'plant'),
    'bsub': (224308, 'Bacillus subtilis subsp. subtilis str. 168', 'Bacteria', 60000000, 'bact'),
    'sepi': (1282, 'Staphylococcus epidermidis', 'Bacteria', 70000000, 'bact'),
    'ecoli': (511145, 'Escherichia coli str. K-12 substr. MG1655', 'Bacteria', 80000000, 'bact'),
}
BACTERIA = ['bsub', 'sepi', 'ecoli']
SECOND_ID_OFFSET = 500000000   # the second id of "one symbol, two ids"

# the 11 real genes TSVs' organism sets, in file order ('bacteria': any of BACTERIA)
ORG_PATTERNS = [
    ('fly',), ('fly', 'human'), ('human',), ('human', 'fly'),
    ('bacteria', 'human', 'bacteria'), ('human', 'zebrafish'), ('bacteria', 'human', 'fly'),
    ('rat', 'human', 'zebrafish'), ('human', 'mouse', 'zebrafish'), ('arabidopsis',),
    ('human', 'fly'),
]
# other-organism rows / human rows in the real TSVs that have both (fly 24/58, 21/10, 19/17,
# 12/26; zebrafish 3/35, 6/7, 7/42; mouse 10/42; rat 4/7; bacteria 10/29, 19/29, 4/17)
ORTHOLOG_RATIOS = [24 / 58, 21 / 10, 19 / 17, 12 / 26, 3 / 35, 6 / 7, 7 / 42, 10 / 42, 4 / 7,
                   10 / 29, 19 / 29, 4 / 17]
OTHER_ROWS_MAX = 24    # the largest other-organism block next to human rows (fly, PMC100008)
CHEM_ROWS = [2, 8, 12, 23, 5, 8, 30, 1, 11]

P_NO_GENES = 2 / 13
P_DISEASES_GIVEN_RECORD = (3 / 13) / 0.40
P_ORG_NA = 6 / 13
P_ORG_NA_MIXED = 1 / 7          # of the lists that are not [NA]
P_ORG_MANY = 1 / 7              # of the lists that are not [NA]: 8-35 names
P_KEYWORDS_EMPTY = 2 / 9
P_KW_TERMS_NEW = 1 / 9
P_GA = 1 / 13
P_SF = 1 / 13
P_CHEM_DUP = 0.15
P_CHEM_CASE = 0.03
P_CHEM_SPACES = 0.02
P_CHEM_MESH_NA = 0.03
P_CHEM_UNMAPPED = 0.55
P_DIS_DOID = 2 / 5
NA_YEAR_MAX = 2006

EXTRA_ORGANISMS = [
    'Bacillus subtilis subsp. subtilis str. 168', 'Escherichia coli str. K-12 substr. W3110',
    'gut metagenome', 'synthetic organisms', 'Staphylococcus aureus subsp. aureus RN4220',
    'Severe acute respiratory syndrome coronavirus 2', 'Aspergillus niger ATCC 1015',
    'Komagataella pastoris', 'Yarrowia lipolytica', 'Punica granatum', 'Dysidea avara',
    'Eschscholzia californica', 'Corynebacterium glutamicum', 'Weizmannia coagulans',
]
PUBLISHERS = ['Frontiers Media S.A.', 'MDPI', 'John Wiley and Sons Inc.', 'Elsevier',
              'Nature Publishing Group', 'Cold Spring Harbor Laboratory',
              'The Royal Society of Chemistry', 'American Society for Microbiology',
              'Oxford University Press', 'BioMed Central']


def shared_bench_dir(arg=None):
    """SHARED_BENCH as bench/run.sh finds it: --shared-bench, $SHARED_BENCH, ../shared/bench
    beside the repository, or beside the main checkout when this is a git worktree."""
    cands = [arg, os.environ.get('SHARED_BENCH'), os.path.join(REPO, '..', 'shared', 'bench')]
    gitfile = os.path.join(REPO, '.git')
    if os.path.isfile(gitfile):         # a worktree: "gitdir: MAIN/.git/worktrees/NAME"
        with open(gitfile, encoding='utf-8') as f:
            line = f.read().strip()
        if line.startswith('gitdir:'):
            gd = line.split(':', 1)[1].strip()
            main = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(
                os.path.join(REPO, gd)))))
            cands.append(os.path.join(main, '..', 'shared', 'bench'))
    for c in cands:
        if c and os.path.isfile(os.path.join(c, 'gen_corpus.py')):
            return os.path.abspath(c)
    sys.exit('gen_current_corpus.py: gen_corpus.py not found; set SHARED_BENCH or --shared-bench')


def crc(*parts):
    return zlib.crc32('\x1f'.join(str(p) for p in parts).encode('utf-8'))


# ----------------------------------------------------------------- genes ----

def ortholog_symbol(human, style):
    """A deterministic, readable symbol for the same gene in another organism."""
    s = human
    if style == 'human' or style == 'plant':
        return s
    if style == 'rodent':
        return s[:1] + s[1:].lower()
    if style == 'fish':
        low = s.lower()
        return low + 'a' if low[-1:].isdigit() and crc('fish', s) % 3 == 0 else low
    if style == 'fly':
        h = crc('fly', s) % 4
        if h == 0:
            return s.lower()
        if h == 1:
            return 'CG%d' % (1000 + crc('cg', s) % 40000)
        return s[:1] + s[1:].lower()
    if style == 'bact':
        return s[:3].lower() + s[3:]
    raise ValueError(style)


def human_rows(rec):
    """The shared record's gene rows as (word, match, symbol, id, source), duplicates dropped."""
    src = {'hgnc_symbol': 'ncbigene_symbol', 'hgnc_alias_symbol': 'ncbigene_synonym',
           'bioentities_symbol': 'famplex_relations'}
    out, seen = [], set()
    for g in rec.get('genes') or []:
        row = (g['word'], g['symbol'].upper(), g['hgnc_symbol'], str(g['entrez']),
               src.get(g['source'], 'ncbigene_synonym'))
        if row not in seen:
            seen.add(row)
            out.append(row)
    return out


def organism_rows(org, base, k):
    """k rows for organism `org`, derived from the human rows `base` (the same OCR words)."""
    taxon, _, _, offset, style = ORGS[org]
    rows, seen = [], set()
    i = 0
    while len(rows) < k and i < 3 * k + len(base):
        word, match, hsym, hid, _ = base[i % len(base)]
        rnd = i // len(base)             # beyond the human rows: a paralog of the same word
        i += 1
        sym = ortholog_symbol(hsym, style)
        gid = offset + int(hid) + rnd * 1000003
        if rnd:
            sym += 'bcdefgh'[min(rnd, 7) - 1]
        if crc('na', taxon, gid) % 470 == 0:
            sym = 'NA'
        source = 'ncbigene_symbol' if sym.upper() == match else 'ncbigene_synonym'
        for g in ((gid,) if crc('two', taxon, gid) % 470 != 1 else (gid, gid + SECOND_ID_OFFSET)):
            row = (word, match, sym, str(g), source)
            if row not in seen:
                seen.add(row)
                rows.append(row)
    return rows


def gene_table(rec, rng):
    """[(org key, [rows])] in file order, or None for a figure without a genes TSV."""
    if rng.random() < P_NO_GENES:
        return None
    base = human_rows(rec)
    if not base:
        return None
    pattern = rng.choice(ORG_PATTERNS)
    bact = list(BACTERIA)
    rng.shuffle(bact)
    orgs = [bact.pop() if o == 'bacteria' else o for o in pattern]
    blocks = []
    for o in orgs:
        if o == 'human':
            blocks.append((o, base))
        elif 'human' not in orgs:
            blocks.append((o, organism_rows(o, base, len(base))))
        else:
            k = min(OTHER_ROWS_MAX, max(1, round(rng.choice(ORTHOLOG_RATIOS) * len(base))))
            blocks.append((o, organism_rows(o, base, k)))
    return blocks


def genes_tsv(blocks):
    lines = ['\t'.join(HEADERS['genes'])]
    for org, rows in blocks:
        taxon, name, group = ORGS[org][:3]
        direct = sum(1 for r in rows if r[4] == 'ncbigene_symbol')
        syn = sum(1 for r in rows if r[4] == 'ncbigene_synonym')
        counts = '%s\t%s\t%d' % (direct or 'NA', syn or 'NA', len({r[1] for r in rows}))
        head = '%d\t%s\t%s\t' % (taxon, name, group)
        for word, match, sym, gid, source in rows:
            lines.append('%s%s\t%s\t%s\t%s\t%s\t%s' % (head, word, match, sym, gid, source, counts))
    return '\n'.join(lines) + '\n'


# ------------------------------------------------------ chemicals/diseases ----

def chem_row(word, mesh_id):
    """A chemical's columns: fixed per chemical (by name), as in the real files."""
    h = crc('chem', word.lower())
    mesh = 'NA' if h % 100 < P_CHEM_MESH_NA * 100 else 'mesh:' + mesh_id
    if (h >> 8) % 100 < P_CHEM_UNMAPPED * 100:
        return [word, mesh, 'NA', 'NA', 'NA']
    return [word, mesh, word[:1].upper() + word[1:], word.lower(),
            'chebi:%d' % (1000 + (h >> 16) % 190000)]


def chemicals_tsv(rec, u, rng):
    own = [(c['word'], c['identifier']) for c in rec.get('chemicals') or []]
    if not own:
        return None, 0
    k = max(1, rng.choice(CHEM_ROWS) + rng.randint(-1, 1))
    picks = own[:k]
    while len(picks) < k:
        picks.append(rng.choice(u.chemicals))
    rows = []
    for word, mid in picks:            # k rows: a chemical, or a repeat of an earlier row
        x = rng.random()
        if rows and x < P_CHEM_DUP:
            rows.append(list(rng.choice(rows)))
            continue
        r = chem_row(word, mid)
        if rows and x < P_CHEM_DUP + P_CHEM_CASE:
            src = rng.choice(rows)       # the same chemical in another case (Glucose/glucose)
            w = src[0]
            r = [w.lower() if w != w.lower() else w.capitalize()] + src[1:]
        elif x > 1 - P_CHEM_SPACES:
            r[0] = '%s  %s %s ' % (word, word.split(' ')[0], rng.choice(['Me', '11', 'OH']))
        rows.append(r)
    return '\n'.join(['\t'.join(HEADERS['chemicals'])] + ['\t'.join(r) for r in rows]) + '\n', len(rows)


def diseases_tsv(rec, rng):
    own = [(d['word'], d['identifier']) for d in rec.get('diseases') or []]
    if not own or rng.random() >= P_DISEASES_GIVEN_RECORD:
        return None, 0
    rows = []
    for word, mid in own:
        h = crc('dis', word)
        if h % 100 < P_DIS_DOID * 100:
            rows.append([word, 'mesh:' + mid, word[:1].upper() + word[1:], word,
                         'doid:%07d' % ((h >> 8) % 100000)])
        else:
            rows.append([word, 'mesh:' + mid, 'NA', 'NA', 'NA'])
    return '\n'.join(['\t'.join(HEADERS['diseases'])] + ['\t'.join(r) for r in rows]) + '\n', len(rows)


# ---------------------------------------------------------- front matter ----

def paper_facts(g, seed, rec):
    """Facts shared by every figure of one paper (drawn per pmcid)."""
    rng = random.Random('%s-current-paper-%s' % (seed, rec['pmcid']))
    year = rec['year'] or str(rng.randint(2000, 2021))
    facts = {'year': year}
    if int(year) <= NA_YEAR_MAX:
        for k in ('doi', 'journal_title', 'journal_nlm_ta', 'publisher_name', 'keywords'):
            facts[k] = NA_CHAR
        facts['old'] = True
        return facts
    parts = rec['reftext'].split('. ')
    nlm = parts[1] if len(parts) > 2 else rng.choice(g.JOURNALS)
    facts.update({
        'doi': '10.%d/%s.%s.%d' % (rng.randint(1000, 1200), nlm.split(' ')[0].lower(), year,
                                   rng.randint(1000, 99999)),
        'journal_title': nlm.replace('Res', 'Research').replace('J ', 'Journal of ')
                            .replace('Biol', 'Biology').replace('Mol', 'Molecular'),
        'journal_nlm_ta': nlm,
        'publisher_name': rng.choice(PUBLISHERS),
        'old': False,
    })
    if rng.random() < P_KEYWORDS_EMPTY:
        facts['keywords'] = ''
    else:
        pool = g.PROCESSES + g.DISEASES
        facts['keywords'] = ' | '.join(rng.sample(pool, rng.randint(3, 7)))
    return facts


def organisms(g, rec, rng):
    if rng.random() < P_ORG_NA:
        return ['NA']
    out = list(rec['organisms'])
    if rng.random() < P_ORG_MANY:
        pool = [o for o, _ in g.ORGANISMS] + EXTRA_ORGANISMS
        for o in rng.sample(pool, rng.randint(8, 35)):
            if o not in out:
                out.append(o)
    if rng.random() < P_ORG_NA_MIXED:
        out.append('NA')
    return out


def current_record(g, u, seed, rec):
    """(front-matter dict, {kind: tsv text}, gene-row stats) for one shared record."""
    figid = rec['figid']
    rng = random.Random('%s-current-%s' % (seed, figid))
    facts = paper_facts(g, seed, rec)
    n = rec['number'][1:] if rec['number'].startswith('F') else '1'
    r = rng.random()
    if r < P_GA:
        figtype, number = 'Graphical abstract', 'GA' + n
    elif r < P_GA + P_SF:
        figtype, number = 'Supplemental figure', 'SF' + n
    else:
        figtype, number = 'Figure', 'F' + n
    blocks = gene_table(rec, rng)
    tsv = {}
    if blocks:
        tsv['genes'] = genes_tsv(blocks)
    chem, _ = chemicals_tsv(rec, u, rng)
    if chem:
        tsv['chemicals'] = chem
    dis, _ = diseases_tsv(rec, rng)
    if dis:
        tsv['diseases'] = dis
    keywords, seen = [], set()
    for _, rows in blocks or []:
        for row in rows:
            s = NA_CHAR if row[2] == 'NA' else row[2]
            if s not in seen:
                seen.add(s)
                keywords.append(s)
    if facts['old'] or rng.random() < P_KW_TERMS_NEW:
        for kind in ('chemicals', 'diseases'):
            if kind in tsv:
                for line in tsv[kind].split('\n')[1:-1]:
                    w = line.split('\t', 1)[0]
                    if w not in seen:
                        seen.add(w)
                        keywords.append(w)
    alias = '%s__%s' % (rec['pmcid'], number)
    jsonld = dict(rec['schema-jsonld'])
    jsonld['keywords'] = keywords
    fm = {
        'figid': figid,
        'figtitle': rec['figtitle'],
        'organisms': organisms(g, rec, rng),
        'organisms_ner': [ORGS[o][1] for o, _ in blocks] if blocks else ['NA'],
        'pmcid': rec['pmcid'],
        'filename': rec['filename'],
        'figlink': '/' + rec['figlink'].lstrip('/'),
        'number': number,
        'caption': rec['caption'],
        'papertitle': rec['papertitle'],
        'reftext': rec['reftext'],
        'year': facts['year'],
        'doi': facts['doi'],
        'journal_title': facts['journal_title'],
        'journal_nlm_ta': facts['journal_nlm_ta'],
        'publisher_name': facts['publisher_name'],
        'keywords': facts['keywords'],
        'automl_pathway': rec['pathway_score'],
        'figid_alias': alias,
        'figtype': figtype,
        'redirect_from': '/figures/%s' % alias,
        'ndex': rec['ndex'],
        'seo': rec['seo'],
        'schema-jsonld': jsonld,
    }
    assert list(fm) == KEYS
    human = sum(len(rows) for o, rows in blocks or [] if o == 'human')
    return fm, tsv, {'old_rows': len(rec.get('genes') or []), 'human_rows': human,
                     'distinct_old_rows': len(human_rows(rec))}


# ---------------------------------------------------------------- checks ----

def check_tsv(path, kind):
    """Raise ValueError unless the file is a well-formed TSV of its kind."""
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8')
    if '\r' in text or not text.endswith('\n') or text.startswith('\ufeff'):
        raise ValueError('%s: CR, BOM or no final newline' % path)
    lines = text[:-1].split('\n')
    if lines[0].split('\t') != HEADERS[kind]:
        raise ValueError('%s: header %r' % (path, lines[0]))
    ncol = len(HEADERS[kind])
    for i, line in enumerate(lines[1:], 2):
        cells = line.split('\t')
        if len(cells) != ncol:
            raise ValueError('%s:%d: %d columns, expected %d' % (path, i, len(cells), ncol))
        if '"' in line:
            raise ValueError('%s:%d: a quote' % (path, i))
        if kind == 'genes':
            if not (cells[0].isdigit() and cells[6].isdigit()):
                raise ValueError('%s:%d: organism_id/ncbigene_id not digits' % (path, i))
            if cells[7] not in ('ncbigene_symbol', 'ncbigene_synonym', 'famplex_relations'):
                raise ValueError('%s:%d: source %r' % (path, i, cells[7]))
        else:
            pref = 'chebi:' if kind == 'chemicals' else 'doid:'
            if not (cells[1] == 'NA' or cells[1].startswith('mesh:')) or \
                    not (cells[4] == 'NA' or cells[4].startswith(pref)):
                raise ValueError('%s:%d: identifier prefixes %r' % (path, i, cells))
    return len(lines) - 1


# ------------------------------------------------------------- statistics ----

def measure(root):
    """Statistics of a folder in the current layout (real or generated)."""
    sys.path.insert(0, shared_bench_dir(None))
    import pfyaml  # noqa: E402
    figs = sorted(glob.glob(os.path.join(root, '_figures', '*.md')))
    st = {'figures': len(figs), 'tsv_files': {}, 'missing_tsv': {}}
    rows = {k: [] for k in KINDS}
    org_k, org_present, sources = {}, {}, {}
    gene_rows_total = na_sym = dup_gene = two_ids = syn_na_blocks = blocks_n = 0
    count_rule_ok = True
    chem_total = chem_dup = chem_mesh_na = chem_unmapped = 0
    dis_total = dis_doid = 0
    fm_stats = {'organisms_NA': 0, 'organisms_NA_mixed': 0, 'ner_NA': 0, 'na_character': 0,
                'keywords_empty': 0, 'key_order_ok': 0, 'year_str': 0, 'body_empty': 0,
                'ner_matches_genes_tsv': 0, 'jsonld_keywords_start_with_symbols': 0}
    figtypes = {}
    md_bytes = tsv_bytes = 0
    for path in figs:
        figid = os.path.basename(path)[:-3]
        with open(path, encoding='utf-8') as f:
            text = f.read()
        md_bytes += len(text.encode('utf-8'))
        fmt, body = pfyaml.split_front_matter(text)
        d = pfyaml.load(fmt)
        fm_stats['body_empty'] += body == ''
        fm_stats['key_order_ok'] += list(d) == KEYS
        fm_stats['organisms_NA'] += d.get('organisms') == ['NA']
        fm_stats['organisms_NA_mixed'] += 'NA' in d.get('organisms', []) and d['organisms'] != ['NA']
        fm_stats['ner_NA'] += d.get('organisms_ner') == ['NA']
        fm_stats['na_character'] += d.get('doi') == NA_CHAR
        fm_stats['keywords_empty'] += d.get('keywords') == ''
        fm_stats['year_str'] += isinstance(d.get('year'), str)
        figtypes[d.get('figtype')] = figtypes.get(d.get('figtype'), 0) + 1
        tsv_orgs = []
        symbols = []
        for kind in KINDS:
            p = os.path.join(root, '_data', '%s-%s.tsv' % (figid, kind))
            if not os.path.exists(p):
                st['missing_tsv'][kind] = st['missing_tsv'].get(kind, 0) + 1
                continue
            st['tsv_files'][kind] = st['tsv_files'].get(kind, 0) + 1
            tsv_bytes += os.path.getsize(p)
            n = check_tsv(p, kind)
            rows[kind].append(n)
            with open(p, encoding='utf-8') as f:
                body_rows = [ln.rstrip('\n').split('\t') for ln in f][1:]
            uniq = set(map(tuple, body_rows))
            if kind == 'genes':
                gene_rows_total += n
                dup_gene += n - len(uniq)
                byorg = {}
                for r in body_rows:
                    byorg.setdefault(r[1], []).append(r)
                    sources[r[7]] = sources.get(r[7], 0) + 1
                    na_sym += r[5] == 'NA'
                    s = '.na.character' if r[5] == 'NA' else r[5]
                    if s not in symbols:
                        symbols.append(s)
                tsv_orgs = list(byorg)
                org_k[len(byorg)] = org_k.get(len(byorg), 0) + 1
                for o, rs in byorg.items():
                    org_present[o] = org_present.get(o, 0) + 1
                    blocks_n += 1
                    direct = sum(r[7] == 'ncbigene_symbol' for r in rs)
                    syn = sum(r[7] == 'ncbigene_synonym' for r in rs)
                    want = [str(direct or 'NA'), str(syn or 'NA'), str(len({r[4] for r in rs}))]
                    count_rule_ok &= all(r[8:11] == want for r in rs)
                    syn_na_blocks += rs[0][9] == 'NA'
                    ids = {}
                    for r in rs:
                        if r[5] != 'NA':
                            ids.setdefault(r[5], set()).add(r[6])
                    two_ids += sum(1 for v in ids.values() if len(v) > 1)
            elif kind == 'chemicals':
                chem_total += n
                chem_dup += n - len(uniq)
                chem_mesh_na += sum(r[1] == 'NA' for r in body_rows)
                chem_unmapped += sum(r[2] == r[3] == r[4] == 'NA' for r in body_rows)
            else:
                dis_total += n
                dis_doid += sum(r[4] != 'NA' for r in body_rows)
        if tsv_orgs or d.get('organisms_ner') == ['NA']:
            fm_stats['ner_matches_genes_tsv'] += (d.get('organisms_ner') == tsv_orgs) or \
                (not tsv_orgs and d.get('organisms_ner') == ['NA'])
        kw = d.get('schema-jsonld', {}).get('keywords') or []
        fm_stats['jsonld_keywords_start_with_symbols'] += kw[:len(symbols)] == symbols

    def dist(xs):
        if not xs:
            return None
        return {'n': len(xs), 'min': min(xs), 'median': statistics.median(xs),
                'mean': round(statistics.mean(xs), 2), 'max': max(xs), 'total': sum(xs),
                **({'values': sorted(xs)} if len(xs) <= 20 else {})}
    st.update({
        'rows_per_tsv': {k: dist(v) for k, v in rows.items()},
        'organisms_per_genes_tsv': dict(sorted(org_k.items())),
        'organism_in_genes_tsvs': dict(sorted(org_present.items(), key=lambda kv: -kv[1])),
        'gene_sources': sources,
        'gene_rows_exact_duplicates': dup_gene,
        'gene_rows_NA_symbol': na_sym,
        'symbols_with_two_ids': two_ids,
        'organism_blocks': blocks_n,
        'organism_blocks_count_synonym_NA': syn_na_blocks,
        'count_columns_rule_holds': count_rule_ok,
        'chemical_rows': chem_total, 'chemical_rows_exact_duplicates': chem_dup,
        'chemical_rows_mesh_NA': chem_mesh_na, 'chemical_rows_match_name_chebi_NA': chem_unmapped,
        'disease_rows': dis_total, 'disease_rows_with_doid': dis_doid,
        'front_matter': fm_stats, 'figtypes': figtypes,
        'bytes': {'figures_md': md_bytes, 'data_tsv': tsv_bytes, 'total': md_bytes + tsv_bytes},
    })
    return st


# ------------------------------------------------------------------- main ----

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--count', type=int, help='number of figures (N)')
    ap.add_argument('--out', help='output folder (created; must be empty or absent)')
    ap.add_argument('--seed', default='1', help='random seed (default 1), as gen_corpus.py')
    ap.add_argument('--shared-bench', help='folder of gen_corpus.py (default: as bench/run.sh)')
    ap.add_argument('--check', action='store_true',
                    help='re-read every file written: TSV columns, headers, ids; front matter '
                         'through the stdlib loader (and PyYAML when importable)')
    ap.add_argument('--stats', help='write statistics of both corpora (this one and the shared '
                                    'old-layout one of the same N and seed) as JSON to this file')
    ap.add_argument('--measure', metavar='DIR', help='print the statistics of a current-layout '
                                                     'folder (e.g. the real examples) and exit')
    a = ap.parse_args(argv)
    if a.measure:
        json.dump(measure(a.measure), sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    if a.count is None or not a.out:
        ap.error('--count and --out are required (or --measure DIR)')
    sb = shared_bench_dir(a.shared_bench)
    sys.path.insert(0, sb)
    import gen_corpus as g  # noqa: E402  the shared generator, imported, not copied
    import pfyaml  # noqa: E402
    pyyaml = None
    if a.check:
        try:
            import yaml as pyyaml
        except ImportError:
            pyyaml = None
    os.makedirs(a.out, exist_ok=True)
    if any(os.scandir(a.out)):
        ap.error('--out %s is not empty' % a.out)
    figdir = os.path.join(a.out, '_figures')
    datadir = os.path.join(a.out, '_data')
    os.makedirs(figdir)
    os.makedirs(datadir)
    seed_path = g.DEFAULT_SEED_RECORD
    seed_rec = None
    with open(seed_path, encoding='utf-8') as f:
        seed_rec = pfyaml.load(pfyaml.split_front_matter(f.read())[0])
    u = g.Universe(a.seed, seed_rec)     # the same pools generate() builds (chemicals)
    n = old_bytes = md_bytes = tsv_bytes = files = 0
    old_rows, cur_rows, human, kept, distinct_old = [], [], 0, 0, 0
    for figid, text, rec in g.generate(a.count, a.seed, seed_path):
        fm, tsv, gst = current_record(g, u, a.seed, rec)
        md = ('---\n' + pfyaml.dump(fm) + '---\n').encode('utf-8')
        p = os.path.join(figdir, figid + '.md')
        with open(p, 'wb') as f:
            f.write(md)
        files += 1
        md_bytes += len(md)
        old_bytes += len(text.encode('utf-8'))
        for kind, body in tsv.items():
            data = body.encode('utf-8')
            tp = os.path.join(datadir, '%s-%s.tsv' % (figid, kind))
            with open(tp, 'wb') as f:
                f.write(data)
            files += 1
            tsv_bytes += len(data)
            if a.check:
                check_tsv(tp, kind)
        if a.check:
            with open(p, encoding='utf-8') as f:
                fmt, body = pfyaml.split_front_matter(f.read())
            if body or pfyaml.load(fmt) != fm or pfyaml.dump(fm) != fmt:
                raise SystemExit('front matter round trip failed for %s' % figid)
            if pyyaml is not None and pyyaml.safe_load(fmt) != fm:
                raise SystemExit('PyYAML reads %s differently' % figid)
        old_rows.append(gst['old_rows'])
        cur_rows.append(tsv['genes'].count('\n') - 1 if 'genes' in tsv else 0)
        human += gst['human_rows']
        distinct_old += gst['distinct_old_rows']
        kept += gst['human_rows'] == gst['distinct_old_rows']
        n += 1
    if a.stats:
        def dist(xs):
            s = sorted(xs)
            return {'min': s[0], 'median': s[len(s) // 2], 'mean': round(sum(s) / len(s), 2),
                    'max': s[-1], 'total': sum(s)} if s else None
        st = {
            'figures': n, 'seed': a.seed, 'files': files,
            'bytes': {'current_total': md_bytes + tsv_bytes, 'current_figures_md': md_bytes,
                      'current_data_tsv': tsv_bytes, 'old_layout_total': old_bytes,
                      'current_over_old': round((md_bytes + tsv_bytes) / old_bytes, 3) if old_bytes else None},
            'gene_rows_per_figure': {'old_layout': dist(old_rows), 'current_layout': dist(cur_rows),
                                     'current_over_old': round(sum(cur_rows) / sum(old_rows), 3) if sum(old_rows) else None},
            'gene_rows_per_genes_tsv': dist([x for x in cur_rows if x]),
            'human_rows': human,
            'figures_whose_human_rows_are_the_old_rows': kept,
            'old_rows_without_exact_duplicates': distinct_old,
            'checked': bool(a.check), 'checked_with_pyyaml': bool(a.check and pyyaml),
        }
        with open(a.stats, 'w', encoding='utf-8') as f:
            json.dump(st, f, indent=1)
            f.write('\n')
    print('wrote %d figures, %d files (%d bytes: %d front matter, %d TSV) to %s; the old layout '
          'of the same figures is %d bytes' % (n, files, md_bytes + tsv_bytes, md_bytes,
                                               tsv_bytes, a.out, old_bytes), file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
