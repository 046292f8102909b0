"""`strife bench gva`: clustering (pairwise and B³ P/R/F1) and counts after merging, on GVA dev.

GVA (Gun Violence Archive, via SemEval-2018 Task 5) gives 1-17 news articles per incident. Articles are run through
the pipeline; each article's predicted incident is the one holding its main report (a copy's is its original's;
an article with no report is an incident of its own), and the partition of articles is scored against the gold
incident ids. Fields are scored per gold incident on the predicted incident most of its articles went to. GVA's
num_killed and num_injured count shooters too, so they are compared with killed + perpetrators_killed and wounded +
perpetrators_wounded.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from strife.ingest.build import SourceMeta
from strife.ingest.jsonl import record_article
from strife.model import (
    Article,
    Count,
    DateValue,
    GeoPrecision,
    Incident,
    Location,
    Qualifier,
    Report,
    Skipped,
    article_id,
    stable_id,
)


@dataclass
class PRF:
    """Precision, recall and F1."""

    p: float
    r: float

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def b_cubed(gold: dict[str, str], pred: dict[str, str]) -> PRF:
    """B³ over items: per item, the share of its predicted cluster in its gold cluster (P) and vice versa (R)."""
    items = sorted(gold)
    g_members: dict[str, set[str]] = defaultdict(set)
    p_members: dict[str, set[str]] = defaultdict(set)
    for i in items:
        g_members[gold[i]].add(i)
        p_members[pred[i]].add(i)
    p = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(p_members[pred[i]]) for i in items)
    r = sum(len(p_members[pred[i]] & g_members[gold[i]]) / len(g_members[gold[i]]) for i in items)
    return PRF(p / len(items), r / len(items)) if items else PRF(0.0, 0.0)


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> PRF:
    """Precision and recall of the item pairs put in one cluster (1.0 when there are no pairs to get wrong)."""

    def pairs(assign: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for i in sorted(gold):
            groups[assign[i]].append(i)
        return {(a, b) for g in groups.values() for k, a in enumerate(g) for b in g[k + 1 :]}

    g, p = pairs(gold), pairs(pred)
    both = len(g & p)
    return PRF(both / len(p) if p else 1.0, both / len(g) if g else 1.0)


@dataclass
class GvaDoc:
    """One GVA article with its gold incident id."""

    doc_id: str
    incident_id: str
    article: Article


def load_docs(articles: Path, limit: int | None = None) -> list[GvaDoc]:
    """GVA articles read the way `strife run` reads a JSON lines file (headline first, boilerplate cleaned), keeping
    the gold incident of each; empty or boilerplate-only texts still count as documents of their incident."""
    docs: list[GvaDoc] = []
    with articles.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if limit is not None and len(docs) >= limit:
                break
            row = json.loads(line)
            art = record_article(row, articles, n, SourceMeta(source="gva"))
            if isinstance(art, Skipped):
                body = row.get("title") or f"empty {row['doc_id']}"
                art = Article(
                    id=article_id(body),
                    uri=row.get("url") or f"file://{articles.resolve()}#L{n}",
                    source="gva",
                    title=row.get("title") or None,
                    published=dt.date.fromisoformat(row["published"]) if row.get("published") else None,
                    text=row.get("title") or "",
                )
            docs.append(GvaDoc(str(row["doc_id"]), str(row["incident_id"]), art))
    return docs


def load_gold(articles: Path) -> dict[str, dict]:
    """Gold incidents by id, from the incidents file beside the articles file."""
    path = articles.with_name(articles.name.replace("articles", "incidents"))
    if not path.exists():
        return {}
    return {str(g["incident_id"]): g for g in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def predicted_assignment(docs: list[GvaDoc], incidents: list[Incident], duplicate_of: dict[str, str]) -> dict[str, str]:
    """Each document's predicted incident id: the one holding its article's main (else first) report."""
    by_article: dict[str, str] = {}
    ranked: dict[str, tuple[int, str]] = {}
    for inc in incidents:
        for r in inc.reports:
            rank = (0 if r.kind == "main" else 1, r.id)
            if r.article_id not in ranked or rank < ranked[r.article_id]:
                ranked[r.article_id], by_article[r.article_id] = rank, inc.id
    out: dict[str, str] = {}
    for d in docs:
        aid = duplicate_of.get(d.article.id, d.article.id)
        # An article with no report is an incident of its own, even when its text (an empty page, a site's name)
        # is the same as another's: three dev pages reading only "en" are three incidents' articles.
        out[d.doc_id] = by_article.get(aid, f"none:{d.doc_id}")
    return out


def _city(name: str | None) -> str:
    return (name or "").lower().replace("(county)", "").replace("county", "").strip()


@dataclass
class FieldScores:
    """Share of gold incidents whose merged incident has each field right."""

    n: int
    killed: float
    injured: float
    both: float
    date: float
    city: float


def field_scores(docs: list[GvaDoc], assign: dict[str, str], incidents: list[Incident], gold: dict) -> FieldScores:
    """Killed (with perpetrators killed), injured (with perpetrators wounded), date and city on the incident most of a
    gold incident's docs got."""
    by_id = {i.id: i for i in incidents}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for d in docs:
        votes[d.incident_id][assign[d.doc_id]] += 1
    hits = Counter()
    n = 0
    for gid, vote in sorted(votes.items()):
        g = gold.get(gid)
        if g is None or g.get("num_killed") is None:
            continue  # 36 dev incidents have no gold values: nothing to score them against
        n += 1
        best = min(vote, key=lambda k: (-vote[k], k))
        inc = by_id.get(best)
        killed = (inc.killed.best or 0) + (inc.perpetrators_killed or 0) if inc else 0
        injured = (inc.wounded.best or 0) + (inc.perpetrators_wounded or 0) if inc else 0
        k_ok, i_ok = killed == g["num_killed"], injured == g["num_injured"]
        hits["killed"] += k_ok
        hits["injured"] += i_ok
        hits["both"] += k_ok and i_ok
        hits["date"] += bool(inc and inc.date.value == g["date"])
        loc = inc.location if inc else None
        hits["city"] += bool(loc and _city(loc.city or loc.name) == _city(g["city_or_county"]))

    def share(k: str) -> float:
        return hits[k] / n if n else 0.0

    return FieldScores(n, share("killed"), share("injured"), share("both"), share("date"), share("city"))


