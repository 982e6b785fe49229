# SPDX-License-Identifier: BSD-2-Clause
"""The cffi build of precis._precis: the public C API of libprecis.

API mode: the extension is compiled against include/precis.h, so the
compiler, not this file, decides the layout of every struct (the structs
below end in "...;" and name only the fields Python reads or sets) and the
value of every enum constant (taken from the header's enums by name).

The library comes from an existing CMake build tree when PRECIS_BUILD_DIR
names one (its libprecis.a or libprecis.so), else from a build made here
with CMake from the checkout (PRECIS_SOURCE_DIR, default two directories
up), position-independent so that it links into the extension.
"""
import os
import re
import subprocess
import sys

from cffi import FFI

HERE = os.path.dirname(os.path.abspath(__file__))

CDEF = """
typedef int... precis_status;
typedef int... precis_title_mode;
typedef int... precis_order;
typedef int... precis_method;
typedef int... precis_feature;

const char *precis_strerror(precis_status status);
const char *precis_version(void);
size_t precis_fold_space(const char *text, size_t len, char *out,
                         size_t *chars);

size_t precis_language_count(void);
const char *precis_language_name(size_t i);
const char *precis_language_code(size_t i);

typedef struct {
    size_t language;
    const char *name;
    double score;
    bool reliable;
    ...;
} precis_detection;
precis_status precis_detect(const char *text, size_t len,
                            precis_detection *out);

typedef struct precis_ctx precis_ctx;
precis_ctx *precis_new(const char *language, precis_status *status);
void precis_free(precis_ctx *ctx);
const char *precis_language(const precis_ctx *ctx);
precis_status precis_set_stopwords(precis_ctx *ctx, const char *list,
                                   size_t len);

typedef struct { ...; } precis_weights;
const char *precis_feature_name(precis_feature f);
precis_status precis_weights_parse(precis_weights *weights,
                                   const char *spec);

typedef struct {
    size_t sentences;
    double ratio;
    size_t words;
    size_t chars;
    precis_title_mode title;
    precis_order order;
    precis_method method;
    size_t keywords;
    double redundancy;
    size_t max_bytes;
    precis_weights weights;
    ...;
} precis_options;
void precis_options_init(precis_options *options);

typedef struct precis_summary precis_summary;
typedef struct {
    size_t index;
    size_t offset;
    size_t length;
    size_t paragraph;
    size_t words;
    size_t chars;
    double score;
    size_t rank;
    bool selected;
    ...;
} precis_sentence;

precis_status precis_summarize(precis_ctx *ctx, const char *text, size_t len,
                               const precis_options *options,
                               precis_summary **out);
precis_status precis_split(precis_ctx *ctx, const char *text, size_t len,
                           precis_title_mode title_mode,
                           precis_summary **out);
void precis_summary_free(precis_summary *summary);
const char *precis_summary_text(const precis_summary *summary, size_t *len);
size_t precis_summary_count(const precis_summary *summary);
const precis_sentence *precis_summary_at(const precis_summary *summary,
                                         size_t i);
size_t precis_summary_sentence_count(const precis_summary *summary);
const precis_sentence *precis_summary_sentence(const precis_summary *summary,
                                               size_t i);
double precis_summary_feature(const precis_summary *summary, size_t i,
                              precis_feature f);
bool precis_summary_title(const precis_summary *summary, size_t *offset,
                          size_t *length);
const char *precis_summary_language(const precis_summary *summary);
bool precis_summary_detection(const precis_summary *summary,
                              precis_detection *out);
size_t precis_summary_word_count(const precis_summary *summary);
size_t precis_summary_keyword_count(const precis_summary *summary);
bool precis_summary_keyword(const precis_summary *summary, size_t i,
                            size_t *offset, size_t *length, double *weight);

size_t pyprecis_chars(const char *text, size_t len);
size_t pyprecis_spans(const precis_summary *summary, int every, int ascii,
                      size_t *ints, double *scores, size_t cap, char *fold,
                      size_t *fold_len);
precis_status pyprecis_summarize(precis_ctx *ctx, const char *text,
                                 size_t len, const precis_options *options,
                                 int ascii, int keep, size_t *ints,
                                 double *scores, size_t cap, char *fold,
                                 size_t *fold_len, size_t *count,
                                 precis_summary **out);
"""

