#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

namespace storemap {

/// `storemap merge BASE OURS THEIRS [-o OUT]`, a git merge driver: writes the merged design into
/// OURS (or OUT). On a conflict exits 1, lists every conflict with its JSON path on stderr and
/// leaves OURS byte for byte as it was.
int runMerge(const QStringList &args, PngRenderer renderPng);

/// The merge verb's part of `storemap --help`.
QString mergeUsage();

} // namespace storemap
