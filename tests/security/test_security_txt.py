"""/.well-known/security.txt names its canonical address from the configuration: a client's
Host or X-Forwarded-Proto never reaches the copy every visitor may be served."""

from django.urls import reverse


def test_the_canonical_address_comes_from_the_configured_base_url(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://www.example.org"
    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    response = client.get(
        reverse("security_txt"), HTTP_HOST="evil.example.net", HTTP_X_FORWARDED_PROTO="http"
    )
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert "Canonical: https://www.example.org/.well-known/security.txt" in lines
    assert "evil" not in response.content.decode()
