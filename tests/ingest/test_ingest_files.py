"""iter_articles over text, HTML and JSON-lines files, folders with meta.jsonl, globs: ids, uris, metadata."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from strife.ingest import iter_articles
from strife.model import Article, Skipped, article_id

FIXTURES = Path(__file__).parent / "fixtures"
BODY = (
    "Suicide bomber hits wedding party in Mosul\n\n"
    "MOSUL, Iraq – A suicide bomber blew himself up among guests at a wedding party in western Mosul on Thursday "
    "night, killing at least 22 people and wounding 40, a local official said.\n\n"
    "The Islamic State group claimed the attack in a statement on its Amaq news agency."
)


def _articles(items: list[Article | Skipped]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def test_text_file_gives_clean_article_with_stable_id(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("World\n\n" + BODY + "\n\nComments\n")
    first = list(iter_articles([path]))
    again = list(iter_articles([str(path)]))
    assert len(first) == 1 and isinstance(first[0], Article)
    art = first[0]
    assert art.text == BODY
    assert art.id == article_id(BODY) == again[0].id
    assert art.title == "Suicide bomber hits wedding party in Mosul"
    assert art.uri == path.resolve().as_uri() and art.uri.startswith("file:///")
    assert art.language == "en" and art.published is None


def test_folder_meta_jsonl_gives_metadata_and_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY.replace("22", "23"))
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text(BODY.replace("22", "24"))
    meta = [
        {"file": "b.txt", "published": "2017-06-09", "source": "Wire A", "url": "https://wire.example/b"},
        {"file": "a.txt", "published": "June 8, 2017"},
    ]
    (tmp_path / "meta.jsonl").write_text("\n".join(json.dumps(m) for m in meta) + "\n")
    items = list(iter_articles([tmp_path]))
    assert all(isinstance(a, Article) for a in items)
    arts = _articles(items)
    assert [a.uri.rsplit("/", 1)[-1] for a in arts] == ["a.txt", "b", "c.txt"]  # sorted, recursive
    a, b, c = arts
    assert b.source == "Wire A" and b.published == dt.date(2017, 6, 9) and b.uri == "https://wire.example/b"
    assert a.published == dt.date(2017, 6, 8) and a.source is None
    assert c.published is None


def test_single_file_still_reads_its_folder_meta(shared: Path) -> None:
    seed = next((shared / "corpus" / "seeds").glob("001_*.txt"))
    (art,) = list(iter_articles([seed]))
    assert isinstance(art, Article)
    assert art.published == dt.date(2016, 10, 25) and art.source


def test_seed_folder_reads_three_articles(shared: Path) -> None:
    items = list(iter_articles([shared / "corpus" / "seeds"]))
    assert len(items) == 3 and all(isinstance(a, Article) for a in items)
    assert len({a.id for a in items}) == 3


def test_glob_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY)
    (tmp_path / "two.txt").write_text(BODY + "\n\nA second paragraph with more detail about the funeral.")
    (tmp_path / "notes.md").write_text("# notes")
    items = list(iter_articles([str(tmp_path / "*.txt"), tmp_path / "absent.txt", str(tmp_path / "*.nothing")]))
    assert len(_articles(items)) == 2
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert [s.reason for s in skipped] == ["no such file or directory", "no files match this pattern"]


def test_unsupported_file_in_folder_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY)
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    (tmp_path / ".hidden.txt").write_text(BODY)
    items = list(iter_articles([tmp_path]))
    assert len(_articles(items)) == 1
    (skip,) = [s for s in items if isinstance(s, Skipped)]
    assert skip.path.endswith("data.csv") and "unsupported" in skip.reason


def test_html_page_main_text_title_date_and_canonical_url(tmp_path: Path) -> None:
    (art,) = list(iter_articles([FIXTURES / "market_page.html"]))
    assert isinstance(art, Article)
    assert art.uri == "https://sahel-courier.example/news/2019/03/maiduguri-market-blast"
    assert art.title == "Blast at Maiduguri cattle market kills 14"
    assert art.published == dt.date(2019, 3, 12)
    assert art.source == "The Sahel Courier"
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0] == art.title  # headline first, once
    assert art.text.count(art.title) == 1
    assert any(p.startswith("MAIDUGURI, Nigeria – A bomb hidden in a handcart") for p in paragraphs)
    assert "Traders said the market would stay closed for three days" in art.text
    for junk in ("Share this article", "Tweet", "By Amina Yusuf", "Home", "All rights reserved", "Comments"):
        assert junk not in art.text, junk


def test_html_without_canonical_gets_file_uri(tmp_path: Path) -> None:
    page = tmp_path / "p.htm"
    page.write_text("<html><body><article><h1>Head</h1><p>" + BODY.replace("\n\n", "</p><p>") + "</p></article>")
    (art,) = list(iter_articles([page]))
    assert isinstance(art, Article) and art.uri == page.resolve().as_uri()


def test_jsonl_lines_text_and_html_with_line_uris(tmp_path: Path) -> None:
    html = "<html><body><article><h1>Market attack</h1><p>" + BODY.split("\n\n", 1)[1] + "</p></article></body></html>"
    lines = [
        json.dumps({"title": "Wedding attack", "text": BODY.split("\n\n", 1)[1], "published": "2017-06-09"}),
        json.dumps({"html": html, "url": "https://wire.example/x", "source": "Wire B"}),
        "{not json",
        json.dumps({"title": "nothing else"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"maintext": BODY + " More.", "date_publish": "2017-06-10 08:00:00", "source_domain": "np.example"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    items = list(iter_articles([path]))
    first, second, bad_json, no_text, not_object, news_please = items
    assert isinstance(first, Article)
    assert first.text.startswith("Wedding attack\n\nMOSUL, Iraq")  # title put first
    assert first.uri == path.resolve().as_uri() + "#L1" and first.published == dt.date(2017, 6, 9)
    assert isinstance(second, Article) and second.uri == "https://wire.example/x" and second.source == "Wire B"
    assert isinstance(bad_json, Skipped) and bad_json.line == 3 and "malformed JSON" in bad_json.reason
    assert isinstance(no_text, Skipped) and no_text.line == 4
    assert isinstance(not_object, Skipped) and not_object.line == 5
    assert isinstance(news_please, Article) and news_please.published == dt.date(2017, 6, 10)
    assert news_please.source == "np.example"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": ""}], indent=2))
    art, empty = list(iter_articles([path]))
    assert isinstance(art, Article) and art.uri.endswith("#L1")
    assert isinstance(empty, Skipped) and empty.line == 2 and empty.reason == "empty text"


def test_examples_folder_is_ingestible(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    shutil.copytree(examples, tmp_path / "ex")
    items = list(iter_articles([tmp_path / "ex"]))
    assert [s for s in items if isinstance(s, Skipped)] == []
    arts = _articles(items)
    assert len(arts) == 5
    assert all(a.published is not None and a.source for a in arts)


def test_title_is_not_repeated_when_the_text_already_starts_with_it(tmp_path: Path) -> None:
    body = BODY.split("\n\n", 1)[1]
    records = [
        {"title": "Suicide bomber hits wedding party in Mosul | Wire", "text": f"World\n\n{BODY}"},
        {"title": "Wedding attack", "text": f"World\n\n{body}"},
    ]
    path = tmp_path / "t.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records))
    same, other = _articles(list(iter_articles([path])))
    assert same.text == BODY
    assert other.text == f"Wedding attack\n\n{body}"
