"""Autosave on a published article (Wagtail's edit view, posted as JSON by the open editor).

Wagtail lets an autosave overwrite its tab's last revision in place while that revision is the
latest. Once the editor-in-chief approves her own last autosave, that revision is the published
one: the next autosave from her tab (or one that was on its way) rewrote the published revision
in place, so the history showed as published a text that never was, and the article read
« Publiée + brouillon » even when the autosave only sent the published text again. Here:

- an autosave that changes nothing, on a page whose latest revision is the live one, saves
  nothing and answers as a save does, with the live revision;
- an autosave never overwrites the live revision: what it changes becomes a draft on top;
- the editor's ping never reports the tab's own autosave as saved in another window (`ping`).

Re-check on Wagtail upgrade: EditView.save_action reads `overwrite_revision_id` from the POST
and form_valid sets `has_content_changes` before it (wagtail/admin/views/pages/edit.py).
"""

from datetime import datetime

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.models import EditingSession
from wagtail.admin.views import editing_sessions
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import RevisionMixin


def _nothing_to_save(view, live_revision):
    return JsonResponse(
        {
            "success": True,
            "pk": view.page.pk,
            "revision_id": live_revision.pk,
            "revision_created_at": live_revision.created_at.isoformat(),
            "field_updates": {},
            "comments": view.form.serialize_comments(view.request.user),
            "html": view.render_partials(),
        }
    )


def _save_action(view, _wagtail=EditView.save_action):
    """EditView.save_action, keeping the published revision as it was published."""
    page = view.real_page_record
    if view.expects_json_response and page.live and page.live_revision_id:
        if page.latest_revision_id == page.live_revision_id and not view.has_content_changes:
            return _nothing_to_save(view, page.live_revision)
        if view.request.POST.get("overwrite_revision_id") == str(page.live_revision_id):
            view.request.POST = view.request.POST.copy()
            del view.request.POST["overwrite_revision_id"]
    return _wagtail(view)


EditView.save_action = _save_action


def _own_newer_revision(request, app_label, model_name, object_id, session_id):
    """The newer revision a ping would report, when it is the pinging tab's own autosave.

    The editor pings with the revision it holds. A ping sent just before the tab's autosave and
    answered after it (on SQLite the ping writes, so it waits its turn behind the autosave)
    finds that autosave newer, by the same user, and Wagtail reports it as saved « dans une
    autre fenêtre », a state the tab then keeps. With no other open editor of that user on
    this object, the newer revision can only be the tab's own: nothing to report.
    """
    try:
        model = apps.get_model(app_label, model_name)
        if not issubclass(model, RevisionMixin):
            return None
        held_since = datetime.fromisoformat(request.POST.get("revision_created_at", ""))
        obj = model._default_manager.get(pk=unquote(object_id))
    except (LookupError, ValueError, ValidationError, ObjectDoesNotExist):
        return None  # Wagtail's ping answers these as it does
    newest = (
        obj.revisions.filter(created_at__gt=held_since)
        .order_by("-created_at", "-pk")
        .only("pk", "user_id", "created_at")
        .first()
    )
    if newest is None or newest.user_id != request.user.pk:
        return None
    other_editors = (
        EditingSession.objects.available()
        .filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id=str(obj.pk),
            user=request.user,
        )
        .exclude(pk=session_id)
    )
    return None if other_editors.exists() else newest


@require_POST
def ping(request, app_label, model_name, object_id, session_id):
    """Wagtail's editing-session ping, without the tab's own autosave as « another window »."""
    own = _own_newer_revision(request, app_label, model_name, object_id, session_id)
    if own is not None:
        request.POST = request.POST.copy()
        request.POST["revision_created_at"] = own.created_at.isoformat()
    return editing_sessions.ping(request, app_label, model_name, object_id, session_id)


urlpatterns = [
    # Wagtail's own address for it (wagtail/admin/urls/editing_sessions.py), answered here.
    path(
        "editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/",
        require_admin_access(ping),
    )
]
