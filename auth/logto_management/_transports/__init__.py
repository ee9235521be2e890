"""The httpx transports below the clients: retries and the rate limit (``retry``), the optional
aiohttp transport (``aiohttp``) and the shared transport lent to each client (``borrowed``)."""
