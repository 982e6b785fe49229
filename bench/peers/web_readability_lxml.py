# SPDX-License-Identifier: BSD-2-Clause
"""Times readability-lxml (Debian python3-readability) on web pages.

    /usr/bin/python3 web_readability_lxml.py PAGE...

Reads every page (uncompressed HTML) first, then extracts each page's
article once, single thread, and prints "peer: pages=P cpu_s=C wall_s=W".
"""
import sys
import time

from readability import Document

pages = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        pages.append(f.read())
w0, c0 = time.perf_counter(), time.process_time()
for html in pages:
    doc = Document(html)
    doc.title()
    doc.summary()
print('peer: pages=%d cpu_s=%.4f wall_s=%.4f'
      % (len(pages), time.process_time() - c0, time.perf_counter() - w0))
