#!/usr/bin/env python3
"""Reference bootstrap intervals for DESIGN §5.9, computed independently of the TypeScript code.

Writes src/domain/fixtures/bootstrap-intervals.json, which src/domain/bootstrap.test.ts compares
against to 1e-9, so the tests never need Python. Regenerate with

    python3 scripts/bootstrap-fixtures.py

(Debian: python3 and python3-numpy). The output is deterministic: the rounds come from fixed seeds.

What is implemented here, from the documentation (docs/measurement.md, src/domain/bootstrap.ts)
and not from the TypeScript code:
  - the scores of §5.2 with the minimum information, recomputed from scratch for every resample
    (a respondent drawn twice is simply in the list twice);
  - xoshiro128** 1.1 seeded with the first 16 bytes of SHA-256 of the stream's name (four
    little-endian 32-bit words), a draw below n being (u * n) >> 32;
  - the resampling: N respondents (ordered by id) per network-level replicate; per dyad n draws of
    its counting respondents for trust, then for value, one output per replicate picking one of the
    n**n ordered resamples when n <= 4;
  - numpy's default ("linear") percentiles at 2.5 and 97.5, leaving out replicates without a value.
"""

import hashlib
import json
import random
import struct
from pathlib import Path

import numpy as np

B = 2000
SEED_PREFIX = "ketenregie-bootstrap-v1"
ASPECTS = ["ambition", "interests", "relationship", "organisation", "process"]
TRUST = ["reliability", "openness", "mission"]
VALUE = ["influence", "resources", "involvement"]
MASK = 0xFFFFFFFF
OUT = Path(__file__).resolve().parent.parent / "src" / "domain" / "fixtures" / "bootstrap-intervals.json"


class Xoshiro128:
    def __init__(self, text):
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        self.s = list(struct.unpack("<4I", digest[:16]))
        if self.s == [0, 0, 0, 0]:
            self.s[0] = 1

    def next(self):
        s = self.s
        rotl = lambda x, k: ((x << k) | (x >> (32 - k))) & MASK
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 9) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        return result

    def below(self, n):
        return (self.next() * n) >> 32


def norm(answer):
    return (answer - 1) / 4 * 100


def answered(x):
    return x is not None


def dyad_mean(rating, items):
    """Mean of the answered items when at least two of three are answered, else None."""
    values = [norm(rating.get(i)) for i in items if answered(rating.get(i))]
    return sum(values) / len(values) if len(values) >= 2 else None


def aspect_mean(answers):
    if answers is None or len(answers) < 2:
        return None  # a missing item is not "don't know"
    a, b = answers[0], answers[1]
    if answered(a) and answered(b):
        return (norm(a) + norm(b)) / 2
    if answered(a) and b is None:
        return norm(a)
    if a is None and answered(b):
        return norm(b)
    return None


def mean(xs):
    return sum(xs) / len(xs) if xs else None


def network_scores(responses, partner_ids):
    """Every network-level score of §5.2 for a list of responses (duplicates count twice)."""
    known = set(partner_ids)
    dyads = {}  # (from, to) -> {"trust": [...], "value": [...], "openness": [...]}
    respondent_means = []
    aspects = {a: [] for a in ASPECTS}
    agreements = {}
    for r in responses:
        trusts = []
        for to, rating in r["partners"].items():
            if to == r["partnerId"] or to not in known:
                continue
            d = dyads.setdefault((r["partnerId"], to), {"trust": [], "value": [], "openness": []})
            t = dyad_mean(rating, TRUST)
            v = dyad_mean(rating, VALUE)
            if t is not None:
                d["trust"].append(t)
                trusts.append(t)
            if v is not None:
                d["value"].append(v)
            if answered(rating.get("openness")):
                d["openness"].append(norm(rating["openness"]))
        if trusts:
            respondent_means.append(mean(trusts))
        for a in ASPECTS:
            s = aspect_mean(r["aspects"].get(a))
            if s is not None:
                aspects[a].append(s)
        for gid, answer in r["agreements"].items():
            g = agreements.setdefault(gid, {"importance": [], "adherence": []})
            for key in ("importance", "adherence"):
                if answered(answer.get(key)):
                    g[key].append(norm(answer[key]))

    out = {}
    for measure, name in (("trust", "networkTrust"), ("value", "networkValue"), ("openness", "openness")):
        out[name] = mean([mean(d[measure]) for d in dyads.values() if d[measure]])
    out["dispersion"] = float(np.std(respondent_means)) if respondent_means else None
    for a in ASPECTS:
        out["aspect:" + a] = mean(aspects[a])
    for p in partner_ids:
        for measure, name in (("trust", "receivedTrust"), ("value", "receivedValue")):
            out[name + ":" + p] = mean([mean(d[measure]) for (f, to), d in dyads.items() if to == p and d[measure]])
    for gid, g in agreements.items():
        imp, adh = mean(g["importance"]), mean(g["adherence"])
        out["importance:" + gid] = imp
        out["adherence:" + gid] = adh
        out["gap:" + gid] = imp - adh if imp is not None and adh is not None else None
    return out


