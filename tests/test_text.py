from mistrust.text import count_words, normalise, paragraphs, sentences


def test_normalise_strips_bom_unifies_newlines_and_composes():
    raw = "\ufeffCafe\u0301 one\r\ntwo\rthree".encode("utf-8")
    assert normalise(raw) == "Café one\ntwo\nthree"


def test_sentences_keep_abbreviations_and_initials():
    text = "The U.S. Embassy fell. George W. Bush spoke in Jan. 2002 to Gen. Smith. Then he left."
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["The U.S. Embassy fell.", "George W. Bush spoke in Jan. 2002 to Gen. Smith.", "Then he left."]


def test_sentence_ends_after_closing_quote():
    text = '“We will not negotiate.” Khamenei left.'
    assert [text[s.start:s.end] for s in sentences(text)] == ["“We will not negotiate.”", "Khamenei left."]


def test_paragraph_spans_skip_blank_lines():
    text = "First line.\n\n  Second line.  \n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["First line.", "Second line."]


def test_count_words():
    assert count_words("Iran’s 2015 deal, signed in Vienna.") == 6
