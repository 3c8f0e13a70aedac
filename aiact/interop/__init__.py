"""Interoperability with the Dutch government's AI Act instruments.

* :mod:`aiact.interop.beslishulp`: the Beslishulp AI-verordening (decision tree, labels);
* :mod:`aiact.interop.algoritmekader`: the Algoritmekader's AI Act requirements (``aia-NN``);
* :mod:`aiact.interop.register`: the Algoritmeregister (JSON export and CSV download);
* :mod:`aiact.interop.profile`: the AI Act profile of the Algorithm Management Toolkit and the
  task registry.
"""

from __future__ import annotations
