import polars as pl
import pandera.polars as pa

from .columns import doc_id


class Documents(pa.DataFrameModel):
    """One row per source document that was built."""

    doc_id: str = doc_id("Document identifier: the raw file's stem (`raw/<doc_id>.txt`).", unique=True)
    title: str = pa.Field(nullable=True, description="Title from the metadata file; else the text's first "
                          "line when it reads as a headline (150 characters or fewer, no closing full stop); "
                          "null when neither gives one.")
    publisher: str = pa.Field(nullable=True, description="Publisher, from the metadata file only.")
    url: str = pa.Field(nullable=True, description="Source URL, from the metadata file only.")
    published: pl.Date = pa.Field(nullable=True, description="Publication date, from the metadata file only.")
    author: str = pa.Field(nullable=True, description="Author, from the metadata file only.")
    language: str = pa.Field(nullable=True, description="Language code, from the metadata file only.")
    license: str = pa.Field(nullable=True, description="Licence of the source text, from the metadata file only.")
    note: str = pa.Field(nullable=True, description="Curator's note on the source, from the metadata file.")
    sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="SHA-256 of the raw file's bytes.")
    n_chars: int = pa.Field(ge=1, description="Length of the normalised text in code points.")
    n_words: int = pa.Field(ge=0, description="Number of words in the normalised text.")

    class Config:
        strict = True
        title = "documents"
        description = "The source texts, their metadata and fingerprints."
