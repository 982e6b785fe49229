# SPDX-License-Identifier: BSD-2-Clause
"""precis: fast extractive summaries of news articles.

The best sentences of an article, chosen by libprecis (C) through cffi::

    >>> import precis
    >>> for s in precis.summarize(article):
    ...     print(s.text)

Every default is that of the ``precis`` command, so ``precis.summarize(text)``
gives the sentences ``precis -`` prints for the same text: 3 sentences, the
language detected, a short first line without an end mark taken for the
title.  Offsets and lengths are Python string indices (characters).  Errors
raise ``ValueError`` (or ``MemoryError``) with the library's message.

The library releases the GIL while it works, so threads summarize in
parallel.  The module-level functions keep one library context per thread
and language; a ``Summarizer`` keeps its own, with its options, for repeated
calls.
"""
from __future__ import annotations

import threading
from typing import Dict, List, NamedTuple, Optional, Tuple

from ._precis import ffi, lib

__all__ = [
    "Detection", "Keyword", "Sentence", "Summary", "Summarizer",
    "detect", "keywords", "languages", "split", "summarize", "__version__",
]

__version__: str = ffi.string(lib.precis_version()).decode()


def _names(prefix: str) -> Dict[str, int]:
    """The C API's names of an enum's values: PRECIS_TITLE_FIRST_LINE is
    "first-line"."""
    return {name[len(prefix):].lower().replace("_", "-"): getattr(lib, name)
            for name in dir(lib) if name.startswith(prefix)}


_METHODS = _names("PRECIS_METHOD_")
_TITLE_MODES = _names("PRECIS_TITLE_")
_ORDERS = _names("PRECIS_ORDER_")


class Sentence(NamedTuple):
    """A sentence of the article.

    ``text`` is the sentence with its white space folded (as the ``precis``
    command prints it); ``offset`` and ``length`` locate it in the text
    given (string indices: ``text[offset:offset + length]``); ``index`` is
    its position among the article's sentences, from 0; ``score`` and
    ``rank`` (1 for the best) are 0 for a sentence that was not scored.
    """
    text: str
    index: int
    offset: int
    length: int
    score: float
    rank: int


class Keyword(NamedTuple):
    """A frequent term, as the word of the text where it first occurs
    (``offset``, ``length`` in string indices), and its weight in (0, 1]
    relative to the most frequent term."""
    text: str
    offset: int
    length: int
    weight: float


class Detection(NamedTuple):
    """What language detection found: the Snowball name and ISO 639-1 code
    of the language, the winner's share of the votes (0 to 1), and whether
    the evidence was enough to trust it."""
    language: str
    code: str
    score: float
    reliable: bool


class Summary(NamedTuple):
    """A summary with what the library learned about the article.

    ``language`` is the language the article was summarized in;
    ``detection`` what detection found (None for a fixed language);
    ``title`` the title taken off the article (None if none);
    ``sentence_count`` and ``word_count`` count the article's sentences and
    body words; ``keywords`` holds the requested keywords, best first.
    """
    sentences: List[Sentence]
    language: str
    detection: Optional[Detection]
    title: Optional[str]
    sentence_count: int
    word_count: int
    keywords: List[Keyword]


def _message(status: int) -> str:
    return ffi.string(lib.precis_strerror(status)).decode()


def _fail(status: int, what: Optional[str] = None):
    msg = _message(status)
    if what:
        msg = f"{msg}: {what}"
    if status == lib.PRECIS_ERR_NOMEM:
        raise MemoryError(msg)
    if status == lib.PRECIS_ERR_STEMMER:
        raise RuntimeError(msg)
    raise ValueError(msg)


def languages() -> List[Tuple[str, str]]:
    """The supported languages: (Snowball name, ISO 639-1 code) pairs."""
    return [(ffi.string(lib.precis_language_name(i)).decode(),
             ffi.string(lib.precis_language_code(i)).decode())
            for i in range(lib.precis_language_count())]


def _detection(det) -> Detection:
    return Detection(ffi.string(det.name).decode(),
                     ffi.string(lib.precis_language_code(det.language))
                     .decode(), det.score, bool(det.reliable))


def detect(text: str) -> Detection:
    """Guesses the language of text from at most its first 8 KB (as
    ``precis --language auto`` does).  An unreliable guess (few words, mixed
    scripts, an unsupported language) says so in ``reliable``."""
    data = _encode(text)
    det = ffi.new("precis_detection *")
    st = lib.precis_detect(data, len(data), det)
    if st != lib.PRECIS_OK:
        _fail(st)
    return _detection(det)


def _encode(text: str) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    # A lone surrogate cannot be UTF-8: UnicodeEncodeError, a ValueError.
    return text.encode("utf-8")


