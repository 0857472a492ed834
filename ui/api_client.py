"""The explorer's write path: the API over HTTP with the bearer token, so a task marked done or a file
uploaded here goes through exactly what any other client of the API goes through (one writer process)."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from urllib import error, parse, request

from graph.errors import PlanlinkError
from graph.settings import Settings


class ApiError(PlanlinkError):
    """The API refused or could not be reached; the message says which and what to do."""


@dataclass(frozen=True)
class ApiClient:
    base_url: str
    token: str
    timeout: float = 120.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "ApiClient | None":
        """A client when both PLANLINK_API_URL and PLANLINK_API_TOKEN are set, else None (read-only explorer)."""
        if not settings.api_url or settings.api_token is None:
            return None
        return cls(settings.api_url.rstrip("/"), settings.api_token.get_secret_value())

    def mark_done(self, task_id: str, *, done_on: str | None, note: str | None) -> dict:
        body = {"status": "done", "date": done_on, "note": note or None}
        return self._send("PATCH", _task_path(task_id), json.dumps(body).encode(), "application/json")

    def reopen(self, task_id: str) -> dict:
        return self._send("PATCH", _task_path(task_id), b'{"status": "open"}', "application/json")

    def upload(self, filename: str, data: bytes) -> dict:
        """POST one file to /documents as multipart form data; returns the API's report for it."""
        boundary = uuid.uuid4().hex
        safe_name = filename.replace('"', "'").replace("\r", " ").replace("\n", " ")
        body = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{safe_name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
        return self._send("POST", "/documents", body, f"multipart/form-data; boundary={boundary}")

    def export_url(self, unit_id: str, filename: str, *, start: date | None, end: date | None,
                   role: str | None, today: date) -> str:
        """The API's download address for a unit's obligations (calendar.ics, obligations.csv/.xlsx): reads
        are open, so the browser fetches the file straight from the API, built by the API's own exporters."""
        params = {"from": start, "to": end, "role": role, "today": today}
        query = parse.urlencode({k: str(v) for k, v in params.items() if v is not None})
        return f"{self.base_url}/units/{parse.quote(unit_id, safe='')}/{filename}?{query}"

    def _send(self, method: str, path: str, body: bytes, content_type: str) -> dict:
        req = request.Request(
            self.base_url + path, data=body, method=method,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": content_type,
                     "Accept": "application/json"},
        )
        try:
            with request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read() or b"{}")
        except error.HTTPError as exc:
            raise ApiError(f"API {method} {path} → {exc.code}: {_error_text(exc.read())}") from exc
        except (error.URLError, OSError) as exc:
            raise ApiError(
                f"không kết nối được API tại {self.base_url} ({exc}); kiểm tra `planlink serve` đang chạy "
                "và PLANLINK_API_URL") from exc


def _task_path(task_id: str) -> str:
    # task ids hold "#" ("413-kh-tu-2019-cao-bang#t2"): unquoted, the rest would be a URL fragment
    return f"/tasks/{parse.quote(task_id, safe='')}"


def _error_text(raw: bytes) -> str:
    """The message of the API's JSON error, whatever its exact shape; the raw text otherwise."""
    try:
        payload = json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")[:300]
    if isinstance(payload, dict):
        inner = payload.get("error", payload)
        if isinstance(inner, dict):
            return str(inner.get("message") or inner.get("detail") or inner)
        return str(payload.get("message") or payload.get("detail") or inner)
    return str(payload)
