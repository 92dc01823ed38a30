from django.db import migrations


def to_base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def create_homepage(apps, schema_editor):
    """Replace Wagtail's welcome page with the site's home page, served by the default site."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    if HomePage.objects.exists():
        return
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()

    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    locale = Locale.objects.order_by("pk").first()
    root = Page.objects.get(depth=1)
    siblings = list(Page.objects.filter(depth=2).values_list("path", flat=True))
    last = max((int(path[-4:], 36) for path in siblings), default=0)
    homepage = HomePage.objects.create(
        title="Accueil",
        draft_title="Accueil",
        slug="accueil",
        content_type=content_type,
        path=root.path + to_base36(last + 1).rjust(4, "0"),
        depth=2,
        numchild=0,
        url_path="/accueil/",
        locale=locale,
        live=True,
    )
    root.numchild = len(siblings) + 1
    root.save(update_fields=["numchild"])

    Site.objects.filter(is_default_site=True).delete()
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Méninges & Millions",
        root_page=homepage,
        is_default_site=True,
    )


def remove_homepage(apps, schema_editor):
    apps.get_model("home.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_initial"),
    ]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
