/*
 * split_rules.h - the layout of a language's sentence rules.
 */
#ifndef PRECIS_SPLIT_RULES_H
#define PRECIS_SPLIT_RULES_H

struct precis_split_rules {
	int placeholder;
};

#endif
