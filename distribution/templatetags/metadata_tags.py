from django import template

from distribution.metadata import metadata_for

register = template.Library()


@register.inclusion_tag("components/metadata.html", takes_context=True)
def page_metadata(context):
    """Description, canonical address, feeds, Open Graph, Twitter card and JSON-LD."""
    return {"meta": metadata_for(context)}
