#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server (Debian's postgresql package):
#   bash .ci/postgres.sh COMMAND [ARGS...]
# initdb + pg_ctl in a temporary directory as an unprivileged user, on a free port, with
#   fundfusion   the bundled sample (resources/sample/fundfusion_sample.csv)
#   wide_1m      1,000,000 rows x 18 columns (ids, numbers, flags, booleans, text; seeded)
# then COMMAND with GUGUS_TEST_PG (a socket URL, trust), GUGUS_TEST_PG_TCP and
# GUGUS_TEST_PG_PASSWORD (a role that must log in with a password over TCP) and
# GUGUS_REQUIRE_POSTGRES=1 (the PostgreSQL tests fail instead of skipping); the server is stopped
# and the directory removed however COMMAND ends. Exit status: COMMAND's.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

bindir=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" ]]; then
    echo "postgres.sh: no PostgreSQL server installed (apt-get install postgresql)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/gugus-pg.XXXXXX)
# initdb refuses to run as root: the cluster belongs to an unprivileged user.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    owner=$(getent passwd postgres > /dev/null && echo postgres || echo nobody)
    chown "$owner" "$dir"
    as_owner=(runuser -u "$owner" --)
fi
# Owner-only permissions must not stop other users reading the sample: load it through stdin.
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U gugus --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
    start > /dev/null

psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U gugus)
"${psql[@]}" -d postgres -c "CREATE DATABASE gugus"
password="gugus-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
"${psql[@]}" -d gugus -c "CREATE ROLE gugus_pw LOGIN PASSWORD '$password'" \
    -c "GRANT ALL ON SCHEMA public TO gugus_pw"

"${psql[@]}" -d gugus <<'SQL'
CREATE TABLE fundfusion (
    "GCIF" text, "Area" text, "Jalur_Pembukaan" text, "Vintage" text, "Usia" integer,
    "Jenis_Kelamin" text, "Status_Perkawinan" text, "Jumlah_Anak" integer, "Pendidikan" text,
    "Produk_Tabungan" integer, "Produk_Deposito" integer, "Produk_Kartu_Kredit" integer,
    "Produk_Kredit_Rumah" integer, "Produk_Kredit_Kendaraan" integer,
    "Produk_Kredit_Dana_Tunai" integer, "Total_Kepemilikan_Produk" integer,
    "Pendapatan_Tahunan" double precision, "Total_Relationship_Balance" double precision);
SQL
"${psql[@]}" -d gugus -c "\\copy fundfusion FROM STDIN (FORMAT csv, HEADER)" \
    < "$root/resources/sample/fundfusion_sample.csv"
"${psql[@]}" -d gugus -c "GRANT SELECT ON fundfusion TO gugus_pw"

# 1,000,000 x 18: what the benchmark reads; setseed makes every run load the same rows.
"${psql[@]}" -d gugus <<'SQL'
SELECT setseed(0.42) \g /dev/null
CREATE TABLE wide_1m AS
SELECT g AS customer_id,
       (random() * 60 + 18)::int AS age,
       round((random() * 900 + 100)::numeric, 2)::double precision AS income,
       (random() * 1e9)::double precision AS balance,
       (random() * 10)::int AS products,
       (random() * 4)::int AS children,
       (random() < 0.5)::int AS has_savings,
       (random() < 0.3)::int AS has_deposit,
       (random() < 0.2)::int AS has_card,
       random() < 0.1 AS has_mortgage,
       random() < 0.15 AS has_car_loan,
       random() * 100 AS score_a,
       random() * 100 AS score_b,
       random() * 100 AS score_c,
       (array['Jakarta','Bandung','Surabaya','Medan','Solo'])[1 + (g % 5)] AS area,
       (array['Cabang','Telemarketing','Digital'])[1 + (g % 3)] AS channel,
       (array['SMA','Sarjana','Magister','Doktor'])[1 + (g % 4)] AS education,
       (random() * 20)::int AS vintage_years
FROM generate_series(1, 1000000) AS g;
ANALYZE wide_1m;
SQL

export GUGUS_TEST_PG="postgresql://gugus@:$port/gugus?host=$dir"
export GUGUS_TEST_PG_TCP="postgresql://gugus_pw@127.0.0.1:$port/gugus"
export GUGUS_TEST_PG_PASSWORD="$password"
export GUGUS_REQUIRE_POSTGRES=1
status=0
"$@" || status=$?
exit $status
