/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * page.c - a web page's headline and article text.
 *
 * The page is converted to UTF-8 (charset.c) and parsed by libxml2's HTML
 * parser into a tree.  One walk over the tree cuts its text into blocks,
 * the runs of text between block-level tags, each remembering the element
 * that holds it and how much of it is link text; it also sums the text and
 * link text under every element and notes the headline candidates.
 * Elements that are never article text (scripts, navigation, asides,
 * footers, captions, forms' controls, hidden elements) are marked dead, and
 * so is a subtree whose class or id says comments, sharing, related links
 * and the like, unless it holds most of the page's text.
 *
 * The article's container is then chosen as Readability does: every block
 * long enough to be prose adds a score (one point, its commas and its
 * length) to its element's parent, half of it to the grandparent and less
 * to the levels above; an element's score starts from hints of its tag and
 * its class and id and is scaled down by its share of link text.  The best
 * element, with those of its siblings that score well or read as prose,
 * is the article; its blocks, less those made of links and the short lines
 * of a page's furniture, are the text.
 *
 * Every walk over the tree is iterative, so a page nested a hundred
 * thousand tags deep costs time linear in its size and no stack.
 */
#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "alloc.h"
#include "charset.h"
#include "precis.h"

/* Pages larger than this are refused (libxml2 takes an int length). */
#define PAGE_MAX_BYTES ((size_t)256 << 20)

struct precis_page {
	char *title;
	size_t title_len;
	char *text;
	size_t text_len;
	char *url;
	char charset[PRECIS_CHARSET_MAX];
};

/* What is known of each element, reached through its node's _private. */
struct elem {
	xmlNode *node;
	size_t parent;  /* index + 1 of the parent element; 0 for none */
	size_t bparent; /* index + 1 of the nearest block-level ancestor */
	size_t text;    /* characters of text under it */
	size_t links;   /* of which inside links */
	double score;
	unsigned char tag;
	bool removed;     /* never article text, nor anything under it */
	bool dead;        /* removed, or under a removed element */
	bool scored;      /* score initialised */
	bool inside;      /* part of the chosen article */
	signed char hint; /* class and id: -1 boilerplate, 1 content, 0 */
};

enum block_kind { BK_TEXT, BK_P, BK_HEADING, BK_H1, BK_LI, BK_CELL };

struct block {
	size_t off, len; /* bytes of the text buffer */
	size_t chars;    /* characters */
	size_t links;    /* characters inside links */
	size_t elem;     /* index of the element holding it */
	unsigned char kind;
};

struct buf {
	char *s;
	size_t len, cap;
};

/* Tags that matter, as small numbers. */
enum tag {
	T_OTHER,
	T_A,
	T_ARTICLE,
	T_ASIDE,
	T_BLOCKQUOTE,
	T_BODY,
	T_BR,
	T_BUTTON,
	T_DD,
	T_DIV,
	T_DL,
	T_DT,
	T_FIGCAPTION,
	T_FOOTER,
	T_FORM,
	T_H1,
	T_H2,
	T_H3,
	T_H4,
	T_H5,
	T_H6,
	T_HEAD,
	T_HEADER,
	T_HR,
	T_HTML,
	T_LI,
	T_LINK,
	T_MAIN,
	T_META,
	T_NAV,
	T_OL,
	T_P,
	T_PRE,
	T_SECTION,
	T_TABLE,
	T_TD,
	T_TH,
	T_TITLE,
	T_TR,
	T_UL,
	T_BLOCK,
	T_SKIP,
	T_CONTROL
};

static const struct {
	const char *name;
	unsigned char tag;
} tags[] = {
	{ "a", T_A },
	{ "address", T_BLOCK },
	{ "article", T_ARTICLE },
	{ "aside", T_ASIDE },
	{ "audio", T_SKIP },
	{ "blockquote", T_BLOCKQUOTE },
	{ "body", T_BODY },
	{ "br", T_BR },
	{ "button", T_CONTROL },
	{ "canvas", T_SKIP },
	{ "caption", T_BLOCK },
	{ "center", T_BLOCK },
	{ "datalist", T_SKIP },
	{ "dd", T_DD },
	{ "details", T_BLOCK },
	{ "dialog", T_SKIP },
	{ "div", T_DIV },
	{ "dl", T_DL },
	{ "dt", T_DT },
	{ "embed", T_SKIP },
	{ "fieldset", T_BLOCK },
	{ "figcaption", T_FIGCAPTION },
	{ "figure", T_BLOCK },
	{ "footer", T_FOOTER },
	{ "form", T_FORM },
	{ "h1", T_H1 },
	{ "h2", T_H2 },
	{ "h3", T_H3 },
	{ "h4", T_H4 },
	{ "h5", T_H5 },
	{ "h6", T_H6 },
	{ "head", T_HEAD },
	{ "header", T_HEADER },
	{ "hr", T_HR },
	{ "html", T_HTML },
	{ "iframe", T_SKIP },
	{ "input", T_CONTROL },
	{ "label", T_CONTROL },
	{ "legend", T_BLOCK },
	{ "li", T_LI },
	{ "link", T_LINK },
	{ "main", T_MAIN },
	{ "map", T_SKIP },
	{ "math", T_SKIP },
	{ "menu", T_NAV },
	{ "meta", T_META },
	{ "nav", T_NAV },
	{ "noscript", T_SKIP },
	{ "object", T_SKIP },
	{ "ol", T_OL },
	{ "option", T_CONTROL },
	{ "p", T_P },
	{ "picture", T_SKIP },
	{ "pre", T_PRE },
	{ "script", T_SKIP },
	{ "section", T_SECTION },
	{ "select", T_CONTROL },
	{ "style", T_SKIP },
	{ "summary", T_BLOCK },
	{ "svg", T_SKIP },
	{ "table", T_TABLE },
	{ "tbody", T_BLOCK },
	{ "td", T_TD },
	{ "template", T_SKIP },
	{ "textarea", T_CONTROL },
	{ "tfoot", T_BLOCK },
	{ "th", T_TH },
	{ "thead", T_BLOCK },
	{ "title", T_TITLE },
	{ "tr", T_TR },
	{ "ul", T_UL },
	{ "video", T_SKIP },
};

static unsigned char tag_of(const xmlNode *n)
{
	const char *name = (const char *)n->name;
	size_t lo = 0, hi = sizeof tags / sizeof tags[0];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, tags[mid].name);

		if (c == 0)
			return tags[mid].tag;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return T_OTHER;
}

