#!/usr/bin/env bash
# Scores the first ROWS rows of a blob CSV inside PostgreSQL with the model's exported SQL and
# prints the server's time for it (docs/scale.md). Runs inside .ci/postgres.sh's throwaway server:
#   bash .ci/postgres.sh bash tests/bench/score_in_postgres.sh build MODEL.json BLOBS.csv ROWS
set -euo pipefail
build=$1
model=$2
csv=$3
rows=$4
psql=(psql -X -q -v ON_ERROR_STOP=1 "$GUGUS_TEST_PG")
columns=$(head -n 1 "$csv")
"${psql[@]}" -c "CREATE TABLE blobs (${columns//,/ double precision, } double precision)"
start=$(date +%s%N)
head -n $((rows + 1)) "$csv" | "${psql[@]}" -c "\\copy blobs FROM STDIN (FORMAT csv, HEADER)"
echo "load: $((($(date +%s%N) - start) / 1000000)) ms for $rows rows"
"${psql[@]}" -c "VACUUM ANALYZE blobs"
sql=$("$build/app/gugus-cli" model-sql "$model" --table blobs)
# CREATE TABLE AS runs the whole SELECT on the server; \timing prints its time.
"${psql[@]}" -c '\timing on' -c "CREATE TABLE scored AS ${sql%;}"
"${psql[@]}" -c "SELECT segment, count(*) FROM scored GROUP BY segment ORDER BY segment"
