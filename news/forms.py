"""The article editor: the publication checklist, shown while writing and enforced on submit."""

from types import SimpleNamespace

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import HelpPanel

from news.checklist import CHECKS, checklist

# Where each unmet item is reported in the form (None: at the top of the form).
CHECK_FIELDS = {
    "standfirst": "standfirst",
    "hero_image": "hero_image",
    "hero_alt_text": "hero_alt_text",
    "hero_credit": "hero_image",
    "sources": None,
    "categories": "categories",
}
assert set(CHECK_FIELDS) == {key for key, _label in CHECKS}


class ListOf(list):
    def all(self):
        return self


class ArticlePageForm(WagtailAdminPageForm):
    SCHEDULING_FIELDS = ("go_live_at", "expire_at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.may_schedule():
            # Shown, not editable: whatever is posted, the field keeps the version's date.
            for name in self.SCHEDULING_FIELDS:
                if name in self.fields:
                    self.fields[name].disabled = True
                    self.fields[name].help_text = _("Only the editor-in-chief schedules articles.")

    def may_schedule(self):
        user = getattr(self, "for_user", None)
        if user is None:
            return False
        if self.instance.pk:
            return self.instance.permissions_for_user(user).can_publish()
        return bool(
            self.parent_page and self.parent_page.permissions_for_user(user).can_publish_subpage()
        )

    def is_going_live(self):
        """Submitting, publishing or approving: not saving a draft, not requesting changes."""
        data = self.data
        return (
            "action-submit" in data
            or "action-publish" in data
            or data.get("workflow-action-name") == "approve"
        )

    def clean(self):
        cleaned_data = super().clean()
        if self.is_going_live():
            for key, label, done in checklist(self.article_as_submitted()):
                if not done:
                    self.add_error(
                        CHECK_FIELDS[key],
                        _("Needed before publication: %(item)s.") % {"item": label},
                    )
        return cleaned_data

    def article_as_submitted(self):
        data = self.cleaned_data
        image = data.get("hero_image")
        alt = (data.get("hero_alt_text") or "").strip() or (image.default_alt_text if image else "")
        sources = self.formsets.get("sources")
        if sources is not None:
            sources.is_valid()  # formsets are cleaned after the form: clean this one now
        names = [
            form.cleaned_data.get("name", "")
            for form in (sources.forms if sources else [])
            if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
        ]
        return SimpleNamespace(
            standfirst=data.get("standfirst", ""),
            hero_image=image,
            hero_is_decorative=data.get("hero_is_decorative", False),
            hero_alt=alt,
            sources=ListOf(SimpleNamespace(name=name) for name in names),
            categories=ListOf(data.get("categories") or []),
        )


class ChecklistPanel(HelpPanel):
    """What the saved version still lacks before it can be submitted and approved."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "news/panels/checklist.html")
        kwargs.setdefault("heading", _("Publication checklist"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(checklist_context(self.instance))
            return context


def checklist_context(article):
    """What the checklist panel shows for this version of the article (also after autosave)."""
    items = checklist(article) if article.pk else [(key, label, False) for key, label in CHECKS]
    return {
        "items": items,
        "complete": all(done for _key, _label, done in items),
        "change_request": change_request(article),
        # The credit belongs to the image, not the article: say where it is set.
        "hero_image": article.hero_image if article.pk else None,
    }


def change_request(page):
    """The editor-in-chief's latest request for changes while the article awaits them, or None."""
    if not page.pk:
        return None
    state = page.current_workflow_state
    if state is None or state.status != state.STATUS_NEEDS_CHANGES:
        return None
    task_state = state.current_task_state
    if task_state is None or task_state.finished_by is None:
        return None
    return SimpleNamespace(
        reviewer=task_state.finished_by.get_full_name() or task_state.finished_by.get_username(),
        date=task_state.finished_at,
        comment=task_state.specific.get_comment(),
    )
