#!/usr/bin/env python3
"""Reference values for the collaboration graph of DESIGN §5.4, computed with NetworkX.

Writes src/domain/fixtures/networkx-graphs.json, which src/domain/graph.test.ts compares
against to 1e-9, so the tests never need Python. Regenerate with Debian's Python and NetworkX

    /usr/bin/python3 scripts/networkx-fixtures.py

(apt-get install -y python3-networkx). The output is deterministic for a given NetworkX
version: random graphs use fixed seeds and every list is sorted.

The file is compact: one graph per line, partners by position in `partnerIds`, levels as
[from, to, level] and ties as [a, b] index pairs, and per-node answers as lists in the order of
`partnerIds`. It holds the graphs on which graphology's neighbourhood index overflows (exactly
128 and 32,768 ties, where its closing row offset 2E wraps to 0 in a Uint8Array or Uint16Array
and the last node loses its neighbours), with the node that matters listed last.

The rules are applied here independently of the TypeScript code:
  - directed edge A->B when L(A->B) >= 1;
  - working tie {A,B} when max(L(A->B), L(B->A)) >= 2, a missing direction counting as absent;
  - a level within 1e-9 below a threshold counts as reaching it (THRESHOLD_TOLERANCE in graph.ts),
    so that floating-point noise in a mean never decides an edge.
"""

import json
import platform
import random
import uuid
from pathlib import Path

import networkx as nx

DIRECTED_EDGE_LEVEL = 1
WORKING_TIE_LEVEL = 2
THRESHOLD_TOLERANCE = 1e-9

OUT = Path(__file__).resolve().parent.parent / "src" / "domain" / "fixtures" / "networkx-graphs.json"


def reaches(value, threshold):
    return value >= threshold - THRESHOLD_TOLERANCE


def component_order(component):
    """Largest component first, then by smallest id (the order graph.ts promises)."""
    return (-len(component), component[0])


def freeman_centralization(node_ids, edges):
    """Freeman degree centralisation, sum(max - deg) / ((n - 1)(n - 2)) for n >= 3, else 0.

    Degrees are counted here from the edge list, not taken from NetworkX; the caller checks
    that they agree with NetworkX's degree view."""
    n = len(node_ids)
    degree = {v: 0 for v in node_ids}
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    if n < 3:
        return 0.0, degree
    top = max(degree.values())
    return sum(top - d for d in degree.values()) / ((n - 1) * (n - 2)), degree


def measure(name, description, partner_ids, levels=None, ties=None):
    """NetworkX's answers for one graph, given either directed levels or undirected ties."""
    assert len(set(partner_ids)) == len(partner_ids), name
    index = {v: i for i, v in enumerate(partner_ids)}
    G = nx.Graph()
    G.add_nodes_from(partner_ids)
    expected = {}

    if levels is not None:
        level = {}
        for entry in levels:
            assert entry["from"] != entry["to"], name
            level[(entry["from"], entry["to"])] = entry["level"]
        D = nx.DiGraph()
        D.add_nodes_from(partner_ids)
        D.add_edges_from(pair for pair, value in level.items() if reaches(value, DIRECTED_EDGE_LEVEL))
        for (a, b), value in level.items():
            reverse = level.get((b, a))
            strongest = value if reverse is None else max(value, reverse)
            if reaches(strongest, WORKING_TIE_LEVEL):
                G.add_edge(a, b)
        expected["directedEdges"] = D.number_of_edges()
        try:
            expected["reciprocity"] = nx.reciprocity(D)
        except nx.NetworkXError:
            # NetworkX refuses a graph without edges: reciprocity is not known there (null).
            expected["reciprocity"] = None
        graph_input = {"levels": [[index[e["from"]], index[e["to"]], e["level"]] for e in levels]}
    else:
        G.add_edges_from((t["a"], t["b"]) for t in ties)
        graph_input = {"ties": [[index[t["a"]], index[t["b"]]] for t in ties]}

    assert G.number_of_nodes() == len(partner_ids), name
    assert nx.number_of_selfloops(G) == 0, name
    edges = sorted(tuple(sorted(e)) for e in G.edges())
    centralization, counted_degree = freeman_centralization(partner_ids, edges)
    nx_degree = dict(G.degree())
    assert counted_degree == nx_degree, name

    components = sorted((sorted(c) for c in nx.connected_components(G)), key=component_order)
    betweenness = nx.betweenness_centrality(G)
    if levels is not None:
        # The working ties as graph.ts lists them: a < b by id, sorted.
        expected["ties"] = [[index[a], index[b]] for a, b in edges]
    expected.update(
        {
            "tieCount": len(edges),
            "density": nx.density(G),
            "degree": [nx_degree[v] for v in partner_ids],
            "betweenness": [betweenness[v] for v in partner_ids],
            "isolates": sorted(nx.isolates(G)),
            "numberConnectedComponents": nx.number_connected_components(G),
            "components": components,
            "centralization": centralization,
        }
    )
    return {"name": name, "description": description, "partnerIds": partner_ids, **graph_input, "expected": expected}


