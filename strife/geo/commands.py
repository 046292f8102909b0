"""`strife geocode` (look a place up, as the pipeline would) and `strife geo-index` (build the gazetteer cache ahead
of time, e.g. in an image build, so the first run does not pay for it)."""

from __future__ import annotations

import json
import time

import typer

from strife.geo import gazetteer
from strife.geo.geocoder import PlaceMention, default_geocoder


def register(app: typer.Typer) -> None:
    """Add the geo commands to the main CLI."""

    @app.command("geocode")
    def geocode_cmd(
        places: list[str] = typer.Argument(..., help='Place names as written, most salient first: "Quetta"'),
        context: list[str] = typer.Option(
            [], "--context", "-c", help="Other place or nationality words in the document (repeatable)"
        ),
        dateline: str | None = typer.Option(None, "--dateline", help='e.g. "ISLAMABAD" or "AURORA, Colo."'),
        candidates: bool = typer.Option(False, "--candidates", help="Also list the ranked readings of each name"),
    ) -> None:
        """Geocode place names the way the pipeline does, and print the Location as JSON."""
        geo = default_geocoder()
        # the named places weigh 1, the context words 0.5: they steer the choice, and are the answer only as a fallback
        texts = [(t, 1.0) for t in places] + [(t, 0.5) for t in context]
        mentions = [PlaceMention(t, 1000 * i, 1000 * i + len(t), "GPE", w) for i, (t, w) in enumerate(texts)]
        loc = geo.geocode(mentions, geo.document_context(mentions, dateline))
        typer.echo(json.dumps(loc.model_dump(exclude_none=True) if loc else None, ensure_ascii=False, indent=2))
        if candidates:
            for text in places:
                for c in geo.lookup(text)[:10]:
                    typer.echo(f"{text}\t{c.name}\t{c.precision}\t{c.admin1 or ''}\t{c.country_code}\t{c.score}")

    @app.command("geo-index")
    def geo_index_cmd(
        rebuild: bool = typer.Option(False, "--rebuild", help="Build even if a cached index exists"),
    ) -> None:
        """Build (or load) the offline gazetteer index under ~/.cache/strife."""
        t0 = time.perf_counter()
        gaz = gazetteer.load(rebuild=rebuild)
        path = gazetteer.cache_dir() / f"gazetteer-{gazetteer.fingerprint()}.pkl"
        typer.echo(f"{len(gaz.places)} places, {len(gaz.index)} names in {time.perf_counter() - t0:.1f} s: {path}")
