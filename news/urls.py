from django.urls import path

from news import share_links, views

app_name = "news"

urlpatterns = [
    path("categorie/<slug:slug>/", views.category_listing, name="category"),
    path("tag/<str:slug>/", views.tag_listing, name="tag"),
    path("apercu/<str:signed_token>/", share_links.shared_draft, name="shared_draft"),
]