def _pick(kind: str, table: Dict[str, int], name: str) -> int:
    try:
        return table[name]
    except (KeyError, TypeError):
        raise ValueError(f"invalid {kind}: {name!r} "
                         f"({', '.join(sorted(table))})") from None


def _count(name: str, value: Optional[int]) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"invalid number of {name}: {value!r}")
    return value


def _make_options(sentences: Optional[int] = 3, words: Optional[int] = None,
                  chars: Optional[int] = None,
                  ratio: Optional[float] = None, method: str = "default",
                  title_mode: str = "auto", order: str = "article",
                  keywords: int = 0, redundancy: Optional[float] = None,
                  weights: Optional[str] = None,
                  max_bytes: Optional[int] = None):
    opt = ffi.new("precis_options *")
    lib.precis_options_init(opt)
    opt.sentences = _count("sentences", sentences)
    opt.words = _count("words", words)
    opt.chars = _count("chars", chars)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise ValueError(f"invalid ratio: {ratio!r} (0 < ratio <= 1)")
        opt.ratio = ratio
    opt.method = _pick("method", _METHODS, method)
    opt.title = _pick("title mode", _TITLE_MODES, title_mode)
    opt.order = _pick("order", _ORDERS, order)
    if isinstance(keywords, bool) or not isinstance(keywords, int) \
            or keywords < 0:
        raise ValueError(f"invalid number of keywords: {keywords!r}")
    opt.keywords = keywords
    if redundancy is not None:
        if not 0 <= redundancy <= 1:
            raise ValueError(f"invalid redundancy: {redundancy!r} "
                             "(0 <= redundancy <= 1)")
        opt.redundancy = redundancy
    if weights is not None:
        st = lib.precis_weights_parse(ffi.addressof(opt, "weights"),
                                      weights.encode("utf-8"))
        if st != lib.PRECIS_OK:
            _fail(st, repr(weights))
    if max_bytes is not None:
        if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) \
                or max_bytes < 0:
            raise ValueError(f"invalid byte count: {max_bytes!r}")
        opt.max_bytes = max_bytes
    return opt


# Options made by the module-level functions, by their arguments: read-only
# once made, so that threads share them.
_options_cache: dict = {}


def _cached_options(key: tuple):
    opt = _options_cache.get(key)
    if opt is None:
        opt = _make_options(*key)
        if len(_options_cache) >= 256:
            _options_cache.clear()
        _options_cache[key] = opt
    return opt


def _new_context(language: str, stopwords: Optional[str] = None):
    if not isinstance(language, str):
        raise TypeError("language must be str")
    st = ffi.new("precis_status *")
    ctx = lib.precis_new(language.encode("utf-8"), st)
    if ctx == ffi.NULL:
        _fail(st[0], repr(language))
    ctx = ffi.gc(ctx, lib.precis_free)
    if stopwords is not None:
        data = _encode(stopwords)
        code = lib.precis_set_stopwords(ctx, data, len(data))
        if code != lib.PRECIS_OK:
            _fail(code)
    return ctx


_tuple_new = tuple.__new__


class _Scratch:
    """Buffers reused from call to call by one context's user (a thread, or
    a Summarizer under its lock)."""

    def __init__(self) -> None:
        self.out = ffi.new("precis_summary **")
        self.fold_len = ffi.new("size_t *")
        self.count = ffi.new("size_t *")
        self.cap = 0
        self.fold_cap = 0
        self._grow(16, 1 << 16)

    def _grow(self, cap: int, fold_cap: int) -> None:
        if cap > self.cap:
            self.cap = max(cap, 2 * self.cap)
            self.ints = ffi.new("size_t[]", 5 * self.cap)
            self.scores = ffi.new("double[]", self.cap)
        if fold_cap > self.fold_cap:
            self.fold_cap = max(fold_cap, 2 * self.fold_cap)
            self.fold = ffi.new("char[]", self.fold_cap)

    def spans(self, summ, ascii: bool, every: bool) -> int:
        """Reads the summary's sentences into the buffers (see
        pyprecis_spans); returns their number."""
        n = lib.pyprecis_spans(summ, every, ascii, self.ints, self.scores,
                               self.cap, self.fold, self.fold_len)
        if n > self.cap:
            self._grow(n, 0)
            n = lib.pyprecis_spans(summ, every, ascii, self.ints,
                                   self.scores, self.cap, self.fold,
                                   self.fold_len)
        return n

    def sentences(self, n: int, prefix: int) -> List[Sentence]:
        """The n sentences in the buffers, their offsets moved back by
        prefix characters."""
        if n == 0:
            return []
        ints = ffi.unpack(self.ints, 5 * n)
        scores = ffi.unpack(self.scores, n)
        folded = ffi.unpack(self.fold, self.fold_len[0]).decode("utf-8")
        out = []
        at = 0
        for k in range(n):
            i = 5 * k
            end = at + ints[i + 4]
            out.append(_tuple_new(Sentence, (
                folded[at:end], ints[i], ints[i + 1] - prefix, ints[i + 2],
                scores[k], ints[i + 3])))
            at = end
        return out


