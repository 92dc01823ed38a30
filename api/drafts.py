"""POST /api/v1/drafts/: the AI pipeline delivers an article, which becomes a draft in review.

The body is the import format of editorial/importing.py, checked by the same code as
`manage.py import_article`, with two differences: the hero image comes by address
(`hero_image.url`, fetched by api/fetch.py) instead of `file`, and the whole provenance is
required (model, version, generation date, brief reference). Every problem comes back at once
(422); nothing is written then.

The brief reference names the draft: the same body again returns the same draft; another body
for the same reference updates the draft while the newsroom has not touched it (no revision
by anyone else, never submitted, published, locked), and is refused with a 409 once it has.
With an `Idempotency-Key` header, a retry gets the first answer again, whatever happened
since; the same key with another body is a 422. `?submit=false` leaves the draft out of
review, so that the pipeline may still replace it; without it the draft is submitted to the
« Relecture » workflow as the pipeline's account.

Each call is logged on the token (Wagtail's history of the token, in the admin), and each
draft written on its page, with the token's name: the page's editor says where it came from."""

import hashlib
import tempfile
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.urls import reverse
from wagtail.admin.utils import get_admin_base_url
from wagtail.log_actions import log
from wagtail.models import Revision, WorkflowState

from api.fetch import fetch_image
from api.models import IdempotencyKey, PipelineDraft
from api.problems import import_errors, refusal
from editorial.import_json import ArticleImportError, parse_json
from editorial.importing import check_article, save_article
from editorial.roles import PIPELINE
from news.models import NewsIndexPage
from webhooks import events as webhook_events

CALL_LOG = "api.call"
DRAFT_LOG = "api.draft"
PROVENANCE = ("ai_model", "ai_model_version", "generated_at", "prompt_reference")
FALSE = {"0", "false", "no", "non"}


def _reference(data):
    provenance = data.get("provenance") if isinstance(data, dict) else None
    value = provenance.get("prompt_reference") if isinstance(provenance, dict) else None
    return value.strip() if isinstance(value, str) else ""


def touched_by_newsroom(page, pipeline_user):
    """Why the newsroom now holds this draft (a French sentence), or None if it does not."""
    if page.live or page.first_published_at or page.go_live_at:
        return "already_published", "cet article a déjà été publié ou programmé"
    states = WorkflowState.objects.for_instance(page)
    if states.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists():
        return "in_review", "cet article est en relecture : la rédaction l'a entre les mains"
    if states.exists():
        return "reviewed", "cet article a déjà été soumis à la relecture"
    if page.locked:
        return "locked", "cet article est verrouillé par la rédaction"
    if Revision.objects.for_instance(page).exclude(user=pipeline_user).exists():
        return "edited", "un membre de la rédaction a modifié cet article"
    return None


def _answer(page, result_status, created, reference, title=None):
    """What the pipeline learns of its draft; title: its own, not the newsroom's edit."""
    workflow_state = page.current_workflow_state
    admin = get_admin_base_url().rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])
    return {
        "id": page.pk,
        "title": title or page.draft_title,
        "slug": page.slug,
        "brief_reference": reference,
        "status": "in_review" if workflow_state else "draft",
        "status_message": result_status,
        "revision_id": page.latest_revision_id,
        "admin_url": admin,
        "created": created,
    }


def _json(data, status):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _call(request, status, **data):
    """The audit line of this call, on the token's history."""
    token = request.auth
    data = {"status": status, "token": token.name, **data}
    log(token, CALL_LOG, user=request.user, data=data)