def gold_like_reports(docs: list[GvaDoc], gold: dict) -> Iterator[Report]:
    """One report per article carrying its gold incident's values: the clustering ceiling with perfect extraction
    (GVA's date, city, coordinates and counts; no victim names)."""
    for d in docs:
        g = gold.get(d.incident_id)
        if g is None or not d.article.text.strip():
            continue
        yield Report(
            id=stable_id("rep", d.article.id, 0),
            article_id=d.article.id,
            uri=d.article.uri,
            published=d.article.published,
            date=DateValue(value=g["date"], precision="day"),
            location=Location(
                name=g["city_or_county"],
                city=g["city_or_county"],
                admin1=g["state"],
                country_code="US",
                lat=g.get("lat"),
                lon=g.get("lon"),
                precision=GeoPrecision.city,
            ),
            attack_types=["armed_assault"],
            killed=Count(low=g["num_killed"], qualifier=Qualifier.exact),
            wounded=Count(low=g["num_injured"], qualifier=Qualifier.exact),
        )


def run_pipeline(docs: list[GvaDoc], db: str | None, rule: str) -> tuple[list[Incident], dict[str, str]]:
    """Run the pipeline over the documents into `db` (a fresh temporary SQLite file by default)."""
    from strife.pipeline import run_articles
    from strife.store import Store

    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="strife-gva-")
        db = f"sqlite:///{Path(tmp.name) / 'gva.db'}"
    store = Store(db)
    store.init()
    unique = list({d.article.id: d.article for d in docs}.values())
    run_articles(unique, store, rule=rule, progress=False)
    duplicate_of = {a.id: a.duplicate_of for a in store.iter_articles() if a.duplicate_of}
    incidents = list(store.iter_incidents())
    store.close()
    if tmp is not None:
        tmp.cleanup()
    return incidents, duplicate_of


