"""Admin API for virtual keys: POST/GET/DELETE /admin/keys, POST /admin/keys/{id}/rotate.

Behind the admin key (`Authorization: Bearer <admin key>`). A key's secret appears in exactly
two answers: the one creating it and the one rotating it.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from gateway import errors
from gateway.keys import KeyCreate, is_admin, key_json

if TYPE_CHECKING:
    from gateway.state import GatewayState


def build_admin_router(state: GatewayState) -> APIRouter:
    router = APIRouter(prefix="/admin/keys", include_in_schema=False)

    def require_admin(request: Request) -> None:
        if not is_admin(request.headers.get("authorization"), state.settings.admin_key):
            raise errors.AuthenticationFailed("admin key required (Authorization: Bearer <admin key>)")

    @router.post("")
    async def create(request: Request) -> JSONResponse:
        require_admin(request)
        try:
            body = json.loads(await request.body())
        except ValueError as exc:
            raise errors.InvalidRequest(f"body is not valid JSON: {exc}") from exc
        if not isinstance(body, dict):
            raise errors.InvalidRequest("body must be a JSON object")
        try:
            spec = KeyCreate.model_validate(body)
        except ValidationError as exc:
            raise errors.from_validation(exc.errors()) from exc
        unknown = sorted(set(spec.routes or ()) - set(state.policy.routes))
        if unknown:
            raise errors.InvalidRequest(f"unknown route(s) {unknown}; the policy has {sorted(state.policy.routes)}",
                                        param="routes")
        row, secret = await state.keys.create(spec)
        return JSONResponse({**key_json(row), "key": secret}, status_code=201)

    @router.get("")
    async def list_keys(request: Request) -> dict[str, Any]:
        require_admin(request)
        return {"object": "list", "data": [key_json(r) for r in await state.keys.list_keys()]}

    @router.get("/{key_id}")
    async def get_key(key_id: str, request: Request) -> dict[str, Any]:
        require_admin(request)
        for row in await state.keys.list_keys():
            if row.id == key_id:
                return key_json(row)
        raise errors.NotFound(f"no key {key_id!r}", param="id", code="key_not_found")

    @router.delete("/{key_id}")
    async def revoke(key_id: str, request: Request) -> dict[str, Any]:
        require_admin(request)
        if not await state.keys.revoke(key_id):
            raise errors.NotFound(f"no live key {key_id!r}", param="id", code="key_not_found")
        return {"id": key_id, "revoked": True}

    @router.post("/{key_id}/rotate")
    async def rotate(key_id: str, request: Request) -> dict[str, Any]:
        require_admin(request)
        secret = await state.keys.rotate(key_id)
        if secret is None:
            raise errors.NotFound(f"no live key {key_id!r}", param="id", code="key_not_found")
        return {"id": key_id, "key": secret}

    return router
