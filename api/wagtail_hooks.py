from django.contrib import messages
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from api.drafts import CALL_LOG, DRAFT_LOG
from api.models import PipelineDraft


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(DRAFT_LOG)
    class DraftReceived(LogFormatter):
        label = _("Received from the AI pipeline")

        def format_message(self, log_entry):
            data = log_entry.data
            if data.get("created"):
                message = _(
                    "Draft received from the AI pipeline (token « %(token)s », brief %(brief)s)"
                )
            else:
                message = _(
                    "Draft replaced by the AI pipeline (token « %(token)s », brief %(brief)s)"
                )
            return message % {"token": data.get("token"), "brief": data.get("brief_reference")}

    @actions.register_action(CALL_LOG)
    class Call(LogFormatter):
        label = _("AI pipeline API call")

        def format_message(self, log_entry):
            data = log_entry.data
            return _("API call answered %(status)s (%(detail)s)") % {
                "status": data.get("status"),
                "detail": ", ".join(
                    f"{key}={value}"
                    for key, value in sorted(data.items())
                    if key not in {"status", "token"} and value is not None
                ),
            }


@hooks.register("before_edit_page")
def show_pipeline_origin(request, page):
    """The editor's banner: this article came from the pipeline, through which token."""
    draft = PipelineDraft.objects.filter(page_id=page.pk).first()
    if request.method == "GET" and draft is not None:
        messages.info(
            request,
            _(
                "This article was delivered by the AI pipeline through the API "
                "(token « %(token)s », brief %(brief)s, received on %(date)s)."
            )
            % {
                "token": draft.token_name,
                "brief": draft.brief_reference,
                "date": localtime(draft.received_at).strftime("%d/%m/%Y %H:%M"),
            },
        )