def respondents_behind(responses, partner_ids):
    """How many distinct respondents each network-level score rests on (the >= 2 rule)."""
    counts = {}
    for r in responses:
        single = {}
        for name, value in network_scores([r], partner_ids).items():
            single[name] = value is not None
        for name, has in single.items():
            counts[name] = counts.get(name, 0) + (1 if has else 0)
    return counts


def interval(values):
    kept = [v for v in values if v is not None]
    if not kept:
        return None
    low, high = np.percentile(np.array(kept, dtype=float), [2.5, 97.5])
    return [float(low), float(high)]


def network_replicates(round_id, responses, partner_ids):
    ordered = sorted(responses, key=lambda r: r["respondentId"])
    generator = Xoshiro128(f"{SEED_PREFIX}\0{round_id}\0respondents")
    n = len(ordered)
    replicates = []
    for _ in range(B):
        resample = [ordered[generator.below(n)] for _ in range(n)]
        replicates.append(network_scores(resample, partner_ids))
    return replicates


def dyad_values(responses, partner_ids, frm, to, items):
    ordered = sorted((r for r in responses if r["partnerId"] == frm), key=lambda r: r["respondentId"])
    values = []
    for r in ordered:
        rating = r["partners"].get(to)
        if rating is None:
            continue
        m = dyad_mean(rating, items)
        if m is not None:
            values.append(m)
    return values


