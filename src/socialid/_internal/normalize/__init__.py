"""Normalizers for emails, phones, handles, names and bios (public API: ``socialid.normalize``)."""