def lv(a, b, value):
    return {"from": a, "to": b, "level": value}


def symmetric(pairs, value):
    return [entry for a, b in pairs for entry in (lv(a, b, value), lv(b, a, value))]


def uuids(rng, count):
    return [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)]


def small_chain():
    """Six organisations around one client, drawable by hand."""
    ids = ["ggz-rivierduinen", "huisartsen-leiden", "wijkteam-noord", "gemeente-leiden", "zorgcoöperatie", "jeugdzorg-west"]
    g, h, w, m, z, j = ids
    levels = [
        lv(h, g, 3), lv(g, h, 2.5),
        lv(h, w, 4), lv(w, h, 3.5),
        lv(w, m, 2), lv(m, w, 1),
        lv(m, j, 1.5), lv(j, m, 3),
        lv(w, j, 0.5), lv(j, w, 1.25),
        lv(g, w, 2), lv(w, g, 0),
        lv(z, h, 1),
    ]
    return measure("small-chain", "Six named partners: a triangle (one side carried one way), a tail of two, and a partner with only a one-way level of 1.", ids, levels=levels)


def star():
    ids = ["hub", "leaf-1", "leaf-2", "leaf-3", "leaf-4", "leaf-5"]
    levels = []
    for i, leaf in enumerate(ids[1:]):
        levels.append(lv("hub", leaf, 3))
        levels.append(lv(leaf, "hub", 2 if i % 2 == 0 else 0))
    return measure("star", "A hub with five leaves; the hub rates every leaf 3, only some leaves rate it back.", ids, levels=levels)


def path():
    ids = ["p1", "p2", "p3", "p4", "p5"]
    pairs = list(zip(ids, ids[1:]))
    return measure("path", "A path of five partners with symmetric level 2.", ids, levels=symmetric(pairs, 2))


def two_components_and_isolates(rng):
    ids = uuids(rng, 9)
    a = ids[0:4]
    b = ids[4:7]
    levels = symmetric([(a[0], a[1]), (a[1], a[2]), (a[2], a[0]), (a[2], a[3])], 3)
    levels += [lv(b[0], b[1], 2), lv(b[1], b[2], 4.75), lv(b[2], b[1], 4)]
    # The isolates still say something: levels below 2 give directed edges but no tie.
    levels += [lv(ids[7], ids[8], 1.5), lv(ids[8], ids[7], 1), lv(ids[7], a[0], 1.99)]
    return measure("two-components-and-isolates", "A triangle with a tail, a path of three, and two isolates that rate each other 1.5 and 1.", ids, levels=levels)


def only_isolates():
    ids = ["a", "b", "c", "d"]
    levels = [lv("a", "b", 1), lv("b", "a", 1.75), lv("c", "d", 1.9999), lv("d", "a", 0)]
    return measure("only-isolates", "Four partners and levels below 2: directed edges but no working tie.", ids, levels=levels)


def no_nodes():
    return measure("no-partners", "An empty network.", [], levels=[])


def one_node():
    return measure("one-partner", "A network of a single partner.", ["alone"], levels=[])


