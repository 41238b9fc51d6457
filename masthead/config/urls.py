from django.conf import settings
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path(settings.MASTHEAD["MASTHEAD_ADMIN_PATH"], admin.site.urls),
    path("", include("masthead.site.urls")),
]
