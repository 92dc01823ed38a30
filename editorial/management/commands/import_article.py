"""`manage.py import_article PATH`: one AI draft from a JSON file, submitted for review."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.admin.utils import get_admin_base_url

from editorial.importing import ArticleImportError, import_article


class Command(BaseCommand):
    help = (
        "Importe un article de la chaîne IA (fichier JSON, format décrit dans "
        "editorial/importing.py) en brouillon sous les actualités, et le soumet à la relecture."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="le fichier JSON de l'article")
        parser.add_argument(
            "--submit-as",
            metavar="USERNAME",
            help="qui soumet l'article (par défaut : le premier rédacteur actif)",
        )
        parser.add_argument(
            "--no-submit",
            action="store_true",
            help="laisser l'article en brouillon, sans le soumettre à la relecture",
        )

    def handle(self, *args, path, submit_as, no_submit, **options):
        try:
            result = import_article(path, submit_as, submit=not no_submit)
        except ArticleImportError as error:
            count = len(error.errors)
            lines = "\n".join(f"  {line}" for line in error.errors)
            raise CommandError(
                f"Import refusé ({count} erreur{'s' if count > 1 else ''}), "
                f"rien n'a été créé :\n{lines}"
            ) from error
        page = result.page
        base = (get_admin_base_url() or "").rstrip("/")  # a link the terminal can open
        self.stdout.write(self.style.SUCCESS(f"Article importé en brouillon : « {page.title} »"))
        self.stdout.write(f"Modifier : {base}{reverse('wagtailadmin_pages:edit', args=[page.pk])}")
        preview = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
        self.stdout.write(f"Aperçu : {base}{preview}")
        self.stdout.write(f"Propriétaire : {page.owner.get_username()}")
        self.stdout.write(f"Relecture : {result.status}")
