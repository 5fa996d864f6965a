#!/usr/bin/python3
"""Reference values for K-Medoids and the Gower distance (tests/core/test_kmedoids.cpp).

Run from this folder with Debian's /usr/bin/python3 (python3-numpy, python3-sklearn):
    /usr/bin/python3 make_kmedoids_golden.py
It writes mixed.csv (a small mixed-type table with missing values) and kmedoids.json:
- gower: the full Gower distance matrix of mixed.csv computed directly from Gower's formula
  (numeric: |a - b| / range, categorical: mismatch, weights per column, a column is skipped for a
  pair when either value is missing), once with unit weights and once with the weights below;
- pam: for several k, the total deviation and medoids of a brute-force PAM (BUILD, then the single
  best swap, each swap's cost evaluated from scratch, until no swap improves), and for small k
  the exhaustive optimum over all k-subsets;
- hand: tiny cases whose medoids are obvious by construction.
Also Euclidean and Manhattan: the same PAM on the numeric columns min-max scaled by
sklearn.preprocessing.MinMaxScaler (sklearn.metrics.pairwise_distances).
"""
import itertools
import json

import numpy as np
import sklearn
from sklearn.metrics import pairwise_distances, silhouette_samples
from sklearn.preprocessing import MinMaxScaler

rng = np.random.default_rng(12)
N = 36
areas = np.array(["Jakarta", "Bandung", "Surabaya"])
edu = np.array(["SMA", "S1", "S2"])


def make_table():
    # Three loose groups so that k = 3 has a clear answer, plus noise and missing values.
    group = np.repeat([0, 1, 2], N // 3)
    age = np.round(np.array([28.0, 45.0, 62.0])[group] + rng.normal(0, 6, N))
    income = np.round(np.array([80.0, 240.0, 150.0])[group] + rng.normal(0, 30, N))
    area = np.where(rng.random(N) < 0.75, areas[group], areas[rng.integers(0, 3, N)])
    school = np.where(rng.random(N) < 0.6, edu[group], edu[rng.integers(0, 3, N)])
    age[[3, 17]] = np.nan
    income[[5]] = np.nan
    area = area.astype(object)
    area[[8, 30]] = None
    return age, income, area, school


def gower_matrix(num_cols, cat_cols, weights):
    cols = list(num_cols) + list(cat_cols)
    n = len(cols[0])
    num = np.zeros((n, n))
    den = np.zeros((n, n))
    for c, (values, w) in enumerate(zip(cols, weights)):
        is_num = c < len(num_cols)
        if is_num:
            v = np.asarray(values, dtype=float)
            present = ~np.isnan(v)
            rng_ = np.nanmax(v) - np.nanmin(v)
            d = np.abs(v[:, None] - v[None, :]) / rng_ if rng_ > 0 else np.zeros((n, n))
        else:
            present = np.array([x is not None for x in values])
            vals = np.array(["" if x is None else x for x in values], dtype=object)
            d = (vals[:, None] != vals[None, :]).astype(float)
        both = present[:, None] & present[None, :]
        num += np.where(both, w * np.nan_to_num(d), 0.0)
        den += np.where(both, w, 0.0)
    out = np.where(den > 0, num / np.where(den > 0, den, 1), 1.0)
    np.fill_diagonal(out, 0.0)
    return out


def total_deviation(d, medoids):
    return float(d[:, medoids].min(axis=1).sum())


def build(d, k):
    n = len(d)
    medoids = [int(np.argmin(d.sum(axis=0)))]
    near = d[:, medoids[0]].copy()
    while len(medoids) < k:
        gains = [(-1.0 if c in medoids else float(np.maximum(near - d[:, c], 0).sum()))
                 for c in range(n)]
        c = int(np.argmax(gains))
        medoids.append(c)
        near = np.minimum(near, d[:, c])
    return medoids


def pam(d, k):
    medoids = build(d, k)
    current = total_deviation(d, medoids)
    while True:
        best, swap = current, None
        for slot in range(k):
            for c in range(len(d)):
                if c in medoids:
                    continue
                trial = list(medoids)
                trial[slot] = c
                td = total_deviation(d, trial)
                if td < best:
                    best, swap = td, (slot, c)
        if swap is None or not best < current - 1e-12 * current:
            return medoids, current
        medoids[swap[0]] = swap[1]
        current = best


def optimum(d, k):
    best = min(itertools.combinations(range(len(d)), k), key=lambda m: total_deviation(d, list(m)))
    return sorted(best), total_deviation(d, list(best))


def pam_case(d, ks, exhaustive):
    out = []
    for k in ks:
        medoids, td = pam(d, k)
        case = {"k": k, "pam_medoids": medoids, "pam_total_deviation": td}
        if k in exhaustive:
            case["optimum_medoids"], case["optimum_total_deviation"] = optimum(d, k)
        out.append(case)
    return out


def main():
    age, income, area, school = make_table()
    with open("mixed.csv", "w") as f:
        f.write("Usia,Pendapatan,Area,Pendidikan\n")
        for i in range(N):
            fmt = lambda v: "" if np.isnan(v) else repr(float(v))
            f.write(f"{fmt(age[i])},{fmt(income[i])},{area[i] or ''},{school[i]}\n")
    weights = {"Usia": 2.0, "Pendapatan": 1.0, "Area": 0.5, "Pendidikan": 1.5}
    d1 = gower_matrix([age, income], [area, school], [1, 1, 1, 1])
    dw = gower_matrix([age, income], [area, school], list(weights.values()))
    # The Gower silhouette of the k = 3 PAM partition (labels = nearest PAM medoid, ties to the
    # first), from sklearn with the precomputed Gower matrix.
    medoids3 = pam(d1, 3)[0]
    labels3 = d1[:, medoids3].argmin(axis=1)
    sil = silhouette_samples(d1, labels3, metric="precomputed")
    # Euclidean / Manhattan on the complete numeric columns min-max scaled (rows with a missing
    # value left out by the test as well: those rows are listed).
    complete = [i for i in range(N) if not np.isnan(age[i]) and not np.isnan(income[i])]
    x = MinMaxScaler().fit_transform(np.column_stack([age, income])[complete])
    result = {
        "generator": "make_kmedoids_golden.py",
        "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
        "csv": "mixed.csv",
        "weights": weights,
        "gower_unit": d1.tolist(),
        "gower_weighted": dw.tolist(),
        "pam_gower_unit": pam_case(d1, [1, 2, 3, 4, 5], {2, 3}),
        "pam_gower_weighted": pam_case(dw, [3], {3}),
        "silhouette_gower_k3": {"medoids": medoids3, "labels": labels3.tolist(),
                                "samples": sil.tolist(), "mean": float(sil.mean())},
        "complete_rows": complete,
        "pam_euclidean": pam_case(pairwise_distances(x, metric="euclidean"), [2, 3, 4], {3}),
        "pam_manhattan": pam_case(pairwise_distances(x, metric="manhattan"), [2, 3, 4], {3}),
    }
    # Hand cases: two tight groups on a line; the middle point of each group is its medoid.
    hand = np.array([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0], [13.0], [14.0]])
    result["hand_line"] = {"x": hand[:, 0].tolist(), "k": 2, "medoids": [1, 5],
                           "pam": pam_case(pairwise_distances(hand), [2], {2})}
    with open("kmedoids.json", "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
