#!/usr/bin/python3
"""Writes resources/sample/fundfusion_sample.csv: a synthetic FundFusion-style customer table.

The table has the same 18 columns, order and vocabularies as the public FundFusion bootcamp file
(../shared/data/fundfusion_clustering_data.csv), but every row is drawn from the latent customer
types below; no real row or value sequence is copied. Marginals were tuned to be close to the real
file's. The type drives both demographics and product ownership, so clustering on one side reveals
differences on the other. The type itself is NOT written to the CSV.

Generation uses only the standard library and numpy (fixed seed). The check at the end (skipped
with --no-check) uses scikit-learn and prints the numbers quoted in README.md.

    /usr/bin/python3 resources/sample/generate_sample.py
"""
import argparse
import json
import os

import numpy as np

SEED = 20240601
N_ROWS = 5000

AREAS = ["Jakarta", "Bandung", "Surabaya", "Solo", "Jogja", "Bogor"]
AREA_SHARES = [0.25, 0.246, 0.178, 0.178, 0.106, 0.042]
CHANNELS = ["Telemarketing", "Aplikasi Digital", "Cabang", "Internet Banking"]
VINTAGES = ["< 1 Tahun", "2 - 3 Tahun", "> 4 Tahun"]
GENDERS = ["Laki-laki", "Perempuan"]
STATUSES = ["Menikah", "Belum Menikah", "Cerai", "Janda/Duda"]
EDUCATION = ["Tidak Sekolah Formal", "SD", "SMP", "SMA", "Sarjana", "Magister", "Doktor"]
PRODUCTS = ["Produk_Tabungan", "Produk_Deposito", "Produk_Kartu_Kredit", "Produk_Kredit_Rumah",
            "Produk_Kredit_Kendaraan", "Produk_Kredit_Dana_Tunai"]
COLUMNS = (["GCIF", "Area", "Jalur_Pembukaan", "Vintage", "Usia", "Jenis_Kelamin",
            "Status_Perkawinan", "Jumlah_Anak", "Pendidikan"] + PRODUCTS +
           ["Total_Kepemilikan_Produk", "Pendapatan_Tahunan", "Total_Relationship_Balance"])
BALANCE_MIN, BALANCE_MAX = 1028, 897_931_542

# Latent customer types. Each entry: share of rows; age range (uniform, years); income range
# (thousands/yr, uniform, plus an age effect); weights over CHANNELS, VINTAGES, STATUSES and
# EDUCATION; children weights for non-single customers (0..4); ownership probability per product
# (order of PRODUCTS); balance draw (see draw_balance).
TYPES = {
    "young_digital_saver": dict(
        share=0.22, age=(20, 35), income=(90, 300),
        channel=[0.10, 0.50, 0.05, 0.35], vintage=[0.75, 0.22, 0.03],
        status=[0.12, 0.85, 0.03, 0.00], education=[0.01, 0.03, 0.05, 0.35, 0.46, 0.08, 0.02],
        children=[0.55, 0.35, 0.10, 0.00, 0.00],
        products=[1.00, 0.30, 0.20, 0.05, 0.02, 0.30], balance="young"),
    "family_borrower": dict(
        share=0.30, age=(32, 54), income=(300, 600),
        channel=[0.35, 0.10, 0.45, 0.10], vintage=[0.20, 0.65, 0.15],
        status=[0.82, 0.00, 0.08, 0.10], education=[0.08, 0.20, 0.10, 0.20, 0.30, 0.08, 0.04],
        children=[0.00, 0.25, 0.30, 0.25, 0.20],
        products=[0.98, 0.62, 0.12, 0.97, 0.40, 0.62], balance="family"),
    "affluent_depositor": dict(
        share=0.18, age=(48, 70), income=(520, 900),
        channel=[0.25, 0.05, 0.35, 0.35], vintage=[0.10, 0.40, 0.50],
        status=[0.40, 0.05, 0.20, 0.35], education=[0.02, 0.05, 0.05, 0.10, 0.33, 0.25, 0.20],
        children=[0.30, 0.25, 0.25, 0.20, 0.00],
        products=[0.70, 0.98, 0.30, 0.60, 0.08, 0.25], balance="affluent"),
    "cash_loan_card_user": dict(
        share=0.18, age=(30, 56), income=(110, 340),
        channel=[0.75, 0.10, 0.10, 0.05], vintage=[0.40, 0.50, 0.10],
        status=[0.25, 0.30, 0.30, 0.15], education=[0.20, 0.30, 0.20, 0.20, 0.08, 0.02, 0.00],
        children=[0.20, 0.20, 0.20, 0.20, 0.20],
        products=[1.00, 0.45, 0.85, 0.55, 0.10, 0.98], balance="cash_loan"),
    "background": dict(  # no structure: every column from the real file's overall shares
        share=0.12, age=(20, 70), income=(80, 900),
        channel=[0.365, 0.221, 0.208, 0.206], vintage=[0.33, 0.496, 0.174],
        status=[0.421, 0.29, 0.145, 0.144], education=[0.09, 0.186, 0.09, 0.181, 0.273, 0.088, 0.092],
        children=[0.25, 0.25, 0.25, 0.15, 0.10],
        products=[0.93, 0.60, 0.33, 0.59, 0.16, 0.54], balance="background"),
}