def two_nodes():
    return measure("two-partners", "Two partners with a tie: betweenness is 0 for n <= 2.", ["x", "y"], levels=[lv("x", "y", 2)])


def one_way_ties():
    """Ties that exist one way only: level >= 2 one way and < 1 (or nothing) the other way."""
    ids = ["north", "east", "south", "west", "centre"]
    n, e, s, w, c = ids
    levels = [
        lv(c, n, 2), lv(n, c, 0.5),
        lv(c, e, 3.25), lv(e, c, 0),
        lv(c, s, 4),  # south never answered about centre
        lv(w, c, 2.5), lv(c, w, 0.75),
        lv(n, e, 1), lv(e, n, 1.5),
        lv(s, w, 0.25), lv(w, s, 0.5),
    ]
    return measure("one-way-ties", "A centre tied to four partners, every tie carried by one direction only.", ids, levels=levels)


def random_levels(rng, count, rated_share):
    """Fractional mean levels of 1-4 respondents per direction, the directions drawn independently."""
    ids = uuids(rng, count)
    levels = []
    for a in ids:
        for b in ids:
            if a == b or rng.random() >= rated_share:
                continue
            answers = [rng.choices(range(6), weights=[4, 5, 3, 2, 1, 1])[0] for _ in range(rng.randint(1, 4))]
            levels.append(lv(a, b, sum(answers) / len(answers)))
    return ids, levels


def random_sixty(rng):
    ids, levels = random_levels(rng, 60, 0.07)
    return measure("random-60", "60 partners, each direction rated with probability 0.07 by 1-4 respondents (seeded).", ids, levels=levels)


def random_stage1(rng):
    """Undirected ties from shared history, as the stage-1 map uses them."""
    ids = uuids(rng, 40)
    G = nx.gnp_random_graph(40, 0.06, seed=rng.randint(0, 2**31))
    ties = []
    for i, j in sorted(G.edges()):
        # The order inside a pair must not matter.
        ties.append({"a": ids[i], "b": ids[j]} if rng.random() < 0.5 else {"a": ids[j], "b": ids[i]})
    ties.append({"a": ties[0]["b"], "b": ties[0]["a"]})  # a duplicate, reversed
    return measure("random-stage1-ties", "40 partners with undirected shared-history ties (G(n, p), seeded), one tie listed twice.", ids, ties=ties)


def layered_62():
    """The most shortest paths 62 nodes allow: s, 20 layers of 3 fully linked to the next, t.

    3^20 = 3,486,784,401 shortest s-t paths, close to the 2^32 that graphology counts exactly."""
    layers = [["s"]] + [[f"l{i:02d}-{j}" for j in range(3)] for i in range(20)] + [["t"]]
    ids = [v for layer in layers for v in layer]
    ties = [{"a": u, "b": v} for here, nxt in zip(layers, layers[1:]) for u in here for v in nxt]
    result = measure("layered-62", "62 partners in layers of 3: 3^20 shortest paths between the ends, just under 2^32.", ids, ties=ties)
    G = nx.Graph((t["a"], t["b"]) for t in ties)
    predecessors = nx.predecessor(G, "s")
    distance = nx.single_source_shortest_path_length(G, "s")
    count = {"s": 1}
    for v in sorted(distance, key=distance.get)[1:]:
        count[v] = sum(count[u] for u in predecessors[v])
    assert count["t"] == 3**20 < 2**32, count["t"]
    return result


def star_129_hub_last():
    """128 ties: graphology's Uint8Array row offsets wrap and the hub, listed last, loses its leaves."""
    leaves = [f"leaf-{i:03d}" for i in range(1, 129)]
    ids = leaves + ["hub"]
    levels = []
    for i, leaf in enumerate(leaves):
        levels.append(lv("hub", leaf, 2))
        if i % 3 == 0:
            levels.append(lv(leaf, "hub", 1))
        elif i % 3 == 1:
            levels.append(lv(leaf, "hub", 0.5))
    result = measure("star-129-hub-last", "A hub and 128 leaves (128 ties), the hub listed last; the hub rates every leaf 2, a third of the leaves rate it 1.", ids, levels=levels)
    assert result["expected"]["tieCount"] == 128
    assert result["expected"]["betweenness"][-1] == 1.0
    return result


