"""Load benchmark of the HTTP service (a benchmark, not a test).

Starts ``aiact serve`` on loopback with the documented production settings (one worker per CPU
core, each on its own socket, no access log, uvloop, ``--http httptools`` as behind a reverse
proxy that terminates TLS) and sends ``POST /v1/assessments`` for ``--duration`` seconds at each
concurrency level (default 1, 16 and 64 connections, HTTP/1.1 keep-alive), from this process: a
lean asyncio client on raw sockets, so that the client takes as little of the machine as it can
(its CPU time is reported beside the server's). Then the same for ``POST /v1/interviews``, the
next question for the facts so far. Reports per endpoint and level: requests per second, p50
and p99 latency, errors (any answer but 200, and any failed connection), the CPU time of the
server and of the client (the server's per request is the figure that holds on a busy machine);
then the resident memory of the server's processes after the run and the machine's load average
before and after, because the figures mean little on a busy machine.

The bodies are real, different requests: for assessments the bundled examples on many dates and
in both languages; for the interview every step of the interviews of the bundled examples
(goals ``tier`` and ``full``), each answer what a person who knows the example's facts would
give, so that a request carries from none to about twenty answers (the service keeps no cache, so
every request is worked out).

    .venv/bin/python benchmarks/serve.py                      # 60 s at 1, 16, 64, both (7 min)
    .venv/bin/python benchmarks/serve.py --duration 20 --concurrency 16
    .venv/bin/python benchmarks/serve.py --endpoints assessments --duration 10
    .venv/bin/python benchmarks/serve.py --quick              # a few seconds, for CI
    .venv/bin/python benchmarks/serve.py --json out.json

Target (issue 17): at least 1,000 assessments/s at concurrency 16 on a 2-core machine, p99 under
100 ms. Figures: docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import write_report  # noqa: E402


def _request(path: str, payload: bytes) -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\nContent-Type: application/json\r\nAccept: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    ).encode("ascii") + payload


def interview_bodies(port: int, limit: int = 240) -> list[bytes]:
    """HTTP requests (bytes) for ``POST /v1/interviews``: every step of the interviews of the
    bundled examples (goals ``tier`` and ``full``, Dutch and English), each answer what a person
    who knows the example's facts would give (:func:`aiact.questions.simulate.answer_from`), so
    the requests carry 0 to about 20 answers as a questionnaire's do. Built by walking the
    interviews on the server that is measured (which also warms it)."""
    import yaml

    from aiact.case import case_from_mapping
    from aiact.questions import catalogue, read_facts, subject_answer
    from aiact.questions.simulate import answer_from

    out: list[bytes] = []
    examples = [p for p in sorted(EXAMPLES.glob("*.yaml")) if p.name != "inventory.yaml"]
    for index, (path, goal) in enumerate((p, g) for g in ("tier", "full") for p in examples):
        case = case_from_mapping(yaml.safe_load(path.read_text(encoding="utf-8")))
        truth = read_facts(case)
        lang = "nl" if index % 2 == 0 else "en"
        body: dict[str, Any] = {"goal": goal, "as_of": case.as_of.isoformat(), "answers": []}
        for _ in range(120):
            request = _request(
                f"/v1/interviews?lang={lang}", json.dumps(body, ensure_ascii=False).encode()
            )
            out.append(request)
            with urllib.request.urlopen(
                urllib.request.Request(
                    f"http://127.0.0.1:{port}/v1/interviews?lang={lang}",
                    data=request.split(b"\r\n\r\n", 1)[1],
                    headers={"Content-Type": "application/json"},
                ),
                timeout=30,
            ) as response:
                question = json.loads(response.read())["question"]
            if question is None:
                break
            if question["id"] == "subject":
                answer: Any = subject_answer(truth.kind, truth.flat)
            else:
                answer = answer_from(
                    catalogue().get(question["id"]), truth.flat, truth.kind, truth.context
                )
            body["answers"].append({"question": question["id"], "answer": answer})
    random.Random(17).shuffle(out)  # the interviews and their lengths mixed, the same each run
    return out[:limit]


def bodies(count: int = 240) -> list[bytes]:
    """HTTP requests (bytes) for different assessments: every example on dates from 2025 to
    2031, in Dutch and English."""
    import yaml

    cases = [
        json.loads(json.dumps(yaml.safe_load(p.read_text(encoding="utf-8")), default=str))
        for p in sorted(EXAMPLES.glob("*.yaml"))
        if p.name != "inventory.yaml"
    ]
    out = []
    start = dt.date(2025, 1, 1)
    for index in range(count):
        case = cases[index % len(cases)]
        day = start + dt.timedelta(days=(index * 37) % 2550)
        lang = "nl" if index % 2 == 0 else "en"
        payload = json.dumps(case, ensure_ascii=False).encode("utf-8")
        out.append(_request(f"/v1/assessments?lang={lang}&asOf={day.isoformat()}", payload))
    return out


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    await reader.readexactly(length)
    return status


async def _connection(
    port: int, requests: list[bytes], offset: int, until: float, latencies: list[float],
    errors: list[str],
) -> None:  # fmt: skip
    index = offset
    reader = writer = None
    while time.perf_counter() < until:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            assert reader is not None
            request = requests[index % len(requests)]
            index += 1
            start = time.perf_counter()
            writer.write(request)
            status = await _read_response(reader)
            latencies.append(time.perf_counter() - start)
            if status != 200:
                errors.append(f"HTTP {status}")
        except (OSError, asyncio.IncompleteReadError, ValueError) as error:
            errors.append(type(error).__name__)
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def _level(
    port: int, requests: list[bytes], concurrency: int, seconds: float
) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    until = start + seconds
    await asyncio.gather(
        *(_connection(port, requests, i * 7, until, latencies, errors) for i in range(concurrency))
    )
    took = time.perf_counter() - start
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return 1000 * ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0

    return {
        "concurrency": concurrency,
        "seconds": round(took, 2),
        "requests": len(latencies),
        "per_second": round(len(latencies) / took, 1),
        "p50_ms": round(pct(0.50), 2),
        "p99_ms": round(pct(0.99), 2),
        "mean_ms": round(1000 * statistics.fmean(ordered), 2) if ordered else 0.0,
        "errors": len(errors),
        "error_kinds": sorted(set(errors))[:5],
    }


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _rss_mib(pids: list[int]) -> dict[str, float]:
    out = {}
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out[str(pid)] = round(int(line.split()[1]) / 1024, 1)
        except OSError:
            pass
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, workers: int, http: str | None = None) -> subprocess.Popen[bytes]:
    """``aiact serve`` as documented for production (docs/service.md), on loopback."""
    command = [
        sys.executable, "-m", "aiact", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers), "--no-access-log", "--log-level", "warning",
    ]  # fmt: skip
    if http is not None:
        command += ["--http", http]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            stop_server(process)
            raise RuntimeError("the server did not start")
        time.sleep(0.2)
    return process


def stop_server(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time of ``pids`` so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            pass
    return total / ticks


def _run_loop(coroutine: Any) -> Any:
    """``asyncio.run``, on uvloop when it is installed (a lighter client)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    return uvloop.run(coroutine)


