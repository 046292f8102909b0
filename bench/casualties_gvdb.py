"""How often find_casualties (+ a max over the article) gets killed and injured exactly right; how often find_dates
dates the incident.

GVDB's dev.json carries no killed/injured figures (its spans are places, times, names, ages, weapons, shots), so the
gold figures come from the Gun Violence Archive dev split (data/gva: per-incident num_killed/num_injured, several
articles each), compared per article. GVA counts shooters among the killed, so killed + perpetrators_killed is
compared with num_killed. MUC-4 (raw tst1+tst2 messages and keys, the dev split) adds a date check on terrorism
news: how often a template's exact INCIDENT: DATE is among the dates find_dates reads in the message body
(anchored on the dateline's date; the dateline itself is left out).
Run: python bench/casualties_gvdb.py [--limit N] [--show-errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from strife.config import shared_dir
from strife.evaluate.keys import date_ok, key_dates, parse_keys
from strife.evaluate.muc4_raw import load_docs, split_files
from strife.extract.casualties import CasualtyMention, find_casualties
from strife.extract.dates import find_dateline, find_dates
from strife.model import DatePrecision

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n")


@dataclass
class Case:
    """One article with its incident's gold figures."""

    doc_id: str
    text: str
    published: dt.date | None
    killed: int
    injured: int
    date: dt.date | None


def load_cases(folder: Path) -> list[Case]:
    """Articles with non-empty text whose incident has gold killed/injured figures."""
    gold = {}
    for line in (folder / "incidents_dev.jsonl").open(encoding="utf-8"):
        inc = json.loads(line)
        gold[inc["incident_id"]] = inc
    cases: list[Case] = []
    for line in (folder / "articles_dev.jsonl").open(encoding="utf-8"):
        art = json.loads(line)
        inc = gold.get(art["incident_id"])
        if not art.get("text", "").strip() or inc is None or inc.get("num_killed") is None:
            continue
        published = dt.date.fromisoformat(art["published"]) if art.get("published") else None
        date = dt.date.fromisoformat(inc["date"]) if inc.get("date") else None
        cases.append(Case(art["doc_id"], art["text"], published, inc["num_killed"], inc["num_injured"] or 0, date))
    return cases


def sentences(text: str) -> list[tuple[int, str]]:
    """A quick sentence split (offset, sentence): enough for a per-sentence normaliser."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, text[start : m.start()]))
        start = m.end()
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def _max(mentions: list[CasualtyMention], role: str) -> int:
    values = [m.count.value for m in mentions if m.role == role and m.count.value is not None]
    return max(values, default=0)


def predict(per_sentence: list[list[CasualtyMention]], lead: int | None) -> tuple[int, int]:
    """(killed incl. attackers, injured): a max over the article, or over its first `lead` sentences with a victim."""
    chosen = per_sentence
    if lead is not None:
        chosen = [s for s in per_sentence if any(m.role in ("killed", "wounded", "perpetrators_killed") for m in s)]
        chosen = chosen[:lead]
    flat = [m for s in chosen for m in s]
    return _max(flat, "killed") + _max(flat, "perpetrators_killed"), _max(flat, "wounded")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show-errors", type=int, default=0)
    args = parser.parse_args()
    cases = load_cases(shared_dir() / "data" / "gva")[: args.limit]

    t0, c0 = time.perf_counter(), time.process_time()
    per_case = [[find_casualties(s, off) for off, s in sentences(c.text)] for c in cases]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    n_sent = sum(len(p) for p in per_case)

    print(f"GVA dev: {len(cases)} articles with text and gold figures, {n_sent} sentences")
    print(f"find_casualties: {elapsed:.2f} s wall, {cpu:.2f} s CPU ({1000 * cpu / max(n_sent, 1):.2f} ms CPU/sentence)")
    zero_k = sum(c.killed == 0 for c in cases) / len(cases)
    zero_i = sum(c.injured == 0 for c in cases) / len(cases)
    print(f"baseline 'always 0': killed {zero_k:.1%}  injured {zero_i:.1%}")
    for label, lead in (("whole article", None), ("first sentence with a victim", 1), ("first 2 such", 2)):
        k_ok = i_ok = both = 0
        errors: Counter[str] = Counter()
        shown = 0
        for c, per in zip(cases, per_case, strict=True):
            k, i = predict(per, lead)
            k_ok += k == c.killed
            i_ok += i == c.injured
            both += k == c.killed and i == c.injured
            errors["killed over" if k > c.killed else "killed under" if k < c.killed else "killed ok"] += 1
            errors["injured over" if i > c.injured else "injured under" if i < c.injured else "injured ok"] += 1
            if lead is None and shown < args.show_errors and (k, i) != (c.killed, c.injured):
                shown += 1
                print(f"--- {c.doc_id}: gold k={c.killed} i={c.injured}, predicted k={k} i={i}")
                for s in per:
                    for m in s:
                        print(f"      {m.role:22} {m.count.value!s:>5} {m.text!r} {m.agent or ''}")
        n = len(cases)
        print(
            f"{label:30} killed exact {k_ok / n:.1%}  injured exact {i_ok / n:.1%}  both {both / n:.1%}  "
            f"({', '.join(f'{k} {v}' for k, v in sorted(errors.items()) if 'ok' not in k)})"
        )

    # dates: the first day-precision date in the article vs the incident's gold date
    dated = [c for c in cases if c.published and c.date]
    hit = near = none = 0
    for c in dated:
        days = [d for d in find_dates(c.text, c.published) if d.value.precision == DatePrecision.day]
        if not days:
            none += 1
            continue
        got = dt.date.fromisoformat(days[0].value.value or "")
        hit += got == c.date
        near += abs((got - c.date).days) <= 1
    print(
        f"dates: {len(dated)} articles; first day-precision date == gold {hit / len(dated):.1%}, "
        f"within a day {near / len(dated):.1%}, none found {none / len(dated):.1%}"
    )
    muc_dates(shared_dir() / "data" / "muc4" / "raw")


def muc_dates(raw_dir: Path) -> None:
    """Templates with one exact key day: is it among the message's resolved dates (any; the first day-precision)?"""
    n = any_ok = first_ok = 0
    for split in ("tst1", "tst2"):
        texts, keys = split_files(raw_dir, split)
        docs = load_docs(texts)
        for key_file in keys:
            templates, _ = parse_keys(key_file.read_text(encoding="latin-1"))
            for t in templates:
                doc, kd = docs.get(t.docid), key_dates(t)
                if doc is None or doc.published is None or not kd or any(k.kind != "day" for k in kd):
                    continue
                dateline = find_dateline(doc.text)
                body_start = dateline.end if dateline else 0
                found = [d for d in find_dates(doc.text, doc.published) if d.start >= body_start]
                n += 1
                any_ok += any(d.value.precision == DatePrecision.day and date_ok(kd, d.value) for d in found)
                days = [d for d in found if d.value.precision == DatePrecision.day]
                first_ok += bool(days) and date_ok(kd, days[0].value)
    print(
        f"MUC-4 tst1+tst2: {n} templates with an exact key day; among the message's days {any_ok / max(n, 1):.1%}, "
        f"first day-precision date {first_ok / max(n, 1):.1%}"
    )


if __name__ == "__main__":
    main()
