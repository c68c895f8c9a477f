#!/usr/bin/env python3
"""The Assembly on election night, replayed on a past election: declare k of its 14 official Assembly constituency
results (data/results/london_assembly_constituency_results.csv) in random orders, run `pollcast live
--declared-assembly`, and report per k: the mean probability the model gives each undeclared constituency's actual
winner; the mean absolute error of the seats of the parties that won seats, and how many of those actual seat
counts fell in the 5-95% range; the mean absolute error of the projected list shares of the parties that won 5% or
more of the list (data/results/london_assembly_list_results.csv); and the seats misplaced (half the summed absolute
seat error over every party). Usage, from the repository root:

    python3 scripts/live-assembly-check.py [election] [orders] [sims]     # defaults london-2021, 5 and 20000

2016, 2021 and 2024 can be replayed (2012's constituency rows are incomplete).
"""
import csv, json, os, random, subprocess, sys, tempfile

election = sys.argv[1] if len(sys.argv) > 1 else "london-2021"
orders = int(sys.argv[2]) if len(sys.argv) > 2 else 5
sims = sys.argv[3] if len(sys.argv) > 3 else "20000"
year = election.rsplit("-", 1)[1]
# The parties that have won seats or 5% of the list since 2016, by the names the results files use.
ids = {"Labour": "lab", "Conservative": "con", "Green": "grn", "Liberal Democrats": "ld", "UKIP": "ukip",
       "Reform UK": "reform"}
rows = [r for r in csv.DictReader(open("data/results/london_assembly_constituency_results.csv")) if r["year"] == year]
seats = sorted({r["constituency"] for r in rows})
winner = {r["constituency"]: ids[r["party"]] for r in rows if r["elected"] == "1"}
lists = [r for r in csv.DictReader(open("data/results/london_assembly_list_results.csv")) if r["year"] == year]
total = sum(int(r["votes"]) for r in lists)
actual = {ids[r["party"]]: int(r["list_seats"]) + int(r["constituency_seats"])
          for r in lists if int(r["list_seats"]) + int(r["constituency_seats"]) > 0}
share = {ids[r["party"]]: 100 * int(r["votes"]) / total for r in lists if 100 * int(r["votes"]) / total >= 5}
rng = random.Random(7)
tmp = tempfile.mkdtemp()
print(f"{election}: seats {actual}, list shares (5% or more) " + ", ".join(f"{p} {s:.2f}" for p, s in share.items()))
print("| declared | p(actual winner), undeclared | seat MAE | actual seats in 90% range | list share MAE | seats misplaced |")
print("|---|---|---|---|---|---|")
for k in [0, 1, 3, 5, 7, 10, 13, 14]:
    p_sum = mae_sum = inside = list_sum = misplaced = n = 0
    for o in range(orders if 0 < k < len(seats) else 1):
        chosen = set(rng.sample(seats, k))
        path = os.path.join(tmp, f"{k}_{o}.csv")
        with open(path, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow(["constituency", "party", "candidate", "votes"])
            for r in rows:
                if r["constituency"] in chosen:
                    w.writerow([r["constituency"], r["party"], r["candidate"], r["votes"]])
        run = subprocess.run(
            ["./pollcast", "live", election, "--declared-assembly", path, "--format", "json", "--sims", sims,
             "--db", os.path.join(tmp, "store.db")],
            capture_output=True, text=True, check=True)
        a = json.loads(run.stdout)["assembly"]
        ps = [c["pWin"].get(winner[c["name"]], 0) for c in a["constituencies"] if c["name"] not in chosen]
        party = {p["id"]: p for p in a["parties"]}
        p_sum += sum(ps) / len(ps) if ps else float("nan")
        mae_sum += sum(abs(party[x]["seatsMean"] - actual[x]) for x in actual) / len(actual)
        inside += sum(party[x]["seatsP05"] <= actual[x] <= party[x]["seatsP95"] for x in actual)
        list_sum += sum(abs(party[x]["listShare"]["mean"] - s) for x, s in share.items()) / len(share)
        misplaced += sum(abs(p["seatsMean"] - actual.get(p["id"], 0)) for p in a["parties"]) / 2
        n += 1
    p_text = "-" if k == len(seats) else f"{p_sum / n:.3f}"
    print(f"| {k} | {p_text} | {mae_sum / n:.2f} | {inside} of {len(actual) * n} | {list_sum / n:.2f} |"
          f" {misplaced / n:.2f} |", flush=True)
