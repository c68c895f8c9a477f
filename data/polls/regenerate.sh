#!/usr/bin/env bash
# Regenerates the bundled polls (data/polls/<election>.csv) from the shared long-format poll files, with pollcast
# itself: ingest into a fresh store, then export. See data/polls/README.md for what comes out and why.
#
#   data/polls/regenerate.sh [SHARED_DATA_DIR]     (default: /work/shared/data)
#
# london-2016, london-2021 and london-2028 are written here. london-2000 ... london-2012 are exported to a
# temporary folder and compared with the bundled files, which are kept: they hold dates estimated from the
# sources' own words for polls the shared file leaves undated (README.md lists them).
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${1:-/work/shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pollcast() { "$root/pollcast" "$@"; }
db="$work/polls.db"

# Mayor: ten polls give neither a fieldwork end nor a publication date; they go to the rejects file.
pollcast ingest "$shared/london_mayor_polls.csv" --db "$db" --skip-invalid --rejects "$work/rejects-mayor.csv"
# Assembly: every row is valid, so any new problem stops the script.
pollcast ingest "$shared/london_assembly_polls.csv" --db "$db"
# Westminster voting intention informs the 2028 mayoralty; one poll names no pollster and is rejected.
pollcast ingest "$shared/london_westminster_polls.csv" --db "$db" --election london-2028 --skip-invalid \
    --rejects "$work/rejects-westminster.csv"

for e in london-2016 london-2021 london-2028; do
    pollcast export "$e" --db "$db" --out "$here/$e.csv"
done
# No 2024 mayoral polls are in the shared files: no london-2024.csv is written (an empty file is not a poll file).

for e in london-2000 london-2004 london-2008 london-2012; do
    pollcast export "$e" --db "$db" --out "$work/$e.csv" >/dev/null
    if ! diff -q "$here/$e.csv" "$work/$e.csv" >/dev/null; then
        echo "$e: the bundled file differs from a fresh export (expected: the estimated dates and the mode column README.md describes):"
        diff "$here/$e.csv" "$work/$e.csv" | grep '^[<>]' | cut -c1-160 || true
    else
        echo "$e: the bundled file is exactly a fresh export"
    fi
done
echo
echo "Rejected rows, as in the source with the reason last (README.md lists them):"
cat "$work/rejects-mayor.csv" "$work/rejects-westminster.csv"
