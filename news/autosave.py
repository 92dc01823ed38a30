"""Autosave on a published article (Wagtail's edit view, posted as JSON by the open editor).

Wagtail lets an autosave overwrite its tab's last revision in place while that revision is the
latest. Once the editor-in-chief approves her own last autosave, that revision is the published
one: the next autosave from her tab (or one that was on its way) rewrote the published revision
in place, so the history showed as published a text that never was, and the article read
« Publiée + brouillon » even when the autosave only sent the published text again. Here:

- an autosave that changes nothing, on a page whose latest revision is the live one, saves
  nothing and answers as a save does, with the live revision;
- an autosave never overwrites the live revision: what it changes becomes a draft on top.

Re-check on Wagtail upgrade: EditView.save_action reads `overwrite_revision_id` from the POST
and form_valid sets `has_content_changes` before it (wagtail/admin/views/pages/edit.py).
"""

from django.http import JsonResponse
from wagtail.admin.views.pages.edit import EditView


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
