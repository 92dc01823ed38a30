"""`manage.py import_article`: an AI draft from a JSON file, into review, or nothing at all."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import CommandError
from wagtail.models import PageLogEntry, Workflow

from editorial.importing import ArticleImportError, find_submitter, import_article
from editorial.roles import CHIEF_EDITORS, EDITORS
from news.models import ArticlePage
from tests.support.broken_images import jpeg_cut_in_half
from tests.support.factories import ArticlePageFactory
from tests.support.import_files import counts, example, run, write

pytestmark = pytest.mark.django_db


def test_example_becomes_a_draft_in_review(folder, workflow, editor, news_index, reader):
    output = run(str(folder / "article.json"))

    page = ArticlePage.objects.get(slug="petits-modeles-ia-pme")
    assert page.get_parent().pk == news_index.pk
    assert not page.live and page.has_unpublished_changes
    assert reader.get(page.url).status_code == 404
    assert page.owner == editor and page.latest_revision.user == editor
    # In review, at the editorial task
    assert page.workflow_in_progress
    assert page.current_workflow_state.status == "in_progress"
    assert page.current_workflow_state.requested_by == editor
    assert page.current_workflow_task.specific.name == "Relecture par la rédaction en chef"
    actions = PageLogEntry.objects.filter(page=page).values_list("action", flat=True)
    assert {"wagtail.create", "wagtail.edit", "wagtail.workflow.start"} <= set(actions)
    # Provenance
    assert page.ai_model == "Modèle de démonstration"
    assert page.ai_model_version == "1.0"
    assert page.generated_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    assert page.prompt_reference == "brief-2026-11-20-03"
    # Taxonomy and sources
    assert {c.slug for c in page.categories.all()} == {"intelligence-artificielle", "technologie"}
    assert {t.name for t in page.tags.all()} == {"PME", "Modèles de langage", "Confidentialité"}
    assert [(s.name, s.url) for s in page.sources.all()] == [
        ("Hugging Face", "https://huggingface.co/blog"),
        ("Techcrunch", "https://techcrunch.com/category/artificial-intelligence/"),
    ]
    # Hero image: credit, licence and alternative text travel with the image
    image = page.hero_image
    assert image.credit == "Atelier graphique de la rédaction / Image générée"
    assert image.licence == "Libre de droits"
    assert page.hero_alt.startswith("Illustration\u00a0: une puce électronique blanche")
    assert page.hero_caption == "Un modèle compact tourne sur du matériel ordinaire."
    assert (image.width, image.height) == (800, 450)
    assert image.file_size == (folder / "hero.jpg").stat().st_size and image.file_hash
    assert image.uploaded_by_user == editor
    # Body
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "pull_quote",
        "paragraph",
        "block_quote",
        "heading",
        "paragraph",
        "fact_box",
    ]
    assert page.body[2].value["quote"] == "L’IA la plus utile n’est pas forcément la plus grande."
    assert "<b>petits modèles</b>" in page.body[0].value.source
    assert page.body[4].value["source"] == "Le responsable informatique d’une PME industrielle"
    assert page.reading_time >= 1
    # What the command says
    assert "« Les petits modèles d’IA font leur nid dans les PME »" in output
    assert f"/admin/pages/{page.pk}/edit/" in output
    assert "soumis au processus « Relecture », étape « Relecture par la rédaction en chef »" in (
        output
    )


def test_rich_text_keeps_only_the_blocks_features(folder, workflow):
    data = example()
    data["body"][0]["value"] = (
        '<p>Du <b>gras</b>, <span style="color:red">du rouge</span> et '
        '<a href="javascript:alert(1)">un piège</a>.</p><h2>Un titre</h2>'
        "<script>alert(1)</script><table><tr><td>Une cellule</td></tr></table>"
    )
    data["body"][4]["value"]["text"] = "<p>Une citation <ul><li>sans liste</li></ul></p>"
    import_article(write(folder, data), find_submitter())

    body = ArticlePage.objects.get().body
    html = body[0].value.source
    assert "<b>gras</b>" in html and "du rouge" in html and "Une cellule" in html
    for refused in ("<span", "javascript", "<h2", "<script", "alert", "<table"):
        assert refused not in html
    assert "<ul>" not in body[4].value["text"].source  # block quotes take no lists


def quote_without_text(data, folder, index):
    data["body"][2] = {"type": "pull_quote", "value": {"quote": "", "attribution": "Quelqu’un"}}


def text_renamed_jpg(data, folder, index):
    (folder / "faux.jpg").write_text("Ceci n’est pas une image.", encoding="utf-8")
    data["hero_image"]["file"] = "faux.jpg"


def truncated_jpg(data, folder, index):
    (folder / "coupee.jpg").write_bytes(jpeg_cut_in_half())
    data["hero_image"]["file"] = "coupee.jpg"


def existing_slug(data, folder, index):
    ArticlePageFactory(parent=index, slug="petits-modeles-ia-pme")


def derived_slug_taken(data, folder, index):
    del data["slug"]
    ArticlePageFactory(parent=index, slug="les-petits-modeles-dia-font-leur-nid-dans-les-pme")


INVALID = {
    "missing title": (lambda d, f, i: d.pop("title"), "title: ce champ est obligatoire"),
    "unknown category": (
        lambda d, f, i: d["categories"].append("sport"),
        "categories[2]: rubrique inconnue « sport »",
    ),
    "bad url": (
        lambda d, f, i: d["sources"][0].update(url="huggingface point co"),
        "sources[0].url: adresse invalide",
    ),
    "missing image file": (
        lambda d, f, i: d["hero_image"].update(file="absente.jpg"),
        "hero_image.file: fichier introuvable",
    ),
    "image outside the folder": (
        lambda d, f, i: d["hero_image"].update(file="../hero.jpg"),
        "hero_image.file: le fichier doit être dans le dossier du JSON",
    ),
    "image name too long": (
        lambda d, f, i: d["hero_image"].update(file="a" * 300 + ".jpg"),
        "hero_image.file: nom de fichier trop long",
    ),
    "text renamed jpg": (text_renamed_jpg, "hero_image.file: ce fichier n'est pas une image"),
    "truncated jpg": (truncated_jpg, "hero_image.file: ce fichier n'est pas une image"),
    "missing alt text": (
        lambda d, f, i: d["hero_image"].pop("alt_text"),
        "hero_image.alt_text: ce champ est obligatoire",
    ),
    "unknown block type": (
        lambda d, f, i: d["body"].insert(1, {"type": "tableau", "value": "<p>1</p>"}),
        "body[1].type: type de bloc inconnu « tableau »",
    ),
    "pull quote without quote": (
        quote_without_text,
        "body[2].value.quote: ce champ est obligatoire",
    ),
    "bad heading level": (
        lambda d, f, i: d["body"][1]["value"].update(level="h4"),
        "body[1].value.level: sélectionnez un choix valide",
    ),
    "unknown block key": (
        lambda d, f, i: d["body"][2]["value"].update(auteur="X"),
        "body[2].value.auteur: clé inconnue",
    ),
    "badly nested html": (
        lambda d, f, i: d["body"].__setitem__(0, {"type": "paragraph", "value": "<p><b>a</p>"}),
        "body[0].value: HTML mal formé",
    ),
    "empty body": (lambda d, f, i: d.update(body=[]), "body: ce champ est obligatoire"),
    "bad date": (
        lambda d, f, i: d["provenance"].update(generated_at="20/11/2026 10h"),
        "provenance.generated_at: date invalide « 20/11/2026 10h »",
    ),
    "impossible date": (
        lambda d, f, i: d["provenance"].update(generated_at="2026-13-20T10:00:00"),
        "provenance.generated_at: date invalide",
    ),
    "no provenance": (
        lambda d, f, i: d.pop("provenance"),
        "provenance.ai_model: ce champ est obligatoire",
    ),
    "unknown top-level key": (lambda d, f, i: d.update(auteur="Robot"), "auteur: clé inconnue"),
    "duplicate slug": (existing_slug, "slug: « petits-modeles-ia-pme » est déjà pris"),
    "derived slug taken": (derived_slug_taken, "slug: « les-petits-modeles-dia-font-leur-nid"),
    "bad slug": (lambda d, f, i: d.update(slug="pas de blancs"), "slug: lettres sans accents"),
    "too-long standfirst": (
        lambda d, f, i: d.update(standfirst="x" * 401),
        "standfirst: 401 caractères, 400 au maximum",
    ),
    "too-long tag": (lambda d, f, i: d["tags"].append("t" * 101), "tags[3]: 101 caractères"),
}


@pytest.mark.parametrize("change, message", INVALID.values(), ids=INVALID.keys())
def test_invalid_field_is_refused_and_nothing_is_created(
    folder, workflow, news_index, change, message
):
    data = example()
    change(data, folder, news_index)
    path = write(folder, data)
    before = counts()

    with pytest.raises(CommandError) as refused:
        run(path)

    assert message in str(refused.value)
    assert "Import refusé" in str(refused.value)
    assert counts() == before


def test_every_problem_of_the_body_is_reported_at_once(folder, workflow):
    data = example()
    data["body"][1]["value"]["level"] = "h4"
    data["body"][2]["value"]["quote"] = ""
    with pytest.raises(ArticleImportError) as refused:
        import_article(write(folder, data), find_submitter())
    assert refused.value.errors == [
        "body[1].value.level: sélectionnez un choix valide. h4 n’en fait pas partie",
        "body[2].value.quote: ce champ est obligatoire",
    ]


def test_the_models_own_checks_are_reported_and_leave_nothing(folder, workflow, monkeypatch):
    def strict_clean(page):
        raise ValidationError({"standfirst": "Un chapô doit finir par un point."})

    monkeypatch.setattr(ArticlePage, "clean", strict_clean)
    before = counts()
    with pytest.raises(CommandError, match="standfirst: Un chapô doit finir par un point."):
        run(str(folder / "article.json"))
    assert counts() == before


def test_image_over_the_size_limit_is_refused(folder, workflow, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    before = counts()
    with pytest.raises(CommandError, match=r"hero_image\.file: fichier trop lourd"):
        run(str(folder / "article.json"))
    assert counts() == before


def test_a_failure_after_the_image_is_stored_leaves_nothing(folder, workflow, monkeypatch):
    def broken_start(self, obj, user):
        raise RuntimeError("panne du processus de validation")

    monkeypatch.setattr(Workflow, "start", broken_start)
    before = counts()
    with pytest.raises(RuntimeError):
        run(str(folder / "article.json"))
    assert counts() == before


def test_unknown_submitter_is_refused(folder, workflow):
    before = counts()
    with pytest.raises(CommandError, match="utilisateur inconnu ou inactif « personne »"):
        run(str(folder / "article.json"), "--submit-as", "personne")
    assert counts() == before


def test_submitter_without_rights_on_the_news_is_refused(folder, workflow):
    get_user_model().objects.create_user("lecteur")
    with pytest.raises(CommandError, match="« lecteur » n'a pas le droit de créer un article"):
        run(str(folder / "article.json"), "--submit-as", "lecteur")
    assert not ArticlePage.objects.exists()


def test_submit_as_names_the_owner(folder, workflow, groups):
    chief = get_user_model().objects.create_user("redac-chef")
    chief.groups.add(groups[CHIEF_EDITORS])
    run(str(folder / "article.json"), "--submit-as", "redac-chef")
    page = ArticlePage.objects.get()
    assert page.owner == chief and page.current_workflow_state.requested_by == chief


def test_default_submitter_is_the_first_active_editor(groups):
    User = get_user_model()
    retired = User.objects.create_user("ancien", is_active=False)
    active = User.objects.create_user("actif")
    for user in (retired, active):
        user.groups.add(groups[EDITORS])
    assert find_submitter() == active


def test_no_editor_and_no_submit_as_is_refused(folder, editor):
    editor.groups.clear()
    with pytest.raises(CommandError, match="aucun membre actif du groupe « Rédacteurs »"):
        run(str(folder / "article.json"))


def test_no_submit_leaves_a_draft_outside_the_workflow(folder, workflow):
    output = run(str(folder / "article.json"), "--no-submit")
    page = ArticlePage.objects.get()
    assert not page.live and not page.workflow_in_progress
    assert page.current_workflow_state is None
    assert "non soumis" in output


def test_without_an_active_workflow_the_article_stays_a_draft(folder):
    Workflow.objects.update(active=False)  # Wagtail's default one included
    output = run(str(folder / "article.json"))
    page = ArticlePage.objects.get()
    assert not page.live and not page.workflow_in_progress
    assert "aucun processus de validation actif" in output


def test_a_workflow_without_active_task_does_not_publish(folder, workflow):
    workflow.tasks.update(active=False)
    run(str(folder / "article.json"))
    page = ArticlePage.objects.get()
    assert not page.live and not page.workflow_in_progress


def test_the_imported_draft_opens_in_the_editor(folder, workflow, client):
    output = run(str(folder / "article.json"))
    page = ArticlePage.objects.get()
    admin = get_user_model().objects.create_superuser("admin", password="x")
    client.force_login(admin)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert f"/admin/pages/{page.pk}/edit/" in output
    assert "la plus utile" in response.content.decode()  # the pull quote, in the block data
