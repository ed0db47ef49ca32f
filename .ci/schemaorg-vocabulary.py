#!/usr/bin/env python3
"""Makes figsite check's schema.org vocabulary from a published schema.org release.

Usage: .ci/schemaorg-vocabulary.py SCHEMAORG-CURRENT-HTTPS.JSONLD VERSION > \
         src/main/resources/org/figsite/schema/schemaorg-vocabulary.tsv

The input is data/releases/<VERSION>/schemaorg-current-https.jsonld of
https://github.com/schemaorg/schemaorg (core and pending terms). The output has one line per
term, tab-separated:
  C <TAB> Type <TAB> direct supertypes, space-separated
  P <TAB> property <TAB> the types it is declared on (schema:domainIncludes), space-separated
Lines starting with '#' are comments.
"""
import json
import sys


def ids(value):
    if value is None:
        return []
    if isinstance(value, dict):
        value = [value]
    return [v["@id"] for v in value]


def local(curie):
    return curie[len("schema:"):] if curie.startswith("schema:") else None


def main(path, version):
    graph = json.load(open(path, encoding="utf-8"))["@graph"]
    classes, props = {}, {}
    for node in graph:
        name = local(node["@id"])
        if name is None:
            continue
        types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in types:
            classes[name] = sorted(filter(None, map(local, ids(node.get("rdfs:subClassOf")))))
        elif "rdf:Property" in types:
            props[name] = sorted(filter(None, map(local, ids(node.get("schema:domainIncludes")))))
    print("# schema.org %s, schemaorg-current-https.jsonld; made by .ci/schemaorg-vocabulary.py" % version)
    for name in sorted(classes):
        print("C\t%s\t%s" % (name, " ".join(classes[name])))
    for name in sorted(props):
        print("P\t%s\t%s" % (name, " ".join(props[name])))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
