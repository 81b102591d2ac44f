#pragma once

#include <QByteArray>
#include <QString>

namespace storemap {

/// The text of the file at @p path as committed at git's HEAD (`git show HEAD:./NAME`, run in the
/// file's folder, bounded by a timeout). On failure, @p error says why in git's words: not in a
/// repository, never committed, git not installed.
bool readGitHead(const QString &path, QByteArray *out, QString *error);

} // namespace storemap