def resolve_stored(db: str, rule: str) -> tuple[list[Incident], dict[str, str]]:
    """Resolve, all at once, the reports an earlier run left in `db` (a resolver change measured in seconds, not
    a whole extraction); main reports' article texts lend their names, as in the pipeline."""
    from strife.resolve.engine import resolve
    from strife.store import Store

    store = Store(db)
    reports = store.get_reports()
    articles = list(store.iter_articles())
    store.close()
    if not reports:
        raise ValueError(f"{db} holds no reports: run the bench with --db first")
    main_ids = {r.article_id for r in reports if r.kind == "main"}
    texts = {a.id: a.text for a in articles if a.id in main_ids}
    duplicate_of = {a.id: a.duplicate_of for a in articles if a.duplicate_of}
    return resolve(reports, [], [], rule, texts=texts).incidents, duplicate_of


def run(
    articles: Path,
    db: str | None = None,
    rule: str = "max_at_least",
    limit: int | None = None,
    *,
    gold_reports: bool = False,
    resolve_only: bool = False,
) -> int:
    """Score clustering and merged counts on GVA; with `gold_reports`, cluster gold-valued reports instead of
    extracting (the resolver's ceiling); with `resolve_only`, re-resolve the reports already in `db`. Prints a
    table; returns 0."""
    docs = load_docs(Path(articles), limit)
    gold = load_gold(Path(articles))
    if gold_reports:
        from strife.resolve.engine import resolve

        incidents, duplicate_of = resolve(list(gold_like_reports(docs, gold)), [], [], rule).incidents, {}
    elif resolve_only:
        if db is None:
            raise ValueError("--resolve-only needs --db: the database an earlier run of this bench filled")
        incidents, duplicate_of = resolve_stored(db, rule)
    else:
        incidents, duplicate_of = run_pipeline(docs, db, rule)
    assign = predicted_assignment(docs, incidents, duplicate_of)
    truth = {d.doc_id: d.incident_id for d in docs}
    b3, pw = b_cubed(truth, assign), pairwise(truth, assign)
    fields = field_scores(docs, assign, incidents, gold)
    singleton = b_cubed(truth, {d: d for d in truth})

    table = Table(
        title=f"GVA: {len(docs)} articles, {len(set(truth.values()))} gold incidents, "
        f"{len(set(assign.values()))} predicted "
        f"({'gold-like reports' if gold_reports else 'stored reports re-resolved' if resolve_only else 'pipeline'})"
    )
    table.add_column("measure")
    table.add_column("P", justify="right")
    table.add_column("R", justify="right")
    table.add_column("F1", justify="right")
    table.add_row("B³", f"{b3.p:.3f}", f"{b3.r:.3f}", f"{b3.f1:.3f}")
    table.add_row("pairwise", f"{pw.p:.3f}", f"{pw.r:.3f}", f"{pw.f1:.3f}")
    table.add_row("B³, every article alone", f"{singleton.p:.3f}", f"{singleton.r:.3f}", f"{singleton.f1:.3f}")
    Console().print(table)
    t2 = Table(title=f"fields after merging ({fields.n} gold incidents with gold values; rule {rule})")
    for col in ("killed", "injured", "killed+injured", "date", "city"):
        t2.add_column(col, justify="right")
    t2.add_row(*(f"{v:.3f}" for v in (fields.killed, fields.injured, fields.both, fields.date, fields.city)))
    Console().print(t2)
    return 0
