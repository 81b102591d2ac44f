#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

namespace storemap {

/// `storemap roadmap FILE [--json] [--from N] [--to N]` (DESIGN.md §6): the advised layout swept
/// over the users; returns an exit code.
int runRoadmap(const QStringList &args, PngRenderer renderPng);

/// The roadmap verb's part of `storemap --help`.
QString roadmapUsage();

} // namespace storemap
