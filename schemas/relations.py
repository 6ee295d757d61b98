"""Relations between tables, declared once: they become the `foreignKeys` of datapackage.json and
the cross-table checks run before publishing."""
from __future__ import annotations

from typing import NamedTuple


class Relation(NamedTuple):
    table: str
    column: str
    ref_table: str
    ref_column: str


RELATIONS = (
    Relation("quotes", "doc_id", "documents", "doc_id"),
    Relation("figures", "doc_id", "documents", "doc_id"),
    Relation("events", "doc_id", "documents", "doc_id"),
    Relation("quotes", "speaker", "actors", "name"),
    Relation("events", "actor_source", "actors", "name"),
    Relation("events", "actor_target", "actors", "name"),
    Relation("quotes", "parent_quote_id", "quotes", "quote_id"),
)
