from django import template

from news.models.taxonomy import categories_for
from notice.footer import footer_links
from notice.shared import site_notice

register = template.Library()


@register.simple_tag(takes_context=True)
def site_categories(context):
    return categories_for(context.get("request"))


@register.simple_tag(takes_context=True)
def ai_notice(context):
    """The AI notice as staff last saved it, shared by every page until it changes."""
    return site_notice(context.get("request"))


@register.simple_tag(takes_context=True)
def site_footer_links(context, notice):
    """The footer's (text, address) pairs from the notice setting: no query of their own."""
    return footer_links(notice, context.get("request"))