def draw_types(rng, n):
    """Returns the latent type index (into TYPES) of each of n customers."""
    shares = np.array([t["share"] for t in TYPES.values()])
    return rng.choice(len(TYPES), size=n, p=shares / shares.sum())


def pick(rng, labels, weights, size):
    """Draws `size` labels with the given weights (normalised)."""
    w = np.asarray(weights, dtype=float)
    return np.asarray(labels, dtype=object)[rng.choice(len(labels), size=size, p=w / w.sum())]


def draw_balance(rng, kind, n):
    """Total_Relationship_Balance (IDR) for n customers of one balance kind; heavy right tail."""
    if kind == "young":        # tens of millions, log-uniform; 2% near-empty new accounts
        b = np.exp(rng.uniform(np.log(1e7), np.log(2.2e8), n))
        tiny = rng.random(n) < 0.02
        b[tiny] = np.exp(rng.uniform(np.log(BALANCE_MIN), np.log(1e6), tiny.sum()))
    elif kind == "family":     # mid balances: mortgage + savings relationship
        b = rng.uniform(8e7, 4.2e8, n)
    elif kind == "affluent":   # 300M and up, density falling towards ~900M
        b = 3e8 + 6e8 * rng.beta(1.0, 2.5, n)
    elif kind == "cash_loan":  # low to mid balances
        b = rng.uniform(5e6, 3.0e8, n)
    else:                      # background: like the bulk of the real file
        b = rng.uniform(BALANCE_MIN, 4.7e8, n)
    return np.clip(np.rint(b), BALANCE_MIN, BALANCE_MAX).astype(np.int64)


def draw_gcif(rng, n):
    """Customer ids "G#####": mostly unique, ~8% of rows reuse another row's id (as the real file)."""
    ids = rng.choice(30000, size=n, replace=False)
    repeat = rng.random(n) < 0.08
    ids[repeat] = ids[rng.integers(0, n, repeat.sum())]
    return np.array(["G%05d" % i for i in ids], dtype=object)


