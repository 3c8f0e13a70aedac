"""The headers every answer carries, CORS, and HEAD, as one small ASGI middleware.

- ``API-Version`` with the full semantic version (``/core/version-header``);
- the security headers of ``/core/transport/security-headers``: ``Cache-Control: no-store``
  (unless the answer sets its own, as the style sheet does), a ``Content-Security-Policy``
  (``default-src 'none'; frame-ancestors 'none'`` for the API; the web pages may load their own
  style sheet and images), ``Strict-Transport-Security``, ``X-Content-Type-Options: nosniff``,
  ``X-Frame-Options: DENY``, ``Referrer-Policy: no-referrer`` and a ``Permissions-Policy`` that
  allows nothing;
- CORS (``/core/transport/cors``): an allowlist of origins (``AIACT_CORS_ORIGINS``); an origin on
  it is echoed in ``Access-Control-Allow-Origin`` with ``Vary: Origin``; the OpenAPI document is
  readable from every origin (``*``, as ``/core/publish-openapi`` requires). Preflight requests
  (``OPTIONS`` with ``Access-Control-Request-Method``) are answered here;
- ``HEAD`` is answered as ``GET`` without the body (RFC 9110: every server supports GET and HEAD);
- ``Content-Language`` on every answer of the API (``/v1/``, the OpenAPI document aside, which is
  Dutch and the same for everyone) with the language chosen as the routes choose it (``?lang``,
  else ``Accept-Language``, else Dutch: ``aiact.service.language``), and ``Vary:
  Accept-Language``; the web pages set both themselves (their language may come from a form).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.datastructures import QueryParams

from aiact.service import language

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

START = "aiact.start"
"""The scope key that holds the monotonic time the request arrived (its time budget starts)."""

API_CSP = b"default-src 'none'; frame-ancestors 'none'"
WEB_CSP = (
    b"default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    b"frame-ancestors 'none'; base-uri 'none'"
)
OPENAPI_PATH = "/v1/openapi.json"
ALLOW_METHODS = b"GET, POST, HEAD, OPTIONS"
ALLOW_HEADERS = b"Accept, Accept-Language, Content-Type"
EXPOSE_HEADERS = b"API-Version, Content-Disposition, Retry-After"


class ServiceHeaders:
    """See the module docstring."""

    def __init__(self, app: ASGIApp, *, api_version: str, cors_origins: tuple[str, ...]) -> None:
        self.app = app
        self.origins = frozenset(o.rstrip("/") for o in cors_origins)
        self.any_origin = "*" in self.origins
        common = [
            (b"api-version", api_version.encode("ascii")),
            (b"strict-transport-security", b"max-age=31536000; includeSubDomains"),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (
                b"permissions-policy",
                b"camera=(), microphone=(), geolocation=(), interest-cohort=()",
            ),
        ]
        self.api_headers = [*common, (b"content-security-policy", API_CSP)]
        self.web_headers = [*common, (b"content-security-policy", WEB_CSP)]

    def _allowed(self, scope: Scope, origin: bytes | None) -> bytes | None:
        """The value of Access-Control-Allow-Origin for this request, if any."""
        if origin is None:
            return None
        if scope["path"] == OPENAPI_PATH or self.any_origin:
            return b"*"
        try:
            text = origin.decode("ascii").rstrip("/")
        except UnicodeDecodeError:
            return None
        return origin if text in self.origins else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope[START] = time.monotonic()
        origin = None
        preflight = False
        for name, value in scope["headers"]:
            if name == b"origin":
                origin = value
            elif name == b"access-control-request-method":
                preflight = True
        allow = self._allowed(scope, origin)
        api = scope["path"].startswith("/v1/")
        extra = self.api_headers if api else self.web_headers
        spoken = _content_language(scope) if api and scope["path"] != OPENAPI_PATH else None
        if scope["method"] == "OPTIONS" and preflight and origin is not None:
            await self._preflight(send, allow, extra)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = dict(scope)
            scope["method"] = "GET"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in extra if h[0] not in present)
                if b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                if allow is not None:
                    headers.append((b"access-control-allow-origin", allow))
                    headers.append((b"access-control-expose-headers", EXPOSE_HEADERS))
                if self.origins and not self.any_origin:
                    headers.append((b"vary", b"Origin"))
                if spoken is not None and b"content-language" not in present:
                    headers.append((b"content-language", spoken))
                    headers.append((b"vary", b"Accept-Language"))
                message["headers"] = headers
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _preflight(
        self, send: Send, allow: bytes | None, extra: list[tuple[bytes, bytes]]
    ) -> None:
        headers = [*extra, (b"cache-control", b"no-store"), (b"content-length", b"0")]
        if allow is not None:
            headers += [
                (b"access-control-allow-origin", allow),
                (b"access-control-allow-methods", ALLOW_METHODS),
                (b"access-control-allow-headers", ALLOW_HEADERS),
                (b"access-control-max-age", b"600"),
            ]
        if self.origins and not self.any_origin:
            headers.append((b"vary", b"Origin"))
        # A preflight from an origin that is not allowed gets no Access-Control-Allow-* headers:
        # the browser then refuses the request itself.
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def _content_language(scope: Scope) -> bytes:
    """The language an API answer is in, chosen from the request as ``api.language_of`` does."""
    header = None
    for name, value in scope["headers"]:
        if name == b"accept-language":
            header = value.decode("latin-1")
            break
    query = QueryParams(scope.get("query_string", b"")).get("lang")
    return language.choose(query, header).encode("ascii")
