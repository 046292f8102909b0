"""`strife eval` (exported incidents against a gold file) and `strife bench muc4|keys|gvdb|gva`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def _shared_data(*parts: str) -> Path:
    from strife.config import shared_dir

    return shared_dir().joinpath("data", *parts)


def register(app: typer.Typer) -> None:
    """Add `eval` and the `bench` sub-app to the main app."""

    @app.command("eval")
    def eval_gold(
        gold: Annotated[Path, typer.Argument(help="gold file in the shared/gold/seeds.json format")],
        incidents: Annotated[Path, typer.Argument(help="incidents as exported by `strife export --format jsonl`")],
        as_json: Annotated[bool, typer.Option("--json", help="print the result as JSON")] = False,
    ) -> None:
        """Score exported incidents against a gold file: one-to-one matching, then field by field."""
        from strife.evaluate.gold import format_score, load_gold, load_predictions, score

        result = score(load_gold(gold), load_predictions(incidents))
        typer.echo(json.dumps(result.as_dict(), indent=1) if as_json else format_score(result))

    bench = typer.Typer(no_args_is_help=True, help="Accuracy benchmarks on the shared research data.")
    app.add_typer(bench, name="bench")

    @bench.command("muc4")
    def bench_muc4(
        docs: Annotated[Path | None, typer.Option(help="processed MUC-4 JSON lines (default: muc4 dev)")] = None,
        out: Annotated[Path, typer.Option(help="where to write GTT predictions")] = Path("muc4_preds.json"),
        limit: Annotated[int | None, typer.Option(help="only the first N documents")] = None,
        score_only: Annotated[
            bool, typer.Option("--score-only", help="score the predictions already in --out, extract nothing")
        ] = False,
    ) -> None:
        """Extract MUC-4 documents, write GTT predictions, print CEAF-REE and template F1 per role and docs/s."""
        from strife.evaluate.ceaf import format_scores
        from strife.evaluate.muc4 import REPORTS, run, score_file, side_path

        docs_path = docs or _shared_data("muc4", "processed", "dev.json")
        if score_only:
            # --out holds whichever reading was primary when it was written; the reports reading sits beside it
            for path in (out, side_path(out, REPORTS)):
                if path == out or path.exists():
                    ree, template = score_file(path, docs_path)
                    typer.echo(f"=== {path} ===\n")
                    typer.echo(format_scores(f"CEAF-REE ({path.name})", ree) + "\n")
                    typer.echo(format_scores(f"Template F1 ({path.name})", template) + "\n")
            return
        result = run(docs_path, out, limit)
        typer.echo(result.format())
        typer.echo(f"predictions: {out}")

    @bench.command("keys")
    def bench_keys(
        split: Annotated[str, typer.Option(help="comma-separated raw splits")] = "tst1,tst2",
        limit: Annotated[int | None, typer.Option(help="only the first N documents")] = None,
        raw: Annotated[Path | None, typer.Option(help="muc4/raw folder (default: shared data)")] = None,
        lower: Annotated[bool, typer.Option("--lower", help="lower-case the texts first (diagnostic)")] = False,
    ) -> None:
        """Score dates, places, types, claim status and casualties against the original MUC-4 answer keys."""
        from strife.evaluate.keys import format_result, run

        splits = [s.strip() for s in split.split(",") if s.strip()]
        typer.echo(format_result(run(raw or _shared_data("muc4", "raw"), splits, limit, lower)))

    @bench.command("gvdb")
    def bench_gvdb(
        data: Annotated[Path | None, typer.Option(help="GVDB JSON lines (default: gvdb dev)")] = None,
        limit: Annotated[int | None, typer.Option(help="only the first N articles")] = None,
        no_published: Annotated[
            bool, typer.Option("--no-published", help="withhold each article's GVDB date (diagnostic)")
        ] = False,
    ) -> None:
        """Score date, city and weapon on Gun Violence Database articles (GVDB's date is the article's)."""
        from strife.evaluate.gvdb import run

        typer.echo(run(data or _shared_data("gvdb", "dev.json"), limit, published=not no_published).format())

    @bench.command("gva")
    def bench_gva(
        articles: Annotated[Path | None, typer.Option(help="GVA articles JSON lines (default: shared gva dev)")] = None,
        db: Annotated[str | None, typer.Option(help="database URL (default: a temporary SQLite file)")] = None,
        rule: Annotated[str, typer.Option(help="count reconciliation rule")] = "max_at_least",
        limit: Annotated[int | None, typer.Option(help="only the first N articles")] = None,
        gold_reports: Annotated[
            bool, typer.Option("--gold-reports", help="cluster gold-valued reports instead (the resolver's ceiling)")
        ] = False,
        resolve_only: Annotated[
            bool, typer.Option("--resolve-only", help="re-resolve the reports an earlier run left in --db")
        ] = False,
    ) -> None:
        """Resolve many reports of each GVA incident and score the merged incidents (the resolve helper's bench)."""
        from strife.evaluate import gva  # written by the resolve helper

        path = articles or _shared_data("gva", "articles_dev.jsonl")
        try:
            gva.run(path, db, rule, limit, gold_reports=gold_reports, resolve_only=resolve_only)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from exc
