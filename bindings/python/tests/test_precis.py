# SPDX-License-Identifier: BSD-2-Clause
"""The Python package against the precis command built from the same tree."""
import json
import re
import sys
import threading

import pytest

import precis
from conftest import decode, repo_texts

TEXTS = repo_texts()

# Texts written for these tests: titles, paragraphs, non-ASCII letters
# outside the Basic Multilingual Plane, odd white space.
EXTRA = [
    ("emoji", "Launch day 🚀\n\nThe rocket 🚀 lifted off at dawn from the "
     "coast. Crowds 👏 cheered along the beach as it climbed. Engineers "
     "said the first stage landed on its barge. The payload, a weather "
     "satellite, reached orbit an hour later. The next launch is set for "
     "March."),
    ("greek", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια. Τα μέτρα "
     "αφορούν τα τρόφιμα και την ενέργεια. Η αντιπολίτευση λέει ότι δεν "
     "αρκούν. Οι τιμές αυξήθηκαν κατά δέκα τοις εκατό μέσα σε ένα χρόνο. Ο "
     "υπουργός είπε ότι η βοήθεια θα δοθεί τον Ιανουάριο."),
    ("spaces", "  Le conseil municipal\u00a0a voté  mardi.\r\n\r\nLe  projet "
     "coûtera\u2009deux millions d'euros. Les travaux\tcommenceront en mai. "
     "L'opposition a voté contre. Le maire s'est dit « très satisfait »."),
]

CASES = [(n, decode(raw)) for n, raw in TEXTS] + EXTRA
IDS = [n for n, _ in CASES]


def lines(out):
    return out.splitlines()


@pytest.mark.parametrize("name,text", CASES, ids=IDS)
def test_summarize_matches_command(run_cli, name, text):
    want = lines(run_cli(["-"], text.encode("utf-8")))
    got = [s.text for s in precis.summarize(text)]
    assert got == want
    assert len(got) > 0


def test_summarize_raw_bytes_match(run_cli):
    """The command reading the file's own bytes (Windows-1252, CR LF) gives
    what Python gives on the decoded text."""
    for name, raw in TEXTS:
        want = lines(run_cli(["-"], raw))
        assert [s.text for s in precis.summarize(decode(raw))] == want, name


OPTIONS = [
    ({"sentences": 5}, ["-n", "5"]),
    ({"sentences": 1}, ["-n", "1"]),
    ({"words": 40}, ["-w", "40"]),
    ({"chars": 200}, ["-c", "200"]),
    ({"ratio": 0.5}, ["-r", "0.5"]),
    ({"method": "lead"}, ["--method", "lead"]),
    ({"language": "english"}, ["-l", "english"]),
    ({"language": "de"}, ["-l", "de"]),
    ({"order": "score"}, ["--order", "score"]),
    ({"title_mode": "none"}, ["--title", "none"]),
    ({"title_mode": "first-line"}, ["--title", "first-line"]),
    ({"redundancy": 1.0}, ["--redundancy", "1"]),
    ({"weights": "tf=1,quote=0"}, ["--weights", "tf=1,quote=0"]),
    ({"sentences": None, "words": 80}, ["-w", "80", "-n", "1000000"]),
]


@pytest.mark.parametrize("kwargs,args", OPTIONS,
                         ids=[" ".join(a) for _, a in OPTIONS])
def test_options_match_command(run_cli, kwargs, args):
    for name, text in CASES[:12]:
        want = lines(run_cli(args + ["-"], text.encode("utf-8")))
        got = [s.text for s in precis.summarize(text, **kwargs)]
        assert got == want, name
        s = precis.Summarizer(**kwargs)
        assert [x.text for x in s.summarize(text)] == want, name


@pytest.mark.parametrize("name,text", CASES, ids=IDS)
def test_offsets_are_string_indices(run_cli, name, text):
    """Offsets against the command's byte offsets, converted here, and
    against the text itself."""
    data = text.encode("utf-8")
    rec = json.loads(run_cli(["-f", "json", "-n", "4", "-"], data))
    got = precis.summarize(text, sentences=4)
    assert len(got) == len(rec["summary"])
    for s, want in zip(got, rec["summary"]):
        start = len(data[:want["offset"]].decode("utf-8"))
        end = len(data[:want["offset"] + want["length"]].decode("utf-8"))
        assert (s.offset, s.length) == (start, end - start)
        assert s.index == want["index"] and s.rank == want["rank"]
        assert s.score == pytest.approx(want["score"], rel=1e-4)
        span = text[s.offset:s.offset + s.length]
        assert span == span.strip() and " ".join(span.split()) == \
            " ".join(s.text.split())


def test_offsets_outside_basic_plane():
    text = "🚀 launch 🚀.\n\nOne 😀 two. Three four five six seven eight."
    sents = precis.split(text)
    assert [text[s.offset:s.offset + s.length] for s in sents] == \
        [s.text for s in sents]
    assert sents[-1].offset == text.index("Three")


def test_title_given_apart(run_cli):
    """A title is read as precis batch reads a record's title; offsets
    still refer to the text."""
    title = "Flood waters reach\nthe village"
    name, raw = next(t for t in TEXTS if t[0].endswith("plain.txt"))
    text = decode(raw)
    rec = json.loads(run_cli(["batch", "-q", "-j", "1", "-"],
                             json.dumps({"id": "a", "title": title,
                                         "text": text}).encode() + b"\n"))
    got = precis.summarize(text, title=title)
    assert [s.text for s in got] == rec["summary"]
    assert [s.offset for s in got] == [x["offset"] for x in rec["spans"]]
    for s in got:
        assert text[s.offset:s.offset + s.length] == s.text
    summary = precis.Summarizer().summary(text, title=title)
    assert summary.title == "Flood waters reach the village"
    assert summary.sentences == got