def post_draft(request):
    user = request.user
    if not user.groups.filter(name=PIPELINE).exists():
        _call(request, 403, refused="not_pipeline")
        message = f"ce jeton n'appartient pas à un compte du groupe « {PIPELINE} »"
        return refusal(403, message, "not_pipeline")
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > settings.API_MAX_BODY_BYTES:
        _call(request, 413, refused="too_large")
        message = f"corps de requête trop lourd ({settings.API_MAX_BODY_BYTES} octets au maximum)"
        return refusal(413, message, "too_large")
    raw = request.body
    body_hash = hashlib.sha256(raw).hexdigest()
    key = request.headers.get("Idempotency-Key", "").strip()
    if len(key) > 255:
        _call(request, 422, refused="idempotency_key")
        return refusal(422, "Idempotency-Key : 255 caractères au maximum", "idempotency_key")
    if key and (record := IdempotencyKey.objects.filter(user=user, key=key).first()):
        if record.body_hash != body_hash:
            _call(request, 422, refused="idempotency_key_reused", key=key)
            message = "cette Idempotency-Key a déjà servi pour un autre contenu"
            return refusal(422, message, "idempotency_key_reused")
        _call(request, record.status, replayed=True, key=key, page=record.response.get("id"))
        response = _json(record.response, record.status)
        response["Idempotent-Replayed"] = "true"
        return response

    try:
        data = parse_json(raw)
    except ArticleImportError as error:
        _call(request, 422, errors=len(error.errors))
        return refusal(
            422, "contenu refusé, rien n'a été créé", "invalid", import_errors(error.errors)
        )
    reference = _reference(data)
    draft = PipelineDraft.objects.filter(brief_reference=reference).first() if reference else None
    page = draft.page.specific if draft else None
    if draft and draft.body_hash == body_hash:
        _call(request, 200, page=page.pk, unchanged=True)
        answer = _answer(page, "inchangé", False, reference, title=data.get("title"))
        return _json(answer, 200)
    if page and (touched := touched_by_newsroom(page, user)):
        code, reason = touched
        _call(request, 409, page=page.pk, refused=code)
        message = f"brief « {reference} » : {reason}, l'API ne peut plus le modifier"
        return refusal(409, message, code)

    submit = request.GET.get("submit", "true").strip().lower() not in FALSE
    index = NewsIndexPage.objects.first()
    with tempfile.TemporaryDirectory() as folder:
        hero = ("url", partial(fetch_image, folder=folder))
        try:
            if index is None:
                raise ArticleImportError("actualités: la page d'index n'existe pas encore")
            checked = check_article(data, index, hero, PROVENANCE, page)
            latest = page.get_latest_revision_as_object() if page else None
            with transaction.atomic():
                result = save_article(checked, index, user, submit, latest)
                answer = _record(request, result, draft, body_hash, key, created=page is None)
        except ArticleImportError as error:
            _call(request, 422, errors=len(error.errors))
            return refusal(
                422, "contenu refusé, rien n'a été créé", "invalid", import_errors(error.errors)
            )
        except IntegrityError:  # the same brief or key at the same moment, in another request
            _call(request, 409, refused="concurrent")
            message = "une autre requête pour ce brief est en cours : réessayez"
            return refusal(409, message, "concurrent")
    status = 201 if page is None else 200
    _call(request, status, page=answer["id"], key=key or None, created=page is None)
    return _json(answer, status)


def _record(request, result, draft, body_hash, key, created):
    token, page = request.auth, result.page
    if draft is None:
        draft = PipelineDraft(page=page, brief_reference=page.prompt_reference)
    draft.token, draft.token_name, draft.body_hash = token, token.name, body_hash
    draft.save()
    data = {"token": token.name, "token_id": token.pk, "brief_reference": draft.brief_reference}
    log(page, DRAFT_LOG, user=request.user, data={**data, "created": created})
    webhook_events.emit(
        "article.draft_received", page, brief_reference=draft.brief_reference, created=created
    )
    answer = _answer(page, result.status, created, draft.brief_reference)
    if key:
        status = 201 if created else 200
        IdempotencyKey.objects.create(
            user=request.user, key=key, body_hash=body_hash, status=status, response=answer
        )
    return answer
