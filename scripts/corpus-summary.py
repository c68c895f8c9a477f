#!/usr/bin/env python3
"""Pools the corpus backtest (scripts/corpus-backtest.sh OUTDIR) over every kit, and compares it with a baseline run.

    python3 scripts/corpus-summary.py OUTDIR [BASELINE_OUTDIR] [--kits] [--kinds] [--firms]

Over the model's forecasts: the share of actual results inside the 50% and 90% ranges, the mean log score of the
actual shares (lower is better), the winner's mean log loss, and the summed first-preference MAE beside last week's
polls' (over the forecasts that have both). With a baseline, the same for it over the forecasts both runs made, and
the forecasts whose MAE or log loss moved most. --kits adds a line per kit; --kinds a line per kind of forecast, as
docs/calibration.md's tables give them: first rounds from 4 polls or more, from 1 to 3, from none (a baseline), and
second rounds (scored on the winner's range); --firms a line per number of pollsters a first round's average rested on
(as its source line says), the cut docs/calibration.md's firm-count table gives.
"""
import json, os, re, sys


def load(outdir):
    rows = {}
    for f in sorted(os.listdir(outdir)):
        if not f.endswith('.json'):
            continue
        kit = f[:-5]
        try:
            with open(os.path.join(outdir, f)) as h:
                data = json.load(h)
        except (ValueError, OSError):
            print(f'{kit}: no backtest JSON', file=sys.stderr)
            continue
        for r in data.get('rows', []):
            key = (kit, r['election'], r['daysBefore'], r.get('round', 1))
            rows.setdefault(key, {})[r['method']] = r
    return rows


def pooled(rows, keys):
    n = in50 = in90 = 0
    scores, losses, mae, naive = [], [], 0.0, 0.0
    for k in keys:
        m = rows[k].get('model')
        if not m:
            continue
        n += m['scored'] or 0
        in50 += m['in50'] or 0
        in90 += m['in90'] or 0
        if m.get('logScore') is not None:
            scores.append(m['logScore'])
        if m.get('logLoss') is not None:
            losses.append(m['logLoss'])
        w = rows[k].get('last-week')
        if m.get('mae') is not None and w and w.get('mae') is not None:
            mae += m['mae']
            naive += w['mae']
    mean = lambda xs: sum(xs) / len(xs) if xs else float('nan')
    return dict(forecasts=len(keys), shares=n, in50=in50 / n if n else float('nan'),
                in90=in90 / n if n else float('nan'), logScore=mean(scores), logLoss=mean(losses),
                mae=mae, naiveMae=naive)


def kind(key, model):
    """The kind of forecast a row is, by its election's label and the polls its average rested on."""
    if 'second round' in key[1]:
        return 'second rounds'
    polls = model.get('polls') or 0
    return 'first, 4+ polls' if polls >= 4 else 'first, 1-3 polls' if polls >= 1 else 'first, no poll'


def firms(key, model):
    """A first round's pollsters, as its source line counts them ("average of 8 polls from 7 pollsters"), in bands."""
    if 'second round' in key[1]:
        return None
    m = re.search(r'from (\d+) pollsters?', model.get('source') or '')
    if not m:
        return None
    n = int(m.group(1))
    return '1 pollster' if n == 1 else '2 pollsters' if n == 2 else '3-4 pollsters' if n <= 4 else \
        '5-7 pollsters' if n <= 7 else '8+ pollsters'


def line(label, p):
    return (f"{label:<16} {p['forecasts']:>4} forecasts {p['shares']:>5} shares  50%: {p['in50']:.1%}  "
            f"90%: {p['in90']:.1%}  log score {p['logScore']:.3f}  winner's log loss {p['logLoss']:.4f}  "
            f"summed MAE {p['mae']:.1f} (last week's polls {p['naiveMae']:.1f})")


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    rows = load(args[0])
    if len(args) == 1:
        keys = sorted(rows)
        print(line('run', pooled(rows, keys)))
    else:
        base = load(args[1])
        keys = sorted(set(rows) & set(base))
        print(line('run', pooled(rows, keys)))
        print(line('baseline', pooled(base, keys)))
        moved = []
        for k in keys:
            a, b = rows[k].get('model'), base[k].get('model')
            if a and b:
                d = (a.get('mae') or 0) - (b.get('mae') or 0)
                dl = (a.get('logLoss') or 0) - (b.get('logLoss') or 0)
                if abs(d) > 0.05 or abs(dl) > 0.02:
                    moved.append((abs(d) + abs(dl), k, d, dl, a, b))
        def num(x, fmt):
            # A forecast with no scored candidate (a count naming none on 5%) has no MAE: said, not a crash.
            return '-' if x is None else format(x, fmt)
        for _, k, d, dl, a, b in sorted(moved, key=lambda m: m[0], reverse=True)[:25]:
            print(f"  {k[1]} {k[2]}d r{k[3]}: MAE {num(b.get('mae'), '.2f')} -> {num(a.get('mae'), '.2f')}, "
                  f"log loss {num(b.get('logLoss'), '.3f')} -> {num(a.get('logLoss'), '.3f')}")
        only = sorted(set(rows) ^ set(base))
        if only:
            print(f"  {len(only)} forecasts in one run only: {', '.join(f'{k[1]} {k[2]}d' for k in only[:10])}")
    if '--kits' in argv:
        for kit in sorted({k[0] for k in keys}):
            print(line(kit, pooled(rows, [k for k in keys if k[0] == kit])))
    if '--kinds' in argv:
        for label in ('first, 4+ polls', 'first, 1-3 polls', 'first, no poll', 'second rounds'):
            of = [k for k in keys if rows[k].get('model') and kind(k, rows[k]['model']) == label]
            if of:
                print(line(label, pooled(rows, of)))
    if '--firms' in argv:
        for label in ('1 pollster', '2 pollsters', '3-4 pollsters', '5-7 pollsters', '8+ pollsters'):
            of = [k for k in keys if rows[k].get('model') and firms(k, rows[k]['model']) == label]
            if of:
                print(line(label, pooled(rows, of)))


if __name__ == '__main__':
    main(sys.argv[1:])
