"""Schemathesis hooks: the one request rule of openapi.yaml that JSON Schema cannot state.

A batch's document ids must be unique (POST /v1/quotes/batch answers 422 otherwise), and
no JSON Schema keyword says so: generated batches often repeat an id ("0"), which the
fuzzer would then call valid data wrongly refused. This hook renames the repeats. Loaded
by tests/test_contract.py (import) and by scripts/fuzz.py (SCHEMATHESIS_HOOKS).
"""

from __future__ import annotations

import schemathesis

BATCH_PATH = "/v1/quotes/batch"


@schemathesis.hook("map_case")
def unique_batch_ids(context, case):
    """A generated batch with each repeated string id replaced by one not used yet.

    The first holder of an id keeps it, so a case made invalid on purpose through its ids
    (too long, empty) stays invalid.
    """
    if context.operation is None or context.operation.path != BATCH_PATH:
        return case
    documents = case.body.get("documents") if isinstance(case.body, dict) else None
    if not isinstance(documents, list):
        return case
    documents = [document for document in documents
                 if isinstance(document, dict) and isinstance(document.get("id"), str)]
    used = {document["id"] for document in documents}
    seen: set[str] = set()
    for index, document in enumerate(documents):
        if document["id"] in seen:
            fresh = next(f"{index}.{n}" for n in range(len(used) + 1) if f"{index}.{n}" not in used)
            document["id"] = fresh
            used.add(fresh)
        seen.add(document["id"])
    return case
