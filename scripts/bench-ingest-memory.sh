#!/usr/bin/env bash
# Peak memory and time of `pollcast ingest` on large poll files: for each size (in MB, default 50 and 200) a
# wide CSV of synthetic london-2008 polls of about that size is written and ingested into a new store, with
# the JVM's default heap. GNU time reports wall clock, CPU and peak resident memory. Ingest streams, so the
# peaks should be about the same for every size. The files and stores go to a temporary folder, removed at
# the end. Not a test: the figures depend on the machine and on what else it runs.
#
# Usage: scripts/bench-ingest-memory.sh [MB ...]
# Needs python3 (to write the CSV) and GNU time as /usr/bin/time (apt-get install time).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ $# -gt 0 ] || set -- 50 200
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for mb in "$@"; do
  # The layout of scripts/bench-large-election.sh: distinct keys (pollster, client, date), four london-2008
  # mayoral candidates plus others, shares summing to 100, fieldwork within 300 days before polling day.
  python3 - "$mb" "$work/polls-$mb.csv" <<'PY'
import datetime, random, sys
limit, out = int(sys.argv[1]) << 20, sys.argv[2]
rng = random.Random(20260501)
polling_day = datetime.date(2008, 5, 1)
pollsters = ["YouGov", "Ipsos MORI", "ICM", "ComRes", "Survation", "Opinium", "Populus", "MRUK"]
options = ["johnson", "livingstone", "paddick", "berry"]
size, i = 0, 0
with open(out, "w") as f:
    line = "pollster,client,fieldwork_start,fieldwork_end,sample_size,scope," + ",".join(options) + ",other\n"
    while size + len(line) <= limit:
        f.write(line)
        size += len(line)
        end = polling_day - datetime.timedelta(days=1 + rng.randrange(300))
        w = [(40 if j < 2 else 8) * (0.8 + 0.4 * rng.random()) for j in range(len(options) + 1)]
        shares = ",".join(str(round(1000 * x / sum(w)) / 10) for x in w)
        line = (f"{rng.choice(pollsters)},Bench client {i},{end - datetime.timedelta(days=2)},{end},"
                f"{500 + rng.randrange(1500)},first_pref,{shares}\n")
        i += 1
PY
  rows=$(($(wc -l < "$work/polls-$mb.csv") - 1))
  /usr/bin/time -o "$work/time" -f "%e s wall, %U s user + %S s system CPU, %M kB peak RSS" \
    "$here/pollcast" ingest --election london-2008 "$work/polls-$mb.csv" --db "$work/store-$mb.db" \
    > "$work/out" 2> "$work/err" || { tail -n 20 "$work/err" >&2; exit 1; }
  printf '%4d MB (%d polls, %d cores): %s\n          %s\n' "$mb" "$rows" "$(nproc)" "$(tail -n 1 "$work/time")" \
    "$(head -n 1 "$work/out")"
  rm -f "$work/polls-$mb.csv" "$work/store-$mb.db"
done