static bool is_block_tag(unsigned char t)
{
	return t != T_OTHER && t != T_A && t != T_BR && t != T_SKIP &&
	       t != T_CONTROL && t != T_LINK && t != T_META && t != T_TITLE;
}

/* ------------------------------------------------------------------ */
/* Class and id hints.                                                  */

/* Words of a class or id that mark a page's furniture. */
static const char *const boiler_words[] = {
	"ad-",       "ads",        "advert",   "agegate",    "author",
	"banner",    "breadcrumb", "byline",   "caption",    "comment",
	"community", "consent",    "cookie",   "credit",     "disqus",
	"dropdown",  "extra",      "follow",   "footer",     "gdpr",
	"masthead",  "menu",       "meta",     "modal",      "more-",
	"nav",       "newsletter", "outbrain", "pagination", "pager",
	"popular",   "popup",      "print",    "promo",      "rating",
	"recirc",    "recommend",  "related",  "remark",     "replies",
	"rss",       "share",      "sharing",  "shoutbox",   "sidebar",
	"signup",    "skyscraper", "social",   "sponsor",    "subscribe",
	"taboola",   "tags",       "toolbar",  "tools",      "trending",
	"widget",
};

/* Words that mark the article itself. */
static const char *const content_words[] = {
	"article", "blog", "body", "content", "entry", "main",
	"news",    "page", "post", "prose",   "story", "text",
};

/*
 * Whether s holds one of words[0..n) (lower case, sorted), looking at each
 * place in s only for the words that start with its letter.
 */
