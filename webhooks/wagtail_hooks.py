"""Webhooks in the admin: administrators register endpoints and read the delivery log."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from webhooks.models import EVENTS, WebhookDelivery, WebhookEndpoint


class AdministratorsOnly(ModelPermissionPolicy):
    """Endpoints hold signing secrets and the log shows what was sent: administrators only,
    whatever rights a group is given."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser


class LogOnly(AdministratorsOnly):
    """The delivery log is written by the deliveries alone."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)


class WebhookEndpointForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=list(EVENTS.items()),
        widget=forms.CheckboxSelectMultiple,
    )


class WebhookEndpointViewSet(SnippetViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_settings_menu = True
    list_display = ["name", "url", "active"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("events"),
            FieldPanel("secret"),
            FieldPanel("active"),
        ],
        base_form_class=WebhookEndpointForm,
    )


class WebhookDeliveryViewSet(SnippetViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    inspect_view_enabled = True
    list_display = ["event", "endpoint", "status", "attempts", "last_status_code", "created_at"]
    list_filter = ["status", "event"]
    inspect_view_fields = [
        "uuid",
        "endpoint",
        "event",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "created_at",
        "next_attempt_at",
        "delivered_at",
        "payload",
    ]


register_permission_policy(WebhookEndpoint, AdministratorsOnly(WebhookEndpoint))
register_permission_policy(WebhookDelivery, LogOnly(WebhookDelivery))
register_snippet(WebhookEndpointViewSet)
register_snippet(WebhookDeliveryViewSet)
