import json
import os

from mistrust.ingest import ScanMemo, scan


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


def _scan_saved(raw, memo):
    """A build's scan: read with the memo, then save it (a build that goes on does)."""
    m = ScanMemo(memo)
    got = scan(raw, keep_texts=False, memo=m)
    m.save()
    return got


def _counting_reads(monkeypatch):
    from mistrust import ingest
    monkeypatch.setattr(ingest, "_RACY_S", 0)  # files written by the test are seconds old at most
    reads = []
    real = ingest.read_document
    monkeypatch.setattr(ingest, "read_document", lambda path, *a: reads.append(path.name) or real(path, *a))
    return reads


def test_a_remembered_scan_reads_only_changed_files_and_gives_the_same_sources(tmp_path, monkeypatch):
    raw, memo = tmp_path / "raw", tmp_path / "out" / ".cache" / "scan.json"
    raw.mkdir()
    write(raw, "a.txt", "Iran and the United States met in Muscat.")
    write(raw, "b.txt", "The envoy flew home on Sunday.")
    write(raw, "b.meta.json", json.dumps({"published": "2025-04-13"}))
    reads = _counting_reads(monkeypatch)
    first = _scan_saved(raw, memo)
    assert sorted(reads) == ["a.txt", "b.txt"] and memo.exists()
    reads.clear()
    assert _scan_saved(raw, memo) == first and reads == []
    # the same size and modification time, other bytes: the change time still tells
    mtime = (raw / "a.txt").stat().st_mtime_ns
    write(raw, "a.txt", "Iran and the United States met in Geneva.")
    os.utime(raw / "a.txt", ns=(mtime, mtime))
    write(raw, "b.meta.json", json.dumps({"published": "2025-04-14"}))
    again, _ = _scan_saved(raw, memo)
    assert sorted(reads) == ["a.txt", "b.txt"]
    assert again[0].sha256 != first[0][0].sha256 and again[1].meta == {"published": "2025-04-14"}


def test_a_memo_from_other_code_or_unreadable_is_ignored(tmp_path, monkeypatch):
    raw, memo = tmp_path / "raw", tmp_path / "scan.json"
    raw.mkdir()
    write(raw, "a.txt", "Talks resumed in Oman.")
    reads = _counting_reads(monkeypatch)
    first = _scan_saved(raw, memo)
    data = json.loads(memo.read_text())
    memo.write_text(json.dumps({**data, "version": "older code"}))
    assert _scan_saved(raw, memo) == first and reads == ["a.txt", "a.txt"]
    memo.write_text("{half a fi")
    assert _scan_saved(raw, memo) == first and reads == ["a.txt"] * 3


def test_a_file_changed_in_the_last_seconds_is_read_again(tmp_path, monkeypatch):
    from mistrust import ingest
    raw, memo = tmp_path / "raw", tmp_path / "scan.json"
    raw.mkdir()
    write(raw, "a.txt", "Talks resumed in Oman.")
    reads = _counting_reads(monkeypatch)
    monkeypatch.setattr(ingest, "_RACY_S", 3600)  # "just written" for the whole test
    _scan_saved(raw, memo)
    _scan_saved(raw, memo)
    assert reads == ["a.txt", "a.txt"]
