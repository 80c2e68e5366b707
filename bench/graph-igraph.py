#!/usr/bin/env python3
"""igraph's C implementation of the graph measures of DESIGN 5.4, the anchor of bench/graph.ts.

    python3 bench/graph-igraph.py GRAPHS.json serve   # answers "<index>" lines on stdin, one run each
    python3 bench/graph-igraph.py GRAPHS.json once N  # one run of graph N, then exits

GRAPHS.json holds {"graphs": [{"order": n, "ties": [[a, b], ...], "directed": [[from, to], ...]}]}.
Each run builds the undirected graph of ties and the directed graph from the index lists and takes
betweenness (normalised as NetworkX does), degree, density, connected components, isolates,
Freeman degree centralisation and reciprocity, timed inside this process with perf_counter, so
neither the interpreter's start-up nor the import of igraph counts. A run answers one JSON line:
{"ms": …, "betweenness": [...], "degree": [...], "density": …, "components": …, "isolates": …,
"centralization": …, "reciprocity": …}.

Debian: apt-get install -y python3-igraph.
"""

import json
import sys
import time

import igraph


def measure(graph):
    n = graph["order"]
    started = time.perf_counter()
    g = igraph.Graph(n=n, edges=graph["ties"])
    raw = g.betweenness(directed=False)
    pairs = (n - 1) * (n - 2) / 2
    betweenness = [b / pairs for b in raw] if n > 2 else [0.0] * n
    degree = g.degree()
    density = g.density(loops=False) if n > 1 else 0.0
    components = len(g.connected_components())
    isolates = sum(1 for d in degree if d == 0)
    top = max(degree, default=0)
    centralization = (n * top - sum(degree)) / ((n - 1) * (n - 2)) if n > 2 else 0.0
    d = igraph.Graph(n=n, edges=graph["directed"], directed=True)
    reciprocity = d.reciprocity(ignore_loops=True, mode="default") if d.ecount() > 0 else None
    ms = (time.perf_counter() - started) * 1000
    return {
        "ms": ms,
        "betweenness": betweenness,
        "degree": degree,
        "density": density,
        "components": components,
        "isolates": isolates,
        "centralization": centralization,
        "reciprocity": reciprocity,
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        graphs = json.load(file)["graphs"]
    if sys.argv[2] == "once":
        print(json.dumps(measure(graphs[int(sys.argv[3])])), flush=True)
        return
    print(json.dumps({"ready": igraph.__version__}), flush=True)
    for line in sys.stdin:
        print(json.dumps(measure(graphs[int(line)])), flush=True)


if __name__ == "__main__":
    main()
