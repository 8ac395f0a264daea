"""The TLS context of the bot's HTTP clients: the system's certificates, or certifi's."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest

from bot.channels import tls


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    tls.context.cache_clear()
    yield
    tls.context.cache_clear()


def test_a_system_with_a_certificate_bundle_uses_aiohttps_verified_context(monkeypatch, tmp_path):
    bundle = tmp_path / "ca.pem"
    bundle.write_text("")
    paths = ssl.DefaultVerifyPaths(str(bundle), None, "", "", "", "")
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths)
    assert tls.context() is True


def test_a_system_without_certificates_verifies_with_certifis(monkeypatch, tmp_path):
    paths = ssl.DefaultVerifyPaths(None, str(tmp_path), "", "", "", "")  # an empty directory
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: paths)
    context = tls.context()
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.cert_store_stats()["x509_ca"] > 100  # certifi's bundle
