/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * doc.c - the document's helpers: term sets and freeing.
 */
#include "alloc.h"
#include "doc.h"

uint32_t precis_doc_new_mark(struct precis_doc *doc)
{
	size_t i;

	if (++doc->mark == 0) {
		for (i = 0; i < doc->nterms; i++)
			doc->terms[i].mark = 0;
		doc->mark = 1;
	}
	return doc->mark;
}

uint32_t precis_doc_new_seen(struct precis_doc *doc)
{
	size_t i;

	if (++doc->seen == 0) {
		for (i = 0; i < doc->nterms; i++)
			doc->terms[i].seen = 0;
		doc->seen = 1;
	}
	return doc->seen;
}

void precis_doc_free(struct precis_doc *doc)
{
	precis_dealloc(doc->sents);
	precis_dealloc(doc->terms);
	precis_dealloc(doc->toks);
	precis_dealloc(doc->order);
	precis_dealloc(doc->picked);
}