def generate(seed=SEED, n=N_ROWS):
    """Builds the table as a dict column -> numpy array, plus the latent type per row."""
    rng = np.random.default_rng(seed)
    kind = draw_types(rng, n)
    cols = {c: np.empty(n, dtype=object) for c in COLUMNS}
    usia = np.zeros(n)
    income = np.zeros(n)
    products = np.zeros((n, len(PRODUCTS)), dtype=np.int64)
    balance = np.zeros(n, dtype=np.int64)
    for t, spec in enumerate(TYPES.values()):
        rows = np.flatnonzero(kind == t)
        m = rows.size
        cols["Jalur_Pembukaan"][rows] = pick(rng, CHANNELS, spec["channel"], m)
        cols["Vintage"][rows] = pick(rng, VINTAGES, spec["vintage"], m)
        cols["Status_Perkawinan"][rows] = pick(rng, STATUSES, spec["status"], m)
        cols["Pendidikan"][rows] = pick(rng, EDUCATION, spec["education"], m)
        children = rng.choice(5, size=m, p=spec["children"])
        children[cols["Status_Perkawinan"][rows] == "Belum Menikah"] = 0
        cols["Jumlah_Anak"][rows] = children
        lo, hi = spec["age"]
        usia[rows] = rng.integers(lo, hi + 1, m)
        # Income rises with age inside each type (the real file: corr(Usia, income) = 0.54).
        a = (usia[rows] - lo) / max(hi - lo, 1)
        ilo, ihi = spec["income"]
        income[rows] = ilo + (ihi - ilo) * np.clip(0.6 * rng.random(m) + 0.4 * a, 0, 1)
        products[rows] = rng.random((m, len(PRODUCTS))) < np.array(spec["products"])
        balance[rows] = draw_balance(rng, spec["balance"], m)
    # Only older customers go without a savings account (as in the real file: Usia >= 50).
    products[usia < 50, 0] = 1
    products[products.sum(axis=1) == 0, 0] = 1  # everyone owns at least one product
    cols["GCIF"] = draw_gcif(rng, n)
    cols["Area"] = pick(rng, AREAS, AREA_SHARES, n)
    cols["Jenis_Kelamin"] = pick(rng, GENDERS, [0.665, 0.335], n)
    # As in the real file, Usia is missing exactly for the Janda/Duda rows.
    widowed = cols["Status_Perkawinan"] == "Janda/Duda"
    cols["Usia"] = np.where(widowed, "", usia.astype(np.int64).astype(str))
    for j, p in enumerate(PRODUCTS):
        cols[p] = products[:, j]
    cols["Total_Kepemilikan_Produk"] = products.sum(axis=1)
    cols["Pendapatan_Tahunan"] = np.clip(np.rint(income), 80, 900).astype(np.int64)
    cols["Total_Relationship_Balance"] = balance
    return cols, kind


def write_csv(path, cols):
    """Writes the table with CRLF line ends (as the real file). No field needs quoting."""
    n = len(cols["GCIF"])
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(",".join(COLUMNS) + "\r\n")
        for i in range(n):
            f.write(",".join(str(cols[c][i]) for c in COLUMNS) + "\r\n")


# How the columns are shown (labels in Indonesian, the language of the column names; IDR is a
# currency; Pendapatan_Tahunan is stored in millions of rupiah). Read by the desktop program when
# the sample is opened; a project file carries the user's own.
DISPLAY = [
    ("GCIF", "ID nasabah (GCIF)", "", "units"),
    ("Area", "Area", "", "units"),
    ("Jalur_Pembukaan", "Jalur pembukaan", "", "units"),
    ("Vintage", "Lama menjadi nasabah", "", "units"),
    ("Usia", "Usia", "tahun", "units"),
    ("Jenis_Kelamin", "Jenis kelamin", "", "units"),
    ("Status_Perkawinan", "Status perkawinan", "", "units"),
    ("Jumlah_Anak", "Jumlah anak", "", "units"),
    ("Pendidikan", "Pendidikan", "", "units"),
    ("Produk_Tabungan", "Tabungan", "", "units"),
    ("Produk_Deposito", "Deposito", "", "units"),
    ("Produk_Kartu_Kredit", "Kartu kredit", "", "units"),
    ("Produk_Kredit_Rumah", "KPR", "", "units"),
    ("Produk_Kredit_Kendaraan", "Kredit kendaraan", "", "units"),
    ("Produk_Kredit_Dana_Tunai", "Kredit dana tunai", "", "units"),
    ("Total_Kepemilikan_Produk", "Jumlah produk", "", "units"),
    ("Pendapatan_Tahunan", "Pendapatan tahunan", "IDR", "millions"),
    ("Total_Relationship_Balance", "Saldo relasi", "IDR", "units"),
]


