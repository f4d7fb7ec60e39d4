"""bootwatch past the fetch: extraction, the differ, reports, alerts, the audit, and the
runs, command line and demo that drive them (ARCHITECTURE.md)."""
