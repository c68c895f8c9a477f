#!/usr/bin/env bash
# Backtests pollcast on the corpus of other places' elections (src/test/resources/corpus/): for each kit, a fresh
# store is filled by re-ingesting the kit's poll pages as published (its ingest.txt), then every election of the kit
# with a result is backtested. Re-ingesting with the code under test is the point: a reader that regressed shows as
# fewer polls, before any score moves.
#
#   scripts/corpus-backtest.sh OUTDIR [KIT...]          # every kit, or the ones named
#   JAR=/tmp/jar/pollcast.jar scripts/corpus-backtest.sh OUTDIR    # another build (its lib/ beside it)
#   DAYS=1,7 SIMS=20000 FORMAT=json                     # the defaults
#
# Writes OUTDIR/KIT.json (the backtest), OUTDIR/KIT.ingest.log and OUTDIR/KIT.polls (polls stored per election).
# Then: python3 scripts/corpus-summary.py OUTDIR [BASELINE_OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/src/test/resources/corpus"
jar="${JAR:-$here/target/pollcast.jar}"
days="${DAYS:-1,7}"; sims="${SIMS:-20000}"; format="${FORMAT:-json}"
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [KIT...]" >&2; exit 2; }
out="$(mkdir -p "$1" && cd "$1" && pwd)"; shift
[ -f "$jar" ] || { echo "no $jar: build with mvn -q package -DskipTests, or set JAR" >&2; exit 2; }
# The ingests run from inside each kit: a JAR given relative to here must not be read relative to there.
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
kits=("$@")
if [ ${#kits[@]} -eq 0 ]; then
  for d in "$corpus"/*/; do [ -f "$d/ingest.txt" ] && kits+=("$(basename "$d")"); done
fi
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for kit in "${kits[@]}"; do
  dir="$corpus/$kit"
  [ -f "$dir/ingest.txt" ] || { echo "$kit: no $dir/ingest.txt" >&2; continue; }
  db="$work/$kit.db"; log="$out/$kit.ingest.log"; : > "$log"
  # One ingest a line: its arguments, paths relative to the kit (the store and data folder are added here).
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    echo "\$ ingest $line" >> "$log"
    # shellcheck disable=SC2086 # the line is an argument list by design
    # --rejects only goes with --skip-invalid, which the line gives where its source has bad rows.
    (cd "$dir" && eval "set -- $line" && case " $line " in
        *" --skip-invalid "*) set -- --rejects "$work/$kit.rejects.csv" "$@" ;;
      esac && java -jar "$jar" ingest --db "$db" --data data "$@") >> "$log" 2>&1 || echo "(exit $?)" >> "$log"
  done < "$dir/ingest.txt"
  elections=$(cd "$dir/data/elections" && ls *.yaml | sed 's/\.yaml$//')
  : > "$out/$kit.polls"
  for e in $elections; do
    n=$( (cd "$dir" && java -jar "$jar" polls "$e" --db "$db" --data data --format csv 2>/dev/null) | tail -n +2 | wc -l)
    echo "$e $n" >> "$out/$kit.polls"
  done
  (cd "$dir" && java -jar "$jar" backtest --db "$db" --data data --days-before "$days" --sims "$sims" \
      --format "$format") > "$out/$kit.$format" 2>> "$log" || echo "$kit: backtest failed (exit $?), see $log" >&2
  echo "$kit: $(tr '\n' ' ' < "$out/$kit.polls")"
done
