"""Bounded HTTP load run on loopback: requests/s and p99 latency of `strife serve` for the incident list and for one
incident, over N synthetic incidents, on SQLite and PostgreSQL.

    python bench/load.py [--backend sqlite|postgres|both] [--incidents 1000] [--duration 30] [--pg URL]

The server runs in its own process (`strife serve`, one uvicorn worker); the load comes from wrk when it is
installed (apt-get install -y wrk), else from an httpx async loop. PostgreSQL needs --pg or $STRIFE_TEST_PG, and its
tables are emptied first.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
from sqlalchemy import inspect, text

from strife.model import (
    Article,
    Count,
    CountRange,
    DateValue,
    Evidence,
    GeoPrecision,
    Incident,
    Location,
    Perpetrator,
    Qualifier,
    Report,
    article_id,
    stable_id,
)
from strife.store import Store

PLACES = [
    ("Quetta", "Balochistan", "Pakistan", "PK", 30.19, 67.01),
    ("Kabul", "Kabul", "Afghanistan", "AF", 34.53, 69.17),
    ("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16),
    ("Mogadishu", "Banaadir", "Somalia", "SO", 2.04, 45.34),
    ("Baghdad", "Baghdad", "Iraq", "IQ", 33.34, 44.40),
]
GROUPS = ["Islamic State", "Boko Haram", "al-Shabaab", "Taliban", "Lashkar-e-Jhangvi"]
TEMPLATE = (
    "Gunmen attacked a market in {city} on {day}, killing at least {killed} people and wounding {wounded} others, "
    "officials said. {group} claimed responsibility for the attack in a statement. Incident number {n}."
)


def _ev(body: str, aid: str, phrase: str) -> Evidence:
    start = body.index(phrase)
    return Evidence(article_id=aid, start=start, end=start + len(phrase), text=phrase)


def synthetic(n: int) -> tuple[Article, Report, Incident]:
    """The n-th synthetic article, its report and its incident (text from TEMPLATE, varied place, date, toll)."""
    city, admin1, country, cc, lat, lon = PLACES[n % len(PLACES)]
    day = dt.date(2010, 1, 1) + dt.timedelta(days=(n * 37) % 5000)
    killed, wounded, group = 1 + (n * 7) % 90, (n * 13) % 200, GROUPS[n % len(GROUPS)]
    body = TEMPLATE.format(city=city, day=day.strftime("%A"), killed=killed, wounded=wounded, group=group, n=n)
    aid = article_id(body)
    art = Article(
        id=aid,
        uri=f"https://example.org/{n}",
        source="Example Wire",
        title=f"Attack in {city}",
        published=day + dt.timedelta(days=1),
        text=body,
    )
    place = Location(
        name=city,
        city=city,
        admin1=admin1,
        country=country,
        country_code=cc,
        lat=lat,
        lon=lon,
        precision=GeoPrecision.city,
    )
    perp = Perpetrator(
        name=group,
        text=group,
        status="claimed",
        sources=[aid],
        evidence=[_ev(body, aid, f"{group} claimed responsibility")],
    )
    rep = Report(
        id=stable_id("rep", aid, 0),
        article_id=aid,
        uri=art.uri,
        source=art.source,
        published=art.published,
        date=DateValue(value=day.isoformat(), precision="day", text=day.strftime("%A")),
        location=place,
        attack_types=["armed_assault"],
        weapons=["firearms"],
        perpetrators=[perp],
        killed=Count(low=killed, qualifier=Qualifier.at_least),
        wounded=Count(low=wounded, qualifier=Qualifier.exact),
        evidence={
            "killed": [_ev(body, aid, f"killing at least {killed} people")],
            "wounded": [_ev(body, aid, f"wounding {wounded} others")],
            "location": [_ev(body, aid, city)],
        },
    )
    inc = Incident(
        id=stable_id("inc", rep.id),
        date=rep.date,
        location=place,
        attack_types=["armed_assault"],
        weapons=["firearms"],
        perpetrators=[perp],
        killed=CountRange(low=killed, best=killed, high=killed, rule="max_at_least"),
        wounded=CountRange(low=wounded, best=wounded, high=wounded, rule="max_at_least"),
        reports=[rep],
    )
    return art, rep, inc


def fill(store: Store, n: int) -> str:
    """Empty the store's tables, store n synthetic incidents; returns one incident id to fetch."""
    store.init()
    with store.engine.begin() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version" and not t.startswith("sqlite_")]
        for name in names:
            if store.dialect == "postgresql":
                conn.execute(text(f'TRUNCATE "{name}" CASCADE'))
    records = [synthetic(i) for i in range(n)]
    with store.transaction():
        for art, rep, _ in records:
            store.add_article(art)
            store.save_reports(art.id, [rep])
        store.save_incidents([inc for _, _, inc in records])
    return records[n // 2][2].id


@dataclass
class Result:
    backend: str
    endpoint: str
    tool: str
    seconds: float
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]


