"""GET /dashboard (HTML with inline SVG charts) and GET /dashboard/api/summary (the same numbers as JSON)."""

from gateway.dashboard.router import build_router

__all__ = ["build_router"]
