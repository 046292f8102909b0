"""`strife bench gvdb`: the extractor's date, city and weapon on Gun Violence Database dev articles.

Each article (tokens re-joined into text) goes through the extractor; the article's main report with the highest
confidence is compared with the gold; an article with no report gets every asked field wrong.

GVDB's `date` is the article's date (when it was published or collected), not the incident's: where an article
opens with a full date ("CITY, Ind. (Dec. 2, 2015) –"), that date and `date` agree within a day in 34 of the 43
dev articles whose first 300 characters carry one (most others are years-old stories), while the incidents they
report are often days older ("a fatal shooting ... last week", "On Wednesday, Nov. 25"). An earlier version of
this bench compared the report's date with `date` as if it were the incident's and ran without a publication
date, which could not be right. Now `date` is lent to the extractor as the publication date (as `strife run` has
it from a feed or page), and matching per field is:

- date: GVDB labels no incident date, so what is checked is that the report is dated to a day the text gives, and
  anchored right: precision `day` (a span of days counts by its first day), within the DATE_WINDOW_DAYS days up to
  the article date, or one day after it (the opening date is the day after `date` in 6 of the 43). A report
  with no date, only a month or year, or a day outside that window is wrong. This is a weaker test than an incident
  date key; `--no-published` withholds the article date (then only dates that carry their year can be right).
- city: the report's city or place name equals a gold DAT-CITY mention, or one contains the other word-wise
  ('West Philadelphia' ~ 'Philadelphia'); case, accents, punctuation and spaces inside a name ('DeSoto' ~
  'De Soto') ignored, 'St.' read as 'Saint'. Asked where a DAT-CITY exists.
- weapon: asked where a CIR-WEAPON span exists; right when the report's weapons hold that span's GTD type
  (firearms, or melee for blades).
- killed / injured: this dev.json carries no victim-outcome labels (only VIC-NAME/AGE/RACE spans), so they are
  not scored here; the GVA bench scores counts.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from strife.evaluate.keys import Tally, norm
from strife.ingest.clean import repair_characters
from strife.model import DatePrecision, DateValue, Report

FIELDS: tuple[str, ...] = ("date", "city", "weapon")
# Local news reports incidents of the last few days; "last Monday" read on a Monday reaches 7 days back.
DATE_WINDOW_DAYS = 7

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]}%]|'s\b|’s\b|n't\b|’)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")
# GVDB's tokens split a hyphenated word ("18-year - old", "self - inflicted"): between two lower-case words (or a
# digit and one) a hyphen with a space each side is the word's own (753 in dev; "say - and" dashes are rare)
_SPLIT_HYPHEN = re.compile(r"\b([a-z0-9]+) - (?=[a-z])")


def detokenize(sentences: list[list[str]]) -> str:
    """Tokens back into readable text: one sentence after another, no space before closing punctuation, a
    lower-case hyphenated word whole again ("18-year-old")."""
    text = " ".join(" ".join(tokens) for tokens in sentences)
    return _SPLIT_HYPHEN.sub(r"\1-", _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text)))


def page_text(sentences: list[list[str]]) -> str:
    """The article as a scraped page gives it: GVDB's first sentence is the page title ("... | Fox 59 ."), on a line
    of its own, then the body (one line: GVDB keeps no paragraph breaks), its characters repaired as ingest repairs
    them (`repair_characters`: "Milwaukee?s", "&#39;")."""
    text = detokenize(sentences) if len(sentences) < 2 else detokenize(sentences[:1]) + "\n" + detokenize(sentences[1:])
    return repair_characters(text)


@dataclass
class GvdbDoc:
    doc_key: str
    text: str
    date: str | None  # the article's date (YYYY-MM-DD or YYYY-MM), from the gold `date`
    cities: list[str]
    weapons: list[str]


def gold_date(value: str | None) -> str | None:
    """'2015-2-8' → '2015-02-08'; '2015-6-' → '2015-06'."""
    parts = [int(p) for p in (value or "").split("-") if p.isdigit()]
    if len(parts) >= 3:
        return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"
    if len(parts) == 2:
        return f"{parts[0]:04d}-{parts[1]:02d}"
    return None


def load_docs(path: Path) -> list[GvdbDoc]:
    out: list[GvdbDoc] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        spans = obj.get("spans", [])
        out.append(
            GvdbDoc(
                doc_key=str(obj["doc_key"]),
                text=page_text(obj["full_text"]),
                date=gold_date(obj.get("date")),
                cities=[s[3].strip() for s in spans if s[2] == "DAT-CITY"],
                weapons=[s[3].strip() for s in spans if s[2] == "CIR-WEAPON"],
            )
        )
    return out


def published_date(doc: GvdbDoc) -> dt.date | None:
    """The article's date as a publication date (None when GVDB gives only a month)."""
    return dt.date.fromisoformat(doc.date) if doc.date and len(doc.date) == 10 else None


