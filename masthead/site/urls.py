from django.urls import path

from masthead.site import views

app_name = "site"

urlpatterns = [
    path("", views.home, name="home"),
    path("section/<slug:slug>/", views.section, name="section"),
    path("article/<slug:slug>/", views.article, name="article"),
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("author/<slug:slug>/", views.author, name="author"),
    path("healthz", views.healthz, name="healthz"),
]
