#!/usr/bin/env python3
"""Where the bytes of a built figsite site are: by page type, and by repeated markup.

    bench/size_report.py SITE_DIR [--figures N] [--json FILE] [--sample K] [--strings]

SITE_DIR is a built site (site-output/). Every file is counted once, in the first page type its
path (and, for /figures/*.html, its first bytes) matches:

  figure pages     /figures/<figid>.html that are not stubs
  stubs            /figures/*.html and other pages that are redirect stubs (meta refresh)
  figure downloads /figures/*.json, /figures/*.tsv (per-figure data beside the page)
  data bundles     /data/records/, /data/genes/ (the same data in site-wide shards)
  gene pages       /genes/**.html except the A-Z index (/genes/index.html, /genes/index/)
  listings         /organisms/, /chemicals/, /diseases/ pages and the figure index /figures/page/
  A-Z indexes      /genes/index*, /organisms/index*, /chemicals/index*, /diseases/index*
  search           /search.html and /search/
  data files       /data/ (GMT, figures.json) other than the bundles
  sitemaps         sitemap.xml, /sitemaps/
  other            home, site pages, 404, assets, robots.txt, .nojekyll

Sizes are file sizes in bytes (what GitHub Pages counts), not disk blocks. --figures N divides
by N for bytes per figure (default: the number of figure pages). --strings also samples K
pages of the biggest types (default 400 each) and prints the markup that repeats most, by the
bytes its fixed part would take over the whole type (tags with their attribute values' variable
tails replaced by #, so every gene row's NCBI link counts as one string).

Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import random
import re
import sys

TYPES = ["figure pages", "stubs", "figure downloads", "data bundles", "gene pages", "listings",
         "A-Z indexes", "search", "data files", "sitemaps", "other"]

STUB_MARK = b'http-equiv="refresh"'


def is_stub(path):
    with open(path, "rb") as f:
        return STUB_MARK in f.read(1024)


def classify(rel, full):
    parts = rel.split("/")
    top = parts[0]
    name = parts[-1]
    if top == "figures" and len(parts) == 2:
        if name.endswith(".html"):
            if name == "index.html":
                return "listings"
            return "stubs" if is_stub(full) else "figure pages"
        return "figure downloads"
    if top == "figures":
        return "listings"
    if top in ("genes", "organisms", "chemicals", "diseases"):
        if name == "index.html" and len(parts) == 2 or (len(parts) > 2 and parts[1] == "index"):
            return "A-Z indexes"
        return "gene pages" if top == "genes" else "listings"
    if top == "search" or rel == "search.html":
        return "search"
    if top == "data":
        return "data bundles" if len(parts) > 2 and parts[1] in ("records", "genes") else "data files"
    if top == "sitemaps" or rel.startswith("sitemap"):
        return "sitemaps"
    if name.endswith(".html") and is_stub(full):
        return "stubs"
    return "other"


def tar_bytes(sizes, dirs):
    """Size of a plain (GNU) tar archive of the tree (what actions/upload-pages-artifact makes before
    compressing it): a 512-byte header per entry, file data padded to 512, two zero blocks at the
    end, padded to tar's 10,240-byte record."""
    n = sum(512 + (s + 511) // 512 * 512 for s in sizes) + 512 * dirs + 1024
    return (n + 10239) // 10240 * 10240


def count_dirs(site):
    return sum(len(d) for _, d, _ in os.walk(site)) + 1


def walk(site):
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames.sort()
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, site).replace(os.sep, "/")
            yield rel, full, os.path.getsize(full)


VAR_TAIL = re.compile(r'((?:href|src|content|id|rowspan)=")([^"]*)(")')


def template(tag):
    """A tag with each attribute value's variable part replaced by '#': a URL keeps its
    scheme, host and path up to the last '/', '=', '#' or '!' (the part every link repeats)."""
    def repl(m):
        value = m.group(2)
        cut = max(value.rfind(c) for c in "/=#!")
        keep = value[:cut + 1] if cut >= 0 and (value.startswith("http") or value.startswith("/")) else ""
        return m.group(1) + keep + "#" + m.group(3)
    return VAR_TAIL.sub(repl, tag)


TOKEN = re.compile(r"<[^>]*>")

