"""``make logto-m2m``: a machine-to-machine app for a fresh Logto, as CI needs one.

A Logto started from its official container image has no app that may call the Management API,
and nobody can sign in to its Console in CI. This makes one, the way ../shared/logto-server
does (lib/provision.mjs): a throwaway bootstrap app with the role "Logto Management API access"
is inserted into Logto's database with SQL (there is no other way in without a Console
sign-in); with its token, this client's authenticated httpx client creates the real app (plain
JSON: ``POST /api/applications``, its roles, its secret); the bootstrap app is deleted again.
The app's credentials are appended to ``ENV_FILE`` as ``LOGTO_*`` lines (``$GITHUB_ENV`` in a
workflow), never printed.

Environment: ``LOGTO_ENDPOINT`` (``http://127.0.0.1:3001``), ``DB_URL``
(``postgres://user:password@host:port/database``), ``ENV_FILE``, optionally ``LOGTO_M2M_NAME``.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import string
import sys
import urllib.parse
from pathlib import Path

import httpx
import pg8000.native

from logto_management import ManagementApiClient, create_management_api

RESOURCE = "https://default.logto.app/api"
ROLE_NAME = "Logto Management API access"
ALPHABET = string.ascii_lowercase + string.digits


STATUS_WAIT = 180.0  # seconds a container's Logto may take to answer GET /api/status


async def wait_for_logto(endpoint: str, within: float = STATUS_WAIT) -> None:
    """Until ``GET /api/status`` answers 204: Logto's container starts after the workflow step
    that started it has returned. Polls every half second, gives up after ``within`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    last = "no answer yet"
    async with httpx.AsyncClient(timeout=5.0) as http:
        while loop.time() < deadline:
            try:
                answer = await http.get(f"{endpoint}/api/status")
                if answer.status_code == 204:
                    return
                last = f"HTTP {answer.status_code}"
            except httpx.TransportError as error:
                last = type(error).__name__
            await asyncio.sleep(0.5)
    raise SystemExit(
        f"logto-m2m: {endpoint}/api/status did not answer 204 in {within:.0f} s ({last})"
    )


def random_id(length: int = 21) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def connect(db_url: str) -> pg8000.native.Connection:
    url = urllib.parse.urlsplit(db_url)
    return pg8000.native.Connection(
        user=urllib.parse.unquote(url.username or "postgres"),
        password=urllib.parse.unquote(url.password or "") or None,
        host=url.hostname or "127.0.0.1",
        port=url.port or 5432,
        database=url.path.lstrip("/") or "logto",
    )


def management_role(db: pg8000.native.Connection) -> str:
    """The id of the role "Logto Management API access", made when the seed lacks it."""
    rows = db.run(
        "select id from roles where tenant_id = 'default' and name = :name"
        " and type = 'MachineToMachine'",
        name=ROLE_NAME,
    )
    if rows:
        return str(rows[0][0])
    role_id = random_id()
    db.run("begin")
    db.run(
        "insert into roles (tenant_id, id, name, description, type) values ('default', :id,"
        " :name, 'Access to the Logto Management API.', 'MachineToMachine')",
        id=role_id,
        name=ROLE_NAME,
    )
    db.run(
        "insert into roles_scopes (tenant_id, id, role_id, scope_id) select 'default', :id,"
        " :role, s.id from scopes s join resources r on r.id = s.resource_id"
        " where r.tenant_id = 'default' and r.indicator = :resource and s.name = 'all'",
        id=random_id(),
        role=role_id,
        resource=RESOURCE,
    )
    db.run("commit")
    return role_id


def insert_bootstrap_app(db: pg8000.native.Connection, role_id: str) -> tuple[str, str]:
    """A throwaway M2M app with the role, written straight into Logto's tables."""
    app_id, secret = random_id(), random_id(32)
    db.run("begin")
    db.run(
        "insert into applications (tenant_id, id, name, secret, description, type,"
        " oidc_client_metadata) values ('default', :id, 'logto-management bootstrap', :secret,"
        " 'temporary', 'MachineToMachine',"
        ' \'{"redirectUris": [], "postLogoutRedirectUris": []}\')',
        id=app_id,
        secret=secret,
    )
    # Logto 1.28+ checks application_secrets; the legacy column above serves older seeds.
    db.run(
        "insert into application_secrets (tenant_id, application_id, name, value)"
        " values ('default', :id, 'bootstrap', :secret)",
        id=app_id,
        secret=secret,
    )
    db.run(
        "insert into applications_roles (tenant_id, id, application_id, role_id)"
        " values ('default', :id, :app, :role)",
        id=random_id(),
        app=app_id,
        role=role_id,
    )
    db.run("commit")
    return app_id, secret


def client(endpoint: str, app_id: str, secret: str) -> ManagementApiClient:
    return create_management_api(
        "default",
        client_id=app_id,
        client_secret=secret,
        base_url=endpoint,
        api_indicator=RESOURCE,
        allow_insecure_http=True,  # a container on the runner's loopback or service network
    )


async def create_app(endpoint: str, db_url: str, name: str) -> tuple[str, str]:
    db = connect(db_url)
    try:
        role_id = management_role(db)
        boot_id, boot_secret = insert_bootstrap_app(db, role_id)
        try:
            # Plain JSON over the client's authenticated httpx client, not the models: this
            # must work with every Logto release CI starts, whatever this checkout's models expect.
            async with client(endpoint, boot_id, boot_secret) as logto:
                http = logto.get_async_httpx_client()
                app = {"name": name, "type": "MachineToMachine", "description": "CI: make test"}
                app_id = str((await http.post("/api/applications", json=app)).json()["id"])
                roles = {"roleIds": [role_id]}
                await http.post(f"/api/applications/{app_id}/roles", json=roles)
                listed = (await http.get(f"/api/applications/{app_id}/secrets")).json()
                secret = str(listed[0]["value"])
                await http.delete(f"/api/applications/{boot_id}")
        finally:
            db.run("delete from applications where tenant_id = 'default' and id = :id", id=boot_id)
    finally:
        db.close()
    return app_id, secret


async def check(endpoint: str, app_id: str, secret: str) -> None:
    """The new app gets a token and lists users, or this fails."""
    async with client(endpoint, app_id, secret) as logto:
        await logto.get_async_httpx_client().get("/api/users", params={"page_size": 1})


def main() -> int:
    endpoint = os.environ["LOGTO_ENDPOINT"].rstrip("/")
    env_file = Path(os.environ["ENV_FILE"])
    name = os.environ.get("LOGTO_M2M_NAME", "logto-management-ci")
    asyncio.run(wait_for_logto(endpoint))
    app_id, secret = asyncio.run(create_app(endpoint, os.environ["DB_URL"], name))
    asyncio.run(check(endpoint, app_id, secret))
    with env_file.open("a", encoding="utf-8") as out:
        out.write(
            f"LOGTO_ENDPOINT={endpoint}\nLOGTO_APP_ID={app_id}\n"
            f"LOGTO_APP_SECRET={secret}\nLOGTO_RESOURCE={RESOURCE}\n"
        )
    print(f"logto-m2m: app {app_id} ({name}) can call the Management API; wrote {env_file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
