"""Read kb.jsonld and kb.ttl with rdflib (Debian python3-rdflib) and print, as JSON, what the site's
rdflib test asserts: triple counts, isomorphism, the language tags of each file and how many literals a
SPARQL `FILTER(lang(?l) = "zh-Hans")` finds in each.

Usage: python3 rdflib-compare.py kb.jsonld kb.ttl
"""
import json
import sys

import rdflib
from rdflib.compare import isomorphic

ZH_HANS = 'SELECT (COUNT(?l) AS ?n) WHERE { ?s ?p ?l FILTER(lang(?l) = "zh-Hans") }'


def describe(graph):
    tags = sorted({o.language for o in graph.objects() if isinstance(o, rdflib.Literal) and o.language})
    count = int(next(iter(graph.query(ZH_HANS)))[0])
    return {'triples': len(graph), 'languages': tags, 'zhHans': count}


def main(jsonld_path, turtle_path):
    from_jsonld = rdflib.Graph().parse(jsonld_path, format='json-ld')
    from_turtle = rdflib.Graph().parse(turtle_path, format='turtle')
    same = isomorphic(from_jsonld, from_turtle)
    # The dataset has no blank nodes, so the triples only one file has are a plain set difference of
    # their N-Triples forms (rdflib's Literal equality ignores the case of language tags; isomorphic() does not).
    a = {' '.join(term.n3() for term in t) for t in from_jsonld}
    b = {' '.join(term.n3() for term in t) for t in from_turtle}
    only_jsonld = sorted(a - b)[:5]
    only_turtle = sorted(b - a)[:5]
    print(json.dumps({
        'rdflib': rdflib.__version__,
        'jsonld': describe(from_jsonld),
        'turtle': describe(from_turtle),
        'isomorphic': same,
        'onlyJsonLd': only_jsonld,
        'onlyTurtle': only_turtle,
    }))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