def date_ok(doc: GvdbDoc, value: DateValue) -> bool:
    """A day the text gives, within the window up to the article's date (see the module docstring)."""
    article = published_date(doc)
    if article is None or value.precision != DatePrecision.day or not value.value:
        return False
    try:
        day = dt.date.fromisoformat(value.value[:10])
    except ValueError:
        return False
    return article - dt.timedelta(days=DATE_WINDOW_DAYS) <= day <= article + dt.timedelta(days=1)


def weapon_type(mention: str) -> str:
    return "melee" if re.search(r"\b(knife|knives|blade|machete|stab)", mention.lower()) else "firearms"


def _words_within(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if a.replace(" ", "") == b.replace(" ", ""):
        return bool(a)  # "DeSoto" ~ "De Soto"
    return bool(a and b) and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def main_report(reports: list[Report]) -> Report | None:
    """The article's main report with the highest confidence (else any report)."""
    ranked = sorted(reports, key=lambda r: (r.kind != "main", -r.confidence))
    return ranked[0] if ranked else None


def check(doc: GvdbDoc, r: Report | None) -> list[tuple[str, bool, str]]:
    out: list[tuple[str, bool, str]] = []
    if doc.date:
        said = f"{r.date.value} ({r.date.precision})" if r else "-"
        out.append(("date", r is not None and date_ok(doc, r.date), said))
    if doc.cities:
        loc = r.location if r else None
        names = [n for n in (loc.city, loc.name) if n] if loc else []
        said = f"{loc.name} / {loc.city} / {loc.admin1} ({loc.precision})" if loc else "-" if r is None else "none"
        out.append(("city", any(_words_within(c, n) for c in doc.cities for n in names), said))
    if doc.weapons:
        want = weapon_type(doc.weapons[0])
        out.append(("weapon", r is not None and want in r.weapons, ",".join(r.weapons) if r else "-"))
    return out


@dataclass
class GvdbError:
    doc_key: str
    field: str
    gold: str
    said: str


@dataclass
class GvdbResult:
    fields: dict[str, Tally]
    no_report: int
    errors: list[GvdbError] = field(default_factory=list)
    seconds: float = 0.0

    def format(self, examples: int = 5) -> str:
        lines = [f"{'field':<10}{'right':>7}{'asked':>7}{'%':>8}"]
        for name, t in self.fields.items():
            lines.append(f"{name:<10}{t.right:>7}{t.asked:>7}{100 * t.right / max(t.asked, 1):>8.1f}")
        lines.append(f"articles with no report: {self.no_report}; killed/injured: not labelled in this file")
        for name in FIELDS:
            errs = [e for e in self.errors if e.field == name]
            classes = Counter(_classify(e) for e in errs)
            if classes:
                lines.append(f"\n{name}: largest error classes")
            for cls, n in classes.most_common(4):
                lines.append(f"  {n:>4}  {cls}")
                for e in [e for e in errs if _classify(e) == cls][:examples]:
                    lines.append(f"          doc {e.doc_key}: gold {e.gold!r} / said {e.said!r}")
        return "\n".join(lines)


def _classify(e: GvdbError) -> str:
    if e.said == "-":
        return "no report for the article"
    if e.said in ("", "none", "None (unknown)"):
        return "report lacks the field"
    if e.field == "date":
        if "(day)" not in e.said:
            return "no day (a week, month or year only)"
        return "day after the article date" if e.said[:10] > e.gold else "day over a week before the article date"
    if e.field == "city":
        return "no city (coarser place)" if e.said.split(" / ")[1] in ("None", "") else "another city"
    return "weapon type missed"


def score(docs: list[GvdbDoc], predictions: dict[str, list[Report]]) -> GvdbResult:
    result = GvdbResult({f: Tally() for f in FIELDS}, 0)
    for doc in docs:
        r = main_report(predictions.get(doc.doc_key, []))
        result.no_report += r is None
        for name, ok, said in check(doc, r):
            tally = result.fields[name]
            tally.asked += 1
            tally.right += ok
            if not ok:
                gold = {"date": doc.date or "", "city": " | ".join(doc.cities), "weapon": " | ".join(doc.weapons)}[name]
                result.errors.append(GvdbError(doc.doc_key, name, gold, said))
    return result


def run(data: Path, limit: int | None = None, published: bool = True) -> GvdbResult:
    """Extract every article and score date, city and weapon.

    Each article has its GVDB date as publication date; `published=False` withholds it (a diagnostic)."""
    from strife.evaluate.extraction import run_extractor

    docs = load_docs(data)[:limit] if limit else load_docs(data)
    items = [(d.doc_key, d.text, published_date(d) if published else None) for d in docs]
    extraction = run_extractor(items, uri_prefix="gvdb://")
    result = score(docs, extraction.reports)
    result.seconds = extraction.seconds
    return result
