#!/usr/bin/env bash
# Issue 2's speed measurement: reading a generated changelog of N (10,000) changesets.
#   1. builds the CLI jar and the bench jar (skip with SKIP_BUILD=1),
#   2. runs ParseBenchmark in-process under -Xmx256m (a heap need above that fails the run),
#   3. times RUNS (5) whole `tidemark validate` processes per format under -Xmx256m,
#   4. writes bench/results/parse.md.
# Settings (environment): N, RUNS, HEAP (256m), BUILD_DIR_NAME (target; set it when other builds
# share the tree), MVN_ARGS (e.g. -o), OUT (bench/results/parse.md), SKIP_BUILD=1.
# Needs GNU time at /usr/bin/time for wall seconds and max RSS; on Debian/Ubuntu: apt-get install -y time
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-10000}
RUNS=${RUNS:-5}
HEAP=${HEAP:-256m}
BUILD_DIR_NAME=${BUILD_DIR_NAME:-target}
MVN_ARGS=${MVN_ARGS:-}
OUT=${OUT:-$ROOT/bench/results/parse.md}
CLI_JAR=$ROOT/cli/$BUILD_DIR_NAME/tidemark.jar
BENCH_JAR=$ROOT/bench/$BUILD_DIR_NAME/tidemark-bench.jar

if [ ! -x /usr/bin/time ]; then
    echo "run-parse.sh needs GNU time at /usr/bin/time (wall seconds and max RSS of each process)." >&2
    echo "Install it: on Debian/Ubuntu 'apt-get install -y time' (as root), on Fedora 'dnf install time'." >&2
    exit 1
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "building $CLI_JAR and $BENCH_JAR" >&2
    # shellcheck disable=SC2086 # MVN_ARGS is a list of arguments
    (cd "$ROOT" && mvn -B -q -Pbench -Dbuild.dir.name="$BUILD_DIR_NAME" $MVN_ARGS package -DskipTests -pl cli,bench -am)
fi

WORK=$(mktemp -d -t tidemark-parse-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

echo "in-process: java -Xmx$HEAP -jar $BENCH_JAR $N" >&2
java -Xmx"$HEAP" -jar "$BENCH_JAR" "$N" > "$WORK/in-process.md"

echo "generating $N changesets into $WORK/changelogs" >&2
java -cp "$BENCH_JAR" dev.tidemark.bench.ChangeLogGenerator generate "$N" "$WORK/changelogs" > /dev/null

{
    echo "| file | runs | min s | median s | max s | median CPU s (user+sys, all threads) | max RSS MB (largest run) | target: median ≤ 1.5 s |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
} > "$WORK/process.md"
for fmt in yaml json xml; do
    : > "$WORK/times-$fmt.txt"
    for _ in $(seq "$RUNS"); do
        # %e wall seconds, %M max resident set size in KB, %U %S user and system CPU seconds
        if ! /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" \
                java -Xmx"$HEAP" -jar "$CLI_JAR" validate --changelog-file "changelog.$fmt" \
                --search-path "$WORK/changelogs" > "$WORK/validate.out" 2>&1; then
            echo "validate of changelog.$fmt failed:" >&2
            cat "$WORK/validate.out" "$WORK/time.txt" >&2
            exit 1
        fi
        tail -n 1 "$WORK/time.txt" >> "$WORK/times-$fmt.txt"
    done
    echo "changelog.$fmt: $(tr '\n' ';' < "$WORK/times-$fmt.txt")" >&2
    cpu_median=$(awk '{ print $3 + $4 }' "$WORK/times-$fmt.txt" | sort -n | awk '
        { v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    sort -n "$WORK/times-$fmt.txt" | awk -v file="changelog.$fmt" -v cpu="$cpu_median" '
        { wall[NR] = $1; if ($2 > rss) rss = $2 }
        END {
            median = NR % 2 ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2
            printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.0f | %s |\n", file, NR, wall[1], median, wall[NR], cpu,
                rss / 1024, median <= 1.5 ? "met" : "MISSED"
        }' >> "$WORK/process.md"
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$(dirname "$OUT")"
{
    echo "# Parse and validate speed (issue 2)"
    echo
    echo "Targets: a generated changelog of 10,000 changesets is read in under 1 s per format in-process"
    echo "after warm-up; a whole \`validate\` process takes well under 2 s (≤ 1.5 s); the heap stays under"
    echo "256 MB (every run here has -Xmx$HEAP, so a larger need would have failed the run)."
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) CPUs ($(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1)),"\
         "memory total $(free -h | awk '/^Mem:/ { print $2 }')"
    echo "- load average (1, 5, 15 min) at start: $LOAD_START; at end: $LOAD_END"
    echo "- java: $(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
    echo "- source: commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" \
        status --porcelain 2>/dev/null | grep -q . && echo ' plus uncommitted changes in the working tree')"
    echo "- command: \`N=$N RUNS=$RUNS HEAP=$HEAP bench/run-parse.sh\`"
    echo "- generator: \`ChangeLogGenerator\` standard mix, seed 20250601 (same files on every run)"
    echo
    echo "## In-process parse (ParseBenchmark)"
    echo
    echo "\`java -Xmx$HEAP -jar bench/$BUILD_DIR_NAME/tidemark-bench.jar $N\`"
    echo
    cat "$WORK/in-process.md"
    echo
    echo "## Whole validate process"
    echo
    echo "$RUNS runs per format of \`/usr/bin/time -f \"%e %M %U %S\" java -Xmx$HEAP -jar cli/$BUILD_DIR_NAME/tidemark.jar"\
         "validate --changelog-file changelog.<fmt> --search-path <dir>\` (JVM start included)."
    echo
    cat "$WORK/process.md"
} > "$OUT"
echo "wrote $OUT" >&2
cat "$OUT"
