"""The double's plumbing: the ASGI application (``asgi``), the router, the uvicorn server, the
test controls (faults, latency, token expiry, counters) and the token endpoint (``oidc``).

It knows the model (``.._model``) and the wire types (``.._http``), never the routes: the face
(``LogtoDouble``) fills the router with them."""
