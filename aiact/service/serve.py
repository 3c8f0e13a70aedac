"""Running the service: uvicorn in one process, or in several worker processes that each listen
on their own socket (``SO_REUSEPORT``), so that the kernel spreads new connections over them.

Why not uvicorn's own ``--workers``: it shares one listening socket among the workers, and the
worker that wakes first accepts every connection that is waiting. Clients that open their
connections together (a reverse proxy's keep-alive pool, a load test) then all land on one worker
while the others idle: measured on two cores, 16 keep-alive connections gave 700 assessments/s
one run and 1,300 the next. With a socket per worker the kernel hashes each connection to one of
them. Where ``SO_REUSEPORT`` is missing (not Linux or BSD), uvicorn's own workers are used.

The supervisor restarts a worker that dies and stops them all on SIGINT or SIGTERM (each worker
finishes the requests it has, as uvicorn does).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import time
from typing import Any

log = logging.getLogger("aiact.service")

APP = "aiact.service.app:create_app"


def _socket(host: str, port: int, backlog: int, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(host: str, port: int, backlog: int, options: dict[str, Any]) -> None:
    import uvicorn

    os.setpgrp()  # a Ctrl-C in the terminal reaches the supervisor only; it stops the workers
    sock = _socket(host, port, backlog, reuse_port=True)
    sock.listen(backlog)
    config = uvicorn.Config(APP, factory=True, host=host, port=port, backlog=backlog, **options)
    uvicorn.Server(config).run(sockets=[sock])


def serve(host: str, port: int, workers: int, backlog: int = 2048, **options: Any) -> None:
    """Serve the app on ``host:port`` with ``workers`` processes (``options``: uvicorn's)."""
    import uvicorn

    if workers == 1 or not hasattr(socket, "SO_REUSEPORT"):
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, backlog=backlog,
                    **options)  # fmt: skip
        return
    _socket(host, port, backlog, reuse_port=True).close()  # the address is free: fail here, once
    context = multiprocessing.get_context("spawn")
    stopping = False

    def start(index: int) -> Any:
        process = context.Process(
            target=_worker, args=(host, port, backlog, options), name=f"aiact-worker-{index}"
        )
        process.start()
        return process

    def stop(signum: int, frame: Any) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    processes = [start(i) for i in range(workers)]
    log.warning("aiact: serving on http://%s:%s with %s workers", host, port, workers)
    restarts: list[float] = []
    try:
        while not stopping:
            time.sleep(0.5)
            for index, process in enumerate(processes):
                if not process.is_alive() and not stopping:
                    now = time.monotonic()
                    restarts = [t for t in restarts if now - t < 60] + [now]
                    if len(restarts) > 5 * workers:
                        log.error("aiact: workers keep dying; stopping")
                        stopping = True
                        break
                    log.warning("aiact: worker %s exited (%s); restarting", index, process.exitcode)
                    processes[index] = start(index)
    finally:
        for process in processes:
            if process.is_alive() and process.pid is not None:
                os.kill(process.pid, signal.SIGTERM)  # uvicorn: finish what is in hand, stop
        deadline = time.monotonic() + 30
        for process in processes:
            process.join(timeout=max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