def path_129():
    """128 ties in a path listed end to end: the last partner is the end graphology would cut off."""
    ids = [f"p{i:03d}" for i in range(1, 130)]
    ties = [{"a": a, "b": b} for a, b in zip(ids, ids[1:])]
    result = measure("path-129", "A path of 129 partners (128 ties), listed from one end to the other.", ids, ties=ties)
    assert result["expected"]["tieCount"] == 128
    return result


def bridged_clusters_32768():
    """Exactly 32,768 ties, where graphology's Uint16Array row offsets wrap: two dense clusters of
    181 partners whose only link is a broker, listed last, tied to 94 partners in each."""
    cluster_a = [f"a{i:03d}" for i in range(181)]
    cluster_b = [f"b{i:03d}" for i in range(181)]
    ids = cluster_a + cluster_b + ["broker"]
    ties = [{"a": u, "b": v} for cluster in (cluster_a, cluster_b) for i, u in enumerate(cluster) for v in cluster[i + 1 :]]
    ties += [{"a": "broker", "b": v} for cluster in (cluster_a, cluster_b) for v in cluster[:94]]
    result = measure("bridged-clusters-32768", "Two complete clusters of 181 partners joined only through a broker (listed last) tied to 94 in each: 32,768 ties.", ids, ties=ties)
    assert result["expected"]["tieCount"] == 32768
    assert result["expected"]["betweenness"][-1] > 0.5
    return result


def layered_65():
    """More shortest paths than a Uint32Array counts: s, 21 layers of 3 fully linked to the next, t.

    3^21 = 10,460,353,203 > 2^32 shortest s-t paths; doubles count them exactly."""
    layers = [["s"]] + [[f"l{i:02d}-{j}" for j in range(3)] for i in range(21)] + [["t"]]
    ids = [v for layer in layers for v in layer]
    ties = [{"a": u, "b": v} for here, nxt in zip(layers, layers[1:]) for u in here for v in nxt]
    return measure("layered-65", "65 partners in layers of 3: 3^21 shortest paths between the ends, more than 2^32.", ids, ties=ties)


def main():
    rng = random.Random(20261123)
    graphs = [
        small_chain(),
        star(),
        path(),
        two_components_and_isolates(rng),
        only_isolates(),
        no_nodes(),
        one_node(),
        two_nodes(),
        one_way_ties(),
        random_sixty(rng),
        random_stage1(rng),
        layered_62(),
        layered_65(),
        star_129_hub_last(),
        path_129(),
        bridged_clusters_32768(),
    ]
    header = {
        "generator": "scripts/networkx-fixtures.py",
        "networkx": nx.__version__,
        "python": platform.python_version(),
        "notes": [
            "partners are named by their position in partnerIds: levels are [from, to, level], ties and expected working ties [a, b]",
            "degree and betweenness are lists in the order of partnerIds; isolates and components hold ids",
            "betweenness is nx.betweenness_centrality(G) with its defaults (normalized=True, endpoints=False)",
            "centralization is the Freeman degree centralisation sum(max - deg) / ((n - 1)(n - 2)), 0 for n < 3",
            "components: each sorted, largest first, ties broken by smallest id",
            "reciprocity is null where NetworkX raises for a directed graph without edges; graph.ts returns null there too",
        ],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # One graph per line keeps the file small and its diffs readable. json writes floats with
    # repr(), the shortest string that reads back to the same double.
    compact = {"separators": (",", ":"), "ensure_ascii": False, "allow_nan": False}
    lines = json.dumps(header, indent=1, ensure_ascii=False)[:-2]
    lines += ',\n "graphs": [\n' + ",\n".join("  " + json.dumps(g, **compact) for g in graphs) + "\n ]\n}\n"
    json.loads(lines)
    OUT.write_text(lines, encoding="utf-8")
    print(f"wrote {len(graphs)} graphs to {OUT}")


if __name__ == "__main__":
    main()
