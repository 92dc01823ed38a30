from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from comments import protection
from comments.models import BODY_MAX, EMAIL_MAX, NAME_MAX, URL_MAX, Comment, Status
from operations.text import CleanLineField, CleanTextField

HONEYPOT_MAX = 2000


class CommentForm(forms.Form):
    """The reader's form. The honeypot and the signed token are checked here; the spam
    score and the rate limit afterwards, by `comments.service.submit`."""

    body = CleanTextField(
        label=pgettext_lazy("comment form", "Comment"),
        max_length=BODY_MAX,
        min_length=2,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 45, "maxlength": BODY_MAX}),
        error_messages={
            "required": _("Please write your comment."),
            "max_length": _("Your comment is too long: %(limit_value)d characters at most."),
        },
    )
    # One line: the moderators' digest lists comments one name per line.
    name = CleanLineField(
        label=pgettext_lazy("comment form", "Name"),
        max_length=NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name", "maxlength": NAME_MAX}),
        error_messages={"required": _("Please give your name.")},
    )
    email = forms.EmailField(
        label=pgettext_lazy("comment form", "Email"),
        max_length=EMAIL_MAX,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "maxlength": EMAIL_MAX}),
        error_messages={"required": _("Please give your e-mail address (it stays private).")},
    )
    url = forms.URLField(
        label=pgettext_lazy("comment form", "Website"),
        max_length=URL_MAX,
        required=False,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"autocomplete": "url", "maxlength": URL_MAX}),
    )
    # The honeypot: hidden from people by the stylesheet, filled by form-filling bots.
    subject = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=HONEYPOT_MAX,
        strip=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, max_length=300, required=False)
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.elapsed = None
        if not self.is_bound:
            self.initial.setdefault("token", protection.issue_token(article.pk))

    def clean_subject(self):
        # Not an error: a filled honeypot is scored (and filed as spam) by the service.
        return self.cleaned_data.get("subject", "")

    def clean_token(self):
        token = self.cleaned_data.get("token", "")
        elapsed = protection.read_token(token, self.article.pk)
        if elapsed is None:
            raise forms.ValidationError(
                _("This form has expired or was altered. Check your comment, then send it again."),
                code="token",
            )
        self.elapsed = elapsed
        return token

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = (
            Comment.objects.filter(pk=parent_id, article=self.article, status=Status.PUBLISHED)
            .select_related("parent")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                _("The comment you are replying to is no longer available."), code="parent"
            )
        # One level deep: a reply to a reply joins its thread.
        return parent.parent if parent.parent_id else parent

    def full_clean(self):
        super().full_clean()
        # Screen readers announce which field is wrong, and why.
        for name in self.errors:
            if name in self.fields and not self.fields[name].widget.is_hidden:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}-error"}
                )

    def fresh_token(self):
        """After an error, the token the reader was given first if it is still valid (the
        time spent typing counts), else a new one."""
        token = self.data.get("token", "")
        if protection.read_token(token, self.article.pk) is not None:
            return token
        return protection.issue_token(self.article.pk)
