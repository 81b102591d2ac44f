#pragma once

#include <QByteArray>
#include <QString>

#include <future>

namespace storemap {

/// Lays out DOT text with Graphviz's dot engine in this process (libgvc, no subprocess) and
/// renders it to SVG 1.1. Safe to call from any thread: Graphviz keeps global state, so calls are
/// serialised. Returns false and says why in @p error when Graphviz refuses the graph.
bool renderDotToSvg(const QByteArray &dot, QByteArray *svg, QString *error);

/// Starts Graphviz on another thread and returns at once. Starting loads its plugins (~3 ms, a
/// sixth of a command-line export); done while the project is read, renderDotToSvg finds it
/// ready. The future (std::async's) waits for the start when it is destroyed.
[[nodiscard]] std::future<void> startGraphvizInBackground();

} // namespace storemap
