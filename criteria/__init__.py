"""The built-in catalogue: YAML files shipped as package data."""
