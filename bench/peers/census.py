"""Signed triangle census with a peer library, for bench/analyze.mjs.

Usage: /usr/bin/python3 bench/peers/census.py networkx|igraph FILE.csv
Reads the CSV edge list (source,target,sign), collapses it with rivalgraph's rule
(net sign per pair, net-zero pairs dropped), builds the peer's graph, counts
triangles by number of negative edges, and prints one JSON line with the
seconds spent loading and counting, the census and the peak memory (MB).
"""
import csv
import json
import resource
import sys
import time

SIGNS = {"1": 1, "+1": 1, "+": 1, "positive": 1, "-1": -1, "-": -1, "negative": -1}


def load(path):
    net = {}
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        si, ti, gi = header.index("source"), header.index("target"), header.index("sign")
        for row in reader:
            a, b = row[si], row[ti]
            if a == b:
                continue
            key = (a, b) if a < b else (b, a)
            net[key] = net.get(key, 0) + SIGNS[row[gi].strip().lower()]
    return [(a, b, 1 if v > 0 else -1) for (a, b), v in net.items() if v != 0]


def census_networkx(edges):
    import networkx as nx

    g = nx.Graph()
    g.add_weighted_edges_from(edges, weight="sign")
    t = time.perf_counter()
    counts = [0, 0, 0, 0]
    # Order nodes by degree, as networkx's own triangle counting does, and count each triangle once.
    rank = {v: i for i, v in enumerate(sorted(g.nodes, key=g.degree))}
    for u in g:
        nu = g[u]
        ru = rank[u]
        higher = [v for v in nu if rank[v] > ru]
        hs = set(higher)
        for v in higher:
            suv = nu[v]["sign"]
            for w, d in g[v].items():
                if w in hs and rank[w] > rank[v]:
                    counts[(suv < 0) + (d["sign"] < 0) + (nu[w]["sign"] < 0)] += 1
    return counts, time.perf_counter() - t


def census_igraph(edges):
    import igraph as ig

    g = ig.Graph.TupleList(((a, b) for a, b, _ in edges), directed=False)
    g.es["sign"] = [s for _, _, s in edges]
    t = time.perf_counter()
    neg = [s < 0 for s in g.es["sign"]]
    triangles = g.list_triangles()  # C core; edge ids looked up in one batch call
    pairs = [p for a, b, c in triangles for p in ((a, b), (b, c), (a, c))]
    ids = g.get_eids(pairs)
    counts = [0, 0, 0, 0]
    for i in range(0, len(ids), 3):
        counts[neg[ids[i]] + neg[ids[i + 1]] + neg[ids[i + 2]]] += 1
    return counts, time.perf_counter() - t


def main():
    tool, path = sys.argv[1], sys.argv[2]
    t = time.perf_counter()
    edges = load(path)
    run = census_networkx if tool == "networkx" else census_igraph
    t1 = time.perf_counter()
    counts, census = run(edges)
    total = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"tool": tool, "read": round(t1 - t, 3), "census": round(census, 3), "total": round(total, 3), "byNegatives": counts, "maxRssMB": round(rss)}))


if __name__ == "__main__":
    main()