def write_display(path):
    """Writes the gugus-display file (labels, units, scales) next to the CSV."""
    assert [d[0] for d in DISPLAY] == COLUMNS
    columns = [{"column": c, "label": label, "unit": unit, "scale": scale}
               for c, label, unit, scale in DISPLAY]
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"format": "gugus-display", "version": 1, "columns": columns}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")


def check(path, kind):
    """Reads the CSV back and prints marginals and the segment-structure checks (sklearn)."""
    import pandas as pd
    from sklearn.cluster import KMeans
    from sklearn.metrics import adjusted_rand_score
    from sklearn.preprocessing import StandardScaler

    df = pd.read_csv(path)
    assert list(df.columns) == COLUMNS and len(df) == len(kind)
    assert (df["Total_Kepemilikan_Produk"] == df[PRODUCTS].sum(axis=1)).all()
    assert df["Usia"].isna().equals(df["Status_Perkawinan"] == "Janda/Duda")
    names = list(TYPES)
    print(f"rows {len(df)}, distinct GCIF {df.GCIF.nunique()}, Usia missing {df.Usia.isna().sum()}")
    print("type shares:", {names[t]: round(float(np.mean(kind == t)), 3) for t in range(len(names))})
    for c in ["Area", "Jalur_Pembukaan", "Vintage", "Jenis_Kelamin", "Status_Perkawinan",
              "Pendidikan", "Jumlah_Anak", "Total_Kepemilikan_Produk"]:
        print(c, df[c].value_counts(normalize=True).round(3).to_dict())
    print("product rates", df[PRODUCTS].mean().round(3).to_dict())
    for c in ["Usia", "Pendapatan_Tahunan", "Total_Relationship_Balance"]:
        q = df[c].quantile([0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]).round(0).tolist()
        print(c, "quantiles 0/10/25/50/75/90/100%:", q)

    # Demographics only: age (median-imputed), children, income, education and vintage ranks.
    demo = pd.DataFrame({
        "Usia": df.Usia.fillna(df.Usia.median()), "Jumlah_Anak": df.Jumlah_Anak,
        "Pendapatan_Tahunan": df.Pendapatan_Tahunan,
        "Pendidikan": df.Pendidikan.map({e: i for i, e in enumerate(EDUCATION)}),
        "Vintage": df.Vintage.map({v: i for i, v in enumerate(VINTAGES)})})
    xd = StandardScaler().fit_transform(demo)
    demo_labels = KMeans(n_clusters=4, n_init=10, random_state=0).fit_predict(xd)
    structured = kind != names.index("background")
    print("demographics KMeans k=4: ARI vs latent type (all rows) %.3f, (typed rows) %.3f" % (
        adjusted_rand_score(kind, demo_labels),
        adjusted_rand_score(kind[structured], demo_labels[structured])))
    prof = df[PRODUCTS].assign(cluster=demo_labels, n=1).groupby("cluster")
    print("product rates per demographics cluster:")
    print(prof[PRODUCTS].mean().round(2).to_string(), "\nsizes", prof.n.sum().tolist())

    # Products only (+ balance): do the clusters differ in demographics?
    xp = StandardScaler().fit_transform(df[PRODUCTS + ["Total_Relationship_Balance"]])
    prod_labels = KMeans(n_clusters=4, n_init=10, random_state=0).fit_predict(xp)
    print("products KMeans k=4: ARI vs latent type %.3f" % adjusted_rand_score(kind, prod_labels))
    prof = demo.assign(cluster=prod_labels).groupby("cluster")
    print("demographics per products cluster (means):")
    print(prof.mean().round(1).to_string())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "fundfusion_sample.csv"))
    parser.add_argument("--no-check", action="store_true", help="skip the sklearn check")
    args = parser.parse_args()
    cols, kind = generate()
    write_csv(args.out, cols)
    print("wrote", args.out)
    display = os.path.splitext(args.out)[0] + ".display.json"
    write_display(display)
    print("wrote", display)
    if not args.no_check:
        check(args.out, kind)


if __name__ == "__main__":
    main()
