"""`manage.py import_article` on bad input: every mistake of the file in one run, in French,
nothing saved; and on success, a summary that is all the command prints."""

import json
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from editorial.roles import CHIEF_EDITORS
from news.models import ArticlePage
from newsroom.settings import dev
from tests.support.import_files import counts, example, run, write

pytestmark = pytest.mark.django_db

SUBMITTED = "soumis au processus « Relecture », étape « Relecture par la rédaction en chef »"


def refusal(path, *args):
    """What the user reads when the file is refused; the database and the media unchanged."""
    before = counts()
    with pytest.raises(CommandError) as refused:
        run(str(path), *args)
    assert counts() == before
    assert refused.value.returncode == 1  # the exit status of manage.py
    return str(refused.value)


def report(*lines):
    head = (
        f"Import refusé ({len(lines)} erreur{'s' if len(lines) > 1 else ''}), rien n'a été créé :"
    )
    return "\n".join([head, *(f"  {line}" for line in lines)])


def test_every_mistake_of_the_file_is_listed_in_one_run(folder, workflow):
    data = example()
    data["title"] = ""
    data["body"][1]["value"]["level"] = "h4"
    data["body"][4]["value"]["text"] = "<p><b>mal fermé</p>"
    data["categories"].append("sport")
    data["sources"][1]["url"] = "techcrunch point com"
    data["provenance"]["generated_at"] = "hier"

    assert refusal(write(folder, data)) == (
        "Import refusé (6 erreurs), rien n'a été créé :\n"
        "  title: ce champ est obligatoire\n"
        "  body[1].value.level: sélectionnez un choix valide. h4 n’en fait pas partie\n"
        "  body[4].value.text: HTML mal formé (balises mal fermées ?)\n"
        "  categories[2]: rubrique inconnue « sport »\n"
        "  sources[1].url: adresse invalide\n"
        "  provenance.generated_at: date invalide « hier » (attendu : 2026-11-20T10:00:00+01:00)"
    )


def test_block_mistakes_keep_their_position_after_a_refused_block(folder, workflow):
    data = example()
    data["body"][1] = {"type": "tableau", "value": "<p>1</p>"}
    data["body"][2]["value"].update(quote="", auteur="X")
    data["body"][4]["value"].update(text="<p><b>a</p>", source="s" * 256)
    data["body"][7] = {"type": "fact_box", "value": {"title": "En bref", "text": "<p> </p>"}}

    assert refusal(write(folder, data)) == report(
        "body[1].type: type de bloc inconnu « tableau »",
        "body[2].value.auteur: clé inconnue",
        "body[2].value.quote: ce champ est obligatoire",
        "body[4].value.text: HTML mal formé (balises mal fermées ?)",
        "body[4].value.source: assurez-vous que cette valeur comporte au plus 255 caractères "
        "(actuellement 256)",
        "body[7].value.text: ce champ est obligatoire",
    )


def test_an_unknown_submitter_and_the_files_mistakes_are_listed_together(folder, workflow):
    data = example()
    data["standfirst"] = ""
    assert refusal(write(folder, data), "--submit-as", "personne") == report(
        "--submit-as: utilisateur inconnu ou inactif « personne »",
        "standfirst: ce champ est obligatoire",
    )


def test_wrong_types_are_named_field_by_field(folder, workflow):
    data = {
        "title": 42,
        "slug": True,
        "standfirst": ["Un", "chapô"],
        "body": {"type": "paragraph"},
        "categories": "technologie",
        "tags": [1, None, "PME"],
        "sources": {"name": "Techcrunch"},
        "hero_image": "hero.jpg",
        "provenance": [],
    }
    assert refusal(write(folder, data)) == report(
        "title: texte attendu, pas un nombre",
        "slug: texte attendu, pas un booléen",
        "standfirst: texte attendu, pas une liste",
        "body: liste attendue, pas un objet",
        "categories: liste attendue, pas un texte",
        "tags[0]: texte attendu, pas un nombre",
        "tags[1]: ce champ est obligatoire",
        "sources: liste attendue, pas un objet",
        "hero_image: objet JSON attendu, pas un texte",
        "provenance: objet JSON attendu, pas une liste",
    )


