#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

namespace storemap {

struct Project;

/// Reads one version of a project for diff and merge: an empty file or /dev/null (what git passes
/// for a file that does not exist on one side) is an empty project. Prints why it cannot.
bool readVersion(const QString &file, Project *project);

/// `storemap diff OLD NEW [--json | --format md] [--users N] [--exit-code]`; returns an exit code
/// of DESIGN.md §6 (1 with --exit-code when the designs differ).
int runDiff(const QStringList &args, PngRenderer renderPng);

/// The diff verb's part of `storemap --help`.
QString diffUsage();

} // namespace storemap
