"""One build over every kind of bad or odd input, generated here: each is built or rejected with a one-line
reason naming it; the valid documents are still built; no traceback reaches the user."""
import json
import os

import polars as pl
import pytest

from conftest import ROOT, run_build
from mistrust.publish.verify import verify

pytestmark = pytest.mark.slow  # builds end to end; `pytest -m 'not slow'` skips them in the inner loop

SEED = (ROOT / "raw" / "tehran-times-deep-seated-mistrust.txt").read_text()

REJECTED = {  # file → words its reason must contain
    "latin1.txt": "not valid UTF-8",
    "utf16.txt": "UTF-16",
    "empty.txt": "empty",
    "blank.txt": "empty",
    "binary.txt": "NUL",
    "Bad_Name.txt": "not a valid doc_id",
    "-leading-dash.txt": "not a valid doc_id",
    "badjson.txt": "not valid JSON",
    "nested.txt": "not valid JSON",
    "typed.txt": "must be a string",
    "listmeta.txt": "must be a JSON object",
    "outside-link.txt": "outside the raw folder",
    "folder.txt": "not a regular file",
    "stray.meta.json": "without a matching",
    "notes.md": "expected <doc_id>.txt",
}
BUILT = ["seed-copy", "huge", "unbalanced", "html", "rtl-zero-width", "persian-arabic"]


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    raw = tmp / "raw"
    raw.mkdir()
    w = lambda name, data: (raw / name).write_bytes(data if isinstance(data, bytes) else data.encode())
    w("seed-copy.txt", SEED)
    w("latin1.txt", "Caf\xe9 au lait".encode("latin-1"))
    w("utf16.txt", "Iran said hello.".encode("utf-16"))
    w("empty.txt", b"")
    w("blank.txt", " \n\t\r\n ")
    w("binary.txt", bytes(range(256)) * 4)
    w("Bad_Name.txt", SEED)
    w("-leading-dash.txt", SEED)
    w("badjson.txt", SEED)
    w("badjson.meta.json", "{'title': 'single quotes'}")
    w("nested.txt", SEED)
    w("nested.meta.json", "[" * 100000 + "]" * 100000)
    w("typed.txt", SEED)
    w("typed.meta.json", json.dumps({"title": ["a", "list"], "published": 2025}))
    w("listmeta.txt", SEED)
    w("listmeta.meta.json", "[1, 2, 3]")
    w("stray.meta.json", "{}")
    w("notes.md", "# notes")
    (raw / "folder.txt").mkdir()
    secret = tmp / "secret.txt"
    secret.write_text("outside")
    os.symlink(secret, raw / "outside-link.txt")
    # valid but hard documents
    paragraphs = SEED.split("\n")
    big, size = [], 0
    while size < 4 * 1024 * 1024:  # past a million characters: the time budget scales with the length
        big.append(paragraphs[len(big) % len(paragraphs)])
        size += len(big[-1]) + 1
    w("huge.txt", "\n".join(big))
    w("unbalanced.txt", ' '.join(f'He said "part {i}' for i in range(3000)) + "\n“Never closed ‘either.\n")
    w("html.txt", "<html><body><p>Khamenei said: “<b>We will not</b> negotiate.”</p>"
                  "<script>alert('x')</script><p>Sanctions cut exports by 40&nbsp;percent.</p></body></html>")
    w("rtl-zero-width.txt", "Khamenei\u200b said: “\u202eWe\u200d will\u2066 not\u2069 talk.” In 2018 Trump withdrew.")
    w("persian-arabic.txt", "رهبر انقلاب گفت: «مذاکره با آمریکا فایده ندارد.» Khamenei said: “No talks.” "
                            "قال المرشد الأعلى إن المفاوضات لا تحل شيئا. On 28 Mordad 1332 the coup came.")
    proc = run_build(raw, tmp / "out", timeout=900)
    return raw, tmp / "out", proc


def test_build_succeeds_without_traceback(bad_build):
    _, out, proc = bad_build
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stdout + proc.stderr


def test_each_bad_file_is_named_with_its_reason(bad_build):
    raw, out, proc = bad_build
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("rejected ")]
    for name, words in REJECTED.items():
        mine = [ln for ln in lines if ln.startswith(f"rejected {raw / name}:")]
        assert len(mine) == 1 and words in mine[0], (name, lines)
    assert len(lines) == len(REJECTED)


def test_valid_documents_are_built_and_rejects_listed(bad_build):
    _, out, _ = bad_build
    rel = out / (out / "LATEST").read_text().strip()
    assert sorted(pl.read_parquet(rel / "documents.parquet")["doc_id"].to_list()) == sorted(BUILT)
    log = (rel / "CHANGELOG.md").read_text()
    assert all(f"`{name}`" in log for name in REJECTED)
    assert "unbalanced quotation mark at offset" in log
    assert verify(rel) == []


def test_hard_documents_extract_sensibly(bad_build):
    _, out, _ = bad_build
    rel = out / (out / "LATEST").read_text().strip()
    quotes = pl.read_parquet(rel / "quotes.parquet")
    html = quotes.filter(pl.col("doc_id") == "html")
    assert html["speaker"].to_list() == ["Ali Khamenei"]
    persian = quotes.filter(pl.col("doc_id") == "persian-arabic")
    assert persian["text"].to_list() == ["No talks."]
    coup = pl.read_parquet(rel / "events.parquet").filter(pl.col("doc_id") == "persian-arabic")
    assert str(coup["date_start"][0]) == "1953-08-19"
    huge = pl.read_parquet(rel / "documents.parquet").filter(pl.col("doc_id") == "huge")
    assert huge["n_chars"][0] > 4_000_000
