"""Resolve the bundled demo data and show who is on several platforms.

Run it with ``python examples/quickstart.py``; it needs no network and no files of yours.
"""

from __future__ import annotations

import socialid


def main() -> None:
    """Resolve the demo, print the summary and the most connected profiles."""
    contacts, personas = socialid.demo_paths()
    result = socialid.resolve(contacts=contacts, personas=personas, progress=False)
    print(result.summary())

    profiles = result.profiles
    linked = profiles[(profiles.n_contacts > 0) & (profiles.n_personas > 0)]
    top = linked.sort_values("followers_total", ascending=False).head(5)
    for row in top.itertuples():
        handles = ", ".join(h["value"] for h in row.handles)
        print(f"{row.full_name}: {row.n_contacts} contact(s), {handles}, "
              f"{row.followers_total:,} followers")

    # Why two records linked: the level each comparison reached.
    link = result.links.sort_values("match_probability").iloc[0]
    print(f"\nweakest accepted link: {link.record_id_l} ~ {link.record_id_r} "
          f"(p = {link.match_probability:.3f}): name {link['name']!r}, handle {link.handle!r}")


if __name__ == "__main__":
    main()