def _folded(data: bytes, offset: int, length: int) -> str:
    buf = ffi.new("char[]", length or 1)
    n = lib.precis_fold_space(ffi.from_buffer(data) + offset, length, buf,
                              ffi.NULL)
    return ffi.unpack(buf, n).decode("utf-8")


def _keywords(summ, data: bytes, prefix: int) -> List[Keyword]:
    off = ffi.new("size_t *")
    ln = ffi.new("size_t *")
    w = ffi.new("double *")
    out = []
    for i in range(lib.precis_summary_keyword_count(summ)):
        if not lib.precis_summary_keyword(summ, i, off, ln, w):
            break
        o, n = off[0], ln[0]
        word = data[o:o + n].decode("utf-8")
        out.append(Keyword(word, lib.pyprecis_chars(data, o) - prefix,
                           len(word), w[0]))
    return out


def _title_options(opt, title_opts: dict):
    """opt with the title mode "first-line", for a title given apart."""
    entry = title_opts.get(id(opt))
    if entry is None or entry[0] is not opt:
        t = ffi.new("precis_options *")
        ffi.memmove(t, opt, ffi.sizeof("precis_options"))
        t.title = _TITLE_MODES["first-line"]
        entry = title_opts[id(opt)] = (opt, t)
    return entry[1]


def _run(ctx, scratch: _Scratch, text: str, title: Optional[str], opt,
         title_opts: dict, full: bool):
    """Summarizes text with ctx and opt; the sentences, or the whole
    Summary when full is true."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    prefix = 0
    if title:
        # As `precis batch` reads a record's title: one line, then a blank
        # line, then the text; the title guides scoring, never selected.
        if not isinstance(title, str):
            raise TypeError("title must be str")
        head = title.replace("\n", " ").replace("\r", " ")
        text = head + "\n\n" + text
        prefix = len(head) + 2
        opt = _title_options(opt, title_opts)
    data = text.encode("utf-8")
    size = len(data)
    if size >= scratch.fold_cap:
        scratch._grow(0, size + 1)
    ascii = text.isascii()
    out = scratch.out
    st = lib.pyprecis_summarize(ctx, data, size, opt, ascii, full,
                                scratch.ints, scratch.scores, scratch.cap,
                                scratch.fold, scratch.fold_len,
                                scratch.count, out)
    if st != lib.PRECIS_OK:
        _fail(st)
    summ = out[0]
    if summ == ffi.NULL:
        return scratch.sentences(scratch.count[0], prefix)
    try:
        n = scratch.spans(summ, ascii, False)
        sentences = scratch.sentences(n, prefix)
        if not full:
            return sentences
        return _summary(summ, data, prefix, sentences)
    finally:
        lib.precis_summary_free(summ)


def _summary(summ, data: bytes, prefix: int,
             sentences: List[Sentence]) -> Summary:
    det = ffi.new("precis_detection *")
    detection = None
    if lib.precis_summary_detection(summ, det):
        detection = _detection(det)
    off = ffi.new("size_t *")
    ln = ffi.new("size_t *")
    title = None
    if prefix:
        title = data[:prefix - 2].decode("utf-8")
    elif lib.precis_summary_title(summ, off, ln):
        title = _folded(data, off[0], ln[0])
    return Summary(
        sentences,
        ffi.string(lib.precis_summary_language(summ)).decode(),
        detection, title,
        lib.precis_summary_sentence_count(summ),
        lib.precis_summary_word_count(summ),
        _keywords(summ, data, prefix))


def _split(ctx, scratch: _Scratch, text: str,
           title_mode: str) -> List[Sentence]:
    mode = _pick("title mode", _TITLE_MODES, title_mode)
    data = _encode(text)
    out = scratch.out
    st = lib.precis_split(ctx, data, len(data), mode, out)
    if st != lib.PRECIS_OK:
        _fail(st)
    if len(data) >= scratch.fold_cap:
        scratch._grow(0, len(data) + 1)
    try:
        return scratch.sentences(scratch.spans(out[0], text.isascii(), True),
                                 0)
    finally:
        lib.precis_summary_free(out[0])


class Summarizer:
    """A summarizer that keeps its library context (stemmers, stopwords,
    word cache) and its options across calls.

    ``language`` is a Snowball name ("english"), an ISO 639-1 code ("en"),
    or "auto" to detect each text's language (English when unsure).
    ``stopwords`` replaces the stopword list (Snowball format: words, "|"
    starts a comment).  The other keyword arguments are the options of
    ``summarize()``.

    One Summarizer serves one call at a time (calls from several threads
    wait for each other); give each thread its own to summarize in
    parallel, or use the module-level functions, which do.
    """

    def __init__(self, language: str = "auto", *,
                 stopwords: Optional[str] = None,
                 sentences: Optional[int] = 3, words: Optional[int] = None,
                 chars: Optional[int] = None, ratio: Optional[float] = None,
                 method: str = "default", title_mode: str = "auto",
                 order: str = "article", keywords: int = 0,
                 redundancy: Optional[float] = None,
                 weights: Optional[str] = None,
                 max_bytes: Optional[int] = None) -> None:
        self._opt = _make_options(sentences, words, chars, ratio, method,
                                  title_mode, order, keywords, redundancy,
                                  weights, max_bytes)
        self._ctx = _new_context(language, stopwords)
        self._title_opts: dict = {}
        self._scratch = _Scratch()
        self._lock = threading.Lock()

    @property
    def language(self) -> str:
        """The context's language: a Snowball name, or "auto"."""
        return ffi.string(lib.precis_language(self._ctx)).decode()

    def summarize(self, text: str, title: Optional[str] = None
                  ) -> List[Sentence]:
        """The best sentences of text, in article order (or best first
        with ``order="score"``).  A title, when given, guides the scoring
        as the first line of the article would and is never selected."""
        with self._lock:
            return _run(self._ctx, self._scratch, text, title, self._opt,
                        self._title_opts, False)

    def summary(self, text: str, title: Optional[str] = None) -> Summary:
        """As summarize(), with the language, the title found, the
        counts and the keywords."""
        with self._lock:
            return _run(self._ctx, self._scratch, text, title, self._opt,
                        self._title_opts, True)

    def split(self, text: str, title_mode: str = "none") -> List[Sentence]:
        """Every sentence of text (see ``precis.split``)."""
        with self._lock:
            return _split(self._ctx, self._scratch, text, title_mode)


