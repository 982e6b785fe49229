# SPDX-License-Identifier: BSD-2-Clause
"""precis.dask on a LocalCluster of 2 worker processes, against one
precis batch over the same shards."""
import json
import os
import signal
import subprocess
import time

import pytest

from conftest import decode, repo_texts

from dask.distributed import Client, LocalCluster  # noqa: E402

import precis.dask  # noqa: E402

TEXTS = [decode(raw) for _, raw in repo_texts()]


def write_shards(directory, shards, records, bad=True):
    """shards JSON Lines files of records each, from the repository's
    texts, with ids, titles, records without an id and, when bad is true,
    a few bad records (invalid JSON, a text that is not a string, NUL)."""
    paths = []
    n = 0
    for k in range(shards):
        path = os.path.join(directory, f"shard-{k}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i in range(records):
                text = TEXTS[n % len(TEXTS)]
                rec = {"id": f"doc-{n}", "text": text}
                if n % 3 == 0:
                    rec["title"] = f"Report {n}"
                if n % 11 == 5:
                    del rec["id"]
                f.write(json.dumps(rec, ensure_ascii=n % 2 == 0) + "\n")
                n += 1
            if bad:
                f.write('{"id": "broken-%d", "text": \n' % k)
                f.write(json.dumps({"id": f"number-{k}", "text": 42}) + "\n")
                f.write(json.dumps({"id": f"nul-{k}", "text": "a\0b"}) + "\n")
        paths.append(path)
    return paths


def batch(precis_cli, paths):
    p = subprocess.run([precis_cli, "batch", "--quiet", "--jobs", "1",
                        *paths], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    assert p.returncode in (0, 1)
    return p.stdout


def concatenated(parts):
    out = b""
    for p in parts:
        with open(p, "rb") as f:
            out += f.read()
    return out


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_shards_match_precis_batch(client, precis_cli, tmp_path):
    inputs = write_shards(str(tmp_path), 5, 40)
    parts = precis.dask.summarize_shards(client, inputs,
                                         str(tmp_path / "out"),
                                         command=precis_cli)
    assert [os.path.basename(p) for p in parts] == \
        [precis.dask.part_name(i) for i in range(5)]
    got = concatenated(parts)
    want = batch(precis_cli, inputs)
    assert got == want
    records = [json.loads(line) for line in got.splitlines()]
    assert len(records) == 5 * 43
    errors = [r for r in records if "error" in r]
    assert sorted(r["id"] for r in errors) == sorted(
        # an invalid line has no id to read: its line number stands in
        # (and a string holding NUL is refused as the line is parsed)
        ["41", "43"] * 5 + [f"number-{k}" for k in range(5)])
    assert sorted(os.listdir(tmp_path / "out")) == \
        [precis.dask.part_name(i) for i in range(5)]
    print(f"\n{len(inputs)} shards, {len(records)} records, "
          f"{len(errors)} error records: output identical to precis batch")


def test_options_reach_precis_batch(client, precis_cli, tmp_path):
    inputs = write_shards(str(tmp_path), 2, 10, bad=False)
    opts = ["--sentences", "1", "--method", "lead"]
    parts = precis.dask.summarize_shards(client, inputs,
                                         str(tmp_path / "out"), opts,
                                         command=precis_cli)
    p = subprocess.run([precis_cli, "batch", "-q", "-j", "1", *opts,
                        *inputs], stdout=subprocess.PIPE, check=True)
    assert concatenated(parts) == p.stdout
    assert all(len(json.loads(line)["summary"]) == 1
               for line in p.stdout.splitlines())


def test_a_failing_command_raises(client, tmp_path):
    inputs = write_shards(str(tmp_path), 1, 2, bad=False)
    with pytest.raises(RuntimeError, match="exit status 2"):
        precis.dask.summarize_shards(client, inputs, str(tmp_path / "out"),
                                     ["--no-such-option"],
                                     command=os.environ["PRECIS"])
    assert os.listdir(tmp_path / "out") == []


def test_worker_killed_mid_run(client, precis_cli, tmp_path):
    """A worker process killed while it summarizes a shard: the scheduler
    runs the shard again elsewhere, and the output is still every record
    once, in order.  The workers run precis through a wrapper that first
    waits a second, so that the kill finds a task under way."""
    inputs = write_shards(str(tmp_path), 6, 50)
    want = batch(precis_cli, inputs)
    slow = tmp_path / "slow-precis"
    slow.write_text(f'#!/bin/sh\nsleep 1\nexec "{precis_cli}" "$@"\n')
    slow.chmod(0o755)
    out = tmp_path / "out"
    # Last in this file: its cluster loses a worker (the nanny starts a
    # new one).
    futures = precis.dask.submit_shards(client, inputs, str(out),
                                        command=str(slow))
    keys = [f.key for f in futures]
    # The first temporary part to appear names the worker process
    # writing it, in the middle of its task.
    pid = None
    deadline = time.monotonic() + 60
    while pid is None and time.monotonic() < deadline:
        tmps = [n for n in os.listdir(out) if n.endswith(".tmp")]
        if tmps:
            pid = int(tmps[0].split(".")[3])
        else:
            time.sleep(0.02)
    assert pid is not None, "no task started within a minute"
    os.kill(pid, signal.SIGKILL)
    parts = client.gather(futures)
    leftovers = precis.dask.remove_leftovers(str(out))
    # The scheduler counts, per task, the workers that died while
    # running it: the kill must have cut one short.
    suspicious = client.run_on_scheduler(
        lambda dask_scheduler: sum(
            dask_scheduler.tasks[k].suspicious for k in keys))
    got = concatenated(parts)
    print(f"\nworker process {pid} killed mid-run; tasks cut short: "
          f"{suspicious}; temporary files left by it: {leftovers}; "
          f"{len(got.splitlines())} records, output "
          f"{'identical to' if got == want else 'DIFFERENT from'} precis "
          "batch")
    assert suspicious >= 1 and leftovers >= 1
    assert got == want
    assert sorted(os.listdir(out)) == \
        [precis.dask.part_name(i) for i in range(6)]