# Helpers compiled into the extension: they read a whole summary in one call
# (crossing into C once, not a few times a sentence), with the offsets and
# lengths counted in code points, as Python indexes strings.
HELPERS = r"""
#include <string.h>

#include "precis.h"

/* The number of code points of valid UTF-8 text[0..len). */
static size_t pyprecis_chars(const char *text, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)text[i] & 0xC0) != 0x80;
	return n;
}

/*
 * Whether text[0..len) is printable ASCII with single spaces and none at
 * either end: text that precis_fold_space() would copy unchanged.
 */
static int pyprecis_folded(const char *text, size_t len)
{
	size_t i;

	if (len > 0 && (text[0] == ' ' || text[len - 1] == ' '))
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c < 0x20 || c > 0x7E || (c == ' ' && text[i + 1] == ' '))
			return 0;
	}
	return 1;
}

/*
 * The summary's selected sentences (every one of the article's when every
 * is nonzero), in the summary's order, of a text that is all ASCII when
 * ascii is nonzero (bytes are then code points): for sentence k,
 * ints[5k..5k+5) get
 * its index, its offset and length in code points, its rank and the code
 * points of its folded text, scores[k] its score, and the folded texts go
 * one after the other to fold (room for the text's length in bytes), with
 * their total byte length in *fold_len.  Returns the number of sentences;
 * when that exceeds cap, nothing is stored.
 */
static size_t pyprecis_spans(const precis_summary *summary, int every,
			     int ascii, size_t *ints, double *scores,
			     size_t cap, char *fold, size_t *fold_len)
{
	const char *text = precis_summary_text(summary, NULL);
	size_t n = every ? precis_summary_sentence_count(summary) :
			   precis_summary_count(summary);
	size_t k, pos = 0, chars = 0, used = 0;

	if (n > cap)
		return n;
	/* Most sentences fold to themselves: printable ASCII, single spaces,
	 * none at either end.  Those are copied; the others folded. */
	for (k = 0; k < n; k++) {
		const precis_sentence *s = every ?
			precis_summary_sentence(summary, k) :
			precis_summary_at(summary, k);
		size_t fc = 0;

		if (ascii) {
			chars = s->offset;
		} else {
			if (s->offset < pos)
				pos = chars = 0;
			chars += pyprecis_chars(text + pos, s->offset - pos);
			pos = s->offset;
		}
		ints[5 * k] = s->index;
		ints[5 * k + 1] = chars;
		ints[5 * k + 2] = ascii ? s->length :
			pyprecis_chars(text + s->offset, s->length);
		ints[5 * k + 3] = s->rank;
		if (pyprecis_folded(text + s->offset, s->length)) {
			memcpy(fold + used, text + s->offset, s->length);
			used += s->length;
			fc = s->length;
		} else {
			used += precis_fold_space(text + s->offset, s->length,
						  fold + used, &fc);
		}
		ints[5 * k + 4] = fc;
		scores[k] = s->score;
	}
	*fold_len = used;
	return n;
}

/*
 * precis_summarize(), then pyprecis_spans() on the selected sentences into
 * ints, scores and fold, with their number in *count.  The summary stays
 * in *out when keep is nonzero or the sentences did not fit in cap;
 * otherwise it is freed and *out set to NULL.  Returns as
 * precis_summarize().
 */
static precis_status pyprecis_summarize(precis_ctx *ctx, const char *text,
					size_t len,
					const precis_options *options,
					int ascii, int keep, size_t *ints,
					double *scores, size_t cap, char *fold,
					size_t *fold_len, size_t *count,
					precis_summary **out)
{
	precis_status st = precis_summarize(ctx, text, len, options, out);

	if (st != PRECIS_OK)
		return st;
	*count = pyprecis_spans(*out, 0, ascii, ints, scores, cap, fold,
				fold_len);
	if (!keep && *count <= cap) {
		precis_summary_free(*out);
		*out = NULL;
	}
	return PRECIS_OK;
}
"""