ENDPOINTS = ("assessments", "interviews")


def run(
    duration: float,
    levels: list[int],
    workers: int,
    warmup: float,
    http: str | None = None,
    endpoints: tuple[str, ...] = ENDPOINTS,
) -> dict[str, Any]:
    port = _free_port()
    load_before = os.getloadavg()
    process = start_server(port, workers, http)
    report: dict[str, Any] = {}
    try:
        server = [process.pid, *_children(process.pid)]
        for endpoint in endpoints:
            requests = bodies() if endpoint == "assessments" else interview_bodies(port)
            _run_loop(_level(port, requests, max(levels), warmup))  # every worker warm
            results = []
            for concurrency in levels:
                server_cpu, client_cpu = _cpu_seconds(server), time.process_time()
                result = _run_loop(_level(port, requests, concurrency, duration))
                result["endpoint"] = endpoint
                result["distinct_requests"] = len(requests)
                used = _cpu_seconds(server) - server_cpu
                result["server_cpu_s"] = round(used, 1)
                result["client_cpu_s"] = round(time.process_time() - client_cpu, 1)
                result["server_cpu_ms_per_request"] = (
                    round(1000 * used / result["requests"], 2) if result["requests"] else None
                )
                results.append(result)
                print(_line(result), flush=True)
            report["levels" if endpoint == "assessments" else "interview_levels"] = results
        memory = _rss_mib(server)
    finally:
        stop_server(process)
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "workers": workers,
        "duration_s": duration,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        **report,
        "rss_mib_after": memory,
        "rss_mib_total_after": round(sum(memory.values()), 1),
    }


def _line(r: dict[str, Any]) -> str:
    what = "assessments/s" if r.get("endpoint", "assessments") == "assessments" else "questions/s"
    return (
        f"{r.get('endpoint', 'assessments'):>11} concurrency {r['concurrency']:>3}: "
        f"{r['per_second']:>8.1f} {what:<13} "
        f"p50 {r['p50_ms']:>7.2f} ms  p99 {r['p99_ms']:>7.2f} ms  "
        f"errors {r['errors']}  ({r['requests']} in {r['seconds']} s; CPU s: server "
        f"{r.get('server_cpu_s', '?')} = {r.get('server_cpu_ms_per_request', '?')} ms a request, "
        f"client {r.get('client_cpu_s', '?')})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per level")
    parser.add_argument("--concurrency", default="1,16,64", help="levels, comma-separated")
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="server workers (default: cores)"
    )
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds of warm-up")
    parser.add_argument(
        "--http",
        choices=["h11", "httptools"],
        default="httptools",
        help="the server's HTTP parser (default: httptools, as behind a TLS proxy)",
    )
    parser.add_argument(
        "--endpoints",
        default=",".join(ENDPOINTS),
        help="what to load, comma-separated: assessments (POST /v1/assessments), interviews "
        "(POST /v1/interviews, the next question); default both",
    )
    parser.add_argument("--quick", action="store_true", help="a few seconds, for CI")
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    args = parser.parse_args(argv)
    levels = [int(c) for c in args.concurrency.split(",") if c.strip()]
    endpoints = tuple(e.strip() for e in args.endpoints.split(",") if e.strip())
    if not endpoints or set(endpoints) - set(ENDPOINTS):
        parser.error(f"--endpoints: choose from {', '.join(ENDPOINTS)}")
    duration, warmup, workers = args.duration, args.warmup, args.workers
    if args.quick:
        duration, warmup, levels, workers = 1.5, 1.0, [1, 4], 1
    report = run(duration, levels, workers, warmup, args.http, endpoints)
    report["quick"] = args.quick
    print(
        f"workers {workers} on {report['cpus']} CPUs; load average before "
        f"{report['load_before']}, after {report['load_after']}; server memory after "
        f"{report['rss_mib_total_after']} MiB {report['rss_mib_after']}"
    )
    write_report(args.json, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
