from django.db import migrations

# Wagtail names the tree's root « Root »; the admin shows it in breadcrumbs and choosers. (Run
# by the former `newsroom` app on older databases: there it finds « Racine » and does nothing.)
ENGLISH, FRENCH = "Root", "Racine"


def rename_root(apps, old, new):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)


def to_french(apps, schema_editor):
    rename_root(apps, ENGLISH, FRENCH)


def to_english(apps, schema_editor):
    rename_root(apps, FRENCH, ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_create_homepage"),
        ("wagtailcore", "0040_page_draft_title"),
    ]

    operations = [
        migrations.RunPython(to_french, to_english),
    ]
