# SPDX-License-Identifier: BSD-2-Clause
"""Summarize JSON Lines shards on a dask.distributed cluster.

One task a shard: the task runs ``precis batch --quiet --jobs 1 SHARD`` on
its worker and writes the records to ``OUTPUT_DIR/part-NNNNN.jsonl``, NNNNN
being the shard's position among the inputs, so that the parts, read in
order of their names, hold the records in input order: the same bytes as
one ``precis batch`` over all the shards.  A part appears only once whole
(written under a temporary name, then renamed), so that a task cut short by
a lost worker and run again elsewhere leaves neither half a part nor a
record twice.  Bad records give error records, as in ``precis batch``.

The inputs and the output directory must be reachable under the same paths
from every worker (a local disk for a LocalCluster, a shared file system on
a real cluster), and the ``precis`` command installed on every worker.

From Python::

    from dask.distributed import Client
    import precis.dask
    with Client("tcp://scheduler:8786") as client:
        parts = precis.dask.summarize_shards(client, shards, "out/")

From the shell::

    python3 -m precis.dask --scheduler tcp://scheduler:8786 -o out/ \\
        shards/*.jsonl.gz -- --sentences 5
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from typing import List, Optional, Sequence

__all__ = ["part_name", "remove_leftovers", "submit_shards",
           "summarize_shard", "summarize_shards"]


def part_name(i: int) -> str:
    """The output file name of the i-th input shard."""
    return f"part-{i:05d}.jsonl"


def summarize_shard(source: str, target: str,
                    options: Sequence[str] = (),
                    command: str = "precis") -> str:
    """Summarizes one shard (any input ``precis batch`` reads: JSON Lines,
    optionally .gz, or an archive) into the JSON Lines file target, which
    appears only when complete.  Returns target.  Raises RuntimeError when
    precis fails as a whole (exit status 2 or more, or a signal); error
    records for bad documents (exit status 1) are part of the output."""
    directory = os.path.dirname(os.path.abspath(target))
    # The temporary name tells the process that writes it.
    tmp = os.path.join(directory, f".{os.path.basename(target)}."
                       f"{os.getpid()}.{uuid.uuid4().hex}.tmp")
    argv = [command, "batch", "--quiet", "--jobs", "1", *options, source]
    try:
        with open(tmp, "wb") as out, tempfile.TemporaryFile() as err:
            # The records come through a pipe, not straight into the file:
            # if this worker dies, precis loses its reader and stops, and
            # writes nothing more anywhere.
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=err)
            with proc.stdout:
                shutil.copyfileobj(proc.stdout, out, 1 << 20)
            status = proc.wait()
            if status < 0 or status > 1:
                err.seek(0)
                tail = err.read()[-2000:].decode("utf-8", "replace")
                raise RuntimeError(f"{' '.join(argv)}: exit status "
                                   f"{status}: {tail.strip()}")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def remove_leftovers(output_dir: str) -> int:
    """Removes the temporary files that tasks cut short (their worker lost)
    left in output_dir; call it once every task has ended.  Returns how
    many there were."""
    n = 0
    for name in os.listdir(output_dir):
        if name.startswith(".part-") and name.endswith(".tmp"):
            os.unlink(os.path.join(output_dir, name))
            n += 1
    return n


def submit_shards(client, inputs: Sequence[str], output_dir: str,
                  options: Sequence[str] = (),
                  command: str = "precis") -> list:
    """Submits one task a shard of inputs to the cluster of client and
    returns their futures, in input order; each gives its output part.

    options are ``precis batch`` options (``["--sentences", "5"]``);
    command is the precis program as the workers find it.  A worker lost
    mid-run costs only its tasks, which the scheduler runs again elsewhere;
    call remove_leftovers(output_dir) once all are done.
    """
    inputs = [os.path.abspath(p) for p in inputs]
    output_dir = os.path.abspath(output_dir)
    os.makedirs(output_dir, exist_ok=True)
    run = uuid.uuid4().hex[:8]
    return [client.submit(summarize_shard, src,
                          os.path.join(output_dir, part_name(i)),
                          list(options), command,
                          key=f"precis-shard-{i:05d}-{run}", pure=False)
            for i, src in enumerate(inputs)]


def summarize_shards(client, inputs: Sequence[str], output_dir: str,
                     options: Sequence[str] = (),
                     command: str = "precis") -> List[str]:
    """Summarizes every shard of inputs on the cluster of client (see
    submit_shards), waits for every task and returns the output parts in
    input order.  A task that fails raises here."""
    parts = client.gather(submit_shards(client, inputs, output_dir, options,
                                        command))
    remove_leftovers(output_dir)
    return parts


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m precis.dask",
        description="Summarize JSON Lines shards on a dask.distributed "
        "cluster: one part-NNNNN.jsonl in OUTPUT_DIR a shard, in input "
        "order.  Options after -- go to precis batch.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="the scheduler's address (tcp://host:8786)")
    where.add_argument("--local", type=int, metavar="N", default=2,
                       help="without --scheduler: a local cluster of N "
                       "worker processes (default 2)")
    parser.add_argument("-o", "--output-dir", required=True)
    parser.add_argument("--precis", default="precis", metavar="PROGRAM",
                        help="the precis command on the workers")
    parser.add_argument("inputs", nargs="+", metavar="SHARD")
    argv = list(sys.argv[1:] if argv is None else argv)
    rest: List[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, rest = argv[:cut], argv[cut + 1:]
    args = parser.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        for part in summarize_shards(client, args.inputs, args.output_dir,
                                     rest, args.precis):
            print(part)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
