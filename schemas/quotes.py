import polars as pl
import pandera.polars as pa

from .columns import SpannedTable, actor_name, char_end, char_start, doc_id, interval_order, precision

QUOTE_KINDS = ["direct", "partial", "term"]


class Quotes(SpannedTable):
    """Every span of text inside quotation marks."""

    quote_id: str = pa.Field(unique=True, description="Stable id: `<doc_id>:q:<char_start, 8 digits>`.")
    doc_id: str = doc_id()
    text: str = pa.Field(str_length={"min_value": 1}, description="The quoted words without the enclosing marks, exactly as in the text.")
    char_start: int = char_start("the quoted words")
    char_end: int = char_end("the quoted words")
    kind: str = pa.Field(isin=QUOTE_KINDS, description="`direct` (someone's words, a clause or more), `partial` "
                         "(a fragment woven into the writer's sentence), `term` (a label or scare quote).")
    speaker: str = actor_name("Who said or wrote it; null when the text does not tell.")
    speaker_mention: str = pa.Field(nullable=True, description="The words that attribute it (`he`, `the Leader`).")
    cue: str = pa.Field(nullable=True, description="The reporting verb or phrase (`stated`, `according to`).")
    said_start: pl.Date = pa.Field(nullable=True, description="First day of when the words were said, if the text tells.")
    said_end: pl.Date = pa.Field(nullable=True, description="Last day of when the words were said.")
    said_precision: str = precision("said_start/said_end")
    parent_quote_id: str = pa.Field(nullable=True, description="The enclosing quote's id when this one is nested.")

    class Config:
        strict = True
        title = "quotes"
        description = "Quotations with their speaker, reporting cue and date."

    @pa.dataframe_check(description="said_start <= said_end")
    def said_order(cls, data) -> pl.LazyFrame:
        return interval_order("said_start", "said_end")(data)
