# SPDX-License-Identifier: BSD-2-Clause
"""Builds the precis package; the extension is made by precis_build.py."""
from setuptools import setup

setup(cffi_modules=["precis_build.py:ffibuilder"])
