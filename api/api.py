"""The site's HTTP API, on Wagtail 8's v3 machinery (django-ninja): its `APIToken` bearer
tokens, made and revoked by an administrator in the admin (Settings → API tokens), and its
problem-detail errors. Wagtail's own v3 routes (pages, sites) are not mounted: they would
let a token read the drafts its account may edit. OpenAPI schema at /api/v1/openapi.json,
browsable reference at /api/v1/docs/."""

from django.conf import settings
from ninja import NinjaAPI, Schema
from ninja.throttling import AuthRateThrottle
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.errors import ProblemDetail, register_exception_handlers

from api import drafts, reading


class PerTokenThrottle(AuthRateThrottle):
    """API_RATE_LIMIT calls ("60/m") per token, counted in Django's default cache."""

    scope = "token"

    def __init__(self):
        pass  # the rate is read from the settings at each call

    def allow_request(self, request):
        self.num_requests, self.duration = self.parse_rate(settings.API_RATE_LIMIT)
        return super().allow_request(request)

    def get_cache_key(self, request):
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class Draft(Schema):
    id: int
    title: str
    slug: str
    brief_reference: str
    status: str  # "in_review" or "draft"
    status_message: str
    revision_id: int | None
    admin_url: str
    created: bool


api = NinjaAPI(
    title="Méninges & Millions API",
    version="1",
    description=(
        "Lecture des articles publiés (anonyme), et dépôt des brouillons de la chaîne IA "
        "(`Authorization: Bearer <jeton>`, jeton créé dans l'admin, Paramètres → Jetons d'API)."
    ),
    urls_namespace="newsroom_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
register_exception_handlers(api)
api.add_router("/", reading.router)

api.post(
    "/drafts/",
    auth=BearerTokenAuth(),
    throttle=[PerTokenThrottle()],
    response={
        200: Draft,
        201: Draft,
        401: ProblemDetail,
        403: ProblemDetail,
        409: ProblemDetail,
        413: ProblemDetail,
        422: ProblemDetail,
        429: ProblemDetail,
    },
    summary="Déposer un brouillon d'article",
    description=drafts.__doc__,
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    },
)(drafts.post_draft)
