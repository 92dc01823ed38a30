"""`manage.py import_article PATH`: one AI draft from a JSON file, submitted for review."""

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from news.importing import ArticleImportError, find_submitter, import_article


class Command(BaseCommand):
    help = (
        "Importe un article de la chaîne IA (fichier JSON, format décrit dans "
        "news/importing.py) en brouillon sous les actualités, et le soumet à la relecture."
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
            submitter = find_submitter(submit_as)
            result = import_article(path, submitter, submit=not no_submit)
        except ArticleImportError as error:
            lines = "\n".join(f"  {line}" for line in error.errors)
            raise CommandError(f"Import refusé, rien n'a été créé :\n{lines}") from error
        page = result.page
        self.stdout.write(self.style.SUCCESS(f"Article importé en brouillon : « {page.title} »"))
        self.stdout.write(f"Modifier : {reverse('wagtailadmin_pages:edit', args=[page.pk])}")
        self.stdout.write(f"Propriétaire : {submitter.get_username()}")
        self.stdout.write(f"Relecture : {result.status}")
