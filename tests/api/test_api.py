"""The HTTP API over a seeded store, on SQLite and (with STRIFE_TEST_PG) PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from strife.api import create_app
from strife.model import Change, ChangeKind
from strife.store import Store

from .conftest import TOKEN
from .factory import Seeded


def ids(resp) -> list[str]:  # type: ignore[no-untyped-def]
    assert resp.status_code == 200, resp.text
    return [i["id"] for i in resp.json()["items"]]


# ---------------------------------------------------------------------------------------------------- list


def test_list_returns_contract_objects_with_total(client: TestClient, seeded: Seeded) -> None:
    body = client.get("/api/incidents").json()
    assert body["total"] == 3
    assert [i["id"] for i in body["items"]] == [seeded.convoy, seeded.quetta, seeded.market]  # newest first
    quetta = body["items"][1]
    assert quetta["killed"] == {**quetta["killed"], "low": 59, "best": 61, "high": 61, "disputed": True}
    assert quetta["location"]["country_code"] == "PK"
    assert {p["name"]: p["status"] for p in quetta["perpetrators"]} == {
        "Islamic State": "claimed",
        "Lashkar-e-Jhangvi": "accused",
    }
    assert len(quetta["reports"]) == 2


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "PK"}, {"quetta", "convoy"}),
        ({"country": "NG"}, {"market"}),
        ({"admin1": "Borno"}, {"market"}),
        ({"city": "Quetta"}, {"quetta"}),
        ({"attack_type": "bombing"}, {"convoy", "market"}),
        ({"target_type": "police"}, {"quetta"}),
        ({"group": "Islamic State"}, {"quetta"}),
        ({"group": "Lashkar-e-Jhangvi", "status": "accused"}, {"quetta"}),
        ({"group": "Lashkar-e-Jhangvi", "status": "claimed"}, set()),
        ({"min_killed": 10}, {"quetta", "market"}),
        ({"min_killed": 61}, {"quetta"}),
        ({"date_from": "2016-01-01"}, {"quetta", "convoy"}),
        ({"date_from": "2016-10-01", "date_to": "2016-10-31"}, {"quetta"}),
        ({"q": "fish market"}, {"market"}),
        ({"q": "academy"}, {"quetta"}),
    ],
)
def test_filters(client: TestClient, seeded: Seeded, params: dict[str, object], expected: set[str]) -> None:
    names = {seeded.quetta: "quetta", seeded.convoy: "convoy", seeded.market: "market"}
    resp = client.get("/api/incidents", params=params)
    assert {names[i] for i in ids(resp)} == expected
    assert resp.json()["total"] == len(expected)


def test_sort_and_paging(client: TestClient, seeded: Seeded) -> None:
    by_killed = ids(client.get("/api/incidents", params={"sort": "-killed"}))
    assert by_killed == [seeded.quetta, seeded.market, seeded.convoy]
    assert ids(client.get("/api/incidents", params={"sort": "date"})) == [seeded.market, seeded.quetta, seeded.convoy]
    page = client.get("/api/incidents", params={"sort": "date", "limit": 2, "offset": 1}).json()
    assert page["total"] == 3
    assert [i["id"] for i in page["items"]] == [seeded.quetta, seeded.convoy]


def test_compact_view_leaves_out_reports(client: TestClient) -> None:
    item = client.get("/api/incidents", params={"view": "compact", "city": "Quetta"}).json()["items"][0]
    assert "reports" not in item
    assert item["n_reports"] == 2


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 501},
        {"limit": 0},
        {"offset": -1},
        {"date_from": "last tuesday"},
        {"attack_type": "nonsense"},
        {"target_type": "aliens"},
        {"status": "rumoured"},
        {"min_killed": -1},
        {"min_killed": "many"},
        {"sort": "drop table"},
        {"q": "x" * 501},
    ],
)
def test_bad_parameters_are_422(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/api/incidents", params=params).status_code == 422


@pytest.mark.parametrize(
    "value",
    ["'; DROP TABLE incidents; --", "%' OR '1'='1", '" OR 1=1 --', "\\", "NEAR(", 'zzz" OR "', "*", "ü\u202e\u0000"],
)
def test_hostile_strings_match_nothing_and_break_nothing(client: TestClient, value: str) -> None:
    for name in ("country", "city", "group", "q"):
        resp = client.get("/api/incidents", params={name: value})
        assert resp.status_code in (200, 422), (name, resp.text)
        if resp.status_code == 200:
            assert resp.json()["total"] == 0, (name, value)
    assert client.get("/api/incidents").json()["total"] == 3


# ---------------------------------------------------------------------------------------------- one incident


def test_one_incident_has_reports_with_evidence_into_article_text(client: TestClient, seeded: Seeded) -> None:
    inc = client.get(f"/api/incidents/{seeded.quetta}").json()
    killed = {r["article"]: r["killed"]["low"] for r in inc["reports"]}
    assert sorted(killed.values()) == [59, 61]
    for rep in inc["reports"]:
        art = client.get(f"/api/articles/{rep['article']}").json()
        for spans in rep["evidence"].values():
            for span in spans:
                assert art["text"][span["start"] : span["end"]] == span["text"]


def test_unknown_incident_is_404(client: TestClient) -> None:
    assert client.get("/api/incidents/inc_nope").status_code == 404


def test_merged_away_id_points_to_its_survivor(client: TestClient, store: Store, seeded: Seeded) -> None:
    store.save_incidents([], removed={"inc_gone00000000000": seeded.quetta})
    resp = client.get("/api/incidents/inc_gone00000000000", follow_redirects=False)
    assert resp.status_code == 301
    assert resp.headers["location"] == f"/api/incidents/{seeded.quetta}"
    assert resp.json()["merged_into"] == seeded.quetta
    assert client.get("/api/incidents/inc_gone00000000000").json()["id"] == seeded.quetta


# ------------------------------------------------------------------------------------------ articles, changes


def test_articles(client: TestClient, seeded: Seeded) -> None:
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert body["total"] == 4 and len(body["items"]) == 2
    assert "text" not in body["items"][0]
    one = client.get(f"/api/articles/{seeded.articles[0].id}").json()
    assert one["text"] == seeded.articles[0].text
    assert client.get("/api/articles/art_missing").status_code == 404


def test_change_feed_since(client: TestClient, store: Store, seeded: Seeded) -> None:
    import datetime as dt

    old = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    new = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    store.add_changes(
        [
            Change(at=old, kind=ChangeKind.created, incident_id=seeded.market),
            Change(at=new, kind=ChangeKind.updated, incident_id=seeded.quetta),
        ]
    )
    every = client.get("/api/changes").json()["items"]
    assert {c["incident_id"] for c in every} >= {seeded.market, seeded.quetta}
    recent = client.get("/api/changes", params={"since": "2023-06-01T00:00:00Z"}).json()["items"]
    assert [c["incident_id"] for c in recent] == [seeded.quetta]
    assert client.get("/api/changes", params={"since": "yesterday-ish"}).status_code == 422


def test_facets_count_filter_choices(client: TestClient) -> None:
    f = client.get("/api/facets").json()
    assert f["total"] == 3
    assert {c["code"]: c["count"] for c in f["countries"]} == {"PK": 2, "NG": 1}
    assert {g["name"] for g in f["groups"]} == {"Islamic State", "Lashkar-e-Jhangvi"}
    assert {m["month"]: m["count"] for m in f["months"]} == {"2015-03": 1, "2016-10": 1, "2016-11": 1}


# --------------------------------------------------------------------------------------------------- exports


def test_export_jsonl_matches_the_list_objects(client: TestClient, seeded: Seeded) -> None:
    resp = client.get("/api/export.jsonl", params={"country": "PK", "sort": "id"})
    assert resp.status_code == 200
    lines = [json.loads(x) for x in resp.text.splitlines()]
    assert sorted(x["id"] for x in lines) == sorted([seeded.quetta, seeded.convoy])
    listed = client.get("/api/incidents", params={"city": "Quetta"}).json()["items"][0]
    assert next(x for x in lines if x["id"] == seeded.quetta) == listed


def test_export_csv_and_geojson(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export.csv").text)))
    assert len(rows) == 3
    assert "nkill" in rows[0]
    geo = client.get("/api/export.geojson", params={"attack_type": "bombing"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    feats = geo.json()["features"]
    assert len(feats) == 2
    assert {f["properties"]["precision"] for f in feats} == {"admin1", "city"}
    assert client.get("/api/export.csv", params={"min_killed": -5}).status_code == 422


# --------------------------------------------------------------------------------------------------- writes


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/articles", {"text": "A bomb exploded."}),
        ("/api/incidents/merge", {"incident_ids": ["a", "b"]}),
        ("/api/incidents/inc_x/split", {"report_ids": ["r"]}),
    ],
)
def test_writes_are_off_without_a_token(client: TestClient, store: Store, path: str, body: dict[str, object]) -> None:
    assert client.post(path, json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    with TestClient(create_app(store, token=TOKEN)) as other:
        assert other.post(path, json=body).status_code == 403
        assert other.post(path, json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
        assert other.post(path, json=body, headers={"Authorization": TOKEN}).status_code == 403


def test_token_from_environment(store: Store, seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIFE_API_TOKEN", "from-env")
    with TestClient(create_app(store)) as c:
        body = {"incident_ids": [seeded.quetta]}
        assert c.post("/api/incidents/merge", json=body).status_code == 403
        auth = {"Authorization": "Bearer from-env"}
        assert c.post("/api/incidents/merge", json=body, headers=auth).status_code == 422


def test_merge_then_split(writer: TestClient, seeded: Seeded) -> None:
    resp = writer.post("/api/incidents/merge", json={"incident_ids": [seeded.quetta, seeded.market], "why": "test"})
    assert resp.status_code == 200, resp.text
    merged = resp.json()
    assert len(merged["incidents"]) == 1
    survivor = merged["incidents"][0]["id"]
    assert merged["incidents"][0]["n_reports"] == 3
    for old in (seeded.quetta, seeded.market):
        if old != survivor:
            assert merged["removed"][old] == survivor
            assert writer.get(f"/api/incidents/{old}", follow_redirects=False).status_code == 301
    assert writer.get("/api/incidents").json()["total"] == 2

    resp = writer.post(f"/api/incidents/{survivor}/split", json={"report_ids": ["rep_market"]})
    assert resp.status_code == 200, resp.text
    parts = writer.get("/api/incidents", params={"sort": "id"}).json()
    assert parts["total"] == 3
    by_reports = sorted(sorted(r["id"] for r in i["reports"]) for i in parts["items"])
    assert ["rep_market"] in by_reports
    assert ["rep_quetta_a", "rep_quetta_b"] in by_reports
    kinds = {c["kind"] for c in writer.get("/api/changes").json()["items"]}
    assert "merged" in kinds


def test_merge_and_split_refuse_nonsense(writer: TestClient, seeded: Seeded) -> None:
    assert writer.post("/api/incidents/merge", json={"incident_ids": [seeded.quetta, "inc_nope"]}).status_code == 422
    assert writer.post("/api/incidents/merge", json={"incident_ids": [seeded.quetta, seeded.quetta]}).status_code == 422
    split = f"/api/incidents/{seeded.quetta}/split"
    assert writer.post(split, json={"report_ids": ["rep_market"]}).status_code == 422
    assert writer.post(split, json={"report_ids": ["rep_quetta_a", "rep_quetta_b"]}).status_code == 422
    assert writer.post(split, json={"report_ids": []}).status_code == 422
    assert writer.get("/api/incidents").json()["total"] == 3


def test_post_article_needs_text_or_html(writer: TestClient) -> None:
    assert writer.post("/api/articles", json={"title": "nothing"}).status_code == 422
    assert writer.post("/api/articles", json={"text": "  "}).status_code == 422
    assert writer.post("/api/articles", json={"text": "x", "published": "soon"}).status_code == 422


def test_bodies_over_2mb_are_413(writer: TestClient, client: TestClient) -> None:
    big = {"text": "a" * (2 * 1024 * 1024 + 10)}
    assert writer.post("/api/articles", json=big).status_code == 413
    assert client.post("/api/articles", json=big).status_code == 413  # refused before auth or parsing

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(3):
            yield b"x" * (1024 * 1024)

    streamed = writer.post("/api/articles", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413


# ------------------------------------------------------------------------------------------ spec, pages, CORS


def test_openapi_lists_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) >= {
        "/api/incidents",
        "/api/incidents/{incident_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/changes",
        "/api/export.jsonl",
        "/api/export.csv",
        "/api/export.geojson",
        "/api/incidents/merge",
        "/api/incidents/{incident_id}/split",
    }
    assert client.get("/docs").status_code == 200


def test_pages_and_static_assets_are_served_locally(client: TestClient, seeded: Seeded) -> None:
    home = client.get("/")
    assert home.status_code == 200 and 'id="map"' in home.text
    assert "default-src 'self'" in home.headers["content-security-policy"]
    page = client.get(f"/incident/{seeded.quetta}")
    assert page.status_code == 200 and 'id="compare"' in page.text
    for asset in ("leaflet.js", "leaflet.css", "topojson-client.min.js", "countries-110m.json"):
        assert client.get(f"/static/vendor/{asset}").status_code == 200
    for html in (home.text, page.text):
        assert 'src="http' not in html and 'href="http' not in html  # nothing from a CDN


def test_cors_is_off(client: TestClient) -> None:
    resp = client.get("/api/incidents", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in resp.headers
    pre = client.options(
        "/api/incidents", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in pre.headers


@pytest.mark.slow  # loads the extractor (spaCy, gazetteer)
def test_post_article_runs_the_pipeline_once(writer: TestClient, store: Store) -> None:
    pytest.importorskip("strife.pipeline")
    body = {
        "text": "Gunmen opened fire on a bus in Peshawar, Pakistan on Sunday, killing at least 9 passengers and "
        "wounding 14 others, police said.",
        "title": "Bus attack",
        "url": "https://example.org/bus",
        "published": "2019-05-13",
        "source": "Example Wire",
    }
    first = writer.post("/api/articles", json=body)
    assert first.status_code == 201, first.text
    out = first.json()
    assert out["new"] is True
    stored = store.get_article(out["article_id"])
    assert stored is not None and stored.uri == "https://example.org/bus" and stored.source == "Example Wire"
    assert writer.post("/api/articles", json=body).json()["new"] is False  # re-ingesting is a no-op
    assert writer.get("/api/articles").json()["total"] == 5
    assert out["reports"] >= 1 and out["incidents_changed"] >= 1
    found = writer.get("/api/incidents", params={"q": "passengers"}).json()
    assert found["total"] == 1
    assert found["items"][0]["location"]["city"] == "Peshawar"