# Parts of a figure page, each from its opening marker to the first closing marker after it.
SECTIONS = [
    ("JSON-LD", '<script type="application/ld+json">', "</script>"),
    ("gene table", '<section aria-labelledby="genes">', "</section>"),
    ("chemicals", '<section aria-labelledby="chemicals">', "</section>"),
    ("diseases", '<section aria-labelledby="diseases">', "</section>"),
    ("caption", "<figcaption", "</figcaption>"),
    ("facts list", '<dl class="facts">', "</dl>"),
]


def figure_sections(paths):
    """Average bytes per figure page of each SECTIONS part and of the rest (head tags, frame)."""
    total = collections.Counter()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for name, start, end in SECTIONS:
            i = text.find(start)
            if i < 0:
                continue
            j = text.find(end, i)
            j = len(text) if j < 0 else j + len(end)
            total[name] += len(text[i:j].encode("utf-8"))
            text = text[:i] + text[j:]
        total["rest (head, frame, title, image)"] += len(text.encode("utf-8"))
    n = max(1, len(paths))
    return [(k, v / n) for k, v in total.most_common()]


def repeated_strings(paths, total_files, top):
    """Fixed bytes per tag template over a sample, scaled to the whole type."""
    fixed = collections.Counter()
    sample_bytes = 0
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        sample_bytes += len(text.encode("utf-8"))
        for m in TOKEN.finditer(text):
            t = template(m.group(0))
            fixed[t] += len(t.encode("utf-8")) - t.count("#")
    scale = total_files / max(1, len(paths))
    return [(t, int(b * scale)) for t, b in fixed.most_common(top)], int(sample_bytes * scale)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site")
    ap.add_argument("--figures", type=int, help="divide by N figures (default: figure pages)")
    ap.add_argument("--json", help="also write the table as JSON to this file")
    ap.add_argument("--strings", action="store_true", help="print the most repeated markup")
    ap.add_argument("--sample", type=int, default=400, help="pages sampled per type for --strings")
    a = ap.parse_args(argv)

    size = collections.Counter()
    count = collections.Counter()
    paths = collections.defaultdict(list)
    sizes = []
    for rel, full, n in walk(a.site):
        sizes.append(n)
        t = classify(rel, full)
        size[t] += n
        count[t] += 1
        if a.strings and t in ("figure pages", "stubs", "gene pages", "listings"):
            paths[t].append(full)

    total = sum(size.values())
    files = sum(count.values())
    figures = a.figures or count["figure pages"] or 1
    print("%-17s %14s %6s %9s %10s" % ("page type", "bytes", "share", "files", "per figure"))
    for t in TYPES:
        if count[t]:
            print("%-17s %14s %5.1f%% %9s %10s" % (t, format(size[t], ","), 100.0 * size[t] / total,
                                                  format(count[t], ","), format(round(size[t] / figures), ",")))
    print("%-17s %14s %6s %9s %10s" % ("total", format(total, ","), "100%", format(files, ","),
                                        format(round(total / figures), ",")))
    print("figures: %s; GitHub Pages limit 1,000,000,000 bytes; issue #13 target 900,000,000" % format(figures, ","))
    tar = tar_bytes(sizes, count_dirs(a.site))
    print("as a tar archive (upload-pages-artifact, before gzip): %s bytes (%s per file of headers and padding)"
          % (format(tar, ","), format(round((tar - total) / max(1, files)), ",")))

    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"site": a.site, "figures": figures, "total_bytes": total, "files": files, "tar_bytes": tar,
                       "types": {t: {"bytes": size[t], "files": count[t]} for t in TYPES if count[t]}},
                      f, indent=1)
            f.write("\n")

    if a.strings:
        rng = random.Random(13)
        if paths["figure pages"]:
            sample = rng.sample(paths["figure pages"], min(a.sample, len(paths["figure pages"])))
            rows = figure_sections(sample)
            page = sum(v for _, v in rows)
            print("\nfigure pages: bytes per page by part (mean of %d)" % len(sample))
            for name, v in rows:
                print("%10s %5.1f%%  %s" % (format(round(v), ","), 100.0 * v / page, name))
        for t in ("figure pages", "gene pages", "stubs", "listings"):
            if not paths[t]:
                continue
            sample = rng.sample(paths[t], min(a.sample, len(paths[t])))
            rows, est = repeated_strings(sample, len(paths[t]), 15)
            print("\n%s: most repeated markup (fixed bytes over all %s files, estimated from %d; type total ~%s)"
                  % (t, format(len(paths[t]), ","), len(sample), format(est, ",")))
            for tpl, b in rows:
                print("%14s %5.1f%%  %s" % (format(b, ","), 100.0 * b / max(1, est), tpl[:110]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
