"""Templates are compiled in the process that renders them, never read back from the build folder:
compiled code in a file is code anyone who can write that file could have written (issue 17)."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from booksmith.html.render import environment
from booksmith.pipeline import BuildOptions, build
from support import SEED_MANUSCRIPT, epub_documents, xhtml_text


def test_the_environment_keeps_no_compiled_code_anywhere():
    env = environment()
    assert env.bytecode_cache is None
    assert env.get_template("epub/page.xhtml.j2") is env.get_template("epub/page.xhtml.j2")  # once a process


@pytest.mark.e2e
def test_code_planted_in_the_build_folder_is_never_run(tmp_path: Path):
    """Earlier booksmiths kept compiled templates in build/compiled-templates/, each entry carrying a
    digest of itself. Entries written there, digest and all, are never loaded now: the build renders
    the same book, and the planted code's file is never written."""
    build_dir, ran = tmp_path / "build", tmp_path / "planted-code-ran"
    planted = compile(f"open({str(ran)!r}, 'w').write('ran')", "<planted>", "exec")
    folder = build_dir / "compiled-templates"
    folder.mkdir(parents=True)
    names = ("epub-page.xhtml.j2", "epub-chapter.xhtml.j2", "print-book.html.j2", "blocks.html.j2")
    for name in names:
        (folder / f"{name}.{'0' * 64}").write_bytes(marshal.dumps(planted))
    build(BuildOptions(SEED_MANUSCRIPT, tmp_path / "dist", build_dir, formats=("epub",)))
    assert not ran.exists()
    assert sorted(path.name for path in folder.iterdir()) == sorted(f"{n}.{'0' * 64}" for n in names)  # none added
    documents = epub_documents(tmp_path / "dist" / "booklet.epub").values()
    assert any("Japan" in xhtml_text(root) for root in documents)
