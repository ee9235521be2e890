"""``make demo``: the quickstart against a real Logto when LOGTO_ENDPOINT, LOGTO_APP_ID and
LOGTO_APP_SECRET are set, otherwise against the Logto test double on a free loopback port."""

from __future__ import annotations

import asyncio
import os
import sys

from examples import quickstart
from examples.connect import logto_in_environment


def main() -> int:
    if logto_in_environment():
        print(f"Logto at {os.environ['LOGTO_ENDPOINT']}")
        asyncio.run(quickstart.main())
        return 0
    from logto_management.testing import LogtoDouble

    double = LogtoDouble()
    with double.serve_in_thread() as base_url:
        print(f"Logto test double at {base_url} (set LOGTO_ENDPOINT to use a real Logto)")
        os.environ.update(
            LOGTO_ENDPOINT=base_url,
            LOGTO_APP_ID=double.app_id,
            LOGTO_APP_SECRET=double.app_secret,
            LOGTO_API_INDICATOR=double.api_indicator,
        )
        try:
            asyncio.run(quickstart.main())
        finally:
            for name in (
                "LOGTO_ENDPOINT",
                "LOGTO_APP_ID",
                "LOGTO_APP_SECRET",
                "LOGTO_API_INDICATOR",
            ):
                os.environ.pop(name, None)
        print(
            f"server answered {double.controls.api_requests} API requests and "
            f"{double.controls.token_requests} token request(s); stopped"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