def run_wrk(url: str, seconds: int, connections: int) -> tuple[int, float, float, float, int]:
    """wrk --latency: (requests, rps, p50 ms, p99 ms, errors)."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", url]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    pct = {m[0]: _ms(m[1], m[2]) for m in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)}
    requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return requests, rps, pct["50"], pct["99"], errors + (int(non2xx.group(1)) if non2xx else 0)


def run_httpx(url: str, seconds: int, connections: int) -> tuple[int, float, float, float, int]:
    """An asyncio loop of `connections` clients for `seconds`: (requests, rps, p50 ms, p99 ms, errors)."""

    async def main() -> tuple[list[float], int]:
        latencies: list[float] = []
        errors = 0
        deadline = time.perf_counter() + seconds
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(limits=limits, timeout=10) as client:

            async def worker() -> None:
                nonlocal errors
                while time.perf_counter() < deadline:
                    t0 = time.perf_counter()
                    try:
                        resp = await client.get(url)
                        ok = resp.status_code == 200
                    except httpx.HTTPError:
                        ok = False
                    latencies.append((time.perf_counter() - t0) * 1000)
                    errors += not ok

            await asyncio.gather(*(worker() for _ in range(connections)))
        return latencies, errors

    lat, errors = asyncio.run(main())
    q = statistics.quantiles(lat, n=100)
    return len(lat), len(lat) / seconds, q[49], q[98], errors


def serve(url: str, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    """`strife serve` in a child process, waited on until it answers."""
    cmd = [sys.executable, "-m", "strife.cli", "serve", "--db", url, "--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "STRIFE_API_TOKEN": ""}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"strife serve exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/incidents?limit=1", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("strife serve did not start")


def bench_backend(
    backend: str, url: str, n: int, seconds: int, connections: int, tool: str, workers: int = 1
) -> list[Result]:
    store = Store(url)
    one = fill(store, n)
    store.close()
    port = _free_port()
    proc = serve(url, port, workers)
    base = f"http://127.0.0.1:{port}"
    endpoints = {
        "incident list (default page: 100 with reports)": "/api/incidents",
        "incident list, compact (100, as the map uses)": "/api/incidents?view=compact&limit=100",
        "incident list, filtered (country=PK, min_killed=20)": "/api/incidents?country=PK&min_killed=20",
        "one incident": f"/api/incidents/{one}",
    }
    results = []
    try:
        total = httpx.get(base + "/api/incidents?limit=1").json()["total"]
        assert total == n, f"expected {n} incidents, the API has {total}"
        for name, path in endpoints.items():
            runner = run_wrk if tool == "wrk" else run_httpx
            reqs, rps, p50, p99, errors = runner(base + path, seconds, connections)
            results.append(
                Result(backend, name, tool, seconds, reqs, round(rps, 1), round(p50, 2), round(p99, 2), errors)
            )
            print(
                f"{backend:9} {name:52} {rps:8.1f} req/s  p50 {p50:7.2f} ms  p99 {p99:7.2f} ms  errors {errors}",
                flush=True,
            )
    finally:
        proc.terminate()
        proc.wait(10)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--incidents", type=int, default=1000)
    ap.add_argument("--duration", type=int, default=30, help="seconds per endpoint")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--workers", type=int, default=1, help="strife serve --workers")
    ap.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    ap.add_argument("--pg", default=os.environ.get("STRIFE_TEST_PG"), help="PostgreSQL URL (emptied first)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    args = ap.parse_args()
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            if backend == "postgres" and not args.pg:
                print("postgres: skipped (no --pg or STRIFE_TEST_PG)", file=sys.stderr)
                continue
            url = f"sqlite:///{Path(tmp) / 'load.db'}" if backend == "sqlite" else args.pg
            results += bench_backend(backend, url, args.incidents, args.duration, args.connections, tool, args.workers)
    print(
        f"{args.incidents} incidents, {args.connections} connections, {tool}, {args.duration} s per endpoint, "
        f"{os.cpu_count()} CPUs (server and load share them)"
    )
    if args.out:
        args.out.write_text(json.dumps([asdict(r) for r in results], indent=2))


if __name__ == "__main__":
    main()
