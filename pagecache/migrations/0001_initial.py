import secrets

from django.db import migrations, models


def create_the_site_row(apps, schema_editor):
    # Random, never 0: a page cached before this table existed matches no version.
    value = secrets.randbits(62)
    apps.get_model("pagecache", "ScopeVersion").objects.get_or_create(
        name="site", defaults={"value": value, "hard_value": value}
    )


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ScopeVersion",
            fields=[
                ("name", models.CharField(max_length=200, primary_key=True, serialize=False)),
                ("value", models.BigIntegerField(default=0)),
                ("hard_value", models.BigIntegerField(default=0)),
                ("changed_at", models.DateTimeField(blank=True, null=True)),
            ],
            options={"verbose_name": "page cache scope"},
        ),
        migrations.RunPython(create_the_site_row, migrations.RunPython.noop),
    ]
