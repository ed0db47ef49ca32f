#!/usr/bin/env python3
"""Bytes the search page downloads for a one-word query, computed from a built site.

Follows static/search.js: the manifest, the token shard of the word (the longest listed prefix),
then the metadata blocks of the first page of results (20, best first). Sizes are uncompressed.

usage: bench/search_bytes.py SITE_DIR WORD [ORGANISM_SLUG]
"""
import base64
import json
import os
import sys
import unicodedata

PAGE = 20


def decode(v):
    if isinstance(v, str):
        bits = base64.b64decode(v)
        return [i * 8 + k for i, b in enumerate(bits) for k in range(8) if b >> k & 1]
    out, n = [], 0
    for d in v:
        n += d
        out.append(n)
    return out


def shard_name(prefix):
    return "".join(c if ("a" <= c <= "z" or "0" <= c <= "9" or c == "-") else "_%04x" % ord(c) for c in prefix)


def main():
    site, word = sys.argv[1], sys.argv[2]
    org = sys.argv[3] if len(sys.argv) > 3 else None
    fetched = {}

    def load(rel):
        path = os.path.join(site, "search", rel)
        fetched[rel] = os.path.getsize(path)
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    manifest = load("manifest.json")
    token = unicodedata.normalize("NFKC", word).lower()
    shards = set(manifest["shards"])
    prefix = next((token[:n] for n in range(min(len(token), 8), 0, -1) if token[:n] in shards), None)
    entry = load("t/%s.json" % shard_name(prefix)).get(token, {}) if prefix else {}
    scores = {}
    for n in decode(entry.get("o", [])):
        scores[n] = 1
    for n in decode(entry.get("t", [])):
        scores[n] = 10
    for n in decode(entry.get("g", [])):
        scores[n] = 100
    if org:
        allowed = set(decode(load("organisms/%s.json" % org)["f"]))
        scores = {n: s for n, s in scores.items() if n in allowed}
    results = sorted(scores.items(), key=lambda r: (-r[1], r[0]))
    for n, _ in results[:PAGE]:
        load("meta/%d.json" % (n // manifest["block"]))
    total = sum(fetched.values())
    print("query %r: %d results (%d gene, %d title); figures in site: %d" % (
        word, len(results), len(entry.get("g", [])) and len(decode(entry["g"])),
        len(entry.get("t", [])) and len(decode(entry["t"])), manifest["figures"]))
    for rel, size in fetched.items():
        print("  %8d  /search/%s" % (size, rel))
    blocks = sum(1 for rel in fetched if rel.startswith("meta/"))
    print("  %8d  total index bytes (%d files, %d metadata blocks)" % (total, len(fetched), blocks))
    page = sum(os.path.getsize(os.path.join(site, p)) for p in ("search.html", "assets/search.js", "assets/figsite.css"))
    print("  %8d  plus the page itself (search.html, search.js, figsite.css; cached after the first query)" % page)
    index = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(os.path.join(site, "search")) for f in fs)
    print("  %8d  whole search index, for comparison" % index)


if __name__ == "__main__":
    main()
