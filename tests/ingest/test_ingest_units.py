"""Publication dates, language identification, byte decoding and format detection, one unit at a time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from strife.ingest.dates import parse_published
from strife.ingest.decode import decode_bytes, html_charset
from strife.ingest.formats import Format, detect_format
from strife.ingest.language import detect_language

D = dt.date(2016, 10, 25)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-10-25", D),
        ("2016-10-25T23:10:00Z", D),
        ("2016-10-25 08:00:00", D),
        ("Tue, 25 Oct 2016 10:00:00 GMT", D),
        ("October 25, 2016", D),
        ("25 Oct 2016", D),
        (1477389600, D),
        (1477389600000, D),
        (D, D),
        (dt.datetime(2016, 10, 25, 12), D),
        ("2016", None),  # no day given: not a publication date
        ("October 2016", None),
        ("", None),
        ("yesterday-ish", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen killed at least 12 people at a market in the north of the country on Friday, police said.", "en"),
        ("GUNMEN KILLED AT LEAST 12 PEOPLE AT A MARKET IN THE NORTH OF THE COUNTRY ON FRIDAY, POLICE SAID.", "en"),
        (
            "Des hommes armés ont tué au moins douze personnes sur un marché du nord du pays, selon la police.",
            "fr",
        ),
        (
            "Hombres armados mataron al menos a doce personas en un mercado del norte del país, dijo la policía.",
            "es",
        ),
        ("Quetta police academy attack", "en"),  # too short to tell: not rejected
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_decode_prefers_utf8_then_detects() -> None:
    assert decode_bytes("naïve café".encode()).text == "naïve café"
    latin = ("Le café de la gare a été fermé après l'attaque, a déclaré la préfecture. " * 3).encode("latin-1")
    decoded = decode_bytes(latin)
    assert decoded.text is not None and "café" in decoded.text and "préfecture" in decoded.text
    assert decode_bytes(b"").problem == "empty"
    assert "NUL" in (decode_bytes(b"abc\x00def").problem or "")


def test_html_charset_from_meta() -> None:
    assert html_charset(b'<html><head><meta charset="windows-1252"></head>') == "cp1252"
    assert html_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "iso8859-1"
    assert html_charset(b"<html><head></head>") is None
    assert html_charset(b'<meta charset="no-such-codec">') is None


@pytest.mark.parametrize(
    ("name", "head", "fmt"),
    [
        ("a.txt", b"x", Format.text),
        ("a.HTM", b"x", Format.html),
        ("a.ndjson", b"{}", Format.jsonl),
        ("a.warc.gz", b"x", Format.warc),
        ("a.rss", b"x", Format.feed),
        ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', Format.feed),
        ("a.xml", b'<?xml version="1.0"?><svg>', None),
        ("noext", b"WARC/1.0\r\n", Format.warc),
        ("noext", b"<!DOCTYPE html><html>", Format.html),
        ("noext", b"Plain words here.", Format.text),
        ("README.md", b"# Notes", None),
        ("image.png", b"\x89PNG\x00", None),
    ],
)
def test_detect_format(tmp_path: Path, name: str, head: bytes, fmt: Format | None) -> None:
    path = tmp_path / name
    path.write_bytes(head)
    assert detect_format(path) == fmt


def test_utf8_with_one_broken_byte_keeps_the_rest() -> None:
    good = ("The minister’s statement – issued on Tuesday – said “at least 12” died. " * 5).encode()
    decoded = decode_bytes(good + b"\xe2\x80" + good)
    assert decoded.text is not None and decoded.text.count("\ufffd") == 1
    assert decoded.text.count("minister’s") == 10