@pytest.mark.parametrize("name,text", CASES, ids=IDS)
def test_split_matches_command(run_cli, name, text):
    want = lines(run_cli(["split", "-"], text.encode("utf-8")))
    got = precis.split(text)
    assert [s.text for s in got] == want
    assert [s.index for s in got] == list(range(len(got)))
    for s in got:
        assert " ".join(text[s.offset:s.offset + s.length].split()) == \
            " ".join(s.text.split())


@pytest.mark.parametrize("name,text", CASES, ids=IDS)
def test_detect_matches_command(run_cli, name, text):
    rec = json.loads(run_cli(["-f", "json", "-"], text.encode("utf-8")))
    det = precis.detect(text)
    assert det.language == rec["language_detected"]
    assert det.reliable == rec["language_reliable"]
    assert det.score == pytest.approx(rec["language_score"], abs=1e-6)
    assert (det.language, det.code) in precis.languages()
    summary = precis.Summarizer().summary(text)
    assert summary.language == rec["language"]
    assert summary.detection == det


def test_keywords_match_command(run_cli):
    for name, text in CASES[:10]:
        out = run_cli(["-k", "5", "-"], text.encode("utf-8"))
        m = re.search(r"^Keywords: (.*)$", out, re.M)
        want = m.group(1).split(", ") if m else []
        got = precis.keywords(text, 5)
        assert [k.text for k in got] == want, name
        for k in got:
            assert text[k.offset:k.offset + k.length] == k.text
            assert 0 < k.weight <= 1


def test_languages():
    langs = precis.languages()
    assert ("english", "en") in langs and ("german", "de") in langs
    assert len(langs) >= 28
    assert precis.Summarizer("de").language == "german"
    assert precis.Summarizer().language == "auto"


def test_errors_carry_the_library_message():
    with pytest.raises(ValueError, match="^binary input"):
        precis.summarize("a\0b. c d e.")
    with pytest.raises(ValueError, match="^unsupported language: 'xx'"):
        precis.summarize("Some text.", language="xx")
    with pytest.raises(ValueError, match="^input is larger than the size"):
        precis.Summarizer(max_bytes=10).summarize("A sentence too long.")
    with pytest.raises(ValueError, match="^invalid weight specification"):
        precis.summarize("Some text.", weights="nonsense=1")
    with pytest.raises(ValueError, match="invalid method: 'magic'"):
        precis.summarize("Some text.", method="magic")
    with pytest.raises(ValueError, match="invalid number of sentences"):
        precis.summarize("Some text.", sentences=0)
    with pytest.raises(ValueError, match="invalid ratio"):
        precis.summarize("Some text.", ratio=1.5)
    with pytest.raises(ValueError, match="invalid title mode"):
        precis.split("Some text.", title_mode="maybe")
    with pytest.raises(UnicodeEncodeError):
        precis.summarize("lone \ud800 surrogate.")
    with pytest.raises(TypeError):
        precis.summarize(b"bytes are not text.")


def test_empty_text():
    assert precis.summarize("") == []
    assert precis.split("   \n") == []
    assert precis.detect("").reliable is False


def test_summarizer_keeps_stopwords():
    text = CASES[0][1]
    plain = precis.Summarizer("english").summary(text, None)
    s = precis.Summarizer("english", stopwords="the | a comment\nof to",
                          keywords=3)
    first = s.summary(text)
    assert first == s.summary(text)
    assert len(first.keywords) == 3 and plain.keywords == []


def test_threads_give_the_sequential_results():
    texts = [t for _, t in CASES] * 4
    want = [precis.summarize(t) for t in texts]
    got = [None] * len(texts)
    errors = []

    def work(k):
        try:
            mine = precis.Summarizer()
            for i in range(k, len(texts), 4):
                got[i] = (precis.summarize(texts[i]) if i % 2
                          else mine.summarize(texts[i]))
        except Exception as e:  # reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert got == want


def test_one_summarizer_shared_by_threads():
    s = precis.Summarizer("english")
    texts = [t for _, t in CASES[:8]]
    want = [s.summarize(t) for t in texts]
    out = []

    def work():
        out.append([s.summarize(t) for t in texts])

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [want] * 3


def test_help_reads_well():
    doc = precis.summarize.__doc__
    assert "precis -" in doc and "ratio" in doc
    assert precis.Sentence._fields == ("text", "index", "offset", "length",
                                       "score", "rank")


def test_gil_released_during_summarization():
    """With a switch interval far longer than the test, a thread gives up
    the GIL only where it chooses to: the main thread gets to run while
    the worker is still summarizing only if the library call releases it."""
    big = "\n\n".join(t for _, t in CASES) * 20
    state = {"done": False}
    started = threading.Event()

    def work():
        started.set()
        for _ in range(20):
            precis.summarize(big)
        state["done"] = True

    old = sys.getswitchinterval()
    sys.setswitchinterval(1000)
    try:
        t = threading.Thread(target=work)
        t.start()
        started.wait()
        seen_done = state["done"]
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert state["done"] is True
    assert seen_done is False
