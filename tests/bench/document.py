"""``BENCHMARKS.md``: the table, the chart, the goals and how every figure was measured."""

from __future__ import annotations

from .report import BEFORE_DATE, Results

METHOD = """\
## How each figure is measured

All client work runs in processes of its own, while the benchmark process serves a small Logto
stand-in (a plain ASGI app under uvicorn on 127.0.0.1, `tests/bench/server.py`) that replays
recorded answers from `../shared/logto-traffic/exchanges.json`: the token of `token_ok_basic`,
the user and headers of `users_page1`, and for list pages recorded-format users with Logto's
`Total-Number` and `Link` lines. Every figure is a median over repetitions interleaved with its
baseline in the same run; ratios divide two medians. The last column is the same ratio in the
run before issue 15 ({before_date}, same machine kind), for comparison.

- **Import, cold**: a fresh interpreter (`python -I`) per sample times one `import` statement
  from the inside ({import_rounds} samples each, after one discarded round that writes the bytecode
  caches). Ours: `logto_management_api.api.users.list_users` against
  `import httpx, attrs, dateutil.parser`; "+ logto_management" adds the hand-written layer. Each
  peer's one-operation import is compared with its own dependencies in its own venv:
  logto-admin `logto_admin.api.users.get_api_users` (its `models/__init__` imports every
  model), py-logto `py_logto.api.users_api` (importing any module runs `py_logto/__init__`, which
  imports every API and model).
- **Per call**: {calls} sequential `GET /api/users/{{id}}` per sample, {call_reps} samples. Ours:
  `get_user.asyncio` on `create_management_api(base_url=...)` (token fetched once before timing;
  retries, 401 recovery and error mapping all in the path). The floor: `httpx.AsyncClient` with a
  fixed bearer token, `raise_for_status()` and `response.json()`. The peers run in their own venv
  (logto-admin pins httpx < 0.28), so they are compared with raw httpx measured there:
  logto-admin `AuthenticatedClient(base_url=server, token=...)` and
  `get_api_users_user_id.asyncio`; py-logto `Configuration(host=server, access_token=...)` and
  `UsersApi.get_user` (synchronous, urllib3). Both peers take a fixed token: neither fetches or
  refreshes one by itself.
  Absolute per-call figures of the two venvs differ for a reason outside all three clients:
  httpcore 1.0.9 tries `import sniffio` each time it creates a connection-pool lock, and a failed
  import is not cached. sniffio comes with httpx 0.27 but no longer with httpx 0.28 and
  anyio >= 4.11, so a venv without it pays on every request (about 0.3 ms when this bench was
  written; encode/httpcore#1103). The line at the top says which venv has it; each ratio is
  taken within one venv.
  "Ours" is a default install (httpx, answers parsed by `json.loads`); "aiohttp + orjson" is the
  same client with the extras `aiohttp` and `orjson` installed and `http_backend="aiohttp"`
  (orjson is hidden from the process for the default figures). "Client CPU per call" is
  the CPU time of the client process (`time.process_time`) over the same samples, divided by
  the calls: the cost a call puts on an event loop shared with other work.
- **Parsing**: one recorded-format page of 100 users; `json.loads` alone against `json.loads`
  plus `User.from_dict` for each item (the goal), and against what the generated code does with
  orjson installed: `types.json_loads` (orjson, after its scan for numbers of 19 digits or more)
  plus `User.from_dict`.
- **Pagination**: {total_users:,} users, `page_size=100`, the server sleeps 10 ms per page
  (simulated database time); `paginate(list_users.asyncio_detailed, ...)` with
  `concurrency=1` against `concurrency=8`, {pagination_reps} samples each, token fetched before
  timing. The client's CPU time is taken too: a client busy nearly all the time at
  `concurrency=8` is CPU-bound, and more pages in flight cannot make it faster. Three
  configurations, interleaved in one process: a default install (httpx, `json.loads`), httpx
  with orjson, and `http_backend="aiohttp"` with orjson. The floor, interleaved with them: raw
  `httpx.AsyncClient` with a fixed token and `json.loads` only (no models, retries or paging
  helper), page 1 for the total and then the other pages with at most 8 in flight: what any
  client built on httpx could reach on this machine.
- **Token single flight**: {concurrent_calls:,} concurrent `get_user` calls on a fresh client, in
  a fresh process, {flight_runs} runs; the server counts `POST /oidc/token`.
- **Memory**: a fresh process imports everything, fetches its token, collects garbage and
  reads its peak RSS (`ru_maxrss`); then it pages through {total_users:,} users without keeping
  them and reads the peak again. {memory_runs} processes per concurrency.
- **Real Logto** (`tests/bench/real.py`; alone: `make bench BENCH=real`): the Logto of
  `LOGTO_ENDPOINT`/`LOGTO_APP_ID`/`LOGTO_APP_SECRET`, else the shared one of
  `../shared/logto-server/up.sh`; skipped with a note when there is neither. {real_users:,} users
  are created with a username prefix unique to the run and deleted at the end. Each client, in a
  fresh process per sample ({real_reps} samples, interleaved), pages through them
  (`page_size=100`, a `like` search on the prefix) sequentially and 8 pages at a time, then
  makes {real_gets} sequential `get_user` calls; wall time and the client's CPU time (Python
  `time.process_time`, Node `process.cpuUsage`). Clients: ours (`create_management_api`,
  `paginate`, `get_user.asyncio`; a default install), ours with aiohttp and orjson, raw httpx
  with a token fetched once
  (`response.json()` only, the floor), and Logto's official Node SDK `@logto/api` 1.42.0
  (`createManagementApi`, which fetches its own token), installed from the npm registry into
  `.bench/node` (git-ignored) and run with the machine's `node`. The server runs on the same
  2-core machine, so its CPU competes with the client's.
"""


def render(
    *,
    results: Results,
    table: str,
    summary: list[str],
    chart: str,
    environment: str,
    seconds: float,
    settings: dict[str, int],
) -> str:
    """The whole document."""
    goals_md = "\n".join(f"- {line}" for line in summary)
    method = METHOD.format(total_users=results["total_users"], before_date=BEFORE_DATE, **settings)
    return f"""# Benchmarks

Written by `make bench` (`tests/bench/`, about {seconds:.0f} s for the run below). {environment}

![Benchmark chart]({chart})

{table}

## Goals

{goals_md}

{method}"""
