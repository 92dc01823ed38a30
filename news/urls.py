from django.urls import path

from news import views
from news.share_links.views import shared_draft

# Under the « news » namespace, with distribution's addresses (newsroom/urls.py).
urlpatterns = [
    path("categorie/<slug:slug>/", views.category_listing, name="category"),
    path("tag/<str:slug>/", views.tag_listing, name="tag"),
    path("apercu/<str:signed_token>/", shared_draft, name="shared_draft"),
]
