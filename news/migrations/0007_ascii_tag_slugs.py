"""Tag slugs become ASCII like every other address (« énergie » → « energie »)."""

from django.db import migrations
from django.utils.text import slugify


def ascii_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    taken = set(Tag.objects.values_list("slug", flat=True))
    for tag in Tag.objects.order_by("pk"):
        ascii_slug = slugify(tag.slug) or f"tag-{tag.pk}"
        if ascii_slug == tag.slug:
            continue
        candidate, number = ascii_slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{ascii_slug}_{number}"
        taken.discard(tag.slug)
        taken.add(candidate)
        tag.slug = candidate
        tag.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0006_embed_providers_help"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(ascii_slugs, migrations.RunPython.noop)]
