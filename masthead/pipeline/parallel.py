"""Extraction in worker processes: parsing HTML is CPU-bound, so threads cannot share it out.

One pool per process, created on first use with the forkserver start method (never `fork` from
a process that already runs threads) and reused for every later ingestion.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def process_pool(processes: int) -> Executor | None:
    """The shared extraction pool of `processes` workers, or None when processes < 2."""
    global _pool, _pool_size
    if processes < 2:
        return None
    with _lock:
        if _pool is None or _pool_size != processes:
            if _pool is not None:
                _pool.shutdown(wait=False, cancel_futures=True)
            context = multiprocessing.get_context("forkserver")
            # Import the heavy extraction stack once in the server, not in every worker.
            context.set_forkserver_preload(
                ["masthead.pipeline.review", "masthead.pipeline.inspection"]
            )
            _pool = ProcessPoolExecutor(max_workers=processes, mp_context=context)
            _pool_size = processes
        return _pool


def discard_pool() -> None:
    """Forget a broken pool (a worker died); the next call to process_pool starts a new one."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None


@atexit.register
def _shutdown() -> None:
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["BrokenProcessPool", "discard_pool", "process_pool"]
