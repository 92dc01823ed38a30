"""Admin-side tags: the publication checklist rendered outside its panel, after an autosave."""

from django import template

from news.forms import checklist_context

register = template.Library()


@register.inclusion_tag("news/panels/checklist_body.html")
def checklist_of(page):
    return checklist_context(page)
