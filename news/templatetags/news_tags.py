from django import template

from news.models.taxonomy import categories_for

register = template.Library()


@register.simple_tag(takes_context=True)
def site_categories(context):
    return categories_for(context.get("request"))
