"""Prometheus metrics: requests and latencies by route and status, quotes, text sizes."""

from __future__ import annotations

import pytest
from prometheus_client.parser import text_string_to_metric_families


def samples(client) -> dict:
    """Every sample of GET /metrics, keyed by (name, sorted labels)."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    found = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_counts_by_route_and_status(client):
    """Each request counted under its route template, method and status; unknown paths pooled."""
    text = '"We will not back down," a spokesman for the Pentagon said on Monday.'
    for _ in range(3):
        client.post("/v1/quotes", json={"text": text})
    client.post("/v1/quotes", json={"text": 5})
    client.get("/no/such/path")
    client.get("/also/missing")
    found = samples(client)
    ok = (("method", "POST"), ("route", "/v1/quotes"), ("status", "200"))
    assert found[("quotes_http_requests_total", ok)] == 3
    assert found[("quotes_http_requests_total", ok[:2] + (("status", "422"),))] == 1
    assert found[("quotes_http_requests_total", (("method", "GET"), ("route", "<unmatched>"),
                                                 ("status", "404")))] == 2
    assert found[("quotes_http_request_duration_seconds_count", ok)] == 3
    assert found[("quotes_returned_total", ())] == 3
    assert found[("quotes_per_text_count", ())] == 3
    assert found[("quotes_text_characters_sum", ())] == 3 * len(text)


@pytest.mark.parametrize("name", ["quotes_http_requests", "quotes_http_request_duration_seconds",
                                  "quotes_returned", "quotes_text_characters"])
def test_metric_is_described(client, name):
    """Each metric has its HELP line."""
    assert f"# HELP {name}" in client.get("/metrics").get_data(as_text=True)


def test_apps_do_not_share(make_app):
    """Each app (each test) has its own registry in single-process mode."""
    first, second = make_app().test_client(), make_app().test_client()
    first.get("/livez")
    assert not any(name == "quotes_http_requests_total" and ("route", "/livez") in labels
                   for name, labels in samples(second))
