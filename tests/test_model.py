"""The Article model: immutability, JSON shape, exact round trip."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from importlib import resources

import attrs
import jsonschema
import pytest
from hypothesis import given

from newsnorm.model import (
    Article,
    Dateline,
    DateMention,
    DateRange,
    Person,
    Removal,
    YearMonth,
    format_date_value,
    parse_date_value,
)

from .strategies import articles, date_values

SCHEMA = json.loads(
    resources.files("newsnorm").joinpath("schema/article.schema.json").read_text("utf-8")
)
WIB = timezone(timedelta(hours=7))


@given(articles)
def test_from_dict_reverses_to_dict(article: Article) -> None:
    data = article.to_dict()
    assert Article.from_dict(data) == article
    # and the dict survives JSON itself
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@given(articles)
def test_to_dict_matches_the_json_schema(article: Article) -> None:
    jsonschema.validate(article.to_dict(), SCHEMA)


@given(date_values)
def test_date_values_round_trip(value: object) -> None:
    assert parse_date_value(format_date_value(value)) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2022, 6, 16, 7, 0, tzinfo=WIB), "2022-06-16T07:00:00+07:00"),
        (date(2022, 6, 15), "2022-06-15"),
        (YearMonth(2007, 1), "2007-01"),
        (DateRange(date(2024, 7, 2), date(2024, 7, 4)), "2024-07-02/2024-07-04"),
        (DateRange(YearMonth(2022, 1), YearMonth(2022, 3)), "2022-01/2022-03"),
        (None, None),
    ],
)
def test_date_value_iso_forms(value: object, text: str | None) -> None:
    assert format_date_value(value) == text  # type: ignore[arg-type]
    assert parse_date_value(text) == value


def test_article_is_frozen_and_hashable() -> None:
    article = Article(title="A", body=["x", "y"], authors=[Person(name="Reni Erina")])
    assert article.body == ("x", "y")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "B"  # type: ignore[misc]
    assert hash(article) == hash(attrs.evolve(article))


def test_validation() -> None:
    with pytest.raises(ValueError, match="role"):
        Person(name="X", role="boss")
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(published=datetime(2022, 1, 1, 7, 0))
    with pytest.raises(TypeError, match="published"):
        Article(published="2022-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="month"):
        YearMonth(2022, 13)
    with pytest.raises(TypeError, match="single string"):
        Article(body="not a tuple")  # type: ignore[arg-type]


def test_from_dict_rejects_wrong_shapes() -> None:
    with pytest.raises(ValueError, match="not an Article"):
        Article.from_dict({"authors": [{"nom": "x"}]})
    with pytest.raises(ValueError, match="published"):
        Article.from_dict({"published": "2007-01"})


def test_to_text_renders_title_lead_dateline_and_body() -> None:
    article = Article(
        title="Judul",
        lead="Ringkasan.",
        dateline=Dateline(text="ASTANA, KOMPAS.com - ", place="Astana", source="KOMPAS.com"),
        body=("Paragraf satu.", "Paragraf dua."),
        removed=(Removal(text="Baca juga: X", reason="related-link"),),
        dates=(DateMention(text="x", value=None, paragraph=0, start=0, end=1),),
    )
    assert article.to_text() == (
        "Judul\n\nRingkasan.\n\nASTANA, KOMPAS.com - Paragraf satu.\n\nParagraf dua.\n"
    )
    assert Article().to_text() == ""
