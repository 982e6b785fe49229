/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * main.c - the precis program: subcommand dispatch.
 *
 *   precis [OPTION]... [FILE]...     summarize each file
 *   precis split [OPTION]... [FILE]...
 *   precis batch [OPTION]... INPUT...
 *   precis eval [OPTION]... REFERENCES SYSTEM
 *   precis extract [OPTION]... [FILE]...
 *
 * A first argument naming a subcommand selects it; to summarize a file
 * called "split", write "./split" or put it after "--".
 */
#include <signal.h>
#include <string.h>

#include "cli.h"

int main(int argc, char **argv)
{
	/*
	 * A closed pipe ends the program quietly, as it does cat or head,
	 * even if the parent left SIGPIPE ignored.
	 */
	signal(SIGPIPE, SIG_DFL);
	if (argc > 1 && strcmp(argv[1], "batch") == 0)
		return cli_batch_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "split") == 0)
		return cli_split_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "eval") == 0)
		return cli_eval_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "extract") == 0)
		return cli_extract_main(argc - 1, argv + 1);
	return cli_summarize_main(argc, argv);
}
