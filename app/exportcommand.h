#pragma once

#include "views/diagram/exporter.h"

#include <QStringList>

namespace storemap {

/// True when the command line @p args (argv without the program) is an export that draws a
/// picture with Qt (PNG), and so needs a QGuiApplication (on the offscreen platform: no display).
bool exportNeedsGui(const QStringList &args);

/// `storemap export FILE -o OUT [--format svg|png|txt|dot|md] [--scale N] [--dpi N] [--width N]
/// [--ascii] [--transparent] [--users N]`; returns an exit code of DESIGN.md §6. A PNG is drawn by
/// @p renderPng (see exportProject).
int runExport(const QStringList &args, PngRenderer renderPng);

/// The export verb's part of `storemap --help`.
QString exportUsage();

} // namespace storemap
