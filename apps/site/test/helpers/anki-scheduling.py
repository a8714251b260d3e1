"""Import an .apkg into a fresh collection with real Anki code (Anki 2.1.16's legacy importer, from
../shared/tools/anki-real/anki-2.1.16) and print, as JSON, what arrived of each card's scheduling and
review history: {"schedVer", "cards": [{guid, ord, type, queue, due, left, ivl, reps, lapses, revlog}]}.

Usage: python3 anki-scheduling.py ANKI_SRC DECK.apkg
"""
import json
import os
import sys
import tempfile


def main():
    anki_src, apkg = sys.argv[1], sys.argv[2]
    sys.path.insert(0, os.path.abspath(anki_src))
    os.environ.setdefault("LANG", "C.UTF-8")
    from anki import Collection
    from anki.importing.apkg import AnkiPackageImporter

    work = tempfile.mkdtemp(prefix="anki-scheduling-")
    col = Collection(os.path.join(work, "collection.anki2"))
    AnkiPackageImporter(col, apkg).run()
    cards = []
    for guid, ord_, type_, queue, due, left, ivl, reps, lapses, cid in col.db.execute(
        "select n.guid, c.ord, c.type, c.queue, c.due, c.left, c.ivl, c.reps, c.lapses, c.id from cards c join notes n on c.nid = n.id order by n.guid, c.ord"
    ):
        revlog = col.db.scalar("select count() from revlog where cid = ?", cid)
        cards.append({"guid": guid, "ord": ord_, "type": type_, "queue": queue, "due": due, "left": left, "ivl": ivl, "reps": reps, "lapses": lapses, "revlog": revlog})
    print(json.dumps({"schedVer": col.schedVer(), "cards": cards}))
    col.close()


if __name__ == "__main__":
    main()
