#!/usr/bin/env bash
# Issue 5: Tidemark beside Liquibase 4.33.0, Flyway 13.12.1 and the JDBC floor, each a process of its
# own, on the local PostgreSQL and MariaDB and on embedded H2. One command:
#   bench/run.sh            the issue's cases: fresh update of 100, 1,000, 5,000 and 10,000; no-op,
#                           status and validate with 10,000 applied; 10 new on 10,000 applied;
#                           update-sql offline; JVM start. 5 measured runs after 1 warm-up. Hours.
#   bench/run.sh --quick    N = 100 and 1,000, 1,000 applied, 3 runs after 1 warm-up.
#   bench/run.sh --quick --db postgresql --cases fresh,noop      any CompareBenchmark option after it
# Writes bench/results/compare.md (--out FILE elsewhere). Options: --db --cases --n --base --reps
# --warmup --tools --format --work --out --pg-url --mariadb-url --timeout (see CompareBenchmark).
# Environment: BUILD_DIR_NAME (target), MVN_ARGS (e.g. -o), SKIP_BUILD=1 reuses the built jars.
# Needs GNU time at /usr/bin/time (peak RSS) and the databases running (see the README's Development).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR_NAME=${BUILD_DIR_NAME:-target}
MVN_ARGS=${MVN_ARGS:-}
COMMAND="bench/run.sh $*"

if [ ! -x /usr/bin/time ]; then
    echo "run.sh needs GNU time at /usr/bin/time (peak RSS of each process)." >&2
    echo "Install it: on Debian/Ubuntu 'apt-get install -y time' (as root), on Fedora 'dnf install time'." >&2
    exit 1
fi

ARGS=()
for a in "$@"; do
    if [ "$a" = --quick ]; then
        ARGS+=(--n 100,1000 --base 1000 --reps 3 --warmup 1)
    else
        ARGS+=("$a")
    fi
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "building cli/$BUILD_DIR_NAME/tidemark.jar and bench/$BUILD_DIR_NAME (Liquibase, Flyway, drivers)" >&2
    # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
    (cd "$ROOT" && mvn -B -q -Pbench -Dbuild.dir.name="$BUILD_DIR_NAME" $MVN_ARGS package -DskipTests -pl cli,bench -am)
fi

exec java -cp "$ROOT/bench/$BUILD_DIR_NAME/tidemark-bench.jar" dev.tidemark.bench.compare.CompareBenchmark \
    --root "$ROOT" --build-dir "$BUILD_DIR_NAME" --command "$COMMAND" "${ARGS[@]}"
