"""Bad input never stops ingest: each bad file or line is one Skipped with a reason, and the good ones still come."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import strife.ingest as ingest
from strife.ingest import iter_articles
from strife.ingest.build import MAX_TEXT_CHARS
from strife.ingest.formats import Format
from strife.model import Article, Skipped

GOOD = (
    "Grenade attack on police post in Srinagar\n\n"
    "SRINAGAR, India – Suspected militants hurled a grenade at a police post in the old city on Friday, wounding "
    "four policemen and two passers-by, officials said. No group claimed the attack."
)


def _run(tmp_path: Path, name: str, data: bytes) -> list[Article | Skipped]:
    bad = tmp_path / name
    bad.write_bytes(data)
    (tmp_path / "zz_good.txt").write_text(GOOD)
    return list(iter_articles([tmp_path]))


def _only_skip(items: list[Article | Skipped]) -> Skipped:
    """Exactly one Skipped, and the good file after it was still read."""
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert len(skipped) == 1, skipped
    assert [a.text for a in items if isinstance(a, Article)] == [GOOD]
    return skipped[0]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("junk.txt", bytes(range(128, 256)) * 8, "decod"),
        ("only_furniture.txt", b"Share this article\n\nComments\n\nLoading...\n", "boilerplate"),
        (
            "german.txt",
            "Bei einem Anschlag auf einen Markt in der Stadt sind am Freitag mindestens zwölf Menschen "
            "getötet worden, teilte die Polizei mit. Die Täter sind noch nicht gefasst worden.".encode(),
            "not English",
        ),
        ("empty.html", b"<html><head></head><body></body></html>", "no article text"),
        ("broken.html", b"<html><body><div><p>\x00\x01\x02</div>", "binary"),
        ("nothing.rss", b"this is not xml at all", "feed"),
    ],
)
def test_bad_file_is_skipped_with_reason_and_run_goes_on(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    skip = _only_skip(_run(tmp_path, name, data))
    assert skip.path.endswith(name)
    assert reason in skip.reason
    assert str(skip).startswith(f"skipped {skip.path}")


def test_windows_1252_text_is_decoded_not_skipped(tmp_path: Path) -> None:
    text = GOOD.replace("officials said", "officials said, according to the café owner’s account")
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (art,) = list(iter_articles([tmp_path / "cp1252.txt"]))
    assert isinstance(art, Article)
    assert "café owner’s account" in art.text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(GOOD.encode("utf-16"))
    (art,) = list(iter_articles([tmp_path / "u16.txt"]))
    assert isinstance(art, Article) and art.text == GOOD


def test_huge_text_is_skipped_not_truncated(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("w") as fh:
        fh.write(GOOD + "\n\n")
        sentence = "The police said the attack was under investigation. "
        fh.write(sentence * (MAX_TEXT_CHARS // len(sentence) + 10))
    (skip,) = list(iter_articles([big]))
    assert isinstance(skip, Skipped) and "too large" in skip.reason and "5 MB" in skip.reason


def test_huge_jsonl_line_skips_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text(
        '{"text": "' + "word " * (MAX_TEXT_CHARS // 5 + 10) + '"}\n' + '{"text": "' + GOOD.replace("\n", "\\n") + '"}\n'
    )
    skip, art = list(iter_articles([path]))
    assert isinstance(skip, Skipped) and skip.line == 1 and "too large" in skip.reason
    assert isinstance(art, Article)


def test_invalid_utf8_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_bytes(b'{"text": "caf\xe9 attack"}\n' + ('{"text": "' + GOOD.replace("\n", "\\n") + '"}\n').encode())
    skip, art = list(iter_articles([path]))
    assert isinstance(skip, Skipped) and skip.line == 1 and "UTF-8" in skip.reason
    assert isinstance(art, Article)


def test_malformed_meta_line_is_reported_and_others_apply(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "meta.jsonl").write_text('{"file": "a.txt", "source": "Wire"}\n{oops\n{"published": "2020-01-01"}\n')
    items = list(iter_articles([tmp_path]))
    skipped = [s for s in items if isinstance(s, Skipped)]
    assert [(s.line, "meta.jsonl" in s.path) for s in skipped] == [(2, True), (3, True)]
    (art,) = [a for a in items if isinstance(a, Article)]
    assert art.source == "Wire"


def test_truncated_gzip_warc_is_skipped(tmp_path: Path) -> None:
    data = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\n<html>")
    _only_skip(_run(tmp_path, "cut.warc.gz", data[: len(data) // 2]))


def test_reader_crash_becomes_a_skip_and_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(path: Path, meta: object) -> Iterator[Article | Skipped]:
        raise PermissionError(13, "Permission denied")
        yield  # pragma: no cover - makes this a generator

    monkeypatch.setitem(ingest._READERS, Format.html, explode)
    skip = _only_skip(_run(tmp_path, "locked.html", b"<html><body><p>Hi</p></body></html>"))
    assert "Permission denied" in skip.reason


def test_empty_folder_is_reported(tmp_path: Path) -> None:
    (skip,) = list(iter_articles([tmp_path]))
    assert isinstance(skip, Skipped) and skip.reason == "folder holds no files"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "shard-0001.jsonl.gz"
    path.write_bytes(gzip.compress(('{"text": "' + GOOD.replace("\n", "\\n") + '"}\n{broken\n').encode()))
    art, skip = list(iter_articles([path]))
    assert isinstance(art, Article) and art.text == GOOD and art.uri.endswith(".jsonl.gz#L1")
    assert isinstance(skip, Skipped) and skip.line == 2


def test_headline_over_a_paywall_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "paywall.jsonl"
    lines = [
        {"title": "Five wounded in shooting outside nightclub downtown", "text": "Subscribe to continue reading"},
        {"title": "Five wounded in shooting outside nightclub downtown", "text": "Welcome back.\n\nTotal Access"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines))
    items = list(iter_articles([path]))
    assert [(s.line, "boilerplate" in s.reason) for s in items if isinstance(s, Skipped)] == [(1, True), (2, True)]
