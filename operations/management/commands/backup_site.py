"""`manage.py backup_site ARCHIVE`: the database and every media file in one .tar.gz."""

from django.core.management.base import BaseCommand
from wagtail.models import Collection, Page

from operations import backup


class Command(BaseCommand):
    help = (
        "Sauvegarde le site dans une archive .tar.gz : la base (sérialisation Django, "
        "restaurable sous SQLite comme sous PostgreSQL), tous les fichiers médias du stockage "
        "et un manifeste (migrations, lignes par modèle, taille et SHA-256 de chaque fichier). "
        "Se restaure avec restore_site."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="le fichier à écrire : sauvegarde-2026-11-26.tar.gz")

    def handle(self, *args, archive, **options):
        for model in (Page, Collection):
            if any(model.find_problems()):
                self.stderr.write(
                    f"Attention : l'arbre des {model._meta.verbose_name_plural} a des problèmes "
                    "(`manage.py fixtree` les répare) ; la restauration tentera de les réparer."
                )
        manifest = backup.backup(archive)
        for name in manifest["missing_files"]:
            self.stderr.write(f"Attention : fichier introuvable dans le stockage : {name}")
        rows = sum(manifest["models"].values())
        files = len(manifest["media"])
        size = sum(entry["size"] for entry in manifest["media"]) + manifest["data"]["size"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite : {archive} ({rows} lignes, {files} fichiers, "
                f"{size / 1e6:.1f} Mo avant compression)."
            )
        )
