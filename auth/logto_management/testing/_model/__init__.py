"""The double's model: the in-memory tenant (``state``, ``records``, ``consent``), the shipped
OpenAPI document and the generic store driven by it, Logto's guards, search and pagination,
and the lookups and relation lists the route modules share. It imports only ``.._http``."""
