from django.urls import path

from news import views

app_name = "news"

urlpatterns = [
    path("categorie/<slug:slug>/", views.category_listing, name="category"),
    path("tag/<str:slug>/", views.tag_listing, name="tag"),
]
