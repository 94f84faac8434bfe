"""hybridgate: the OpenAI-compatible routing gateway."""

__version__ = "0.1.0"  # the one place; pyproject.toml reads it (tool.setuptools.dynamic)
