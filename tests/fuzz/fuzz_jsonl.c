/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * fuzz_jsonl.c - the JSON Lines reader of precis batch.
 *
 * The input is a JSON Lines file: every line becomes one document or one
 * error, never a crash; ids are valid UTF-8; texts respect the size limit.
 */
#include "fuzz_sources.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_read(data, size, ".jsonl");
	return 0;
}
