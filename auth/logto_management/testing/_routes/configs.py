"""``/api/configs/oidc/{keyType}``: the OIDC private (signing) and cookie keys, listed, rotated
and deleted by Logto's rules (as of Logto master, 2026):

* rotating the private keys makes the new key ``Current`` and the old one ``Previous`` (with a
  ``rotationGracePeriod`` the new key waits as ``Next``, and no second rotation may start);
  rotating the cookie keys puts the new one first and keeps two;
* a key set keeps at least one key, and only a ``Previous`` private key can be deleted.

The rest of the tag (JWT customizers, actions, admin console, sessions, ID token, CIMD) is the
generic store's; testing a customizer or an action runs JavaScript and stays ``501``.
"""

from __future__ import annotations

from .._app.router import Router
from .._http import ApiError, Response
from .._model.context import Context
from .._model.generic import GenericApi
from .._model.guards import enum, number, validate_body, validate_params

_KEY_TYPES = ("private-keys", "cookie-keys")
_PATH = "/api/configs/oidc/{keyType}"


def _keys(ctx: Context) -> tuple[str, list[dict[str, object]]]:
    params = validate_params(ctx.params, {"keyType": enum(*_KEY_TYPES, required=True)})
    key_type = str(params["keyType"])
    return key_type, ctx.state.oidc_keys[key_type]


def _invalid_request() -> ApiError:
    return ApiError(422, "oidc.invalid_request", "Request is invalid.")


def list_keys(ctx: Context) -> Response:
    _, keys = _keys(ctx)
    return Response.json(keys)


def rotate_keys(ctx: Context) -> Response:
    key_type, keys = _keys(ctx)
    body = validate_body(
        ctx.request,
        {"signingKeyAlgorithm": enum("RSA", "EC"), "rotationGracePeriod": number()},
    )
    grace = body.get("rotationGracePeriod")
    if grace is not None and (not float(grace).is_integer() or grace < 0):
        raise ApiError(400, "guard.invalid_input", "The request body is invalid.")
    state = ctx.state
    new: dict[str, object] = {"id": state.new_id(), "createdAt": int(state.now())}
    if key_type == "cookie-keys":
        if grace is not None:
            raise _invalid_request()
        keys[:] = [new, *keys][:2]
        return Response.json(keys)
    new["signingKeyAlgorithm"] = body.get("signingKeyAlgorithm") or "EC"
    current = next(k for k in keys if k["status"] == "Current")
    if any(k["status"] == "Next" for k in keys):
        raise _invalid_request()
    if not grace:
        keys[:] = [{**new, "status": "Current"}, {**current, "status": "Previous"}]
    else:
        previous = [k for k in keys if k["status"] == "Previous"]
        keys[:] = [{**new, "status": "Next"}, current, *previous]
    return Response.json(keys)


def delete_key(ctx: Context) -> Response:
    key_type, keys = _keys(ctx)
    key_id = ctx.params["keyId"]
    if len(keys) <= 1:
        raise ApiError(422, "oidc.key_required", "At least one key is required.")
    found = [k for k in keys if k["id"] == key_id]
    if not found:
        raise ApiError(404, "oidc.key_not_found", f"Key with ID {key_id} is not found.")
    if key_type == "private-keys" and found[0]["status"] != "Previous":
        raise ApiError(
            422, "oidc.only_previous_key_can_be_deleted", "Only a previous key can be deleted."
        )
    keys.remove(found[0])
    return Response.no_content()


def register(router: Router, generic: GenericApi) -> None:
    router.add("GET", _PATH, "GetOidcKeys", list_keys)
    router.add("POST", f"{_PATH}/rotate", "RotateOidcKeys", rotate_keys)
    router.add("DELETE", f"{_PATH}/{{keyId}}", "DeleteOidcKey", delete_key)
