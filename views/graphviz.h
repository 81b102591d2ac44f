#pragma once

#include <QByteArray>
#include <QString>

namespace storemap {

/// Lays out DOT text with Graphviz's dot engine in this process (libgvc, no subprocess) and
/// renders it to SVG 1.1. Safe to call from any thread: Graphviz keeps global state, so calls are
/// serialised. Returns false and says why in @p error when Graphviz refuses the graph.
bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error);

} // namespace storemap
