#!/usr/bin/env python3
"""The Assembly on election night, checked on 2021: declare k of the 14 official Assembly constituency results
(data/results/london_assembly_constituency_results.csv, LE2021) in random orders, run `pollcast live
--declared-assembly`, and report per k the mean probability the model gives each undeclared constituency's
actual winner, the mean absolute error of the seats of Labour, Conservative, Green and Lib Dem (actual 11, 9, 3,
2), and how many of those actual seat counts fell in the 5-95% range. Usage, from the repository root:

    python3 scripts/live-assembly-check.py [orders] [sims]     # defaults 5 and 20000
"""
import csv, json, os, random, subprocess, sys, tempfile

orders = int(sys.argv[1]) if len(sys.argv) > 1 else 5
sims = sys.argv[2] if len(sys.argv) > 2 else "20000"
rows = [r for r in csv.DictReader(open("data/results/london_assembly_constituency_results.csv")) if r["year"] == "2021"]
seats = sorted({r["constituency"] for r in rows})
winner = {r["constituency"]: {"Labour": "lab", "Conservative": "con"}[r["party"]] for r in rows if r["elected"] == "1"}
actual = {"lab": 11, "con": 9, "grn": 3, "ld": 2}
rng = random.Random(7)
tmp = tempfile.mkdtemp()
print("| declared | p(actual winner), undeclared | seat MAE | actual seats in 90% range |")
print("|---|---|---|---|")
for k in [0, 1, 3, 5, 7, 10, 13]:
    p_sum = mae_sum = inside = n = 0
    for o in range(orders if k > 0 else 1):
        chosen = set(rng.sample(seats, k))
        path = os.path.join(tmp, f"{k}_{o}.csv")
        with open(path, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow(["constituency", "party", "candidate", "votes"])
            for r in rows:
                if r["constituency"] in chosen:
                    w.writerow([r["constituency"], r["party"], r["candidate"], r["votes"]])
        run = subprocess.run(
            ["./pollcast", "live", "london-2021", "--declared-assembly", path, "--format", "json", "--sims", sims],
            capture_output=True, text=True, check=True)
        a = json.loads(run.stdout)["assembly"]
        ps = [c["pWin"].get(winner[c["name"]], 0) for c in a["constituencies"] if c["name"] not in chosen]
        party = {p["id"]: p for p in a["parties"]}
        p_sum += sum(ps) / len(ps)
        mae_sum += sum(abs(party[x]["seatsMean"] - actual[x]) for x in actual) / len(actual)
        inside += sum(party[x]["seatsP05"] <= actual[x] <= party[x]["seatsP95"] for x in actual)
        n += 1
    print(f"| {k} | {p_sum / n:.3f} | {mae_sum / n:.2f} | {inside} of {4 * n} |", flush=True)
