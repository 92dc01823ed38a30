import logging

from django.db import DatabaseError, transaction
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from comments import service
from comments.forms import CommentForm
from comments.models import Status
from news.models import ArticlePage
from operations.client_address import client_ip

logger = logging.getLogger(__name__)

RESULT_PARAM = "commentaire"
RESULTS = {Status.PUBLISHED: "publie", Status.PENDING: "attente", Status.SPAM: "attente"}


def _article(article_id):
    """An article readers may see; drafts, private, expired and missing pages are all a 404."""
    article = ArticlePage.objects.published().filter(pk=article_id).first()
    if article is None:
        raise Http404(_("No such article."))
    return article


def _article_page(request, article, form, status, message=""):
    """The article again, with the reader's form, what they typed and what went wrong."""
    context = article.get_context(request)
    context.update({"comment_form": form, "comment_error": message})
    return TemplateResponse(request, article.get_template(request), context, status=status)


def _csrf_failed(request):
    return CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {}) is not None


@never_cache
@require_GET
def form_keys(request, article_id):
    """A fresh CSRF token and form timestamp for the comment form of a cached article page:
    the page itself holds neither, so every reader can be served the same copy."""
    article = _article(article_id)
    return JsonResponse(
        {"csrf": get_token(request), "token": CommentForm(article=article).initial["token"]}
    )


# CSRF is checked below, so that a reader whose page came from the cache without a token (no
# JavaScript) gets their comment back to confirm, instead of Django's 403 page.
@csrf_exempt
@require_POST
def post_comment(request, article_id):
    article = _article(article_id)
    form = CommentForm(request.POST, article=article)
    if _csrf_failed(request):
        return _article_page(
            request,
            article,
            form,
            200,
            _("One more step: check your comment, then press “Post comment” again to send it."),
        )
    if not service.comments_open(article):
        return _article_page(request, article, form, 400, _("Comments are closed on this article."))
    if not form.is_valid():
        return _article_page(request, article, form, 400)
    try:
        with transaction.atomic():
            comment = service.submit(
                article,
                form.cleaned_data,
                ip=client_ip(request),
                elapsed=form.elapsed,
                parent=form.cleaned_data["parent"],
            )
    except service.Refusal as refusal:
        return _article_page(request, article, form, refusal.status, refusal.message)
    except DatabaseError:
        logger.exception("Comment on article %s could not be stored", article.pk)
        return _article_page(request, article, form, 503, service.UNAVAILABLE)
    # Spam is told the same as a held comment: a moderator may yet recover it.
    anchor = f"commentaire-{comment.pk}" if comment.status == Status.PUBLISHED else "commentaires"
    return HttpResponseRedirect(
        f"{article.url}?{RESULT_PARAM}={RESULTS[comment.status]}#{anchor}", status=303
    )
