"""One router per resource; each route calls one Store method and holds no query text."""