def test_wrong_types_inside_blocks_sources_image_and_provenance(folder, workflow):
    data = example()
    data["body"] = [
        "<p>Un paragraphe sans type</p>",
        {"type": ["heading"], "value": {"text": "Titre", "level": "h2"}},
        {"type": "heading", "value": {"text": 5, "level": None}},
        {"type": "paragraph", "value": {"html": "<p>…</p>"}},
        {"type": "pull_quote", "value": "Une citation"},
    ]
    data["sources"] = [{"name": 1, "url": ["https://techcrunch.com/"]}, "Techcrunch", {}]
    data["hero_image"].update(file=3, alt_text={"fr": "Une puce"})
    data["provenance"].update(ai_model=False, generated_at=20261120)

    assert refusal(write(folder, data)) == report(
        "body[0]: objet JSON attendu, pas un texte",
        "body[1].type: texte attendu, pas une liste",
        "body[2].value.text: texte attendu, pas un nombre",
        "body[2].value.level: ce champ est obligatoire",
        "body[3].value: texte HTML attendu, pas un objet",
        "body[4].value: objet JSON attendu, pas un texte",
        "sources[0].name: texte attendu, pas un nombre",
        "sources[0].url: texte attendu, pas une liste",
        "sources[1]: objet JSON attendu, pas un texte",
        "sources[2].name: ce champ est obligatoire",
        "hero_image.alt_text: texte attendu, pas un objet",
        "hero_image.file: texte attendu, pas un nombre",
        "provenance.ai_model: texte attendu, pas un booléen",
        "provenance.generated_at: texte attendu, pas un nombre",
    )


def test_huge_numbers_are_wrong_types_not_a_crash(folder, workflow):
    data = example()
    data["title"], data["standfirst"], data["provenance"]["ai_model"] = "@1", "@2", "@3"
    data["body"][1]["value"]["text"] = "@4"
    text = json.dumps(data, ensure_ascii=False).replace('"@1"', "1e999")
    text = text.replace('"@2"', "9" * 5000).replace('"@3"', "NaN").replace('"@4"', "-1e400")
    (folder / "article.json").write_text(text, encoding="utf-8")

    assert refusal(folder / "article.json") == report(
        "title: texte attendu, pas un nombre",
        "standfirst: texte attendu, pas un nombre",
        "body[1].value.text: texte attendu, pas un nombre",
        "provenance.ai_model: texte attendu, pas un nombre",
    )


LAYOUT = ["{", '  "title": "Un titre",', '  "standfirst": "Un chapô",', '  "body": []', "}"]


def layout(line, text):
    return "\n".join(LAYOUT[: line - 1] + [text] + LAYOUT[line:])


SYNTAX = {
    "missing comma": (
        layout(3, '  "standfirst": "Un chapô"'),
        "ligne 4, colonne 3 : virgule attendue entre deux éléments",
    ),
    "comma before }": (
        layout(4, '  "body": [],'),
        "ligne 4, colonne 13 : virgule en trop avant « } »",
    ),
    "comma before ]": (
        layout(4, '  "body": ["x",]'),
        "ligne 4, colonne 15 : virgule en trop avant « ] »",
    ),
    "single quotes": (
        layout(2, "  'title': 'Un titre',"),
        'ligne 2, colonne 3 : nom de clé attendu, entre guillemets droits (")',
    ),
    "missing colon": (layout(2, '  "title" "Un titre",'), "ligne 2, colonne 11 : « : » attendu"),
    "unclosed string": (
        layout(2, '  "title": "Un titre,'),
        "ligne 2, colonne 22 : saut de ligne ou caractère de contrôle dans un texte "
        "(guillemet fermant oublié ? un saut de ligne s'écrit \\n)",
    ),
    "python constant": (layout(4, '  "body": None'), "ligne 4, colonne 11 : valeur attendue"),
    "bad escape": (
        layout(2, r'  "title": "C:\dossier",'),
        "ligne 2, colonne 15 : échappement invalide (une barre oblique inversée s'écrit \\\\)",
    ),
    "two objects": (
        "\n".join(LAYOUT) + '\n{"title": "Un autre"}',
        "ligne 6, colonne 1 : texte après la fin de l'objet JSON",
    ),
    "end of file": ("\n".join(LAYOUT[:3]), "ligne 3, colonne 28 : fin du fichier inattendue"),
}


@pytest.mark.parametrize("text, where", SYNTAX.values(), ids=SYNTAX.keys())
def test_a_json_syntax_error_gives_line_and_column_in_french(folder, text, where):
    (folder / "article.json").write_text(text, encoding="utf-8")
    assert refusal(folder / "article.json") == report(f"Fichier JSON invalide, {where}")