def resample_means(generator, values):
    n = len(values)
    if n < 2:
        return None
    means = []
    for _ in range(B):
        if n <= 4:
            t = generator.below(n ** n)
            picks = [(t // n ** j) % n for j in range(n)]
        else:
            picks = [generator.below(n) for _ in range(n)]
        means.append(sum(values[i] for i in picks) / n)
    return means


def dyad_replicates(round_id, responses, partner_ids, frm, to):
    generator = Xoshiro128(f"{SEED_PREFIX}\0{round_id}\0dyad\0{frm}\0{to}")
    trust = resample_means(generator, dyad_values(responses, partner_ids, frm, to, TRUST))
    value = resample_means(generator, dyad_values(responses, partner_ids, frm, to, VALUE))
    return trust, value


def expected_intervals(round_id, responses, partner_ids):
    known = set(partner_ids)
    scoped = [r for r in responses if r["partnerId"] in known]
    point = network_scores(scoped, partner_ids)
    behind = respondents_behind(scoped, partner_ids)
    replicates = network_replicates(round_id, scoped, partner_ids)
    network = {}
    for name, value in point.items():
        if name.startswith("gap:"):
            # The gap needs importance and adherence each on two respondents.
            gid = name[4:]
            enough = min(behind.get("importance:" + gid, 0), behind.get("adherence:" + gid, 0)) >= 2
        else:
            enough = behind.get(name, 0) >= 2
        network[name] = interval([rep.get(name) for rep in replicates]) if value is not None and enough else None

    pairs = sorted({(r["partnerId"], to) for r in scoped for to in r["partners"] if to != r["partnerId"] and to in known})
    dyads = {}
    trust_replicates = {}
    for frm, to in pairs:
        trust, value = dyad_replicates(round_id, scoped, partner_ids, frm, to)
        trust_replicates[(frm, to)] = trust
        dyads[f"{frm}>{to}"] = {"trust": interval(trust) if trust else None, "value": interval(value) if value else None}
    differences = []
    for frm, to in pairs:
        if not frm < to or (to, frm) not in trust_replicates:
            continue
        there = dyad_values(scoped, partner_ids, frm, to, TRUST)
        back = dyad_values(scoped, partner_ids, to, frm, TRUST)
        if not there or not back:
            continue
        a, b = trust_replicates[(frm, to)], trust_replicates[(to, frm)]
        differences.append({"a": frm, "b": to, "interval": interval([x - y for x, y in zip(a, b)]) if a and b else None})
    return {"network": network, "dyads": dyads, "trustDifferences": differences}, replicates


def rating(rng, p_missing=0.15, half=False):
    def answer():
        if rng.random() < p_missing:
            return None
        value = rng.randint(1, 5)
        return value - 0.5 if half and value > 1 and rng.random() < 0.2 else value

    return {"level": rng.randint(0, 5), **{item: answer() for item in TRUST + VALUE}}


def random_round(seed, partners, respondents_per_partner, half=False):
    rng = random.Random(seed)
    ids = [f"p{i}" for i in range(partners)]
    responses = []
    for i, own in enumerate(ids):
        for k in range(respondents_per_partner[i]):
            rated = [p for p in ids if p != own and rng.random() < 0.8]
            aspects = {}
            for a in ASPECTS:
                shape = rng.random()
                if shape < 0.1:
                    aspects[a] = [rng.randint(1, 5)]  # an item missing altogether
                elif shape < 0.25:
                    aspects[a] = [rng.randint(1, 5), None]
                else:
                    aspects[a] = [rng.randint(1, 5), rng.randint(1, 5)]
            responses.append({
                "respondentId": f"r-{seed}-{own}-{k}",
                "partnerId": own,
                "aspects": aspects,
                "agreements": {"g1": {"importance": rng.choice([None, 2, 3, 4, 5]), "adherence": rng.choice([None, 1, 2, 3, 4])}},
                "partners": {p: rating(rng, half=half) for p in rated},
            })
    rng.shuffle(responses)  # the order the answers are read in must not matter
    return ids, responses


def edge_round():
    """Hand-made edges: one trust item of three, [3] against [3, null], a dyad on one respondent."""
    full = lambda t, v: {"level": 3, "reliability": t, "openness": t, "mission": t, "influence": v, "resources": v, "involvement": v}
    responses = [
        {"respondentId": "a1", "partnerId": "A", "aspects": {"process": [3, None], "ambition": [4, 5]}, "agreements": {"g": {"importance": 5, "adherence": 2}},
         "partners": {"B": full(4, 3), "C": {"level": 1, "reliability": 2, "openness": None, "mission": None, "influence": 4, "resources": 4, "involvement": None}}},
        {"respondentId": "a2", "partnerId": "A", "aspects": {"process": [3], "ambition": [2, 2]}, "agreements": {"g": {"importance": 4, "adherence": None}},
         "partners": {"B": full(2, 5), "C": full(3, 3)}},
        {"respondentId": "a3", "partnerId": "A", "aspects": {"process": [5, 4], "ambition": [None, None]}, "agreements": {},
         "partners": {"B": {"level": 2, "reliability": 5, "openness": None, "mission": 4, "influence": None, "resources": None, "involvement": 1}}},
        {"respondentId": "b1", "partnerId": "B", "aspects": {"process": [1, 2]}, "agreements": {"g": {"importance": 3, "adherence": 3}},
         "partners": {"A": full(3, 2), "C": full(5, 5)}},
        {"respondentId": "b2", "partnerId": "B", "aspects": {"process": [2, None]}, "agreements": {"g": {"importance": 5, "adherence": 1}},
         "partners": {"A": full(1, 1)}},
        {"respondentId": "c1", "partnerId": "C", "aspects": {}, "agreements": {}, "partners": {"A": full(5, 4), "B": full(4, 4)}},
    ]
    return ["A", "B", "C"], responses


def main():
    rounds = []
    edge_ids, edge = edge_round()
    cases = [
        ("edge", "round-edge-1", edge_ids, edge),
        ("edge, another round id", "round-edge-2", edge_ids, edge),
        ("two respondents", "round-two", ["A", "B"], [edge[0], edge[3]]),
    ]
    ids, responses = random_round(11, 5, [1, 2, 3, 4, 6])
    cases.append(("random, up to six respondents per partner", "round-random-1", ids, responses))
    ids, responses = random_round(12, 4, [2, 2, 3, 5], half=True)
    cases.append(("random, with half-point answers off the lattice", "round-random-2", ids, responses))
    series = []
    for t in range(3):
        ids, responses = random_round(20 + t, 4, [2, 3, 2, 3])
        cases.append((f"series round {t + 1}", f"round-series-{t + 1}", ids, responses))
    replicates_by_round = {}
    for name, round_id, partner_ids, responses in cases:
        expected, replicates = expected_intervals(round_id, responses, partner_ids)
        replicates_by_round[round_id] = replicates
        rounds.append({"name": name, "roundId": round_id, "partnerIds": partner_ids, "responses": responses, "expected": expected})
    first = replicates_by_round["round-series-1"]
    last = replicates_by_round["round-series-3"]
    change = [l["networkTrust"] - f["networkTrust"] for f, l in zip(first, last) if f["networkTrust"] is not None and l["networkTrust"] is not None]
    series.append({"first": "round-series-1", "last": "round-series-3", "score": "networkTrust", "interval": interval(change)})

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"replicates": B, "numpy": np.__version__, "rounds": rounds, "changes": series}, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT} ({len(rounds)} rounds)")


if __name__ == "__main__":
    main()
