"""The bench extraction loop: articles built from benchmark documents, and a failing document does not stop it."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest

from strife.evaluate.extraction import article_for, run_extractor
from strife.model import Article, Report


class _Flaky:
    def warm_up(self) -> None:
        pass

    def __call__(self, article: Article) -> list[Report]:
        if "boom" in article.text:
            raise RuntimeError("cannot parse")
        return [Report(id="r", article_id=article.id, uri=article.uri, published=article.published)]


def test_article_for() -> None:
    a = article_for("TST1-MUC3-0001", "some text", dt.date(1990, 2, 4), "muc4://")
    assert a.uri == "muc4://TST1-MUC3-0001" and a.published == dt.date(1990, 2, 4) and a.id.startswith("art_")


def test_failures_are_reported_and_skipped(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = types.ModuleType("strife.extract")
    fake.Extractor = _Flaky  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "strife.extract", fake)
    run = run_extractor([("a", "fine", None), ("b", "boom", None)], uri_prefix="x://", progress=False)
    assert len(run.reports["a"]) == 1 and run.reports["b"] == []
    assert "extraction failed on b: RuntimeError" in capsys.readouterr().err
    assert run.docs_per_second > 0
