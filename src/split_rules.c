/*
 * split_rules.c - per-language sentence rules: end marks, abbreviations.
 */
#include "split.h"
#include "split_rules.h"

const struct precis_split_rules precis_split_rules_generic = { 0 };
const struct precis_split_rules precis_split_rules_english = { 0 };
