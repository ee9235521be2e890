"""A faithful in-memory Logto for tests and demos (``pip install 'logto-management[testing]'``).

::

    from logto_management.testing import LogtoDouble

    double = LogtoDouble()
    # in-process
    transport = httpx.ASGITransport(app=double.app)
    # or on loopback (uvicorn), in async code / from sync code
    async with double.serve() as base_url: ...
    with double.serve_in_thread() as base_url: ...

``double.app_id`` / ``double.app_secret`` are a ready machine-to-machine application with the
Management API role; ``double.api_indicator`` is the resource to ask a token for;
``double.controls`` injects faults, expires tokens, caps totals and counts requests.

Every operation of the Management API answers: simulated by hand, by a store driven by the
OpenAPI document (plain collections and singletons), or ``501 double.not_implemented``
(``double.operations`` lists each with its ``kind``). Seed in the client's own models
(``double.add_user(username="ada", primary_email=...)`` returns a ``User``) and read
``double.state`` as models. pytest users get the fixtures ``logto_double``, ``logto_client`` and
``logto_server`` from the plugin ``logto_management.testing.pytest_plugin``, loaded by itself.

From a shell: ``python -m logto_management.testing --port 0`` prints ``LOGTO_ENDPOINT``,
``LOGTO_APP_ID``, ``LOGTO_APP_SECRET`` and ``LOGTO_API_INDICATOR`` and serves until interrupted.
"""

from ._app.controls import Controls, Fault, RecordedRequest
from ._double import Credentials, LogtoDouble, Operation
from ._logto_server import LogtoServer
from ._model.state import DEFAULT_API_INDICATOR
from ._model.view import StateView

__all__ = [
    "DEFAULT_API_INDICATOR",
    "Controls",
    "Credentials",
    "Fault",
    "LogtoDouble",
    "LogtoServer",
    "Operation",
    "RecordedRequest",
    "StateView",
]
