"""schemathesis against the served OpenAPI document: no 5xx, every response matches the
schema (status codes, content types, bodies), invalid input is rejected with a 4xx and
valid input is accepted; with and without bearer-token auth."""
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from shoken.serving.app import ServeConfig, create_app  # noqa: E402

# limits small enough that schema-valid requests stay under the body limit
LIMITS = dict(max_reports=4, max_report_chars=300, max_body_bytes=64 * 1024, timeout_s=20)

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(ServeConfig(**LIMITS)))
secured = schemathesis.openapi.from_asgi("/openapi.json", create_app(ServeConfig(**LIMITS, token="tok-123")))

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                           HealthCheck.data_too_large])


@schema.parametrize()
@SETTINGS
def test_api_conforms(case):
    case.call_and_validate()


@secured.parametrize()
@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
def test_api_conforms_with_auth(case):
    case.call_and_validate(headers={"Authorization": "Bearer tok-123"})
