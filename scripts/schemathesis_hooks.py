"""Schemathesis hooks: what JSON Schema cannot state about openapi.yaml's requests.

A batch's document ids must be unique (POST /v1/quotes/batch answers 422 otherwise), and
no JSON Schema keyword says so: generated batches often repeat an id ("0"), which the
fuzzer would then call valid data wrongly refused. One hook renames the repeats.

A text/plain body is a string on the wire whatever the generator meant: a negative case
whose body is `null` or `true` goes out as the characters "null" or "true", a valid
article, and the fuzzer would then call invalid data wrongly accepted. The other hook
sends such a body as the empty text, which the schema (minLength 1) refuses as well.

Loaded by tests/test_contract.py (import) and by scripts/fuzz.py (SCHEMATHESIS_HOOKS).
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


@schemathesis.hook("map_case")
def plain_text_body_is_text(context, case):
    """A text/plain case whose body is no string sent as the empty text, not as "null"."""
    if case.media_type == "text/plain" and not isinstance(case.body, (str, bytes)):
        case.body = ""
    return case
