"""Every operation the double does not simulate by hand, driven by the shipped document.

Operations are sorted by the shape of their paths, so a newer Logto's plain collections work
without hand work:

* a **collection**: ``GET /api/hooks`` lists (paginated when the operation takes ``page``),
  ``POST /api/hooks`` creates, ``GET|PATCH|PUT|DELETE /api/hooks/{id}`` read, update, upsert and
  delete one item. Items are kept under their collection and parent path parameters
  (``/api/users/{userId}/personal-access-tokens`` is one collection per user);
* a **singleton**: ``GET /api/sign-in-exp`` with ``PATCH`` (merge) or ``PUT`` (replace) and no
  items; it starts as the plainest answer its schema allows;
* everything else (actions with side effects outside Logto: sending a test webhook, testing a
  connector, SAML assertions, ...) answers ``501 double.not_implemented`` naming the
  operation: never a 404 that looks like a missing entity.

Request bodies are checked against the operation's request schema (``400 guard.invalid_input``
as Logto's zod guards answer) and every answer is made to fit the documented response schema.
A path parameter of an item under an existing entity (``/api/users/{userId}/...``) must name an
existing entity: ``404 entity.not_found`` otherwise, as Logto's own routes check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

from .._http import ApiError, JSONType, Response, not_exists_with_id, not_found
from .context import Context
from .document import DocumentOperation, Schema, Schemas, load_document
from .guards import Field, parse_json_body, validate_body
from .pagination import paginated_response, parse_page
from .state import Row

Kind = Literal["stateful", "generic", "not_implemented"]
Exists = Callable[[str], bool]
"""Whether ``GET path`` finds an entity (the double answers it without authentication)."""

_PARAM = re.compile(r"^\{([^}]+)\}$")
_PUBLIC_DOCUMENTS = {"GetSwaggerJson", "GetWellKnownManagementOpenapiJson"}


def not_implemented(operation: DocumentOperation) -> ApiError:
    return ApiError(
        501,
        "double.not_implemented",
        f"The Logto test double does not implement {operation.operation_id} "
        f"({operation.method} {operation.path}).",
    )


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _param(segment: str) -> str | None:
    found = _PARAM.match(segment)
    return found.group(1) if found else None


@dataclass
class _Collection:
    """What the document says about one collection path (``/api/hooks``)."""

    path: str
    item_param: str | None = None
    key_field: str = "id"
    item_schema: Schema | None = None


class GenericApi:
    """Registers the operations of the document that no hand-written module answers."""

    def __init__(self, exists: Exists) -> None:
        self.document = load_document()
        self.schemas = Schemas(self.document)
        self._exists = exists
        self._paths: dict[str, dict[str, DocumentOperation]] = {}
        for path, item in self.document["paths"].items():
            self._paths[path] = {
                m.upper(): DocumentOperation(m.upper(), path, op["operationId"], op)
                for m, op in item.items()
            }
        # (collection path, parent parameter values) -> key -> row
        self._items: dict[tuple[str, tuple[str, ...]], dict[str, Row]] = {}
        self._singletons: dict[tuple[str, tuple[str, ...]], Row] = {}
        self.kinds: dict[str, Kind] = {}
        self.on_create: dict[str, Callable[[Context, Row], Row]] = {}
        """Per collection path: what Logto adds to a new item (generated keys, defaults) and
        the checks it makes beyond the schema; gets and returns the row before it is stored."""

    # --- classification ----------------------------------------------------------------------

    def _collection(self, path: str) -> _Collection | None:
        """``path`` as a collection: it has a list or a create, or items below it."""
        segments = _segments(path)
        if _param(segments[-1]) is not None:
            return None
        methods = self._paths.get(path, {})
        item_path, item_param = None, None
        for candidate in self._paths:
            parts = _segments(candidate)
            if len(parts) == len(segments) + 1 and parts[:-1] == segments:
                name = _param(parts[-1])
                if name is not None:
                    item_path, item_param = candidate, name
        if item_path is None and "POST" not in methods:
            return None
        if item_path is None and "GET" not in methods:
            return None
        found = _Collection(path, item_param)
        item_get = self._paths.get(item_path or "", {}).get("GET")
        schema = item_get.response_schema(200) if item_get else None
        if schema is None and "POST" in methods:
            create = methods["POST"]
            statuses = create.success_statuses
            schema = create.response_schema(statuses[0]) if statuses else None
        if schema is not None:
            resolved = self.schemas.resolve(schema)
            if resolved.get("type") != "array":
                found.item_schema = schema
                properties = resolved.get("properties", {})
                if item_param and item_param in properties:
                    found.key_field = item_param
        return found if found.item_schema is not None or item_path else None

    def handler_for(
        self, operation: DocumentOperation
    ) -> tuple[Kind, Callable[[Context], Response]]:
        """How the double answers an operation nobody simulates by hand."""
        method, path = operation.method, operation.path
        if operation.operation_id in _PUBLIC_DOCUMENTS:
            return "generic", self._serve_document
        segments = _segments(path)
        last = _param(segments[-1])
        if last is not None:
            parent = "/" + "/".join(segments[:-1])
            collection = self._collection(parent)
            if collection is not None and collection.item_schema is not None:
                if method == "GET":
                    return "generic", lambda ctx: self._get(ctx, operation, collection)
                if method in ("PATCH", "PUT"):
                    return "generic", lambda ctx: self._update(ctx, operation, collection)
                if method == "DELETE":
                    return "generic", lambda ctx: self._delete(ctx, operation, collection)
        collection = self._collection(path)
        if collection is not None and collection.item_schema is not None:
            if method == "GET" and self._list_schema(operation) is not None:
                return "generic", lambda ctx: self._list(ctx, operation, collection)
            if method == "POST":
                return "generic", lambda ctx: self._create(ctx, operation, collection)
        methods = self._paths.get(path, {})
        is_singleton = collection is None and last is None and "GET" in methods
        if is_singleton and ({"PATCH", "PUT"} & set(methods)):
            if method == "GET":
                return "generic", lambda ctx: self._singleton_get(ctx, operation)
            if method in ("PATCH", "PUT"):
                return "generic", lambda ctx: self._singleton_set(ctx, operation)
        return "not_implemented", lambda ctx: _raise(not_implemented(operation))

    @property
    def operations(self) -> list[DocumentOperation]:
        """Every operation of the document, in document order."""
        return [op for methods in self._paths.values() for op in methods.values()]

    def operation(self, operation_id: str) -> DocumentOperation:
        """An operation of the document by its id."""
        for methods in self._paths.values():
            for operation in methods.values():
                if operation.operation_id == operation_id:
                    return operation
        raise KeyError(operation_id)

    def body_fields(self, operation_id: str) -> dict[str, Field]:
        """The guard of an operation's JSON object body, from its request schema."""
        schema = self.operation(operation_id).request_schema or {}
        return dict(self.schemas.fields(schema) or {})

    def list_item_schema(self, operation_id: str) -> Schema:
        """The schema of one item of a list operation's 200 answer."""
        schema = self._list_schema(self.operation(operation_id)) or {}
        items: Schema = self.schemas.resolve(schema).get("items", {})
        return items

    def handler(self, operation_id: str) -> Callable[[Context], Response]:
        """The generic handler of an operation (for hand-written operations built on it)."""
        return self.handler_for(self.operation(operation_id))[1]

    def items(self, collection_path: str, parents: tuple[str, ...] = ()) -> dict[str, Row]:
        """The stored items of a collection (``/api/hooks``), for hand-written operations."""
        return self._items.setdefault((collection_path, parents), {})

    # --- helpers -----------------------------------------------------------------------------

    def _list_schema(self, operation: DocumentOperation) -> Schema | None:
        schema = operation.response_schema(200)
        if schema is None:
            return None
        return schema if self.schemas.resolve(schema).get("type") == "array" else None

    def _check_parents(self, ctx: Context, path: str, upto: int) -> tuple[str, ...]:
        """The values of the path parameters above the item, each checked to exist."""
        segments = _segments(path)[:upto]
        actual = _segments(ctx.request.path)[:upto]
        values: list[str] = []
        for index, segment in enumerate(segments):
            name = _param(segment)
            if name is None:
                continue
            values.append(ctx.params[name])
            prefix = "/" + "/".join(actual[: index + 1])
            template = "/" + "/".join(segments[: index + 1])
            if "GET" in self._paths.get(template, {}) and not self._exists(prefix):
                raise not_found()
        return tuple(values)

    def _store(self, ctx: Context, collection: _Collection) -> dict[str, Row]:
        parents = self._check_parents(ctx, collection.path, len(_segments(collection.path)))
        return self._items.setdefault((collection.path, parents), {})

    def _answer(self, operation: DocumentOperation, value: JSONType, status: int) -> Response:
        schema = operation.response_schema(status)
        if schema is None:
            if status == 204:
                return Response.no_content()
            if status == 201:
                return Response.created_without_body()
            return Response(status, b"OK", "text/plain; charset=utf-8")
        return Response.json(self.schemas.conform(schema, value), status)

    def _body(self, ctx: Context, operation: DocumentOperation) -> dict[str, JSONType]:
        schema = operation.request_schema
        if schema is None:
            return {}
        fields = self.schemas.fields(schema)
        if fields is None:
            body = parse_json_body(ctx.request)
            if not isinstance(body, dict):
                return validate_body(ctx.request, {})
            return body
        return validate_body(ctx.request, fields)

    def _new_row(self, ctx: Context, collection: _Collection, key: str) -> Row:
        now = ctx.state.now_ms()
        return {"tenantId": ctx.state.tenant_id, collection.key_field: key, "createdAt": now}

    # --- collections -------------------------------------------------------------------------

    def _list(
        self, ctx: Context, operation: DocumentOperation, collection: _Collection
    ) -> Response:
        store = self._store(ctx, collection)
        rows = list(reversed(store.values()))  # newest first, as Logto's lists are
        schema = self._list_schema(operation) or {}
        items = self.schemas.resolve(schema).get("items", {})
        if "page" in operation.query_parameters or "page_size" in operation.query_parameters:
            request = ctx.request
            optional = request.query_value("page") is None and (
                request.query_value("page_size") is None
            )
            selected = parse_page(ctx.request, optional=optional)
            return paginated_response(
                ctx.request,
                selected,
                rows,
                cap=ctx.total_number_cap,
                view=lambda row: self.schemas.conform(items, row),
            )
        return Response.json([self.schemas.conform(items, row) for row in rows])

    def _create(
        self, ctx: Context, operation: DocumentOperation, collection: _Collection
    ) -> Response:
        store = self._store(ctx, collection)
        body = self._body(ctx, operation)
        given = body.get(collection.key_field)
        key = str(given) if collection.key_field != "id" and given else ctx.state.new_id()
        if key in store:
            raise ApiError(
                422,
                "entity.unique_integrity_violation",
                "The entity already exists. Please check the input and try again.",
            )
        row = {**self._new_row(ctx, collection, key), **body, collection.key_field: key}
        if collection.path in self.on_create:
            row = self.on_create[collection.path](ctx, row)
        store[key] = self.schemas.conform(collection.item_schema or {}, row)
        status = operation.success_statuses[0] if operation.success_statuses else 200
        return self._answer(operation, store[key], status)

    @staticmethod
    def _missing(collection: _Collection, key: str) -> ApiError:
        """Logto's ``findById`` names the table; lookups by another key (a name, a language
        tag) answer the plain ``entity.not_found``."""
        if collection.key_field == "id":
            return not_exists_with_id(_table(collection.path), key)
        return not_found()

    def _item(self, ctx: Context, collection: _Collection) -> tuple[dict[str, Row], str]:
        store = self._store(ctx, collection)
        key = ctx.params[collection.item_param or "id"]
        return store, key

    def _get(self, ctx: Context, operation: DocumentOperation, collection: _Collection) -> Response:
        store, key = self._item(ctx, collection)
        if key not in store:
            raise self._missing(collection, key)
        return self._answer(operation, store[key], 200)

    def _update(
        self, ctx: Context, operation: DocumentOperation, collection: _Collection
    ) -> Response:
        store, key = self._item(ctx, collection)
        statuses = operation.success_statuses or [200]
        body = self._body(ctx, operation)
        if key not in store:
            if operation.method == "PATCH" or 201 not in statuses:
                raise self._missing(collection, key)  # PUT creates where Logto answers 201
            store[key] = self.schemas.conform(
                collection.item_schema or {},
                {**self._new_row(ctx, collection, key), **body, collection.key_field: key},
            )
            return self._answer(operation, store[key], 201 if 201 in statuses else statuses[0])
        row = store[key]
        merged = {**row, **body} if operation.method == "PATCH" else {**body}
        merged.update({collection.key_field: key, "createdAt": row.get("createdAt")})
        if "tenantId" in row:
            merged["tenantId"] = row["tenantId"]
        store[key] = self.schemas.conform(collection.item_schema or {}, merged)
        return self._answer(operation, store[key], 200 if 200 in statuses else statuses[0])

    def _delete(
        self, ctx: Context, operation: DocumentOperation, collection: _Collection
    ) -> Response:
        store, key = self._item(ctx, collection)
        if store.pop(key, None) is None:
            raise not_found()
        statuses = operation.success_statuses or [204]
        return self._answer(operation, {}, statuses[0])

    # --- singletons --------------------------------------------------------------------------

    def _singleton(self, ctx: Context, operation: DocumentOperation) -> tuple[Schema, Row]:
        segments = _segments(operation.path)
        parents = self._check_parents(ctx, operation.path, len(segments))
        get = self._paths[operation.path]["GET"]
        schema = get.response_schema(200) or {}
        key = (operation.path, parents)
        if key not in self._singletons:
            seed = _singleton_seeds().get(get.operation_id)
            start = self.schemas.default(schema) if seed is None else seed
            self._singletons[key] = self.schemas.conform(schema, start)
        return schema, self._singletons[key]

    def singleton(self, ctx: Context, get_operation_id: str) -> Row:
        """The current value of a singleton (``GetSignInExp``), for hand-written operations."""
        return self._singleton(ctx, self.operation(get_operation_id))[1]

    def reset_singleton(self, path: str) -> None:
        """Forget a singleton's value: the next read starts again from its seed."""
        for key in [k for k in self._singletons if k[0] == path]:
            del self._singletons[key]

    def _singleton_get(self, ctx: Context, operation: DocumentOperation) -> Response:
        _, row = self._singleton(ctx, operation)
        return self._answer(operation, row, 200)

    def _singleton_set(self, ctx: Context, operation: DocumentOperation) -> Response:
        schema, row = self._singleton(ctx, operation)
        body = self._body(ctx, operation)
        merged = {**row, **body} if operation.method == "PATCH" and isinstance(row, dict) else body
        value = self.schemas.conform(schema, merged)
        parents = self._check_parents(ctx, operation.path, len(_segments(operation.path)))
        self._singletons[(operation.path, parents)] = value
        statuses = operation.success_statuses or [200]
        return self._answer(operation, value, 200 if 200 in statuses else statuses[0])

    # --- documents ---------------------------------------------------------------------------

    def _serve_document(self, _: Context) -> Response:
        return Response(
            200,
            json.dumps(self.document, separators=(",", ":")).encode(),
            "application/json; charset=utf-8",
        )


@cache
def _singleton_seeds() -> dict[str, JSONType]:
    """What a freshly seeded Logto 1.42 answers for its singletons (recorded from the real
    server: ``singletons.json``, keyed by the GET operation); the others start as the plainest
    answer their schema allows."""
    data = resources.files(__package__).joinpath("singletons.json").read_text()
    seeds: dict[str, JSONType] = json.loads(data)
    return seeds


def _table(collection_path: str) -> str:
    """The table ``findById`` names in its 404: ``/api/sso-connectors`` -> ``sso_connectors``."""
    named = [s for s in _segments(collection_path) if _param(s) is None]
    return named[-1].replace("-", "_")


def _raise(error: ApiError) -> Response:
    raise error