class _Thread(threading.local):
    """What the module-level functions keep per thread: a context per
    language, the buffers, and the title variants of the options."""

    def __init__(self) -> None:
        self.contexts: dict = {}
        self.scratch = _Scratch()
        self.title_opts: dict = {}

    def context(self, language: str):
        ctx = self.contexts.get(language)
        if ctx is None:
            ctx = self.contexts[language] = _new_context(language)
        return ctx


_thread = _Thread()


def summarize(text: str, sentences: Optional[int] = 3,
              words: Optional[int] = None, chars: Optional[int] = None,
              ratio: Optional[float] = None, language: str = "auto",
              method: str = "default", title: Optional[str] = None, *,
              title_mode: str = "auto", order: str = "article",
              redundancy: Optional[float] = None,
              weights: Optional[str] = None) -> List[Sentence]:
    """Returns the best sentences of an article, in article order.

    text:       the article (a first short line without an end mark, then a
                line break, is taken for its title: see title_mode)
    sentences:  at most this many sentences (None: no limit)
    words:      at most this many words in all (whole sentences only)
    chars:      at most this many characters in all, counting one separator
                between sentences
    ratio:      the share (0 < ratio <= 1) of the article's sentences,
                rounded up; overrides sentences
    language:   a Snowball name or ISO 639-1 code, or "auto" (detect, and
                use English when unsure)
    method:     "default" (scored) or another method of the library, such
                as "lead" (the first sentences)
    title:      the article's headline, when known apart from the text; it
                guides the scoring and is never selected
    title_mode: without a title: "auto", "first-line" or "none"
    order:      "article" or "score" (best first)
    redundancy: skip a sentence sharing at least this share of its terms
                with a chosen one (default 0.8; 1 disables)
    weights:    feature weights, "name=value,..." (see the precis command)

    The defaults are those of the precis command: summarize(text) gives
    the sentences that ``precis -`` prints for the same text.  Raises
    ValueError (bad option, text holding NUL, a lone surrogate) or
    MemoryError.
    """
    opt = _cached_options((sentences, words, chars, ratio, method,
                           title_mode, order, 0, redundancy, weights, None))
    t = _thread
    return _run(t.context(language), t.scratch, text, title, opt,
                t.title_opts, False)


def keywords(text: str, n: int = 10, language: str = "auto",
             title_mode: str = "auto") -> List[Keyword]:
    """The n most frequent terms of text, best first, each as the word of
    the text where it first occurs (what ``precis -k N`` lists)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"invalid number of keywords: {n!r}")
    opt = _cached_options((3, None, None, None, "default", title_mode,
                           "article", n, None, None, None))
    t = _thread
    return _run(t.context(language), t.scratch, text, None, opt, {},
                True).keywords


def split(text: str, language: str = "auto",
          title_mode: str = "none") -> List[Sentence]:
    """Every sentence of text, in order, as ``precis split`` prints them
    (every line is body text unless title_mode says otherwise)."""
    t = _thread
    return _split(t.context(language), t.scratch, text, title_mode)
