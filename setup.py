"""Package discovery; everything else is in pyproject.toml."""

from setuptools import find_packages, setup

MAPPED = ["villagedesk._resources", "villagedesk._migrations", "villagedesk._migrations.versions"]


def packages() -> list[str]:
    return find_packages(include=["villagedesk", "villagedesk.*"]) + MAPPED


if __name__ == "__main__":
    setup(packages=packages())
