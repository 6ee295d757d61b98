import polars as pl
import pandera.polars as pa

from .columns import SpannedTable, char_end, char_start, doc_id, one_of

FIGURE_KINDS = ["percent", "count", "duration", "money", "measure"]
QUALIFIERS = ["exact", "more_than", "less_than", "at_least", "at_most", "about", "up_to"]


class Figures(SpannedTable):
    """Every cited numeric quantity."""

    figure_id: str = pa.Field(unique=True, description="Stable id: `<doc_id>:f:<char_start, 8 digits>`.")
    doc_id: str = doc_id()
    text: str = pa.Field(str_length={"min_value": 1}, description="The whole expression with its qualifier (`more than forty percent`).")
    char_start: int = char_start("the expression")
    char_end: int = char_end("the expression")
    value: float = pa.Field(nullable=True, description="The number with scale words applied (40.0, 2.5e6); the lower "
                            "bound for vague amounts (`dozens` → 24); null only when no number can be given.")
    value_max: float = pa.Field(nullable=True, description="Upper bound of a range (`between 20 and 30` → 30).")
    unit: str = pa.Field(str_length={"min_value": 1}, description="Singular lowercase unit without scale words: "
                         "`percent`, `month`, `usd` (ISO 4217 for money), `barrel per day`, or the counted noun.")
    kind: str = pa.Field(isin=FIGURE_KINDS, description=one_of(FIGURE_KINDS))
    qualifier: str = pa.Field(isin=QUALIFIERS, description=one_of(QUALIFIERS))
    approximate: bool = pa.Field(description="True for inexact amounts (`about`, `nearly`, `dozens`, `several`).")
    subject: str = pa.Field(nullable=True, description="What the figure measures, as a noun phrase from the text.")

    class Config:
        strict = True
        title = "figures"
        description = "Numeric quantities the texts cite, with value, unit, qualifier and subject."

    @pa.dataframe_check(description="value_max > value when both are given")
    def range_order(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("value_max").is_null() | (pl.col("value_max") > pl.col("value")))
