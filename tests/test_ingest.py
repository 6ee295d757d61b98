import json
import os

from mistrust.ingest import scan


def write(raw, name, data):
    p = raw / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def reasons(raw):
    sources, rejects = scan(raw)
    return [s.doc_id for s in sources], {r.path: r.reason for r in rejects}


def test_good_document_with_metadata(tmp_path):
    write(tmp_path, "good.txt", "\ufeffTitle line\r\nBody.")
    write(tmp_path, "good.meta.json", json.dumps({"title": "T", "published": "2025-02-10"}))
    (src,), rejects = scan(tmp_path)
    assert rejects == [] and src.text == "Title line\nBody." and src.meta["title"] == "T"
    assert str(src.published) == "2025-02-10"


def test_each_bad_input_is_rejected_with_its_reason_and_others_survive(tmp_path):
    write(tmp_path, "ok.txt", "Fine text.")
    write(tmp_path, "latin1.txt", "caf\xe9".encode("latin-1"))
    write(tmp_path, "utf16.txt", "hello".encode("utf-16"))
    write(tmp_path, "empty.txt", "   \n\t")
    write(tmp_path, "binary.txt", b"abc\x00def")
    write(tmp_path, "Bad_Name.txt", "Fine text.")
    write(tmp_path, "badmeta.txt", "Fine text.")
    write(tmp_path, "badmeta.meta.json", "{not json")
    write(tmp_path, "typed.txt", "Fine text.")
    write(tmp_path, "typed.meta.json", json.dumps({"title": 5}))
    write(tmp_path, "baddate.txt", "Fine text.")
    write(tmp_path, "baddate.meta.json", json.dumps({"published": "10/02/2025"}))
    write(tmp_path, "orphan.meta.json", "{}")
    write(tmp_path, "notes.md", "x")
    (tmp_path / "folder.txt").mkdir()
    outside = tmp_path.parent / "outside-secret.txt"
    outside.write_text("secret")
    os.symlink(outside, tmp_path / "link.txt")
    ok, why = reasons(tmp_path)
    assert ok == ["ok"]
    assert "not valid UTF-8" in why["latin1.txt"]
    assert "UTF-16" in why["utf16.txt"]
    assert "empty" in why["empty.txt"]
    assert "NUL" in why["binary.txt"]
    assert "not a valid doc_id" in why["Bad_Name.txt"]
    assert "not valid JSON" in why["badmeta.txt"]
    assert "'title' must be a string" in why["typed.txt"]
    assert "not an ISO date" in why["baddate.txt"]
    assert "without a matching" in why["orphan.meta.json"]
    assert "expected <doc_id>.txt" in why["notes.md"]
    assert "not a regular file" in why["folder.txt"]
    assert "outside the raw folder" in why["link.txt"]
