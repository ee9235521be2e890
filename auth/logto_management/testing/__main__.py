"""``python -m logto_management.testing``: serve a Logto test double on loopback.

Prints the endpoint and a ready machine-to-machine application as ``KEY=value`` lines (the
variables ``examples/`` read), then serves until interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Sequence

from ._app.server import bind, make_server, url_of
from ._double import LogtoDouble
from ._model.state import DEFAULT_API_INDICATOR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m logto_management.testing",
        description="Serve an in-memory Logto (Management API + client credentials) on loopback.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--app-id", help="id of the ready M2M application (random by default)")
    parser.add_argument("--app-secret", help="its secret (random by default)")
    parser.add_argument("--api-indicator", default=DEFAULT_API_INDICATOR)
    parser.add_argument("--token-ttl", type=int, default=3600, help="token lifetime, seconds")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--seed", type=int, help="make generated ids reproducible")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    double = LogtoDouble(
        app_id=args.app_id,
        app_secret=args.app_secret,
        api_indicator=args.api_indicator,
        token_ttl=args.token_ttl,
        seed=args.seed,
    )
    double.controls.latency = args.latency
    sock = bind(args.host, args.port)
    url = url_of(sock)

    def announce() -> None:
        print(f"LOGTO_ENDPOINT={url}")
        print(f"LOGTO_APP_ID={double.app_id}")
        print(f"LOGTO_APP_SECRET={double.app_secret}")
        print(f"LOGTO_API_INDICATOR={double.api_indicator}")
        print("# Logto test double ready; Ctrl-C to stop", flush=True)

    server = make_server(double, announce)

    def stop() -> None:
        double.controls.release()
        server.should_exit = True

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: no handlers
                loop.add_signal_handler(sig, stop)
        await server.serve(sockets=[sock])

    with contextlib.suppress(KeyboardInterrupt):  # where signal handlers are unavailable
        asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
