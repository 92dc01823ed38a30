import math

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index

from news import scopes
from news.blocks import ArticleBodyBlock
from news.forms import ArticlePageForm, ChecklistPanel
from news.models.corrections import (
    CorrectionsBlock,
    KeptStreamField,
    RelatedArticlesBlock,
    corrections_of,
    latest_correction_moment,
    pinned_article_ids,
)
from news.models.images import CreditedImage
from news.models.querysets import ArticlePageManager
from news.models.reading import ReadingOnLink
from news.models.taxonomy import ArticleTag, Category
from news.pagination import paginate
from news.publication import can_publish
from pagecache.cache import depends_on, fragment
from pagecache.versions import SITE

RELATED_COUNT = 3


class OneQueryViewRestrictions:
    """Wagtail's view restrictions of a page in one query instead of two: those on the page,
    its ancestors, or the pages they are aliases of."""

    def get_view_restrictions(self):
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False)
        return PageViewRestriction.objects.filter(
            models.Q(page__path__in=paths) | models.Q(page__in=aliased.values("alias_of_id"))
        )


class NewsIndexPage(OneQueryViewRestrictions, Page):
    """The single index of every article: /actualites/."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, ArticlePage.objects.listing(self))
        depends_on(scopes.index(self.pk))
        scopes.shows(context["articles"])
        return context

    def route(self, request, path_components):
        if len(path_components) != 1:
            return super().route(request, path_components)
        # The article and what its page shows of it in one query (Wagtail: two, and two more
        # for the main image and the approver).
        try:
            article = (
                ArticlePage.objects.child_of(self)
                .select_related("hero_image", "approved_by")
                .get(slug=path_components[0])
            )
        except ArticlePage.DoesNotExist:
            return super().route(request, path_components)  # another kind of page, or a 404
        article._cached_parent_obj = self
        return article.route(request, [])


class ArticleSource(Orderable):
    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="sources")
    name = models.CharField(
        _("name"), max_length=120, help_text=_("As readers know it: « Techcrunch ».")
    )
    url = models.URLField(_("address"), blank=True, help_text=_("Link to the original article."))

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.name


class ArticlePage(OneQueryViewRestrictions, Page):
    # news.publication's rule applies to the pages that say so (it does not import the models).
    publication_needs_approval = True

    standfirst = models.TextField(
        _("standfirst"),
        max_length=400,
        help_text=_(
            "The chapô: one or two sentences that sum up the article, "
            "shown under the title and in listings."
        ),
    )
    hero_image = models.ForeignKey(
        CreditedImage,
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Leave empty to use the image's own alternative text. Describe what the image shows."
        ),
    )
    hero_is_decorative = models.BooleanField(
        _("decorative image"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text: screen readers will skip it."
        ),
    )
    hero_caption = models.CharField(_("caption"), max_length=300, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    categories = ParentalManyToManyField(
        Category,
        verbose_name=_("categories"),
        related_name="articles",
        blank=True,
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    publication_date = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the date of first publication."),
    )
    ai_model = models.CharField(
        _("AI system"),
        max_length=120,
        blank=True,
        help_text=_("The model that wrote the text, as its maker names it."),
    )
    ai_model_version = models.CharField(_("model version"), max_length=60, blank=True)
    generated_at = models.DateTimeField(_("generated on"), null=True, blank=True)
    prompt_reference = models.CharField(
        _("brief or prompt reference"),
        max_length=255,
        blank=True,
        help_text=_("The identifier of the brief or prompt in the generation pipeline."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved on"), null=True, blank=True, editable=False)
    # The reading date (publication_date, else first_published_at), stored so that listings,
    # the home page and previous/next sort on an index.
    sort_date = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    reading_time = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=1, editable=False
    )
    corrections = KeptStreamField(
        CorrectionsBlock(),
        verbose_name=_("corrections"),
        blank=True,
        default=list,
        help_text=_(
            "Add a correction after publication rather than silently changing the text. "
            "Each one is shown, dated, at the end of the article."
        ),
    )
    related_articles = KeptStreamField(
        RelatedArticlesBlock(),
        verbose_name=_("read next"),
        blank=True,
        default=list,
        help_text=_(
            "Up to three articles to show first at the end of this one. The rest are chosen "
            "by shared categories and tags."
        ),
    )
    comments_open = models.BooleanField(
        _("comments open"),
        default=True,
        help_text=_(
            "Untick to close comments on this article. They also close by themselves "
            "some days after publication (a site setting)."
        ),
    )

    content_panels = [
        ChecklistPanel(),
        *Page.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt_text"),
                FieldPanel("hero_is_decorative"),
                FieldPanel("hero_caption"),
            ],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("categories", widget=forms.CheckboxSelectMultiple), FieldPanel("tags")],
            heading=_("Categories and tags"),
        ),
        InlinePanel("sources", heading=_("Sources"), label=_("source")),
        FieldPanel("related_articles"),
        FieldPanel("corrections"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ai_model"), FieldPanel("ai_model_version")]),
                FieldRowPanel([FieldPanel("generated_at"), FieldPanel("prompt_reference")]),
            ],
            heading=_("AI provenance"),
            help_text=_(
                "How the text was produced. The approving editor is recorded by the workflow."
            ),
        ),
    ]
    # Wagtail's promote tab without « Faire apparaître dans les menus »: the site's menus list
    # categories, never articles, so the box did nothing.
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        )
    ]
    settings_panels = [
        FieldPanel("publication_date"),
        FieldPanel("comments_open"),
        *Page.settings_panels,
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("sources", [index.SearchField("name")]),
        index.FilterField("publication_date"),
        index.FilterField("categories"),
        index.FilterField("tags"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    objects = ArticlePageManager()
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def display_date(self):
        return self.publication_date or self.first_published_at

    @property
    def modified_at(self):
        """The last change readers can see: a new published version or a correction."""
        moments = [
            moment
            for moment in (self.last_published_at, latest_correction_moment(self))
            if moment is not None
        ]
        return max(moments) if moments else self.display_date

    @property
    def reviewer_name(self):
        """Who approved the live version, as readers see it: full name, else username."""
        user = self.approved_by if self.approved_by_id else None
        if user is None:
            return ""
        return user.get_full_name() or user.get_username()

    @property
    def provenance(self):
        """« Article rédigé par <model> <version>, relu par <name> »: the one sentence the page,
        its Markdown copy, the feeds and the JSON-LD credit all show."""
        parts = []
        if self.ai_model:
            parts.append(
                _("Written by %(model)s %(version)s")
                % {"model": self.ai_model, "version": self.ai_model_version}
            )
        if name := self.reviewer_name:
            parts.append(_("reviewed by %(name)s") % {"name": name})
        return " ".join(", ".join(parts).split())

    @property
    def correction_notes(self):
        return corrections_of(self)

    @property
    def was_updated(self):
        """True when the article changed noticeably after its publication, or was corrected."""
        published = self.display_date
        modified = self.modified_at
        if published and self.corrections and modified >= published:
            return True
        return bool(published and modified and (modified - published).total_seconds() > 3600)

    @property
    def hero_alt(self):
        """The alternative text to render: empty for a decorative image."""
        if not self.hero_image or self.hero_is_decorative:
            return ""
        return self.hero_alt_text or self.hero_image.default_alt_text

    @property
    def preview_modes(self):
        return [("", _("Article page")), ("card", _("Listing card"))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read once, shown in the header, the footer and the page's metadata.
        if getattr(request, "is_preview", False):  # the draft's own categories, tags, pins
            context.update(self.labels())
            categories, tags = context["article_categories"], context["article_tags"]
            context.update(self.reading_on_draft(categories, tags))
            return context

        def published_labels():
            found = self.labels()
            # Changed by its publication, a category's change (the `site` scope: the header
            # names them all) or a tag's rename, not by another article of its tags.
            depends_on(scopes.article(self.pk), SITE)
            depends_on(*(scopes.tag_name(tag.pk) for tag in found["article_tags"]))
            return found

        context.update(fragment(f"article-labels:{self.pk}", published_labels))
        categories, tags = context["article_categories"], context["article_tags"]
        scopes.article_page(self, categories, tags)

        def shown():
            found = self.reading_on(categories)
            # Its lists come from its categories and tags (not its comments).
            depends_on(scopes.article(self.pk))
            depends_on(*(scopes.category(item.pk) for item in categories))
            depends_on(*(scopes.tag(item.pk) for item in tags))
            neighbours = (found["previous_article"], found["next_article"])
            scopes.shows([*found["related"], *(item for item in neighbours if item)])
            # A pinned article shows once published: its publication must reach this page.
            depends_on(*(scopes.article(pk) for pk in pinned_article_ids(self)))
            return found

        # The same for every reader until what it shows changes (pagecache.cache).
        context.update(fragment(f"reading-on:{self.pk}", shown))
        return context

    def labels(self):
        """Its categories, tags and sources, as the page, its metadata and its feeds show them."""
        return {
            "article_categories": list(self.categories.all()),
            "article_tags": list(self.tags.all()),
            "article_sources": list(self.sources.all()),
        }

    def reading_on(self, categories, count=RELATED_COUNT):
        """Related articles (pinned first) and the previous/next article of the first
        category, as stored by news.related: one query and one for the cards' renditions."""
        found = {kind: [] for kind in ReadingOnLink.Kind.values}
        if self.pk is not None:
            for article in ArticlePage.objects.offered_after(self):
                found[article.offer_kind].append(article)
        return self._reading_on_context(found, categories, count)

    def reading_on_draft(self, categories, tags, count=RELATED_COUNT):
        """The same, computed now from the draft's categories, tags and pins (a preview)."""
        found = {kind: [] for kind in ReadingOnLink.Kind.values}
        if self.pk is not None:
            ids = self.reading_on_ids([c.pk for c in categories], [t.pk for t in tags])
            articles = ArticlePage.objects.published().filter(
                pk__in={pk for pks in ids.values() for pk, _score in pks}
            )
            articles = articles.select_related("hero_image").prefetch_related(
                "hero_image__renditions"
            )
            by_pk = {article.pk: article for article in articles}
            for kind, pks in ids.items():
                found[kind] = [by_pk[pk] for pk, _score in pks if pk in by_pk]
        return self._reading_on_context(found, categories, count)

    def reading_on_ids(self, category_ids, tag_ids, kept=RELATED_COUNT + 3 + 2 + 2, spare=2):
        """What news.related stores: {kind: [(pk, score)]}, best first, with spare rows (an
        article pinned or next door is not repeated among the related ones)."""
        pinned = pinned_article_ids(self)
        related = ArticlePage.objects.related_to(self, category_ids, tag_ids, limit=kept)
        category = category_ids[0] if category_ids else None
        older, newer = ArticlePage.objects.neighbours_of(self, category, limit=spare)
        kinds = ReadingOnLink.Kind
        return {
            kinds.PINNED: [(pk, 0) for pk in pinned],
            kinds.RELATED: related,
            kinds.PREVIOUS: [(pk, 0) for pk in older],
            kinds.NEXT: [(pk, 0) for pk in newer],
        }

    @staticmethod
    def _reading_on_context(found, categories, count):
        kinds = ReadingOnLink.Kind
        previous = next(iter(found[kinds.PREVIOUS]), None)
        following = next(iter(found[kinds.NEXT]), None)
        shown = {article.pk for article in (previous, following) if article is not None}
        related = []
        for article in [*found[kinds.PINNED], *found[kinds.RELATED]]:
            if len(related) < count and article.pk not in shown:
                related.append(article)
                shown.add(article.pk)
        return {
            "related": related,
            "previous_article": previous,
            "next_article": following,
            "neighbours_category": categories[0] if categories else None,
        }

    def get_sitemap_urls(self, request=None):
        return [{"location": self.get_full_url(request), "lastmod": self.modified_at}]

    def get_preview_template(self, request, mode_name):
        if mode_name == "card":
            return "news/article_card_preview.html"
        return super().get_preview_template(request, mode_name)

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_is_decorative:
            image_alt = (
                CreditedImage.objects.filter(pk=self.hero_image_id)
                .values_list("description", flat=True)
                .first()
            )
            if not (self.hero_alt_text.strip() or (image_alt or "").strip()):
                raise ValidationError(
                    {
                        "hero_alt_text": _(
                            "Describe the image for readers who cannot see it, "
                            "or tick « decorative image »."
                        )
                    }
                )

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        self.sort_date = self.display_date
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"publication_date", "first_published_at"} & set(
            update_fields
        ):
            kwargs["update_fields"] = {*update_fields, "sort_date"}
        return super().save(*args, **kwargs)

    def save_revision(self, user=None, *args, **kwargs):
        if user is not None and not can_publish(user, self):
            # Scheduling is the editor-in-chief's: a writer's version keeps the dates it had.
            previous = self.get_latest_revision_as_object() if self.pk else None
            self.go_live_at = previous.go_live_at if previous else None
            self.expire_at = previous.expire_at if previous else None
        return super().save_revision(user, *args, **kwargs)

    def compute_reading_time(self):
        words = 0
        for text in self.body_texts():
            words += len(text.split())
        return max(1, math.ceil(words / settings.NEWS_READING_WORDS_PER_MINUTE))

    def body_texts(self):
        for block in self.body:
            value = block.value
            if block.block_type == "paragraph":
                yield strip_tags(value.source)
            elif block.block_type in {"heading"}:
                yield value["text"]
            elif block.block_type == "pull_quote":
                yield value["quote"]
            elif block.block_type == "block_quote":
                yield strip_tags(value["text"].source)
            elif block.block_type == "fact_box":
                yield value["title"]
                yield strip_tags(value["text"].source)