def missing(folder):
    return folder / "absent.json"


def fifo(folder):
    os.mkfifo(folder / "tube.json")  # reading it would wait forever for a writer
    return folder / "tube.json"


def written(content):
    def make(folder):
        path = folder / "article.json"
        path.write_bytes(content)
        return path

    return make


BAD_FILES = {
    "missing": (missing, "Fichier introuvable : {path}"),
    "directory": (lambda folder: folder, "C'est un dossier, pas un fichier : {path}"),
    "not a regular file": (fifo, "Pas un fichier ordinaire : {path}"),
    "latin-1": (
        written('{\n  "title": "Café"\n}'.encode("latin-1")),
        "Fichier non UTF-8, ligne 2, colonne 16 : octet 0xe9 invalide (enregistrez-le en UTF-8)",
    ),
    "latin-1 after a byte-order mark": (
        written(b"\xef\xbb\xbf" + '{"title": "Café"}'.encode("latin-1")),
        "Fichier non UTF-8, ligne 1, colonne 15 : octet 0xe9 invalide (enregistrez-le en UTF-8)",
    ),
    "empty": (written(b""), "Fichier vide : rien à importer"),
    "blank": (written(b" \n\n  "), "Fichier vide : rien à importer"),
    "array": (
        written(b'[{"title": "Un titre"}]'),
        "Le fichier doit contenir un objet JSON { … }, pas une liste",
    ),
    "string": (
        written(b'"Un titre"'),
        "Le fichier doit contenir un objet JSON { … }, pas un texte",
    ),
    "deep nesting": (
        written(b'{"title": ' + b"[" * 100_000),
        "Fichier JSON invalide : trop de niveaux imbriqués",
    ),
}


@pytest.mark.parametrize("make, message", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_bad_file_gets_a_clear_message(folder, make, message):
    path = make(folder)
    assert refusal(path) == report(message.replace("{path}", str(path)))


def test_a_byte_order_mark_is_accepted(folder, workflow):
    path = folder / "article.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    run(str(path), "--no-submit")
    assert ArticlePage.objects.get().title.startswith("Les petits modèles")


def test_with_the_dev_settings_the_summary_is_all_the_command_prints(
    folder, workflow, groups, settings, capsys, tmp_path
):
    chief = get_user_model().objects.create_user("redac-chef", email="chef@example.org")
    chief.groups.add(groups[CHIEF_EDITORS])
    # make run's mailer, writing in this test's folder rather than the project's
    mailer = dev.MAILERS["default"]
    options = dict(mailer.get("OPTIONS", {}))
    if "file_path" in options:
        options["file_path"] = tmp_path / "mail"
    settings.MAILERS = {"default": {**mailer, "OPTIONS": options}}

    call_command("import_article", str(folder / "article.json"))

    page = ArticlePage.objects.get()
    assert capsys.readouterr().out == (
        "Article importé en brouillon : « Les petits modèles d’IA font leur nid dans les PME »\n"
        f"Modifier : http://localhost/admin/pages/{page.pk}/edit/\n"
        f"Aperçu : http://localhost/admin/pages/{page.pk}/view_draft/\n"
        "Propriétaire : redacteur\n"
        f"Relecture : {SUBMITTED}\n"
    )
    (mail,) = (tmp_path / "mail").iterdir()
    assert "To: chef@example.org" in mail.read_text()
    assert Path(mailer["OPTIONS"]["file_path"]) == settings.BASE_DIR / "var" / "mail"


def test_the_edit_and_preview_addresses_are_absolute_and_open(folder, workflow, settings, client):
    settings.WAGTAILADMIN_BASE_URL = "https://redaction.example.org/"
    output = run(str(folder / "article.json"))

    page = ArticlePage.objects.get()
    edit, preview = f"/admin/pages/{page.pk}/edit/", f"/admin/pages/{page.pk}/view_draft/"
    assert f"Modifier : https://redaction.example.org{edit}\n" in output
    assert f"Aperçu : https://redaction.example.org{preview}\n" in output
    client.force_login(get_user_model().objects.create_superuser("admin", password="x"))
    assert client.get(edit).status_code == 200
    response = client.get(preview)
    assert response.status_code == 200
    assert "Les petits modèles d’IA font leur nid dans les PME" in response.content.decode()