static bool has_word(const char *s, const char *const *words, size_t n)
{
	size_t i, k;

	for (i = 0; s[i] != '\0'; i++) {
		size_t lo = 0, hi = n;

		if (s[i] < 'a' || s[i] > 'z')
			continue;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;

			if (words[mid][0] < s[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		for (k = lo; k < n && words[k][0] == s[i]; k++)
			if (strncmp(s + i, words[k], strlen(words[k])) == 0)
				return true;
	}
	return false;
}

/* -1, 0 or 1 from one attribute value. */
static int hint_of(const xmlChar *value)
{
	char low[256];
	size_t i;
	int h = 0;

	if (value == NULL)
		return 0;
	for (i = 0; value[i] != '\0' && i < sizeof low - 1; i++)
		low[i] = (char)tolower(value[i]);
	low[i] = '\0';
	if (has_word(low, boiler_words,
		     sizeof boiler_words / sizeof boiler_words[0]))
		h -= 1;
	if (has_word(low, content_words,
		     sizeof content_words / sizeof content_words[0]))
		h += 1;
	return h;
}

/* An attribute's value as the parser keeps it (one text child), or NULL. */
static const xmlChar *attr_value(const xmlAttr *a)
{
	if (a->children != NULL && a->children->type == XML_TEXT_NODE &&
	    a->children->next == NULL)
		return a->children->content;
	return NULL;
}

static bool attr_is(const xmlNode *n, const char *name, const char *value)
{
	const xmlAttr *a;

	for (a = n->properties; a != NULL; a = a->next)
		if (xmlStrEqual(a->name, (const xmlChar *)name)) {
			const xmlChar *v = attr_value(a);

			return v != NULL &&
			       xmlStrcasecmp(v, (const xmlChar *)value) == 0;
		}
	return false;
}

/* Hidden by an inline style. */
static bool hidden_style(const xmlChar *style)
{
	char compact[128];
	size_t i, o = 0;

	if (style == NULL)
		return false;
	for (i = 0; style[i] != '\0' && o < sizeof compact - 1; i++)
		if (style[i] != ' ')
			compact[o++] = (char)tolower(style[i]);
	compact[o] = '\0';
	return strstr(compact, "display:none") != NULL ||
	       strstr(compact, "visibility:hidden") != NULL;
}

/*
 * Reads an element's attributes once: whether it is hidden (the hidden
 * attribute, aria-hidden, an inline style), and the hint of its class and
 * id.
 */
static void read_attrs(const xmlNode *n, bool *hidden, int *cls_hint,
		       int *id_hint, bool *has_cls, bool *has_id)
{
	const xmlAttr *a;

	*hidden = false;
	*cls_hint = *id_hint = 0;
	*has_cls = *has_id = false;
	for (a = n->properties; a != NULL; a = a->next) {
		const xmlChar *v = attr_value(a);
		const char *name = (const char *)a->name;

		if (strcmp(name, "class") == 0) {
			*has_cls = true;
			*cls_hint = hint_of(v);
		} else if (strcmp(name, "id") == 0) {
			*has_id = true;
			*id_hint = hint_of(v);
		} else if (strcmp(name, "hidden") == 0) {
			*hidden = true;
		} else if (strcmp(name, "aria-hidden") == 0) {
			*hidden |= v != NULL &&
				   xmlStrcasecmp(v, BAD_CAST "true") == 0;
		} else if (strcmp(name, "style") == 0) {
			*hidden |= hidden_style(v);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Growing buffers.                                                     */

static int buf_put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		void *p = b->s;

		if (precis_grow(&p, &b->cap, b->len + n + 1, 1) != 0)
			return -1;
		b->s = p;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

/* ------------------------------------------------------------------ */
/* The walk that reads the tree.                                        */

struct reader {
	struct elem *elems;
	size_t n_elems, cap_elems;
	struct block *blocks;
	size_t n_blocks, cap_blocks;
	struct buf text;    /* every block's text, one after another */
	size_t block_start; /* where the open block starts in text */
	size_t block_chars, block_links;
	bool space;         /* white space pending in the open block */
	size_t in_link;     /* depth of open <a> elements */
	size_t cur;         /* index + 1 of the innermost open element */
	size_t block_owner; /* index + 1 of the innermost block element */
	/* Headline candidates and the page's address. */
	xmlChar *og_title, *tw_title, *site_name, *canonical, *og_url;
	struct buf title_text;
	char charset[PRECIS_CHARSET_MAX]; /* the first <meta> charset */
	size_t h1_block; /* index + 1 of the first h1's block */
	bool in_title;
	bool failed;
};

static size_t elem_index(const xmlNode *n)
{
	return (size_t)(uintptr_t)n->_private;
}

/* Ends the open block, keeping it if it holds any text. */
static void flush(struct reader *r)
{
	struct block *b;

	if (r->text.len > r->block_start && r->block_owner != 0) {
		if (r->n_blocks == r->cap_blocks) {
			void *p = r->blocks;

			if (precis_grow(&p, &r->cap_blocks, r->n_blocks + 1,
					sizeof *r->blocks) != 0) {
				r->failed = true;
				return;
			}
			r->blocks = p;
		}
		b = &r->blocks[r->n_blocks++];
		b->off = r->block_start;
		b->len = r->text.len - r->block_start;
		b->chars = r->block_chars;
		b->links = r->block_links;
		b->elem = r->block_owner - 1;
		switch (r->elems[b->elem].tag) {
		case T_P:
			b->kind = BK_P;
			break;
		case T_H1:
			b->kind = BK_H1;
			if (r->h1_block == 0 && !r->elems[b->elem].dead)
				r->h1_block = r->n_blocks;
			break;
		case T_H2:
		case T_H3:
		case T_H4:
		case T_H5:
		case T_H6:
			b->kind = BK_HEADING;
			break;
		case T_LI:
		case T_DD:
		case T_DT:
			b->kind = BK_LI;
			break;
		case T_TD:
		case T_TH:
			b->kind = BK_CELL;
			break;
		default:
			b->kind = BK_TEXT;
		}
	} else {
		r->text.len = r->block_start;
	}
	r->block_start = r->text.len;
	r->block_chars = 0;
	r->block_links = 0;
	r->space = false;
}

/* Length of a white-space (or invisible) character at s, else 0. */
static size_t space_len(const unsigned char *s, bool *visible)
{
	*visible = true;
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f')
		return 1;
	if (s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (s[0] == 0xC2 && s[1] == 0xAD) { /* soft hyphen */
		*visible = false;
		return 2;
	}
	if (s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x80 && s[2] <= 0x8A)
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x8B || s[2] == 0x8C || s[2] == 0x8D)) {
		*visible = false;
		return 3;
	}
	if (s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
		return 3;
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		*visible = false;
		return 3;
	}
	return 0;
}

/* Appends a text node's content to the open block, white space folded. */
static void add_text(struct reader *r, const xmlChar *content)
{
	const unsigned char *s = content;
	size_t chars = 0;

	if (s == NULL)
		return;
	if (r->in_title) {
		if (buf_put(&r->title_text, (const char *)s,
			    strlen((const char *)s)) != 0)
			r->failed = true;
		return;
	}
	while (*s != '\0') {
		bool visible;
		size_t n = space_len(s, &visible);
		const unsigned char *start;

		if (n > 0) {
			if (visible)
				r->space = true;
			s += n;
			continue;
		}
		if (r->space && r->text.len > r->block_start) {
			if (buf_put(&r->text, " ", 1) != 0) {
				r->failed = true;
				return;
			}
			chars++;
		}
		r->space = false;
		start = s;
		do {
			if ((*s & 0xC0) != 0x80)
				chars++;
			s++;
		} while (*s != '\0' && space_len(s, &visible) == 0);
		if (buf_put(&r->text, (const char *)start,
			    (size_t)(s - start)) != 0) {
			r->failed = true;
			return;
		}
	}
	r->block_chars += chars;
	if (r->in_link > 0)
		r->block_links += chars;
	if (r->cur != 0) {
		r->elems[r->cur - 1].text += chars;
		if (r->in_link > 0)
			r->elems[r->cur - 1].links += chars;
	}
}

static bool meta_charset(const xmlNode *n, char out[PRECIS_CHARSET_MAX]);

/* Notes a <meta> or <link> of the head, and a <meta> charset. */
static void read_meta(struct reader *r, const xmlNode *n, unsigned char tag)
{
	xmlChar *key, *content;
	xmlChar **slot = NULL;

	if (tag == T_LINK) {
		if (r->canonical == NULL && attr_is(n, "rel", "canonical"))
			r->canonical = xmlGetProp(n, (const xmlChar *)"href");
		return;
	}
	if (r->charset[0] == '\0' && !meta_charset(n, r->charset))
		r->charset[0] = '\0';
	key = xmlGetProp(n, (const xmlChar *)"property");
	if (key == NULL)
		key = xmlGetProp(n, (const xmlChar *)"name");
	if (key == NULL)
		return;
	if (xmlStrcasecmp(key, (const xmlChar *)"og:title") == 0)
		slot = &r->og_title;
	else if (xmlStrcasecmp(key, (const xmlChar *)"twitter:title") == 0)
		slot = &r->tw_title;
	else if (xmlStrcasecmp(key, (const xmlChar *)"og:site_name") == 0)
		slot = &r->site_name;
	else if (xmlStrcasecmp(key, (const xmlChar *)"og:url") == 0)
		slot = &r->og_url;
	xmlFree(key);
	if (slot == NULL || *slot != NULL)
		return;
	content = xmlGetProp(n, (const xmlChar *)"content");
	*slot = content;
}

/* Entering an element; returns whether to walk into it. */
static bool enter(struct reader *r, xmlNode *n)
{
	unsigned char tag = tag_of(n);
	struct elem *e;
	bool dead;

	if (tag == T_META || tag == T_LINK) {
		read_meta(r, n, tag);
		return false;
	}
	if (tag == T_SKIP || tag == T_CONTROL)
		return false;
	if (tag == T_TITLE) {
		r->in_title = r->title_text.len == 0;
		return r->in_title;
	}
	if (r->n_elems == r->cap_elems) {
		void *p = r->elems;

		if (precis_grow(&p, &r->cap_elems, r->n_elems + 1,
				sizeof *r->elems) != 0) {
			r->failed = true;
			return false;
		}
		r->elems = p;
	}
	e = &r->elems[r->n_elems++];
	memset(e, 0, sizeof *e);
	e->node = n;
	e->parent = r->cur;
	e->tag = tag;
	if (r->cur != 0)
		e->bparent = is_block_tag(r->elems[r->cur - 1].tag) ?
				     r->cur :
				     r->elems[r->cur - 1].bparent;
	n->_private = (void *)(uintptr_t)r->n_elems;
	dead = r->cur != 0 && r->elems[r->cur - 1].dead;
	{
		bool hidden, has_cls, has_id;
		int ch, ih;

		read_attrs(n, &hidden, &ch, &ih, &has_cls, &has_id);
		e->removed = tag == T_NAV || tag == T_ASIDE ||
			     tag == T_FOOTER || tag == T_FIGCAPTION ||
			     tag == T_HEAD || hidden;
		if (tag != T_BODY && tag != T_HTML && tag != T_ARTICLE &&
		    tag != T_MAIN) {
			int h = ch + ih;

			e->hint = (signed char)(h < 0 ? -1 : h > 0 ? 1 : 0);
			/* A bare boilerplate word, without a content word. */
			if ((has_cls && ch < 0 && ih <= 0) ||
			    (has_id && ih < 0 && ch <= 0))
				e->hint = -1;
		}
	}
	e->dead = dead || e->removed;
	r->cur = r->n_elems;
	if (is_block_tag(tag) || tag == T_BR) {
		if (tag == T_BR && r->block_owner != 0 &&
		    r->text.len > r->block_start) {
			/* A line break inside a paragraph: a space. */
			r->space = true;
		} else if (tag != T_BR) {
			flush(r);
			r->block_owner = r->n_elems;
		}
	}
	if (tag == T_A)
		r->in_link++;
	return true;
}

/* Leaving an element entered with enter() (not for text nodes). */
static void leave(struct reader *r, xmlNode *n)
{
	size_t i = elem_index(n);
	struct elem *e;

	if (i == 0) {
		/* Only <title> is walked into without an element record. */
		r->in_title = false;
		return;
	}
	e = &r->elems[i - 1];
	if (e->tag == T_A) {
		r->in_link--;
	}
	if (is_block_tag(e->tag)) {
		flush(r);
		/* Text after the element belongs to its block parent. */
		r->block_owner = e->bparent;
	}
	if (e->parent != 0) {
		r->elems[e->parent - 1].text += e->text;
		r->elems[e->parent - 1].links +=
			e->tag == T_A ? e->text : e->links;
	}
	r->cur = e->parent;
}

/* Walks the tree under root, iteratively, calling enter and leave. */
static void walk(struct reader *r, xmlNode *root)
{
	xmlNode *n = root;

	while (n != NULL && !r->failed) {
		bool into = false;

		if (n->type == XML_ELEMENT_NODE)
			into = enter(r, n);
		else if ((n->type == XML_TEXT_NODE ||
			  n->type == XML_CDATA_SECTION_NODE) &&
			 n->parent != NULL &&
			 n->parent->type == XML_ELEMENT_NODE)
			add_text(r, n->content);
		if (into && n->children != NULL) {
			n = n->children;
			continue;
		}
		if (n->type == XML_ELEMENT_NODE && into)
			leave(r, n);
		while (n != root && n->next == NULL) {
			n = n->parent;
			leave(r, n);
		}
		if (n == root)
			break;
		n = n->next;
	}
	flush(r);
}

/* ------------------------------------------------------------------ */
/* Choosing the article.                                                */

static double link_density(const struct elem *e)
{
	return e->text == 0 ? 0.0 : (double)e->links / (double)e->text;
}

static double tag_weight(unsigned char tag)
{
	switch (tag) {
	case T_DIV:
	case T_ARTICLE:
	case T_MAIN:
		return 5;
	case T_PRE:
	case T_TD:
	case T_BLOCKQUOTE:
		return 3;
	case T_OL:
	case T_UL:
	case T_DL:
	case T_DD:
	case T_DT:
	case T_LI:
	case T_FORM:
		return -3;
	case T_H1:
	case T_H2:
	case T_H3:
	case T_H4:
	case T_H5:
	case T_H6:
	case T_TH:
	case T_HEADER:
		return -5;
	default:
		return 0;
	}
}

/* Commas of a block, in the scripts that use other commas too. */
static size_t commas(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ',')
			n++;
		else if (i + 2 < len && (unsigned char)s[i] == 0xEF &&
			 (unsigned char)s[i + 1] == 0xBC &&
			 (unsigned char)s[i + 2] == 0x8C)
			n++; /* U+FF0C fullwidth comma */
		else if (i + 2 < len && (unsigned char)s[i] == 0xE3 &&
			 (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0x81 ||
			  (unsigned char)s[i + 2] == 0x82))
			n++; /* U+3001, U+3002: ideographic comma, stop */
	}
	return n;
}

/* Removes furniture found by class and id, then marks what lies under it. */
static void mark_dead(struct reader *r, size_t body)
{
	size_t i, plain = 0;

	if (body != 0)
		plain = r->elems[body - 1].text - r->elems[body - 1].links;
	for (i = 0; i < r->n_elems; i++) {
		struct elem *e = &r->elems[i];

		if (!e->removed && e->hint < 0 &&
		    (double)(e->text - e->links) < 0.4 * (double)plain)
			e->removed = true;
		e->dead = e->removed ||
			  (e->parent != 0 && r->elems[e->parent - 1].dead);
	}
}

static bool is_under(const struct reader *r, size_t i, size_t ancestor)
{
	while (i != 0) {
		if (i == ancestor)
			return true;
		i = r->elems[i - 1].parent;
	}
	return false;
}

/* Scores the elements holding prose; returns the best's index + 1. */
static size_t choose(struct reader *r, size_t body)
{
	size_t i, best = 0, alt[4] = { 0 };
	double best_score = 0;

	for (i = 0; i < r->n_blocks; i++) {
		const struct block *b = &r->blocks[i];
		size_t level, a;
		double s;

		if (r->elems[b->elem].dead || b->chars < 25 ||
		    b->links * 2 > b->chars || b->kind == BK_H1 ||
		    b->kind == BK_HEADING)
			continue;
		s = 1.0 + (double)commas(r->text.s + b->off, b->len) +
		    (double)(b->chars / 100 < 3 ? b->chars / 100 : 3);
		a = r->elems[b->elem].parent;
		for (level = 0; level < 5 && a != 0; level++) {
			struct elem *e = &r->elems[a - 1];

			if (e->tag == T_HTML)
				break;
			if (!e->scored) {
				e->scored = true;
				e->score = tag_weight(e->tag) + 10.0 * e->hint;
			}
			e->score += level == 0 ? s :
				    level == 1 ? s / 2 :
						 s / (3.0 * level);
			a = e->parent;
		}
	}
	for (i = 0; i < r->n_elems; i++) {
		struct elem *e = &r->elems[i];
		double s;
		size_t k;

		if (!e->scored || e->dead)
			continue;
		e->score *= 1.0 - link_density(e);
		s = e->score;
		if (best == 0 || s > best_score) {
			for (k = 3; k > 0; k--)
				alt[k] = alt[k - 1];
			alt[0] = best;
			best = i + 1;
			best_score = s;
		} else {
			for (k = 0; k < 4; k++)
				if (alt[k] == 0 ||
				    s > r->elems[alt[k] - 1].score)
					break;
			if (k < 4) {
				memmove(alt + k + 1, alt + k,
					(3 - k) * sizeof alt[0]);
				alt[k] = i + 1;
			}
		}
	}
	if (best == 0)
		return body;
	/*
	 * Several strong candidates under one ancestor: the article is cut
	 * into parts, and the ancestor holds them all.
	 */
	for (size_t a = r->elems[best - 1].parent;
	     a != 0 && a != body && r->elems[a - 1].tag != T_HTML;
	     a = r->elems[a - 1].parent) {
		size_t k, under = 0;

		for (k = 0; k < 4; k++)
			if (alt[k] != 0 &&
			    r->elems[alt[k] - 1].score >= 0.75 * best_score &&
			    is_under(r, alt[k], a))
				under++;
		if (under >= 3) {
			best = a;
			break;
		}
	}
	/* An only child stands for its parent. */
	while (r->elems[best - 1].parent != 0 &&
	       r->elems[best - 1].parent != body) {
		size_t p = r->elems[best - 1].parent;

		if (r->elems[p - 1].tag == T_HTML ||
		    xmlChildElementCount(r->elems[p - 1].node) != 1)
			break;
		best = p;
	}
	return best;
}

/* Marks the chosen element and its siblings that belong to the article. */
static void include(struct reader *r, size_t best, size_t body)
{
	struct elem *top = &r->elems[best - 1];
	double threshold = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
	xmlChar *top_class = xmlGetProp(top->node, (const xmlChar *)"class");
	xmlNode *c;
	size_t i;

	top->inside = true;
	if (best != body && top->parent != 0 && top->tag != T_BODY)
		for (c = r->elems[top->parent - 1].node->children; c != NULL;
		     c = c->next) {
			size_t ci =
				c->type == XML_ELEMENT_NODE ? elem_index(c) : 0;
			struct elem *e;
			double bonus = 0;

			if (ci == 0 || ci == best)
				continue;
			e = &r->elems[ci - 1];
			if (e->dead)
				continue;
			if (top_class != NULL && top_class[0] != '\0') {
				xmlChar *cls =
					xmlGetProp(c, (const xmlChar *)"class");

				if (cls != NULL && xmlStrEqual(cls, top_class))
					bonus = top->score * 0.2;
				xmlFree(cls);
			}
			if ((e->scored && e->score + bonus >= threshold) ||
			    (e->tag == T_P && e->text > 80 &&
			     link_density(e) < 0.25))
				e->inside = true;
		}
	xmlFree(top_class);
	for (i = 0; i < r->n_elems; i++) {
		struct elem *e = &r->elems[i];

		if (!e->inside && e->parent != 0)
			e->inside = r->elems[e->parent - 1].inside;
	}
}

/* Whether a block of the chosen element is article text. */
static bool keep_block(const struct reader *r, const struct block *b)
{
	const struct elem *e = &r->elems[b->elem];

	if (!e->inside || e->dead || b->kind == BK_H1)
		return false;
	if (b->links * 2 > b->chars)
		return false;
	return true;
}

/* ------------------------------------------------------------------ */
/* The headline.                                                        */

/* s with white space folded, into out (reset). */
static int put_folded(struct buf *out, const char *s)
{
	bool space = false;

	out->len = 0;
	if (buf_put(out, "", 0) != 0)
		return -1;
	while (s != NULL && *s != '\0') {
		bool visible;
		size_t n = space_len((const unsigned char *)s, &visible);

		if (n > 0) {
			space = space || visible;
			s += n;
			continue;
		}
		if (space && out->len > 0 && buf_put(out, " ", 1) != 0)
			return -1;
		space = false;
		if (buf_put(out, s, 1) != 0)
			return -1;
		s++;
	}
	return 0;
}

static size_t count_words(const char *s, size_t len)
{
	size_t i, n = 0;
	bool in = false;

	for (i = 0; i < len; i++) {
		bool sp = s[i] == ' ';

		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

static bool same_text(const char *a, size_t alen, const char *b)
{
	return b != NULL && strlen(b) == alen &&
	       xmlStrncasecmp((const xmlChar *)a, (const xmlChar *)b,
			      (int)alen) == 0;
}

/*
 * Cuts the site's name off a folded title: a part beyond a separator that
 * is the site's name, or short beside a long rest.
 */
static void strip_site(struct buf *t, const char *site)
{
	static const char *const seps[] = {
		" | ",        " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
		" :: ",       " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xC2\xBB ",
		" \xC2\xAB ", " / ",
	};
	size_t k, pass;

	/* First the site's name at either end, then a short last part. */
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
			size_t sl = strlen(seps[k]), tail_len, head_len;
			char *last = NULL, *p = t->s;
			char *first = strstr(t->s, seps[k]);
			const char *tail;

			while ((p = strstr(p, seps[k])) != NULL) {
				last = p;
				p += sl;
			}
			if (last == NULL)
				continue;
			tail = last + sl;
			tail_len = t->len - (size_t)(tail - t->s);
			head_len = (size_t)(last - t->s);
			if (pass == 0 &&
			    same_text(t->s, (size_t)(first - t->s), site)) {
				size_t skip = (size_t)(first - t->s) + sl;

				memmove(t->s, t->s + skip, t->len - skip + 1);
				t->len -= skip;
				return;
			}
			if ((pass == 0 && same_text(tail, tail_len, site)) ||
			    (pass == 1 && count_words(tail, tail_len) <= 4 &&
			     count_words(t->s, head_len) >= 4)) {
				t->len = head_len;
				t->s[t->len] = '\0';
				return;
			}
		}
}

static int make_title(struct reader *r, struct buf *out)
{
	xmlChar *meta = r->og_title != NULL ? r->og_title : r->tw_title;
	struct buf site = { 0 };
	int rc = 0;

	if (r->site_name != NULL &&
	    put_folded(&site, (char *)r->site_name) != 0) {
		precis_dealloc(site.s);
		return -1;
	}
	if (meta != NULL) {
		rc = put_folded(out, (const char *)meta);
	} else if (r->h1_block != 0) {
		const struct block *b = &r->blocks[r->h1_block - 1];

		out->len = 0;
		rc = buf_put(out, r->text.s + b->off, b->len);
	} else {
		rc = put_folded(out, r->title_text.s);
	}
	if (rc == 0 && out->len > 0)
		strip_site(out, site.s);
	precis_dealloc(site.s);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Character sets.                                                      */

/* The charset of <meta charset> or <meta http-equiv content>, or false. */
static bool meta_charset(const xmlNode *n, char out[PRECIS_CHARSET_MAX])
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)"charset");
	bool ok = false;

	if (v != NULL) {
		ok = precis_charset_name((char *)v, strlen((char *)v), true,
					 out);
		xmlFree(v);
		return ok;
	}
	if (!attr_is(n, "http-equiv", "content-type"))
		return false;
	v = xmlGetProp(n, (const xmlChar *)"content");
	if (v != NULL) {
		const char *p = strstr((char *)v, "charset=");

		if (p == NULL)
			p = strstr((char *)v, "CHARSET=");
		if (p != NULL) {
			size_t len;

			p += 8;
			len = strcspn(p, "; \t");
			ok = precis_charset_name(p, len, true, out);
		}
		xmlFree(v);
	}
	return ok;
}

static const int parse_options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
				 HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
				 HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

/* ------------------------------------------------------------------ */
/* The interface.                                                       */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_parser(void)
{
	xmlInitParser();
}

static char *dup_prop(const xmlChar *s)
{
	size_t n;
	char *d;

	if (s == NULL)
		return NULL;
	n = strlen((const char *)s);
	d = precis_malloc(n + 1);
	if (d != NULL)
		memcpy(d, s, n + 1);
	return d;
}

/* The article text: the kept blocks, a blank line between them. */
static int make_text(struct reader *r, size_t best, size_t body,
		     struct buf *out)
{
	size_t i;

	if (buf_put(out, "", 0) != 0)
		return -1;
	if (best == 0)
		return 0;
	include(r, best, body);
	for (i = 0; i < r->n_blocks; i++) {
		const struct block *b = &r->blocks[i];

		if (!keep_block(r, b))
			continue;
		if (out->len > 0 && buf_put(out, "\n\n", 2) != 0)
			return -1;
		if (buf_put(out, r->text.s + b->off, b->len) != 0)
			return -1;
	}
	return 0;
}

static void reader_free(struct reader *r)
{
	precis_dealloc(r->elems);
	precis_dealloc(r->blocks);
	precis_dealloc(r->text.s);
	precis_dealloc(r->title_text.s);
	xmlFree(r->og_title);
	xmlFree(r->tw_title);
	xmlFree(r->site_name);
	xmlFree(r->canonical);
	xmlFree(r->og_url);
}

/*
 * Extracts the page's parts from the UTF-8 text of the page, and copies
 * the charset its first <meta> names (if any, else "") to meta.
 */
static precis_status extract(precis_page *page, const char *utf8, size_t len,
			     char meta[PRECIS_CHARSET_MAX])
{
	struct reader r;
	struct buf text = { 0 }, title = { 0 };
	precis_status st = PRECIS_ERR_NOMEM;
	htmlDocPtr doc;
	xmlNode *root;
	size_t body = 0, best, i;

	memset(&r, 0, sizeof r);
	doc = htmlReadMemory(utf8, (int)len, NULL, "UTF-8",
			     parse_options | XML_PARSE_HUGE);
	root = doc != NULL ? xmlDocGetRootElement(doc) : NULL;
	if (root != NULL)
		walk(&r, root);
	if (r.failed)
		goto out;
	memcpy(meta, r.charset, PRECIS_CHARSET_MAX);
	for (i = 0; i < r.n_elems; i++)
		if (r.elems[i].tag == T_BODY) {
			body = i + 1;
			break;
		}
	mark_dead(&r, body);
	best = choose(&r, body);
	if (make_text(&r, best, body, &text) != 0)
		goto out;
	if (make_title(&r, &title) != 0)
		goto out;
	if (title.s == NULL && buf_put(&title, "", 0) != 0)
		goto out;
	page->url = dup_prop(r.canonical != NULL ? r.canonical : r.og_url);
	if (page->url == NULL && (r.canonical != NULL || r.og_url != NULL))
		goto out;
	page->text = text.s;
	page->text_len = text.len;
	page->title = title.s;
	page->title_len = title.len;
	text.s = title.s = NULL;
	st = PRECIS_OK;
out:
	precis_dealloc(text.s);
	precis_dealloc(title.s);
	reader_free(&r);
	if (doc != NULL)
		xmlFreeDoc(doc);
	return st;
}

/* Converts the page from cs and extracts it into page. */
static precis_status read_as(precis_page *page, const char *html, size_t len,
			     const char *cs, bool lenient,
			     char meta[PRECIS_CHARSET_MAX])
{
	char *utf8;
	size_t utf8_len, bom = 0;
	precis_status st;
	const char *bom_cs = precis_charset_bom(html, len, &bom);

	/* A byte-order mark is dropped only with the charset it names. */
	if (bom_cs == NULL || strcmp(bom_cs, cs) != 0)
		bom = 0;
	if (precis_charset_convert(html + bom, len - bom, &cs, lenient, &utf8,
				   &utf8_len) != 0)
		return PRECIS_ERR_NOMEM;
	snprintf(page->charset, sizeof page->charset, "%s", cs);
	if (utf8_len > INT_MAX) {
		precis_dealloc(utf8);
		return PRECIS_ERR_TOO_LARGE;
	}
	st = extract(page, utf8, utf8_len, meta);
	precis_dealloc(utf8);
	return st;
}

static void page_clear(precis_page *page)
{
	precis_dealloc(page->title);
	precis_dealloc(page->text);
	precis_dealloc(page->url);
	memset(page, 0, sizeof *page);
}

/*
 * The character set: the caller's, else the byte-order mark's, else the
 * page's <meta>, else UTF-8 (Windows-1252 when not valid).  The <meta> is
 * found in the parsed page itself: the page is read as UTF-8 first, and
 * read again only when a <meta> names another character set.
 */
precis_status precis_page_parse(const char *html, size_t len,
				const char *charset, precis_page **out)
{
	precis_page *page;
	const char *cs = NULL;
	char name[PRECIS_CHARSET_MAX], meta[PRECIS_CHARSET_MAX];
	size_t bom;
	precis_status st;

	if (out == NULL)
		return PRECIS_ERR_INVALID;
	*out = NULL;
	if (html == NULL && len > 0)
		return PRECIS_ERR_INVALID;
	if (len > PAGE_MAX_BYTES)
		return PRECIS_ERR_TOO_LARGE;
	if (html == NULL)
		html = "";
	pthread_once(&init_once, init_parser);
	page = precis_calloc(1, sizeof *page);
	if (page == NULL)
		return PRECIS_ERR_NOMEM;
	if (charset != NULL &&
	    precis_charset_name(charset, strlen(charset), false, name))
		cs = name;
	if (cs == NULL)
		cs = precis_charset_bom(html, len, &bom);
	if (cs != NULL) {
		st = read_as(page, html, len, cs, false, meta);
	} else {
		st = read_as(page, html, len, "utf-8", true, meta);
		if (st == PRECIS_OK && meta[0] != '\0' &&
		    strcmp(meta, page->charset) != 0) {
			page_clear(page);
			st = read_as(page, html, len, meta, false, meta);
		}
	}
	if (st != PRECIS_OK) {
		precis_page_free(page);
		return st;
	}
	*out = page;
	return PRECIS_OK;
}

const char *precis_page_title(const precis_page *page, size_t *len)
{
	if (len != NULL)
		*len = page != NULL ? page->title_len : 0;
	return page != NULL ? page->title : "";
}

const char *precis_page_text(const precis_page *page, size_t *len)
{
	if (len != NULL)
		*len = page != NULL ? page->text_len : 0;
	return page != NULL ? page->text : "";
}

const char *precis_page_charset(const precis_page *page)
{
	return page != NULL ? page->charset : "";
}

const char *precis_page_url(const precis_page *page)
{
	return page != NULL ? page->url : NULL;
}

void precis_page_free(precis_page *page)
{
	if (page == NULL)
		return;
	precis_dealloc(page->title);
	precis_dealloc(page->text);
	precis_dealloc(page->url);
	precis_dealloc(page);
}