# The enums whose constants Python uses: their values come from the
# compiler; their names from the header, so that a method or title mode
# added to the C API is known here without a change to this file.
ENUMS = ("precis_status", "precis_title_mode", "precis_order",
         "precis_method", "precis_feature")


def source_dir():
    return os.path.abspath(os.environ.get("PRECIS_SOURCE_DIR",
                                          os.path.join(HERE, "..", "..")))


def enum_constants(header):
    """The constant names of each enum in ENUMS, read from the header."""
    with open(header, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    names = []
    for m in re.finditer(r"typedef\s+enum\s+(\w+)\s*\{(.*?)\}\s*(\w+)\s*;",
                         text, flags=re.S):
        if m.group(3) not in ENUMS:
            continue
        for item in m.group(2).split(","):
            name = item.split("=")[0].strip()
            if re.fullmatch(r"PRECIS_[A-Z0-9_]+", name):
                names.append(name)
    return names


def find_library(build_dir):
    """The library file of a CMake build tree, static preferred."""
    for name in ("libprecis.a", "libprecis.so"):
        path = os.path.join(build_dir, "src", name)
        if os.path.exists(path):
            return path
    raise RuntimeError(
        f"precis: {build_dir}: no src/libprecis.a or src/libprecis.so; "
        "build the library first (cmake --build DIR --target precis)")


def cmake_build(src):
    """Builds the library with CMake into a directory beside this file."""
    build = os.path.join(HERE, "build", "libprecis")
    configure = ["cmake", "-S", src, "-B", build,
                 "-DCMAKE_BUILD_TYPE=Release", "-DBUILD_TESTING=OFF",
                 "-DBUILD_SHARED_LIBS=OFF",
                 "-DCMAKE_POSITION_INDEPENDENT_CODE=ON"]
    try:
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", build, "--target", "precis",
                        "-j", str(os.cpu_count() or 1)], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        raise RuntimeError(f"precis: building libprecis with CMake failed: "
                           f"{e}") from e
    return build


def make_builder():
    src = source_dir()
    header = os.path.join(src, "include", "precis.h")
    if not os.path.exists(header):
        raise RuntimeError(f"precis: {header} not found; set "
                           "PRECIS_SOURCE_DIR to the top of the checkout")
    build = os.environ.get("PRECIS_BUILD_DIR")
    if build:
        build = os.path.abspath(build)
    else:
        build = cmake_build(src)
    lib = find_library(build)

    ffi = FFI()
    ffi.cdef(CDEF)
    ffi.cdef("".join(f"static const int {n};\n"
                     for n in enum_constants(header)))
    extra_objects, libraries, rpath, library_dirs = [], [], [], []
    defines, link_args = [], []
    if lib.endswith(".a"):
        # The static library's own dependencies (its pkg-config file
        # lists them as private).
        extra_objects = [lib]
        libraries = ["stemmer", "utf8proc", "m"]
        defines = [("PRECIS_STATIC_DEFINE", None)]
        # A library built with link-time optimisation (the default of an
        # optimised GCC build) is linked the same way here, so that the
        # extension runs the code the precis program runs.
        with open(lib, "rb") as f:
            if b".gnu.lto_" in f.read():
                link_args = ["-flto=auto"]
    else:
        library_dirs = [os.path.dirname(lib)]
        libraries = ["precis"]
        rpath = [os.path.dirname(lib)]
    ffi.set_source(
        "precis._precis", HELPERS,
        include_dirs=[os.path.join(src, "include"),
                      os.path.join(build, "include")],
        define_macros=defines,
        extra_objects=extra_objects, libraries=libraries,
        library_dirs=library_dirs, runtime_library_dirs=rpath,
        extra_link_args=link_args)
    return ffi


ffibuilder = make_builder()

if __name__ == "__main__":
    ffibuilder.compile(verbose=True)
    sys.exit(0)
