# SPDX-License-Identifier: BSD-2-Clause
"""Shared fixtures: the precis command and the repository's test texts.

The tests compare the package with the command built from the same tree:
PRECIS names the program (ctest sets it).  Without it the tests fail, they
are never skipped.
"""
import os
import subprocess

import pytest

ROOT = os.path.abspath(os.environ.get(
    "PRECIS_SOURCE_DIR",
    os.path.join(os.path.dirname(__file__), "..", "..", "..")))


@pytest.fixture(scope="session")
def precis_cli():
    path = os.environ.get("PRECIS")
    if not path or not os.access(path, os.X_OK):
        pytest.fail("PRECIS must name the built precis program "
                    f"(got {path!r})", pytrace=False)
    return path


@pytest.fixture(scope="session")
def run_cli(precis_cli):
    def run(args, data: bytes, ok=(0,)):
        p = subprocess.run([precis_cli, *args], input=data,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert p.returncode in ok, p.stderr.decode("utf-8", "replace")
        return p.stdout.decode("utf-8")
    return run


def repo_texts():
    """(name, raw bytes) of the repository's sample and test texts."""
    paths = [os.path.join(ROOT, "examples", "sample.txt")]
    for sub in ("tests/data", "tests/data/lang"):
        d = os.path.join(ROOT, sub)
        paths += sorted(os.path.join(d, f) for f in os.listdir(d)
                        if f.endswith(".txt"))
    out = []
    for p in paths:
        with open(p, "rb") as f:
            out.append((os.path.relpath(p, ROOT), f.read()))
    assert len(out) > 20, f"test texts not found under {ROOT}"
    return out


def decode(raw: bytes) -> str:
    """The text as a Python caller would have it: UTF-8, or else
    Windows-1252 (as precis reads bytes that are not UTF-8)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")
