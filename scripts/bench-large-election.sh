#!/usr/bin/env bash
# Times pollcast on one election with far more polls than any real one: ingesting N synthetic polls
# (default 500,000) into a new store, then `pollcast average` over them. For each step GNU time reports
# wall clock, CPU and peak resident memory. The CSV and the store go to a temporary folder, removed at
# the end. Not a test: the figures depend on the machine and on what else it runs.
#
# Usage: scripts/bench-large-election.sh [N] [ELECTION]
# Needs python3 (to write the CSV) and GNU time as /usr/bin/time (apt-get install time).
set -euo pipefail
n=${1:-500000}
election=${2:-london-2008}
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The layout of BenchCommand's synthetic wide CSV: distinct keys (pollster, client, date), four london-2008
# mayoral candidates plus others, shares summing to 100, fieldwork within 300 days before polling day.
python3 - "$n" "$work/polls.csv" <<'PY'
import datetime, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20260501)
polling_day = datetime.date(2008, 5, 1)
pollsters = ["YouGov", "Ipsos MORI", "ICM", "ComRes", "Survation", "Opinium", "Populus", "MRUK"]
options = ["johnson", "livingstone", "paddick", "berry"]
with open(out, "w") as f:
    f.write("pollster,client,fieldwork_start,fieldwork_end,sample_size,scope," + ",".join(options) + ",other\n")
    for i in range(n):
        end = polling_day - datetime.timedelta(days=1 + rng.randrange(300))
        w = [(40 if j < 2 else 8) * (0.8 + 0.4 * rng.random()) for j in range(len(options) + 1)]
        shares = ",".join(str(round(1000 * x / sum(w)) / 10) for x in w)
        f.write(f"{rng.choice(pollsters)},Bench client {i},{end - datetime.timedelta(days=2)},{end},"
                f"{500 + rng.randrange(1500)},first_pref,{shares}\n")
PY
echo "$n synthetic polls for $election: $(du -h "$work/polls.csv" | cut -f1) of CSV; $(nproc) cores"

step() {
  local label=$1; shift
  /usr/bin/time -o "$work/time" -f "%e s wall, %U s user + %S s system CPU, %M kB peak RSS" \
    "$here/pollcast" "$@" --db "$work/store.db" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  printf '%-8s %s\n         %s\n' "$label" "$(tail -n 1 "$work/time")" "$(grep -v '^note:' "$work/out" | head -n 1)"
}
step ingest ingest --election "$election" "$work/polls.csv"
step average average "$election"
